"""django-filter FilterSets: every GET parameter a list page accepts goes through one of these.

An unknown or malformed value makes its field invalid; the view shows a message
and filters by the valid fields only, so bad input never becomes a 500.
"""

import django_filters
from django.db.models import Exists, OuterRef

from cases.models import Article, Case, CaseStep, Channel, Platform, Region, ScamType, Stage, Technique

ALL = "全部"
ERROR_INVALID_FILTER = "部分筛选条件无效，已忽略。"

# ---------------------------------------------------------------------------
# Public case library


def _published_scam_types(request):
    return ScamType.objects.published()


def _used_by_public_cases(model):
    """Choices limited to values some published case actually has, so no filter leads nowhere."""

    def queryset(request):
        cases = Case.objects.published().filter(**{model._meta.model_name: OuterRef("pk")})
        return model.objects.filter(Exists(cases))

    return queryset


def _public_case_years():
    years = Case.objects.published().dates("occurred_on", "year", order="DESC")
    return [(str(day.year), f"{day.year}年") for day in years]


class PublicCaseFilter(django_filters.FilterSet):
    """Filters of the public case library; choices name things by slug or code for short, stable URLs."""

    scam_type = django_filters.ModelChoiceFilter(
        label="诈骗类型", queryset=_published_scam_types, to_field_name="slug", empty_label=ALL
    )
    technique = django_filters.ModelChoiceFilter(
        label="手法", queryset=Technique.objects.active(), to_field_name="code", empty_label=ALL, method="filter_step"
    )
    stage = django_filters.ModelChoiceFilter(
        label="诈骗阶段", queryset=Stage.objects.all(), to_field_name="code", empty_label=ALL, method="filter_step"
    )
    platform = django_filters.ModelChoiceFilter(
        label="冒充平台", queryset=_used_by_public_cases(Platform), to_field_name="slug", empty_label=ALL
    )
    channel = django_filters.ModelChoiceFilter(
        label="接触渠道", queryset=_used_by_public_cases(Channel), to_field_name="slug", empty_label=ALL
    )
    region = django_filters.ModelChoiceFilter(label="地区", queryset=_used_by_public_cases(Region), empty_label=ALL)
    year = django_filters.ChoiceFilter(label="年份", choices=_public_case_years, empty_label=ALL, method="filter_year")

    class Meta:
        model = Case
        fields = ["scam_type", "technique", "stage", "platform", "channel", "region", "year"]

    def filter_step(self, queryset, name, value):
        # EXISTS rather than a join: a case with two matching steps is still one row.
        return queryset.filter(Exists(CaseStep.objects.filter(case=OuterRef("pk"), **{name: value})))

    def filter_year(self, queryset, name, value):
        return queryset.filter(occurred_on__year=int(value))


# ---------------------------------------------------------------------------
# Public article list


class PublicArticleFilter(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(label="栏目", choices=Article.Kind.choices, empty_label=ALL)
    scam_type = django_filters.ModelChoiceFilter(
        label="诈骗类型",
        field_name="scam_types",
        queryset=_published_scam_types,
        to_field_name="slug",
        empty_label=ALL,
    )

    class Meta:
        model = Article
        fields = ["kind", "scam_type"]
