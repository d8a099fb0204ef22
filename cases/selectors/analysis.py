"""Read paths for the analyst workspace: every case, public and internal.

Each aggregate takes the already filtered case queryset and runs a fixed number
of queries whatever its size. Losses are summed from `Case.total_loss`, so a
case counts once per bucket however many losses or steps it has.
"""

import math
from dataclasses import dataclass, field
from datetime import date
from decimal import Context, Decimal

from django.core.exceptions import EmptyResultSet
from django.db import connection
from django.db.models import Aggregate, Count, F, FloatField, Prefetch, Q, QuerySet, Sum

from cases.models import Case, CaseStep, Channel, Platform, Region, Stage, Technique

CENT = Decimal("0.01")
ZERO = Decimal("0.00")
SHADE_LEVELS = 5  # matrix cells are shaded in this many steps, 0 meaning no case
NOT_GIVEN = "未填"


class Median(Aggregate):
    """PostgreSQL's continuous median, `percentile_cont(0.5) within group (order by …)`."""

    function = "PERCENTILE_CONT"
    template = "%(function)s(0.5) WITHIN GROUP (ORDER BY %(expressions)s)"
    output_field = FloatField()


def _money(value) -> Decimal:
    """A database sum as yuan and fen; SQLite hands back floats, PostgreSQL decimals."""
    if value is None:
        return ZERO
    if isinstance(value, float):
        value = Context(prec=15).create_decimal_from_float(value)
    return Decimal(value).quantize(CENT)


def analyst_cases() -> QuerySet[Case]:
    """Every case: analysts see internal ones too (never the public site)."""
    return Case.objects.all()


def case_list_rows(cases: QuerySet[Case]) -> QuerySet[Case]:
    """What one row of the result list shows, in a fixed number of queries per page."""
    return cases.select_related("scam_type", "region", "platform", "channel").prefetch_related(
        Prefetch("steps", queryset=CaseStep.objects.select_related("technique").only("case_id", "technique__code"))
    )


# --- the summary line -------------------------------------------------------


@dataclass(frozen=True)
class Summary:
    cases: int
    total_loss: Decimal
    cases_with_loss: int
    median_loss: Decimal | None  # over cases with a loss; None when there are none

    @property
    def share_with_loss(self) -> float | None:
        return self.cases_with_loss / self.cases if self.cases else None


