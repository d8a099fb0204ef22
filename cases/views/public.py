"""Public pages: thin views over the selectors in `cases.selectors.public`."""

from django.http import Http404
from django.shortcuts import redirect
from django.utils.cache import add_never_cache_headers
from django.views.generic import DetailView, ListView, TemplateView

from cases.models import Article, Case, ScamType
from cases.selectors import public as selectors
from cases.services.publishing import can_preview
from cases.services.taxonomy import technique_resolve


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


class HomeView(TemplateView):
    template_name = "cases/home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["articles"] = selectors.public_articles()[:6]
        context["scam_types"] = selectors.public_scam_types()
        return context


class ArticleListView(ListView):
    template_name = "cases/article_list.html"
    context_object_name = "articles"
    paginate_by = 12

    def get_queryset(self):
        return selectors.public_articles()


class ArticleDetailView(StaffPreviewMixin, DetailView):
    model = Article
    template_name = "cases/article_detail.html"
    context_object_name = "article"

    def get_queryset(self):
        return selectors.article_detail_queryset(self.get_base_queryset())


class ScamTypeDetailView(StaffPreviewMixin, DetailView):
    model = ScamType
    template_name = "cases/scamtype_detail.html"
    context_object_name = "scam_type"

    def get_queryset(self):
        return self.get_base_queryset()


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


class CaseListView(ListView):
    template_name = "cases/case_list.html"
    context_object_name = "cases"
    paginate_by = 20

    def get_queryset(self):
        return selectors.public_cases()


class CaseDetailView(StaffPreviewMixin, DetailView):
    model = Case
    template_name = "cases/case_detail.html"
    context_object_name = "case"

    def get_queryset(self):
        return selectors.case_detail_queryset(self.get_base_queryset())
