"""The editorial workflow through the admin: actions and crafted form posts alike."""

from datetime import timedelta

import pytest
from django.contrib.admin.sites import AdminSite
from django.urls import reverse
from django.utils import timezone

from cases.admin.content import ArticleAdmin
from cases.models import Article, Status
from cases.services.publishing import ERROR_NEEDS_PUBLISHER
from tests.factories import make_article, make_case, make_technique

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:cases_article_changelist")


def article_form_data(article=None, **overrides):
    """A complete change-form POST for an article, inline management forms included."""
    data = {
        "title": article.title if article else "新预警",
        "slug": article.slug if article else "new-warning",
        "kind": Article.Kind.WARNING,
        "lead": "导语。",
        "body": "正文。",
        "status": Status.DRAFT,
        "publish_at_0": "",
        "publish_at_1": "",
    }
    for prefix in ("steps", "dialogue", "advice_items"):
        data.update({f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0"})
    data.update(overrides)
    return data


def case_form_data(case, inlines):
    """A complete change-form POST for a published case: `inlines` gives the step or loss forms."""
    data = {
        "title": case.title,
        "kind": case.kind,
        "scam_type": case.scam_type.pk,
        "summary": case.summary,
        "outcome": case.outcome,
        "is_public": "on",
        "status": Status.PUBLISHED,
        "publish_at_0": timezone.localtime(case.publish_at).strftime("%Y-%m-%d"),
        "publish_at_1": timezone.localtime(case.publish_at).strftime("%H:%M:%S"),
    }
    for prefix in ("steps", "losses"):
        data.update({f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0"})
    data.update(inlines)
    return data


def test_editor_creates_a_draft_and_submits_it_for_review(editor_client):
    response = editor_client.post(reverse("admin:cases_article_add"), article_form_data())
    assert response.status_code == 302, response.context["adminform"].form.errors
    article = Article.objects.get(slug="new-warning")
    assert article.status == Status.DRAFT

    editor_client.post(CHANGELIST, {"action": "submit_for_review", "_selected_action": [article.pk]})
    article.refresh_from_db()
    assert article.status == Status.REVIEW


def test_editor_does_not_see_publish_actions(editor_client):
    response = editor_client.get(CHANGELIST)
    actions = [name for name, _ in response.context["action_form"].fields["action"].choices]
    assert "submit_for_review" in actions
    assert "publish_now" not in actions
    assert "archive" not in actions


def test_editor_cannot_publish_by_crafted_action_post(editor_client):
    article = make_article(status=Status.REVIEW, publish_at=None)
    response = editor_client.post(CHANGELIST, {"action": "publish_now", "_selected_action": [article.pk]})
    assert response.status_code in (200, 302)
    article.refresh_from_db()
    assert article.status == Status.REVIEW


def test_editor_cannot_publish_by_crafted_form_post(editor_client):
    article = make_article(status=Status.REVIEW, publish_at=None)
    url = reverse("admin:cases_article_change", args=[article.pk])
    response = editor_client.post(url, article_form_data(article, status=Status.PUBLISHED))
    assert response.status_code == 200
    assert "status" in response.context["adminform"].form.errors
    article.refresh_from_db()
    assert article.status == Status.REVIEW


def test_form_refuses_a_status_change_the_user_may_not_make(editor, rf):
    """Below the status choices, the form itself checks the permission."""
    request = rf.get("/")
    request.user = editor
    form_class = ArticleAdmin(Article, AdminSite()).get_form(request)
    form_class.base_fields["status"].choices = Status.choices  # as if the choices were bypassed
    form = form_class(data=article_form_data(status=Status.PUBLISHED))
    assert not form.is_valid()
    assert ERROR_NEEDS_PUBLISHER in form.non_field_errors()


def test_editor_cannot_create_an_already_published_article(editor_client):
    response = editor_client.post(reverse("admin:cases_article_add"), article_form_data(status=Status.PUBLISHED))
    assert response.status_code == 200
    assert not Article.objects.exists()


def test_editor_cannot_change_a_live_article(editor_client):
    article = make_article()
    url = reverse("admin:cases_article_change", args=[article.pk])
    response = editor_client.post(url, article_form_data(article, title="改过的标题", status=Status.PUBLISHED))
    assert response.status_code == 403
    article.refresh_from_db()
    assert article.title != "改过的标题"


def test_publisher_schedules_then_publishes(publisher_client):
    article = make_article(status=Status.REVIEW, publish_at=None)
    url = reverse("admin:cases_article_change", args=[article.pk])
    tomorrow = timezone.localtime() + timedelta(days=1)
    response = publisher_client.post(
        url,
        article_form_data(
            article,
            status=Status.PUBLISHED,
            publish_at_0=tomorrow.strftime("%Y-%m-%d"),
            publish_at_1=tomorrow.strftime("%H:%M:%S"),
        ),
    )
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.is_scheduled
    assert not Article.objects.published().exists()

    article.status = Status.REVIEW
    article.publish_at = None
    article.save()
    publisher_client.post(CHANGELIST, {"action": "publish_now", "_selected_action": [article.pk]})
    article.refresh_from_db()
    assert article.is_published


def test_publisher_form_post_without_time_publishes_now(publisher_client):
    article = make_article(status=Status.REVIEW, publish_at=None)
    url = reverse("admin:cases_article_change", args=[article.pk])
    publisher_client.post(url, article_form_data(article, status=Status.PUBLISHED))
    article.refresh_from_db()
    assert article.is_published


def test_case_total_loss_is_refreshed_after_admin_save(publisher_client):
    case = make_case(losses=["100"])
    url = reverse("admin:cases_case_change", args=[case.pk])
    data = case_form_data(
        case,
        {
            "losses-TOTAL_FORMS": "2",
            "losses-INITIAL_FORMS": "1",
            "losses-0-id": case.losses.get().pk,
            "losses-0-case": case.pk,
            "losses-0-order": "1",
            "losses-0-amount": "100",
            "losses-0-payment_method": "other",
            "losses-1-case": case.pk,
            "losses-1-order": "2",
            "losses-1-amount": "250.50",
            "losses-1-approximate": "on",
            "losses-1-payment_method": "bank",
        },
    )
    response = publisher_client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    case.refresh_from_db()
    assert str(case.total_loss) == "350.50"
    assert case.total_loss_approximate


def test_case_steps_are_re_marked_for_the_matrix_after_admin_save(publisher_client):
    technique = make_technique()
    case = make_case(steps=[{"stage": technique.stage, "technique": technique, "description": "第一步"}])
    url = reverse("admin:cases_case_change", args=[case.pk])
    data = case_form_data(
        case,
        {
            "steps-TOTAL_FORMS": "2",
            "steps-INITIAL_FORMS": "1",
            "steps-0-id": case.steps.get().pk,
            "steps-0-case": case.pk,
            "steps-0-order": "1",
            "steps-0-stage": technique.stage.pk,
            "steps-0-technique": technique.pk,
            "steps-0-description": "第一步",
            "steps-1-case": case.pk,
            "steps-1-order": "2",
            "steps-1-stage": technique.stage.pk,
            "steps-1-technique": technique.pk,
            "steps-1-description": "同一手法又用了一次",
        },
    )
    response = publisher_client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert list(case.steps.values_list("order", "first_in_stage", "first_with_technique")) == [
        (1, True, True),
        (2, False, False),
    ]


def test_history_page_lists_changes(publisher_client):
    article = make_article()
    response = publisher_client.get(reverse("admin:cases_article_history", args=[article.pk]))
    assert response.status_code == 200


@pytest.mark.parametrize(
    "name",
    [
        "article",
        "case",
        "scamtype",
        "stage",
        "technique",
        "redflag",
        "advice",
        "platform",
        "channel",
        "region",
        "agency",
    ],
)
def test_every_changelist_and_add_page_renders(admin_client, name):
    assert admin_client.get(reverse(f"admin:cases_{name}_changelist")).status_code == 200
    assert admin_client.get(reverse(f"admin:cases_{name}_add")).status_code == 200
