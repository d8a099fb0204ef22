import pytest
from django.urls import reverse

from cases.checker.matcher import match
from cases.indicators import IndicatorKind
from cases.selectors.checker import check_report, checker_rules
from cases.selectors.lookup import indicator_report_counts
from tests.factories import make_report, make_user

pytestmark = pytest.mark.django_db

CARD = "6222021234567890128"


def accept_twice(contacts: str):
    reviewer = make_user()
    for n in range(2):
        make_report(contacts_text=contacts, narrative=f"经过{n}", accepted=True, user=reviewer)


def test_counts_only_for_indicators_reported_enough(django_assert_num_queries):
    accept_twice("13812345678")
    make_report(contacts_text="QQ 123456789", accepted=True)
    with django_assert_num_queries(1):
        counts = indicator_report_counts([("phone", "+8613812345678"), ("qq", "123456789"), ("url", "http://x.cn")])
    assert counts == {("phone", "+8613812345678"): 2}
    assert indicator_report_counts([]) == {}


def test_card_counts_are_matched_by_hash():
    accept_twice(f"卡号 {CARD}")
    assert indicator_report_counts([(IndicatorKind.BANK_CARD, CARD)]) == {(IndicatorKind.BANK_CARD, CARD): 2}


def test_the_checker_lists_each_indicator_with_its_lookup(django_assert_num_queries):
    accept_twice("来电 13812345678")
    result = match(f"客服电话 13812345678，退款请加 QQ 123456789，转到卡号 {CARD}", checker_rules())
    with django_assert_num_queries(2):  # the general advice, the look-up counts (no technique matched)
        report = check_report(result)
    by_display = {note.display: note for note in report.indicators}
    assert by_display["13812345678"].reports == 2
    assert by_display["13812345678"].lookup_query == "+8613812345678"
    assert by_display["123456789"].reports == 0 and by_display["123456789"].lookup_query == "123456789"
    card = by_display["6222 **** **** 0128"]
    assert card.lookup_query == ""  # a card number never goes into a URL


def test_the_checker_page_shows_the_count_and_links_to_the_lookup(client):
    accept_twice("来电 13812345678")
    response = client.post(reverse("checker"), {"message": "我是快递客服，请回电 13812345678 办理理赔"})
    page = response.content.decode()
    assert "已被举报 2 次" in page
    assert f"{reverse('lookup')}?q=%2B8613812345678" in page
