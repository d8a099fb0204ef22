"""Every page the sitemap lists renders on the demo content, and the demo draft stays hidden."""

import re

import pytest

from cases.models import Article
from cases.services.loading import demo_load

pytestmark = pytest.mark.django_db


def test_every_sitemap_page_renders_on_the_demo_content(client):
    demo_load()
    sitemap = client.get("/sitemap.xml").content.decode()
    paths = re.findall(r"<loc>http://testserver(/[^<]*)</loc>", sitemap)
    assert len(paths) > 30
    for path in paths:
        assert client.get(path).status_code == 200, path


def test_demo_drafts_stay_off_every_public_list(client):
    demo_load()
    drafts = list(Article.objects.drafts())
    assert drafts
    for url in ["/", "/articles/", "/feed/", "/feed/atom/", "/sitemap.xml"]:
        body = client.get(url).content.decode()
        for draft in drafts:
            assert draft.title not in body, url
            assert draft.get_absolute_url() not in body, url
