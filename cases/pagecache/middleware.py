"""Public pages for anonymous visitors, served whole from the cache.

Placed right after SecurityMiddleware: the HTTPS redirect and the security
headers still apply to every response, and a hit skips everything below it
(sessions, CSRF, authentication, messages, CSP, the view and its queries).

- Looked up: GET and HEAD of the pages named in PUBLIC_PAGES, without a
  session cookie. Every signed-in user (staff, analysts) has one, so they never
  get a cached page and never fill the cache; an anonymous visitor has none
  (public pages never write the session).
- Stored: a GET answered 200 and not streamed, and only when the response sets no
  cookie (a CSRF token, a message, a session write), brings no Cache-Control of
  its own (staff previews send never-cache) and carries no CSP nonce (a stored
  nonce would be replayed to everyone). A 404 is never stored, so an item
  published later appears at once.
- Sent to browsers and proxies: an ETag and `Cache-Control: public, no-cache`:
  they may keep the page but must ask again each time, and a revalidation that
  matches is a 304 from the cache. `Vary: Cookie` keeps a signed-in visitor's
  request from being answered with the anonymous copy by a shared proxy.
"""

import functools
import logging

from django.conf import settings
from django.http import HttpResponse
from django.urls import Resolver404, resolve
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers, set_response_etag

from .store import CACHE_ERRORS, CachedPage, PageStore, page_key

logger = logging.getLogger(__name__)

# URL names of the pages anonymous visitors may be served from the cache.
PUBLIC_PAGES = frozenset(
    {
        "home",
        "article-list",
        "article-detail",
        "scamtype-detail",
        "technique-detail",
        "case-list",
        "case-detail",
        "search",
        "feed-rss",
        "feed-atom",
        "sitemap",
        "robots",
    }
)
CACHE_STATUS_HEADER = "X-Page-Cache"


@functools.lru_cache(maxsize=4096)
def is_public_page(path: str) -> bool:
    """Whether `path` is one of PUBLIC_PAGES; remembered per path, as the URLconf never changes while running
    (a hit then costs no URL resolving, and other URLs no cache round trip)."""
    try:
        return resolve(path).url_name in PUBLIC_PAGES
    except Resolver404:
        return False


def is_lookup_candidate(request) -> bool:
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and is_public_page(request.path_info)
    )


def is_storable(request, response) -> bool:
    user = getattr(request, "user", None)
    return (
        request.method == "GET"  # HEAD is answered from GET's page, never stores its own
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not response.has_header("Cache-Control")
        and "'nonce-" not in response.get("Content-Security-Policy", "")
        and not (user and user.is_authenticated)  # belt and braces: no session cookie means anonymous
    )


def serve(request, page: CachedPage):
    response = HttpResponse(page.content, headers=page.headers)
    response[CACHE_STATUS_HEADER] = "hit"
    return get_conditional_response(request, etag=response["ETag"], response=response)


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.store = PageStore()

    def __call__(self, request):
        seconds = settings.PAGE_CACHE_SECONDS
        if seconds <= 0 or not is_lookup_candidate(request):
            return self.get_response(request)
        key = page_key(request)
        try:
            version, page = self.store.lookup(key)
            if page is not None and page.version == version:
                return serve(request, page)
            # Read before rendering: a change committed meanwhile bumps the version, and
            # the page rendered now, stored under the older one, is never served.
            version = version or self.store.version()
        except CACHE_ERRORS:
            logger.warning("Page cache unavailable; rendering %s", request.path, exc_info=True)
            return self.get_response(request)

        response = self.get_response(request)
        if not is_storable(request, response):
            return response
        set_response_etag(response)
        patch_cache_control(response, public=True, no_cache=True)
        patch_vary_headers(response, ("Cookie",))
        try:
            lifetime = self.store.lifetime(version, seconds)
            if lifetime >= 1:
                self.store.save(key, CachedPage(version, dict(response.items()), response.content), lifetime)
        except CACHE_ERRORS:
            logger.warning("Page cache unavailable; %s not stored", request.path, exc_info=True)
        response[CACHE_STATUS_HEADER] = "miss"
        return get_conditional_response(request, etag=response["ETag"], response=response)
