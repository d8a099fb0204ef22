"""Markdown to safe HTML: the only path by which staff-written text becomes markup."""

import threading

import markdown
import nh3

ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "code", "em", "figcaption", "figure", "h2", "h3", "h4",
    "hr", "i", "img", "li", "mark", "ol", "p", "pre", "strong", "sub", "sup", "table", "tbody",
    "td", "th", "thead", "tr", "ul",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title", "width", "height"},
    "abbr": {"title"},
    "td": {"align"},
    "th": {"align"},
}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}

# A renderer per thread, reset before each use: building one loads its extensions, which
# costs more than rendering an article.
_renderers = threading.local()


def _renderer() -> markdown.Markdown:
    if not hasattr(_renderers, "markdown"):
        _renderers.markdown = markdown.Markdown(extensions=["extra", "sane_lists"], output_format="html")
    return _renderers.markdown.reset()


def render_markdown(text: str) -> str:
    """Render Markdown, then keep only harmless tags, attributes and URL schemes.

    Raw HTML inside the Markdown passes through the renderer, so the sanitiser
    runs last: no script, no event handlers, no `javascript:` links survive.
    """
    html = _renderer().convert(text or "")
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="noopener noreferrer nofollow",
    )
