import csv
import io

import pytest
from django.urls import reverse

from tests.factories import make_report, make_scam_type

pytestmark = pytest.mark.django_db

URL = reverse("analysis-reports")
EXPORT = reverse("analysis-report-export")


def test_anonymous_visitors_are_sent_to_the_login(client):
    response = client.get(URL)
    assert response.status_code == 302 and reverse("analysis-login") in response["Location"]
    assert client.get(EXPORT).status_code == 302


def test_staff_without_the_analyst_permission_are_refused(editor_client):
    assert editor_client.get(URL).status_code == 403


def test_analysts_filter_reports_and_see_the_top_indicators_without_contacts(
    analyst_client, django_assert_max_num_queries
):
    courier = make_scam_type(slug="courier", name="冒充快递客服诈骗")
    make_report(scam_type=courier, contacts_text="QQ 123456789", contact_phone="13900001111", contact_consent=True)
    make_report(scam_type=courier, contacts_text="QQ 123456789")
    other = make_report(contacts_text="http://pay.example.top/x")
    with django_assert_max_num_queries(12):
        response = analyst_client.get(URL, {"scam_type": "courier", "indicator_kind": "qq"})
    page = response.content.decode()
    assert response.status_code == 200
    assert other.reference not in page
    assert "13900001111" not in page
    top = response.context["top_indicators"]
    assert [(i.display, i.recent_reports) for i in top] == [("123456789", 2)]


def test_a_bad_filter_shows_an_error_and_the_export_refuses_it(analyst_client):
    response = analyst_client.get(URL, {"created_after": "not-a-date"})
    assert response.status_code == 200 and response.context["filter_invalid"]
    assert analyst_client.get(EXPORT, {"created_after": "not-a-date"}).status_code == 400


def test_the_csv_export_escapes_formulas_and_leaves_out_contacts(analyst_client):
    make_report(
        narrative='=HYPERLINK("http://evil.example")',
        contacts_text="+86 138 1234 5678",
        contact_phone="13900001111",
        contact_consent=True,
    )
    response = analyst_client.get(EXPORT)
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][0] == "举报编号"
    assert rows[1][-1] == '\'=HYPERLINK("http://evil.example")'
    assert "13900001111" not in text
    for row in rows[1:]:
        assert not any(cell.startswith(("=", "+", "-", "@")) for cell in row)
