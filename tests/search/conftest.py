import pytest
from django.db import transaction

from cases.models import SearchEntry
from cases.search.query import search
from cases.search.tokens import parse_query
from cases.services.loading import demo_load


def ident(entry: SearchEntry) -> str:
    """A stable name for a result: kind and slug, code or (for cases) title."""
    item = entry.item
    key = getattr(item, "slug", None) or getattr(item, "code", None) or item.title
    return f"{entry.kind}:{key}"


def result_ids(query: str, kind: str = "") -> list[str]:
    return [ident(entry) for entry in search(parse_query(query).terms, kind=kind).entries]


@pytest.fixture(scope="module")
def demo_module(django_db_setup, django_db_blocker):
    """The demo content, loaded once per module in a transaction rolled back afterwards."""
    with django_db_blocker.unblock(), transaction.atomic():
        demo_load()
        yield
        transaction.set_rollback(True)


@pytest.fixture
def demo(demo_module, db):
    """Each test runs in a savepoint inside the module's transaction."""
