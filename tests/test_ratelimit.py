from django.core.cache import cache
from django.test import RequestFactory

from cases.ratelimit import client_id, is_rate_limited


def test_limit_allows_up_to_the_limit_then_refuses():
    results = [is_rate_limited("test", "client-a", limit=3, window=60) for _ in range(5)]
    assert results == [False, False, False, True, True]


def test_clients_and_scopes_are_counted_separately():
    for _ in range(2):
        is_rate_limited("test", "client-a", limit=2, window=60)
    assert is_rate_limited("test", "client-a", limit=2, window=60)
    assert not is_rate_limited("test", "client-b", limit=2, window=60)
    assert not is_rate_limited("other", "client-a", limit=2, window=60)


def test_a_new_window_starts_when_the_old_one_expires():
    for _ in range(3):
        is_rate_limited("test", "client-a", limit=2, window=60)
    cache.delete("ratelimit:test:client-a")  # what expiry does
    assert not is_rate_limited("test", "client-a", limit=2, window=60)


def test_client_id_hashes_the_address_and_ignores_forwarded_for_by_default(settings):
    settings.CLIENT_IP_HEADER = ""
    factory = RequestFactory()
    plain = client_id(factory.get("/", REMOTE_ADDR="203.0.113.9"))
    spoofed = client_id(factory.get("/", REMOTE_ADDR="203.0.113.9", HTTP_X_FORWARDED_FOR="198.51.100.1"))
    assert plain == spoofed
    assert "203.0.113.9" not in plain
    assert plain != client_id(factory.get("/", REMOTE_ADDR="203.0.113.10"))


def test_client_id_reads_the_configured_proxy_header(settings):
    settings.CLIENT_IP_HEADER = "HTTP_X_REAL_IP"
    factory = RequestFactory()
    one = client_id(factory.get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_REAL_IP="203.0.113.9"))
    two = client_id(factory.get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_REAL_IP="203.0.113.10"))
    assert one != two


def test_client_id_ignores_what_the_client_wrote_before_the_proxy_entry(settings):
    """With X-Forwarded-For trusted, only the proxy's own (last) entry counts."""
    settings.CLIENT_IP_HEADER = "HTTP_X_FORWARDED_FOR"
    factory = RequestFactory()
    honest = client_id(factory.get("/", HTTP_X_FORWARDED_FOR="203.0.113.9"))
    forged = client_id(factory.get("/", HTTP_X_FORWARDED_FOR="198.51.100.77, 203.0.113.9"))
    assert honest == forged
