from django.urls import path, re_path

from cases.views import analysis, checker, public

urlpatterns = [
    path("", public.HomeView.as_view(), name="home"),
    path("articles/", public.ArticleListView.as_view(), name="article-list"),
    path("articles/<slug:slug>/", public.ArticleDetailView.as_view(), name="article-detail"),
    path("types/<slug:slug>/", public.ScamTypeDetailView.as_view(), name="scamtype-detail"),
    path("techniques/<str:code>/", public.TechniqueDetailView.as_view(), name="technique-detail"),
    path("cases/", public.CaseListView.as_view(), name="case-list"),
    path("cases/<int:pk>/", public.CaseDetailView.as_view(), name="case-detail"),
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
    path("check/", checker.checker, name="checker"),
]
