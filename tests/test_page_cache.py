"""The page cache (cases/pagecache): what is served from it, what never is, and what invalidates it."""

import time
from datetime import timedelta

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse
from django.test import Client, RequestFactory
from django.urls import resolve, reverse
from django.utils import timezone
from redis.exceptions import ConnectionError as RedisConnectionError

from cases.models import Status
from cases.pagecache import signals
from cases.pagecache.middleware import CACHE_STATUS_HEADER, PageCacheMiddleware
from cases.pagecache.store import VERSION_KEY, PageStore, page_key
from cases.services.publishing import set_status
from tests.factories import make_article, make_scam_type, make_stage


@pytest.fixture
def visitor():
    """An anonymous visitor: a client of its own, so staff logins in a test do not touch it."""
    return Client()


@pytest.fixture
def clock(monkeypatch):
    """Move the clock forward: the published rule, the cache's expiry and the store all read it."""
    offset = {"seconds": 0.0}
    real_time, real_now = time.time, timezone.now
    monkeypatch.setattr(time, "time", lambda: real_time() + offset["seconds"])
    monkeypatch.setattr(timezone, "now", lambda: real_now() + timedelta(seconds=offset["seconds"]))

    def advance(seconds):
        offset["seconds"] += seconds

    return advance


def get(client, url, **extra):
    response = client.get(url, **extra)
    return response, response.headers.get(CACHE_STATUS_HEADER)


# Served from the cache


def test_second_anonymous_visit_is_a_hit_without_queries(page_cache, visitor, django_assert_num_queries):
    make_article(title="冒充客服退款预警")
    first, first_status = get(visitor, "/")
    assert first.status_code == 200
    assert first_status == "miss"
    with django_assert_num_queries(0):
        second, second_status = get(visitor, "/")
    assert second_status == "hit"
    assert second.content == first.content
    assert "冒充客服退款预警" in second.content.decode()


def test_hits_carry_the_headers_of_the_page(page_cache, visitor):
    first, _ = get(visitor, "/")
    second, _ = get(visitor, "/")
    for header in ("Content-Type", "Content-Security-Policy", "X-Frame-Options", "ETag"):
        assert second[header] == first[header], header
    assert second["Cache-Control"] == "public, no-cache"
    assert "Cookie" in second["Vary"]
    assert "'nonce-" not in second["Content-Security-Policy"]


