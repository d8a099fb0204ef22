"""The real thing: gunicorn over PostgreSQL, the database goes away and comes back.

No restart in between: the same gunicorn workers answer 503 while the
database refuses connections and serve pages again once it accepts them.
"""

import json

import pytest

from tests.server.conftest import app_environment, fetch, gunicorn, manage, scratch_database, set_connections_allowed

pytestmark = pytest.mark.server


def test_database_outage_gives_503_then_recovers_without_restart(tmp_path):
    with scratch_database("outage") as database_url:
        # Page cache off: cached pages would (rightly) still be served during the outage.
        env = app_environment(
            database_url, STATIC_ROOT=str(tmp_path / "static"), CONN_MAX_AGE="60", PAGE_CACHE_SECONDS="0"
        )
        manage("migrate", "--noinput", "-v0", env=env)
        manage("load_demo", "-v0", env=env)
        manage("collectstatic", "--noinput", "-v0", env=env)

        with gunicorn(env, tmp_path) as base:
            pages = ["/", "/articles/", "/cases/"]
            for page in pages:
                status, body = fetch(base + page)
                assert status == 200, body[:500]
            assert json.loads(fetch(base + "/healthz")[1]) == {"status": "ok", "database": "ok"}

            set_connections_allowed(database_url, False)
            try:
                # Enough requests to reach both workers, each holding a (now dead) persistent connection.
                for _ in range(3):
                    for page in pages:
                        status, body = fetch(base + page)
                        assert status == 503, body[:500]
                        assert "服务暂时不可用" in body
                        assert "Traceback" not in body
                    status, body = fetch(base + "/healthz")
                    assert status == 503
                    assert json.loads(body)["database"] == "unavailable"
            finally:
                set_connections_allowed(database_url, True)

            for _ in range(3):
                for page in pages:
                    status, body = fetch(base + page)
                    assert status == 200, body[:500]
                assert fetch(base + "/healthz")[0] == 200
