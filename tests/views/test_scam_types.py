"""The scam-type explainer and the technique page."""

from decimal import Decimal

import pytest
from pytest_django.asserts import assertContains, assertNotContains

from cases.models import Status
from tests.factories import make_case, make_technique
from tests.scenario import build_refund_scam
from tests.views.conftest import HIDDEN

pytestmark = pytest.mark.django_db


def test_explainer_walks_the_stages_in_order_with_techniques_flags_advice_and_cases(client):
    scenario = build_refund_scam(case_count=3)
    response = client.get(scenario.scam_type.get_absolute_url())
    html = response.content.decode()

    stage_names = [stage.name for stage in response.context["stages"]]
    assert stage_names == ["冒充身份接触", "编造信任借口", "引导脱离平台", "操控与施压", "骗取钱财", "切断联系"]
    for text in [
        "开通备用金或借款",
        "“备用金”",
        "在这一步你还能停下来",
        "退款不需要你先借钱",
        "快递丢失，平台按双倍赔偿",
    ]:
        assert text in html
    assert html.index("冒充身份接触") < html.index("骗取钱财") < html.index("切断联系")

    loan = next(t for s in response.context["stages"] for t in s.type_techniques if t.code == "T006")
    assert loan.case_count == 3
    assert loan.case_loss == Decimal("105450")
    assert len(loan.example_cases) == 3
    assert response.context["totals"] == {"case_count": 3, "total_loss": Decimal("105450")}
    assertContains(response, 'href="/cases/?scam_type=fake-customer-service&amp;technique=T006"')


def test_explainer_counts_ignore_hidden_cases(client, hidden_items):
    scenario = build_refund_scam(case_count=1)
    technique = scenario.techniques["T006"]
    for name in ["draft_case", "future_case", "archived_case", "internal_case"]:
        case = hidden_items[name]
        case.scam_type = scenario.scam_type
        case.save()
        case.steps.create(order=1, stage=technique.stage, technique=technique, description="一步")
    response = client.get(scenario.scam_type.get_absolute_url())
    assert response.context["totals"]["case_count"] == 1
    loan = next(t for s in response.context["stages"] for t in s.type_techniques if t.code == "T006")
    assert (loan.case_count, loan.case_loss) == (1, Decimal("64000"))
    assertNotContains(response, HIDDEN)


def test_a_case_with_two_steps_of_one_technique_counts_once(client):
    scenario = build_refund_scam(case_count=1)
    case = scenario.cases[0]
    technique = scenario.techniques["T006"]
    case.steps.create(order=9, stage=technique.stage, technique=technique, description="又借了一次")
    response = client.get(scenario.scam_type.get_absolute_url())
    loan = next(t for s in response.context["stages"] for t in s.type_techniques if t.code == "T006")
    assert (loan.case_count, loan.case_loss, loan.example_cases) == (1, Decimal("64000"), [case])


@pytest.mark.parametrize("name", ["hidden_type", "future_type"])
def test_unpublished_scam_types_are_404(client, hidden_items, name):
    assert client.get(hidden_items[name].get_absolute_url()).status_code == 404


def test_staff_can_preview_a_draft_scam_type(editor_client, hidden_items):
    response = editor_client.get(hidden_items["hidden_type"].get_absolute_url())
    assert response.status_code == 200
    assert response["X-Robots-Tag"] == "noindex, nofollow"


def test_explainer_query_count_does_not_grow(count_queries):
    scenario = build_refund_scam(case_count=1)
    url = scenario.scam_type.get_absolute_url()
    one = count_queries(url)
    steps = [{"stage": t.stage, "technique": t, "description": "一步"} for t in scenario.techniques.values()]
    for _ in range(49):
        make_case(scam_type=scenario.scam_type, steps=steps, losses=[100, 200])
    assert count_queries(url) == one <= 12


# Technique page


def test_technique_page_shows_stage_flags_advice_types_and_public_cases(client, hidden_items):
    scenario = build_refund_scam(case_count=2)
    technique = scenario.techniques["T006"]
    hidden_items["internal_case"].steps.create(order=1, stage=technique.stage, technique=technique, description="x")
    response = client.get(technique.get_absolute_url())
    html = response.content.decode()
    for text in ["开通备用金或借款", "骗取钱财", "“信用分不足”", "退款不需要你先借钱", "冒充电商物流客服诈骗"]:
        assert text in html
    assert response.context["totals"] == {"case_count": 2, "total_loss": Decimal("67450")}
    assert HIDDEN not in html


def test_technique_page_lists_only_published_scam_types(client):
    scenario = build_refund_scam(case_count=0)
    technique = scenario.techniques["T001"]
    scenario.scam_type.status = Status.DRAFT
    scenario.scam_type.save()
    assertNotContains(client.get(technique.get_absolute_url()), scenario.scam_type.name)


@pytest.mark.parametrize("code", ["T999", "x" * 3000, "T001%00", "t001", "T0001%2F"])
def test_unknown_technique_is_404(client, code):
    make_technique(code="T001")
    assert client.get(f"/techniques/{code}/").status_code == 404


def test_technique_query_count_does_not_grow(count_queries):
    scenario = build_refund_scam(case_count=1)
    technique = scenario.techniques["T006"]
    one = count_queries(technique.get_absolute_url())
    steps = [{"stage": technique.stage, "technique": technique, "description": "一步"}]
    for _ in range(49):
        make_case(scam_type=scenario.scam_type, steps=steps, losses=[100])
    assert count_queries(technique.get_absolute_url()) == one <= 8


def test_retired_techniques_leave_the_explainer_filters_and_sitemap(client):
    scenario = build_refund_scam(case_count=1)
    retired = make_technique(code="T900", name="已停用的手法", stage=scenario.stages["S3"], retired=True)
    retired.scam_types.add(scenario.scam_type)
    for url in [scenario.scam_type.get_absolute_url(), "/cases/", "/sitemap.xml"]:
        assertNotContains(client.get(url), "T900")
    assertNotContains(client.get(scenario.scam_type.get_absolute_url()), "已停用的手法")
