"""The personal-data guard in the admin: change form, inline rows typed in the same POST, actions."""

import pytest
from django.urls import reverse

from cases.models import AllowedNumber, Article, ArticleStep, Status
from cases.selectors.privacy import ERROR_PERSONAL_DATA
from tests.admin.test_workflow import CHANGELIST, article_form_data
from tests.factories import make_article, make_stage

pytestmark = pytest.mark.django_db


def errors_of(response) -> str:
    form = response.context["adminform"].form
    formset_errors = [
        str(error)
        for formset in response.context["inline_admin_formsets"]
        for error in formset.formset.non_form_errors()
    ]
    return " ".join([*form.non_field_errors(), *formset_errors])


def test_change_form_refuses_to_publish_text_with_an_id_number(publisher_client):
    article = make_article(status=Status.REVIEW, publish_at=None)
    url = reverse("admin:cases_article_change", args=[article.pk])
    response = publisher_client.post(
        url, article_form_data(article, status=Status.PUBLISHED, body="身份证号 11010519491231002X")
    )
    assert response.status_code == 200
    assert "身份证号“11010519491231002X”" in errors_of(response)
    assert ERROR_PERSONAL_DATA in response.content.decode()
    article.refresh_from_db()
    assert article.status == Status.REVIEW
    assert "11010519491231002X" not in article.body


def test_change_form_saves_such_text_as_a_draft(publisher_client):
    article = make_article(status=Status.DRAFT, publish_at=None)
    url = reverse("admin:cases_article_change", args=[article.pk])
    response = publisher_client.post(url, article_form_data(article, body="电话13812345678"))
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.body == "电话13812345678"


def step_rows(article, *rows):
    data = {"steps-TOTAL_FORMS": str(len(rows)), "steps-INITIAL_FORMS": "0"}
    stage = make_stage()
    for index, (text, delete) in enumerate(rows):
        data.update({f"steps-{index}-article": article.pk, f"steps-{index}-order": str(index + 1)})
        data.update({f"steps-{index}-stage": stage.pk, f"steps-{index}-text": text})
        if delete:
            data[f"steps-{index}-DELETE"] = "on"
    return data


def test_an_inline_row_typed_in_the_same_post_is_checked(publisher_client):
    """The parent form is clean; only the new step carries a phone number."""
    article = make_article(status=Status.REVIEW, publish_at=None)
    url = reverse("admin:cases_article_change", args=[article.pk])
    data = article_form_data(
        article,
        status=Status.PUBLISHED,
        **step_rows(article, ("先加对方微信", False), ("对方电话 138 1234 5678", False)),
    )
    response = publisher_client.post(url, data)
    assert response.status_code == 200
    assert "手机号“138 1234 5678”" in errors_of(response)
    article.refresh_from_db()
    assert article.status == Status.REVIEW
    assert not ArticleStep.objects.exists()


def test_a_row_being_deleted_does_not_block(publisher_client):
    article = make_article(status=Status.REVIEW, publish_at=None)
    url = reverse("admin:cases_article_change", args=[article.pk])
    data = article_form_data(article, status=Status.PUBLISHED, **step_rows(article, ("对方电话 13812345678", True)))
    response = publisher_client.post(url, data)
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.is_published


def test_the_add_form_checks_inline_rows_too(publisher_client):
    data = article_form_data(status=Status.PUBLISHED)
    data.update({"steps-TOTAL_FORMS": "1", "steps-0-order": "1", "steps-0-text": "卡号 6217-0012-3456-7893"})
    response = publisher_client.post(reverse("admin:cases_article_add"), data)
    assert response.status_code == 200
    assert "银行卡号“6217-0012-3456-7893”" in errors_of(response)
    assert not Article.objects.exists()


def test_editing_a_live_article_is_checked_too(publisher_client):
    article = make_article()
    url = reverse("admin:cases_article_change", args=[article.pk])
    response = publisher_client.post(url, article_form_data(article, status=Status.PUBLISHED, lead="邮箱 x@y.com"))
    assert response.status_code == 200
    article.refresh_from_db()
    assert "x@y.com" not in article.lead


def test_publish_action_is_refused_with_a_message(publisher_client):
    article = make_article(status=Status.REVIEW, publish_at=None, body="家住人民路12号3栋501室")
    response = publisher_client.post(
        CHANGELIST, {"action": "publish_now", "_selected_action": [article.pk]}, follow=True
    )
    messages = [str(message) for message in response.context["messages"]]
    assert any("详细地址“人民路12号3栋501室”" in message for message in messages)
    article.refresh_from_db()
    assert article.status == Status.REVIEW


def test_allowed_number_list_is_publisher_only(editor_client, publisher, client):
    add_url = reverse("admin:cases_allowednumber_add")
    assert editor_client.get(reverse("admin:cases_allowednumber_changelist")).status_code == 200
    assert editor_client.post(add_url, {"number": "13812345678", "note": "想放行"}).status_code == 403
    assert not AllowedNumber.objects.filter(number="13812345678").exists()

    client.force_login(publisher)
    response = client.post(add_url, {"number": "0771-2891 1234", "note": "南宁反诈中心热线"})
    assert response.status_code == 302
    assert AllowedNumber.objects.filter(number="077128911234").exists()
