import pytest

from tests.factories import make_article

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_article_opens_from_the_home_page_on_a_phone(live_server, phone_page, screenshot):
    article = make_article(title="冒充客服退款，先挂电话再核实", lead="接到“客服”主动退款的电话，多半是骗局。")
    phone_page.goto(live_server.url + "/")
    phone_page.get_by_role("link", name=article.title).click()
    phone_page.wait_for_url(f"**{article.get_absolute_url()}")
    assert phone_page.locator("h1").inner_text() == article.title
    screenshot(phone_page, "smoke-article-390")
