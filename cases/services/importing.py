"""Importing a republished post as a draft article, with its steps, advice, dialogue and proposed cases.

`import_prepare` reads and detects (no writes); `article_import` saves a
confirmed `ImportDraft` in one transaction. Everything it creates is a draft:
the article has status 草稿 and no publish time, proposed cases are drafts and
internal (is_public=False) until staff review them. If any row fails
validation nothing is saved.

Duplicates: a post counts as already imported when an article has the same
original URL (tracking parameters removed), or, when the post has no URL, the
same title and the same original date.
"""

import hashlib
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from cases.importing.detect import Detection, Vocabulary, detect
from cases.importing.draft import ImportDraft, draft_from_detection
from cases.importing.formats import Document, read_document
from cases.models import (
    Advice,
    Agency,
    Article,
    ArticleAdvice,
    ArticleStep,
    DialogueLine,
    Region,
    ScamType,
    Status,
)
from cases.selectors.importing import articles_matching_source, import_vocabulary
from cases.services.cases import case_create

NO_PERMISSION = "你没有新建文章的权限。"
NO_CASE_PERMISSION = "你没有新建案例的权限，请取消勾选提议的案例。"
NO_SCAM_TYPE = "要保存提议的案例，请先选择诈骗类型。"
IMPORT_NOTE = "由“导入文章”生成的提议案例，尚未核对：请核对化名、地区、步骤与损失后再公开。"


class ArticleDuplicate(ValidationError):
    """The post was imported before; `article` is the earlier import."""

    def __init__(self, article: Article):
        self.article = article
        super().__init__(f"这篇文章已经导入过：《{article.title}》（{article.get_status_display()}）。")


@dataclass
class PreparedImport:
    document: Document
    detection: Detection
    draft: ImportDraft
    vocabulary: Vocabulary


def import_prepare(*, data: bytes | str, filename: str = "") -> PreparedImport:
    """Read and detect; raises `ImportFormatError` with a message for the editor. Writes nothing."""
    document = read_document(data, filename=filename)
    vocabulary = import_vocabulary()
    detection = detect(document, vocabulary)
    stage_ids = {stage.extra: stage.id for stage in vocabulary.stages}
    return PreparedImport(
        document=document,
        detection=detection,
        draft=draft_from_detection(document, detection, stage_ids=stage_ids),
        vocabulary=vocabulary,
    )


def import_duplicate(*, draft: ImportDraft) -> Article | None:
    return (
        articles_matching_source(
            original_url=draft.original_url, title=draft.title, original_published_on=draft.original_published_on
        )
        .order_by("pk")
        .first()
    )


def _check_permissions(user, draft: ImportDraft) -> None:
    """`user=None` is a trusted caller (the management command, run with shell access)."""
    if user is None:
        return
    if not user.has_perm("cases.add_article"):
        raise PermissionDenied(NO_PERMISSION)
    if draft.cases and not user.has_perm("cases.add_case"):
        raise PermissionDenied(NO_CASE_PERMISSION)


def _short_hash(*parts) -> str:
    return hashlib.sha1("|".join(str(part) for part in parts).encode()).hexdigest()[:8]


def _unique_slug(model, base: str) -> str:
    slug, n = base, 2
    while model.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


def _agency(draft: ImportDraft) -> Agency | None:
    if draft.agency_id:
        return Agency.objects.get(pk=draft.agency_id)
    name = draft.new_agency_name.strip()
    if not name:
        return None
    existing = Agency.objects.filter(name=name).first()
    if existing:
        return existing
    agency = Agency(
        name=name[:60],
        slug=_unique_slug(Agency, f"source-{_short_hash(name)}"),
        wechat_id=draft.new_agency_wechat_id.strip()[:60],
        description="由“导入文章”新建，请补充简介。",
    )
    agency.full_clean()
    agency.save()
    return agency


