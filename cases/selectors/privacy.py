"""The public text of an item, and the personal data found in it.

`PUBLIC_TEXT_FIELDS` is the one list of which fields of which model the
public pages show; everything the guard scans is derived from it. The service
(`cases.services.publishing`) checks a saved item with its rows from the
database; the admin checks the submitted form and inline rows before saving.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from django.db import models

from cases import privacy
from cases.models import AllowedNumber, Article, ArticleStep, Case, CaseStep, DialogueLine, Loss

# Free text the public sees, per model; vocabularies (stages, advice, regions) are curated separately.
PUBLIC_TEXT_FIELDS: dict[type[models.Model], tuple[str, ...]] = {
    Article: ("title", "lead", "body"),
    ArticleStep: ("title", "text"),
    DialogueLine: ("speaker", "text"),
    Case: ("title", "summary", "alias", "occupation"),
    CaseStep: ("description",),
    Loss: ("description",),
}
# The related rows shown with an item, by accessor name.
PUBLIC_CHILDREN: dict[type[models.Model], tuple[str, ...]] = {
    Article: ("steps", "dialogue"),
    Case: ("steps", "losses"),
}

ERROR_PERSONAL_DATA = "发现疑似个人信息，不能发布"
HINT_PERSONAL_DATA = "请删除或打码（如 138****5678）；如是官方公开号码，请审核发布人员登记到“允许公开的号码”。"


@dataclass(frozen=True)
class LocatedFinding:
    where: str  # e.g. “正文”, “步骤 2 · 内容”
    finding: privacy.Finding

    def __str__(self):
        return f"{self.where}中的{self.finding.label}“{self.finding.text}”"


def is_guarded(model) -> bool:
    return model in PUBLIC_CHILDREN


def row_texts(model, values: Mapping | models.Model, prefix: str = "") -> list[tuple[str, str]]:
    """(where, text) for the public fields of one row, given as an instance or a mapping of field values."""
    texts = []
    for name in PUBLIC_TEXT_FIELDS.get(model, ()):
        value = values.get(name) if isinstance(values, Mapping) else getattr(values, name, "")
        if value:
            label = str(model._meta.get_field(name).verbose_name)
            texts.append((f"{prefix}{label}", str(value)))
    return texts


def child_prefix(model, order) -> str:
    return f"{model._meta.verbose_name}{f' {order} ' if order else ''}· "


def item_texts(item: models.Model) -> list[tuple[str, str]]:
    """Everything the public pages show of a saved item in free text: its own fields, then its rows."""
    model = type(item)
    texts = row_texts(model, item)
    if item.pk is None:
        return texts
    for accessor in PUBLIC_CHILDREN.get(model, ()):
        for row in getattr(item, accessor).all():
            texts += row_texts(type(row), row, child_prefix(type(row), getattr(row, "order", None)))
    return texts


def allowed_numbers() -> frozenset[str]:
    return frozenset(AllowedNumber.objects.values_list("number", flat=True))


def find_personal_data(texts: Iterable[tuple[str, str]], allowed: frozenset[str] | None = None) -> list[LocatedFinding]:
    allowed = allowed_numbers() if allowed is None else allowed
    return [LocatedFinding(where, finding) for where, text in texts for finding in privacy.scan(text, allowed)]


def item_personal_data(item: models.Model) -> list[LocatedFinding]:
    """Personal data in the public text of a saved article or case; nothing for other models."""
    if not is_guarded(type(item)):
        return []
    return find_personal_data(item_texts(item))


def personal_data_message(findings: list[LocatedFinding]) -> str:
    return f"{ERROR_PERSONAL_DATA}：{'；'.join(str(f) for f in findings)}。{HINT_PERSONAL_DATA}"