def case_summary(cases: QuerySet[Case]) -> Summary:
    """Cases, total loss, share with a loss and the median loss of those with one.

    On PostgreSQL the median is `percentile_cont` in the same query; SQLite has
    no such aggregate, so there it reads the middle one or two amounts through
    the `total_loss` index (one more query).
    """
    with_loss = Q(total_loss__gt=0)
    cases = cases.order_by()
    aggregates = {
        "cases": Count("pk"),
        "total": Sum("total_loss"),
        "with_loss": Count("pk", filter=with_loss),
    }
    on_postgres = connection.vendor == "postgresql"
    if on_postgres:
        aggregates["median"] = Median("total_loss", filter=with_loss)
    totals = cases.aggregate(**aggregates)
    with_loss_count = totals["with_loss"] or 0
    if not with_loss_count:
        median = None
    elif on_postgres:
        median = _money(totals["median"])
    else:
        amounts = cases.filter(with_loss).order_by("total_loss").values_list("total_loss", flat=True)
        middle = list(amounts[(with_loss_count - 1) // 2 : with_loss_count // 2 + 1])
        median = _money(sum(middle) / len(middle))
    return Summary(
        cases=totals["cases"] or 0,
        total_loss=_money(totals["total"]),
        cases_with_loss=with_loss_count,
        median_loss=median,
    )


# --- breakdowns ---------------------------------------------------------------


@dataclass(frozen=True)
class Bucket:
    """One row of a breakdown: `value` is what the filter takes to narrow the list to it."""

    label: str
    cases: int
    loss: Decimal
    value: str | None = None


def _table(model) -> str:
    return connection.ops.quote_name(model._meta.db_table)


def _embedded(queryset: QuerySet) -> tuple[str, tuple] | None:
    """A queryset's SQL and parameters, to embed as a derived table; None when it matches nothing."""
    try:
        return queryset.query.sql_with_params()
    except EmptyResultSet:
        return None


def _step_tallies(cases: QuerySet[Case]) -> tuple[dict, dict]:
    """({stage id: (cases, loss)}, {technique id: (cases, loss)}) over the filtered cases, in one statement.

    A case counts once per stage and once per technique however many of its
    steps carry it: only the steps marked first of their kind in their case
    (`CaseStep.first_in_stage`, `first_with_technique`) are counted. The ORM
    cannot join a filtered queryset as a derived table, hence this SQL, which
    embeds the queryset's own SQL and parameters.
    """
    embedded = _embedded(cases.order_by().values(case_pk=F("pk"), case_loss=F("total_loss")))
    if embedded is None:
        return {}, {}
    case_sql, params = embedded
    sql = (
        f"SELECT s.stage_id, s.technique_id, s.first_in_stage, s.first_with_technique, COUNT(*), SUM(c.case_loss) "
        f"FROM {_table(CaseStep)} s JOIN ({case_sql}) c ON c.case_pk = s.case_id "
        f"WHERE s.first_in_stage OR (s.first_with_technique AND s.technique_id IS NOT NULL) "
        f"GROUP BY s.stage_id, s.technique_id, s.first_in_stage, s.first_with_technique"
    )
    by_stage, by_technique = {}, {}
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        for stage, technique, first_in_stage, first_with_technique, count, loss in cursor.fetchall():
            loss = _money(loss)
            if first_in_stage:
                n, total = by_stage.get(stage, (0, ZERO))
                by_stage[stage] = (n + count, total + loss)
            if first_with_technique and technique is not None:
                n, total = by_technique.get(technique, (0, ZERO))
                by_technique[technique] = (n + count, total + loss)
    return by_stage, by_technique


@dataclass(frozen=True)
class Month:
    month: date
    cases: int
    loss: Decimal

    @property
    def label(self) -> str:
        return f"{self.month.year}年{self.month.month}月"


@dataclass(frozen=True)
class Trend:
    months: list[Month]
    undated: int  # cases without an occurrence date, left out of the trend

    @property
    def max_cases(self) -> int:
        return max((m.cases for m in self.months), default=0)


def _next_month(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


@dataclass(frozen=True)
class CaseFieldBreakdowns:
    trend: Trend
    platforms: list[Bucket]
    channels: list[Bucket]
    regions: list[Bucket]


# The two groupings of `_case_field_rows`, each marked by GROUPING() of the four columns on
# PostgreSQL (one bit per column left out, the first column the highest bit); SQLite's UNION ALL
# writes the same numbers as literals.
_BY_DAY = 0b0111  # occurred_on
_BY_PLATFORM_CHANNEL_REGION = 0b1000  # their combinations: a few hundred rows at most, summed up here


def _case_field_rows(cases: QuerySet[Case]) -> list[tuple]:
    """(grouping, day, platform slug, name, channel slug, name, region name, cases, loss) rows, one statement.

    The filtered cases are read once and grouped two ways together: by day of
    occurrence, and by platform, channel and region combined (two hash tables
    instead of four); GROUPING SETS on PostgreSQL, UNION ALL on SQLite, which
    has none. Labels are joined to the few grouped rows afterwards.
    """
    embedded = _embedded(cases.order_by().values("occurred_on", "platform_id", "channel_id", "region_id", "total_loss"))
    if embedded is None:
        return []
    case_sql, params = embedded
    if connection.vendor == "postgresql":
        grouped = (
            "SELECT GROUPING(c.occurred_on, c.platform_id, c.channel_id, c.region_id) AS grouping_set, "
            "c.occurred_on, c.platform_id, c.channel_id, c.region_id, COUNT(*) AS n, SUM(c.total_loss) AS loss "
            f"FROM ({case_sql}) c "
            "GROUP BY GROUPING SETS ((c.occurred_on), (c.platform_id, c.channel_id, c.region_id))"
        )
    else:
        grouped = (
            f"SELECT {_BY_DAY} AS grouping_set, c.occurred_on AS occurred_on, NULL AS platform_id, "
            f"NULL AS channel_id, NULL AS region_id, COUNT(*) AS n, SUM(c.total_loss) AS loss "
            f"FROM ({case_sql}) c GROUP BY c.occurred_on UNION ALL "
            f"SELECT {_BY_PLATFORM_CHANNEL_REGION}, NULL, c.platform_id, c.channel_id, c.region_id, COUNT(*), "
            f"SUM(c.total_loss) FROM ({case_sql}) c GROUP BY c.platform_id, c.channel_id, c.region_id"
        )
        params = tuple(params) * 2
    sql = (
        f"SELECT g.grouping_set, g.occurred_on, p.slug, p.name, ch.slug, ch.name, r.name, g.n, g.loss "
        f"FROM ({grouped}) g "
        f"LEFT JOIN {_table(Platform)} p ON p.id = g.platform_id "
        f"LEFT JOIN {_table(Channel)} ch ON ch.id = g.channel_id "
        f"LEFT JOIN {_table(Region)} r ON r.id = g.region_id"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def _buckets(found: dict[str | None, list]) -> list[Bucket]:
    """{value: [label, cases, loss]} as buckets, largest first; 未填 last among equals."""
    rows = sorted(found.items(), key=lambda item: (-item[1][1], item[0] is None, item[1][0] or ""))
    return [Bucket(label=label or NOT_GIVEN, cases=n, loss=loss, value=value) for value, (label, n, loss) in rows]


def case_field_breakdowns(cases: QuerySet[Case]) -> CaseFieldBreakdowns:
    """The monthly trend and the platform, channel and region breakdowns of the filtered cases.

    Months are folded from days here, which the database groups more cheaply
    than truncated dates; months without cases are filled in with zeros.
    """
    days, undated = {}, 0
    platforms, channels, regions = {}, {}, {}
    for grouping_set, day, platform_slug, platform, channel_slug, channel, region, n, loss in _case_field_rows(cases):
        loss = _money(loss)
        if grouping_set == _BY_DAY:
            if day is None:
                undated = n
            else:
                month = _as_date(day).replace(day=1)
                before = days.get(month, (0, ZERO))
                days[month] = (before[0] + n, before[1] + loss)
            continue
        # The filter takes a region by name, so same-named regions are one row.
        for found, value, label in ((platforms, platform_slug, platform), (channels, channel_slug, channel),
                                    (regions, region, region)):  # fmt: skip
            bucket = found.setdefault(value, [label, 0, ZERO])
            bucket[1] += n
            bucket[2] += loss
    months = []
    if days:
        month, last = min(days), max(days)
        while month <= last:
            n, loss = days.get(month, (0, ZERO))
            months.append(Month(month=month, cases=n, loss=loss))
            month = _next_month(month)
    return CaseFieldBreakdowns(
        trend=Trend(months=months, undated=undated),
        platforms=_buckets(platforms),
        channels=_buckets(channels),
        regions=_buckets(regions),
    )


def _as_date(value) -> date:
    """SQLite hands back a date read through UNION ALL as its ISO text."""
    return date.fromisoformat(value) if isinstance(value, str) else value


def monthly_trend(cases: QuerySet[Case]) -> Trend:
    """Cases and losses per month of occurrence, months without cases filled in with zeros."""
    return case_field_breakdowns(cases).trend


# --- the stage × technique matrix --------------------------------------------------


def shade_level(value, maximum) -> int:
    """0 for nothing, else 1…SHADE_LEVELS in proportion to the largest cell."""
    if not value or not maximum:
        return 0
    return max(1, math.ceil(SHADE_LEVELS * float(value) / float(maximum)))


@dataclass
class MatrixCell:
    technique: Technique
    cases: int
    loss: Decimal
    cases_level: int = 0
    loss_level: int = 0


@dataclass
class MatrixColumn:
    stage: Stage
    cases: int  # cases with any step in this stage, tagged with a technique or not
    loss: Decimal
    cells: list[MatrixCell] = field(default_factory=list)


@dataclass
class Matrix:
    columns: list[MatrixColumn]

    @property
    def cells(self) -> list[MatrixCell]:
        return [cell for column in self.columns for cell in column.cells]

    @property
    def height(self) -> int:
        return max((len(column.cells) for column in self.columns), default=0)


def stage_technique_matrix(cases: QuerySet[Case]) -> Matrix:
    """Stages as columns in order, each with all its techniques; every cell counts each case once."""
    by_stage, by_technique = _step_tallies(cases)
    columns = {
        stage.pk: MatrixColumn(stage=stage, cases=by_stage.get(stage.pk, (0, ZERO))[0],
                               loss=by_stage.get(stage.pk, (0, ZERO))[1])
        for stage in Stage.objects.all()
    }  # fmt: skip
    for technique in Technique.objects.order_by("stage__order", "code"):
        n, loss = by_technique.get(technique.pk, (0, ZERO))
        columns[technique.stage_id].cells.append(MatrixCell(technique=technique, cases=n, loss=loss))
    matrix = Matrix(columns=list(columns.values()))
    max_cases = max((cell.cases for cell in matrix.cells), default=0)
    max_loss = max((cell.loss for cell in matrix.cells), default=ZERO)
    for cell in matrix.cells:
        cell.cases_level = shade_level(cell.cases, max_cases)
        cell.loss_level = shade_level(cell.loss, max_loss)
    return matrix


def cases_by_technique(matrix: Matrix) -> list[Bucket]:
    """The matrix's cells as a breakdown, largest first (no further query)."""
    cells = sorted((cell for cell in matrix.cells if cell.cases), key=lambda cell: (-cell.cases, cell.technique.code))
    return [
        Bucket(label=str(cell.technique), cases=cell.cases, loss=cell.loss, value=cell.technique.code) for cell in cells
    ]


def cases_by_stage(matrix: Matrix) -> list[Bucket]:
    """The matrix's columns as a breakdown, in stage order (no further query)."""
    return [Bucket(label=str(c.stage), cases=c.cases, loss=c.loss, value=c.stage.code) for c in matrix.columns]


_CASE_FIELD_TABLES = {"platform": "platforms", "channel": "channels", "region": "regions"}


def breakdown_table(cases: QuerySet[Case], dimension: str) -> list[Bucket]:
    """One breakdown (stage, technique, platform, channel or region) of the filtered cases.

    Runs only the statement that table comes from, not the whole breakdown page.
    """
    if dimension == "stage":
        return cases_by_stage(stage_technique_matrix(cases))
    if dimension == "technique":
        return cases_by_technique(stage_technique_matrix(cases))
    return getattr(case_field_breakdowns(cases), _CASE_FIELD_TABLES[dimension])


@dataclass
class Breakdowns:
    summary: Summary
    matrix: Matrix
    trend: Trend
    stages: list[Bucket]
    techniques: list[Bucket]
    platforms: list[Bucket]
    channels: list[Bucket]
    regions: list[Bucket]


def case_breakdowns(cases: QuerySet[Case]) -> Breakdowns:
    """Everything the breakdown page shows for one filter."""
    matrix = stage_technique_matrix(cases)
    fields = case_field_breakdowns(cases)
    return Breakdowns(
        summary=case_summary(cases),
        matrix=matrix,
        trend=fields.trend,
        stages=cases_by_stage(matrix),
        techniques=cases_by_technique(matrix),
        platforms=fields.platforms,
        channels=fields.channels,
        regions=fields.regions,
    )
