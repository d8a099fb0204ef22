"""Structure every public page must have: language, landmarks, one h1, heading order, alt text.

Plus the stylesheet's colour pairs meet WCAG AA contrast (4.5:1 for text) and
no page pulls anything from another host.
"""

import re
from html.parser import HTMLParser

import pytest

from tests.factories import make_article
from tests.scenario import build_refund_scam

pytestmark = pytest.mark.django_db


class PageOutline(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[str] = []
        self.headings: list[int] = []
        self.images_without_alt = 0
        self.lang = None
        self.nav_labels: list[str | None] = []
        self.external: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.tags.append(tag)
        if tag == "html":
            self.lang = attributes.get("lang")
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))
        if tag == "img" and "alt" not in attributes:
            self.images_without_alt += 1
        if tag == "nav":
            self.nav_labels.append(attributes.get("aria-label"))
        # Stylesheets, scripts, images and icons must come from this site.
        if tag in {"script", "img", "iframe"} and attributes.get("src", "").startswith(("http", "//")):
            self.external.append(attributes["src"])
        local_link = not attributes.get("href", "").startswith(("http", "//"))
        if tag == "link" and attributes.get("rel") in {"stylesheet", "icon", "preload"} and not local_link:
            self.external.append(attributes["href"])


def outline(html: str) -> PageOutline:
    parser = PageOutline()
    parser.feed(html)
    return parser


@pytest.fixture
def public_urls():
    scenario = build_refund_scam(case_count=2)
    draft_free = make_article(title="无步骤文章")
    return [
        "/",
        "/articles/",
        scenario.article.get_absolute_url(),
        draft_free.get_absolute_url(),
        scenario.scam_type.get_absolute_url(),
        scenario.techniques["T006"].get_absolute_url(),
        "/cases/",
        "/cases/?technique=T006&year=abc",
        scenario.cases[0].get_absolute_url(),
        "/no-such-page/",
    ]


def test_every_public_page_has_landmarks_one_h1_ordered_headings_and_alt_text(client, public_urls):
    for url in public_urls:
        page = outline(client.get(url).content.decode())
        assert page.lang == "zh-CN", url
        for landmark in ("header", "nav", "main", "footer"):
            assert landmark in page.tags, (url, landmark)
        assert all(page.nav_labels), url
        assert page.headings.count(1) == 1, url
        assert page.headings[0] == 1, url
        for previous, current in zip(page.headings, page.headings[1:], strict=False):
            assert current <= previous + 1, (url, page.headings)
        assert page.images_without_alt == 0, url
        assert page.external == [], url


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    light, dark = sorted([_luminance(a), _luminance(b)], reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.parametrize(
    ("text", "background"),
    [
        ("ink", "paper"),
        ("muted", "paper"),
        ("muted", "soft"),
        ("link", "paper"),
        ("accent", "paper"),
        ("accent", "danger-bg"),
        ("accent", "soft"),
        ("accent-ink", "accent"),
        ("accent-dark", "danger-bg"),
        ("safe", "paper"),
        ("safe", "safe-bg"),
        ("ink", "warn-bg"),
    ],
)
def test_stylesheet_colour_pairs_meet_wcag_aa(settings, text, background):
    css = (settings.BASE_DIR / "static" / "css" / "site.css").read_text()
    colours = dict(re.findall(r"--([a-z-]+):\s*(#[0-9a-fA-F]{6})", css))
    assert contrast(colours[text], colours[background]) >= 4.5


def test_stylesheet_shows_keyboard_focus_and_loads_nothing_external(settings):
    css = (settings.BASE_DIR / "static" / "css" / "site.css").read_text()
    assert ":focus-visible" in css and "outline: 3px solid" in css
    assert "@import" not in css
    assert "url(" not in css
    assert "@font-face" not in css
