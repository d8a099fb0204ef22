"""Invalidate every cached page when public content changes: the one place the page cache hooks into saves.

Signals, as for the search index (`cases.search.signals`), because every save
path must be seen: the admin and its inlines and actions, `set_status`,
`case_create`, imports, the loaders, `technique_merge`, `loaddata` (raw saves,
so `restore_site` too) and the shell. Unlike the index, pages aggregate across
models (counts and losses on the home page, stage and advice names on an
explainer), so any change to any content model invalidates all pages: the
global content version is replaced (`PageStore.bump`).

- Which models: every model of the app, including many-to-many link tables,
  except those listed in NOT_CONTENT and the change-history copies.
- When: after the transaction commits, once per transaction however many rows
  it wrote. Bumping earlier would let a request still reading the old rows
  store its page under the new version.
- Not seen, as for search: `QuerySet.update`, `bulk_create` and SQL run outside
  Django. Pages then refresh within PAGE_CACHE_SECONDS, or at once with
  `manage.py invalidate_page_cache`.
"""

import logging

from django.apps import apps
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from simple_history.models import HistoricalChanges

from cases.models import (
    AllowedNumber,
    Indicator,
    Report,
    ReportIndicator,
    ReportScreenshot,
    SearchEntry,
    TechniqueMatchCount,
)

from .store import CACHE_ERRORS, PageStore

logger = logging.getLogger(__name__)

NOT_CONTENT = {
    SearchEntry,  # derived from the items, rewritten on their saves
    TechniqueMatchCount,  # the checker's counts, written on every check and never shown
    AllowedNumber,  # the privacy guard's list, never shown
    # Citizen reports: never on a cached page (the look-up is not cached), and a citizen filing
    # one must not be able to flush every cached page.
    Report,
    ReportScreenshot,
    ReportIndicator,
    Indicator,
    Indicator.scam_types.through,
    Indicator.techniques.through,
}


def content_models():
    for model in apps.get_app_config("cases").get_models(include_auto_created=True):
        if model not in NOT_CONTENT and not issubclass(model, HistoricalChanges):
            yield model


def invalidate_pages() -> None:
    """Replace the content version now; after a write, use `content_changed` instead (it waits for the commit)."""
    try:
        PageStore().bump()
    except CACHE_ERRORS:
        # Pages then stay as they were until they expire (PAGE_CACHE_SECONDS).
        logger.error("Page cache unavailable: cached pages not invalidated", exc_info=True)


def content_changed(sender, using, **kwargs):
    if kwargs.get("action", "post_").startswith("pre_"):  # m2m_changed fires before and after
        return
    connection = transaction.get_connection(using)
    # Once per transaction: a loader saving thousands of rows bumps once. A callback
    # dropped with a rolled-back savepoint is no longer listed, so the next write adds it again.
    if connection.in_atomic_block and any(entry[1] is invalidate_pages for entry in connection.run_on_commit):
        return
    transaction.on_commit(invalidate_pages, using=using)


def connect():
    for model in content_models():
        name = model._meta.label
        post_save.connect(content_changed, sender=model, dispatch_uid=f"pagecache-saved-{name}")
        post_delete.connect(content_changed, sender=model, dispatch_uid=f"pagecache-deleted-{name}")
        m2m_changed.connect(content_changed, sender=model, dispatch_uid=f"pagecache-links-{name}")
