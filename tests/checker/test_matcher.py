import logging
import re

import pytest

from cases.checker.matcher import (
    HIGH_SCORE,
    MEDIUM_SCORE,
    RiskLevel,
    Rule,
    Rules,
    compile_pattern,
    match,
    risk_level,
)

RULES = Rules(
    flags=(
        Rule("T010", "验证码", weight=4),
        Rule("T010", "短信验证码", weight=2),
        Rule("T020", "三倍赔偿", weight=3),
        Rule("T020", r"(双|2|3)倍(理赔|赔偿)", weight=3, is_pattern=True),
        Rule("T030", "退款", weight=1),
        Rule("T040", "安全账户", weight=5),
    ),
    scam_types=(("T010", ("courier", "police")), ("T020", ("courier",)), ("T040", ("police",))),
)


def test_no_match_is_level_none_with_the_whole_text_unhighlighted():
    result = match("明天下午三点开会，记得带电脑。", RULES)
    assert not result.matched
    assert result.level is RiskLevel.NONE
    assert result.score == 0
    assert [(s.text, s.hit) for s in result.segments] == [("明天下午三点开会，记得带电脑。", False)]


def test_match_finds_phrases_written_in_other_forms_and_highlights_the_original():
    result = match("客服说：把驗 證 碼告訴我，給您３倍賠償。", RULES)
    assert {t.technique for t in result.techniques} == {"T010", "T020"}
    assert [s.text for s in result.segments if s.hit] == ["驗 證 碼", "３倍賠償"]
    assert "".join(s.text for s in result.segments) == "客服说：把驗 證 碼告訴我，給您３倍賠償。"


def test_each_distinct_phrase_counts_once_however_often_it_appears():
    once = match("验证码", RULES)
    thrice = match("验证码验证码验证码", RULES)
    assert once.score == thrice.score == 4
    assert len(thrice.hits) == 3


def test_technique_score_sums_its_distinct_phrases_and_overlaps_merge_in_highlight():
    result = match("请提供短信验证码", RULES)
    (technique,) = result.techniques
    assert technique.score == 6  # 验证码 4 + 短信验证码 2
    assert technique.quotes == ("短信验证码", "验证码")
    assert [s.text for s in result.segments if s.hit] == ["短信验证码"]


def test_scam_types_are_ranked_by_the_scores_of_their_techniques():
    result = match("验证码发我，三倍赔偿，钱转到安全账户", RULES)
    # 验证码 (4) is shared by both types, 三倍赔偿 (6) is courier's, 安全账户 (5) police's.
    assert result.scam_types == (("courier", 8.0), ("police", 7.0))


def test_scam_types_far_behind_the_likeliest_are_left_out():
    result = match("验证码发我，钱转到安全账户", RULES)
    assert result.scam_types == (("police", 7.0),)  # courier scores 2, less than half


def test_one_weak_phrase_is_low_and_a_strong_one_is_high():
    assert match("您的退款已到账", RULES).level is RiskLevel.LOW
    assert match("把钱转到安全账户", RULES).level is RiskLevel.HIGH
    assert match("验证码", RULES).level is RiskLevel.MEDIUM


def test_risk_level_thresholds():
    assert risk_level(0, 0) is RiskLevel.NONE
    assert risk_level(MEDIUM_SCORE - 1, 3) is RiskLevel.LOW
    assert risk_level(MEDIUM_SCORE, 3) is RiskLevel.MEDIUM
    assert risk_level(HIGH_SCORE, 3) is RiskLevel.HIGH
    assert risk_level(1, 5) is RiskLevel.HIGH


def test_an_invalid_pattern_is_skipped_and_logged_without_the_message(caplog):
    rules = Rules(flags=(Rule("T050", "([未闭合", is_pattern=True), Rule("T010", "验证码", weight=4)))
    with caplog.at_level(logging.DEBUG):
        result = match("私密内容：验证码", rules)
    assert [t.technique for t in result.techniques] == ["T010"]
    assert "T050" in caplog.text
    assert "私密内容" not in caplog.text


def test_empty_pattern_matches_are_ignored():
    rules = Rules(flags=(Rule("T060", "x*", is_pattern=True),))
    assert not match("没有", rules).matched


def test_html_in_the_message_stays_plain_text_in_segments():
    result = match("<script>alert(1)</script>验证码", RULES)
    assert result.segments[0].text == "<script>alert(1)</script>"
    assert result.segments[1].hit


def test_patterns_ignore_case_and_keep_their_escapes():
    rules = Rules(flags=(Rule("T070", r"加.{0,2}QQ", is_pattern=True), Rule("T071", r"\+\d{4,}", is_pattern=True)))
    result = match("请加我ｑｑ，来电 +00 1234 5678", rules)
    assert {t.technique for t in result.techniques} == {"T070", "T071"}


def test_compile_pattern_compiles_the_folded_pattern_ignoring_case():
    pattern = compile_pattern(r"[三四]倍.{0,2}賠償|加ＱＱ")
    assert pattern.pattern == r"[34]倍.{0,2}赔偿|加QQ"
    assert pattern.flags & re.IGNORECASE
    with pytest.raises(re.error):
        compile_pattern("加（微信")  # valid as written, not once "（" is folded to "("
