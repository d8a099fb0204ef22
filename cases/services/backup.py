"""Backing the site up to one file and restoring it into a fresh database.

The backup is Django's own serialisation (`dumpdata`) as gzip-compressed JSON,
with natural keys for users, groups, permissions and content types. It works
between SQLite and PostgreSQL alike and needs no database client tools; a
restore into a freshly migrated database reproduces every row, history
included, with the same ids, so public URLs stay the same.

Left out on purpose: sessions and login-throttling records (transient),
permissions and content types (migrations create them). Uploaded files live in
MEDIA_ROOT and are backed up as files (see README).
"""

import gzip
import json
from pathlib import Path

from django.apps import apps
from django.core.management import call_command
from django.db import transaction

from cases.models import Article, Case
from cases.search.index import rebuild_index

# The search index is derived from the content: rebuilt on restore rather than copied,
# so a backup moves between SQLite and PostgreSQL (which alone stores vectors).
EXCLUDED = ["contenttypes", "auth.permission", "sessions", "axes", "cases.searchentry"]
BACKUP_SUFFIX = ".json.gz"

ERROR_SUFFIX = f"备份文件名须以 {BACKUP_SUFFIX} 结尾。"
ERROR_NOT_EMPTY = "目标数据库已有文章或案例；恢复只能在新建并迁移好的空数据库上进行（确需覆盖请加 --force）。"
ERROR_NO_FILE = "找不到备份文件：{path}"


class BackupError(Exception):
    pass


def backed_up_models() -> list:
    """Every model whose rows a backup carries (many-to-many link tables too), in a stable order."""
    excluded_apps = {label for label in EXCLUDED if "." not in label}
    excluded_models = {label.lower() for label in EXCLUDED if "." in label}
    return sorted(
        (
            model
            for model in apps.get_models(include_auto_created=True)
            if model._meta.app_label not in excluded_apps and model._meta.label_lower not in excluded_models
        ),
        key=lambda model: model._meta.label_lower,
    )


def row_counts() -> dict[str, int]:
    """Rows per backed-up model: what a restore must reproduce."""
    return {model._meta.label_lower: model._default_manager.count() for model in backed_up_models()}


def site_backup(*, path: Path) -> dict[str, int]:
    """Write every backed-up row to `path` (gzip JSON); returns the row counts written."""
    path = Path(path)
    if not path.name.endswith(BACKUP_SUFFIX):
        raise BackupError(ERROR_SUFFIX)
    path.parent.mkdir(parents=True, exist_ok=True)
    with transaction.atomic():  # one consistent snapshot on PostgreSQL
        counts = row_counts()
        call_command(
            "dumpdata",
            exclude=EXCLUDED,
            natural_foreign=True,
            natural_primary=True,
            indent=None,
            output=str(path),
            verbosity=0,
        )
    return counts


def backup_counts(path: Path) -> dict[str, int]:
    """Rows per model in a backup file."""
    counts: dict[str, int] = {}
    with gzip.open(path, "rt", encoding="utf-8") as file:
        for row in json.load(file):
            counts[row["model"]] = counts.get(row["model"], 0) + 1
    return counts


def site_restore(*, path: Path, force: bool = False) -> dict[str, int]:
    """Load a backup into this (migrated) database in one transaction; returns the rows per model loaded."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(ERROR_NO_FILE.format(path=path))
    if not path.name.endswith(BACKUP_SUFFIX):
        raise BackupError(ERROR_SUFFIX)
    if not force and (Article.objects.exists() or Case.objects.exists()):
        raise BackupError(ERROR_NOT_EMPTY)
    with transaction.atomic():
        # loaddata saves raw rows, which the search signals skip: rebuild the index after.
        call_command("loaddata", str(path.resolve()), verbosity=0)
        rebuild_index()
    return backup_counts(path)
