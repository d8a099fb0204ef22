"""django-filter FilterSets: every GET parameter a case or article list accepts goes through one of these.

Public lists ignore an unknown or malformed value with a message and filter by
the valid fields only; the analyst workspace shows the form errors. Bad input
never becomes a 500.
"""

import django_filters
from django import forms
from django.db.models import Exists, F, OuterRef, Q
from django.forms.utils import flatatt
from django.utils.html import format_html, format_html_join

from cases.indicators import IndicatorKind
from cases.models import (
    Agency,
    Article,
    Case,
    CaseStep,
    Channel,
    Platform,
    Region,
    Report,
    ReportIndicator,
    ScamType,
    Stage,
    Technique,
)
from cases.selectors.public import public_case_facets
from cases.selectors.reports import REPORTED_KINDS

ALL = "全部"
ERROR_INVALID_FILTER = "部分筛选条件无效，已忽略。"

# ---------------------------------------------------------------------------
# Choices read in one plain query, rendered without a template per option


class PlainSelect(forms.Select):
    """A <select> written in Python.

    Django renders each <option> through templates of its own, which on the case
    library cost more than the rest of the page (a hundred options).
    """

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        options = format_html_join(
            "\n",
            '<option value="{}"{}>{}</option>',
            (
                (option["value"], flatatt(option["attrs"]), option["label"])
                for _, group, _ in widget["optgroups"]
                for option in group
            ),
        )
        return format_html('<select name="{}"{}>\n{}\n</select>', widget["name"], flatatt(widget["attrs"]), options)


class ListedModelChoiceIterator(django_filters.fields.ModelChoiceIterator):
    """Reads a vocabulary with one plain query.

    Django iterates choices with `iterator()`, which on PostgreSQL opens a
    server-side cursor: several round trips for a dozen rows, on every page.
    """

    def _objects(self) -> list:
        if not hasattr(self, "_rows"):
            self._rows = list(self.queryset.all())
        return self._rows

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        for obj in self._objects():
            yield self.choice(obj)

    def __len__(self):
        # The template `for` tag asks for the length first; answer from the same single query.
        return len(self._objects()) + (self.field.empty_label is not None)


class ListedModelChoiceField(django_filters.fields.ModelChoiceField):
    iterator = ListedModelChoiceIterator
    widget = PlainSelect


class ListedChoiceFilter(django_filters.ModelChoiceFilter):
    """One row of a short list (scam types, stages …), its choices read in one plain query."""

    field_class = ListedModelChoiceField


# ---------------------------------------------------------------------------
# Public case library


def _published_scam_types(request):
    return ScamType.objects.published()


