import pytest

from cases.indicators import Flag, IndicatorKind

from .helpers import found, only, values

PHONE = IndicatorKind.PHONE


@pytest.mark.parametrize(
    "text",
    [
        "请尽快回电13812345678，逾期将冻结",
        "客服电话：138 1234 5678",
        "联系人王经理 138-1234-5678",
        "回拨１３８１２３４５６７８处理退款",
        "回拨１３８　１２３４　５６７８处理退款",
        "号码 +86 138 1234 5678",
        "号码+8613812345678",
        "号码 0086-138-1234-5678",
        "号码 8613812345678",
    ],
)
def test_a_mobile_number_in_any_format_is_one_e164_value(text):
    phone = only(text, PHONE)
    assert phone.value == "+8613812345678"
    assert phone.flags == frozenset()


def test_the_span_is_the_number_as_written_in_the_original_text():
    text = "您好，请拨打１３８ １２３４ ５６７８，谢谢"
    phone = only(text, PHONE)
    assert phone.display == "１３８ １２３４ ５６７８"
    assert text[phone.start : phone.end] == phone.display


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("公安局座机 010-12345678，请核实", "+861012345678"),
        ("来电显示0755-87654321", "+8675587654321"),
        ("请拨打(0755)8765 4321", "+8675587654321"),
        ("请拨打（021）12345678", "+862112345678"),
        ("号码02112345678", "+862112345678"),
    ],
)
def test_landlines_keep_the_area_code_without_the_trunk_zero(text, value):
    assert values(text, PHONE) == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("【工商银行】如有疑问请致电95588", "+8695588"),
        ("全国反诈专线 96110 提醒您", "+8696110"),
        ("客服热线400-820-8820", "+864008208820"),
        ("拨打 800 820 8820", "+868008208820"),
        ("可拨打12315投诉", "+8612315"),
    ],
)
def test_service_numbers_are_flagged(text, value):
    phone = only(text, PHONE)
    assert phone.value == value
    assert phone.flags == {Flag.SERVICE_NUMBER}


@pytest.mark.parametrize(
    "text",
    [
        "转账95000元到对方账户",  # money
        "您的验证码958372，请勿告诉他人",  # a code
        "订单尾号 95566 已发货",
        "订单号2024951234567",  # inside a longer number
        "版本2.0.12345已发布",
    ],
)
def test_short_service_numbers_count_only_standing_alone(text):
    assert values(text, PHONE) == []


@pytest.mark.parametrize(
    ("text", "value", "region_flag"),
    [
        ("您好这里是客服中心，请回电 +63 917 123 4567", "+639171234567", True),
        ("柬埔寨号码+855 12 345 678来电", "+85512345678", True),
        ("缅甸 +95 9 250 123 456", "+959250123456", True),
        ("香港客服 0085261234567", "+85261234567", True),
        ("香港客服 +852 6123 4567", "+85261234567", True),
        ("台湾来电 +886 912 345 678", "+886912345678", True),
        ("澳门 +853 6612 3456", "+85366123456", True),
    ],
)
def test_foreign_numbers_including_hong_kong_macao_and_taiwan_are_overseas(text, value, region_flag):
    phone = only(text, PHONE)
    assert phone.value == value
    assert (Flag.OVERSEAS in phone.flags) is region_flag
    assert Flag.SPOOFED_PLUS not in phone.flags


def test_a_chinese_number_with_plus_86_is_not_overseas():
    phone = only("请回电+86 138 1234 5678", PHONE)
    assert Flag.OVERSEAS not in phone.flags


@pytest.mark.parametrize(
    ("text", "value", "flags"),
    [
        # a "+" before a Chinese short service number: no such international number
        ("【工商银行】+95566 提醒您账户异常", "+8695566", {Flag.SPOOFED_PLUS, Flag.SERVICE_NUMBER}),
        # +86 before a short service number, which cannot be dialled from abroad
        ("来电 +86 95588 银行客服", "+8695588", {Flag.SPOOFED_PLUS, Flag.SERVICE_NUMBER}),
        # zeros after the "+": garbage, read again behind them
        ("来电显示+0085261234567", "+85261234567", {Flag.SPOOFED_PLUS, Flag.OVERSEAS}),
        # a "+" in front of a Chinese mobile
        ("来电+13812345678", "+8613812345678", {Flag.SPOOFED_PLUS}),
        # a "+" before digits that are nothing
        ("来电 +00000123456", "+123456", {Flag.SPOOFED_PLUS}),
    ],
)
def test_a_plus_that_leads_to_no_real_international_number_is_spoofed(text, value, flags):
    phone = only(text, PHONE)
    assert phone.value == value
    assert phone.flags == flags


def test_plus_86_before_a_400_number_is_not_spoofed():
    phone = only("致电 +86 400 820 8820", PHONE)
    assert phone.flags == {Flag.SERVICE_NUMBER}


@pytest.mark.parametrize("prefix", ["170", "171", "162", "165", "167"])
def test_virtual_operator_prefixes_are_flagged(prefix):
    phone = only(f"联系我{prefix}12345678办理", PHONE)
    assert phone.flags == {Flag.VIRTUAL_OPERATOR}


@pytest.mark.parametrize(
    "text",
    [
        "尊敬的用户138****5678您好",
        "尊敬的用户138XXXX5678您好",
        "尊敬的用户138xxxx5678您好",
        "尊敬的用户１３８＊＊＊＊５６７８您好",
        "尊敬的用户138××××5678您好",
    ],
)
def test_masked_numbers_are_no_phone_numbers_at_all(text):
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "今天是2024-05-01",
        "金额23456",
        "收益+500%",
        "收益+50000元",
        "编号1234567",
        "1+1=2",
    ],
)
def test_other_numbers_are_not_phone_numbers(text):
    assert values(text, PHONE) == []


def test_two_numbers_one_space_apart_are_two_numbers():
    assert values("电话13812345678 13912345678", PHONE) == ["+8613812345678", "+8613912345678"]


def test_a_number_followed_by_a_count_is_still_found():
    assert values("拨打138 1234 5678 2次", PHONE) == ["+8613812345678"]


def test_a_long_list_of_numbers_one_space_apart_gives_each():
    text = "号码：13812345678 13912345678 13712345678 13612345678 13512345678"
    assert len(values(text, PHONE)) == 5
