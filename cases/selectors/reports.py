"""Read paths for citizen reports: the indicators a report names, moderation and analysis (never public).

The public look-up is `cases.selectors.lookup`.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.db.models import Count, Q, QuerySet
from django.utils import timezone

from cases import indicators
from cases.checker.matcher import Result, match
from cases.models import Indicator, Report

from .checker import CheckReport, check_report, checker_data

# What a report keeps as indicators: everything `extract` finds except amounts (those are the loss).
REPORTED_KINDS = frozenset(
    {
        indicators.IndicatorKind.PHONE,
        indicators.IndicatorKind.URL,
        indicators.IndicatorKind.QQ,
        indicators.IndicatorKind.WECHAT,
        indicators.IndicatorKind.APP,
        indicators.IndicatorKind.BANK_CARD,
    }
)
SIMILAR_REPORTS = 10
TOP_INDICATORS = 20


def indicators_in_report(*texts: str) -> list[indicators.Indicator]:
    """The distinct phone numbers, links, ids, apps and cards in the texts, in order of appearance."""
    found: dict[tuple[str, str], indicators.Indicator] = {}
    for text in texts:
        for indicator in indicators.extract(text):
            if indicator.kind in REPORTED_KINDS:
                found.setdefault((indicator.kind, indicator.value), indicator)
    return list(found.values())


# --- Moderation (admin) ---------------------------------------------------------------------


@dataclass(frozen=True)
class Reading:
    """The checker's reading of a report's text, for reviewers."""

    result: Result
    report: CheckReport


def report_reading(report: Report) -> Reading:
    """Run the checker over the narrative and the contacts the reporter gave (as a citizen pasting them would)."""
    rules, scripts = checker_data()
    result = match("\n".join(filter(None, [report.narrative, report.contacts_text])), rules, scripts)
    return Reading(result=result, report=check_report(result))


def similar_reports(report: Report) -> QuerySet[Report]:
    """Other reports naming any of this report's indicators, most shared first."""
    ids = report.indicator_links.values("indicator_id")
    return (
        Report.objects.filter(indicator_links__indicator_id__in=ids)
        .exclude(pk=report.pk)
        .annotate(shared=Count("indicator_links", distinct=True))
        .order_by("-shared", "-created_at")
        .only("pk", "reference", "created_at", "moderation", "status")[:SIMILAR_REPORTS]
    )


# --- Analysis workspace -------------------------------------------------------------------------


def analyst_reports() -> QuerySet[Report]:
    """Every report, for the analysts' filter: no contact details are read."""
    return (
        Report.objects.select_related("scam_type", "channel", "platform")
        .prefetch_related("indicators")
        .defer("contact_name", "contact_phone", "status_token", "client_hash", "text_hash")
        .order_by("-created_at", "-pk")
    )


COUNTED = ~Q(moderation__in=[Report.Moderation.SPAM, Report.Moderation.MERGED])


def top_indicators(*, reports: QuerySet[Report] | None = None, days: int = 7) -> list[Indicator]:
    """The indicators named by the most reports of the last `days` days (spam and merged duplicates not counted)."""
    since = timezone.now() - timedelta(days=days)
    recent = Report.objects.filter(COUNTED, created_at__gte=since)
    if reports is not None:
        recent = recent.filter(pk__in=reports.values("pk"))
    return list(
        Indicator.objects.filter(report_links__report__in=recent)
        .annotate(recent_reports=Count("report_links", distinct=True))
        .order_by("-recent_reports", "kind", "display")[:TOP_INDICATORS]
    )
