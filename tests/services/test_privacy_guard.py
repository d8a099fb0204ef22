"""The personal-data guard on the one publishing rule (`set_status`) and on the demo content."""

import pytest
from django.core.exceptions import ValidationError

from cases.models import AllowedNumber, Article, ArticleStep, Case, DialogueLine, Status
from cases.selectors.privacy import ERROR_PERSONAL_DATA, item_personal_data, item_texts
from cases.services.loading import demo_load, taxonomy_load
from cases.services.publishing import set_status
from tests.factories import make_article, make_case, make_stage

pytestmark = pytest.mark.django_db


def publish(item, user):
    return set_status(item=item, user=user, status=Status.PUBLISHED)


def test_publishing_an_article_with_a_mobile_number_is_refused_and_quotes_it(publisher):
    article = make_article(status=Status.REVIEW, publish_at=None, body="有事打我电话 139-0000-1111。")
    with pytest.raises(ValidationError) as error:
        publish(article, publisher)
    message = error.value.messages[0]
    assert message.startswith(ERROR_PERSONAL_DATA)
    assert "正文中的手机号“139-0000-1111”" in message
    article.refresh_from_db()
    assert article.status == Status.REVIEW


@pytest.mark.parametrize(
    ("field", "text", "quoted"),
    [
        ("title", "联系 a.b@163.com", "a.b@163.com"),
        ("lead", "住在中山路8号301室", "中山路8号301室"),
    ],
)
def test_every_public_field_of_an_article_is_scanned(publisher, field, text, quoted):
    article = make_article(status=Status.REVIEW, publish_at=None, **{field: text})
    with pytest.raises(ValidationError, match=quoted):
        publish(article, publisher)


def test_article_steps_and_dialogue_are_scanned(publisher):
    article = make_article(status=Status.REVIEW, publish_at=None)
    DialogueLine.objects.create(
        article=article, order=1, speaker="假客服", role="scammer", text="加我QQ，银行卡号6217 0012 3456 7893"
    )
    with pytest.raises(ValidationError, match="6217 0012 3456 7893"):
        publish(article, publisher)
    DialogueLine.objects.all().delete()
    ArticleStep.objects.create(article=article, order=1, stage=make_stage(), text="身份证号 11010519491231002X")
    with pytest.raises(ValidationError, match="身份证号“11010519491231002X”"):
        publish(article, publisher)


@pytest.mark.parametrize(
    ("fields", "losses", "steps_text", "quoted"),
    [
        ({"alias": "王某 13812345678"}, [], None, "13812345678"),
        ({"occupation": "住幸福小区5栋2单元301室"}, [], None, "5栋2单元301室"),
        ({"summary": "转入卡号6217001234567893"}, [], None, "6217001234567893"),
        ({}, [{"amount": "100", "description": "转到尾号为 138 1234 5678 的账户"}], None, "138 1234 5678"),
        ({}, [], "对方留下邮箱 scam@example.com", "scam@example.com"),
    ],
)
def test_every_public_field_of_a_case_is_scanned(publisher, fields, losses, steps_text, quoted):
    steps = [{"stage": make_stage(), "description": steps_text}] if steps_text else []
    case = make_case(status=Status.REVIEW, publish_at=None, losses=losses, steps=steps, **fields)
    with pytest.raises(ValidationError, match=quoted):
        publish(case, publisher)


def test_internal_notes_are_not_public_and_not_scanned(publisher):
    case = make_case(status=Status.REVIEW, publish_at=None, internal_notes="报案人电话 13812345678")
    publish(case, publisher)
    assert Case.objects.published().filter(pk=case.pk).exists()


def test_an_allowed_number_may_be_published(publisher):
    article = make_article(status=Status.REVIEW, publish_at=None, body="咨询热线 0771-2891 1234。")
    with pytest.raises(ValidationError):
        publish(article, publisher)
    number = AllowedNumber(number="0771 28911234", note="南宁反诈中心公开热线")
    number.full_clean()
    number.save()
    assert number.number == "077128911234"
    publish(article, publisher)
    assert Article.objects.published().filter(pk=article.pk).exists()


def test_moving_to_draft_or_review_is_not_blocked(editor, publisher):
    article = make_article(status=Status.DRAFT, publish_at=None, body="电话13812345678")
    set_status(item=article, user=editor, status=Status.REVIEW)
    set_status(item=article, user=publisher, status=Status.DRAFT)
    assert article.status == Status.DRAFT


def test_taxonomy_loads_the_official_numbers():
    taxonomy_load()
    assert {"110", "96110"} <= set(AllowedNumber.objects.values_list("number", flat=True))


def test_demo_content_passes_the_guard():
    demo_load()
    items = [*Article.objects.all(), *Case.objects.all()]
    assert len(items) > 10
    assert sum(len(item_texts(item)) for item in items) > 100
    for item in items:
        assert item_personal_data(item) == [], item


def test_demo_content_mentions_the_hotlines_the_allow_list_covers():
    # If the guard ever flags short numbers, the allow list keeps 96110 and 110 publishable.
    demo_load()
    assert Article.objects.filter(body__contains="96110").exists()
