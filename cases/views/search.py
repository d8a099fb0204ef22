"""The search page: GET /search/?q=…&kind=…&page=…"""

from django.core.paginator import EmptyPage, Paginator
from django.views.generic import TemplateView

from cases.models import SearchEntry
from cases.search import forms
from cases.search.query import POPULAR_TERMS, RANK_LIMIT, search, search_session
from cases.search.results import result_item
from cases.search.tokens import MAX_QUERY_CHARS, MAX_TERMS, parse_query
from cases.selectors.public import public_scam_types


class SearchView(TemplateView):
    template_name = "cases/search.html"
    paginate_by = 10

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = forms.SearchForm(self.request.GET)
        query, kind, page_number, notices = form.values()
        parsed = parse_query(query)
        kind_label = dict(SearchEntry.Kind.choices).get(kind, "")
        context.update(search_query=query, kind=kind, kind_label=kind_label, notices=notices)
        if parsed.truncated:
            notices.append(forms.NOTICE_TRUNCATED.format(limit=MAX_QUERY_CHARS, terms=MAX_TERMS))
        if not parsed.terms:
            if query:
                notices.append(forms.NOTICE_NO_WORDS)
            return self._suggestions(context)

        with search_session():
            results = search(parsed.terms, kind=kind)
            paginator = Paginator(results.entries, self.paginate_by)  # counted already: no query
            try:
                page = paginator.page(page_number)
            except EmptyPage:
                notices.append(forms.NOTICE_PAGE_OUT_OF_RANGE.format(page=page_number))
                page = paginator.page(paginator.num_pages)
            items = [result_item(entry, parsed.terms) for entry in page.object_list]
        if results.total.more:
            notices.append(forms.NOTICE_CAPPED.format(limit=f"{results.total.value:,}"))
        elif not results.ranked:
            notices.append(forms.NOTICE_NOT_RANKED.format(limit=RANK_LIMIT))
        context.update(
            terms=parsed.terms,
            # A kind's count is None when unknown (more than COUNT_LIMIT hits in all): no number shown.
            kind_tabs=[
                (value, label, results.counts.get(value, None if results.total_all.more else 0))
                for value, label in SearchEntry.Kind.choices
            ],
            total_all=results.total_all,
            total=results.total,
            page_obj=page,
            results=items,
        )
        if not results.total.value:
            self._suggestions(context)
        return context

    def _suggestions(self, context):
        """What the empty and no-results pages offer instead: popular terms and scam types."""
        context.update(popular_terms=POPULAR_TERMS, scam_types=public_scam_types())
        return context
