"""Read paths for the public site: everything here starts from `published()`.

Counts and loss totals are aggregate queries over `Case.objects.published()`,
so a page makes the same number of queries however many cases there are. They
are cached under `public_data_version()`, a key read from the database that
changes with every write that could change them, so a page pays one small
query for them while nothing has changed (docs/benchmarks.md: public pages).
The cache holds numbers and ids only: the items a page shows are always read
through `published()` again.
"""

import functools
import logging
from collections import defaultdict
from decimal import Decimal
from urllib.parse import urlencode

from django.core.cache import cache
from django.db.models import (
    Count,
    DecimalField,
    Exists,
    F,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Sum,
    Value,
)
from django.db.models.functions import Coalesce, ExtractYear
from django.utils import timezone

from cases.models import (
    Advice,
    Article,
    ArticleAdvice,
    Case,
    CaseStep,
    Channel,
    Loss,
    Platform,
    RedFlag,
    Region,
    ScamType,
    Stage,
    Status,
    Technique,
)
from cases.pagecache.store import CACHE_ERRORS  # a cache that cannot be reached costs the queries, never the page
from cases.selectors.fingerprint import data_fingerprint, newest, row_count

logger = logging.getLogger(__name__)

MONEY = DecimalField(max_digits=16, decimal_places=2)
ZERO = Decimal("0")
# How many example cases the explainer shows under each technique.
CASES_PER_TECHNIQUE = 3
# How many cases a technique page lists (the rest are one click away in the case library).
CASES_ON_TECHNIQUE_PAGE = 10
RELATED_ARTICLES = 4
# How many of its newest cases the explainer lists.
RECENT_CASES = 6

# Outcomes where the money was kept or partly recovered: the "it can be stopped" figure.
STOPPED_OUTCOMES = [Case.Outcome.ATTEMPTED, Case.Outcome.STOPPED, Case.Outcome.RECOVERED]

# Cached counts and losses live at most this long. The key changes with every write made
# through `save()` or `delete()`, so the limit only matters for `QuerySet.update` and bulk SQL.
FIGURES_CACHE_SECONDS = 60
FIGURES_CACHE_KEY = "public:figures:{version}:{name}"


def public_articles() -> QuerySet[Article]:
    return Article.objects.published().select_related("source_agency")


def public_cases() -> QuerySet[Case]:
    return Case.objects.published().select_related("scam_type", "region", "platform", "channel")


def public_scam_types() -> QuerySet[ScamType]:
    return ScamType.objects.published()


# Cached counts and losses


@functools.cache
def _history_models() -> tuple:
    # `Model.history` builds a manager on each access: look the history models up once.
    return tuple(model.history.model for model in (Case, CaseStep, Loss, Article, Technique))


def public_data_version() -> str:
    """One query whose answer changes whenever a public count, loss or list of ids may change.

    Saving or deleting a case, step, loss, article or technique writes a history
    row (django-simple-history), which moves the newest history id: publishing,
    unpublishing, editing, the admin's inlines, `case_create`, merges. The newest
    row ids catch bulk inserts, which write no history. A scheduled item going
    live changes nothing in the database but the clock, so the number of items
    still scheduled is part of the key: it drops at that moment.
    """
    scheduled = {"status": Status.PUBLISHED, "publish_at__gt": timezone.now()}
    return data_fingerprint(
        *(newest(model, "history_id") for model in _history_models()),
        newest(Case),
        newest(CaseStep),
        newest(Article),
        row_count(Case.objects.filter(**scheduled)),
        row_count(Article.objects.filter(**scheduled)),
    )


def _cached(version: str, name: str, compute):
    """`compute()`, kept in the cache while `version` is current (see `public_data_version`).

    The version is read before computing: a write committed in between gives a
    newer result under the older key, never an older result under a newer one.
    """
    key = FIGURES_CACHE_KEY.format(version=version, name=name)
    try:
        value = cache.get(key)
    except CACHE_ERRORS:
        logger.warning("Cache unavailable; computing %s", name, exc_info=True)
        return compute()
    if value is None:
        value = compute()
        try:
            cache.set(key, value, FIGURES_CACHE_SECONDS)
        except CACHE_ERRORS:
            logger.warning("Cache unavailable; %s not stored", name, exc_info=True)
    return value


def case_totals(cases: QuerySet[Case]) -> dict:
    return cases.order_by().aggregate(
        case_count=Count("pk"),
        total_loss=Coalesce(Sum("total_loss"), Value(ZERO), output_field=MONEY),
    )


