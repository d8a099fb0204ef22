import pytest

from cases.indicators import IndicatorKind

from .helpers import found, only, values

AMOUNT = IndicatorKind.AMOUNT


@pytest.mark.parametrize(
    ("text", "value", "display"),
    [
        ("先转账5000元激活", "5000", "5000元"),
        ("共计1.2万元", "12000", "1.2万元"),
        ("损失3万余元", "30000", "3万余元"),
        ("支付￥1,280.50", "1280.5", "￥1,280.50"),
        ("转了五千块钱", "5000", "五千块钱"),
        ("退款３００元", "300", "３００元"),
        ("赔偿3至5万元", "30000", "3至5万元"),
    ],
)
def test_amounts_in_yuan(text, value, display):
    amount = only(text, AMOUNT)
    assert amount.value == value
    assert amount.display == display


def test_a_number_that_is_no_money_is_no_amount():
    assert values("一共3次，排名第5", AMOUNT) == []


def test_money_that_looks_like_a_service_number_is_money():
    assert [(i.kind, i.value) for i in found("请转账95000元")] == [(AMOUNT, "95000")]


def test_several_amounts_in_order():
    assert values("先付500元，再付2000元，最后1万元", AMOUNT) == ["500", "2000", "10000"]
