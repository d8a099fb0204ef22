import pytest

from cases.checker.matcher import Rule, match
from cases.models import RedFlag, Status
from cases.selectors.checker import check_report, checker_rules
from tests.factories import make_advice, make_scam_type, make_technique

pytestmark = pytest.mark.django_db


def test_rules_are_plain_data_with_technique_scam_types():
    scam_type = make_scam_type(slug="courier")
    technique = make_technique(code="T101")
    technique.scam_types.add(scam_type)
    RedFlag.objects.create(technique=technique, phrase="三倍赔偿", weight=3)
    rules = checker_rules()
    assert rules.flags == (Rule("T101", "三倍赔偿", weight=3, is_pattern=False),)
    assert rules.scam_types == (("T101", ("courier",)),)


def test_cached_rules_cost_one_query(django_assert_num_queries):
    RedFlag.objects.create(technique=make_technique(), phrase="验证码")
    checker_rules()
    with django_assert_num_queries(1):
        checker_rules()


def test_rules_follow_red_flag_edits_deletes_and_scam_type_links():
    technique = make_technique(code="T102")
    flag = RedFlag.objects.create(technique=technique, phrase="旧话术")
    assert [r.phrase for r in checker_rules().flags] == ["旧话术"]

    flag.phrase = "新话术"
    flag.save()
    assert [r.phrase for r in checker_rules().flags] == ["新话术"]

    flag.weight = 5
    flag.save()
    assert checker_rules().flags[0].weight == 5

    technique.scam_types.add(make_scam_type(slug="police"))
    assert checker_rules().scam_types == (("T102", ("police",)),)

    technique.code = "T103"
    technique.save()
    assert checker_rules().flags[0].technique == "T103"

    flag.delete()
    assert checker_rules().flags == ()


def test_report_shows_only_published_scam_types_and_the_advice_for_the_matched_techniques(
    django_assert_num_queries,
):
    public_type = make_scam_type(slug="public-type")
    draft_type = make_scam_type(slug="draft-type", status=Status.DRAFT, publish_at=None)
    technique = make_technique(code="T104")
    technique.scam_types.add(public_type, draft_type)
    RedFlag.objects.create(technique=technique, phrase="安全账户", weight=5)
    counter = make_advice(title="不向安全账户转账")
    counter.techniques.add(technique)
    make_advice(title="通用提醒", is_general=True)

    result = match("转到安全账户", checker_rules())
    with django_assert_num_queries(3):
        report = check_report(result)
    assert [m.technique.code for m in report.techniques] == ["T104"]
    assert [t.slug for t in report.scam_types] == ["public-type"]
    assert [a.title for a in report.advice] == ["不向安全账户转账"]


def test_report_without_a_match_gives_the_general_advice():
    make_advice(title="通用提醒", is_general=True)
    make_advice(title="专门提醒")
    report = check_report(match("你好", checker_rules()))
    assert report.techniques == []
    assert [a.title for a in report.advice] == ["通用提醒"]
