import logging
import re

import pytest

from cases.checker.concepts import SignalKind, Trigger
from cases.checker.matcher import Rule, Rules, SignalRule, match
from cases.checker.phrases import compile_pattern
from cases.checker.scoring import RiskLevel
from cases.checker.similarity import Script, ScriptIndex

SERVICE = SignalRule("C01", SignalKind.IDENTITY, "自称客服", "正规平台不会主动找你退款。", 2, (("客服", False),))
REFUND = SignalRule(
    "C50", SignalKind.BAIT, "提到退款", "退款本身很平常。", 1, (("退款", False),), scam_types=("courier",)
)
CODE = SignalRule(
    "C22",
    SignalKind.REQUEST,
    "索要验证码",
    "验证码谁要都不能给。",
    4,
    ((r"验证码.{0,4}(发|告诉)", True),),
    scam_types=("courier", "police"),
    techniques=("T010",),
)
HURRY = SignalRule("C42", SignalKind.PRESSURE, "催你马上办", "不给你时间核实。", 2, (("马上", False), ("立即", False)))
CONTACT = SignalRule("C27", SignalKind.CHANNEL, "留下 QQ 号", "引到平台之外。", 2, trigger=Trigger.CONTACT_ID)
OVERSEAS = SignalRule("C61", SignalKind.CHANNEL, "境外号码", "境外来电多是诈骗。", 3, trigger=Trigger.OVERSEAS_NUMBER)
WARNING = SignalRule("C90", SignalKind.WARNING, "防骗提醒", "像是提醒。", 4, (("警方提醒", False), ("切勿", False)))

RULES = Rules(
    flags=(
        Rule("T020", "三倍赔偿", weight=3),
        Rule("T020", r"(双|2|3)倍(理赔|赔偿)", weight=3, is_pattern=True),
        Rule("T040", "安全账户", weight=5),
    ),
    scam_types=(("T010", ("courier", "police")), ("T020", ("courier",)), ("T040", ("police",))),
    signals=(SERVICE, REFUND, CODE, HURRY, CONTACT, OVERSEAS, WARNING),
)


def test_no_match_is_level_none_with_the_whole_text_unhighlighted():
    result = match("明天下午三点开会，记得带电脑。", RULES)
    assert not result.matched
    assert result.level is RiskLevel.NONE
    assert result.score == 0
    assert [(s.text, s.hit) for s in result.segments] == [("明天下午三点开会，记得带电脑。", False)]


def test_one_everyday_word_alone_never_warns():
    assert match("您的退款已到账", RULES).level is RiskLevel.LOW
    assert match("客服", RULES).level is RiskLevel.LOW


def test_signals_of_several_kinds_score_more_than_any_one_alone():
    alone = match("请马上处理", RULES)
    combined = match("我是客服，请马上处理退款", RULES)
    assert alone.level is RiskLevel.LOW
    # identity 2 + pressure 2 + bait 1, and one point for the second kind of strength 2
    assert combined.score == 6
    assert combined.level is RiskLevel.MEDIUM
    assert [signal.code for signal in combined.signals] == ["C01", "C42", "C50"]


def test_many_forms_of_one_signal_weigh_as_one():
    assert match("马上", RULES).score == match("马上，立即，马上", RULES).score == 2
    (hurry,) = match("马上，立即，马上", RULES).signals
    assert hurry.quotes == ("马上", "立即")


def test_a_strong_request_warns_alone_and_names_its_technique():
    result = match("把驗 證 碼發我", RULES)
    assert result.level is RiskLevel.MEDIUM
    assert [t.technique for t in result.techniques] == ["T010"]
    assert [s.text for s in result.segments if s.hit] == ["驗 證 碼發"]


def test_a_warning_about_scams_is_not_itself_flagged():
    result = match("警方提醒：自称客服要你把验证码发给他的，切勿理会", RULES)
    assert result.warning_context
    assert result.level is RiskLevel.LOW


def test_indicators_raise_their_signals_and_are_highlighted():
    result = match("我是客服，加我QQ 12345678 处理", RULES)
    assert "C27" in [signal.code for signal in result.signals]
    assert "12345678" in [s.text for s in result.segments if s.hit] or any(
        "12345678" in s.text for s in result.segments if s.hit
    )
    assert result.level is RiskLevel.MEDIUM


def test_an_overseas_number_is_a_signal():
    result = match("您好这里是客服中心，请回电 +63 917 123 4567", RULES)
    assert "C61" in [signal.code for signal in result.signals]


def test_red_flags_count_as_one_kind_of_evidence_capped():
    result = match("给您3倍赔偿，钱转到安全账户", RULES)
    assert {t.technique for t in result.techniques} == {"T020", "T040"}
    assert result.score == 5  # 3 + 5 capped at MAX_SCRIPT_STRENGTH


def test_scam_types_are_shared_out_by_evidence():
    result = match("验证码发我，三倍赔偿，钱转到安全账户", RULES)
    slugs = [slug for slug, _ in result.scam_types]
    assert slugs[0] == "courier"


def test_resemblance_to_a_known_script_is_evidence_and_names_the_source():
    scripts = ScriptIndex(
        [
            Script("您的包裹在分拣中心被压坏了，请添加理赔专员处理", "快递理赔骗局", "/articles/a/", ("courier",)),
            Script("明天上午来我办公室一趟", "冒充领导", "/articles/b/", ("boss",)),
        ]
    )
    result = match("你的包裹在分拣中心压坏了，添加理赔专员处理一下", RULES, scripts)
    assert result.resemblance is not None
    assert result.resemblance.script.url == "/articles/a/"
    assert result.level >= RiskLevel.LOW
    assert match("周末去爬山吗", RULES, scripts).resemblance is None


def test_an_invalid_pattern_is_skipped_and_logged_without_the_message(caplog):
    broken = SignalRule("C99", SignalKind.REQUEST, "坏", "坏", 2, (("([未闭合", True),))
    rules = Rules(signals=(broken, CODE))
    with caplog.at_level(logging.DEBUG):
        result = match("私密内容：验证码发我", rules)
    assert [signal.code for signal in result.signals] == ["C22"]
    assert "([未闭合" in caplog.text
    assert "私密内容" not in caplog.text


def test_empty_pattern_matches_are_ignored():
    rules = Rules(flags=(Rule("T060", "x*", is_pattern=True),))
    assert not match("没有", rules).matched


def test_html_in_the_message_stays_plain_text_in_segments():
    result = match("<script>alert(1)</script>验证码发我", RULES)
    assert result.segments[0].text == "<script>alert(1)</script>"
    assert result.segments[1].hit


@pytest.mark.parametrize("text", ["", "((((((", "\x00" * 10, "\ud800abc", "1" * 5000, "验证码" * 700])
def test_hostile_input_never_raises(text):
    match(text, RULES)


def test_compile_pattern_compiles_the_folded_pattern_ignoring_case():
    pattern = compile_pattern(r"[三四]倍.{0,2}賠償|加ＱＱ")
    assert pattern.pattern == r"[34]倍.{0,2}赔偿|加QQ"
    assert pattern.flags & re.IGNORECASE
    with pytest.raises(re.error):
        compile_pattern("加（微信")  # valid as written, not once "（" is folded to "("
