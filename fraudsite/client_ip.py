"""The client's address for login throttling, behind a known number of proxies.

`X-Forwarded-For` is written by the client first and each proxy appends the
address it received the request from, so only the last TRUSTED_PROXY_COUNT
entries can be trusted. With one proxy (nginx with
`proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for`) the client is
the last entry; anything the client put before it is ignored. With no proxy
the header is ignored altogether and REMOTE_ADDR is the client.
"""

from django.conf import settings


def client_ip(request) -> str | None:
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies <= 0:
        return request.META.get("REMOTE_ADDR")
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    if len(forwarded) < proxies:
        # Fewer hops than proxies: the request did not come through them all.
        return request.META.get("REMOTE_ADDR")
    return forwarded[-proxies]