class PublicCaseFilter(django_filters.FilterSet):
    """Filters of the public case library; choices name things by slug or code for short, stable URLs.

    Platforms, channels, regions and years are limited to values some published
    case actually has, so no filter leads nowhere (`public_case_facets`).
    """

    scam_type = ListedChoiceFilter(
        label="诈骗类型", queryset=_published_scam_types, to_field_name="slug", empty_label=ALL
    )
    technique = ListedChoiceFilter(
        label="手法", queryset=Technique.objects.active(), to_field_name="code", empty_label=ALL, method="filter_step"
    )
    stage = ListedChoiceFilter(
        label="诈骗阶段", queryset=Stage.objects.all(), to_field_name="code", empty_label=ALL, method="filter_step"
    )
    platform = ListedChoiceFilter(
        label="冒充平台", queryset=Platform.objects.none(), to_field_name="slug", empty_label=ALL
    )
    channel = ListedChoiceFilter(
        label="接触渠道", queryset=Channel.objects.none(), to_field_name="slug", empty_label=ALL
    )
    region = ListedChoiceFilter(label="地区", queryset=Region.objects.none(), empty_label=ALL)
    year = django_filters.ChoiceFilter(
        label="年份", choices=[], empty_label=ALL, method="filter_year", widget=PlainSelect
    )

    class Meta:
        model = Case
        fields = ["scam_type", "technique", "stage", "platform", "channel", "region", "year"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        facets = public_case_facets()  # cached: one query while no case changes
        for name, model in (("platform", Platform), ("channel", Channel), ("region", Region)):
            self.filters[name].queryset = model.objects.filter(pk__in=facets[name])
        self.filters["year"].extra["choices"] = [(str(year), f"{year}年") for year in facets["year"]]

    def filter_step(self, queryset, name, value):
        # EXISTS rather than a join: a case with two matching steps is still one row.
        return queryset.filter(Exists(CaseStep.objects.filter(case=OuterRef("pk"), **{name: value})))

    def filter_year(self, queryset, name, value):
        return queryset.filter(occurred_on__year=int(value))


# ---------------------------------------------------------------------------
# Public article list


class PublicArticleFilter(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(label="栏目", choices=Article.Kind.choices, empty_label=ALL, widget=PlainSelect)
    scam_type = ListedChoiceFilter(
        label="诈骗类型",
        field_name="scam_types",
        queryset=_published_scam_types,
        to_field_name="slug",
        empty_label=ALL,
    )

    class Meta:
        model = Article
        fields = ["kind", "scam_type"]


# ---------------------------------------------------------------------------
# Analyst workspace

ERROR_LOSS_RANGE = "损失下限不能大于上限。"
ERROR_DATE_RANGE = "开始日期不能晚于结束日期。"


def _case_ids_with_steps(**lookups):
    """Ids of cases having a step that matches `lookups`: a subquery, so rows never repeat."""
    return CaseStep.objects.filter(**lookups).values("case_id")


class VocabularyField(django_filters.fields.ModelMultipleChoiceField):
    iterator = ListedModelChoiceIterator


class VocabularyFilter(django_filters.ModelMultipleChoiceFilter):
    """Any of several rows of a (short) vocabulary, given by code, slug or name in the URL."""

    field_class = VocabularyField


class LossRangeField(django_filters.fields.RangeField):
    """Amounts the database column can hold: a huge or negative bound is a form error, not a 500."""

    def __init__(self, *args, **kwargs):
        bounds = [forms.DecimalField(max_digits=14, decimal_places=2, min_value=0) for _ in range(2)]
        super().__init__(bounds, *args, **kwargs)


class LossRangeFilter(django_filters.RangeFilter):
    field_class = LossRangeField


class NamedBoundsMixin:
    """Each input of a range names its bound; otherwise a screen reader hears only the legend."""

    def __init__(self, *args, bounds: tuple[str, str], **kwargs):
        super().__init__(*args, **kwargs)
        self.bounds = bounds

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        for subwidget, bound in zip(context["widget"]["subwidgets"], self.bounds, strict=True):
            subwidget["attrs"]["aria-label"] = bound
        return context


class AmountRangeWidget(NamedBoundsMixin, django_filters.widgets.RangeWidget):
    pass


class DateRangeWidget(NamedBoundsMixin, django_filters.widgets.DateRangeWidget):
    pass


class AnalystCaseFilterForm(forms.Form):
    """Checks across fields that django-filter does not make: a range's bounds in order."""

    RANGES = {
        "loss": ERROR_LOSS_RANGE,
        "occurred": ERROR_DATE_RANGE,
        "reported": ERROR_DATE_RANGE,
        "created": ERROR_DATE_RANGE,
    }

    def clean(self):
        cleaned = super().clean()
        for name, message in self.RANGES.items():
            bounds = cleaned.get(name)  # a slice(start, stop) when either bound is given
            if bounds and bounds.start is not None and bounds.stop is not None and bounds.start > bounds.stop:
                self.add_error(name, message)
        return cleaned


class AnalystCaseFilter(django_filters.FilterSet):
    """The analyst workspace's filter over every case, public and internal.

    Multi-valued filters match any of the chosen values, except techniques,
    which match any or all of them (`technique_mode`); `and_technique` adds
    techniques a case must also have, which is how a matrix cell narrows the
    current filter without losing it.
    """

    q = django_filters.CharFilter(label="关键词", method="filter_text", max_length=60)
    scam_type = VocabularyFilter(
        label="诈骗类型",
        field_name="scam_type__slug",
        queryset=ScamType.objects.all(),
        to_field_name="slug",
        distinct=False,
        widget=forms.CheckboxSelectMultiple,
    )
    stage = VocabularyFilter(
        label="阶段",
        queryset=Stage.objects.all(),
        to_field_name="code",
        method="filter_stage",
        widget=forms.CheckboxSelectMultiple,
    )
    technique = VocabularyFilter(
        label="手法",
        queryset=Technique.objects.all(),
        to_field_name="code",
        method="filter_technique",
        widget=forms.SelectMultiple(attrs={"size": 8}),
    )
    technique_mode = django_filters.ChoiceFilter(
        label="手法匹配",
        choices=[("any", "含任一所选手法"), ("all", "含全部所选手法")],
        method="filter_nothing",
        empty_label=None,
        widget=forms.RadioSelect,
    )
    and_technique = VocabularyFilter(
        label="且包含手法",
        queryset=Technique.objects.all(),
        to_field_name="code",
        method="filter_and_technique",
        widget=forms.MultipleHiddenInput,
    )
    platform = VocabularyFilter(
        label="冒充平台",
        field_name="platform__slug",
        queryset=Platform.objects.all(),
        to_field_name="slug",
        distinct=False,
        widget=forms.CheckboxSelectMultiple,
    )
    channel = VocabularyFilter(
        label="接触渠道",
        field_name="channel__slug",
        queryset=Channel.objects.all(),
        to_field_name="slug",
        distinct=False,
        widget=forms.CheckboxSelectMultiple,
    )
    region = VocabularyFilter(
        label="地区",
        field_name="region__name",
        queryset=Region.objects.all(),
        to_field_name="name",
        distinct=False,
        widget=forms.SelectMultiple(attrs={"size": 6}),
    )
    province = django_filters.CharFilter(label="省份", field_name="region__province", max_length=20)
    occurred = django_filters.DateFromToRangeFilter(
        label="案发日期",
        field_name="occurred_on",
        widget=DateRangeWidget(attrs={"type": "date"}, bounds=("起始日期", "截止日期")),
    )
    reported = django_filters.DateFromToRangeFilter(
        label="报案日期",
        field_name="reported_on",
        widget=DateRangeWidget(attrs={"type": "date"}, bounds=("起始日期", "截止日期")),
    )
    loss = LossRangeFilter(
        label="损失（元）",
        field_name="total_loss",
        widget=AmountRangeWidget(attrs={"inputmode": "decimal", "placeholder": "元"}, bounds=("最低", "最高")),
    )
    age_band = django_filters.MultipleChoiceFilter(
        label="年龄段", choices=Case.AgeBand.choices, distinct=False, widget=forms.CheckboxSelectMultiple
    )
    gender = django_filters.MultipleChoiceFilter(
        label="性别", choices=Case.Gender.choices, distinct=False, widget=forms.CheckboxSelectMultiple
    )
    agency = VocabularyFilter(
        label="来源机构",
        field_name="source_agency__slug",
        queryset=Agency.objects.all(),
        distinct=False,
        to_field_name="slug",
        widget=forms.CheckboxSelectMultiple,
    )
    outcome = django_filters.MultipleChoiceFilter(
        label="结果", choices=Case.Outcome.choices, distinct=False, widget=forms.CheckboxSelectMultiple
    )
    kind = django_filters.MultipleChoiceFilter(
        label="案例类别", choices=Case.Kind.choices, distinct=False, widget=forms.CheckboxSelectMultiple
    )
    visibility = django_filters.ChoiceFilter(
        label="公开范围",
        choices=[("public", "公开案例"), ("internal", "内部案例")],
        method="filter_visibility",
        empty_label="全部",
    )
    sort = django_filters.ChoiceFilter(
        label="排序",
        choices=[
            ("-occurred", "案发日期：新→旧"),
            ("occurred", "案发日期：旧→新"),
            ("-reported", "报案日期：新→旧"),
            ("-loss", "损失：高→低"),
            ("loss", "损失：低→高"),
        ],
        method="filter_sort",
        empty_label=None,
    )

    # Every ordering ends on the primary key, so pages never overlap or skip rows.
    # Undated cases go last either way, on every database.
    ORDERINGS = {
        "-occurred": [F("occurred_on").desc(nulls_last=True), "-pk"],
        "occurred": [F("occurred_on").asc(nulls_last=True), "pk"],
        "-reported": [F("reported_on").desc(nulls_last=True), "-pk"],
        "-loss": ["-total_loss", "-pk"],
        "loss": ["total_loss", "pk"],
    }
    DEFAULT_SORT = "-occurred"

    class Meta:
        model = Case
        fields = []
        form = AnalystCaseFilterForm

    def __init__(self, data=None, *args, **kwargs):
        super().__init__(data, *args, **kwargs)
        # Choice filters must apply their default (sort, match mode) even when absent from the URL.
        self.form.fields["sort"].required = False
        self.form.fields["technique_mode"].required = False

    @property
    def qs(self):
        if not hasattr(self, "_qs"):
            queryset = super().qs
            if not getattr(self.form, "cleaned_data", {}).get("sort"):
                queryset = queryset.order_by(*self.ORDERINGS[self.DEFAULT_SORT])
            self._qs = queryset
        return self._qs

    def filter_queryset(self, queryset):
        # Invalid input matches nothing: the page shows the errors instead of a broader result.
        if self.is_bound and not self.form.is_valid():
            return queryset.none()
        return super().filter_queryset(queryset)

    def filter_nothing(self, queryset, name, value):
        return queryset

    def filter_text(self, queryset, name, value):
        value = value.strip()
        if not value:
            return queryset
        return queryset.filter(Q(title__icontains=value) | Q(summary__icontains=value) | Q(alias__icontains=value))

    def filter_stage(self, queryset, name, value):
        if not value:
            return queryset
        return queryset.filter(pk__in=_case_ids_with_steps(stage__in=value))

    def filter_technique(self, queryset, name, value):
        if not value:
            return queryset
        if self.form.cleaned_data.get("technique_mode") == "all":
            return self.filter_and_technique(queryset, name, value)
        return queryset.filter(pk__in=_case_ids_with_steps(technique__in=value))

    def filter_and_technique(self, queryset, name, value):
        # One semi-join per technique, each read from the (technique, case) index: the planner
        # can walk a page in order and probe each case, where grouping the steps by case to
        # count techniques read every matching step first (page 3 ms instead of 32 at 100k cases).
        for technique in value:
            queryset = queryset.filter(pk__in=_case_ids_with_steps(technique=technique))
        return queryset

    def filter_visibility(self, queryset, name, value):
        return queryset.filter(is_public=value == "public")

    def filter_sort(self, queryset, name, value):
        return queryset.order_by(*self.ORDERINGS[value])


class AnalystReportFilter(django_filters.FilterSet):
    """The analysts' filter over citizen reports: type, channel, indicator kind, moderation, date."""

    scam_type = VocabularyFilter(
        label="诈骗类型",
        field_name="scam_type__slug",
        queryset=ScamType.objects.all(),
        to_field_name="slug",
        distinct=False,
        widget=forms.CheckboxSelectMultiple,
    )
    channel = VocabularyFilter(
        label="接触渠道",
        field_name="channel__slug",
        queryset=Channel.objects.all(),
        to_field_name="slug",
        distinct=False,
        widget=forms.CheckboxSelectMultiple,
    )
    indicator_kind = django_filters.MultipleChoiceFilter(
        label="线索类别",
        choices=[(kind, IndicatorKind(kind).label) for kind in sorted(REPORTED_KINDS)],
        method="filter_indicator_kind",
        widget=forms.CheckboxSelectMultiple,
    )
    moderation = django_filters.MultipleChoiceFilter(
        label="审核结论", choices=Report.Moderation.choices, distinct=False, widget=forms.CheckboxSelectMultiple
    )
    created = django_filters.DateFromToRangeFilter(
        label="提交日期",
        field_name="created_at__date",
        widget=DateRangeWidget(attrs={"type": "date"}, bounds=("起始日期", "截止日期")),
    )

    class Meta:
        model = Report
        fields = []
        form = AnalystCaseFilterForm

    def filter_queryset(self, queryset):
        if self.is_bound and not self.form.is_valid():
            return queryset.none()
        return super().filter_queryset(queryset)

    def filter_indicator_kind(self, queryset, name, value):
        if not value:
            return queryset
        return queryset.filter(pk__in=ReportIndicator.objects.filter(indicator__kind__in=value).values("report_id"))
