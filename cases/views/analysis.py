"""The analyst workspace: filtered case list, breakdowns, matrix, exports. Thin views.

Every view filters through `AnalystCaseFilter` and reads through
`cases.selectors.analysis`, so the list, the breakdowns and the exports always
describe exactly the same cases.
"""

from django import forms
from django.contrib.auth import views as auth_views
from django.contrib.auth.mixins import PermissionRequiredMixin
from django.core.paginator import Paginator
from django.http import Http404, HttpResponseBadRequest, StreamingHttpResponse
from django.urls import reverse_lazy
from django.utils import timezone
from django.utils.functional import cached_property
from django.views.generic import ListView, TemplateView, View

from cases import exports
from cases.filters import AnalystCaseFilter, AnalystReportFilter
from cases.selectors import analysis as selectors
from cases.selectors import reports as report_selectors

ANALYSIS_PERMISSION = "cases.view_analysis"
ERROR_INVALID_FILTER = "筛选条件有误，请返回修改后再导出。"


class AnalystRequiredMixin(PermissionRequiredMixin):
    """Signed-in users with `cases.view_analysis` only: anonymous → login page, others → 403."""

    permission_required = ANALYSIS_PERMISSION
    login_url = reverse_lazy("analysis-login")


class FilteredCasesMixin(AnalystRequiredMixin):
    """Binds the filter to the query string once per request."""

    def get_filterset(self) -> AnalystCaseFilter:
        if not hasattr(self, "_filterset"):
            self._filterset = AnalystCaseFilter(self.request.GET, queryset=selectors.analyst_cases())
        return self._filterset

    def filter_context(self) -> dict:
        filterset = self.get_filterset()
        return {"filter": filterset, "filter_query": self.request.GET.urlencode(), "filter_invalid": filterset.errors}


class AnalysisLoginView(auth_views.LoginView):
    template_name = "analysis/login.html"
    next_page = reverse_lazy("analysis-case-list")


class AnalysisLogoutView(auth_views.LogoutView):
    next_page = reverse_lazy("analysis-login")


class CountedPaginator(Paginator):
    """A paginator told its count, so the list does not count the filtered cases a second time."""

    def __init__(self, object_list, per_page, *, count: int, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self.count = count  # replaces the cached property's COUNT(*) query


class AnalysisCaseListView(FilteredCasesMixin, ListView):
    template_name = "analysis/case_list.html"
    context_object_name = "cases"
    paginate_by = 50

    @cached_property
    def summary(self) -> selectors.Summary:
        return selectors.case_summary(self.get_filterset().qs)

    def get_queryset(self):
        return selectors.case_list_rows(self.get_filterset().qs)

    def get_paginator(self, queryset, per_page, **kwargs):
        return CountedPaginator(queryset, per_page, count=self.summary.cases, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(self.filter_context())
        context["summary"] = self.summary
        context["active_tab"] = "list"
        return context


class ShadeForm(forms.Form):
    """How the matrix is shaded; kept apart from the case filter."""

    shade = forms.ChoiceField(choices=[("cases", "按案件数"), ("loss", "按损失金额")], required=False)

    def metric(self) -> str:
        return (self.cleaned_data.get("shade") if self.is_valid() else None) or "cases"


class AnalysisBreakdownView(FilteredCasesMixin, TemplateView):
    template_name = "analysis/breakdowns.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(self.filter_context())
        context["shade"] = ShadeForm(self.request.GET).metric()
        context["breakdowns"] = breakdowns = selectors.case_breakdowns(self.get_filterset().qs)
        context["summary"] = breakdowns.summary
        context["active_tab"] = "breakdowns"
        return context


def _attachment(response, name: str):
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
    response["Content-Disposition"] = f'attachment; filename="{name}-{stamp}"'
    return response


class AnalysisExportView(FilteredCasesMixin, View):
    """Exactly the filtered cases, in the list's order, streamed as CSV (with BOM) or JSON."""

    def get(self, request, fmt):
        filterset = self.get_filterset()
        if filterset.errors:
            return HttpResponseBadRequest(ERROR_INVALID_FILTER, content_type="text/plain; charset=utf-8")
        chunks = exports.case_export_chunks(filterset.qs)
        if fmt == "csv":
            response = StreamingHttpResponse(exports.stream_cases_csv(chunks), content_type="text/csv; charset=utf-8")
        else:
            response = StreamingHttpResponse(exports.stream_cases_json(chunks), content_type="application/json")
        return _attachment(response, f"cases.{fmt}")


BREAKDOWN_TITLES = {
    "stage": "阶段",
    "technique": "手法",
    "platform": "冒充平台",
    "channel": "接触渠道",
    "region": "地区",
}


class AnalysisBreakdownExportView(FilteredCasesMixin, View):
    """One breakdown table of the current filter as CSV."""

    def get(self, request, dimension):
        filterset = self.get_filterset()
        if filterset.errors:
            return HttpResponseBadRequest(ERROR_INVALID_FILTER, content_type="text/plain; charset=utf-8")
        if dimension == "month":
            trend = selectors.monthly_trend(filterset.qs)
            header, rows = (
                ["月份", "案件数", "损失合计（元）"],
                [(m.month.strftime("%Y-%m"), m.cases, m.loss) for m in trend.months],
            )
        elif dimension in BREAKDOWN_TITLES:
            buckets = selectors.breakdown_table(filterset.qs, dimension)
            header, rows = (
                [BREAKDOWN_TITLES[dimension], "案件数", "损失合计（元）"],
                [(b.label, b.cases, b.loss) for b in buckets],
            )
        else:
            raise Http404
        response = StreamingHttpResponse(exports.stream_csv(header, rows), content_type="text/csv; charset=utf-8")
        return _attachment(response, f"breakdown-{dimension}.csv")


class FilteredReportsMixin(AnalystRequiredMixin):
    def get_filterset(self) -> AnalystReportFilter:
        if not hasattr(self, "_filterset"):
            self._filterset = AnalystReportFilter(self.request.GET, queryset=report_selectors.analyst_reports())
        return self._filterset


class AnalysisReportListView(FilteredReportsMixin, ListView):
    """Citizen reports and this week's most reported indicators; never the reporters' contact details."""

    template_name = "analysis/reports.html"
    context_object_name = "reports"
    paginate_by = 50

    def get_queryset(self):
        return self.get_filterset().qs

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        filterset = self.get_filterset()
        context.update(
            {
                "filter": filterset,
                "filter_query": self.request.GET.urlencode(),
                "filter_invalid": filterset.errors,
                "top_indicators": report_selectors.top_indicators(reports=filterset.qs),
                "active_tab": "reports",
            }
        )
        return context


class AnalysisReportExportView(FilteredReportsMixin, View):
    def get(self, request):
        filterset = self.get_filterset()
        if filterset.errors:
            return HttpResponseBadRequest(ERROR_INVALID_FILTER, content_type="text/plain; charset=utf-8")
        response = StreamingHttpResponse(
            exports.stream_reports_csv(filterset.qs), content_type="text/csv; charset=utf-8"
        )
        return _attachment(response, "reports.csv")