def _next_advice_code() -> str:
    """The next free staff advice code (A100 up, docs/decisions.md); a code once used, even deleted, is skipped."""
    used = set(Advice.objects.values_list("code", flat=True)) | set(Advice.history.values_list("code", flat=True))
    numbers = [int(code[1:]) for code in used if code and code[1:].isdigit()]
    return f"A{max([99, *numbers]) + 1}"


def _advice(text: str) -> Advice:
    """New advice from an item's text; its first clause becomes the title. An equal title is reused."""
    title = text.strip()
    for mark in "。！？；":
        title = title.split(mark)[0]
    title = title[:80]
    existing = Advice.objects.filter(title=title).first()
    if existing:
        return existing
    advice = Advice(code=_next_advice_code(), title=title, body=text.strip(), order=100)
    advice.full_clean()
    advice.save()
    return advice


@transaction.atomic
def article_import(*, draft: ImportDraft, user) -> Article:
    """Save the confirmed draft: a 草稿 article with steps, advice and dialogue, plus draft internal cases."""
    _check_permissions(user, draft)
    duplicate = import_duplicate(draft=draft)
    if duplicate is not None:
        raise ArticleDuplicate(duplicate)
    if draft.cases and not draft.scam_type_id:
        raise ValidationError(NO_SCAM_TYPE)
    scam_type = ScamType.objects.get(pk=draft.scam_type_id) if draft.scam_type_id else None
    agency = _agency(draft)

    day = draft.original_published_on or timezone.localdate()
    article = Article(
        title=draft.title.strip()[:120],
        slug=_unique_slug(Article, f"import-{day:%Y%m%d}-{_short_hash(draft.title, draft.original_url)}"),
        kind=draft.kind,
        lead=(draft.lead.strip() or draft.title.strip())[:400],
        body=draft.body,
        source_agency=agency,
        original_url=draft.original_url,
        original_published_on=draft.original_published_on,
        status=Status.DRAFT,
        publish_at=None,
    )
    article._history_user = user
    article.full_clean()
    article.save()
    if scam_type:
        article.scam_types.set([scam_type])

    for order, step in enumerate(draft.steps, start=1):
        row = ArticleStep(article=article, order=order, title=step.title[:60], stage_id=step.stage_id, text=step.text)
        row.full_clean()
        row.save()

    linked: set[int] = set()
    order = 0
    for item in draft.advice:
        advice = Advice.objects.get(pk=item.advice_id) if item.advice_id else _advice(item.text)
        if advice.pk in linked:
            continue  # two items that are the same advice: the article lists it once
        linked.add(advice.pk)
        order += 1
        row = ArticleAdvice(article=article, advice=advice, order=order)
        row.full_clean()
        row.save()

    for order, line in enumerate(draft.dialogue, start=1):
        row = DialogueLine(article=article, order=order, speaker=line.speaker[:30], role=line.role, text=line.text)
        row.full_clean()
        row.save()

    cases = []
    for item in draft.cases:
        region_id = item.region_id
        if region_id is None and item.new_region.strip():
            region_id = Region.objects.get_or_create(name=item.new_region.strip()[:40])[0].pk
        cases.append(
            case_create(
                title=item.title.strip()[:120],
                kind=item.kind,
                alias=item.alias.strip()[:30],
                summary=item.summary.strip(),
                outcome=item.outcome,
                region_id=region_id,
                scam_type=scam_type,
                platform_id=item.platform_id,
                channel_id=item.channel_id,
                occurred_on=item.occurred_on,
                suspects_count=item.suspects_count,
                status=Status.DRAFT,
                is_public=False,
                source_agency=agency,
                source_article=article,
                source_url=draft.original_url,
                internal_notes=IMPORT_NOTE,
                steps=[
                    {"stage_id": step.stage_id, "technique_id": step.technique_id, "description": step.description}
                    for step in item.steps
                ],
                losses=[
                    {
                        "amount": loss.amount,
                        "approximate": loss.approximate,
                        "payment_method": loss.payment_method,
                        "description": loss.description[:200],
                    }
                    for loss in item.losses
                ],
            )
        )
    if cases:
        article.featured_cases.add(*cases)
    return article