def _home_figures() -> dict:
    """Public cases, their losses and how many were stopped, per scam type and over all; published articles."""
    rows = (
        Case.objects.published()
        .order_by()
        .values("scam_type_id")
        .annotate(
            case_count=Count("pk"),
            total_loss=Coalesce(Sum("total_loss"), Value(ZERO), output_field=MONEY),
            stopped_count=Count("pk", filter=Q(outcome__in=STOPPED_OUTCOMES)),
        )
    )
    by_scam_type = {row.pop("scam_type_id"): row for row in rows}
    totals = {
        name: sum((row[name] for row in by_scam_type.values()), start=ZERO if name == "total_loss" else 0)
        for name in ("case_count", "total_loss", "stopped_count")
    }
    totals["article_count"] = Article.objects.published().count()
    return {"by_scam_type": by_scam_type, "totals": totals}


def home_figures() -> dict:
    """The home page's published scam types, each with its case count and loss, and the key figures."""
    figures = _cached(public_data_version(), "home", _home_figures)
    scam_types = list(public_scam_types())
    for scam_type in scam_types:
        row = figures["by_scam_type"].get(scam_type.pk, {})
        scam_type.case_count, scam_type.case_loss = row.get("case_count", 0), row.get("total_loss", ZERO)
    return {"scam_types": scam_types, "figures": figures["totals"]}


def _filter_values(cleaned_data: dict) -> str:
    """The applied filters as a stable string: model choices by primary key, empty ones left out."""
    applied = {name: getattr(value, "pk", value) for name, value in cleaned_data.items() if value not in (None, "")}
    return urlencode(sorted(applied.items()))


def case_list_totals(cases: QuerySet[Case], filters: dict) -> dict:
    """Count and loss of the filtered public case list; `filters` are the applied (cleaned) filter values."""
    return _cached(public_data_version(), f"case-list:{_filter_values(filters)}", lambda: case_totals(cases))


def _case_facets() -> dict:
    """One query: a UNION of the platforms, channels and regions some public case has, and their years."""
    cases = Case.objects.published().order_by()

    def used(model, name: str) -> QuerySet:
        having = Exists(cases.filter(**{name: OuterRef("pk")}))
        return model.objects.filter(having).order_by().annotate(facet=Value(name), value=F("pk"))

    years = cases.filter(occurred_on__isnull=False).annotate(facet=Value("year"), value=ExtractYear("occurred_on"))
    parts = [used(Platform, "platform"), used(Channel, "channel"), used(Region, "region"), years]
    facets = {"platform": [], "channel": [], "region": [], "year": []}
    for facet, value in (
        parts[0].values_list("facet", "value").union(*(part.values_list("facet", "value") for part in parts[1:]))
    ):
        facets[facet].append(int(value))  # PostgreSQL hands the year back as numeric
    facets["year"].sort(reverse=True)
    return facets


def public_case_facets() -> dict:
    """Ids of the platforms, channels and regions some public case has, and the years of public cases."""
    return _cached(public_data_version(), "case-facets", _case_facets)


# Articles


def article_detail_queryset(base: QuerySet[Article]) -> QuerySet[Article]:
    """What an article page shows, fetched in a fixed number of queries."""
    return base.select_related("source_agency").prefetch_related(
        "steps__stage",
        "dialogue",
        Prefetch("advice_items", queryset=ArticleAdvice.objects.select_related("advice")),
        Prefetch("featured_cases", queryset=public_cases()),
        Prefetch("scam_types", queryset=public_scam_types()),
    )


def related_articles(article: Article) -> QuerySet[Article]:
    """Other published articles on the same scam types; the latest ones if it has none.

    EXISTS rather than a join: no DISTINCT over whole rows, and the latest
    articles are read in publish order until enough match.
    """
    others = public_articles().exclude(pk=article.pk)
    scam_type_ids = [scam_type.pk for scam_type in article.scam_types.all()]  # prefetched
    if scam_type_ids:
        links = Article.scam_types.through.objects.filter(article=OuterRef("pk"), scamtype__in=scam_type_ids)
        others = others.filter(Exists(links))
    return others[:RELATED_ARTICLES]


# Scam types and techniques


