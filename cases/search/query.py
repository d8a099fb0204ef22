"""The query builder: a parsed query → a queryset of visible `SearchEntry` rows, best first.

PostgreSQL matches the stored vector through its GIN index with a phrase
tsquery per term; SQLite, the embedded fallback, matches the stored folded
text with the equivalent regular expression. Both see the same text, so they
return the same items.

Order: entries whose title matches the whole query first; then, on PostgreSQL
and only while there are at most `RANK_LIMIT` hits, `ts_rank_cd` (title hits
weigh more, more occurrences rank higher); then newer first. Ranking reads every
hit's vector, so a term found in thousands of items is ordered by title match
and date only, and the page says so (`SearchResults.ranked`).
"""

from contextlib import contextmanager
from dataclasses import dataclass

from django.contrib.postgres.search import SearchQueryField
from django.db import connection, transaction
from django.db.models import BooleanField, Count, F, FloatField, Func, Q, QuerySet, Value
from django.db.models.functions import Cast

from cases.models import SearchEntry

from .tokens import Term, tsquery_literal

RANK_LIMIT = 500

# Shown on the empty search page.
POPULAR_TERMS = ("客服", "退款", "备用金", "屏幕共享", "验证码", "安全账户", "刷单", "快递丢失 赔偿")


class Matches(Func):
    """`vector @@ query`."""

    arg_joiner = " @@ "
    template = "(%(expressions)s)"
    output_field = BooleanField()


class RankCoverDensity(Func):
    """ts_rank_cd with weights {D, C, B, A}: title positions (A) count 1.0, body positions (D) 0.4."""

    function = "ts_rank_cd"
    template = "%(function)s('{0.4, 0.2, 0.4, 1.0}', %(expressions)s)"
    output_field = FloatField()


def _tsquery(literal: str):
    return Cast(Value(literal), output_field=SearchQueryField())


def visible_entries() -> QuerySet[SearchEntry]:
    """Entries whose item the public may see now (the published rule, evaluated now)."""
    return SearchEntry.objects.published()


def uses_postgres() -> bool:
    return connection.vendor == "postgresql"


@contextmanager
def search_session():
    """Run the search queries with sequential scans off (PostgreSQL).

    For a term found in most rows the planner prefers a sequential scan, which
    evaluates `@@` by decompressing every row's vector (0.5 s on 110k rows); the
    GIN bitmap scan answers the same query without reading a vector (80 ms).
    `SET LOCAL` ends with the transaction, so nothing else is affected.
    """
    if not uses_postgres():
        yield
        return
    with transaction.atomic(savepoint=False), connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        yield


def matching_entries(terms: tuple[Term, ...]) -> QuerySet[SearchEntry]:
    """Visible entries matching every term, not yet ordered."""
    entries = visible_entries()
    if not terms:
        return entries.none()
    if uses_postgres():
        return entries.filter(Matches(F("vector"), _tsquery(tsquery_literal(list(terms)))))
    for term in terms:
        entries = entries.filter(Q(title__iregex=term.regex()) | Q(body__iregex=term.regex()))
    return entries


def title_match(terms: tuple[Term, ...]):
    """True where the title alone matches every term."""
    if uses_postgres():
        return Matches(F("title_vector"), _tsquery(tsquery_literal(list(terms))))
    condition = Q()
    for term in terms:
        condition &= Q(title__iregex=term.regex())
    return condition


def order_entries(entries: QuerySet[SearchEntry], terms: tuple[Term, ...], *, ranked: bool) -> QuerySet[SearchEntry]:
    entries = entries.alias(title_hit=title_match(terms))
    order = [F("title_hit").desc()]
    if ranked and uses_postgres():
        query = _tsquery(tsquery_literal(list(terms)))
        entries = entries.alias(rank=RankCoverDensity(F("vector"), query))
        order.append(F("rank").desc())
    order += [F("publish_at").desc(nulls_last=True), F("pk").desc()]
    return entries.order_by(*order)


def counts_by_kind(entries: QuerySet[SearchEntry]) -> dict[str, int]:
    """One query: how many visible hits of each kind."""
    rows = entries.order_by().values("kind").annotate(total=Count("pk"))
    return {row["kind"]: row["total"] for row in rows}


@dataclass
class SearchResults:
    counts: dict[str, int]  # hits per kind, whatever the kind filter
    total: int  # hits in the chosen kind (or all)
    entries: QuerySet[SearchEntry]  # ordered, ready to paginate
    ranked: bool  # False when there were too many hits to rank by relevance


def search(terms: tuple[Term, ...], *, kind: str = "") -> SearchResults:
    """Everything the search page needs: counts per kind and the ordered entries (two queries)."""
    if not terms:
        return SearchResults(counts={}, total=0, entries=SearchEntry.objects.none(), ranked=True)
    matching = matching_entries(terms)
    counts = counts_by_kind(matching)
    if kind:
        matching = matching.filter(kind=kind)
        total = counts.get(kind, 0)
    else:
        total = sum(counts.values())
    ranked = total <= RANK_LIMIT
    entries = order_entries(matching, terms, ranked=ranked).select_related("article", "case", "scam_type", "technique")
    entries = entries.defer("vector", "title_vector", *(f"{field}__{name}" for field, name in _UNUSED_ITEM_FIELDS))
    return SearchResults(counts=counts, total=total, entries=entries, ranked=ranked)


# Large columns of the joined items the result list never shows.
_UNUSED_ITEM_FIELDS = (
    ("article", "body"),
    ("article", "lead"),
    ("case", "summary"),
    ("case", "internal_notes"),
    ("scam_type", "how_it_works"),
    ("scam_type", "summary"),
    ("technique", "summary"),
)
