"""AnalystCaseFilter: each filter alone, combined, and invalid input."""

import pytest
from django.http import QueryDict

from cases.filters import ERROR_DATE_RANGE, ERROR_LOSS_RANGE, AnalystCaseFilter
from cases.models import Case


def titles(query: str) -> list[str]:
    filterset = AnalystCaseFilter(QueryDict(query), queryset=Case.objects.all())
    assert filterset.is_valid(), filterset.errors
    return sorted(case.title for case in filterset.qs)


ALL = ["丁案（内部）", "丙案", "乙案", "己案", "戊案（草稿）", "甲案"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ALL),
        ("scam_type=invest", ["丁案（内部）", "丙案"]),
        ("stage=S3", ["丁案（内部）", "丙案", "戊案（草稿）"]),
        ("stage=S1&stage=S3", ["丁案（内部）", "丙案", "乙案", "戊案（草稿）", "甲案"]),
        ("technique=T202", ["丙案", "甲案"]),
        ("technique=T201&technique=T202", ["丙案", "乙案", "甲案"]),
        ("technique=T201&technique=T202&technique_mode=any", ["丙案", "乙案", "甲案"]),
        ("technique=T201&technique=T202&technique_mode=all", ["甲案"]),
        ("technique=T101&technique=T301&technique_mode=all", ["戊案（草稿）"]),
        ("and_technique=T101&and_technique=T202", ["甲案"]),
        ("platform=taobao", ["丁案（内部）", "甲案"]),
        ("channel=phone&channel=wecom", ["丙案", "乙案", "甲案"]),
        ("province=广东", ["乙案", "戊案（草稿）"]),
        ("occurred_after=2024-01-15&occurred_before=2024-03-10", ["乙案", "己案"]),
        ("occurred_after=2024-03-02", ["丙案", "乙案"]),
        ("reported_before=2024-01-31", ["甲案"]),
        ("loss_min=5000", ["丁案（内部）", "乙案", "甲案"]),
        ("loss_min=1&loss_max=5000", ["乙案", "戊案（草稿）"]),
        ("loss_max=0", ["丙案", "己案"]),
        ("age_band=60plus", ["乙案"]),
        ("gender=female&gender=male", ["乙案", "甲案"]),
        ("agency=nanning", ["甲案"]),
        ("outcome=attempted&outcome=solved", ["丁案（内部）", "丙案"]),
        ("kind=enforcement", ["丁案（内部）"]),
        ("visibility=internal", ["丁案（内部）"]),
        ("visibility=public", ["丙案", "乙案", "己案", "戊案（草稿）", "甲案"]),
        ("q=退款链接", ["己案"]),
        ("q=乙", ["乙案"]),
    ],
)
def test_each_filter_alone(analysis_data, query, expected):
    assert titles(query) == expected


def test_region_filter_by_name(analysis_data):
    assert titles("region=南宁市") == ["丙案", "甲案"]
    assert titles("region=南宁市&region=东莞市") == ["丙案", "乙案", "戊案（草稿）", "甲案"]


def test_filters_combine_with_and(analysis_data):
    assert titles("scam_type=refund&stage=S2&loss_min=10000") == ["甲案"]
    assert titles("scam_type=refund&technique=T101&visibility=public&occurred_after=2024-02-01") == ["乙案"]
    assert titles("platform=taobao&visibility=public&kind=victim&gender=female") == ["甲案"]
    assert titles("channel=phone&technique=T202&outcome=attempted") == ["丙案"]


def test_no_row_repeats_when_several_steps_match(analysis_data):
    filterset = AnalystCaseFilter(QueryDict("stage=S2&technique=T201"), queryset=Case.objects.all())
    assert [case.title for case in filterset.qs].count("乙案") == 1


def test_sorting_is_stable_and_puts_undated_cases_last(analysis_data):
    def order(sort):
        return [c.title for c in AnalystCaseFilter(QueryDict(f"sort={sort}"), queryset=Case.objects.all()).qs]

    assert order("-occurred") == ["丙案", "乙案", "己案", "甲案", "丁案（内部）", "戊案（草稿）"]
    assert order("occurred") == ["丁案（内部）", "甲案", "己案", "乙案", "丙案", "戊案（草稿）"]
    assert order("-loss")[:3] == ["丁案（内部）", "甲案", "乙案"]
    assert order("loss")[-1] == "丁案（内部）"
    assert AnalystCaseFilter(QueryDict(""), queryset=Case.objects.all()).qs[0].title == "丙案"


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("technique=T999", "technique"),
        ("stage=nonsense", "stage"),
        ("region=abc", "region"),
        ("region=99999999999999999999999", "region"),
        ("scam_type=99999999999999999999999", "scam_type"),
        ("occurred_after=2024-13-45", "occurred"),
        ("loss_min=abc", "loss"),
        ("loss_min=-5", "loss"),
        ("loss_max=1e999999", "loss"),
        ("loss_max=NaN", "loss"),
        ("age_band=200", "age_band"),
        ("visibility=secret", "visibility"),
        ("sort=title", "sort"),
        ("technique_mode=some", "technique_mode"),
        ("q=" + "长" * 61, "q"),
    ],
)
def test_invalid_values_are_form_errors_and_match_nothing(analysis_data, query, field):
    filterset = AnalystCaseFilter(QueryDict(query), queryset=Case.objects.all())
    assert field in filterset.errors
    assert list(filterset.qs) == []


def test_ranges_in_the_wrong_order_are_errors(analysis_data):
    filterset = AnalystCaseFilter(
        QueryDict("loss_min=100&loss_max=1&occurred_after=2024-05-01&occurred_before=2024-01-01"),
        queryset=Case.objects.all(),
    )
    assert filterset.errors["loss"] == [ERROR_LOSS_RANGE]
    assert filterset.errors["occurred"] == [ERROR_DATE_RANGE]


# Public case library: choices written without a template per option


def test_plain_select_marks_the_choice_and_escapes_labels():
    from cases.filters import PlainSelect

    html = PlainSelect(choices=[("", "全部"), ("a&b", "<甲>"), ("c", "乙")]).render("kind", "a&b", {"id": "id_kind"})
    assert html == (
        '<select name="kind" id="id_kind">\n'
        '<option value="">全部</option>\n'
        '<option value="a&amp;b" selected>&lt;甲&gt;</option>\n'
        '<option value="c">乙</option>\n'
        "</select>"
    )


@pytest.mark.django_db
def test_public_filter_offers_only_what_public_cases_have():
    from datetime import date

    from cases.filters import PublicCaseFilter
    from cases.models import Platform
    from tests.factories import make_case

    shown, hidden = (
        Platform.objects.create(name="公开平台", slug="shown"),
        Platform.objects.create(name="内部平台", slug="hidden"),
    )
    make_case(platform=shown, occurred_on=date(2023, 5, 1))
    make_case(platform=hidden, occurred_on=date(2019, 5, 1), is_public=False)
    form = PublicCaseFilter(QueryDict("platform=shown&year=2023"), queryset=Case.objects.all()).form
    assert form.is_valid(), form.errors
    assert [label for _, label in form.fields["platform"].choices] == ["全部", "公开平台"]
    assert [value for value, _ in form.fields["year"].choices] == ["", "2023"]
    assert '<option value="shown" selected>公开平台</option>' in str(form["platform"])
    assert not PublicCaseFilter(QueryDict("platform=hidden"), queryset=Case.objects.all()).form.is_valid()
