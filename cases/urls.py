from django.contrib.sitemaps.views import sitemap
from django.urls import path, re_path, register_converter

from cases.feeds import LatestArticlesAtomFeed, LatestArticlesFeed
from cases.sitemaps import SITEMAPS
from cases.views import analysis, checker, public, reports, search


class TechniqueCodeConverter:
    """T + three or four digits, as `technique_code_validator` requires: anything else is a 404."""

    regex = r"T[0-9]{3,4}"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


register_converter(TechniqueCodeConverter, "technique_code")

urlpatterns = [
    path("", public.HomeView.as_view(), name="home"),
    path("articles/", public.ArticleListView.as_view(), name="article-list"),
    path("articles/<slug:slug>/", public.ArticleDetailView.as_view(), name="article-detail"),
    path("types/<slug:slug>/", public.ScamTypeDetailView.as_view(), name="scamtype-detail"),
    path("techniques/<technique_code:code>/", public.TechniqueDetailView.as_view(), name="technique-detail"),
    path("cases/", public.CaseListView.as_view(), name="case-list"),
    path("cases/<int:pk>/", public.CaseDetailView.as_view(), name="case-detail"),
    path("search/", search.SearchView.as_view(), name="search"),
    # The analyst workspace (signed in, cases.view_analysis).
    path("analysis/", analysis.AnalysisCaseListView.as_view(), name="analysis-case-list"),
    path("analysis/login/", analysis.AnalysisLoginView.as_view(), name="analysis-login"),
    path("analysis/logout/", analysis.AnalysisLogoutView.as_view(), name="analysis-logout"),
    path("analysis/breakdowns/", analysis.AnalysisBreakdownView.as_view(), name="analysis-breakdowns"),
    re_path(r"^analysis/export\.(?P<fmt>csv|json)$", analysis.AnalysisExportView.as_view(), name="analysis-export"),
    path(
        "analysis/breakdowns/<slug:dimension>.csv",
        analysis.AnalysisBreakdownExportView.as_view(),
        name="analysis-breakdown-export",
    ),
    path("analysis/reports/", analysis.AnalysisReportListView.as_view(), name="analysis-reports"),
    path("analysis/reports/export.csv", analysis.AnalysisReportExportView.as_view(), name="analysis-report-export"),
    path("check/", checker.checker, name="checker"),
    path("report/", reports.report_form, name="report"),
    path("report/status/<str:token>/", reports.report_status, name="report-status"),
    path("lookup/", reports.lookup_view, name="lookup"),
    path("feed/", LatestArticlesFeed(), name="feed-rss"),
    path("feed/atom/", LatestArticlesAtomFeed(), name="feed-atom"),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("robots.txt", public.RobotsView.as_view(), name="robots"),
]
