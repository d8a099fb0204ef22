"""The citizen's path through the public site on the demo content, in Chromium.

A phone user goes from the home page to understanding, step by step, how the
fake customer-service refund scam works, sees real cases with their losses and
knows whom to call. Screenshots of every key page at 390 px and 1280 px land in
artifacts/screenshots/.
"""

import re

import pytest
from playwright.sync_api import expect

from cases.models import Article, Case, ScamType, Stage
from cases.services.loading import demo_load
from tests.factories import make_user

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

REFUND_SCAM = "fake-customer-service"
ARTICLE_WITH_DIALOGUE = "wuhan-quality-problem-refund-trap"
LOAN_TECHNIQUE = "T015"  # 诱导开通或“关闭”备用金、借呗等借款


@pytest.fixture
def demo(transactional_db):
    demo_load()


def no_sideways_scroll(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def published_cases_using(code: str, **filters) -> int:
    return Case.objects.published().filter(steps__technique__code=code, **filters).distinct().count()


def test_read_an_article_with_steps_and_dialogue_on_a_phone(demo, live_server, phone_page, screenshot):
    article = Article.objects.get(slug=ARTICLE_WITH_DIALOGUE)
    page = phone_page
    page.goto(live_server.url + article.get_absolute_url())

    expect(page.locator("h1")).to_have_text(article.title)
    steps = page.locator("ol.steps > li")
    expect(steps).to_have_count(article.steps.count())
    expect(steps.first).to_contain_text("第一步")
    expect(steps.last).to_contain_text("验证码")

    scammer = page.locator(".bubble-scammer").first
    victim = page.locator(".bubble-victim").first
    expect(scammer).to_contain_text("骗子")
    expect(victim).to_contain_text("当事人")
    expect(page.locator(".bubble")).to_have_count(article.dialogue.count())
    # Scammer on the left, the person on the right, as in a chat app.
    assert scammer.bounding_box()["x"] < victim.bounding_box()["x"]

    expect(page.locator(".case-card").first).to_contain_text("元")
    expect(page.locator(".advice-list > li")).to_have_count(article.advice_items.count())
    expect(page.locator(".source")).to_contain_text("转载自")
    expect(page.locator("main a[href='tel:110']")).to_contain_text("立即报警")
    assert no_sideways_scroll(page)
    screenshot(page, "article-dialogue-390")


def test_home_to_scam_type_to_case_on_a_phone(demo, live_server, phone_page):
    scam_type = ScamType.objects.get(slug=REFUND_SCAM)
    page = phone_page
    page.goto(live_server.url + "/")
    card = page.locator(".type-card", has_text=scam_type.name)
    expect(card).to_contain_text(f"{Case.objects.published().filter(scam_type=scam_type).count()} 起案例")

    card.get_by_role("link", name=scam_type.name).click()
    page.wait_for_url(f"**{scam_type.get_absolute_url()}")
    shown = page.locator(".stage-title").all_inner_texts()
    in_order = [name for name in Stage.objects.order_by("order").values_list("name", flat=True) if name in shown]
    assert shown == in_order and len(shown) >= 6

    stage = page.locator(".stage", has=page.locator(f"#{LOAN_TECHNIQUE}"))
    expect(stage.locator(".stop")).to_be_visible()
    expect(stage.locator(".stop")).to_contain_text("在这一步你还能停下来")
    loan = page.locator(f"details#{LOAN_TECHNIQUE}")
    expect(loan.locator(".flags")).to_be_hidden()  # collapsed until tapped: the page stays short
    loan.locator("summary").click()
    expect(loan.locator(".flags li").first).to_be_visible()
    expect(loan.locator(".stats")).to_contain_text(
        f"{published_cases_using(LOAN_TECHNIQUE, scam_type=scam_type)} 起案例"
    )

    loan.locator(".mini-cases a").first.click()
    page.wait_for_url(re.compile(r"/cases/\d+/$"))
    expect(page.locator(".timeline-stage").first).to_be_visible()
    expect(page.locator(".technique-tag", has_text="备用金").first).to_be_visible()
    expect(page.locator(".loss-total")).to_contain_text("万")
    expect(page.get_by_role("heading", name="遇到类似情况怎么办")).to_be_visible()
    expect(page.locator("main a[href='tel:96110']").first).to_be_visible()
    assert no_sideways_scroll(page)


def test_filter_the_case_library(demo, live_server, phone_page, screenshot):
    page = phone_page
    page.goto(live_server.url + "/cases/")
    expect(page.locator(".stats-line")).to_contain_text(f"共 {Case.objects.published().count()} 起案例")

    page.locator(".filters summary").click()
    page.get_by_label("诈骗类型").select_option(REFUND_SCAM)
    page.get_by_label("手法").select_option(LOAN_TECHNIQUE)
    page.get_by_role("button", name="筛选").click()
    page.wait_for_url(f"**technique={LOAN_TECHNIQUE}**")
    assert no_sideways_scroll(page)
    expected = published_cases_using(LOAN_TECHNIQUE, scam_type__slug=REFUND_SCAM)
    assert expected > 0
    expect(page.locator(".stats-line")).to_contain_text(f"符合条件的 {expected} 起案例")
    expect(page.locator(".case-card")).to_have_count(expected)
    screenshot(page, "case-list-filtered-390")

    page.get_by_label("诈骗类型").select_option("impersonating-police")
    page.get_by_role("button", name="筛选").click()
    page.wait_for_url("**scam_type=impersonating-police**")
    expect(page.locator(".empty")).to_have_text("没有符合条件的公开案例。")


def test_staff_preview_of_a_draft(demo, live_server, browser, phone_page):
    draft = Article.objects.drafts().first()
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
    expect(staff.locator("h1")).to_have_text(draft.title)
    expect(staff.locator(".preview-banner")).to_be_visible()
    expect(staff.locator('meta[name="robots"]')).to_have_attribute("content", "noindex, nofollow")
    context.close()


@pytest.mark.parametrize("width", ["390", "1280"])
def test_screenshots_of_key_pages(demo, live_server, phone_page, desktop_page, screenshot, width):
    case = (
        Case.objects.published()
        .filter(scam_type__slug=REFUND_SCAM, steps__technique__code=LOAN_TECHNIQUE)
        .order_by("-total_loss")
        .first()
    )
    urls = {
        "home": "/",
        "article-detail": Article.objects.get(slug=ARTICLE_WITH_DIALOGUE).get_absolute_url(),
        "scamtype": f"/types/{REFUND_SCAM}/",
        "technique": f"/techniques/{LOAN_TECHNIQUE}/",
        "case-list": "/cases/",
        "case-detail": case.get_absolute_url(),
    }
    page = phone_page if width == "390" else desktop_page
    for name, url in urls.items():
        response = page.goto(live_server.url + url)
        assert response.status == 200, name
        expect(page.locator("h1")).to_have_count(1)
        assert no_sideways_scroll(page), name
        screenshot(page, f"{name}-{width}")
