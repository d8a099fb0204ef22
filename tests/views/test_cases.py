"""The public case library: list with filters, and the case page."""

from datetime import date
from decimal import Decimal

import pytest
from pytest_django.asserts import assertContains, assertNotContains

from cases.models import Channel, Platform, Region
from tests.factories import make_case, make_scam_type
from tests.scenario import build_refund_scam
from tests.views.conftest import HIDDEN

pytestmark = pytest.mark.django_db


def titles(response):
    return {case.title for case in response.context["cases"]}


@pytest.fixture
def library():
    scenario = build_refund_scam(case_count=2)
    other_type = make_scam_type(slug="order-brushing", name="刷单返利诈骗")
    other = make_case(
        title="刷单返利案例",
        scam_type=other_type,
        platform=Platform.objects.create(name="抖音", slug="douyin"),
        channel=Channel.objects.create(name="短信", slug="sms"),
        region=Region.objects.create(name="南宁市", province="广西"),
        occurred_on=date(2021, 3, 1),
        steps=[{"stage": scenario.stages["S6"], "technique": scenario.techniques["T007"], "description": "一步"}],
        losses=[5000],
    )
    return scenario, other


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"scam_type": "order-brushing"}, {"刷单返利案例"}),
        ({"stage": "S5"}, {"“客服”说快递丢了要双倍赔偿，她被骗1", "“客服”说快递丢了要双倍赔偿，她被骗2"}),
        ({"technique": "T007"}, {"刷单返利案例"}),
        ({"platform": "douyin"}, {"刷单返利案例"}),
        ({"channel": "sms"}, {"刷单返利案例"}),
        ({"year": "2021"}, {"刷单返利案例"}),
        (
            {"year": "2023", "technique": "T006"},
            {"“客服”说快递丢了要双倍赔偿，她被骗1", "“客服”说快递丢了要双倍赔偿，她被骗2"},
        ),
        ({"scam_type": "order-brushing", "technique": "T006"}, set()),
    ],
)
def test_case_filters(client, library, params, expected):
    response = client.get("/cases/", params)
    assert response.status_code == 200
    assert titles(response) == expected
    assert "部分筛选条件无效" not in response.content.decode()


def test_region_filter_uses_the_region_id(client, library):
    _, other = library
    response = client.get("/cases/", {"region": other.region_id})
    assert titles(response) == {"刷单返利案例"}


def test_list_totals_follow_the_filters(client, library):
    response = client.get("/cases/", {"technique": "T006"})
    assert response.context["totals"] == {"case_count": 2, "total_loss": Decimal("67450")}
    assertContains(response, "符合条件的 <strong>2</strong> 起案例，损失合计 <strong>6.75万元</strong>")


@pytest.mark.parametrize(
    "params",
    [
        {"scam_type": "nope"},
        {"stage": "S99"},
        {"technique": "T1234"},
        {"platform": "x" * 5000},
        {"region": "abc"},
        {"region": "99999999999999999999999"},
        {"year": "1999"},
        {"year": "abc"},
        {"year": "2023" * 500},
        {"scam_type": "fake\x00"},
        {"technique": "T0\x0006"},
    ],
)
def test_invalid_filter_values_are_ignored_with_a_message(client, library, params):
    response = client.get("/cases/", params)
    assert response.status_code == 200
    assertContains(response, "部分筛选条件无效，已忽略。")
    assert len(titles(response)) == 3


@pytest.mark.parametrize("page", ["abc", "999999", "-3"])
def test_bad_page_numbers_are_404(client, library, page):
    assert client.get("/cases/", {"page": page}).status_code == 404


def test_hidden_cases_are_absent_from_the_list_counts_and_choices(client, hidden_items):
    hidden_items["internal_case"].platform = Platform.objects.create(name="内部平台", slug="internal")
    hidden_items["internal_case"].save()
    response = client.get("/cases/")
    assertNotContains(response, HIDDEN)
    assertNotContains(response, "内部平台")
    assert response.context["totals"]["case_count"] == 0


@pytest.mark.parametrize("name", ["draft_case", "future_case", "archived_case", "internal_case"])
def test_hidden_cases_are_404(client, hidden_items, name):
    assert client.get(hidden_items[name].get_absolute_url()).status_code == 404


def test_case_list_query_count_does_not_grow(count_queries, library):
    scenario, _ = library
    url = "/cases/?scam_type=fake-customer-service&technique=T006&year=2023"
    one = count_queries(url)
    steps = [{"stage": scenario.stages["S6"], "technique": scenario.techniques["T006"], "description": "一步"}]
    for n in range(48):
        make_case(
            scam_type=scenario.scam_type,
            steps=steps,
            losses=[100],
            occurred_on=date(2023, 1, 1),
            region=Region.objects.create(name=f"地区{n}"),
        )
    assert count_queries(url) == one <= 14


# Detail


def test_case_page_shows_the_timeline_by_stage_and_the_losses(client):
    scenario = build_refund_scam(case_count=1)
    case = scenario.cases[0]
    response = client.get(case.get_absolute_url())
    html = response.content.decode()
    stages = ["冒充身份接触", "编造信任借口", "操控与施压", "骗取钱财"]
    positions = [html.index(f"</span>{name}</h3>") for name in stages]
    assert positions == sorted(positions)
    assert html.count('<li class="timeline-stage">') == 4
    assertContains(response, '<a href="/techniques/T006/">开通备用金或借款</a>', html=True)
    assertContains(response, "6.4万余元")
    assertContains(response, "阿苹（化名）")
    assertContains(response, f'<a href="{scenario.scam_type.get_absolute_url()}">冒充电商物流客服诈骗</a>', html=True)


def test_case_page_never_shows_internal_notes(client):
    case = make_case(internal_notes="内部备注：受害人电话13800000000")
    assertNotContains(client.get(case.get_absolute_url()), "13800000000")


def test_case_page_lists_only_published_articles(client, hidden_items):
    case = make_case()
    hidden_items["draft_article"].featured_cases.add(case)
    assertNotContains(client.get(case.get_absolute_url()), HIDDEN)


def test_case_detail_query_count_does_not_grow(count_queries):
    scenario = build_refund_scam(case_count=1)
    case = scenario.cases[0]
    one = count_queries(case.get_absolute_url())
    technique = scenario.techniques["T005"]
    for order in range(10, 56):
        case.steps.create(order=order, stage=technique.stage, technique=technique, description="又一步")
        case.losses.create(order=order, amount=Decimal("10"))
    assert count_queries(case.get_absolute_url()) == one <= 6
