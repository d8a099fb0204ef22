import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from cases.forms import (
    ERROR_CONTACT_WITHOUT_CONSENT,
    ERROR_HONEYPOT,
    ERROR_NARRATIVE_REQUIRED,
    ERROR_TOO_MANY_INDICATORS,
    REPORT_MAX_INDICATORS,
    REPORT_NARRATIVE_MAX,
    UNREADABLE_MESSAGE,
)
from cases.models import Report, ReportScreenshot
from cases.views.reports import REPORT_RATE_LIMITED
from tests.factories import make_report, make_scam_type

pytestmark = pytest.mark.django_db

URL = reverse("report")
NARRATIVE = "对方自称淘宝客服，说我买的东西有质量问题，要退款给我，让我下载开会宝共享屏幕。"


def png() -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("RGB", (20, 20), "red").save(buffer, format="PNG")
    return SimpleUploadedFile("聊天.png", buffer.getvalue(), content_type="image/png")


def test_the_form_offers_the_published_scam_types_and_other(client):
    make_scam_type(name="冒充电商物流客服诈骗")
    response = client.get(URL)
    assert response.status_code == 200
    assert "冒充电商物流客服诈骗" in response.content.decode()
    assert "其他 / 不确定" in response.content.decode()
    assert 'name="website"' in response.content.decode()  # the honeypot
    assert "no-cache" in response["Cache-Control"]


def test_a_report_is_filed_and_the_reference_and_status_link_shown(client):
    scam_type = make_scam_type()
    response = client.post(
        URL, {"narrative": NARRATIVE, "contacts_text": "来电 13812345678", "scam_type": scam_type.pk, "amount": "3450"}
    )
    report = Report.objects.get()
    assert response.status_code == 200
    page = response.content.decode()
    assert report.reference in page
    assert reverse("report-status", kwargs={"token": report.status_token}) in page
    assert report.client_hash and report.scam_type == scam_type
    assert report.indicators.filter(value="+8613812345678").exists()
    assert "no-cache" in response["Cache-Control"]


def test_the_same_report_sent_twice_is_filed_once(client):
    client.post(URL, {"narrative": NARRATIVE})
    response = client.post(URL, {"narrative": NARRATIVE})
    assert Report.objects.count() == 1
    assert "无需重复提交" in response.content.decode()


def test_a_filled_honeypot_is_refused_and_nothing_stored(client):
    response = client.post(URL, {"narrative": NARRATIVE, "website": "http://spam.example"})
    assert response.status_code == 400
    assert ERROR_HONEYPOT in response.content.decode()
    assert not Report.objects.exists()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"narrative": ""}, ERROR_NARRATIVE_REQUIRED),
        ({"narrative": "字" * (REPORT_NARRATIVE_MAX + 1)}, f"最多 {REPORT_NARRATIVE_MAX} 字"),
        ({"narrative": "乱码\ufffd"}, UNREADABLE_MESSAGE),
        ({"narrative": NARRATIVE, "contact_phone": "13900001111"}, ERROR_CONTACT_WITHOUT_CONSENT),
        ({"narrative": NARRATIVE, "amount": "1e99"}, "请"),
        ({"narrative": NARRATIVE, "scam_type": "999999"}, "选择"),
        ({"narrative": NARRATIVE, "paid_on": "2999-01-01"}, "不能晚于今天"),
    ],
)
def test_bad_input_gets_a_message_and_a_400(client, data, message):
    response = client.post(URL, data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Report.objects.exists()


def test_fifty_numbers_are_too_many(client):
    numbers = "\n".join(f"1381234{n:04d}" for n in range(50))
    response = client.post(URL, {"narrative": "对方自称客服。", "contacts_text": numbers})
    assert response.status_code == 400
    assert ERROR_TOO_MANY_INDICATORS.format(count=50, limit=REPORT_MAX_INDICATORS) in response.content.decode()
    assert not Report.objects.exists()


def test_a_javascript_link_is_kept_as_text_and_never_becomes_an_indicator(client):
    response = client.post(URL, {"narrative": NARRATIVE, "contacts_text": "javascript:alert(1)"})
    assert response.status_code == 200
    report = Report.objects.get()
    assert report.contacts_text == "javascript:alert(1)"
    assert not report.indicators.filter(value__startswith="javascript").exists()


def test_screenshots_are_checked_by_their_content(client):
    response = client.post(URL, {"narrative": NARRATIVE, "screenshots": [png()]})
    assert response.status_code == 200
    shot = ReportScreenshot.objects.get()
    assert "聊天" not in shot.image.name  # a random name

    fake = SimpleUploadedFile("x.png", b"not an image", content_type="image/png")
    response = client.post(URL, {"narrative": NARRATIVE + "另一条", "screenshots": [fake]})
    assert response.status_code == 400
    assert "无法识别为图片" in response.content.decode()
    assert Report.objects.count() == 1


def test_too_many_screenshots_are_refused(client):
    response = client.post(URL, {"narrative": NARRATIVE, "screenshots": [png() for _ in range(4)]})
    assert response.status_code == 400
    assert not Report.objects.exists()


def test_an_oversized_body_is_refused_before_it_is_read(client, settings, monkeypatch):
    settings.MAX_IMAGE_UPLOAD_BYTES = 10
    monkeypatch.setattr("cases.views.reports.BODY_ALLOWANCE", 100)
    response = client.post(URL, {"narrative": NARRATIVE, "screenshots": [png()]})
    assert response.status_code == 413
    assert not Report.objects.exists()


def test_reports_are_rate_limited_per_client(client, settings):
    settings.REPORT_RATE_LIMIT = 2
    for n in range(2):
        assert client.post(URL, {"narrative": f"{NARRATIVE}{n}"}).status_code == 200
    response = client.post(URL, {"narrative": f"{NARRATIVE}再一次"})
    assert response.status_code == 429
    assert REPORT_RATE_LIMITED in response.content.decode()
    assert Report.objects.count() == 2


def test_csrf_is_required():
    from django.test import Client

    response = Client(enforce_csrf_checks=True).post(URL, {"narrative": NARRATIVE})
    assert response.status_code == 403
    assert not Report.objects.exists()


# --- status page ----------------------------------------------------------------------------


def test_the_status_page_shows_the_status_and_nothing_else(client, django_assert_num_queries):
    report = make_report(narrative="只有举报人知道的经过", contacts_text="QQ 123456789")
    url = reverse("report-status", kwargs={"token": report.status_token})
    with django_assert_num_queries(1):
        response = client.get(url)
    page = response.content.decode()
    assert response.status_code == 200
    assert "已收到" in page
    assert "只有举报人知道的经过" not in page and "123456789" not in page and report.reference not in page
    assert response["Referrer-Policy"] == "no-referrer"
    assert "noindex" in response["X-Robots-Tag"]


def test_the_status_page_follows_moderation(client):
    report = make_report(accepted=True)
    response = client.get(reverse("report-status", kwargs={"token": report.status_token}))
    assert "已处理" in response.content.decode()


@pytest.mark.parametrize("token", ["x" * 43, "short", "a" * 100, "FZ-2026-000123"])
def test_a_forged_or_malformed_status_link_is_a_404(client, token):
    make_report()
    assert client.get(f"/report/status/{token}/").status_code == 404


def test_the_status_page_answers_get_only(client):
    report = make_report()
    assert client.post(reverse("report-status", kwargs={"token": report.status_token})).status_code == 405
