import pytest

from tests.factories import make_article

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_search_from_the_header_on_a_phone(live_server, phone_page, screenshot):
    article = make_article(
        title="“客服”让你开通备用金？挂断！",
        lead="骗子冒充平台客服，以快递丢失为由，诱导开通备用金、下载开会宝并共享屏幕。",
    )
    make_article(title="网购退款陷阱", body="假客服让你打开屏幕共享。")
    phone_page.goto(live_server.url + "/")
    phone_page.locator("header").get_by_role("searchbox").fill("備用金")  # traditional form
    phone_page.locator("header").get_by_role("button", name="搜索").click()
    phone_page.wait_for_url("**/search/?q=*")
    results = phone_page.locator(".search-results > li")
    assert results.count() == 1
    assert results.first.locator("mark").first.inner_text() == "备用金"
    screenshot(phone_page, "search-results-390")
    results.first.get_by_role("link").click()
    phone_page.wait_for_url(f"**{article.get_absolute_url()}")


def test_empty_search_page_on_a_phone(live_server, phone_page, screenshot):
    phone_page.goto(live_server.url + "/search/")
    assert phone_page.get_by_role("heading", name="大家常搜").is_visible()
    screenshot(phone_page, "search-empty-390")
