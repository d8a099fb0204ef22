import pytest
from django.urls import reverse

from cases.forms import ERROR_LOOKUP_EMPTY, ERROR_LOOKUP_UNRECOGNISED, LOOKUP_MAX_LENGTH, UNREADABLE_MESSAGE
from cases.models import Status
from cases.views.reports import LOOKUP_RATE_LIMITED
from tests.factories import make_report, make_scam_type, make_user

pytestmark = pytest.mark.django_db

URL = reverse("lookup")
CARD = "6222021234567890128"


def reported(contacts: str, *, times: int, scam_type=None):
    reviewer = make_user()
    for n in range(times):
        make_report(
            contacts_text=contacts,
            narrative=f"对方让我转账，第{n}次。",
            contact_name="举报人老王",
            contact_phone="13900001111",
            contact_consent=True,
            scam_type=scam_type,
            accepted=True,
            user=reviewer,
        )


def test_without_a_query_the_page_explains_itself(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get(URL)
    assert response.status_code == 200
    assert "不显示任何举报人的信息" in response.content.decode()


def test_a_number_reported_twice_shows_the_count_and_the_published_scam_types(client, django_assert_num_queries):
    courier = make_scam_type(name="冒充快递客服诈骗")
    reported("来电 138 1234 5678", times=2, scam_type=courier)
    draft = make_scam_type(name="草稿类型", status=Status.DRAFT)
    make_report(contacts_text="13812345678", scam_type=draft, accepted=True)

    with django_assert_num_queries(2):  # the indicator, its published scam types
        response = client.get(URL, {"q": "+86 138-1234-5678"})
    page = response.content.decode()
    assert response.status_code == 200
    assert "已被举报 3 次" in page
    assert "冒充快递客服诈骗" in page and "草稿类型" not in page
    assert "举报人老王" not in page and "13900001111" not in page and "对方让我转账" not in page


def test_one_report_is_not_enough_and_says_so(client, django_assert_num_queries):
    reported("QQ 123456789", times=1)
    make_report(contacts_text="QQ 123456789")  # pending: never counts
    with django_assert_num_queries(1):
        response = client.get(URL, {"q": "QQ 123456789"})
    page = response.content.decode()
    assert response.status_code == 200
    assert "暂无足够举报" in page and "没有记录不代表安全" in page
    assert "已被举报" not in page


def test_a_card_number_is_looked_up_by_its_hash_and_shown_masked(client):
    reported(f"卡号 {CARD}", times=2)
    response = client.get(URL, {"q": CARD})
    page = response.content.decode()
    assert "已被举报 2 次" in page
    assert "6222 **** **** 0128" in page


def test_a_link_is_found_however_it_is_written(client):
    reported("http://refund-taobao.example.top/pay", times=2)
    assert "已被举报 2 次" in client.get(URL, {"q": "HTTP://REFUND-TAOBAO.EXAMPLE.TOP/pay"}).content.decode()


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("", ERROR_LOOKUP_EMPTY),
        ("   ", ERROR_LOOKUP_EMPTY),
        ("你好吗", ERROR_LOOKUP_UNRECOGNISED),
        ("javascript:alert(1)", ERROR_LOOKUP_UNRECOGNISED),
        ("1" * (LOOKUP_MAX_LENGTH + 1), f"最多 {LOOKUP_MAX_LENGTH} 个字符"),
        ("\x00", ERROR_LOOKUP_EMPTY),
        ("138\ufffd1234", UNREADABLE_MESSAGE),
    ],
)
def test_bad_queries_get_a_message_and_a_400(client, query, message):
    response = client.get(URL, {"q": query})
    assert response.status_code == 400
    assert message in response.content.decode()


def test_a_huge_query_is_not_echoed(client):
    response = client.get(URL, {"q": "9" * 5000})
    assert response.status_code == 400
    assert "9" * 200 not in response.content.decode()


def test_lookups_are_rate_limited(client, settings):
    settings.LOOKUP_RATE_LIMIT = 1
    assert client.get(URL, {"q": "13812345678"}).status_code == 200
    response = client.get(URL, {"q": "13812345678"})
    assert response.status_code == 429
    assert LOOKUP_RATE_LIMITED in response.content.decode()
