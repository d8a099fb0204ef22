"""Snippets with the matched terms in `<mark>`, built in Python.

PostgreSQL's `ts_headline` cannot cut Chinese into words, so highlighting uses
each term's regular expression (the SQLite matcher) over the stored folded text.
Everything outside the marks is escaped.
"""

import re

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from .tokens import Term

SNIPPET_CHARS = 120
LEAD_IN_CHARS = 30  # how much text to show before the first match


def _pattern(terms: tuple[Term, ...]) -> re.Pattern | None:
    if not terms:
        return None
    # Longest first, so 屏幕共享 is marked whole rather than as 屏幕.
    alternatives = sorted((term.regex() for term in terms), key=len, reverse=True)
    return re.compile("|".join(f"(?:{alternative})" for alternative in alternatives), re.IGNORECASE)


def highlight(text: str, terms: tuple[Term, ...]) -> SafeString:
    pattern = _pattern(terms)
    if pattern is None:
        return escape(text)
    parts = []
    position = 0
    for match in pattern.finditer(text):
        parts.append(escape(text[position : match.start()]))
        parts.append(f"<mark>{escape(match.group())}</mark>")
        position = match.end()
    parts.append(escape(text[position:]))
    return mark_safe("".join(parts))  # every piece above is escaped


def snippet(text: str, terms: tuple[Term, ...], *, length: int = SNIPPET_CHARS) -> SafeString:
    """About `length` characters around the first match (or the start), highlighted."""
    text = " ".join(text.split())  # one line
    pattern = _pattern(terms)
    match = pattern.search(text) if pattern else None
    start = max(0, match.start() - LEAD_IN_CHARS) if match else 0
    end = min(len(text), start + length)
    if match and match.end() > end:
        end = match.end()
    window = highlight(text[start:end], terms)
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    return mark_safe(f"{prefix}{window}{suffix}")  # highlight() escaped the text
