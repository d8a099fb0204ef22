"""The citizen's path through the public site, in Chromium at phone and desktop widths.

Screenshots of every key page at 390 px and 1280 px land in artifacts/screenshots/.
"""

import re

import pytest
from playwright.sync_api import expect

from cases.models import Status
from tests.factories import make_article, make_user
from tests.scenario import build_refund_scam

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def no_sideways_scroll(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_read_an_article_with_steps_and_dialogue_on_a_phone(live_server, phone_page, screenshot):
    scenario = build_refund_scam()
    page = phone_page
    page.goto(live_server.url + scenario.article.get_absolute_url())

    expect(page.locator("h1")).to_have_text(scenario.article.title)
    steps = page.locator("ol.steps > li")
    expect(steps).to_have_count(4)
    expect(steps.first).to_contain_text("第一步")
    expect(steps.nth(3)).to_contain_text("验证码")

    scammer = page.locator(".bubble-scammer").first
    victim = page.locator(".bubble-victim").first
    expect(scammer).to_contain_text("骗子")
    expect(victim).to_contain_text("当事人")
    # Scammer on the left, the person on the right, as in a chat app.
    assert scammer.bounding_box()["x"] < victim.bounding_box()["x"]

    expect(page.get_by_role("heading", name="警方提醒")).to_be_visible()
    expect(page.locator(".advice-list > li")).to_have_count(3)
    expect(page.locator(".case-card")).to_have_count(2)
    expect(page.locator(".case-card", has_text="损失 6.4万余元")).to_have_count(1)
    expect(page.locator("main a[href='tel:110']")).to_contain_text("立即报警")
    assert no_sideways_scroll(page)
    screenshot(page, "article-detail-390")


def test_home_to_scam_type_to_case_on_a_phone(live_server, phone_page):
    scenario = build_refund_scam(case_count=3)
    page = phone_page
    page.goto(live_server.url + "/")
    type_card = page.locator(".type-card", has_text=scenario.scam_type.name)
    expect(type_card).to_contain_text("3 起案例")

    type_card.get_by_role("link", name=scenario.scam_type.name).click()
    page.wait_for_url(f"**{scenario.scam_type.get_absolute_url()}")
    stage_titles = page.locator(".stage-title").all_inner_texts()
    assert stage_titles[:3] == ["冒充身份接触", "编造信任借口", "引导脱离平台"]
    loan = page.locator(".technique", has_text="开通备用金或借款")
    expect(loan.locator(".flags")).to_contain_text("备用金")
    expect(loan.locator(".stop")).to_contain_text("退款不需要你先借钱")
    expect(loan.locator(".stats")).to_contain_text("3 起案例")

    loan.locator(".mini-cases a").first.click()
    page.wait_for_url(re.compile(r"/cases/\d+/$"))
    timeline = page.locator(".timeline-stage")
    expect(timeline).to_have_count(4)
    expect(timeline.first).to_contain_text("冒充身份接触")
    expect(page.locator(".loss-total")).to_contain_text("元")
    expect(page.get_by_role("heading", name="遇到类似情况怎么办")).to_be_visible()
    assert no_sideways_scroll(page)


def test_filter_the_case_library(live_server, phone_page, screenshot):
    scenario = build_refund_scam(case_count=3)
    page = phone_page
    page.goto(live_server.url + "/cases/")
    expect(page.locator(".case-card")).to_have_count(3)

    page.locator(".filters summary").click()
    page.get_by_label("年份").select_option("2023")
    page.get_by_label("手法").select_option(label="T006 开通备用金或借款")
    page.get_by_role("button", name="筛选").click()
    page.wait_for_url("**technique=T006**")
    expect(page.locator(".stats-line")).to_contain_text("符合条件的 3 起案例")

    page.get_by_label("手法").select_option(label="T002 准确报出订单信息")
    page.get_by_role("button", name="筛选").click()
    page.wait_for_url("**technique=T002**")
    expect(page.locator(".case-card")).to_have_count(0)
    expect(page.locator(".empty")).to_have_text("没有符合条件的公开案例。")
    assert scenario.cases  # built, and none uses T002
    screenshot(page, "case-list-filtered-390")


def test_staff_preview_of_a_draft(live_server, browser, phone_page):
    draft = make_article(status=Status.DRAFT, publish_at=None, title="尚未发布的预警草稿")
    make_user(username="previewer", password="preview-pass-123", is_superuser=True)

    response = phone_page.goto(live_server.url + draft.get_absolute_url())
    assert response.status == 404
    expect(phone_page.locator("h1")).to_have_text("页面不存在")

    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="zh-CN")
    staff = context.new_page()
    staff.goto(live_server.url + "/admin/login/?next=" + draft.get_absolute_url())
    staff.get_by_label("用户名").fill("previewer")
    staff.get_by_label("密码").fill("preview-pass-123")
    staff.get_by_role("button", name="登录").click()
    staff.wait_for_url(f"**{draft.get_absolute_url()}")
    expect(staff.locator("h1")).to_have_text("尚未发布的预警草稿")
    expect(staff.locator(".preview-banner")).to_be_visible()
    expect(staff.locator('meta[name="robots"]')).to_have_attribute("content", "noindex, nofollow")
    context.close()


KEY_PAGES = ["home", "article-detail", "scamtype", "technique", "case-list", "case-detail"]


@pytest.mark.parametrize("width", ["390", "1280"])
def test_screenshots_of_key_pages(live_server, phone_page, desktop_page, screenshot, width):
    scenario = build_refund_scam(case_count=3)
    urls = {
        "home": "/",
        "article-detail": scenario.article.get_absolute_url(),
        "scamtype": scenario.scam_type.get_absolute_url(),
        "technique": scenario.techniques["T006"].get_absolute_url(),
        "case-list": "/cases/",
        "case-detail": scenario.cases[0].get_absolute_url(),
    }
    page = phone_page if width == "390" else desktop_page
    for name in KEY_PAGES:
        response = page.goto(live_server.url + urls[name])
        assert response.status == 200, name
        expect(page.locator("h1")).to_have_count(1)
        assert no_sideways_scroll(page), name
        screenshot(page, f"{name}-{width}")
