"""The query builder: a parsed query → the visible `SearchEntry` rows that match, best first.

PostgreSQL matches the stored vector through its GIN index; SQLite, the embedded
fallback, matches the stored folded text with the equivalent regular expression.
Both see the same text, so they return the same items.

Order: entries whose title matches the whole query first; then, on PostgreSQL
and only while there are at most `RANK_LIMIT` hits, `ts_rank_cd` (title hits
weigh more, more occurrences rank higher); then newer first. Ranking reads every
hit's vector, so a term found in thousands of items is ordered by title match
and date only, and the page says so (`SearchResults.ranked`).

What makes it fast on PostgreSQL (numbers in docs/search.md): the GIN index
answers "every token occurs" exactly and cheaply, but whether the tokens of a
word are adjacent (备用 <-> 用金) needs each candidate's vector, which lives out
of line (TOAST, ~12 µs a row). So the adjacency check runs last and only as far
as needed (`_checked_sql`): counting stops after `COUNT_LIMIT` hits, and a page
sorts the candidates on small inline columns first, then checks them in that
order until the page is full.
"""

from collections import Counter
from collections.abc import Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from django.contrib.postgres.search import SearchQueryField
from django.db import connection, transaction
from django.db.models import BooleanField, F, FloatField, Func, Q, QuerySet, Value
from django.db.models.expressions import RawSQL
from django.db.models.functions import Cast

from cases.models import SearchEntry

from .tokens import Term, tsquery_literal

RANK_LIMIT = 500
# Hits are counted up to here; past it the page says "1,000+" and lists the first COUNT_LIMIT.
COUNT_LIMIT = 1000

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
    evaluates `@@` by reading every row's vector out of line (0.5 s on 110k rows);
    the GIN bitmap scan answers the same query without reading a vector.
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


def candidate_entries(terms: tuple[Term, ...], kind: str = "") -> QuerySet[SearchEntry]:
    """The entries to check: on PostgreSQL, visible entries in which every token of the query occurs.

    The GIN index answers this exactly, without reading a vector; `_checked_sql` then keeps
    the candidates whose tokens are also adjacent. On SQLite these are the matches already.
    """
    if uses_postgres():
        entries = visible_entries().filter(Matches(F("vector"), _tsquery(tsquery_literal(list(terms), adjacent=False))))
    else:
        entries = matching_entries(terms)
    return entries.filter(kind=kind) if kind else entries


def _checked_sql(candidates: QuerySet[SearchEntry], terms: tuple[Term, ...], *, column: str, limit: int, offset=0):
    """(sql, params): `column` of the candidates that match, in the candidates' order, `offset`/`limit` applied.

    `OFFSET 0` keeps PostgreSQL from moving the adjacency check into the subquery, so it
    runs after the candidates' own filter and sort, and stops once `limit` rows are found.
    Queries whose words are single tokens (客服) need no check: the candidates are the hits.
    """
    sql, params = candidates.values("id", "kind", "vector").query.sql_with_params()
    phrase = tsquery_literal(list(terms))
    check = ""
    if phrase != tsquery_literal(list(terms), adjacent=False):
        check, params = "WHERE candidate.vector @@ %s::tsquery", (*params, phrase)
    sql = f"SELECT candidate.{column} FROM ({sql} OFFSET 0) AS candidate {check} LIMIT %s OFFSET %s"
    return sql, (*params, limit, offset)


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


@dataclass(frozen=True)
class HitCount:
    """A number of hits, counted up to `COUNT_LIMIT`; `more` when there are more than `value`."""

    value: int
    more: bool = False

    @classmethod
    def of(cls, counted: int) -> "HitCount":
        """From a count taken up to COUNT_LIMIT + 1 rows."""
        return cls(COUNT_LIMIT, more=True) if counted > COUNT_LIMIT else cls(counted)

    def __str__(self) -> str:
        return f"{self.value:,}+" if self.more else f"{self.value:,}"


def hit_kinds(terms: tuple[Term, ...], kind: str = "") -> Counter:
    """One query: the kinds of the first COUNT_LIMIT + 1 hits (all of them when there are fewer)."""
    candidates = candidate_entries(terms, kind)
    if not uses_postgres():
        return Counter(candidates.values_list("kind", flat=True)[: COUNT_LIMIT + 1])
    sql, params = _checked_sql(candidates, terms, column="kind", limit=COUNT_LIMIT + 1)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return Counter(kind for (kind,) in cursor.fetchall())


def page_entries(terms: tuple[Term, ...], *, kind: str, ranked: bool, offset: int, limit: int) -> list[SearchEntry]:
    """One query: hits `offset` to `offset + limit` in result order, with their items."""
    ordered = order_entries(candidate_entries(terms, kind), terms, ranked=ranked)
    if uses_postgres():
        # Sort the candidates' ids on inline columns, check adjacency in that order, then fetch
        # just the page's rows and items (the same rule and order applied again, to ten rows).
        sql, params = _checked_sql(ordered, terms, column="id", limit=limit, offset=offset)
        ordered = order_entries(visible_entries().filter(pk__in=RawSQL(sql, params)), terms, ranked=ranked)
    entries = ordered.select_related("article", "case", "scam_type", "technique").defer(
        "vector", "title_vector", *(f"{field}__{name}" for field, name in _UNUSED_ITEM_FIELDS)
    )
    return list(entries if uses_postgres() else entries[offset : offset + limit])


class Hits(Sequence):
    """The listed hits of one query in result order, fetched a slice (a page) at a time."""

    def __init__(self, terms: tuple[Term, ...], *, kind: str, length: int, ranked: bool):
        self.terms, self.kind, self.length, self.ranked = terms, kind, length, ranked

    def __len__(self) -> int:
        return self.length

    def __getitem__(self, index):
        if isinstance(index, slice):
            start, stop, step = index.indices(self.length)
            if step != 1:
                raise ValueError("search hits are read in order")
            if stop <= start:
                return []
            return page_entries(self.terms, kind=self.kind, ranked=self.ranked, offset=start, limit=stop - start)
        if not 0 <= index < self.length:
            raise IndexError(index)
        return self[index : index + 1][0]

    def __iter__(self):
        return iter(self[:])


@dataclass
class SearchResults:
    counts: dict[str, int]  # exact hits per kind, where known (none past COUNT_LIMIT hits in all)
    total_all: HitCount  # hits of every kind
    total: HitCount  # hits in the chosen kind (or all)
    entries: Sequence[SearchEntry]  # the first `total.value` hits in order, ready to paginate
    ranked: bool  # False when there were too many hits to rank by relevance


def search(terms: tuple[Term, ...], *, kind: str = "") -> SearchResults:
    """Everything the search page needs: counts per kind (one query; two when a kind is chosen
    and there are more than COUNT_LIMIT hits in all) and the ordered hits (one query a page)."""
    if not terms:
        return SearchResults(counts={}, total_all=HitCount(0), total=HitCount(0), entries=[], ranked=True)
    kinds = hit_kinds(terms)
    total_all = HitCount.of(sum(kinds.values()))
    counts = {} if total_all.more else dict(kinds)
    if not kind:
        total = total_all
    elif total_all.more:
        total = HitCount.of(hit_kinds(terms, kind)[kind])  # this kind's own count
        if not total.more:
            counts[kind] = total.value
    else:
        total = HitCount(counts.get(kind, 0))
    ranked = not total.more and total.value <= RANK_LIMIT
    entries = Hits(terms, kind=kind, length=total.value, ranked=ranked)
    return SearchResults(counts=counts, total_all=total_all, total=total, entries=entries, ranked=ranked)


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
