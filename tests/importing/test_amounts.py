from decimal import Decimal

import pytest

from cases.importing.amounts import Amount, AmountError, AmountKind, find_amounts, parse_amount, parse_number

D = Decimal

# (text, value, approximate, upper)
FORMS = [
    ("11670.88 元", D("11670.88"), False, None),
    ("6.4 万余元", D("64000"), True, None),
    ("3450元钱", D("3450"), False, None),
    ("10万余元", D("100000"), True, None),
    ("12余万元", D("120000"), True, None),
    ("1.7万余元", D("17000"), True, None),
    ("八千多元", D("8000"), True, None),
    ("两万元", D("20000"), False, None),
    ("26萬余元", D("260000"), True, None),
    ("3至5万元", D("30000"), True, D("50000")),
    ("38000元", D("38000"), False, None),
    ("297元", D("297"), False, None),
    ("130 元", D("130"), False, None),
    ("1,200元", D("1200"), False, None),
    ("１２，０００元", D("12000"), False, None),
    ("６.５万元", D("65000"), False, None),
    ("一万二千元", D("12000"), False, None),
    ("1万2千元", D("12000"), False, None),
    ("十万元", D("100000"), False, None),
    ("十余万元", D("100000"), True, None),
    ("十几万元", D("100000"), True, None),
    ("二十多万元", D("200000"), True, None),
    ("一百二十万元", D("1200000"), False, None),
    ("三千五百元", D("3500"), False, None),
    ("一千零五十元", D("1050"), False, None),
    ("五百块钱", D("500"), False, None),
    ("300块", D("300"), False, None),
    ("约5万元", D("50000"), True, None),
    ("大约3000元", D("3000"), True, None),
    ("近2万元", D("20000"), True, None),
    ("逾百万元", None, None, None),  # 百 alone is not a number: refused below
    ("5万元左右", D("50000"), True, None),
    ("人民币3000", D("3000"), False, None),
    ("¥1,200.50", D("1200.50"), False, None),
    ("￥88元", D("88"), False, None),
    ("1.2亿元", D("120000000"), False, None),
    ("一亿二千万元", D("120000000"), False, None),
    ("3万至5万元", D("30000"), True, D("50000")),
    ("三四万元", D("30000"), True, D("40000")),
    ("五六千元", D("5000"), True, D("6000")),
    ("2000-3000元", D("2000"), True, D("3000")),
    ("1～2万元", D("10000"), True, D("20000")),
    ("三到五万元", D("30000"), True, D("50000")),
    ("壹万元", D("10000"), False, None),
    ("贰仟伍佰元", D("2500"), False, None),
    ("伍佰圆", D("500"), False, None),
    ("两千多块钱", D("2000"), True, None),
    ("零点", None, None, None),
]


@pytest.mark.parametrize(("text", "value", "approximate", "upper"), [f for f in FORMS if f[1] is not None])
def test_parse_amount(text, value, approximate, upper):
    assert parse_amount(text) == Amount(value=value, approximate=approximate, upper=upper)


def test_the_table_has_at_least_forty_forms():
    assert len([f for f in FORMS if f[1] is not None]) >= 40


@pytest.mark.parametrize(
    "text", ["逾百万元", "零点", "9 名", "2 万余张", "0771-12340", "千万不能", "3倍赔偿", "元", "", "万元", "12余万"]
)
def test_text_that_is_not_one_amount_is_refused(text):
    with pytest.raises(AmountError):
        parse_amount(text)


def test_range_low_greater_than_high_is_refused():
    with pytest.raises(AmountError):
        parse_amount("5至3万元")


def test_amount_prints_in_yuan():
    assert str(parse_amount("6.4万余元")) == "64,000元（约数）"
    assert str(parse_amount("3至5万元")) == "30,000–50,000元（约数）"
    assert str(parse_amount("11670.88元")) == "11,670.88元"


def test_parse_number_for_counts():
    assert parse_number("9") == 9
    assert parse_number("十二") == 12
    assert parse_number("２万") == 20000


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("她转账了6.4万余元。", [("6.4万余元", AmountKind.LOSS)]),
        ("平台要赔偿130元给她。", [("130元", AmountKind.OFFER)]),
        ("赔偿的297元无法到账。", [("297元", AmountKind.OFFER)]),
        ("连同那130元赔付也会打回她账上。", [("130元", AmountKind.OFFER)]),
        ("她的支付宝里有500元“备用金”。", [("500元", AmountKind.LIMIT)]),
        ("这500元相当于一笔贷款。", [("500元", AmountKind.LIMIT)]),
        ("备用金里显示可提现的500元。", [("500元", AmountKind.LIMIT)]),
        ("民警帮她追回了3000元。", [("3000元", AmountKind.RECOVERED)]),
        ("银行紧急止付2万元。", [("2万元", AmountKind.RECOVERED)]),
        ("我银行卡怎么被转走3450元钱啊", [("3450元钱", AmountKind.LOSS)]),
        ("账户内12余万存款转到了对方指定的账户。", [("12余万", AmountKind.LOSS)]),
        ("被骗5万元，其中追回2万元。", [("5万元", AmountKind.LOSS), ("2万元", AmountKind.RECOVERED)]),
        ("为了拿到赔偿，她转账5000元。", [("5000元", AmountKind.LOSS)]),
        ("用支付宝付了800元。", [("800元", AmountKind.LOSS)]),
        ("那是一件300元的外套。", [("300元", AmountKind.OTHER)]),
    ],
)
def test_find_amounts_says_what_each_amount_is(sentence, expected):
    found = find_amounts(sentence)
    assert [(m.text.replace(" ", ""), m.kind) for m in found] == expected


def test_find_amounts_skips_counts_codes_and_phone_numbers():
    text = "抓获犯罪嫌疑人 9 名，查获面单照片 2 万余张。拨打0771-12340。验证码是：250438。微信号gh_9450e8cf3caa元"
    assert find_amounts(text) == []


def test_find_amounts_keeps_positions_with_full_width_digits():
    text = "共被骗１２，０００元。"
    (mention,) = find_amounts(text)
    assert text[mention.start : mention.end] == "１２，０００元"
    assert mention.amount.value == 12000
