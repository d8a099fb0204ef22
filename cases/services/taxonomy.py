"""Write paths for the taxonomy: merging a technique into another.

Codes are citations: a retired code keeps its row, points to where it went
(`replaced_by`) and its public URL redirects there. Merging moves everything
that hung on the old technique, so old case tags follow the code.
"""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from simple_history.utils import bulk_update_with_history

from cases.models import Case, CaseStep, Technique
from cases.services.cases import cases_refresh_step_flags

MERGE_INTO_ITSELF = "不能把手法并入它自己。"
MERGE_INTO_RETIRED = "不能并入已停用的手法 {code}，请并入它的替代手法。"
MERGE_RETIRED = "手法 {code} 已经停用，已并入 {into}。"


@dataclass(frozen=True)
class MergeResult:
    case_steps: int
    red_flags_moved: int
    red_flags_dropped: int
    advice: int
    redirects: int


@transaction.atomic
def technique_merge(*, old: Technique, into: Technique, note: str = "") -> MergeResult:
    """Retire `old` in favour of `into`; case tags, red flags and advice follow.

    - Case steps tagged `old` are re-tagged `into` (and moved to its stage), with history.
    - Red flags move to `into`; a phrase `into` already has is dropped, not duplicated.
    - Advice countering `old` now counters `into`; scam types are united.
    - Codes that had been merged into `old` now point straight at `into`.
    Also used for a split: re-tag the cases that belong to the new parts first,
    then merge the old code into its main successor and say so in `note`.
    """
    old = Technique.objects.select_for_update().get(pk=old.pk)
    into = Technique.objects.select_for_update().get(pk=into.pk)
    if old.pk == into.pk:
        raise ValidationError(MERGE_INTO_ITSELF)
    if into.retired:
        raise ValidationError(MERGE_INTO_RETIRED.format(code=into.code))
    if old.retired:
        into_code = old.replaced_by.code if old.replaced_by else "—"
        raise ValidationError(MERGE_RETIRED.format(code=old.code, into=into_code))

    steps = list(CaseStep.objects.filter(technique=old))
    for step in steps:
        step.technique = into
        step.stage = into.stage
    if steps:
        bulk_update_with_history(steps, CaseStep, ["technique", "stage"])
        # A case may now carry `into` (or its stage) on two steps: it must still count once in the matrix.
        cases_refresh_step_flags(cases=Case.objects.filter(pk__in={step.case_id for step in steps}))

    existing = set(into.red_flags.values_list("phrase", flat=True))
    moved = dropped = 0
    for flag in old.red_flags.all():
        if flag.phrase in existing:
            flag.delete()
            dropped += 1
        else:
            flag.technique = into
            flag.save()
            existing.add(flag.phrase)
            moved += 1

    advice = list(old.advice.all())
    for item in advice:
        item.techniques.add(into)
    old.advice.clear()
    into.scam_types.add(*old.scam_types.all())

    redirects = 0
    for earlier in Technique.objects.filter(replaced_by=old):
        earlier.replaced_by = into
        earlier.save()
        redirects += 1

    old.retired = True
    old.replaced_by = into
    old.retirement_note = note or f"已并入 {into.code}"
    old.full_clean()
    old.save()
    return MergeResult(
        case_steps=len(steps),
        red_flags_moved=moved,
        red_flags_dropped=dropped,
        advice=len(advice),
        redirects=redirects,
    )


def technique_resolve(code: str) -> Technique | None:
    """The technique a code cites now: itself, or where a retired code went."""
    technique = Technique.objects.filter(code=code).first()
    seen = set()
    while technique is not None and technique.replaced_by_id and technique.pk not in seen:
        seen.add(technique.pk)
        technique = technique.replaced_by
    return technique
