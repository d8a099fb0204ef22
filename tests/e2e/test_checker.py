import pytest

from cases.services.loading import taxonomy_load

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

MESSAGE = "您好，我是淘宝客服，您买的外套有质量问题，给您三倍赔偿。请下载开会宝，打开屏幕共享，再把验证码告诉我。"


def check(page, live_server):
    page.goto(live_server.url + "/check/")
    page.get_by_label("可疑消息").fill(MESSAGE)
    page.get_by_role("button", name="检查").click()
    page.wait_for_selector(".verdict")


def test_citizen_pastes_a_message_on_a_phone_and_sees_highlights(live_server, phone_page, desktop_page, screenshot):
    taxonomy_load()
    phone_page.goto(live_server.url + "/")
    phone_page.get_by_role("link", name="风险自查").click()
    phone_page.wait_for_url("**/check/")
    check(phone_page, live_server)

    assert phone_page.locator(".verdict h2").inner_text() == "高度疑似诈骗"
    marks = phone_page.locator(".checked-message mark").all_inner_texts()
    assert "三倍赔偿" in marks and "屏幕共享" in marks
    assert phone_page.get_by_role("link", name="冒充电商物流客服诈骗").count() == 0  # the type is a heading …
    assert phone_page.get_by_role("link", name="看看这类骗局是怎么一步步展开的").count() >= 1  # … with its explainer
    # Nothing overflows sideways on a phone.
    assert phone_page.evaluate("document.documentElement.scrollWidth") <= 390
    screenshot(phone_page, "checker-result-390")

    check(desktop_page, live_server)
    screenshot(desktop_page, "checker-result-1280")


def test_sample_link_fills_the_box_and_shows_a_result(live_server, phone_page, screenshot):
    taxonomy_load()
    phone_page.goto(live_server.url + "/check/")
    screenshot(phone_page, "checker-empty-390")
    phone_page.get_by_role("link", name="“刷单”聊天").click()
    phone_page.wait_for_selector(".verdict")
    assert "刷单" in phone_page.get_by_label("可疑消息").input_value()
    assert phone_page.locator(".checked-message mark").count() >= 1
