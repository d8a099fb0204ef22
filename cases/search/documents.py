"""What each searchable model contributes to the index: a title, plain body text and a date.

Only public-facing text of the item itself and of the rows edited with it (its
inlines) goes in, so a save of the item or of one of those rows is all it takes
to keep the entry current. Text shown from other models (advice, stage names,
regions) is not indexed: editing those would otherwise leave entries stale.
Internal fields (a case's 内部备注, alias) never go in.
"""

import html
from dataclasses import dataclass

from django.utils.html import strip_tags

from cases.markup import render_markdown
from cases.models import Article, Case, ScamType, SearchEntry, Technique


@dataclass(frozen=True)
class Document:
    title: str
    body: str


def _join(*parts: str) -> str:
    return "\n".join(part.strip() for part in parts if part and part.strip())


def markdown_text(source: str) -> str:
    """Markdown as the reader sees it: rendered, sanitised, tags dropped."""
    return html.unescape(strip_tags(render_markdown(source)))


def article_document(article: Article) -> Document:
    steps = [_join(step.title, step.text) for step in article.steps.all()]
    dialogue = [f"{line.speaker}：{line.text}" for line in article.dialogue.all()]
    body = _join(article.lead, markdown_text(article.body), *steps, *dialogue)
    return Document(title=article.title, body=body)


def case_document(case: Case) -> Document:
    steps = [step.description for step in case.steps.all()]
    return Document(title=case.title, body=_join(case.summary, *steps))


def scam_type_document(scam_type: ScamType) -> Document:
    pretexts = [pretext.text for pretext in scam_type.pretexts.all()]
    body = _join(scam_type.summary, scam_type.how_it_works, *pretexts)
    return Document(title=scam_type.name, body=body)


def technique_document(technique: Technique) -> Document:
    # Regular-expression red flags are patterns, not text a reader would search for.
    phrases = [flag.phrase for flag in technique.red_flags.all() if not flag.is_pattern]
    body = _join(technique.code, technique.summary, "、".join(phrases))
    return Document(title=technique.name, body=body)


@dataclass(frozen=True)
class Source:
    """How one model is indexed: its kind, the entry's link field, its document, what to prefetch."""

    model: type
    kind: str
    field: str
    document: object
    prefetch: tuple[str, ...]


SOURCES = (
    Source(Article, SearchEntry.Kind.ARTICLE, "article", article_document, ("steps", "dialogue")),
    Source(Case, SearchEntry.Kind.CASE, "case", case_document, ("steps",)),
    Source(ScamType, SearchEntry.Kind.SCAM_TYPE, "scam_type", scam_type_document, ("pretexts",)),
    Source(Technique, SearchEntry.Kind.TECHNIQUE, "technique", technique_document, ("red_flags",)),
)
SOURCE_BY_MODEL = {source.model: source for source in SOURCES}
