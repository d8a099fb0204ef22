"""Generating realistic test data at scale: cases and articles, written in bulk batches.

`generated_data_create` plans each item with `cases.generating.plans` (deterministic
per seed and index), inserts a batch of them with `bulk_create`, stores the cases'
loss totals with `cases_refresh_totals` and writes their search entries with the
site's own writer (`index_items`), one transaction per batch. Nothing is held
from one batch to the next, so memory stays flat however many items are asked for.

Generated rows are recognisable — a case's internal notes start with
`CASE_MARK`, an article's slug with `ARTICLE_SLUG`, both with the seed and the
item's index — so a re-run tops them up to the numbers asked for, and
`replace=True` deletes them (and nothing else) first.

`bulk_create` sends no signals: no change history is recorded for generated
rows, the search index is written here or, with `index=False`, later by
`manage.py rebuild_search_index`, and cached pages are invalidated once at the end.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from django.db import connection, models, reset_queries, transaction
from django.db.models import Max, QuerySet
from django.utils import timezone

from cases.data.phrasebank import vocabulary as phrasebank_vocabulary
from cases.generating.plans import (
    ARTICLE_SLUG,
    CASE_MARK,
    INDEX_DIGITS,
    ArticlePlan,
    CasePlan,
    Span,
    article_plan,
    case_plan,
    seed_prefixes,
)
from cases.generating.vocabulary import Term, Vocabulary
from cases.models import (
    Advice,
    Agency,
    Article,
    ArticleAdvice,
    ArticleStep,
    Case,
    CaseStep,
    Channel,
    DialogueLine,
    Loss,
    Platform,
    Region,
    ScamType,
    Stage,
    Technique,
)
from cases.pagecache.signals import invalidate_pages
from cases.search.index import index_items
from cases.services.cases import cases_refresh_totals
from cases.services.loading import taxonomy_load, vocabularies_load

DEFAULT_SEED = 20240611
DEFAULT_BATCH = 1000
MAX_BATCH = 10_000  # SQLite takes at most 32,766 parameters in one statement (the pk lists)
START = date(2021, 1, 1)

ERROR_OTHER_SEED = "数据库中已有用其他种子生成的数据，不能混在一起补充；请加 --replace 先删除它们。"
ERROR_SPAN = "截止日期必须晚于 {start}。"

Progress = Callable[[str, int, int], None]  # (kind: "case" | "article", done, total)


class GenerationError(Exception):
    """The request cannot be carried out as asked (the message says why, in Chinese)."""


@dataclass
class GenerationResult:
    seed: int
    cases_present: int = 0  # generated rows found (after a replace: 0)
    articles_present: int = 0
    cases_added: int = 0  # with dry_run: would be added
    articles_added: int = 0
    cases_deleted: int = 0
    articles_deleted: int = 0
    taxonomy_loaded: bool = False
    vocabulary_created: int = 0
    indexed: int = 0
    dry_run: bool = False


def generated_cases() -> QuerySet[Case]:
    return Case.objects.filter(internal_notes__startswith=CASE_MARK)


def generated_articles() -> QuerySet[Article]:
    return Article.objects.filter(slug__startswith=ARTICLE_SLUG)


def generated_data_create(
    *,
    cases: int,
    articles: int,
    seed: int = DEFAULT_SEED,
    batch: int = DEFAULT_BATCH,
    index: bool = True,
    replace: bool = False,
    until: date | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> GenerationResult:
    """Bring the generated data to `cases` cases and `articles` articles made with `seed`.

    Without `replace`, generated rows already present count towards the numbers
    and are kept (never more are deleted than asked: a smaller number adds
    nothing); they must have been made with the same seed. With `replace`, every
    generated row is deleted first. Dates run from 2021-01-01 to `until` (default
    today); scheduled items are due after it. `index=False` leaves the search
    index to `rebuild_search_index`. With `dry_run` nothing is written and the
    result says what would be done.
    """
    until = until or timezone.localdate()
    if until <= START:
        raise GenerationError(ERROR_SPAN.format(start=START.isoformat()))
    batch = max(1, min(batch, MAX_BATCH))
    result = GenerationResult(seed=seed, dry_run=dry_run)
    if replace:
        if dry_run:
            result.cases_deleted, result.articles_deleted = generated_cases().count(), generated_articles().count()
        else:
            result.cases_deleted, result.articles_deleted = generated_data_delete()
    else:
        _check_seed(seed)
        result.cases_present, result.articles_present = generated_cases().count(), generated_articles().count()
    to_add = {"case": max(0, cases - result.cases_present), "article": max(0, articles - result.articles_present)}
    result.cases_added, result.articles_added = to_add["case"], to_add["article"]
    if dry_run:
        result.taxonomy_loaded = not Technique.objects.active().exists()
        return result
    if not any(to_add.values()):
        return result

    result.taxonomy_loaded, result.vocabulary_created = _ensure_vocabulary()
    vocabulary = vocabulary_snapshot()
    span = Span(START, until, timezone.get_default_timezone())
    writers = {
        "case": (_next_index(seed, "case"), case_plan, _write_cases, Case),
        "article": (_next_index(seed, "article"), article_plan, _write_articles, Article),
    }
    for kind, (first, plan, write, model) in writers.items():
        done = 0
        for start in range(first, first + to_add[kind], batch):
            indexes = range(start, min(start + batch, first + to_add[kind]))
            plans = [plan(vocabulary, seed=seed, index=i, span=span) for i in indexes]
            with transaction.atomic():
                pks = write(plans)
                if index:
                    result.indexed += index_items(model, pks)
            done += len(plans)
            reset_queries()  # with DEBUG on, Django would keep every INSERT's SQL
            if progress:
                progress(kind, done, to_add[kind])
    _after_bulk_writes()
    return result


def generated_data_delete() -> tuple[int, int]:
    """Delete every generated case and article with what depends on them; returns (cases, articles)."""
    with transaction.atomic():
        deleted = _delete_rows(generated_cases()), _delete_rows(generated_articles())
        transaction.on_commit(invalidate_pages)
    return deleted


def vocabulary_snapshot() -> Vocabulary:
    """The rows generated items may refer to, each list in natural-key order (stable across databases)."""
    stages = tuple(Term(s.id, s.code, s.name) for s in Stage.objects.order_by("order"))
    type_techniques: dict[tuple[str, str], list[Term]] = {}
    stage_techniques: dict[str, list[Term]] = {}
    for technique in Technique.objects.active().select_related("stage").prefetch_related("scam_types").order_by("code"):
        term = Term(technique.id, technique.code, technique.name)
        stage_techniques.setdefault(technique.stage.code, []).append(term)
        for scam_type in sorted(technique.scam_types.all(), key=lambda row: row.slug):
            type_techniques.setdefault((scam_type.slug, technique.stage.code), []).append(term)
    scam_types = tuple(Term(s.id, s.slug, s.name) for s in ScamType.objects.order_by("slug"))
    advice: dict[str, list[int]] = {term.key: [] for term in scam_types}
    general = []
    for item in Advice.objects.prefetch_related("scam_types").order_by("code"):
        for scam_type in item.scam_types.all():
            advice[scam_type.slug].append(item.id)
        if item.is_general:
            general.append(item.id)
    return Vocabulary(
        scam_types=scam_types,
        stages=stages,
        type_techniques={key: tuple(terms) for key, terms in type_techniques.items()},
        stage_techniques={key: tuple(terms) for key, terms in stage_techniques.items()},
        platforms=tuple(Term(p.id, p.slug, p.name) for p in Platform.objects.order_by("slug")),
        channels=tuple(Term(c.id, c.slug, c.name) for c in Channel.objects.order_by("slug")),
        regions=tuple(Term(r.id, r.name, r.name) for r in Region.objects.order_by("name")),
        agencies=tuple(Term(a.id, a.slug, a.name) for a in Agency.objects.order_by("slug")),
        advice={slug: tuple(dict.fromkeys([*ids, *general])) for slug, ids in advice.items()},
    )


def _ensure_vocabulary() -> tuple[bool, int]:
    """Load the taxonomy if there is none, and fill empty vocabulary tables from the phrase bank."""
    loaded = False
    if not Technique.objects.active().exists() or not ScamType.objects.exists():
        taxonomy_load()
        loaded = True
    lists = {
        "agencies": (Agency, phrasebank_vocabulary.AGENCIES),
        "platforms": (Platform, phrasebank_vocabulary.PLATFORMS),
        "channels": (Channel, phrasebank_vocabulary.CHANNELS),
        "regions": (Region, phrasebank_vocabulary.REGIONS),
    }
    missing = {name: rows for name, (model, rows) in lists.items() if not model.objects.exists()}
    created = 0
    if missing:
        counts = vocabularies_load(**missing)
        created = sum(value for key, value in counts.items() if key.endswith("_created"))
    return loaded, created


def _check_seed(seed: int) -> None:
    prefixes = seed_prefixes(seed)
    other_cases = generated_cases().exclude(internal_notes__startswith=prefixes["case"])
    other_articles = generated_articles().exclude(slug__startswith=prefixes["article"])
    if other_cases.exists() or other_articles.exists():
        raise GenerationError(ERROR_OTHER_SEED)


def _next_index(seed: int, kind: str) -> int:
    """One past the highest index of the seed (see `seed_prefixes`), 0 if it has no rows."""
    prefix = seed_prefixes(seed)[kind]
    if kind == "case":
        top = generated_cases().filter(internal_notes__startswith=prefix).aggregate(top=Max("internal_notes"))["top"]
    else:
        top = generated_articles().filter(slug__startswith=prefix).aggregate(top=Max("slug"))["top"]
    return int(top[len(prefix) : len(prefix) + INDEX_DIGITS]) + 1 if top else 0


def _write_cases(plans: list[CasePlan]) -> list[int]:
    cases = Case.objects.bulk_create([Case(**plan.fields) for plan in plans])
    steps, losses = [], []
    for case, plan in zip(cases, plans, strict=True):
        steps += [CaseStep(case=case, order=order, **row) for order, row in enumerate(plan.steps, start=1)]
        losses += [Loss(case=case, order=order, **row) for order, row in enumerate(plan.losses, start=1)]
    CaseStep.objects.bulk_create(steps)
    Loss.objects.bulk_create(losses)
    pks = [case.pk for case in cases]
    cases_refresh_totals(cases=Case.objects.filter(pk__in=pks))
    return pks


def _write_articles(plans: list[ArticlePlan]) -> list[int]:
    articles = Article.objects.bulk_create([Article(**plan.fields) for plan in plans])
    scam_types, steps, dialogue, advice = [], [], [], []
    for article, plan in zip(articles, plans, strict=True):
        scam_types += [Article.scam_types.through(article=article, scamtype_id=pk) for pk in plan.scam_type_ids]
        steps += [ArticleStep(article=article, order=order, **row) for order, row in enumerate(plan.steps, start=1)]
        dialogue += [
            DialogueLine(article=article, order=order, **row) for order, row in enumerate(plan.dialogue, start=1)
        ]
        advice += [
            ArticleAdvice(article=article, order=order, advice_id=pk) for order, pk in enumerate(plan.advice_ids, 1)
        ]
    Article.scam_types.through.objects.bulk_create(scam_types)
    ArticleStep.objects.bulk_create(steps)
    DialogueLine.objects.bulk_create(dialogue)
    ArticleAdvice.objects.bulk_create(advice)
    return [article.pk for article in articles]


def _delete_rows(queryset: QuerySet) -> int:
    """Delete the rows and what depends on them in a few statements, loading nothing and sending no signals.

    `QuerySet.delete()` would load every step and loss of a million cases to send
    their signals and write a "deleted" history record for each. One level of
    cascade is enough here: nothing points at the rows that point at cases or
    articles (their history tables hold plain ids).
    """
    model = queryset.model
    pks = queryset.values("pk")
    for field in model._meta.many_to_many:
        through = field.remote_field.through
        _raw_delete(through._base_manager.filter(**{f"{field.m2m_field_name()}__in": pks}))
    for relation in model._meta.related_objects:
        if relation.many_to_many:
            through = relation.through
            _raw_delete(through._base_manager.filter(**{f"{relation.field.m2m_reverse_field_name()}__in": pks}))
            continue
        related = relation.related_model._base_manager.filter(**{f"{relation.field.name}__in": pks})
        if relation.on_delete is models.CASCADE:
            _raw_delete(related)
        elif relation.on_delete is models.SET_NULL:
            related.update(**{relation.field.name: None})
        elif relation.on_delete is not models.DO_NOTHING:
            raise GenerationError(f"无法删除生成的数据：{relation.related_model.__name__} 引用了它们。")
    return _raw_delete(queryset)


def _raw_delete(queryset: QuerySet) -> int:
    sql, params = queryset.values("pk").query.sql_with_params()
    meta = queryset.model._meta
    table, pk = connection.ops.quote_name(meta.db_table), connection.ops.quote_name(meta.pk.column)
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {table} WHERE {pk} IN ({sql})", params)
        return cursor.rowcount


def _after_bulk_writes() -> None:
    """What save signals would have done for the whole run, and what a benchmark expects after a bulk load.

    Cached public pages are invalidated (after the commit); PostgreSQL gets fresh planner statistics.
    """
    transaction.on_commit(invalidate_pages)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
