"""A fixed-window rate limit on Django's cache, keyed by an anonymous client id.

Small on purpose: `cache.add` starts a window, `cache.incr` counts within it;
both are atomic on Redis (shared by all app servers in production) and on the
local-memory cache (per process, used in development and tests).
"""

import hashlib

from django.conf import settings
from django.core.cache import cache


def client_id(request) -> str:
    """A one-way hash of the client's address: the cache never holds the address itself.

    Behind a proxy, set CLIENT_IP_HEADER (e.g. HTTP_X_REAL_IP) to the META key
    the proxy fills; a client-supplied X-Forwarded-For is never trusted by default.
    """
    header = getattr(settings, "CLIENT_IP_HEADER", "") or "REMOTE_ADDR"
    address = request.META.get(header, "") or request.META.get("REMOTE_ADDR", "")
    address = address.split(",")[0].strip()
    return hashlib.sha256(f"{settings.SECRET_KEY}:{address}".encode()).hexdigest()[:32]


def is_rate_limited(scope: str, client: str, *, limit: int, window: int) -> bool:
    """Count one hit for `client` in `scope`; True once it exceeds `limit` per `window` seconds."""
    key = f"ratelimit:{scope}:{client}"
    if cache.add(key, 1, timeout=window):
        return limit < 1
    try:
        hits = cache.incr(key)
    except ValueError:  # the window expired between add and incr: start a new one
        cache.add(key, 1, timeout=window)
        hits = 1
    return hits > limit
