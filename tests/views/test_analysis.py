"""The analyst workspace pages and exports: access, content, query counts, exports."""

import csv
import io
import json
from decimal import Decimal

import pytest
from django.db import connection
from django.urls import reverse

from cases.exports import BOM
from cases.roles import ANALYST_GROUP
from cases.views.analysis import ERROR_INVALID_FILTER
from tests.factories import make_case, make_scam_type, make_stage, make_technique, make_user

LIST = reverse("analysis-case-list")
BREAKDOWNS = reverse("analysis-breakdowns")
CSV_EXPORT = reverse("analysis-export", args=["csv"])
JSON_EXPORT = reverse("analysis-export", args=["json"])
PAGES = [LIST, BREAKDOWNS, CSV_EXPORT, JSON_EXPORT, reverse("analysis-breakdown-export", args=["stage"])]


def body(response) -> str:
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return content.decode("utf-8")


@pytest.mark.parametrize("url", PAGES)
def test_anonymous_users_are_sent_to_the_workspace_login(client, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("analysis-login") + "?next=")


@pytest.mark.parametrize("url", PAGES)
def test_staff_without_the_analysis_permission_get_403(editor_client, url):
    assert editor_client.get(url).status_code == 403


@pytest.mark.parametrize("url", PAGES)
def test_analysts_and_superusers_get_in(client, analyst, url):
    client.force_login(analyst)
    assert client.get(url).status_code == 200
    client.force_login(make_user(is_superuser=True, is_staff=True))
    assert client.get(url).status_code == 200


def test_a_non_staff_analyst_signs_in_on_the_workspace_login(client, db):
    make_user(username="fenxi", password="s3cret-pass-word", groups=[ANALYST_GROUP], is_staff=False)
    response = client.post(reverse("analysis-login"), {"username": "fenxi", "password": "s3cret-pass-word"})
    assert response.status_code == 302 and response["Location"] == LIST
    assert client.get(LIST).status_code == 200
    assert client.get(reverse("admin:index")).status_code == 302  # not staff: no admin
    client.post(reverse("analysis-logout"))
    assert client.get(LIST).status_code == 302


def test_list_shows_internal_and_draft_cases_with_a_summary(analyst_client, analysis_data):
    html = body(analyst_client.get(LIST))
    for title in ("甲案", "丁案（内部）", "戊案（草稿）"):
        assert title in html
    assert "共 <strong>6</strong> 件案件" in html
    assert "281,471.38" in html
    assert "40,335.44" in html
    assert "67%" in html


def test_list_filters_from_the_url(analyst_client, analysis_data):
    html = body(analyst_client.get(LIST, {"technique": ["T201", "T202"], "technique_mode": "all"}))
    assert "甲案" in html and "乙案" not in html
    assert "共 <strong>1</strong> 件案件" in html


@pytest.mark.parametrize(
    "query", ["loss_min=abc", "occurred_after=2024-99-01", "technique=T999", "loss_min=9&loss_max=1", "region=%00"]
)
def test_invalid_filters_show_errors_not_500(analyst_client, analysis_data, query):
    for url in (LIST, BREAKDOWNS):
        response = analyst_client.get(f"{url}?{query}")
        assert response.status_code == 200
        html = body(response)
        assert 'class="errorlist' in html
        assert "共 <strong>0</strong> 件案件" in html
    export = analyst_client.get(f"{CSV_EXPORT}?{query}")
    assert export.status_code == 400
    assert body(export) == ERROR_INVALID_FILTER


def test_unknown_breakdown_table_is_404(analyst_client, db):
    assert analyst_client.get(reverse("analysis-breakdown-export", args=["weather"])).status_code == 404
    assert analyst_client.get("/analysis/export.xml").status_code == 404


def test_breakdown_page_shows_the_matrix_linking_to_the_filtered_list(analyst_client, analysis_data):
    html = body(analyst_client.get(BREAKDOWNS, {"scam_type": "refund", "shade": "loss"}))
    assert 'data-technique="T201"' in html
    assert "/analysis/?scam_type=refund&amp;and_technique=T201" in html
    assert '2 件 · <span class="nowrap">8.07万元</span>' in html  # T201's 80,670.88 yuan, compact in the cell
    assert "80,670.88" in html  # and exact in the technique table
    assert "<svg" in html and "<table" in html
    assert "按损失金额</strong>" in html


def test_sorting_links_keep_the_filter(analyst_client, analysis_data):
    html = body(analyst_client.get(LIST, {"scam_type": "refund", "page": "1"}))
    assert "?scam_type=refund&amp;sort=-loss" in html


