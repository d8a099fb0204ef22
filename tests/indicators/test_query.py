import pytest
from hypothesis import given
from hypothesis import strategies as st

from cases.indicators import IndicatorKind, extract, normalise_query

from .helpers import FUZZ
from .test_extract import MESSAGE


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("13812345678", ("phone", "+8613812345678")),
        ("138 1234 5678", ("phone", "+8613812345678")),
        ("１３８-１２３４-５６７８", ("phone", "+8613812345678")),
        ("+86 138 1234 5678", ("phone", "+8613812345678")),
        ("+63 917 123 4567", ("phone", "+639171234567")),
        ("0085261234567", ("phone", "+85261234567")),
        ("010-12345678", ("phone", "+861012345678")),
        ("95588", ("phone", "+8695588")),
        ("+95566", ("phone", "+8695566")),
        ("t.cn/A6xyzAB", ("url", "http://t.cn/a6xyzab")),
        ("https://www.icbc.com.cn/", ("url", "https://www.icbc.com.cn")),
        ("1.2.3.4", ("url", "http://1.2.3.4")),
        ("abc.zz", None),  # no public suffix
        ("QQ 12345678", ("qq", "12345678")),
        ("12345678@qq.com", ("qq", "12345678")),
        ("12345678", ("qq", "12345678")),  # bare digits, no phone number: a QQ number
        ("10086", ("qq", "10086")),
        ("微信 Zhang_San88", ("wechat", "zhang_san88")),
        ("Zhang_San88", ("wechat", "zhang_san88")),
        ("微信 13812345678", ("wechat", "13812345678")),
        ("6222021234567890128", ("bank_card", "6222021234567890128")),
        ("6222 0212 3456 7890 123", ("bank_card", "6222021234567890123")),  # fails Luhn: typed, so a card
        ("  13812345678  ", ("phone", "+8613812345678")),
    ],
)
def test_what_a_citizen_types(query, expected):
    assert normalise_query(query) == expected


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        "你好",
        "5000元",
        "腾讯会议",
        "138****5678",
        "1234",
        "0123456",
        "hello",
        "440301199001011234",
        "\x00\ud800",
    ],
)
def test_nothing_recognisable_is_none(query):
    assert normalise_query(query) is None


def test_kinds_are_plain_strings():
    kind, _ = normalise_query("13812345678")
    assert type(kind) is str and kind == IndicatorKind.PHONE


def _as_typed(indicator, text):
    """What a citizen would type to look this indicator up: the text as written, with its word for QQ and WeChat."""
    written = text[indicator.start : indicator.end]
    return {IndicatorKind.QQ: "QQ ", IndicatorKind.WECHAT: "微信 "}.get(indicator.kind, "") + written


@pytest.mark.parametrize(
    "text",
    [
        MESSAGE,
        "回电１３８ １２３４ ５６７８、+0085261234567、0755-87654321、+86 95588",
        "加ＶＸ：ＡＢＣ_123 或 扣扣 10001，卡号 6222021234567890123，点击 HTTP://Abc.CN/X?Y=1。",
    ],
)
def test_a_look_up_joins_what_extract_found(text):
    lookups = [i for i in extract(text) if i.kind not in (IndicatorKind.APP, IndicatorKind.AMOUNT)]
    assert lookups
    for indicator in lookups:
        assert normalise_query(_as_typed(indicator, text)) == (indicator.kind, indicator.value)


@FUZZ
@given(st.text(max_size=200))
def test_any_query_never_raises(query):
    result = normalise_query(query)
    assert result is None or (result[0] in IndicatorKind.values and result[1])
