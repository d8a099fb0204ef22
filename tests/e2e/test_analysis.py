import re

import pytest
from django.contrib.auth.models import Group, Permission

from cases.roles import ANALYST_GROUP
from tests.analysis_data import build_analysis_data
from tests.factories import make_user

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PASSWORD = "analyst-e2e-password"


def analyst_group():
    """Transactional tests flush the groups migration 0002 made; put back the one needed here."""
    group, _ = Group.objects.get_or_create(name=ANALYST_GROUP)
    group.permissions.add(Permission.objects.get(content_type__app_label="cases", codename="view_analysis"))


def sign_in(page, live_server):
    analyst_group()
    make_user(username="fenxi", password=PASSWORD, groups=[ANALYST_GROUP], is_staff=False)
    page.goto(live_server.url + "/analysis/")
    page.wait_for_url(re.compile(r".*/analysis/login/\?next=.*"))
    page.get_by_label("用户名").fill("fenxi")
    page.get_by_label("密码").fill(PASSWORD)
    page.get_by_role("button", name="登录").click()
    page.wait_for_url(re.compile(r".*/analysis/$"))


def assert_filter_inputs_fit_the_panel(page):
    """Every input of the filter form lies inside the panel, and no two overlap (a label's text
    wrapping letter by letter, or date fields drawn over each other, once came from a grid
    meant for the public filters)."""
    panel = page.locator(".filter-panel").bounding_box()
    fields = page.locator(".filter-form input:visible, .filter-form select:visible").all()
    boxes = [box for box in (field.bounding_box() for field in fields) if box]
    assert len(boxes) >= 8
    for box in boxes:
        assert panel["x"] <= box["x"] and box["x"] + box["width"] <= panel["x"] + panel["width"] + 0.5
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            apart = a["y"] + a["height"] <= b["y"] or b["y"] + b["height"] <= a["y"]
            assert apart or a["x"] + a["width"] <= b["x"] or b["x"] + b["width"] <= a["x"]


def test_analyst_signs_in_filters_and_opens_a_matrix_cell(live_server, desktop_page, screenshot):
    build_analysis_data()
    page = desktop_page
    sign_in(page, live_server)
    assert "共 6 件案件" in page.locator(".summary-line").inner_text()
    assert_filter_inputs_fit_the_panel(page)

    page.locator("summary", has_text="诈骗类型").click()
    page.get_by_label("冒充客服").check()
    page.get_by_role("button", name="筛选").click()
    page.wait_for_url(re.compile(r".*scam_type=refund.*"))
    assert "共 4 件案件" in page.locator(".summary-line").inner_text()
    assert page.locator("table.results tbody tr").count() == 4
    screenshot(page, "analysis-list-1280")

    page.get_by_role("link", name="统计与矩阵").click()
    page.wait_for_url(re.compile(r".*/analysis/breakdowns/\?.*scam_type=refund.*"))
    cell = page.locator('.matrix-cell[data-technique="T201"]')
    assert "2 件" in cell.inner_text()
    assert page.locator("svg.chart").count() >= 5
    screenshot(page, "analysis-matrix-1280")

    page.get_by_role("link", name="按损失金额").click()
    page.wait_for_url(re.compile(r".*shade=loss.*"))
    cell = page.locator('.matrix-cell[data-technique="T201"]')
    cell.click()
    page.wait_for_url(re.compile(r".*/analysis/\?.*scam_type=refund.*&and_technique=T201$"))
    assert "共 2 件案件" in page.locator(".summary-line").inner_text()


def test_workspace_on_a_phone(live_server, phone_page, screenshot):
    build_analysis_data()
    sign_in(phone_page, live_server)
    assert_filter_inputs_fit_the_panel(phone_page)
    screenshot(phone_page, "analysis-list-390")
    # A range's two inputs are found by their names, as a screen reader announces them.
    phone_page.get_by_role("group", name="损失（元）").get_by_label("最低").fill("100000")
    phone_page.get_by_role("button", name="筛选").click()
    phone_page.wait_for_url(re.compile(r".*loss_min=100000.*"))
    assert "共 1 件案件" in phone_page.locator(".summary-line").inner_text()
    phone_page.goto(live_server.url + "/analysis/breakdowns/")
    assert phone_page.locator(".matrix-column").count() == 3
    screenshot(phone_page, "analysis-matrix-390")
