"""fraudsite.redis_cache: Django's Redis backend, keeping its redis client."""


def test_one_client_serves_every_call(redis_cache):
    assert redis_cache._cache.get_client() is redis_cache._cache.get_client(write=True)
    redis_cache.set("key", {"页面": b"x"}, timeout=10)
    assert redis_cache.get_many(["key", "missing"]) == {"key": {"页面": b"x"}}
