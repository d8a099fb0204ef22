from django.views.generic import DetailView, ListView, TemplateView


class HomeView(TemplateView):
    template_name = "cases/home.html"


class ArticleListView(ListView):
    pass


class ArticleDetailView(DetailView):
    pass


class ScamTypeDetailView(DetailView):
    pass


class TechniqueDetailView(DetailView):
    pass


class CaseListView(ListView):
    pass


class CaseDetailView(DetailView):
    pass
