"""Public pages: thin views over the selectors in `cases.selectors.public`."""

from django.http import Http404
from django.shortcuts import redirect
from django.templatetags.static import static
from django.utils.cache import add_never_cache_headers
from django.views.generic import DetailView, ListView, TemplateView

from cases.filters import ERROR_INVALID_FILTER, PublicArticleFilter, PublicCaseFilter
from cases.models import Article, Case, ScamType
from cases.selectors import public as selectors
from cases.services.publishing import can_preview
from cases.services.taxonomy import technique_resolve

SHARE_IMAGE = "img/share.png"


class StaffPreviewMixin:
    """Staff who may change an item can open it before it is published.

    The preview is never cached and never indexed; everyone else gets 404 for
    anything `published()` does not return.
    """

    def get_base_queryset(self):
        if can_preview(self.request.user, self.model):
            return self.model._default_manager.all()
        return self.model._default_manager.published()

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        if not self.object.is_published:
            add_never_cache_headers(response)
            response["X-Robots-Tag"] = "noindex, nofollow"
        return response

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["is_preview"] = not self.object.is_published
        return context


class FilteredListView(ListView):
    """A paginated list whose GET parameters go through a FilterSet.

    Invalid values are ignored with a message; a page number that is not a
    number or past the end is a 404 (ListView's own rule).
    """

    filterset_class = None

    def get_base_queryset(self):
        raise NotImplementedError

    def get_queryset(self):
        self.filterset = self.filterset_class(
            self.request.GET or None, queryset=self.get_base_queryset(), request=self.request
        )
        self.filter_invalid = self.filterset.is_bound and not self.filterset.is_valid()
        return self.filterset.qs

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["filter"] = self.filterset
        context["filter_error"] = ERROR_INVALID_FILTER if self.filter_invalid else ""
        context["is_filtered"] = any(self.filterset.form.cleaned_data.values()) if self.filterset.is_bound else False
        return context


class HomeView(TemplateView):
    template_name = "cases/home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["articles"] = selectors.public_articles()[:4]
        context.update(selectors.home_figures())
        return context


class ArticleListView(FilteredListView):
    template_name = "cases/article_list.html"
    context_object_name = "articles"
    filterset_class = PublicArticleFilter
    paginate_by = 12

    def get_base_queryset(self):
        return selectors.public_articles()


class ArticleDetailView(StaffPreviewMixin, DetailView):
    model = Article
    template_name = "cases/article_detail.html"
    context_object_name = "article"

    def get_queryset(self):
        return selectors.article_detail_queryset(self.get_base_queryset())

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["related_articles"] = selectors.related_articles(self.object)
        context["share_image"] = self.object.cover.url if self.object.cover else static(SHARE_IMAGE)
        return context


class ScamTypeDetailView(StaffPreviewMixin, DetailView):
    model = ScamType
    template_name = "cases/scamtype_detail.html"
    context_object_name = "scam_type"

    def get_queryset(self):
        return self.get_base_queryset()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(selectors.scam_type_explainer(self.object))
        return context


class RetiredCodeRedirectMixin:
    """A retired technique code keeps working: its URL redirects (301) to where it went.

    Only consulted when the normal lookup 404s, so live pages pay no extra query.
    """

    def get(self, request, *args, **kwargs):
        try:
            return super().get(request, *args, **kwargs)
        except Http404:
            target = technique_resolve(kwargs["code"])
            if target is None or target.retired or target.code == kwargs["code"]:
                raise
            return redirect(target, permanent=True)


class TechniqueDetailView(RetiredCodeRedirectMixin, DetailView):
    template_name = "cases/technique_detail.html"
    context_object_name = "technique"
    slug_field = "code"
    slug_url_kwarg = "code"

    def get_queryset(self):
        return selectors.technique_detail_queryset()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(selectors.technique_cases(self.object))
        return context


class CaseListView(FilteredListView):
    template_name = "cases/case_list.html"
    context_object_name = "cases"
    filterset_class = PublicCaseFilter
    paginate_by = 20

    def get_base_queryset(self):
        return selectors.public_cases()

    def get_paginator(self, queryset, *args, **kwargs):
        self.totals = selectors.case_list_totals(queryset, getattr(self.filterset.form, "cleaned_data", {}))
        paginator = super().get_paginator(queryset, *args, **kwargs)
        paginator.count = self.totals["case_count"]  # known already: no second count of the same cases
        return paginator

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["totals"] = self.totals
        return context


class CaseDetailView(StaffPreviewMixin, DetailView):
    model = Case
    template_name = "cases/case_detail.html"
    context_object_name = "case"

    def get_queryset(self):
        return selectors.case_detail_queryset(self.get_base_queryset())


class RobotsView(TemplateView):
    template_name = "robots.txt"
    content_type = "text/plain; charset=utf-8"
