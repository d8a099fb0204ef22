import pytest

from cases.models import RedFlag
from cases.selectors.importing import import_vocabulary
from cases.services.loading import taxonomy_load
from tests.factories import make_technique

pytestmark = pytest.mark.django_db


def test_vocabulary_takes_a_fixed_number_of_queries(django_assert_num_queries):
    taxonomy_load()
    with django_assert_num_queries(9):
        vocabulary = import_vocabulary()
    assert len(vocabulary.red_flags) == RedFlag.objects.count()
    assert {rule.stage_code for rule in vocabulary.red_flags} <= {stage.extra for stage in vocabulary.stages}


def test_retired_techniques_are_left_out():
    live = make_technique()
    retired = make_technique(retired=True, replaced_by=live)
    RedFlag.objects.create(technique=live, phrase="屏幕共享", weight=5)
    RedFlag.objects.create(technique=retired, phrase="共享屏幕", weight=5)
    assert [rule.phrase for rule in import_vocabulary().red_flags] == ["屏幕共享"]
