import pytest

from cases.indicators import Flag, IndicatorKind, mask_card

from .helpers import found, only, values

QQ = IndicatorKind.QQ
WECHAT = IndicatorKind.WECHAT
CARD = IndicatorKind.BANK_CARD
PHONE = IndicatorKind.PHONE

LUHN_19 = "6222021234567890128"
LUHN_16 = "4367421234567896"


@pytest.mark.parametrize(
    "text",
    [
        "我是客服，加我QQ 12345678 处理",
        "加qq：12345678",
        "加ＱＱ号12345678",
        "QQ号码是12345678",
        "扣扣12345678",
        "Q号:12345678",
        "企鹅号 12345678",
        "球球12345678联系",
        "进QQ群：12345678领取",
        "邮箱12345678@qq.com",
    ],
)
def test_qq_numbers_after_a_word_that_names_them(text):
    qq = only(text, QQ)
    assert qq.value == qq.display == "12345678"


def test_bare_digits_are_no_qq_number():
    assert values("请输入12345678确认", QQ) == []


def test_qq_numbers_have_5_to_11_digits():
    assert values("QQ 1234", QQ) == []
    assert values("QQ 123456789012", QQ) == []
    assert values("QQ 10001", QQ) == ["10001"]


def test_a_qq_number_that_looks_like_a_phone_is_a_qq_number():
    assert [(i.kind, i.value) for i in found("QQ 13812345678")] == [(QQ, "13812345678")]


@pytest.mark.parametrize(
    ("text", "display", "value"),
    [
        ("加微信：Zhang_San88 详聊", "Zhang_San88", "zhang_san88"),
        ("薇信 abc-12345", "abc-12345", "abc-12345"),
        ("威信abc123456", "abc123456", "abc123456"),
        ("VX：lily2020", "lily2020", "lily2020"),
        ("ＶＸ：ｌｉｌｙ２０２０", "ｌｉｌｙ２０２０", "lily2020"),
        ("vx lily2020", "lily2020", "lily2020"),
        ("wx:lily2020", "lily2020", "lily2020"),
        ("WX号 lily2020", "lily2020", "lily2020"),
        ("V信 lily2020", "lily2020", "lily2020"),
        ("微 信 lily2020", "lily2020", "lily2020"),
        ("加v：lily2020", "lily2020", "lily2020"),
        ("微信号是 wxid_abc123", "wxid_abc123", "wxid_abc123"),
    ],
)
def test_wechat_ids_after_a_word_that_names_them(text, display, value):
    wechat = only(text, WECHAT)
    assert wechat.display == display
    assert wechat.value == value


def test_a_phone_number_after_wechat_is_a_wechat_id_of_digits():
    assert [(i.kind, i.value) for i in found("加微信138 1234 5678")] == [(WECHAT, "13812345678")]


@pytest.mark.parametrize(
    "text",
    [
        "微信 abc12",  # too short
        "微信 abcdefghij1234567890x",  # too long
        "微信 1abcdef",  # starts with a digit
        "微信支付已开通",
        "wxyz123456",  # "wx" inside a word
    ],
)
def test_no_wechat_id(text):
    assert values(text, WECHAT) == []


def test_a_link_after_wechat_is_a_link():
    assert [i.kind for i in found("微信 weixin.qq.com/abc")] == [IndicatorKind.URL]


@pytest.mark.parametrize(
    ("text", "display"),
    [
        (f"请转到安全账户{LUHN_19}", LUHN_19),
        ("请转到 6222 0212 3456 7890 128 ", "6222 0212 3456 7890 128"),
        ("请转到 6222-0212-3456-7890-128", "6222-0212-3456-7890-128"),
        (f"收款 {LUHN_16}", LUHN_16),
    ],
)
def test_luhn_valid_card_numbers_are_cards_wherever_they_stand(text, display):
    card = only(text, CARD)
    assert card.flags == {Flag.LUHN_VALID}
    assert text[card.start : card.end] == display
    assert card.display == mask_card(card.value)


def test_a_card_is_shown_masked():
    card = only(f"卡号{LUHN_19}", CARD)
    assert card.value == LUHN_19
    assert card.display == "6222 **** **** 0128"


@pytest.mark.parametrize("word", ["卡号", "银行卡", "账号：", "账户 ", "收款卡号："])
def test_a_card_number_that_fails_luhn_counts_after_a_word_that_names_it(word):
    card = only(f"请转账到{word}6222021234567890123", CARD)
    assert card.flags == frozenset()


def test_a_long_number_that_fails_luhn_and_is_not_named_is_no_card():
    assert found("快递单号6222021234567890123") == []


def test_a_resident_id_number_is_no_card():
    assert values("身份证号510107198503122410", CARD) == []  # passes Luhn as well
    assert values("身份证 440301199001011234", CARD) == []


def test_card_digits_are_not_also_a_phone_or_qq():
    assert [i.kind for i in found(f"QQ {LUHN_19}")] == [CARD]


@pytest.mark.parametrize(
    ("digits", "masked"),
    [
        ("6222021234567890128", "6222 **** **** 0128"),
        ("4367421234567896", "4367 **** **** 7896"),
        ("6222 0212 3456 7890 128", "6222 **** **** 0128"),
        ("12345678", "********"),
        ("", ""),
    ],
)
def test_mask_card(digits, masked):
    assert mask_card(digits) == masked
