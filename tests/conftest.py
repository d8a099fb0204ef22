import pytest
from django.core.cache import cache
from django.db import connection

from cases.pagecache.signals import invalidate_pages
from cases.roles import ANALYST_GROUP, EDITOR_GROUP, PUBLISHER_GROUP
from tests.factories import make_user


@pytest.fixture
def editor(db):
    return make_user(username="editor", groups=[EDITOR_GROUP])


@pytest.fixture
def publisher(db):
    return make_user(username="publisher", groups=[PUBLISHER_GROUP])


@pytest.fixture
def analyst(db):
    return make_user(username="analyst", groups=[ANALYST_GROUP], is_staff=False)


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def publisher_client(client, publisher):
    client.force_login(publisher)
    return client


@pytest.fixture
def analyst_client(client, analyst):
    client.force_login(analyst)
    return client


@pytest.fixture
def analysis_data(db):
    from tests.analysis_data import build_analysis_data

    return build_analysis_data()


@pytest.fixture
def page_cache(settings, db):
    """The page cache on (the test settings turn it off), over an empty memory cache."""
    settings.PAGE_CACHE_SECONDS = 300
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def commits(django_capture_on_commit_callbacks):
    """`with commits():` runs the block's on-commit callbacks (the page cache's invalidation) as a commit would.

    The test's earlier writes count as committed before it: their pending
    invalidation is dropped, so only what the block itself writes can invalidate.
    """

    def block():
        connection.run_on_commit[:] = [entry for entry in connection.run_on_commit if entry[1] is not invalidate_pages]
        return django_capture_on_commit_callbacks(execute=True)

    return block
