"""Aggregates for the analyst workspace: summary, breakdowns, matrix, trend."""

from datetime import date
from decimal import Decimal

import pytest
from django.http import QueryDict

from cases.filters import AnalystCaseFilter
from cases.models import Case
from cases.selectors import analysis as selectors
from tests.factories import make_case, make_scam_type


def filtered(query: str = ""):
    return AnalystCaseFilter(QueryDict(query), queryset=selectors.analyst_cases()).qs


def list_totals(query: str) -> tuple[int, Decimal]:
    cases = list(filtered(query))
    return len(cases), sum((case.total_loss for case in cases), Decimal("0.00"))


def test_summary_of_everything(analysis_data):
    summary = selectors.case_summary(filtered())
    assert summary.cases == 6
    assert summary.total_loss == Decimal("281471.38")  # 75670.88 + 5000 + 200000 + 800.50
    assert summary.cases_with_loss == 4
    assert summary.share_with_loss == pytest.approx(4 / 6)
    assert summary.median_loss == Decimal("40335.44")  # between 5000 and 75670.88


def test_summary_median_of_an_odd_count_and_of_nothing(analysis_data):
    assert selectors.case_summary(filtered("scam_type=refund")).median_loss == Decimal("5000.00")
    empty = selectors.case_summary(filtered("loss_max=0"))
    assert (empty.cases, empty.total_loss, empty.cases_with_loss, empty.median_loss) == (2, Decimal("0.00"), 0, None)
    assert empty.share_with_loss == 0
    nothing = selectors.case_summary(filtered("kind=enforcement&kind=victim&loss_min=999999999"))
    assert (nothing.cases, nothing.median_loss, nothing.share_with_loss) == (0, None, None)


def test_summary_of_an_invalid_filter_is_empty(analysis_data):
    assert selectors.case_summary(filtered("loss_min=abc")).cases == 0
    matrix = selectors.stage_technique_matrix(filtered("loss_min=abc"))
    assert all(cell.cases == 0 for cell in matrix.cells)


@pytest.mark.parametrize("query", ["", "scam_type=refund", "visibility=public", "loss_min=1", "stage=S2&sort=-loss"])
def test_every_matrix_cell_equals_the_list_it_links_to(analysis_data, query):
    matrix = selectors.stage_technique_matrix(filtered(query))
    for cell in matrix.cells:
        cell_query = f"{query}&and_technique={cell.technique.code}"
        assert (cell.cases, cell.loss) == list_totals(cell_query), cell.technique.code
        summary = selectors.case_summary(filtered(cell_query))
        assert (summary.cases, summary.total_loss) == (cell.cases, cell.loss)
    for column in matrix.columns:
        stage_query = f"{query}&stage={column.stage.code}" if "stage=" not in query else query
        if "stage=" not in query:
            assert (column.cases, column.loss) == list_totals(stage_query), column.stage.code


def test_matrix_layout_and_known_cells(analysis_data):
    matrix = selectors.stage_technique_matrix(filtered())
    assert [column.stage.code for column in matrix.columns] == ["S1", "S2", "S3"]
    assert [[cell.technique.code for cell in column.cells] for column in matrix.columns] == [
        ["T101"],
        ["T201", "T202"],
        ["T301"],
    ]
    cells = {cell.technique.code: cell for cell in matrix.cells}
    # 乙案 tags T201 twice and counts once.
    assert (cells["T201"].cases, cells["T201"].loss) == (2, Decimal("80670.88"))
    assert (cells["T301"].cases, cells["T301"].loss) == (2, Decimal("200800.50"))
    assert cells["T101"].cases_level == selectors.SHADE_LEVELS
    assert cells["T301"].loss_level == selectors.SHADE_LEVELS
    assert 1 <= cells["T202"].loss_level < selectors.SHADE_LEVELS
    assert matrix.height == 2


def test_breakdowns_sum_to_the_list_totals_for_single_valued_dimensions(analysis_data):
    breakdowns = selectors.case_breakdowns(filtered())
    for rows in (breakdowns.platforms, breakdowns.channels, breakdowns.regions):
        assert sum(row.cases for row in rows) == breakdowns.summary.cases
        assert sum(row.loss for row in rows) == breakdowns.summary.total_loss
    platforms = {row.label: (row.cases, row.loss, row.value) for row in breakdowns.platforms}
    assert platforms["淘宝"] == (2, Decimal("275670.88"), "taobao")
    assert platforms[selectors.NOT_GIVEN][0] == 3
    assert [row.label.split()[0] for row in breakdowns.stages] == ["S1", "S2", "S3"]
    assert breakdowns.techniques[0].cases >= breakdowns.techniques[-1].cases


def test_monthly_trend_fills_gaps_and_counts_undated(analysis_data):
    trend = selectors.monthly_trend(filtered())
    assert [(m.month, m.cases, m.loss) for m in trend.months] == [
        (date(2023, 12, 1), 1, Decimal("200000.00")),
        (date(2024, 1, 1), 2, Decimal("75670.88")),
        (date(2024, 2, 1), 0, Decimal("0.00")),
        (date(2024, 3, 1), 2, Decimal("5000.00")),
    ]
    assert trend.undated == 1
    assert sum(m.cases for m in trend.months) + trend.undated == 6
    assert trend.months[0].label == "2023年12月"


def test_trend_crosses_a_year(db):
    scam_type = make_scam_type()
    for day in (date(2023, 11, 3), date(2024, 2, 1)):
        make_case(scam_type=scam_type, occurred_on=day)
    months = selectors.monthly_trend(Case.objects.all()).months
    assert [m.month for m in months] == [date(2023, 11, 1), date(2023, 12, 1), date(2024, 1, 1), date(2024, 2, 1)]


def test_shade_levels():
    assert selectors.shade_level(0, 10) == 0
    assert selectors.shade_level(1, 100) == 1
    assert selectors.shade_level(50, 100) == 3
    assert selectors.shade_level(100, 100) == 5
    assert selectors.shade_level(5, 0) == 0
