"""A fixed-window rate limit on Django's cache, keyed by an anonymous client id.

Small on purpose: `cache.add` starts a window, `cache.incr` counts within it;
both are atomic on Redis (shared by all app servers in production) and on the
local-memory cache (per process, used in development and tests).
"""

import hashlib

from django.conf import settings
from django.core.cache import cache

from fraudsite.client_ip import client_ip


def client_id(request) -> str:
    """A one-way hash of the client's address: the cache never holds the address itself.

    The address comes from `fraudsite.client_ip`, the one rule for which
    forwarding header to trust, shared with the login lockout.
    """
    address = client_ip(request) or ""
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
