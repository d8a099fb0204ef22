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
from django.db.models.functions import TruncMonth

from cases.models import Case, CaseStep, Stage, Technique

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


def _by_case_field(cases: QuerySet[Case], key: str, label: str) -> list[Bucket]:
    rows = cases.order_by().values(*{key, label}).annotate(n=Count("pk"), loss=Sum("total_loss")).order_by("-n", label)
    return [
        Bucket(
            label=row[label] or NOT_GIVEN,
            cases=row["n"],
            loss=_money(row["loss"]),
            value=None if row[key] is None else str(row[key]),
        )
        for row in rows
    ]


def _by_step_column(cases: QuerySet[Case], column: str) -> dict[int, tuple[int, Decimal]]:
    """{stage or technique id: (cases, loss)} over the filtered cases, each case once per key.

    A case may tag one technique (or stage) on several steps, so steps are first
    grouped per (case, key), then counted per key. The ORM cannot aggregate over
    such a derived table, hence this one statement, which embeds the filtered
    queryset's own SQL and parameters. On PostgreSQL the (case, key) indexes let
    it stream the pairs in order instead of hashing them all.
    """
    assert column in {"stage_id", "technique_id"}
    try:
        case_sql, params = cases.order_by().values(case_pk=F("pk"), case_loss=F("total_loss")).query.sql_with_params()
    except EmptyResultSet:
        return {}
    step_table = connection.ops.quote_name(CaseStep._meta.db_table)
    sql = (
        f"SELECT pairs.key, COUNT(*), SUM(pairs.loss) FROM ("
        f"SELECT s.case_id, s.{column} AS key, MIN(c.case_loss) AS loss "
        f"FROM {step_table} s JOIN ({case_sql}) c ON c.case_pk = s.case_id "
        f"WHERE s.{column} IS NOT NULL GROUP BY s.case_id, s.{column}"
        f") pairs GROUP BY pairs.key"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return {key: (count, _money(loss)) for key, count, loss in cursor.fetchall()}


def cases_by_platform(cases: QuerySet[Case]) -> list[Bucket]:
    return _by_case_field(cases, "platform__slug", "platform__name")


def cases_by_channel(cases: QuerySet[Case]) -> list[Bucket]:
    return _by_case_field(cases, "channel__slug", "channel__name")


def cases_by_region(cases: QuerySet[Case]) -> list[Bucket]:
    return _by_case_field(cases, "region__name", "region__name")


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


def monthly_trend(cases: QuerySet[Case]) -> Trend:
    """Cases and losses per month of occurrence, months without cases filled in with zeros."""
    rows = (
        cases.order_by()
        .annotate(month=TruncMonth("occurred_on"))
        .values("month")
        .annotate(n=Count("pk"), loss=Sum("total_loss"))
        .order_by("month")
    )
    found, undated = {}, 0
    for row in rows:
        if row["month"] is None:
            undated = row["n"]
        else:
            found[row["month"]] = (row["n"], _money(row["loss"]))
    months = []
    if found:
        month, last = min(found), max(found)
        while month <= last:
            n, loss = found.get(month, (0, ZERO))
            months.append(Month(month=month, cases=n, loss=loss))
            month = _next_month(month)
    return Trend(months=months, undated=undated)


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
    by_technique = _by_step_column(cases, "technique_id")
    by_stage = _by_step_column(cases, "stage_id")
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
    return Breakdowns(
        summary=case_summary(cases),
        matrix=matrix,
        trend=monthly_trend(cases),
        stages=[Bucket(label=str(c.stage), cases=c.cases, loss=c.loss, value=c.stage.code) for c in matrix.columns],
        techniques=cases_by_technique(matrix),
        platforms=cases_by_platform(cases),
        channels=cases_by_channel(cases),
        regions=cases_by_region(cases),
    )
