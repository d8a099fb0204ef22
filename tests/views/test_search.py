import pytest
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from cases.models import Status
from cases.search import forms
from tests.factories import make_article, make_case, make_scam_type, past

pytestmark = pytest.mark.django_db

URL = reverse("search")


def get(client, **params):
    response = client.get(URL, params)
    assert response.status_code == 200
    return response, response.content.decode()


def test_results_show_kind_highlighted_title_snippet_date_and_link(client):
    article = make_article(title="警惕开会宝", body="骗子让你下载开会宝并共享屏幕。", publish_at=past(3))
    _, html = get(client, q="开会宝")
    assert f'<a href="{article.get_absolute_url()}">警惕<mark>开会宝</mark></a>' in html
    assert "下载<mark>开会宝</mark>并共享屏幕" in html
    assert "文章" in html
    assert timezone.localtime(article.publish_at).strftime("%Y-%m-%d") in html  # shown in Asia/Shanghai


def test_snippets_and_titles_are_escaped(client):
    make_article(title="<script>alert(1)</script>客服", body="<b>客服</b> & 退款")
    _, html = get(client, q="客服")
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;<mark>客服</mark>" in html


def test_the_query_is_echoed_escaped(client):
    _, html = get(client, q='"><img src=x onerror=alert(1)>')
    assert "<img src=x" not in html


def test_empty_query_page_offers_popular_terms_and_scam_types(client):
    make_scam_type(name="冒充电商物流客服诈骗")
    _, html = get(client)
    assert "大家常搜" in html and "备用金" in html and "冒充电商物流客服诈骗" in html
    assert "search-results" not in html


def test_no_results_page_says_so_and_offers_suggestions(client):
    make_scam_type(name="刷单返利诈骗")
    _, html = get(client, q="不存在的词语")
    assert "没有找到" in html and "大家常搜" in html and "刷单返利诈骗" in html


def test_hidden_items_are_absent_from_results_snippets_and_counts(client):
    make_article(title="公开文章", body="客服")
    make_article(title="草稿文章", body="客服 机密内容", status=Status.DRAFT, publish_at=None)
    make_case(title="内部案例", summary="客服", is_public=False)
    _, html = get(client, q="客服")
    assert "公开文章" in html
    assert "草稿文章" not in html and "机密内容" not in html and "内部案例" not in html
    assert "共 1 条结果" in html and "全部 1" in html and "案例 0" in html


def test_kind_filter_and_pagination_keep_the_query(client):
    for n in range(12):
        make_article(title=f"客服文章{n}", publish_at=past(n + 1))
    make_case(title="客服案例")
    _, html = get(client, q="客服", kind="article")
    assert "共 12 条结果" in html and "客服案例" not in html
    assert "第 1 / 2 页" in html
    assert 'href="?q=%E5%AE%A2%E6%9C%8D&amp;kind=article&amp;page=2"' in html
    _, html = get(client, q="客服", kind="article", page=2)
    assert "<mark>客服</mark>文章11</a>" in html and "<mark>客服</mark>文章0</a>" not in html


def test_past_the_count_limit_the_page_says_how_many_it_lists(client, monkeypatch):
    monkeypatch.setattr("cases.search.query.COUNT_LIMIT", 3)
    for n in range(4):
        make_article(title=f"客服文章{n}", publish_at=past(n + 1))
    make_case(title="客服案例")
    _, html = get(client, q="客服")
    assert "共 3+ 条结果" in html and "全部 3+" in html
    assert forms.NOTICE_CAPPED.format(limit=3) in html
    assert forms.NOTICE_NOT_RANKED.format(limit=500) not in html
    # Per-kind counts are unknown: the tabs link without a number.
    assert 'kind=article">文章</a>' in html and 'kind=case">案例</a>' in html
    assert html.count('<ol class="card-list search-results">') == 1 and html.count('<li class="card">') == 3
    _, html = get(client, q="客服", kind="case")
    assert "共 1 条结果" in html and "案例 1</strong>" in html and "全部 3+" in html


def test_the_count_limit_reads_as_a_thousand_plus(client, monkeypatch):
    monkeypatch.setattr("cases.search.query.HitCount.of", classmethod(lambda cls, counted: cls(1000, more=True)))
    make_article(title="客服")
    _, html = get(client, q="客服")
    assert "共 1,000+ 条结果" in html and "全部 1,000+" in html
    assert "结果超过 1,000 条，这里只列出前 1,000 条" in html


@pytest.mark.parametrize(
    ("params", "notice"),
    [
        ({"q": "客服", "page": "abc"}, forms.NOTICE_BAD_PAGE),
        ({"q": "客服", "page": "0"}, forms.NOTICE_BAD_PAGE),
        ({"q": "客服", "page": "99999999999999999999"}, forms.NOTICE_BAD_PAGE),
        ({"q": "客服", "page": "50"}, forms.NOTICE_PAGE_OUT_OF_RANGE.format(page=50)),
        ({"q": "客服", "kind": "user"}, forms.NOTICE_BAD_KIND),
        ({"q": "!!! &&& ||| ***"}, forms.NOTICE_NO_WORDS),
        ({"q": "😀🙏🏻"}, forms.NOTICE_NO_WORDS),
        ({"q": "\x00\x01\x7f"}, forms.NOTICE_NO_WORDS),
        ({"q": "客服" * 5000}, forms.NOTICE_TRUNCATED.format(limit=100, terms=8)),
    ],
)
def test_bad_input_gets_a_message_not_an_error(client, params, notice):
    make_article(title="客服")
    _, html = get(client, **params)
    assert notice in html


@pytest.mark.parametrize(
    "q",
    ["& | ! : * ' \\ ( )", "客服' OR 1=1 --", "客服 <-> 退款", "客服:*A & !退款", "Кирилл 客服 العربية", "ｑｑ　客服"],
)
def test_operators_and_mixed_scripts_search_normally(client, q):
    make_article(title="客服", body="qq Кирилл العربية 退款")
    get(client, q=q)


def test_search_box_on_public_pages(client):
    article = make_article()
    for url in (reverse("home"), reverse("article-list"), article.get_absolute_url(), reverse("case-list")):
        html = client.get(url).content.decode()
        assert f'action="{URL}"' in html and 'name="q"' in html, url


@pytest.mark.parametrize("items", [1, 15])
def test_fixed_number_of_queries(client, django_assert_num_queries, items):
    scam_type = make_scam_type()
    for n in range(items):
        make_case(title=f"客服案例{n}", scam_type=scam_type)
        make_article(title=f"客服文章{n}")
    # Counts per kind, then one page of entries with their items (after SET LOCAL on PostgreSQL).
    setup = 1 if connection.vendor == "postgresql" else 0
    with django_assert_num_queries(2 + setup):
        client.get(URL, {"q": "客服"})
    # The empty page lists the scam types; the no-results page counts, then lists them.
    with django_assert_num_queries(1):
        client.get(URL)
    with django_assert_num_queries(2 + setup):
        client.get(URL, {"q": "没有的词"})


def test_past_the_count_limit_a_chosen_kind_is_counted_on_its_own(client, django_assert_num_queries, monkeypatch):
    monkeypatch.setattr("cases.search.query.COUNT_LIMIT", 3)
    for n in range(5):
        make_article(title=f"客服文章{n}")
    setup = 1 if connection.vendor == "postgresql" else 0
    with django_assert_num_queries(2 + setup):
        client.get(URL, {"q": "客服"})
    with django_assert_num_queries(3 + setup):
        client.get(URL, {"q": "客服", "kind": "article"})
