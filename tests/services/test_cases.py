"""Writing cases: loss totals and the step flags the analyst matrix counts."""

from decimal import Decimal

import pytest

from cases.models import Case, CaseStep
from cases.services.cases import case_refresh_totals, cases_refresh_step_flags
from tests.factories import make_case, make_scam_type, make_stage, make_technique

pytestmark = pytest.mark.django_db


def step(stage, technique=None):
    return {"stage": stage, "technique": technique, "description": "经过。"}


def flags(case) -> list[tuple[bool, bool]]:
    return list(case.steps.order_by("order").values_list("first_in_stage", "first_with_technique"))


@pytest.fixture
def vocabulary():
    s1, s2 = make_stage(), make_stage()
    return s1, s2, make_technique(stage=s1), make_technique(stage=s2), make_technique(stage=s2)


def test_case_create_marks_the_first_step_of_each_stage_and_technique(vocabulary):
    s1, s2, t1, t2, t3 = vocabulary
    case = make_case(steps=[step(s1, t1), step(s2, t2), step(s2), step(s2, t2), step(s2, t3), step(s1, t1)])
    assert flags(case) == [
        (True, True),
        (True, True),
        (False, True),  # no technique: the flag is never counted
        (False, False),
        (False, True),
        (False, False),
    ]


def test_refreshing_totals_re_marks_the_steps_after_an_edit(vocabulary):
    s1, s2, t1, t2, _ = vocabulary
    case = make_case(steps=[step(s1, t1), step(s2, t2), step(s2, t2)], losses=["100"])
    case.steps.get(order=2).delete()
    case.losses.create(order=2, amount=Decimal("20.50"))
    case_refresh_totals(case=case)
    assert flags(case) == [(True, True), (True, True)]
    case.refresh_from_db()
    assert case.total_loss == Decimal("120.50")


def test_many_cases_are_re_marked_in_one_update(vocabulary, django_assert_num_queries):
    s1, s2, t1, t2, _ = vocabulary
    scam_type = make_scam_type()
    cases = Case.objects.bulk_create([Case(title=f"批量{i}", summary="案情。", scam_type=scam_type) for i in range(2)])
    # bulk_create, as a generator would: every step keeps the default flags until refreshed
    CaseStep.objects.bulk_create(
        [
            CaseStep(case=case, order=order, stage=stage, technique=technique, description="经过。")
            for case in cases
            for order, (stage, technique) in enumerate([(s1, t1), (s1, t1), (s2, t2)], start=1)
        ]
    )
    assert flags(cases[0])[1] == (True, True)
    with django_assert_num_queries(1):
        updated = cases_refresh_step_flags(cases=Case.objects.filter(pk__in=[case.pk for case in cases]))
    assert updated == 6
    assert flags(cases[0]) == flags(cases[1]) == [(True, True), (False, False), (True, True)]
