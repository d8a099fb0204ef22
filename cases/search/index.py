"""The index writer: the only code that writes `SearchEntry` rows.

`index_item` is called for every save by `cases.search.signals`; `rebuild_index`
by `manage.py rebuild_search_index` after the tokeniser or `documents` change;
`index_items` after bulk inserts that skip the signals (`manage.py generate_data`).
"""

from collections.abc import Iterable

from django.contrib.postgres.search import SearchVectorField
from django.db import connection, transaction
from django.db.models import Value
from django.db.models.functions import Cast

from cases.models import SearchEntry, Status

from .documents import SOURCE_BY_MODEL, SOURCES, Document, Source
from .tokens import MAX_BODY_CHARS, MAX_TITLE_CHARS, fold, tsvector_literal

BATCH_SIZE = 500


def _uses_vectors() -> bool:
    return connection.vendor == "postgresql"


def _vector(literal: str):
    return Cast(Value(literal), output_field=SearchVectorField())


def build_entry(source: Source, item, document: Document) -> SearchEntry:
    """An unsaved entry for `item`: folded text, a copy of its visibility, on PostgreSQL its vectors."""
    title = fold(document.title)[:MAX_TITLE_CHARS]
    body = fold(document.body)[:MAX_BODY_CHARS]
    entry = SearchEntry(
        kind=source.kind,
        title=title,
        body=body,
        # Techniques have no workflow: public as soon as they exist, until retired (merged away).
        status=getattr(item, "status", Status.ARCHIVED if getattr(item, "retired", False) else Status.PUBLISHED),
        publish_at=getattr(item, "publish_at", None),
        is_public=getattr(item, "is_public", True),
        **{source.field: item},
    )
    if _uses_vectors():
        title_key, body_key = title.lower(), body.lower()  # folded already: lower case completes `normalise`
        entry.vector = _vector(tsvector_literal(title_key, body_key, normalised=True))
        entry.title_vector = _vector(tsvector_literal(title_key, normalised=True))
    return entry


def index_item(item) -> SearchEntry:
    """Write (or rewrite) the entry of one article, case, scam type or technique."""
    source = SOURCE_BY_MODEL[type(item)]
    entry = build_entry(source, item, source.document(item))
    with transaction.atomic():
        SearchEntry.objects.filter(**{source.field: item}).delete()
        entry.save()
    return entry


def index_items(model, pks: Iterable[int]) -> int:
    """Write (or rewrite) the entries of many items of one model at once, in bulk; returns how many.

    For rows inserted with `bulk_create`, which sends no signals. The items and
    their indexed rows are read in one query each, so pass pks in batches.
    """
    source = SOURCE_BY_MODEL[model]
    pks = list(pks)
    items = source.model._default_manager.filter(pk__in=pks).order_by("pk").prefetch_related(*source.prefetch)
    entries = [build_entry(source, item, source.document(item)) for item in items]
    with transaction.atomic():
        SearchEntry.objects.filter(**{f"{source.field}__in": pks}).delete()
        SearchEntry.objects.bulk_create(entries, batch_size=BATCH_SIZE)
    return len(entries)


def _items(source: Source) -> Iterable:
    return source.model._default_manager.order_by("pk").prefetch_related(*source.prefetch).iterator(BATCH_SIZE)


def rebuild_index(*, dry_run: bool = False, progress=None) -> dict[str, int]:
    """Rewrite every entry from scratch; returns how many items of each kind were indexed.

    `progress(kind, count)` is called after each kind. With `dry_run`, documents
    are built (so tokeniser errors surface) but nothing is written.
    """
    counts: dict[str, int] = {}
    with transaction.atomic():
        if not dry_run:
            SearchEntry.objects.all().delete()
        for source in SOURCES:
            batch: list[SearchEntry] = []
            counts[source.kind] = 0
            for item in _items(source):
                batch.append(build_entry(source, item, source.document(item)))
                counts[source.kind] += 1
                if len(batch) >= BATCH_SIZE:
                    if not dry_run:
                        SearchEntry.objects.bulk_create(batch)
                    batch = []
            if batch and not dry_run:
                SearchEntry.objects.bulk_create(batch)
            if progress:
                progress(source.kind, counts[source.kind])
        if dry_run:
            transaction.set_rollback(True)
    return counts
