"""The client's address for login throttling (django-axes), behind a proxy or not.

Without CLIENT_IP_HEADER the socket address (REMOTE_ADDR) is the client and
every forwarding header is ignored: a client can write any header it likes.
Behind a proxy, CLIENT_IP_HEADER names the request.META key the proxy fills,
the same setting the checker's rate limit uses:

- HTTP_X_REAL_IP with nginx `proxy_set_header X-Real-IP $remote_addr;`
  (the proxy overwrites whatever the client sent), or
- HTTP_X_FORWARDED_FOR with nginx `proxy_set_header X-Forwarded-For
  $proxy_add_x_forwarded_for;` and one proxy: the LAST entry is the one the
  proxy appended; entries before it came from the client and are ignored.
"""

from django.conf import settings


def client_ip(request) -> str | None:
    header = getattr(settings, "CLIENT_IP_HEADER", "")
    value = request.META.get(header, "") if header else ""
    entries = [entry.strip() for entry in value.split(",") if entry.strip()]
    return entries[-1] if entries else request.META.get("REMOTE_ADDR")
