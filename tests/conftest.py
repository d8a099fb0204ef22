import os
import uuid

import pytest
import redis
from django.core.cache import cache
from django.db import connection

from cases.pagecache.signals import invalidate_pages
from cases.roles import ANALYST_GROUP, EDITOR_GROUP, PUBLISHER_GROUP
from tests.factories import make_user

REDIS_TEST_URL = "redis://127.0.0.1:6379/0"


@pytest.fixture(autouse=True)
def _empty_cache():
    """Every test starts with an empty cache.

    Some cache keys are read from the database (`cases.selectors.fingerprint`);
    a rolled-back test hands its ids out again, so such a key can repeat.
    """
    cache.clear()


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


def ping_redis_or_skip(client) -> None:
    """Skip the test when Redis does not answer, unless REQUIRE_REDIS is set (CI), where that fails it."""
    try:
        client.ping()
    except redis.ConnectionError:
        if os.environ.get("REQUIRE_REDIS"):
            raise
        pytest.skip("Redis is not running on 127.0.0.1:6379")


@pytest.fixture
def redis_cache():
    """The project's Redis cache backend on the real Redis (127.0.0.1:6379), under a key prefix of
    its own, emptied afterwards. Skipped when Redis is not running, unless REQUIRE_REDIS is set (CI)."""
    from fraudsite.redis_cache import RedisCache

    prefix = f"fraudsite_cache_test_{uuid.uuid4().hex[:8]}"
    backend = RedisCache(REDIS_TEST_URL, {"KEY_PREFIX": prefix, "OPTIONS": {"socket_connect_timeout": 1}})
    client = backend._cache.get_client(write=True)
    ping_redis_or_skip(client)
    yield backend
    keys = client.keys(f"{prefix}:*")
    if keys:
        client.delete(*keys)
