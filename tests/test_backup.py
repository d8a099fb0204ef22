"""Backup and restore: dump → a fresh database → restore gives the same rows and the same public pages.

The databases are real and separate: new SQLite files, or scratch PostgreSQL
databases when the suite runs on PostgreSQL. Each step is a `manage.py` run,
as an operator would do it.
"""

import json
import re
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from cases.services.backup import ERROR_NOT_EMPTY, ERROR_SUFFIX
from tests.factories import make_article
from tests.server.conftest import app_environment, manage, scratch_database

# Prints rows per model and the HTML of every public page, as JSON.
SNAPSHOT = r"""
import json, re
from django.test import Client
from cases.models import Article, Case
from cases.services.backup import row_counts
client = Client()
# Search pages too: the index is not in the backup, restore rebuilds it.
urls = ["/", "/articles/", "/cases/", "/search/?q=备用金", "/search/?q=客服"]
urls += [a.get_absolute_url() for a in Article.objects.published()]
urls += [c.get_absolute_url() for c in Case.objects.published()]
pages = {}
for url in urls:
    response = client.get(url)
    html = re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", response.content.decode())
    # Django's JSON serialiser keeps datetimes to the millisecond: compare machine times to the second.
    html = re.sub(r"(T\d\d:\d\d:\d\d)\.\d+", r"\1", html)
    pages[url] = [response.status_code, html]
print(json.dumps({"counts": row_counts(), "pages": pages}))
"""


def snapshot(env) -> dict:
    return json.loads(manage("shell", "-c", SNAPSHOT, env=env).stdout.strip().splitlines()[-1])


def local_environment(database_url: str) -> dict:
    # DEBUG on for plain static files; nothing else differs for the pages compared.
    return app_environment(database_url, DEBUG="1", ALLOWED_HOSTS="testserver")


def roundtrip(source_url: str, target_url: str, backup: Path) -> tuple[dict, dict]:
    source = local_environment(source_url)
    manage("migrate", "--noinput", "-v0", env=source)
    manage("load_demo", "-v0", env=source)
    manage(
        "createsuperuser",
        "--noinput",
        "--username",
        "chief",
        "--email",
        "chief@example.invalid",
        env=source | {"DJANGO_SUPERUSER_PASSWORD": "a-long-enough-password-42"},
    )
    before = snapshot(source)
    manage("backup_site", str(backup), env=source)

    target = local_environment(target_url)
    manage("migrate", "--noinput", "-v0", env=target)
    manage("restore_site", str(backup), env=target)
    return before, snapshot(target)


def assert_same_site(before: dict, after: dict):
    assert before["counts"]["cases.article"] > 5
    assert before["counts"]["cases.historicalcase"] > 5
    assert before["counts"]["auth.user"] == 1
    assert before["counts"]["cases.article_featured_cases"] > 0
    assert after["counts"] == before["counts"]
    assert len(before["pages"]) > 10
    assert after["pages"].keys() == before["pages"].keys()
    for url, (status, html) in before["pages"].items():
        assert status == 200, url
        assert after["pages"][url] == [status, html], url


def test_backup_then_restore_into_a_fresh_database_reproduces_the_site(tmp_path):
    import os

    if os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://")):
        with scratch_database("backup_source") as source, scratch_database("backup_target") as target:
            before, after = roundtrip(source, target, tmp_path / "site.json.gz")
    else:
        before, after = roundtrip(
            f"sqlite:///{tmp_path / 'source.sqlite3'}",
            f"sqlite:///{tmp_path / 'target.sqlite3'}",
            tmp_path / "site.json.gz",
        )
    assert_same_site(before, after)
    assert re.search(r"[0-9a-f]", (tmp_path / "site.json.gz").read_bytes().hex())


@pytest.mark.django_db
def test_restore_refuses_a_database_with_content(tmp_path):
    make_article()
    call_command("backup_site", str(tmp_path / "site.json.gz"), verbosity=0)
    with pytest.raises(CommandError, match=ERROR_NOT_EMPTY[:10]):
        call_command("restore_site", str(tmp_path / "site.json.gz"), verbosity=0)


@pytest.mark.django_db
def test_backup_needs_the_json_gz_suffix(tmp_path):
    with pytest.raises(CommandError, match=ERROR_SUFFIX[:8]):
        call_command("backup_site", str(tmp_path / "site.sql"), verbosity=0)


@pytest.mark.django_db
def test_restore_of_a_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(CommandError, match="找不到备份文件"):
        call_command("restore_site", str(tmp_path / "nothing.json.gz"), verbosity=0)
