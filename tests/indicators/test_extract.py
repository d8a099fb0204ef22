from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cases.indicators import Flag, IndicatorKind, extract

from .helpers import FUZZ, found

MESSAGE = (
    "【京东客服】尊敬的用户您好，您在我平台开通的百万保障服务即将扣费，每月扣除800元。"
    "如需取消，请拨打客服热线400-820-8820或回电+63 917 123 4567，"
    "也可添加客服微信：jdkf_2024，或QQ 2876543210。"
    "请先下载“安全防护”APP并打开屏幕共享，再登录 t.cn/A6xyzAB 核实身份，"
    "然后把资金转到安全账户 6222 0212 3456 7890 128（户名：李某），"
    "验证码958372请勿告诉他人。官网 www.jd.com 。"
)


def test_a_whole_scam_message():
    indicators = found(MESSAGE)
    assert [(i.kind, i.value) for i in indicators] == [
        (IndicatorKind.AMOUNT, "800"),
        (IndicatorKind.PHONE, "+864008208820"),
        (IndicatorKind.PHONE, "+639171234567"),
        (IndicatorKind.WECHAT, "jdkf_2024"),
        (IndicatorKind.QQ, "2876543210"),
        (IndicatorKind.APP, "安全防护"),
        (IndicatorKind.APP, "屏幕共享"),
        (IndicatorKind.URL, "http://t.cn/a6xyzab"),
        (IndicatorKind.BANK_CARD, "6222021234567890128"),
        (IndicatorKind.URL, "http://www.jd.com"),
    ]
    by_value = {i.value: i for i in indicators}
    assert by_value["+639171234567"].flags == {Flag.OVERSEAS}
    assert by_value["安全防护"].flags == {Flag.DOWNLOAD}
    assert by_value["http://t.cn/a6xyzab"].flags == {Flag.SHORT_LINK, Flag.UNKNOWN_LINK}
    assert by_value["http://www.jd.com"].flags == {Flag.OFFICIAL}
    assert by_value["6222021234567890128"].display == "6222 **** **** 0128"


def test_indicators_are_sorted_and_never_overlap():
    indicators = extract(MESSAGE * 3)
    for first, second in pairwise(indicators):
        assert first.end <= second.start


def test_kinds_and_flags_are_plain_strings_with_chinese_labels():
    (phone,) = extract("回电+63 917 123 4567")
    assert phone.kind == "phone" and IndicatorKind(phone.kind).label == "电话号码"
    assert "overseas" in phone.flags and Flag("overseas").label == "境外号码"


def test_indicators_are_hashable_values():
    assert extract(MESSAGE) == extract(MESSAGE)
    assert len(set(extract(MESSAGE))) == len(extract(MESSAGE))


def test_nothing_in_a_plain_message():
    assert extract("妈，我今天晚上回家吃饭，给我留点菜。") == ()
    assert extract("") == ()


@pytest.mark.parametrize(
    "text",
    [
        "\x00",
        "a\x00b13812345678\x00",
        "\ud800\udfff\ud83d",  # lone surrogates
        "((((((" * 1000,
        "))))[[[[" * 1000,
        "1" * 100_000,
        "1 " * 50_000,
        "1-" * 50_000,
        "+" * 5000 + "1" * 5000,
        "http://" * 2000,
        "a." * 50_000,
        "a" * 100_000,
        "微信" * 10_000,
        "QQ" * 10_000 + "1" * 10,
        "元" * 50_000,
        "1元" * 20_000,
        "一" * 50_000 + "万元",
        "*" * 10_000,
        "138" + "*" * 10_000,
        "《" * 10_000 + "》app",
        "app" * 10_000,
        "x" * 1_000_000,
        "中" * 1_000_000,
    ],
)
def test_hostile_input_never_raises(text):
    indicators = extract(text)
    for first, second in pairwise(indicators):
        assert first.end <= second.start


def test_a_megabyte_of_message_text():
    text = (MESSAGE * (1_000_000 // len(MESSAGE)))[:1_000_000]
    assert len(extract(text)) > 1000


def check(text):
    """Whatever the text, `extract` returns indicators whose spans point into it and never overlap."""
    indicators = extract(text)
    for indicator in indicators:
        assert 0 <= indicator.start < indicator.end <= len(text)
        if indicator.kind != IndicatorKind.BANK_CARD:
            assert text[indicator.start : indicator.end] == indicator.display
        assert indicator.kind in IndicatorKind.values
        assert indicator.flags <= set(Flag.values)
    for first, second in pairwise(indicators):
        assert first.end <= second.start


@FUZZ
@given(st.text())
def test_any_text_never_raises(text):
    check(text)


NUMBERISH = st.text(alphabet="0123456789０１２３+-— ()（）*xX.:/@元万QqVv微信号卡", max_size=60)


@FUZZ
@given(
    st.lists(
        st.one_of(NUMBERISH, st.sampled_from(["13812345678", "+86", "00852", "95566", "QQ", "微信", "t.cn/", "卡号"]))
    )
)
def test_number_like_text_never_raises(parts):
    check("".join(parts))
