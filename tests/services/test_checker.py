from datetime import date

import pytest

from cases.models import TechniqueMatchCount
from cases.services.checker import technique_counts_record
from tests.factories import make_technique

pytestmark = pytest.mark.django_db


def test_counts_start_at_one_and_add_up_per_technique_and_day(django_assert_num_queries):
    first, second = make_technique(), make_technique()
    day = date(2024, 5, 1)
    with django_assert_num_queries(2):
        technique_counts_record(technique_ids=[first.pk, second.pk], day=day)
    technique_counts_record(technique_ids=[first.pk], day=day)
    technique_counts_record(technique_ids=[first.pk], day=date(2024, 5, 2))
    counts = {(c.technique_id, c.date.day): c.count for c in TechniqueMatchCount.objects.all()}
    assert counts == {(first.pk, 1): 2, (second.pk, 1): 1, (first.pk, 2): 1}


def test_no_techniques_writes_nothing(django_assert_num_queries):
    with django_assert_num_queries(0):
        technique_counts_record(technique_ids=[], day=date(2024, 5, 1))
