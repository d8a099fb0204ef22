"""What the editor confirms: the article and everything attached to it, ready to be saved as drafts.

`draft_from_detection` turns the detection into a draft that takes every
proposal except amounts that are not losses; the admin preview lets the editor
change that, the import command saves it as it is.
"""

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from .amounts import AmountKind
from .detect import Detection, flat, payment_method
from .formats import Document


@dataclass
class StepDraft:
    text: str
    title: str = ""
    stage_id: int | None = None


@dataclass
class AdviceDraft:
    text: str
    advice_id: int | None = None  # None: create new advice from the text


@dataclass
class DialogueDraft:
    speaker: str
    role: str
    text: str


@dataclass
class LossDraft:
    amount: Decimal
    approximate: bool = False
    payment_method: str = "other"
    description: str = ""


@dataclass
class CaseStepDraft:
    stage_id: int
    technique_id: int | None
    description: str


@dataclass
class CaseDraft:
    title: str
    summary: str
    kind: str = "victim"
    alias: str = ""
    outcome: str = "defrauded"
    region_id: int | None = None
    new_region: str = ""  # a place to add to the regions
    platform_id: int | None = None
    channel_id: int | None = None
    occurred_on: date | None = None
    suspects_count: int | None = None
    steps: list[CaseStepDraft] = field(default_factory=list)
    losses: list[LossDraft] = field(default_factory=list)


@dataclass
class ImportDraft:
    title: str
    body: str
    lead: str = ""
    kind: str = "repost"
    original_url: str = ""
    original_published_on: date | None = None
    agency_id: int | None = None
    new_agency_name: str = ""
    new_agency_wechat_id: str = ""
    scam_type_id: int | None = None
    steps: list[StepDraft] = field(default_factory=list)
    advice: list[AdviceDraft] = field(default_factory=list)
    dialogue: list[DialogueDraft] = field(default_factory=list)
    cases: list[CaseDraft] = field(default_factory=list)


def loss_description(mention) -> str:
    return f"原文“{mention.text}”：{flat(mention.clause)}"[:200]


def case_steps(case, stage_ids: dict[str, int]) -> list[CaseStepDraft]:
    """One step per technique found in the story, in the order the story tells them."""
    return [
        CaseStepDraft(stage_id=stage_ids[hit.stage_code], technique_id=hit.technique_id, description=hit.sentence)
        for hit in case.techniques
        if hit.stage_code in stage_ids and hit.sentence
    ]


def draft_from_detection(doc: Document, detection: Detection, *, stage_ids: dict[str, int]) -> ImportDraft:
    """Everything detected, as the editor would confirm it without changes; `stage_ids` maps stage codes to ids."""
    agency = detection.agency
    return ImportDraft(
        title=doc.title,
        body=doc.body,
        lead=detection.lead,
        original_url=doc.url,
        original_published_on=doc.original_date,
        agency_id=agency.agency_id if agency else None,
        new_agency_name=agency.name if agency and agency.agency_id is None else "",
        new_agency_wechat_id=agency.wechat_id if agency and agency.agency_id is None else "",
        scam_type_id=detection.scam_type_id,
        steps=[StepDraft(text=s.text, title=s.title, stage_id=stage_ids.get(s.stage_code)) for s in detection.steps],
        advice=[AdviceDraft(text=a.text, advice_id=a.advice_id) for a in detection.advice],
        dialogue=[DialogueDraft(speaker=d.speaker, role=d.role, text=d.text) for d in detection.dialogue],
        cases=[
            CaseDraft(
                title=case.title,
                summary=case.summary,
                kind=case.kind,
                alias=case.alias,
                outcome=case.outcome,
                region_id=case.region_id,
                new_region=case.place,
                platform_id=case.platform_id,
                channel_id=case.channel_id,
                occurred_on=case.occurred_on,
                suspects_count=case.suspects_count,
                steps=case_steps(case, stage_ids),
                losses=[
                    LossDraft(
                        amount=mention.amount.value,
                        approximate=mention.amount.approximate,
                        payment_method=payment_method(mention.clause),
                        description=loss_description(mention),
                    )
                    for mention in case.amounts
                    if mention.kind == AmountKind.LOSS
                ],
            )
            for case in detection.cases
        ],
    )