def _scam_type_figures(scam_type: ScamType) -> dict:
    """Counts and losses of one scam type's public cases: in all, per stage, per technique; the
    newest case ids, in all and per technique. One query: each case with its steps, newest first.

    A case counts once per stage or technique however many of its steps have it.
    """
    rows = (
        Case.objects.published()
        .filter(scam_type=scam_type)
        .order_by(F("occurred_on").desc(nulls_last=True), "-pk")
        .values_list("pk", "total_loss", "steps__stage_id", "steps__technique_id")
    )
    loss: dict[int, Decimal] = {}
    by_stage: dict[int, set[int]] = defaultdict(set)
    by_technique: dict[int, set[int]] = defaultdict(set)
    examples: dict[int, list[int]] = defaultdict(list)
    for case_id, total_loss, stage_id, technique_id in rows:
        loss[case_id] = total_loss
        if stage_id is not None:
            by_stage[stage_id].add(case_id)
        if technique_id is not None:
            by_technique[technique_id].add(case_id)
            shown = examples[technique_id]
            if len(shown) < CASES_PER_TECHNIQUE and case_id not in shown:
                shown.append(case_id)

    def figures(case_ids) -> dict:
        return {"case_count": len(case_ids), "total_loss": sum((loss[pk] for pk in case_ids), start=ZERO)}

    return {
        "totals": figures(loss),
        "stages": {pk: figures(ids) for pk, ids in by_stage.items()},
        "techniques": {pk: figures(ids) for pk, ids in by_technique.items()},
        "examples": dict(examples),
        "recent": list(loss)[:RECENT_CASES],  # dicts keep insertion order: newest first
    }


def scam_type_explainer(scam_type: ScamType) -> dict:
    """The stage-by-stage explainer of one scam type, built from the taxonomy.

    Stages in order; under each, the techniques of this scam type with their red
    flags, counter-advice, published case count and losses, and a few example
    cases. Fixed number of queries.
    """
    figures = _cached(public_data_version(), f"scam-type:{scam_type.pk}", lambda: _scam_type_figures(scam_type))
    techniques = (
        Technique.objects.active()
        .filter(scam_types=scam_type)
        .prefetch_related(
            Prefetch("red_flags", queryset=RedFlag.objects.filter(is_pattern=False)),
            Prefetch("advice", queryset=Advice.objects.order_by("order", "pk")),
        )
    )
    stages = Stage.objects.prefetch_related(Prefetch("techniques", queryset=techniques, to_attr="type_techniques"))
    # Cached ids are read through `published()` again: a case no longer public is left out. The
    # examples show a title and a loss only, so they are read without the related rows.
    recent = public_cases().in_bulk(figures["recent"])
    examples = (
        Case.objects.published()
        .only("title", "total_loss", "total_loss_approximate")
        .in_bulk([pk for ids in figures["examples"].values() for pk in ids])
    )

    no_cases = {"case_count": 0, "total_loss": ZERO}
    for stage in stages:
        stage_figures = figures["stages"].get(stage.pk, no_cases)
        stage.case_count, stage.case_loss = stage_figures["case_count"], stage_figures["total_loss"]
        stage.stop_advice = []  # the advice countering any of the stage's techniques, each once
        for technique in stage.type_techniques:
            technique_figures = figures["techniques"].get(technique.pk, no_cases)
            technique.case_count, technique.case_loss = technique_figures["case_count"], technique_figures["total_loss"]
            technique.example_cases = [
                examples[pk] for pk in figures["examples"].get(technique.pk, []) if pk in examples
            ]
            stage.stop_advice += [advice for advice in technique.advice.all() if advice not in stage.stop_advice]
        # General slogans (三不一多) fit every stage; show them only where nothing specific does.
        specific = [advice for advice in stage.stop_advice if not advice.is_general]
        stage.stop_advice = specific or stage.stop_advice

    return {
        "stages": [stage for stage in stages if stage.type_techniques or stage.case_count],
        "totals": figures["totals"],
        "pretexts": list(scam_type.pretexts.all()),
        "advice": list(scam_type.advice.all()),
        "articles": list(public_articles().filter(scam_types=scam_type)[:RELATED_ARTICLES]),
        "recent_cases": [recent[pk] for pk in figures["recent"] if pk in recent],
    }


def technique_detail_queryset() -> QuerySet[Technique]:
    return (
        Technique.objects.active()
        .select_related("stage")
        .prefetch_related(
            Prefetch("red_flags", queryset=RedFlag.objects.filter(is_pattern=False)),
            "advice",
            Prefetch("scam_types", queryset=public_scam_types()),
        )
    )


def technique_cases(technique: Technique) -> dict:
    # EXISTS rather than a join: a case with two steps of the technique is still one row.
    cases = public_cases().filter(Exists(CaseStep.objects.filter(case=OuterRef("pk"), technique=technique)))
    totals = _cached(public_data_version(), f"technique:{technique.pk}", lambda: case_totals(cases))
    return {"cases": list(cases[:CASES_ON_TECHNIQUE_PAGE]), "totals": totals}


# Cases


def case_detail_queryset(base: QuerySet[Case]) -> QuerySet[Case]:
    return base.select_related("scam_type", "region", "platform", "channel", "source_agency").prefetch_related(
        Prefetch("steps", queryset=CaseStep.objects.select_related("stage", "technique")),
        "losses",
        Prefetch("featured_in", queryset=Article.objects.published(), to_attr="public_articles"),
    )
