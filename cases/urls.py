from django.urls import path

from cases.views import checker, public

urlpatterns = [
    path("", public.HomeView.as_view(), name="home"),
    path("articles/", public.ArticleListView.as_view(), name="article-list"),
    path("articles/<slug:slug>/", public.ArticleDetailView.as_view(), name="article-detail"),
    path("types/<slug:slug>/", public.ScamTypeDetailView.as_view(), name="scamtype-detail"),
    path("techniques/<str:code>/", public.TechniqueDetailView.as_view(), name="technique-detail"),
    path("cases/", public.CaseListView.as_view(), name="case-list"),
    path("cases/<int:pk>/", public.CaseDetailView.as_view(), name="case-detail"),
    path("check/", checker.checker, name="checker"),
]
