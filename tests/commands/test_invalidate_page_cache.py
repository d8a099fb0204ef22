"""manage.py invalidate_page_cache: every cached page is rendered afresh on its next visit."""

from io import StringIO

import pytest
from django.core.cache import cache
from django.core.management import CommandError, call_command

from cases.pagecache.store import VERSION_KEY, PageStore


def test_invalidates_every_page(page_cache, client):
    client.get("/")
    assert client.get("/")["X-Page-Cache"] == "hit"
    out = StringIO()
    call_command("invalidate_page_cache", stdout=out)
    assert "已失效" in out.getvalue()
    assert client.get("/")["X-Page-Cache"] == "miss"


def test_dry_run_changes_nothing(page_cache):
    version = PageStore().version()
    call_command("invalidate_page_cache", "--dry-run", stdout=StringIO())
    assert cache.get(VERSION_KEY) == version


def test_an_unreachable_cache_is_an_error(page_cache, monkeypatch):
    def down(self):
        raise OSError("connection refused")

    monkeypatch.setattr(PageStore, "bump", down)
    with pytest.raises(CommandError, match="无法连接缓存"):
        call_command("invalidate_page_cache", stdout=StringIO())
