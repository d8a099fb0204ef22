"""Fixtures shared by the public page tests."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from cases.models import Status
from tests.factories import make_article, make_case, make_scam_type

# Every hidden item's title carries this marker; no public page may show it.
HIDDEN = "不应公开"


@pytest.fixture
def count_queries(client):
    """GET a URL and return how many SQL queries the page made (it must answer 200)."""

    def count(url: str) -> int:
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, url
        return len(queries.captured_queries)

    return count


@pytest.fixture
def hidden_items(db):
    """One of each thing the public must never see: drafts, in review, future, archived, internal."""
    future = timezone.now() + timedelta(days=3)
    hidden_type = make_scam_type(name=f"{HIDDEN}类型", slug="hidden-type", status=Status.DRAFT, publish_at=None)
    shown_type = make_scam_type(name="公开类型", slug="shown-type")
    items = {
        "draft_article": make_article(title=f"{HIDDEN}草稿", status=Status.DRAFT, publish_at=None),
        "review_article": make_article(title=f"{HIDDEN}待审", status=Status.REVIEW, publish_at=None),
        "future_article": make_article(title=f"{HIDDEN}定时", publish_at=future),
        "archived_article": make_article(title=f"{HIDDEN}归档", status=Status.ARCHIVED),
        "hidden_type": hidden_type,
        "future_type": make_scam_type(name=f"{HIDDEN}定时类型", slug="future-type", publish_at=future),
        "draft_case": make_case(title=f"{HIDDEN}草稿案例", scam_type=shown_type, status=Status.DRAFT, losses=[1000]),
        "future_case": make_case(title=f"{HIDDEN}定时案例", scam_type=shown_type, publish_at=future, losses=[1000]),
        "archived_case": make_case(
            title=f"{HIDDEN}归档案例", scam_type=shown_type, status=Status.ARCHIVED, losses=[1000]
        ),
        "internal_case": make_case(title=f"{HIDDEN}内部案例", scam_type=shown_type, is_public=False, losses=[1000]),
    }
    items["shown_type"] = shown_type
    return items
