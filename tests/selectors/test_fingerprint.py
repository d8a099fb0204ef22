import pytest

from cases.models import Case, Status
from cases.selectors.fingerprint import data_fingerprint, newest, row_count
from tests.factories import make_case

pytestmark = pytest.mark.django_db


def test_fingerprint_moves_with_new_rows_history_rows_and_counts():
    def fingerprint():
        return data_fingerprint(
            newest(Case),
            newest(Case.history.model, "history_id"),
            row_count(Case.objects.filter(status=Status.DRAFT)),
        )

    empty = fingerprint()
    assert empty == "0-0-0"
    case = make_case(status=Status.DRAFT, publish_at=None)
    created = fingerprint()
    assert created == f"{case.pk}-{Case.history.latest().history_id}-1"
    case.status = Status.REVIEW
    case.save()
    edited = fingerprint()
    assert edited != created
    assert edited.endswith("-0")  # no draft left
