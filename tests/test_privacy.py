"""The personal-data scanner: pure text in, findings out."""

import pytest

from cases import privacy
from cases.privacy import (
    ADDRESS,
    BANK_CARD,
    EMAIL,
    ID_NUMBER,
    LANDLINE,
    MOBILE,
    is_valid_id_number,
    luhn_valid,
    normalize_allowed,
    scan,
)

VALID_ID = "11010519491231002X"
VALID_ID_DIGITS_ONLY = "320102198506153426"
VALID_CARD_16 = "6217001234567893"
VALID_CARD_19 = "6222021234567890128"


def kinds_and_texts(text, allowed=frozenset()):
    return [(finding.kind, finding.text) for finding in scan(text, allowed)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("请联系13812345678。", [(MOBILE, "13812345678")]),
        ("电话 138 1234 5678 找我", [(MOBILE, "138 1234 5678")]),
        ("电话138-1234-5678", [(MOBILE, "138-1234-5678")]),
        ("电话 +86 139 0000 1111", [(MOBILE, "139 0000 1111")]),
        ("全角１３８１２３４５６７８", [(MOBILE, "１３８１２３４５６７８")]),
        ("一个字一个字：1 3 8 1 2 3 4 5 6 7 8。", [(MOBILE, "1 3 8 1 2 3 4 5 6 7 8")]),
        (f"身份证号{VALID_ID}", [(ID_NUMBER, VALID_ID)]),
        ("身份证号11010519491231002x", [(ID_NUMBER, "11010519491231002x")]),
        ("身份证 320102 19850615 3426", [(ID_NUMBER, "320102 19850615 3426")]),
        (f"卡号{VALID_CARD_16}", [(BANK_CARD, VALID_CARD_16)]),
        ("卡号 6217 0012 3456 7893 已冻结", [(BANK_CARD, "6217 0012 3456 7893")]),
        ("卡号6222-0212-3456-7890-128", [(BANK_CARD, "6222-0212-3456-7890-128")]),
        ("座机 0769-22123456", [(LANDLINE, "0769-22123456")]),
        ("发到 li.si_88@qq.com 就行", [(EMAIL, "li.si_88@qq.com")]),
        ("家住中山路123号", [(ADDRESS, "中山路123号")]),
        ("幸福小区5栋2单元301室", [(ADDRESS, "5栋2单元301室")]),
        ("住在12号楼803室", [(ADDRESS, "12号楼803室")]),
        ("人民大道 8 号 3 栋 1201 室", [(ADDRESS, "人民大道 8 号 3 栋 1201 室")]),
    ],
)
def test_finds_personal_data(text, expected):
    assert kinds_and_texts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "有疑问拨打96110，被骗立即报警110。",
        "转账11670.88元，之后又转出6.4万余元，合计3450元和38000元。",
        "2020-10-30 中午，带“+”号的来电。",
        "号码打码后是138****5678，身份证号1101**********002X。",
        "订单号 20240615123456789012345 已取消。",  # 23 digits written as one number: not cut up
        "十二位的 123456789012 不是手机号。",
        "12345678901 以 12 开头，不是手机号。",
        # An 18-digit number with a wrong check digit, and one with an impossible birth date.
        "编号110105194912310021。",
        "编号110105194913310020。",
        # 16 digits that fail the Luhn check.
        "流水号 6217 0012 3456 7890",
        "微博 @反诈老陈 提醒大家",
        "10月3号，阿苹在1号线地铁上接到电话；订单号和收货地址都对得上。",
        "中山路口有个反诈宣传点。",
        "",
    ],
)
def test_leaves_ordinary_text_alone(text):
    assert scan(text) == []


def test_reports_every_finding_in_reading_order_with_positions():
    text = f"甲13812345678，乙 a@b.cn，丙{VALID_CARD_16}"
    findings = scan(text)
    assert [finding.kind for finding in findings] == [MOBILE, EMAIL, BANK_CARD]
    for finding in findings:
        assert text[finding.start : finding.end] == finding.text


def test_a_card_number_is_reported_whole_not_as_the_mobile_number_inside_it():
    # 19 digits that hold “13812345678” in the middle.
    card = next(f"62221381234567800{n:02d}" for n in range(100) if luhn_valid(f"62221381234567800{n:02d}"))
    assert kinds_and_texts(f"卡号{card}") == [(BANK_CARD, card)]


def test_allowed_numbers_are_compared_by_digits():
    text = "官方热线 0769-2212 3456，市民热线 12345"
    assert kinds_and_texts(text, allowed={"076922123456"}) == []
    assert kinds_and_texts(text, allowed={normalize_allowed("0769 2212-3456")}) == []
    assert kinds_and_texts(text) == [(LANDLINE, "0769-2212 3456")]


def test_allowed_email_is_case_insensitive():
    assert scan("来信 FanZha@Police.gov.cn", allowed={"fanzha@police.gov.cn"}) == []


def test_id_number_check_digit():
    assert is_valid_id_number(VALID_ID)
    assert is_valid_id_number(VALID_ID_DIGITS_ONLY)
    assert not is_valid_id_number(VALID_ID[:-1] + "1")
    assert not is_valid_id_number("11010519491231002")  # 17 characters


def test_luhn():
    assert luhn_valid(VALID_CARD_16)
    assert luhn_valid("4111111111111111")
    assert not luhn_valid("4111111111111112")
    assert not luhn_valid("")


def test_labels_are_chinese():
    assert {privacy.KIND_LABELS[kind] for kind in (MOBILE, ID_NUMBER, BANK_CARD, EMAIL, ADDRESS)} == {
        "手机号",
        "身份证号",
        "银行卡号",
        "电子邮箱",
        "详细地址",
    }


def test_hostile_input_is_scanned_quickly_enough_to_finish():
    # Many short digit groups: the candidate spans are bounded by 19 digits, not by the group count.
    assert {f.kind for f in scan("0 " * 20000)} == {BANK_CARD}  # runs of zeros pass the Luhn check
    assert len(scan("13812345678 " * 500)) == 500
