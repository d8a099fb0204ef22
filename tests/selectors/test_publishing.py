"""next_scheduled_publish: when the next scheduled item goes live."""

from datetime import timedelta

from django.utils import timezone

from cases.models import Status
from cases.selectors.publishing import next_scheduled_publish
from tests.factories import make_article, make_case, make_scam_type


def test_none_when_nothing_is_scheduled(db):
    make_article()
    make_article(status=Status.DRAFT, publish_at=timezone.now() + timedelta(hours=1))
    assert next_scheduled_publish() is None


def test_the_earliest_future_time_of_any_publishable_model(db, django_assert_num_queries):
    now = timezone.now()
    make_article(publish_at=now + timedelta(hours=3))
    make_scam_type(publish_at=now + timedelta(hours=2))
    make_case(publish_at=now + timedelta(hours=1))
    make_article(publish_at=now - timedelta(hours=1))
    with django_assert_num_queries(1):
        assert next_scheduled_publish() == now + timedelta(hours=1)
