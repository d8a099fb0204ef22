"""Read paths for the public site: everything here starts from `published()`.

Counts and loss totals are aggregate queries over `Case.objects.published()`,
so a page makes the same number of queries however many cases there are.
"""

from decimal import Decimal

from django.db.models import (
    Count,
    DecimalField,
    Exists,
    F,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Sum,
    Value,
    Window,
)
from django.db.models.functions import Coalesce, RowNumber

from cases.models import (
    Advice,
    Article,
    ArticleAdvice,
    Case,
    CaseStep,
    RedFlag,
    ScamType,
    Stage,
    Technique,
)

MONEY = DecimalField(max_digits=16, decimal_places=2)
# How many example cases the explainer shows under each technique.
CASES_PER_TECHNIQUE = 3
# How many cases a technique page lists (the rest are one click away in the case library).
CASES_ON_TECHNIQUE_PAGE = 10
RELATED_ARTICLES = 4

# Outcomes where the money was kept or partly recovered: the "it can be stopped" figure.
STOPPED_OUTCOMES = [Case.Outcome.ATTEMPTED, Case.Outcome.STOPPED, Case.Outcome.RECOVERED]


def public_articles() -> QuerySet[Article]:
    return Article.objects.published().select_related("source_agency")


def public_cases() -> QuerySet[Case]:
    return Case.objects.published().select_related("scam_type", "region", "platform", "channel")


def public_scam_types() -> QuerySet[ScamType]:
    return ScamType.objects.published()


def _count_and_loss(cases: QuerySet[Case], group_by: str) -> dict:
    """Correlated subqueries: how many of `cases` and the sum of their losses.

    `cases` is filtered through OuterRef so that all its rows share one `group_by`
    value; grouping by it yields exactly one row (or none, hence Coalesce).
    """
    grouped = cases.order_by().values(group_by)
    return {
        "case_count": Coalesce(Subquery(grouped.annotate(n=Count("pk")).values("n")), 0),
        "case_loss": Coalesce(
            Subquery(grouped.annotate(s=Sum("total_loss")).values("s"), output_field=MONEY),
            Value(Decimal("0")),
            output_field=MONEY,
        ),
    }


def _uses(**step_filter) -> Exists:
    """The case (the OuterRef) has a step matching `step_filter`."""
    return Exists(CaseStep.objects.filter(case=OuterRef("pk"), **step_filter))


def scam_types_with_stats() -> QuerySet[ScamType]:
    """Published scam types, each with its published case count and loss total."""
    cases = Case.objects.published().filter(scam_type=OuterRef("pk"))
    return public_scam_types().annotate(**_count_and_loss(cases, "scam_type"))


def key_figures() -> dict:
    figures = Case.objects.published().aggregate(
        case_count=Count("pk"),
        total_loss=Coalesce(Sum("total_loss"), Value(Decimal("0")), output_field=MONEY),
        stopped_count=Count("pk", filter=Q(outcome__in=STOPPED_OUTCOMES)),
    )
    figures["article_count"] = Article.objects.published().count()
    return figures


def case_totals(cases: QuerySet[Case]) -> dict:
    return cases.order_by().aggregate(
        case_count=Count("pk"),
        total_loss=Coalesce(Sum("total_loss"), Value(Decimal("0")), output_field=MONEY),
    )


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
    """Other published articles on the same scam types; the latest ones if it has none."""
    others = public_articles().exclude(pk=article.pk)
    scam_type_ids = [scam_type.pk for scam_type in article.scam_types.all()]  # prefetched
    if scam_type_ids:
        others = others.filter(scam_types__in=scam_type_ids).distinct()
    return others[:RELATED_ARTICLES]


# Scam types and techniques


def scam_type_explainer(scam_type: ScamType) -> dict:
    """The stage-by-stage explainer of one scam type, built from the taxonomy.

    Stages in order; under each, the techniques of this scam type with their red
    flags, counter-advice, published case count and losses, and a few example
    cases. Fixed number of queries.
    """
    cases = Case.objects.published().filter(scam_type=scam_type)
    techniques = (
        Technique.objects.active()
        .filter(scam_types=scam_type)
        .annotate(**_count_and_loss(cases.filter(_uses(technique=OuterRef(OuterRef("pk")))), "scam_type"))
        .prefetch_related(
            Prefetch("red_flags", queryset=RedFlag.objects.filter(is_pattern=False)),
            Prefetch("advice", queryset=Advice.objects.order_by("order", "pk")),
        )
    )
    stages = Stage.objects.annotate(
        **_count_and_loss(cases.filter(_uses(stage=OuterRef(OuterRef("pk")))), "scam_type")
    ).prefetch_related(Prefetch("techniques", queryset=techniques, to_attr="type_techniques"))

    examples: dict[int, list[Case]] = {}
    for step in _example_steps(cases):
        shown = examples.setdefault(step.technique_id, [])
        if all(case.pk != step.case_id for case in shown):
            shown.append(step.case)
    for stage in stages:
        stage.stop_advice = []  # the advice countering any of the stage's techniques, each once
        for technique in stage.type_techniques:
            technique.example_cases = examples.get(technique.pk, [])
            stage.stop_advice += [advice for advice in technique.advice.all() if advice not in stage.stop_advice]
        # General slogans (三不一多) fit every stage; show them only where nothing specific does.
        specific = [advice for advice in stage.stop_advice if not advice.is_general]
        stage.stop_advice = specific or stage.stop_advice

    return {
        "stages": [stage for stage in stages if stage.type_techniques or stage.case_count],
        "totals": case_totals(cases),
        "pretexts": list(scam_type.pretexts.all()),
        "advice": list(scam_type.advice.all()),
        "articles": list(public_articles().filter(scam_types=scam_type)[:RELATED_ARTICLES]),
        "recent_cases": list(public_cases().filter(scam_type=scam_type)[: CASES_PER_TECHNIQUE * 2]),
    }


def _example_steps(cases: QuerySet[Case]) -> QuerySet[CaseStep]:
    """The latest few case steps per technique among `cases`, in one query (a window function)."""
    return (
        CaseStep.objects.filter(case__in=cases, technique__isnull=False)
        .annotate(
            rank=Window(
                RowNumber(),
                partition_by=[F("technique_id")],
                order_by=[F("case__occurred_on").desc(nulls_last=True), F("case_id").desc(), F("order")],
            )
        )
        .filter(rank__lte=CASES_PER_TECHNIQUE)
        .select_related("case")
        .order_by("technique_id", "rank")
    )


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
    cases = public_cases().filter(_uses(technique=technique))
    return {"cases": list(cases[:CASES_ON_TECHNIQUE_PAGE]), "totals": case_totals(cases)}


# Cases


def case_detail_queryset(base: QuerySet[Case]) -> QuerySet[Case]:
    return base.select_related("scam_type", "region", "platform", "channel", "source_agency").prefetch_related(
        Prefetch("steps", queryset=CaseStep.objects.select_related("stage", "technique")),
        "losses",
        Prefetch("featured_in", queryset=Article.objects.published(), to_attr="public_articles"),
    )