def test_a_matching_etag_gets_304(page_cache, visitor, django_assert_num_queries):
    etag = visitor.get("/")["ETag"]
    with django_assert_num_queries(0):
        response = visitor.get("/", HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 304
    assert response.content == b""
    assert visitor.get("/", HTTP_IF_NONE_MATCH='"other"').status_code == 200


def test_head_is_served_from_the_page_cached_by_get(page_cache, visitor, django_assert_num_queries):
    get(visitor, "/articles/")
    with django_assert_num_queries(0):
        response = visitor.head("/articles/")
    assert response.status_code == 200
    assert response[CACHE_STATUS_HEADER] == "hit"


def test_head_alone_stores_nothing(page_cache, visitor):
    assert CACHE_STATUS_HEADER not in visitor.head("/articles/")
    assert get(visitor, "/articles/")[1] == "miss"


def test_each_url_and_host_has_its_own_entry(page_cache, visitor):
    get(visitor, "/articles/")
    assert get(visitor, "/articles/?kind=warning")[1] == "miss"
    assert get(visitor, "/articles/", HTTP_HOST="localhost")[1] == "miss"
    assert get(visitor, "/articles/?kind=warning")[1] == "hit"


def test_off_when_page_cache_seconds_is_zero(settings, db, visitor):
    settings.PAGE_CACHE_SECONDS = 0
    get(visitor, "/")
    response, status = get(visitor, "/")
    assert status is None
    assert "Cache-Control" not in response


# Never cached


def test_signed_in_users_never_get_nor_fill_cached_pages(page_cache, publisher_client, visitor, analyst):
    get(visitor, "/articles/")
    response, status = get(publisher_client, "/articles/")
    assert response.status_code == 200
    assert status is None  # the anonymous copy exists, but is not served to staff
    get(publisher_client, "/cases/")
    assert get(visitor, "/cases/")[1] == "miss"  # staff did not fill it

    analyst_client = Client()
    analyst_client.force_login(analyst)
    assert get(analyst_client, "/articles/")[1] is None


def test_a_session_cookie_alone_bypasses_the_cache(page_cache, visitor):
    get(visitor, "/")
    visitor.cookies["sessionid"] = "anything"
    assert get(visitor, "/")[1] is None


def test_staff_preview_of_a_draft_is_never_cached(page_cache, editor_client, visitor):
    draft = make_article(title="草稿预警", status=Status.DRAFT, publish_at=None)
    url = draft.get_absolute_url()
    assert visitor.get(url).status_code == 404
    preview = editor_client.get(url)
    assert preview.status_code == 200
    assert "no-store" in preview["Cache-Control"]
    assert CACHE_STATUS_HEADER not in preview
    assert visitor.get(url).status_code == 404


def test_checker_post_and_its_csrf_form_are_never_cached(page_cache, visitor):
    assert get(visitor, "/check/")[1] is None
    assert get(visitor, "/check/")[1] is None  # the form sets a CSRF cookie: not stored
    response = visitor.post("/check/", {"text": "您好，我是客服，您的快递丢了，给您退款"})
    assert CACHE_STATUS_HEADER not in response


@pytest.mark.parametrize("url", ["/analysis/login/", "/healthz", "/admin/login/"])
def test_other_pages_are_never_stored(page_cache, visitor, url):
    get(visitor, url)
    assert get(visitor, url)[1] is None


def test_other_urls_never_ask_the_cache(page_cache, visitor, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the cache was asked")

    monkeypatch.setattr(PageStore, "lookup", refuse)
    for url in ["/healthz", "/check/", "/analysis/", "/admin/", "/static/css/site.css", "/no-such-page/"]:
        visitor.get(url)


def test_the_404_of_an_unpublished_item_is_not_kept_once_it_is_published(page_cache, visitor, publisher, commits):
    draft = make_article(title="尚未发布", status=Status.DRAFT, publish_at=None)
    url = draft.get_absolute_url()
    assert visitor.get(url).status_code == 404
    assert visitor.get(url).status_code == 404
    with commits():
        set_status(item=draft, user=publisher, status=Status.PUBLISHED)
    response = visitor.get(url)
    assert response.status_code == 200
    assert "尚未发布" in response.content.decode()


def _middleware_response(request_path, make_response):
    """Run the middleware twice over a stand-in for the rest of the stack."""

    def rest_of_stack(request):
        request.resolver_match = resolve(request_path)
        request.user = AnonymousUser()
        return make_response()

    middleware = PageCacheMiddleware(rest_of_stack)
    return [middleware(RequestFactory().get(request_path)) for _ in range(2)]


def test_a_response_setting_a_cookie_is_not_stored(page_cache):
    def with_cookie():
        response = HttpResponse("页面")
        response.set_cookie("messages", "x")
        return response

    first, second = _middleware_response("/", with_cookie)
    assert CACHE_STATUS_HEADER not in first
    assert CACHE_STATUS_HEADER not in second


def test_a_response_with_a_csp_nonce_is_not_stored(page_cache):
    def with_nonce():
        response = HttpResponse("页面")
        response["Content-Security-Policy"] = "script-src 'self' 'nonce-abc123'"
        return response

    first, second = _middleware_response("/", with_nonce)
    assert CACHE_STATUS_HEADER not in first
    assert CACHE_STATUS_HEADER not in second


def test_the_stand_in_stack_is_cached_when_nothing_forbids_it(page_cache):
    first, second = _middleware_response("/", lambda: HttpResponse("页面"))
    assert (first[CACHE_STATUS_HEADER], second[CACHE_STATUS_HEADER]) == ("miss", "hit")


def test_pages_render_when_the_cache_is_down(page_cache, visitor, monkeypatch):
    def down(*args, **kwargs):
        raise RedisConnectionError("down")

    monkeypatch.setattr(PageStore, "lookup", down)
    response, status = get(visitor, "/")
    assert response.status_code == 200
    assert status is None


# Invalidation


def test_publishing_through_the_service_shows_at_once(page_cache, visitor, publisher, commits):
    article = make_article(title="定向推送预警", status=Status.REVIEW, publish_at=None)
    assert "定向推送预警" not in get(visitor, "/articles/")[0].content.decode()
    assert get(visitor, "/articles/")[1] == "hit"
    with commits():
        set_status(item=article, user=publisher, status=Status.PUBLISHED)
    response, status = get(visitor, "/articles/")
    assert status == "miss"
    assert "定向推送预警" in response.content.decode()


def test_publishing_through_the_admin_shows_at_once(page_cache, visitor, publisher_client, commits):
    article = make_article(title="后台发布的预警", status=Status.REVIEW, publish_at=None)
    get(visitor, "/")
    assert "后台发布的预警" not in get(visitor, "/")[0].content.decode()
    with commits():
        response = publisher_client.post(
            reverse("admin:cases_article_changelist"), {"action": "publish_now", "_selected_action": [article.pk]}
        )
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.status == Status.PUBLISHED
    assert "后台发布的预警" in get(visitor, "/")[0].content.decode()


def test_unpublishing_hides_at_once(page_cache, visitor, publisher, commits):
    article = make_article(title="即将撤回")
    url = article.get_absolute_url()
    assert visitor.get(url).status_code == 200
    assert get(visitor, url)[1] == "hit"
    with commits():
        set_status(item=article, user=publisher, status=Status.ARCHIVED)
    assert visitor.get(url).status_code == 404


def test_a_change_to_a_published_item_shows_at_once(page_cache, visitor, commits):
    article = make_article(title="旧标题")
    url = article.get_absolute_url()
    get(visitor, url)
    with commits():
        article.title = "新标题"
        article.save()
    assert "新标题" in visitor.get(url).content.decode()


def test_a_taxonomy_edit_invalidates_pages_showing_it(page_cache, visitor, commits):
    stage = make_stage(code="S9", name="旧阶段名")
    get(visitor, "/")
    version = cache.get(VERSION_KEY)
    with commits():
        stage.name = "新阶段名"
        stage.save()
    assert cache.get(VERSION_KEY) != version


def test_a_link_change_invalidates(page_cache, commits):
    article = make_article()
    scam_type = make_scam_type()
    PageStore().version()
    version = cache.get(VERSION_KEY)
    with commits():
        article.scam_types.add(scam_type)
    assert cache.get(VERSION_KEY) != version


def test_checker_counts_do_not_invalidate(page_cache, visitor, commits):
    get(visitor, "/")
    version = cache.get(VERSION_KEY)
    with commits():
        visitor.post("/check/", {"text": "您好，我是快递客服，您的包裹丢了，给您三倍理赔，请开启屏幕共享"})
    assert cache.get(VERSION_KEY) == version


def test_one_invalidation_per_transaction(page_cache, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks, transaction.atomic():
        for n in range(5):
            make_article(title=f"批量{n}")
    assert callbacks.count(signals.invalidate_pages) == 1


def test_a_rolled_back_savepoint_does_not_lose_the_invalidation(page_cache, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks, transaction.atomic():
        with pytest.raises(RuntimeError), transaction.atomic():
            make_article(title="回滚")
            raise RuntimeError
        make_article(title="保留")
    assert callbacks.count(signals.invalidate_pages) == 1


def test_nothing_is_invalidated_before_the_commit(page_cache, django_capture_on_commit_callbacks):
    PageStore().version()
    version = cache.get(VERSION_KEY)
    with django_capture_on_commit_callbacks(execute=False):
        make_article(title="未提交")
        assert cache.get(VERSION_KEY) == version


def test_every_content_model_is_watched():
    watched = {model.__name__ for model in signals.content_models()}
    for name in ("Article", "ArticleStep", "Case", "CaseStep", "Loss", "ScamType", "Stage", "Technique", "RedFlag"):
        assert name in watched
    for name in ("Advice", "Platform", "Channel", "Region", "Agency", "Pretext", "DialogueLine", "ArticleAdvice"):
        assert name in watched
    assert "Article_scam_types" in watched  # many-to-many links
    assert not watched & {"SearchEntry", "TechniqueMatchCount", "AllowedNumber", "HistoricalArticle"}


# Scheduled publishing


def test_a_scheduled_item_appears_when_its_time_comes(page_cache, visitor, clock):
    make_article(title="定时发布的预警", publish_at=timezone.now() + timedelta(seconds=90))
    assert "定时发布的预警" not in get(visitor, "/articles/")[0].content.decode()
    clock(60)
    response, status = get(visitor, "/articles/")
    assert status == "hit"  # still before its time
    assert "定时发布的预警" not in response.content.decode()
    clock(31)
    response, status = get(visitor, "/articles/")
    assert status == "miss"
    assert "定时发布的预警" in response.content.decode()


def test_a_page_expires_no_later_than_the_next_scheduled_item(page_cache):
    store = PageStore()
    version = store.version()
    assert store.lifetime(version, 300) == 300
    cache.clear()
    make_article(publish_at=timezone.now() + timedelta(seconds=40))
    version = store.version()
    assert 38 <= store.lifetime(version, 300) <= 40
    assert store.lifetime(version, 20) == 20


def test_not_stored_in_the_last_second_before_an_item_goes_live(page_cache):
    make_article(publish_at=timezone.now() + timedelta(milliseconds=900))
    store = PageStore()
    assert store.lifetime(store.version(), 300) == 0  # rounded down: never served past its time


# Across processes: two clients of the real Redis


def test_invalidation_reaches_every_worker_through_redis(
    page_cache, settings, redis_cache, visitor, publisher, commits
):
    """Two workers, each with its own Redis client as each gunicorn process has: this test's
    default cache, and `other_worker`. What one stores or invalidates, the other sees."""
    other_worker = PageStore(redis_cache)
    settings.CACHES = {
        "default": {
            "BACKEND": "fraudsite.redis_cache.RedisCache",
            "LOCATION": redis_cache._servers[0],
            "KEY_PREFIX": redis_cache.key_prefix,
        }
    }
    key = page_key(RequestFactory().get("/articles/"))
    article = make_article(title="跨进程发布", status=Status.REVIEW, publish_at=None)
    get(visitor, "/articles/")
    response, status = get(visitor, "/articles/")
    assert status == "hit"
    assert "跨进程发布" not in response.content.decode()
    version, page = other_worker.lookup(key)
    assert page.version == version  # the other worker would serve this page

    with commits():
        set_status(item=article, user=publisher, status=Status.PUBLISHED)
    version, page = other_worker.lookup(key)
    assert page.version != version  # ... and now would not

    response, status = get(visitor, "/articles/")
    assert status == "miss"
    assert "跨进程发布" in response.content.decode()
    version, page = other_worker.lookup(key)
    assert page.version == version

    other_worker.bump()  # a change made by the other worker
    assert get(visitor, "/articles/")[1] == "miss"
