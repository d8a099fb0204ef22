"""Keep the index in step with every save: the one place search hooks into model saves.

Signals (not service calls) because the requirement is *any* save path: the
admin and its inlines, `case_create`, `set_status`, loaders, the shell. What
each path triggers:

- saving an article, case, scam type or technique rewrites its entry;
- saving or deleting one of the rows indexed with it (article steps and
  dialogue, case steps, scam-type pretexts, technique red flags) rewrites the
  parent's entry, so inlines saved after the parent are included;
- deleting an item deletes its entry by the database cascade;
- a change of status or publish time is a save too (`set_status`, the admin's
  actions): the entry's copy of them is rewritten, and the published rule is
  evaluated at query time, so a scheduled item appears by the clock alone.

Many saves in a row (a loader, `case_create` with its steps) can run inside
`deferred_indexing()`: each touched item is then indexed once, when the block ends.

Bulk writes that skip `save()` (`bulk_create`, `QuerySet.update`) and `loaddata`
(raw saves) are not seen: run `manage.py rebuild_search_index` after them.
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.db.models import QuerySet
from django.db.models.signals import post_delete, post_save

from cases.models import ArticleStep, CaseStep, DialogueLine, Pretext, RedFlag

from .documents import SOURCE_BY_MODEL
from .index import index_item

# Rows indexed as part of their parent, and the name of the parent field.
CHILDREN = {
    ArticleStep: "article",
    DialogueLine: "article",
    CaseStep: "case",
    Pretext: "scam_type",
    RedFlag: "technique",
}


# (model, pk) of items waiting to be indexed when the current `deferred_indexing` block ends.
_pending: ContextVar[dict | None] = ContextVar("search_pending", default=None)


@contextmanager
def deferred_indexing():
    """Index each item saved inside the block once, at its end (nested blocks join the outer one).

    Use it inside the transaction that does the saves, so the entries commit with them.
    On an exception nothing is indexed: the saves are being rolled back too.
    """
    if _pending.get() is not None:
        yield
        return
    token = _pending.set({})
    try:
        yield
        pending = _pending.get()
    finally:
        _pending.reset(token)
    for model, pk in pending:
        _index(model, pk)


def _index(model, pk):
    item = model._default_manager.filter(pk=pk).first()
    if item is not None:  # deleted meanwhile: the cascade removed its entry
        index_item(item)


def _touch(model, pk):
    pending = _pending.get()
    if pending is None:
        _index(model, pk)
    else:
        pending[(model, pk)] = True


def item_saved(sender, instance, raw=False, **kwargs):
    if raw:
        return
    if _pending.get() is None:
        index_item(instance)  # no need to read it back
    else:
        _touch(sender, instance.pk)


def _reindex_parent(child_model, instance):
    parent_field = child_model._meta.get_field(CHILDREN[child_model])
    _touch(parent_field.related_model, getattr(instance, parent_field.attname))


def child_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        _reindex_parent(sender, instance)


def child_deleted(sender, instance, origin=None, **kwargs):
    # When the parent itself is being deleted (origin is the parent), its entry goes with it.
    deleted_directly = isinstance(origin, sender) or (isinstance(origin, QuerySet) and origin.model is sender)
    if deleted_directly:
        _reindex_parent(sender, instance)


def connect():
    for model in SOURCE_BY_MODEL:
        post_save.connect(item_saved, sender=model, dispatch_uid=f"search-item-saved-{model.__name__}")
    for model in CHILDREN:
        post_save.connect(child_saved, sender=model, dispatch_uid=f"search-child-saved-{model.__name__}")
        post_delete.connect(child_deleted, sender=model, dispatch_uid=f"search-child-deleted-{model.__name__}")
