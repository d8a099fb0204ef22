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


def test_analyst_signs_in_filters_and_opens_a_matrix_cell(live_server, desktop_page, screenshot):
    build_analysis_data()
    page = desktop_page
    sign_in(page, live_server)
    assert "共 6 件案件" in page.locator(".summary-line").inner_text()

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
    screenshot(phone_page, "analysis-list-390")
    phone_page.goto(live_server.url + "/analysis/breakdowns/")
    assert phone_page.locator(".matrix-column").count() == 3
    screenshot(phone_page, "analysis-matrix-390")
