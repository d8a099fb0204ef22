import re

import pytest

from cases.search.tokens import (
    MAX_QUERY_CHARS,
    MAX_TERMS,
    Term,
    fold,
    normalise,
    parse_query,
    tsquery_literal,
    tsvector_literal,
)


def test_normalise_folds_width_case_and_traditional_characters():
    assert normalise("ＱＱ號　開會寶１２３") == "qq号\u3000开会宝123"
    assert normalise("螢幕共享") == "萤幕共享"  # characters, not regional vocabulary
    assert normalise("备用金") == "备用金"


def test_fold_keeps_case_and_punctuation_for_display():
    assert fold("ＡＰＰ，驗證碼！") == "APP，验证码！"


def test_normalise_keeps_what_only_the_checker_folds():
    # Chinese numerals, compatibility forms and punctuation: search keeps them (docs/decisions.md).
    assert normalise("三不一多①，＋") == "三不一多①，＋"


def test_vector_has_bigrams_a_tail_and_gaps_at_breaks():
    vector = tsvector_literal("客服退款", "加QQ，屏幕")
    assert vector == "'q':10 'qq':9 '加q':8 '客服':1A '屏幕':12 '幕':13 '服退':2A '款':4A '退款':3A"


def test_apostrophes_are_breaks_in_latin_text():
    assert tsvector_literal("it's") == "'it':1A 's':4A 't':2A"


def test_long_bodies_are_cut_where_positions_stay_exact():
    vector = tsvector_literal("题", "字" * 20_000)
    positions = [int(position) for position in re.findall(r"\d+", vector)]
    assert max(positions) <= 16_383


def test_terms_are_space_separated_and_quoted_strings_kept_whole():
    parsed = parse_query('快递丢失 赔偿 "屏幕 共享"')
    assert [term.runs for term in parsed.terms] == [("快递丢失",), ("赔偿",), ("屏幕", "共享")]


def test_chinese_quotes_and_punctuation_inside_a_word():
    assert [term.runs for term in parse_query("“三不一多”").terms] == [("三不一多",)]
    assert [term.runs for term in parse_query("＂屏幕　共享＂").terms] == [("屏幕", "共享")]
    assert [term.runs for term in parse_query("快递，赔偿").terms] == [("快递",), ("赔偿",)]


@pytest.mark.parametrize("query", ["&|!:*'\\()", "😀🙏", "\x00\x07\u200b", "<->", "!!!"])
def test_operators_punctuation_emoji_and_controls_leave_no_terms(query):
    assert parse_query(query).terms == ()


def test_operators_around_words_are_ignored():
    assert [term.runs for term in parse_query("客服 & !退款 | (备用金:*)").terms] == [("客服",), ("退款",), ("备用金",)]


def test_control_characters_split_words():
    assert [term.runs for term in parse_query("客服\x00退款").terms] == [("客服",), ("退款",)]


def test_long_queries_are_truncated_and_say_so():
    parsed = parse_query("骗" * 500)
    assert parsed.truncated
    assert len(parsed.terms[0].runs[0]) == MAX_QUERY_CHARS
    many = parse_query(" ".join(f"词{n}" for n in range(20)))
    assert many.truncated and len(many.terms) == MAX_TERMS


def test_duplicate_terms_are_dropped():
    assert len(parse_query("客服 客服 客服").terms) == 1


def test_tsquery_shapes():
    assert Term(("客服",)).tsquery() == "( '客服' )"
    assert Term(("备用金",)).tsquery() == "( '备用' <-> '用金' )"
    assert Term(("骗",)).tsquery() == "( '骗':* )"
    assert Term(("屏幕", "共享")).tsquery() == "( '屏幕' <-> '幕' <2> '共享' )"
    assert tsquery_literal([Term(("客服",)), Term(("骗",))], "A") == "( '客服':A ) & ( '骗':*A )"


def test_token_only_queries_drop_adjacency_and_nothing_else():
    assert Term(("备用金",)).tsquery(adjacent=False) == "( '备用' & '用金' )"
    assert Term(("屏幕", "共享")).tsquery(adjacent=False) == "( '屏幕' & '幕' & '共享' )"
    terms = [Term(("客服",)), Term(("骗",))]
    assert tsquery_literal(terms, adjacent=False) == tsquery_literal(terms)  # single tokens: the same query


def test_regex_allows_any_break_between_runs_of_a_quoted_term():
    pattern = re.compile(Term(("屏幕", "共享")).regex(), re.IGNORECASE)
    assert pattern.search("打开屏幕，共享给对方")
    assert not pattern.search("屏幕共享")
