from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from cases.models import Article, Case, ScamType, Status
from cases.services.publishing import (
    ERROR_NEEDS_PUBLISHER,
    can_change_item,
    can_preview,
    can_publish,
    set_status,
)
from tests.factories import make_article, make_user

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("model", [Article, Case, ScamType])
def test_only_publishers_may_publish(model, editor, publisher, analyst):
    assert can_publish(publisher, model)
    assert not can_publish(editor, model)
    assert not can_publish(analyst, model)


def test_editor_may_submit_for_review_but_not_publish(editor):
    article = make_article(status=Status.DRAFT, publish_at=None)
    set_status(item=article, user=editor, status=Status.REVIEW)
    assert article.status == Status.REVIEW
    with pytest.raises(PermissionDenied, match=ERROR_NEEDS_PUBLISHER):
        set_status(item=article, user=editor, status=Status.PUBLISHED)
    article.refresh_from_db()
    assert article.status == Status.REVIEW


@pytest.mark.parametrize("status", [Status.DRAFT, Status.ARCHIVED])
def test_editor_may_not_unpublish(editor, status):
    article = make_article()
    with pytest.raises(PermissionDenied):
        set_status(item=article, user=editor, status=status)
    assert Article.objects.get(pk=article.pk).status == Status.PUBLISHED


def test_publishing_sets_time_now_unless_scheduled(publisher):
    draft = make_article(status=Status.DRAFT, publish_at=None)
    set_status(item=draft, user=publisher, status=Status.PUBLISHED)
    assert draft.is_published

    later = timezone.now() + timedelta(days=2)
    scheduled = make_article(status=Status.REVIEW, publish_at=later)
    set_status(item=scheduled, user=publisher, status=Status.PUBLISHED)
    assert scheduled.is_scheduled
    assert scheduled.publish_at == later


def test_status_change_is_recorded_in_history_with_who(publisher):
    article = make_article(status=Status.REVIEW, publish_at=None)
    set_status(item=article, user=publisher, status=Status.PUBLISHED)
    latest = article.history.first()
    assert latest.status == Status.PUBLISHED
    assert latest.history_user == publisher
    assert article.history.count() == 2


def test_live_items_are_locked_for_editors(editor, publisher):
    live = make_article()
    draft = make_article(status=Status.DRAFT, publish_at=None)
    assert not can_change_item(editor, live)
    assert can_change_item(editor, draft)
    assert can_change_item(publisher, live)


def test_preview_needs_staff_with_change_permission(editor, analyst):
    assert can_preview(editor, Article)
    assert not can_preview(analyst, Article)
    assert not can_preview(make_user(is_staff=True), Article)
