from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from cases.models import RedFlag, TechniqueMatchCount
from tests.factories import make_technique

pytestmark = pytest.mark.django_db


def test_match_counts_are_listed_read_only(admin_client):
    TechniqueMatchCount.objects.create(technique=make_technique(name="索要验证码"), date=date(2024, 5, 1), count=7)
    response = admin_client.get(reverse("admin:cases_techniquematchcount_changelist"))
    assert response.status_code == 200
    assert "索要验证码" in response.content.decode()
    assert admin_client.get(reverse("admin:cases_techniquematchcount_add")).status_code == 403


def test_an_invalid_red_flag_pattern_is_refused_with_a_message():
    flag = RedFlag(technique=make_technique(), phrase="([未闭合", is_pattern=True, weight=3)
    with pytest.raises(ValidationError) as error:
        flag.full_clean()
    assert "不是有效的正则表达式" in str(error.value)
    RedFlag(technique=flag.technique, phrase="([未闭合", is_pattern=False, weight=3).full_clean()


def test_a_pattern_valid_only_as_written_is_refused():
    # The checker runs the folded pattern, where the full-width "（" is a group's "(".
    flag = RedFlag(technique=make_technique(), phrase="加（微信", is_pattern=True, weight=3)
    with pytest.raises(ValidationError) as error:
        flag.full_clean()
    assert "不是有效的正则表达式" in str(error.value)


def test_the_admin_form_refuses_an_invalid_pattern(admin_client):
    technique = make_technique()
    response = admin_client.post(
        reverse("admin:cases_redflag_add"),
        {"technique": technique.pk, "phrase": "(加我", "is_pattern": "on", "weight": 3},
    )
    assert response.status_code == 200
    assert "不是有效的正则表达式" in response.content.decode()
    assert not RedFlag.objects.exists()
