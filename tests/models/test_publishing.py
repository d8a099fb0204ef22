from datetime import timedelta
from unittest.mock import patch

import pytest
from django.utils import timezone

from cases.models import Article, Case, ScamType, Status
from tests.factories import make_article, make_case, make_scam_type

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("model_factory", [make_article, make_scam_type, make_case])
def test_published_rule_hides_drafts_review_archived_and_future(model_factory):
    now = timezone.now()
    live = model_factory()
    hidden = [
        model_factory(status=Status.DRAFT, publish_at=None),
        model_factory(status=Status.REVIEW, publish_at=now - timedelta(days=1)),
        model_factory(status=Status.ARCHIVED, publish_at=now - timedelta(days=1)),
        model_factory(status=Status.PUBLISHED, publish_at=now + timedelta(minutes=5)),
        model_factory(status=Status.PUBLISHED, publish_at=None),
    ]
    model = type(live)
    assert list(model.objects.published()) == [live]
    assert live.is_published
    assert not any(item.is_published for item in hidden)


def test_scheduled_item_appears_when_its_time_comes_without_a_scheduler():
    soon = timezone.now() + timedelta(hours=1)
    article = make_article(publish_at=soon)
    assert article.is_scheduled
    assert not Article.objects.published().exists()
    # Nothing runs in between: the rule compares with "now" at query time.
    later = soon + timedelta(seconds=1)
    with patch("django.utils.timezone.now", return_value=later):
        assert list(Article.objects.published()) == [article]


def test_internal_case_is_never_published_even_when_status_is_published():
    internal = make_case(is_public=False)
    assert internal.status == Status.PUBLISHED
    assert not Case.objects.published().exists()
    assert not internal.is_published


def test_scam_type_ordering_and_str():
    scam_type = make_scam_type(name="冒充电商物流客服诈骗", order=0)
    make_scam_type(order=5)
    assert str(scam_type) == "冒充电商物流客服诈骗"
    assert ScamType.objects.first() == scam_type
