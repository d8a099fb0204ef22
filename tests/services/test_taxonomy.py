import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.db import IntegrityError, transaction

from cases.models import RedFlag, Technique
from cases.services.taxonomy import (
    MERGE_INTO_ITSELF,
    MERGE_INTO_RETIRED,
    technique_merge,
    technique_resolve,
)
from tests.factories import make_advice, make_case, make_scam_type, make_stage, make_technique

pytestmark = pytest.mark.django_db


@pytest.fixture
def pair():
    old = make_technique(code="T901", name="旧手法")
    into = make_technique(code="T902", name="新手法")
    return old, into


def test_merge_moves_case_tags_red_flags_advice_and_scam_types(pair):
    old, into = pair
    case = make_case(steps=[{"stage": old.stage, "technique": old, "description": "旧标签"}])
    RedFlag.objects.create(technique=old, phrase="只在旧手法")
    RedFlag.objects.create(technique=old, phrase="两边都有")
    RedFlag.objects.create(technique=into, phrase="两边都有")
    advice = make_advice()
    advice.techniques.add(old)
    scam_type = make_scam_type()
    old.scam_types.add(scam_type)

    result = technique_merge(old=old, into=into, note="并入新手法")

    step = case.steps.get()
    assert (step.technique, step.stage) == (into, into.stage)
    assert step.history.count() == 2  # the re-tag is recorded with history
    assert sorted(into.red_flags.values_list("phrase", flat=True)) == ["两边都有", "只在旧手法"]
    assert not old.red_flags.exists()
    assert list(advice.techniques.all()) == [into]
    assert scam_type in into.scam_types.all()
    old.refresh_from_db()
    assert old.retired and old.replaced_by == into and old.retirement_note == "并入新手法"
    assert old.code == "T901"  # the code stays, citable
    assert result.case_steps == 1 and result.red_flags_moved == 1 and result.red_flags_dropped == 1


def test_a_case_tagged_with_both_codes_counts_once_after_the_merge(pair):
    old, into = pair
    case = make_case(
        steps=[
            {"stage": into.stage, "technique": into, "description": "新标签"},
            {"stage": old.stage, "technique": old, "description": "旧标签"},
        ]
    )
    technique_merge(old=old, into=into)
    assert list(case.steps.order_by("order").values_list("technique", "first_in_stage", "first_with_technique")) == [
        (into.pk, True, True),
        (into.pk, False, False),
    ]


def test_earlier_merges_follow_the_chain(pair):
    old, into = pair
    older = make_technique(code="T900")
    technique_merge(old=older, into=old)

    result = technique_merge(old=old, into=into)

    assert result.redirects == 1
    assert Technique.objects.get(code="T900").replaced_by == into
    assert technique_resolve("T900") == into
    assert technique_resolve("T902") == into
    assert technique_resolve("T999") is None


def test_merge_refuses_itself_and_retired_targets(pair):
    old, into = pair
    with pytest.raises(ValidationError, match=MERGE_INTO_ITSELF):
        technique_merge(old=old, into=old)
    technique_merge(old=old, into=into)
    other = make_technique(code="T903")
    with pytest.raises(ValidationError, match=MERGE_INTO_RETIRED.format(code="T901")):
        technique_merge(old=other, into=old)


def test_a_replacement_needs_the_retired_flag(pair):
    old, into = pair
    old.replaced_by = into
    with pytest.raises(IntegrityError), transaction.atomic():
        old.save()


def test_merge_command_and_dry_run(pair):
    old, _ = pair
    make_case(steps=[{"stage": old.stage, "technique": old, "description": "旧标签"}])

    call_command("merge_technique", "T901", "T902", "--dry-run", verbosity=0)
    assert not Technique.objects.get(code="T901").retired

    call_command("merge_technique", "T901", "T902", "--note", "拆分为 T902、T903", verbosity=0)
    old.refresh_from_db()
    assert old.retired and old.retirement_note == "拆分为 T902、T903"

    with pytest.raises(CommandError, match="T404"):
        call_command("merge_technique", "T404", "T902", verbosity=0)
    with pytest.raises(CommandError, match="已经停用"):
        call_command("merge_technique", "T901", "T902", verbosity=0)


def test_public_url_of_a_retired_code_redirects_to_its_replacement(client, pair):
    old, into = pair
    technique_merge(old=old, into=into)

    response = client.get("/techniques/T901/")

    assert response.status_code == 301
    assert response["Location"] == into.get_absolute_url()
    assert client.get(into.get_absolute_url()).status_code == 200


def test_retired_code_without_replacement_and_unknown_code_are_404(client):
    make_technique(code="T905", retired=True, stage=make_stage())
    assert client.get("/techniques/T905/").status_code == 404
    assert client.get("/techniques/T404/").status_code == 404
