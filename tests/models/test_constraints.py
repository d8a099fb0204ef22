from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from cases.models import ArticleStep, CaseStep, Loss, RedFlag, Stage, Technique
from tests.factories import make_article, make_case, make_stage, make_technique

pytestmark = pytest.mark.django_db


def test_loss_amount_cannot_be_negative_in_the_database():
    case = make_case()
    with pytest.raises(IntegrityError), transaction.atomic():
        Loss.objects.create(case=case, order=1, amount=Decimal("-1"))


def test_case_step_order_is_unique_within_a_case():
    case = make_case()
    stage = make_stage()
    CaseStep.objects.create(case=case, order=1, stage=stage, description="a")
    with pytest.raises(IntegrityError), transaction.atomic():
        CaseStep.objects.create(case=case, order=1, stage=stage, description="b")
    # The same order in another case is fine.
    CaseStep.objects.create(case=make_case(), order=1, stage=stage, description="c")


def test_article_step_order_is_unique_within_an_article():
    article = make_article()
    ArticleStep.objects.create(article=article, order=1, text="第一步")
    with pytest.raises(IntegrityError), transaction.atomic():
        ArticleStep.objects.create(article=article, order=1, text="又是第一步")


def test_article_slug_is_unique():
    make_article(slug="same")
    with pytest.raises(IntegrityError), transaction.atomic():
        make_article(slug="same")


def test_red_flag_weight_is_bounded_and_phrase_unique_per_technique():
    technique = make_technique()
    RedFlag.objects.create(technique=technique, phrase="备用金", weight=3)
    with pytest.raises(IntegrityError), transaction.atomic():
        RedFlag.objects.create(technique=technique, phrase="备用金", weight=2)
    with pytest.raises(IntegrityError), transaction.atomic():
        RedFlag.objects.create(technique=technique, phrase="征信", weight=9)


def test_codes_are_validated():
    with pytest.raises(ValidationError) as stage_error:
        Stage(code="S-1", name="阶段", order=99).full_clean()
    assert "code" in stage_error.value.message_dict
    with pytest.raises(ValidationError) as technique_error:
        Technique(code="X12", name="手法", stage=make_stage(), summary="说明").full_clean()
    assert "code" in technique_error.value.message_dict


def test_total_loss_sums_losses_and_remembers_approximation():
    case = make_case(losses=["11670.88", {"amount": Decimal("64000"), "approximate": True}])
    case.refresh_from_db()
    assert case.total_loss == Decimal("75670.88")
    assert case.total_loss_approximate is True
    assert make_case().total_loss == Decimal("0")
