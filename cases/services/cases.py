"""Writing cases together with their steps and losses."""

from collections.abc import Iterable
from decimal import Decimal

from django.db import transaction
from django.db.models import DecimalField, Exists, OuterRef, QuerySet, Subquery, Sum, Value
from django.db.models.functions import Coalesce

from cases.models import Case, CaseStep, Loss
from cases.search.signals import deferred_indexing


def cases_refresh_step_flags(*, cases: QuerySet[Case]) -> int:
    """Mark each step of these cases that is its case's first in its stage and first with its technique.

    The analyst matrix counts a case once per stage and once per technique by
    counting only the marked steps, so it needs no per-case de-duplication on
    every view. One UPDATE for any number of cases; returns the steps updated.
    """
    earlier = CaseStep.objects.filter(case=OuterRef("case"), order__lt=OuterRef("order"))
    return CaseStep.objects.filter(case__in=cases).update(
        first_in_stage=~Exists(earlier.filter(stage=OuterRef("stage"))),
        first_with_technique=~Exists(earlier.filter(technique=OuterRef("technique"))),
    )


def cases_refresh_totals(*, cases: QuerySet[Case]) -> int:
    """Store on each case the sum of its losses, approximate if any loss is: one UPDATE for them all.

    The one definition of `total_loss`, so lists and filters need no join; returns the cases updated.
    Every write path that changes a case's losses or steps calls this (admin, import, `case_create`,
    `generate_data`), so it also refreshes the steps' matrix flags.
    """
    cases_refresh_step_flags(cases=cases)
    losses = Loss.objects.filter(case=OuterRef("pk")).order_by()
    total = losses.values("case").annotate(total=Sum("amount")).values("total")
    zero = Value(Decimal("0"), output_field=DecimalField(max_digits=14, decimal_places=2))
    return cases.update(
        total_loss=Coalesce(Subquery(total), zero),
        total_loss_approximate=Exists(losses.filter(approximate=True)),
    )


def case_refresh_totals(*, case: Case) -> Case:
    """`cases_refresh_totals` for one case, with the stored totals read back onto it."""
    cases_refresh_totals(cases=Case.objects.filter(pk=case.pk))
    case.refresh_from_db(fields=["total_loss", "total_loss_approximate"])
    return case


@transaction.atomic
def case_create(*, steps: Iterable[dict] = (), losses: Iterable[dict] = (), **fields) -> Case:
    """Create a case with its ordered steps and losses, validating every row first.

    `steps` items take the CaseStep fields (stage, technique, description),
    `losses` items the Loss fields (amount, approximate, payment_method, …);
    their order is the order given.
    """
    with deferred_indexing():  # index the case once, with its steps
        case = Case(**fields)
        case.full_clean()
        case.save()
        for order, step in enumerate(steps, start=1):
            row = CaseStep(case=case, order=order, **step)
            row.full_clean()
            row.save()
        for order, loss in enumerate(losses, start=1):
            row = Loss(case=case, order=order, **loss)
            row.full_clean()
            row.save()
    return case_refresh_totals(case=case)
