"""What one result shows: kind, highlighted title and snippet, date, link."""

from dataclasses import dataclass
from datetime import datetime

from django.utils.safestring import SafeString

from cases.models import SearchEntry

from .highlight import highlight, snippet
from .tokens import Term


@dataclass(frozen=True)
class ResultItem:
    kind: str
    kind_label: str
    title: SafeString
    snippet: SafeString
    date: datetime | None
    url: str


def result_item(entry: SearchEntry, terms: tuple[Term, ...]) -> ResultItem:
    return ResultItem(
        kind=entry.kind,
        kind_label=entry.get_kind_display(),
        title=highlight(entry.title, terms),
        snippet=snippet(entry.body, terms),
        date=entry.publish_at,
        url=entry.item.get_absolute_url(),
    )
