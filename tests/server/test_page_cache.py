"""The page cache across processes: two gunicorn workers over one Redis, content published by a third process."""

import time
import urllib.request
import uuid

import pytest
import redis

from tests.conftest import REDIS_TEST_URL, ping_redis_or_skip
from tests.server.conftest import app_environment, gunicorn, manage, scratch_database

pytestmark = pytest.mark.server


# Run by `manage.py shell` in a process of its own: write a draft, then publish it (now or later).
PUBLISH = """
from datetime import timedelta
from django.contrib.auth.models import User
from django.utils import timezone
from cases.models import Article
from cases.services.publishing import set_status
user = User.objects.filter(username="cache-test").first() or User.objects.create_superuser("cache-test")
article = Article.objects.create(slug="{slug}", title="{title}", lead="导语。", body="正文。")
set_status(item=article, user=user, status="published", publish_at=timezone.now() + timedelta(seconds={delay}))
"""


def redis_or_skip() -> redis.Redis:
    client = redis.Redis.from_url(REDIS_TEST_URL, socket_connect_timeout=1)
    ping_redis_or_skip(client)
    return client


def visit(url: str) -> tuple[int, str, str]:
    """Status, body and the page cache's verdict (hit, miss or empty) of a GET."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode(), response.headers.get("X-Page-Cache", "")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode(), error.headers.get("X-Page-Cache", "")


def test_a_publish_in_another_process_shows_on_every_worker(tmp_path):
    client = redis_or_skip()
    prefix = f"fraudsite_cache_test_{uuid.uuid4().hex[:8]}"
    try:
        with scratch_database("pagecache") as database_url:
            env = app_environment(
                database_url,
                STATIC_ROOT=str(tmp_path / "static"),
                REDIS_URL=REDIS_TEST_URL,
                CACHE_KEY_PREFIX=prefix,
                PAGE_CACHE_SECONDS="300",
            )
            manage("migrate", "--noinput", "-v0", env=env)
            manage("load_demo", "-v0", env=env)
            manage("collectstatic", "--noinput", "-v0", env=env)
            now_slug, now_title = "published-elsewhere", "另一进程发布的预警"
            later_slug, later_title = "scheduled-elsewhere", "另一进程定时发布的预警"

            with gunicorn(env, tmp_path, workers=2) as base:
                pages = ["/", "/articles/", "/feed/"]
                # Enough visits to fill the cache and reach both workers.
                verdicts = [visit(base + page)[2] for _ in range(4) for page in pages]
                assert "hit" in verdicts
                assert visit(base + f"/articles/{now_slug}/")[0] == 404

                manage("shell", "-c", PUBLISH.format(slug=now_slug, title=now_title, delay=0), env=env)
                for _ in range(4):
                    for page in pages:
                        status, body, _verdict = visit(base + page)
                        assert status == 200
                        assert now_title in body, page
                    assert visit(base + f"/articles/{now_slug}/")[0] == 200

                # Scheduled: hidden until its time, then shown with no further write.
                manage("shell", "-c", PUBLISH.format(slug=later_slug, title=later_title, delay=6), env=env)
                status, body, _verdict = visit(base + "/articles/")
                assert later_title not in body
                assert visit(base + "/articles/")[2] == "hit"
                time.sleep(7)
                for _ in range(4):
                    assert later_title in visit(base + "/articles/")[1]
    finally:
        keys = client.keys(f"{prefix}:*")
        if keys:
            client.delete(*keys)
