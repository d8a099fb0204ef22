"""Keep the index in step with every save: the one place search hooks into model saves.

Signals (not service calls) because the requirement is *any* save path: the
admin and its inlines, `case_create`, `set_status`, loaders, the shell. What
each path triggers:

- saving an article, case, scam type or technique rewrites its entry;
- saving or deleting one of the rows indexed with it (article steps and
  dialogue, case steps, scam-type pretexts, technique red flags) rewrites the
  parent's entry, so inlines saved after the parent are included;
- deleting an item deletes its entry by the database cascade;
- a change of status or publish time needs nothing: visibility is checked at
  query time with the item's own `published()` rule.

Bulk writes that skip `save()` (`bulk_create`, `QuerySet.update`) and `loaddata`
(raw saves) are not seen: run `manage.py rebuild_search_index` after them.
"""

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


def item_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        index_item(instance)


def _reindex_parent(child_model, instance):
    parent_field = child_model._meta.get_field(CHILDREN[child_model])
    parent = parent_field.related_model._default_manager.filter(pk=getattr(instance, parent_field.attname)).first()
    if parent is not None:
        index_item(parent)


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
