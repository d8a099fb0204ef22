"""Every public page on the demo content, through the page cache, as a visitor's HTTP client sees it."""

import re

import pytest
from django.test import Client

from cases.models import Article
from cases.pagecache.middleware import CACHE_STATUS_HEADER
from cases.services.loading import demo_load
from cases.services.publishing import set_status

pytestmark = pytest.mark.django_db

LISTS = ["/", "/articles/", "/articles/?kind=warning", "/cases/", "/search/?q=客服", "/feed/", "/feed/atom/"]
OTHER = ["/sitemap.xml", "/robots.txt"]


@pytest.fixture
def demo(page_cache):
    demo_load()


def public_paths(client) -> list[str]:
    sitemap = client.get("/sitemap.xml").content.decode()
    return sorted({*re.findall(r"<loc>http://testserver(/[^<]*)</loc>", sitemap), *LISTS, *OTHER})


def test_every_public_page_is_served_from_the_cache_the_second_time(demo, django_assert_num_queries):
    visitor = Client()
    paths = public_paths(visitor)
    assert len(paths) > 30
    for path in paths:
        first = visitor.get(path)
        assert first.status_code == 200, path
        with django_assert_num_queries(0):
            second = visitor.get(path)
            head = visitor.head(path)
        assert second[CACHE_STATUS_HEADER] == "hit", path
        assert second.content == first.content, path
        assert second["Content-Type"] == first["Content-Type"], path
        assert head.status_code == 200, path
        assert head[CACHE_STATUS_HEADER] == "hit", path


def test_signed_in_analysts_always_get_fresh_pages(demo, analyst):
    visitor, analyst_client = Client(), Client()
    analyst_client.force_login(analyst)
    for path in [*LISTS, *OTHER]:
        visitor.get(path)
        response = analyst_client.get(path)
        assert response.status_code == 200, path
        assert CACHE_STATUS_HEADER not in response, path


def test_demo_drafts_never_leak_and_appear_everywhere_once_published(demo, editor_client, publisher, commits):
    visitor = Client()
    draft = Article.objects.drafts().first()
    url = draft.get_absolute_url()
    assert editor_client.get(url).status_code == 200  # the staff preview
    assert visitor.get(url).status_code == 404
    for path in [*LISTS, *OTHER]:
        visitor.get(path)
        assert draft.title not in visitor.get(path).content.decode(), path

    with commits():
        set_status(item=draft, user=publisher, status="published")
    assert visitor.get(url).status_code == 200
    for path in ["/", "/articles/", "/feed/", "/feed/atom/", "/sitemap.xml"]:
        body = visitor.get(path).content.decode()
        assert draft.title in body or url in body, path
