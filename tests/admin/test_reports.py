"""Moderating citizen reports in the admin: the queue, the change page, the actions, the contact details."""

import io

import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from cases.models import Case, Indicator, Report
from tests.factories import make_report, make_scam_type, make_user

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:cases_report_changelist")


def change_url(report):
    return reverse("admin:cases_report_change", args=[report.pk])


@pytest.fixture
def viewer_client(client):
    """Staff who may view reports but lack 审核举报."""
    user = make_user(username="viewer")
    user.user_permissions.add(Permission.objects.get(codename="view_report"))
    client.force_login(user)
    return client


def with_contact(**fields):
    return make_report(contact_name="王先生", contact_phone="13900001111", contact_consent=True, **fields)


def test_reviewers_see_new_reports_in_the_queue(publisher_client):
    report = make_report()
    response = publisher_client.get(CHANGELIST, {"moderation__exact": "pending"})
    assert response.status_code == 200
    assert report.reference in response.content.decode()


def test_the_change_page_shows_the_checker_reading_indicators_and_similar_reports(publisher_client):
    report = with_contact(contacts_text="QQ 123456789", narrative="客服说给我三倍理赔，让我把验证码发给他。")
    other = make_report(contacts_text="扣扣 123456789")
    page = publisher_client.get(change_url(report)).content.decode()
    assert "风险等级" in page
    assert "123456789" in page
    assert other.reference in page
    assert "13900001111" in page  # the publisher group holds 审核举报


def test_contact_details_need_the_moderate_permission(viewer_client):
    report = with_contact()
    response = viewer_client.get(change_url(report))
    assert response.status_code == 200
    page = response.content.decode()
    assert "13900001111" not in page and "王先生" not in page
    assert "联系方式" not in page


def test_viewers_get_no_moderation_actions(viewer_client):
    make_report()
    response = viewer_client.get(CHANGELIST)
    assert response.status_code == 200
    assert response.context["action_form"] is None  # no action the viewer may run


def test_a_crafted_action_post_without_the_permission_changes_nothing(viewer_client):
    report = make_report()
    viewer_client.post(CHANGELIST, {"action": "reject_spam", "_selected_action": [report.pk]})
    report.refresh_from_db()
    assert report.moderation == Report.Moderation.PENDING


def test_reject_as_spam_is_recorded_with_who(publisher_client, publisher):
    report = make_report()
    publisher_client.post(CHANGELIST, {"action": "reject_spam", "_selected_action": [report.pk]})
    report.refresh_from_db()
    assert report.moderation == Report.Moderation.SPAM
    assert report.history.first().history_user == publisher
    history = publisher_client.get(reverse("admin:cases_report_history", args=[report.pk]))
    assert "驳回：垃圾举报" in history.content.decode()


def test_accepting_two_reports_makes_their_indicator_public(publisher_client):
    reports = [make_report(contacts_text="QQ 123456789") for _ in range(2)]
    publisher_client.post(CHANGELIST, {"action": "accept", "_selected_action": [r.pk for r in reports]})
    assert Indicator.objects.get().report_count == 2


def test_merge_duplicates(publisher_client):
    first, second = make_report(), make_report()
    publisher_client.post(CHANGELIST, {"action": "merge_duplicates", "_selected_action": [first.pk, second.pk]})
    second.refresh_from_db()
    assert second.merged_into == first


def test_turn_into_case_needs_a_scam_type_then_makes_an_internal_case(publisher_client):
    report = make_report(amount="500")
    response = publisher_client.post(
        CHANGELIST, {"action": "turn_into_case", "_selected_action": [report.pk]}, follow=True
    )
    assert "请先为举报" in response.content.decode()
    assert not Case.objects.exists()

    report.scam_type = make_scam_type()
    report.save()
    publisher_client.post(CHANGELIST, {"action": "turn_into_case", "_selected_action": [report.pk]})
    case = Case.objects.get()
    assert not case.is_public and case.total_loss == 500


def test_reports_cannot_be_added_or_deleted(publisher_client):
    report = make_report()
    assert publisher_client.get(reverse("admin:cases_report_add")).status_code == 403
    assert publisher_client.get(reverse("admin:cases_report_delete", args=[report.pk])).status_code == 403


def test_screenshots_are_shown_only_with_the_permission(publisher_client, client):
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "blue").save(buffer, format="PNG")
    report = make_report(screenshots=[SimpleUploadedFile("a.png", buffer.getvalue())])
    shot = report.screenshots.get()
    url = reverse("admin:cases_report_screenshot", args=[report.pk, shot.pk])

    response = publisher_client.get(url)
    assert response.status_code == 200 and response["Content-Type"] == "image/png"
    assert url in publisher_client.get(change_url(report)).content.decode()

    viewer = make_user(username="viewer2")
    viewer.user_permissions.add(Permission.objects.get(codename="view_report"))
    client.force_login(viewer)
    assert client.get(url).status_code == 403
