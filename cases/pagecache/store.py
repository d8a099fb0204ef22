"""Rendered pages in Django's cache, valid while the global content version is unchanged.

Three kinds of keys:

- `pagecache:version`: a random token, replaced whenever public content changes
  (`bump`, called after each committing write by `cases.pagecache.signals`);
- `pagecache:page:<hash of the URL>`: one page, with the version it was rendered
  under. A page is served only while that version is still current, so a bump
  invalidates every page at once without finding them;
- `pagecache:next:<version>`: when the next scheduled item goes live, so each
  page's lifetime can end then, computed once per version (one query).

A hit is one cache round trip: `get_many` of the version and the page.
"""

import hashlib
import secrets
import time
from typing import NamedTuple

from django.core.cache import cache as default_cache
from redis.exceptions import RedisError

from cases.selectors.publishing import next_scheduled_publish

VERSION_KEY = "pagecache:version"
PAGE_KEY = "pagecache:page:{}"
NEXT_KEY = "pagecache:next:{}"
NOTHING_SCHEDULED = 0.0
# The cache is an optimisation: callers treat these as "no cache" (render, do not store).
CACHE_ERRORS = (RedisError, OSError)


class CachedPage(NamedTuple):
    version: str
    headers: dict[str, str]
    content: bytes


def page_key(request) -> str:
    """One entry per scheme, host and full path with query string (absolute URLs in pages use them)."""
    url = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    return PAGE_KEY.format(hashlib.sha256(url.encode()).hexdigest())


def _new_version() -> str:
    # Random, not a counter: no read-modify-write, and never equal to an earlier version.
    return secrets.token_hex(8)


class PageStore:
    def __init__(self, cache=None):
        self.cache = default_cache if cache is None else cache

    def lookup(self, key: str) -> tuple[str | None, CachedPage | None]:
        """The current version and the page stored under `key` (either may be None): one round trip."""
        found = self.cache.get_many([VERSION_KEY, key])
        return found.get(VERSION_KEY), found.get(key)

    def version(self) -> str:
        """The current version, starting one if the cache has none (first start, flushed, evicted)."""
        self.cache.add(VERSION_KEY, _new_version(), timeout=None)
        return self.cache.get(VERSION_KEY)

    def bump(self) -> None:
        """Invalidate every stored page."""
        self.cache.set(VERSION_KEY, _new_version(), timeout=None)

    def lifetime(self, version: str, seconds: int) -> int:
        """Whole seconds a page rendered now under `version` may be served: `seconds`, or fewer
        if a scheduled item goes live sooner (0: do not store it).

        The schedule only changes by a write (which bumps the version) or by the
        clock reaching the next time, so it is cached per version until then.
        """
        key = NEXT_KEY.format(version)
        due = self.cache.get(key)
        if due is None:
            first = next_scheduled_publish()
            due = first.timestamp() if first else NOTHING_SCHEDULED
            ttl = seconds if due == NOTHING_SCHEDULED else min(seconds, int(due - time.time()))
            if ttl >= 1:
                self.cache.set(key, due, timeout=ttl)
        if due == NOTHING_SCHEDULED:
            return seconds
        # Whole seconds, rounded down: an entry ends before the item goes live, never after.
        return max(0, min(seconds, int(due - time.time())))

    def save(self, key: str, page: CachedPage, timeout: int) -> None:
        self.cache.set(key, page, timeout=timeout)
