"""The public look-up (号码/网址查询): how often an indicator was reported, for which scam types.

The only public read of report data, and only aggregates: an indicator's count of
independent accepted reports and its published scam types, and nothing at all
below LOOKUP_MIN_REPORTS. Never a report, never a reporter.
"""

from dataclasses import dataclass

from django.db.models import Prefetch, Q

from cases import indicators
from cases.models import Indicator, ScamType
from cases.models.reports import LOOKUP_MIN_REPORTS, indicator_stored_value


@dataclass(frozen=True)
class LookupResult:
    kind: str
    display: str
    report_count: int  # 0 unless at least LOOKUP_MIN_REPORTS
    scam_types: list[ScamType]

    @property
    def enough_reports(self) -> bool:
        return self.report_count >= LOOKUP_MIN_REPORTS

    @property
    def kind_label(self) -> str:
        return indicators.IndicatorKind(self.kind).label


def lookup(kind: str, value: str) -> LookupResult:
    """What the public may know of one indicator (as `normalise_query` gives it): 1 query, 2 when reported enough.

    Below LOOKUP_MIN_REPORTS nothing is said, not even that some report exists.
    """
    display = indicators.mask_card(value) if kind == indicators.IndicatorKind.BANK_CARD else value
    indicator = (
        Indicator.objects.filter(
            kind=kind, value=indicator_stored_value(kind, value), report_count__gte=LOOKUP_MIN_REPORTS
        )
        .prefetch_related(Prefetch("scam_types", queryset=ScamType.objects.published().order_by("order", "name")))
        .only("pk", "report_count")
        .first()
    )
    if indicator is None:
        return LookupResult(kind=kind, display=display, report_count=0, scam_types=[])
    return LookupResult(
        kind=kind, display=display, report_count=indicator.report_count, scam_types=list(indicator.scam_types.all())
    )


def indicator_report_counts(pairs: list[tuple[str, str]]) -> dict[tuple[str, str], int]:
    """{(kind, value): count} for the pairs reported at least LOOKUP_MIN_REPORTS times: one query (none for no pairs)."""
    stored = {(kind, indicator_stored_value(kind, value)): (kind, value) for kind, value in pairs}
    if not stored:
        return {}
    condition = Q()
    for kind, value in stored:
        condition |= Q(kind=kind, value=value)
    rows = Indicator.objects.filter(condition, report_count__gte=LOOKUP_MIN_REPORTS).values_list(
        "kind", "value", "report_count"
    )
    return {stored[(kind, value)]: count for kind, value, count in rows}
