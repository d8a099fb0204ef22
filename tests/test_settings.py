"""The settings module refuses unsafe production configurations."""

import os
import subprocess
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent


def run_manage(*args, **env):
    # A clean production-like environment: the browser tests set DJANGO_ALLOW_ASYNC_UNSAFE.
    inherited = {
        "DEBUG",
        "SECRET_KEY",
        "DJANGO_SETTINGS_MODULE",
        "DJANGO_ALLOW_ASYNC_UNSAFE",
        "REDIS_URL",
        "PAGE_CACHE_SECONDS",
    }
    environment = {k: v for k, v in os.environ.items() if k not in inherited}
    environment.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )


def run_check(*args, **env):
    return run_manage("check", *args, **env)


def test_production_refuses_to_start_without_secret_key():
    result = run_check(DEBUG="0")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_settings_pass_the_deploy_check():
    result = run_check(
        "--deploy",
        "--fail-level",
        "WARNING",
        DEBUG="0",
        SECRET_KEY="x" * 64 + "-a-long-random-production-secret",
        ALLOWED_HOSTS="fanzha.example.gov.cn",
    )
    assert result.returncode == 0, result.stderr


def page_cache_seconds(**env) -> str:
    result = run_manage("shell", "-c", "from django.conf import settings; print(settings.PAGE_CACHE_SECONDS)", **env)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def test_page_cache_lifetime_defaults_shorter_without_a_shared_cache():
    assert page_cache_seconds() == "10"
    assert page_cache_seconds(REDIS_URL="redis://127.0.0.1:6379/0") == "300"
    assert page_cache_seconds(PAGE_CACHE_SECONDS="0") == "0"
