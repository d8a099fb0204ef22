from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from cases.indicators import Flag, IndicatorKind, extract, mask_card


def kinds(text):
    return [(i.kind, i.value) for i in extract(text)]


def test_phones_in_every_written_form_with_offsets_into_the_original():
    text = "回电＋６３ ９１７ １２３ ４５６７，或 138 1234 5678，或 010-12345678，或 400-820-8820"
    found = extract(text)
    assert [(i.kind, i.value) for i in found] == [
        (IndicatorKind.PHONE, "+639171234567"),
        (IndicatorKind.PHONE, "+8613812345678"),
        (IndicatorKind.PHONE, "+861012345678"),
        (IndicatorKind.PHONE, "+864008208820"),
    ]
    assert all(text[i.start : i.end] == i.display for i in found)
    assert Flag.OVERSEAS in found[0].flags
    assert Flag.SERVICE_NUMBER in found[3].flags


def test_a_plus_before_no_real_international_number_is_spoofed():
    (phone,) = extract("来电显示 +95566 的银行客服")
    assert Flag.SPOOFED_PLUS in phone.flags


def test_hidden_digits_are_no_number():
    assert kinds("尾号 138****5678 的用户") == []


def test_links_with_and_without_scheme_and_their_flags():
    found = extract("点击t.cn/A6xyz或http://1.2.3.4:8080/pay，官网 www.taobao.com/x。")
    assert [i.display for i in found] == ["t.cn/A6xyz", "http://1.2.3.4:8080/pay", "www.taobao.com/x"]
    assert {Flag.SHORT_LINK, Flag.UNKNOWN_LINK} <= found[0].flags
    assert Flag.IP_HOST in found[1].flags
    assert found[2].flags == {Flag.OFFICIAL} and found[2].domain == "taobao.com"


def test_numbers_and_versions_are_no_links():
    assert [k for k, _ in kinds("损失1.5万元，版本 v1.2")] == [IndicatorKind.AMOUNT]


def test_qq_wechat_and_an_app_to_install():
    found = kinds("加ｑｑ：12345678 或薇信 abc_12345，再下载“安全防护”APP")
    assert found == [
        (IndicatorKind.QQ, "12345678"),
        (IndicatorKind.WECHAT, "abc_12345"),
        (IndicatorKind.APP, "安全防护"),
    ]
    (app,) = [i for i in extract("再下载腾讯会议") if i.kind == IndicatorKind.APP]
    assert Flag.DOWNLOAD in app.flags


def test_bank_cards_are_masked_and_not_read_as_phones():
    (card,) = extract("卡号 6222 0212 3456 7890 123")
    assert card.kind == IndicatorKind.BANK_CARD
    assert card.value == "6222021234567890123"
    assert card.display == mask_card(card.value) == "6222 **** **** 0123"


@given(st.text(max_size=300))
def test_never_raises_and_never_overlaps(text):
    found = extract(text)
    for first, second in pairwise(found):
        assert first.end <= second.start


def test_hostile_input():
    for text in ["((((((" * 100, "1" * 100_000, "\x00\ud800", "http://" * 1000, "+" * 5000]:
        extract(text)
