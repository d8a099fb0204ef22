import pytest

from cases.models import Report
from tests.factories import make_scam_type

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_citizen_files_a_report_on_a_phone_and_gets_a_reference(live_server, phone_page, screenshot):
    make_scam_type(name="冒充电商物流客服诈骗")
    phone_page.goto(live_server.url + "/")
    phone_page.get_by_role("link", name="举报", exact=True).click()
    phone_page.wait_for_url("**/report/")
    assert phone_page.evaluate("document.documentElement.scrollWidth") <= 390  # nothing overflows sideways
    screenshot(phone_page, "report-form-390")

    phone_page.get_by_label("冒充电商物流客服诈骗").check()
    phone_page.get_by_label("对方用过的号码、链接、QQ/微信号、App 和收款账户").fill("来电 13812345678\nQQ 123456789")
    phone_page.get_by_label("发生了什么？").fill("对方自称快递客服，说包裹丢了要三倍理赔，让我加 QQ。")
    phone_page.get_by_label("损失金额（元）").fill("3450")
    phone_page.get_by_role("button", name="提交举报").click()
    phone_page.wait_for_selector(".reference")

    report = Report.objects.get()
    assert phone_page.locator(".reference").inner_text() == report.reference
    screenshot(phone_page, "report-done-390")
    phone_page.locator(".status-link a").click()
    assert "已收到" in phone_page.locator(".report-status").inner_text()
