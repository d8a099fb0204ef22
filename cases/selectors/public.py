"""Read paths for the public site: everything here starts from `published()`."""

from django.db.models import Prefetch, QuerySet

from cases.models import Article, ArticleAdvice, Case, CaseStep, ScamType, Technique


def public_articles() -> QuerySet[Article]:
    return Article.objects.published().select_related("source_agency")


def public_cases() -> QuerySet[Case]:
    return Case.objects.published().select_related("scam_type", "region", "platform", "channel")


def public_scam_types() -> QuerySet[ScamType]:
    return ScamType.objects.published()


def article_detail_queryset(base: QuerySet[Article]) -> QuerySet[Article]:
    """What an article page shows, fetched in a fixed number of queries."""
    return base.select_related("source_agency").prefetch_related(
        "steps__stage",
        "dialogue",
        Prefetch("advice_items", queryset=ArticleAdvice.objects.select_related("advice")),
        Prefetch("featured_cases", queryset=public_cases()),
        Prefetch("scam_types", queryset=public_scam_types()),
    )


def case_detail_queryset(base: QuerySet[Case]) -> QuerySet[Case]:
    return base.select_related("scam_type", "region", "platform", "channel", "source_agency").prefetch_related(
        Prefetch("steps", queryset=CaseStep.objects.select_related("stage", "technique")),
        "losses",
    )


def technique_detail_queryset() -> QuerySet[Technique]:
    return Technique.objects.active().select_related("stage").prefetch_related("red_flags", "advice")
