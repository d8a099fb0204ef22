"""Content-Security-Policy on every page, and the templates it would break."""

import re
from pathlib import Path

import pytest
from django.urls import reverse

from tests.factories import make_article, make_case

pytestmark = pytest.mark.django_db

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


def policy(response) -> dict[str, list[str]]:
    header = response["Content-Security-Policy"]
    return {name: values for name, *values in (part.split() for part in header.split(";") if part.strip())}


def assert_strict(response):
    directives = policy(response)
    assert directives["default-src"] == ["'self'"]
    assert directives["script-src"] == ["'self'"]
    assert directives["style-src"] == ["'self'"]
    assert directives["frame-ancestors"] == ["'none'"]
    assert directives["object-src"] == ["'none'"]
    assert "unsafe-inline" not in response["Content-Security-Policy"]
    assert "unsafe-eval" not in response["Content-Security-Policy"]


def test_public_pages_send_a_strict_policy(client):
    article = make_article()
    case = make_case()
    for url in [
        "/",
        reverse("article-list"),
        article.get_absolute_url(),
        reverse("case-list"),
        case.get_absolute_url(),
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert_strict(response)
        assert response["X-Frame-Options"] == "DENY"
        assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
        assert response["X-Content-Type-Options"] == "nosniff"


def test_error_pages_send_the_policy_too(client):
    assert_strict(client.get("/articles/no-such-article/"))


def test_the_admin_needs_no_exemption(admin_client):
    # The Django 5.2 admin has no inline scripts or styles, so it gets the same strict policy.
    for url in [reverse("admin:index"), reverse("admin:cases_article_add"), reverse("admin:cases_case_changelist")]:
        response = admin_client.get(url)
        assert response.status_code == 200
        assert_strict(response)


def test_admin_login_page_sends_the_policy(client):
    assert_strict(client.get(reverse("admin:login")))


INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>", re.IGNORECASE)
INLINE_STYLE = re.compile(r"<style\b|\sstyle\s*=", re.IGNORECASE)
EVENT_HANDLER = re.compile(r"\son[a-z]+\s*=", re.IGNORECASE)
JS_URL = re.compile(r"javascript:", re.IGNORECASE)


@pytest.mark.parametrize(
    "template", sorted(TEMPLATES.rglob("*.html")), ids=lambda path: str(path.relative_to(TEMPLATES))
)
def test_templates_have_nothing_the_policy_blocks(template):
    """Inline <script>, <style>, style="" and onclick="" would be refused by the browser."""
    text = template.read_text()
    for pattern in (INLINE_SCRIPT, INLINE_STYLE, EVENT_HANDLER, JS_URL):
        assert not pattern.search(text), f"{template.name}: {pattern.pattern}"
