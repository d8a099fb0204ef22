"""RSS, Atom, sitemap.xml and robots.txt."""

import pytest
from pytest_django.asserts import assertContains, assertNotContains

from tests.factories import make_article, make_case, make_technique
from tests.views.conftest import HIDDEN

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("url", ["/feed/", "/feed/atom/"])
def test_feeds_list_published_articles_only(client, hidden_items, url):
    article = make_article(title="最新预警：客服退款骗局")
    response = client.get(url)
    assert response.status_code == 200
    assertContains(response, article.title)
    assertContains(response, f"http://testserver{article.get_absolute_url()}")
    assertNotContains(response, HIDDEN)


def test_feed_types(client):
    assert client.get("/feed/")["Content-Type"].startswith("application/rss+xml")
    assert client.get("/feed/atom/")["Content-Type"].startswith("application/atom+xml")


def test_sitemap_lists_public_pages_and_nothing_hidden(client, hidden_items):
    article = make_article()
    case = make_case(scam_type=hidden_items["shown_type"])
    technique = make_technique()
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    body = response.content.decode()
    for url in [
        "/",
        "/articles/",
        "/cases/",
        article.get_absolute_url(),
        case.get_absolute_url(),
        technique.get_absolute_url(),
        hidden_items["shown_type"].get_absolute_url(),
    ]:
        assert f"<loc>http://testserver{url}</loc>" in body
    for name, item in hidden_items.items():
        if name != "shown_type":
            assert f"http://testserver{item.get_absolute_url()}<" not in body, name


def test_feed_and_sitemap_query_counts_do_not_grow(count_queries):
    make_article()
    make_case()
    stage = make_technique().stage
    one_feed, one_map = count_queries("/feed/"), count_queries("/sitemap.xml")
    for _ in range(49):
        make_article()
        make_case()
        make_technique(stage=stage)
    assert count_queries("/feed/") == one_feed
    assert count_queries("/sitemap.xml") == one_map


def test_robots_txt_points_at_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assertContains(response, "User-agent: *")
    assertContains(response, "Sitemap: http://testserver/sitemap.xml")