def _many_cases(n, stage, technique):
    scam_type = make_scam_type()
    for i in range(n):
        make_case(
            scam_type=scam_type,
            is_public=bool(i % 2),
            steps=[{"stage": stage, "technique": technique, "description": "经过。"}],
            losses=[Decimal(i + 1)],
        )


def _count_queries(client, url, django_assert_max_num_queries, **params) -> int:
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, params)
        body(response)
    assert response.status_code == 200
    return len(captured)


@pytest.mark.parametrize("url", [LIST, BREAKDOWNS])
def test_query_count_does_not_grow_with_the_data(analyst_client, db, url, django_assert_num_queries):
    stage = make_stage()
    technique = make_technique(stage=stage)
    params = {"technique": technique.code, "sort": "-loss"}
    _many_cases(1, stage, technique)
    with django_assert_num_queries(EXPECTED_QUERIES[url]):
        body(analyst_client.get(url, params))
    _many_cases(60, stage, technique)  # more than a page of results
    with django_assert_num_queries(EXPECTED_QUERIES[url]):
        body(analyst_client.get(url, params))


# Session, user and its two permission lookups (4); the technique in the URL validated (1); the
# form's seven choice lists (7); then the page's own. SQLite needs one more for the median.
_MEDIAN = 0 if connection.vendor == "postgresql" else 1
EXPECTED_QUERIES = {
    LIST: 4 + 1 + 7 + 3 + _MEDIAN,  # summary (which the paginator reuses as its count), rows, their steps
    BREAKDOWNS: 4 + 1 + 7 + 3 + 1 + 1 + _MEDIAN,  # matrix (steps, stages, techniques), summary, trend + 3 breakdowns
}


def test_export_is_exactly_the_filtered_list_row_for_row(analyst_client, analysis_data):
    query = {"visibility": "public", "sort": "-loss"}
    listed = []
    page = 1
    while True:
        response = analyst_client.get(LIST, {**query, "page": page})
        listed += [case.pk for case in response.context["cases"]]
        if not response.context["page_obj"].has_next():
            break
        page += 1
    csv_response = analyst_client.get(CSV_EXPORT, query)
    assert csv_response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in csv_response["Content-Disposition"]
    text = body(csv_response)
    assert text.startswith(BOM + "编号,标题")
    rows = list(csv.DictReader(io.StringIO(text.removeprefix(BOM))))
    assert [int(row["编号"]) for row in rows] == listed
    first = rows[0]
    assert (first["标题"], first["阶段"], first["手法"], first["损失合计（元）"], first["合计为约数"]) == (
        "甲案",
        "S1|S2",
        "T101|T201|T202",
        "75670.88",
        "是",
    )
    data = json.loads(body(analyst_client.get(JSON_EXPORT, query)))
    assert [row["id"] for row in data] == listed
    assert data[0]["techniques"] == ["T101", "T201", "T202"] and data[0]["total_loss"] == "75670.88"


def test_export_of_many_cases_crosses_chunks_in_order(analyst_client, db, monkeypatch):
    from cases import exports

    monkeypatch.setattr(exports, "CHUNK_SIZE", 7)
    stage = make_stage()
    _many_cases(30, stage, make_technique(stage=stage))
    rows = list(csv.reader(io.StringIO(body(analyst_client.get(CSV_EXPORT, {"sort": "loss"})).removeprefix(BOM))))
    assert [row[-3] for row in rows[1:]] == [f"{i}.00" for i in range(1, 31)]


def test_breakdown_csv_matches_the_page(analyst_client, analysis_data):
    text = body(analyst_client.get(reverse("analysis-breakdown-export", args=["platform"]), {"scam_type": "refund"}))
    rows = list(csv.reader(io.StringIO(text.removeprefix(BOM))))
    assert rows[0] == ["冒充平台", "案件数", "损失合计（元）"]
    assert ["淘宝", "1", "75670.88"] in rows
    month = body(analyst_client.get(reverse("analysis-breakdown-export", args=["month"])))
    assert "2024-02,0,0.00" in month


@pytest.mark.parametrize(
    "dimension, attribute",
    [("stage", "stages"), ("technique", "techniques"), ("platform", "platforms"), ("channel", "channels"),
     ("region", "regions")],
)  # fmt: skip
def test_each_breakdown_csv_is_the_breakdown_pages_table(analyst_client, analysis_data, dimension, attribute):
    query = {"visibility": "public"}
    page = analyst_client.get(BREAKDOWNS, query).context["breakdowns"]
    text = body(analyst_client.get(reverse("analysis-breakdown-export", args=[dimension]), query))
    rows = list(csv.reader(io.StringIO(text.removeprefix(BOM))))[1:]
    expected = [[b.label, str(b.cases), str(b.loss)] for b in getattr(page, attribute)]
    assert rows == expected and any(b.cases for b in getattr(page, attribute))
