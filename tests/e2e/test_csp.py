"""In a real browser, the Content-Security-Policy blocks nothing the site or the admin uses."""

import pytest
from django.urls import reverse

from tests.factories import make_article, make_case, make_user

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def watch_csp(page) -> list[str]:
    violations = []
    page.on("console", lambda message: "Content Security Policy" in message.text and violations.append(message.text))
    return violations


def test_public_pages_and_admin_run_without_csp_violations(live_server, desktop_page):
    article = make_article(title="CSP 检查文章")
    case = make_case(title="CSP 检查案例")
    make_user(username="csp-admin", password="a-long-enough-password-42", is_superuser=True)
    violations = watch_csp(desktop_page)

    for url in [
        "/",
        reverse("article-list"),
        article.get_absolute_url(),
        reverse("case-list"),
        case.get_absolute_url(),
    ]:
        desktop_page.goto(live_server.url + url)
        desktop_page.wait_for_load_state("networkidle")

    desktop_page.goto(live_server.url + reverse("admin:login"))
    desktop_page.fill("#id_username", "csp-admin")
    desktop_page.fill("#id_password", "a-long-enough-password-42")
    desktop_page.click("input[type=submit]")
    desktop_page.wait_for_url(f"**{reverse('admin:index')}")
    for url in [
        reverse("admin:cases_article_change", args=[article.pk]),
        reverse("admin:cases_case_change", args=[case.pk]),
        reverse("admin:cases_article_changelist"),
    ]:
        desktop_page.goto(live_server.url + url)
        desktop_page.wait_for_load_state("networkidle")
    # Widgets that build markup in JavaScript: the date picker and an inline "add another" row.
    desktop_page.goto(live_server.url + reverse("admin:cases_case_change", args=[case.pk]))
    desktop_page.locator(".datetimeshortcuts a").first.click()
    desktop_page.locator(".add-row a").first.click()

    assert violations == []
