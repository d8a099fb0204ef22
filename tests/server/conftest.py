"""Helpers for tests against real processes: a scratch PostgreSQL database and a gunicorn server.

They run only when the suite itself runs on PostgreSQL (DATABASE_URL=postgres://…):
scratch databases are named after that database, `<name>_<suffix>`, created
fresh and dropped afterwards. Nothing here touches the test database itself.
"""

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest
from psycopg import sql

BASE_DIR = Path(__file__).resolve().parents[2]
GUNICORN = Path(sys.executable).with_name("gunicorn")


def postgres_url() -> str:
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        pytest.skip("needs the suite to run on PostgreSQL (DATABASE_URL=postgres://…)")
    return url


def with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{name}"))


def admin_connection(url: str):
    return psycopg.connect(with_database(url, "postgres"), autocommit=True)


def drop_database(url: str, name: str) -> None:
    with admin_connection(url) as conn:
        # FORCE ends any connection left open; a database closed to connections can still be dropped.
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


@contextlib.contextmanager
def scratch_database(suffix: str):
    """A new, empty database `<test database name>_<suffix>`, dropped afterwards; yields its URL."""
    url = postgres_url()
    name = f"{urlsplit(url).path.lstrip('/')}_{suffix}"
    drop_database(url, name)
    with admin_connection(url) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        yield with_database(url, name)
    finally:
        drop_database(url, name)


def set_connections_allowed(database_url: str, allowed: bool) -> None:
    """Open or close a database to new connections; closing also ends the ones it has."""
    name = urlsplit(database_url).path.lstrip("/")
    with admin_connection(database_url) as conn:
        conn.execute(
            sql.SQL("ALTER DATABASE {} ALLOW_CONNECTIONS {}").format(
                sql.Identifier(name), sql.SQL("true" if allowed else "false")
            )
        )
        if not allowed:
            conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", [name])


def app_environment(database_url: str, **extra) -> dict[str, str]:
    """Production-like settings for a subprocess: DEBUG off, plain HTTP on the loopback."""
    inherited = {"DEBUG", "SECRET_KEY", "DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE", "DATABASE_URL"}
    env = {key: value for key, value in os.environ.items() if key not in inherited}
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "fraudsite.settings",
            "DEBUG": "0",
            "SECRET_KEY": "test-only-" + "k" * 60,
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "SECURE_SSL_REDIRECT": "0",
            "DATABASE_URL": database_url,
            "LOG_LEVEL": "WARNING",
            **extra,
        }
    )
    return env


def manage(*args, env: dict[str, str], timeout=300) -> subprocess.CompletedProcess:
    result = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=BASE_DIR, env=env, capture_output=True, text=True, timeout=timeout
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str, timeout=10) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


@contextlib.contextmanager
def gunicorn(env: dict[str, str], tmp_path: Path, workers: int = 2):
    """gunicorn serving the app on a free loopback port; yields the base URL."""
    port = free_port()
    log = (tmp_path / "gunicorn.log").open("w")
    process = subprocess.Popen(
        [str(GUNICORN), "fraudsite.wsgi", "--workers", str(workers), "--bind", f"127.0.0.1:{port}"],
        cwd=BASE_DIR,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):  # bounded wait for the port to open
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
                break
            assert process.poll() is None, (tmp_path / "gunicorn.log").read_text()
            time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)
        log.close()
