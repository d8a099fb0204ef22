import pytest
from pytest_django.asserts import assertContains, assertNotContains

from cases.models import Agency, Article, ArticleAdvice, ArticleStep, DialogueLine
from tests.factories import make_advice, make_article, make_case, make_scam_type
from tests.scenario import build_refund_scam
from tests.views.conftest import HIDDEN

pytestmark = pytest.mark.django_db


# List


def test_article_list_filters_by_kind_and_scam_type(client):
    scam_type = make_scam_type(slug="fake-customer-service")
    warning = make_article(title="预警一", kind=Article.Kind.WARNING)
    warning.scam_types.add(scam_type)
    lesson = make_article(title="课堂一", kind=Article.Kind.LESSON)

    by_kind = client.get("/articles/", {"kind": "lesson"})
    assert list(by_kind.context["articles"]) == [lesson]
    by_type = client.get("/articles/", {"scam_type": "fake-customer-service"})
    assert list(by_type.context["articles"]) == [warning]


@pytest.mark.parametrize(
    "params",
    [
        {"kind": "nonsense"},
        {"scam_type": "no-such-type"},
        {"scam_type": "x" * 5000},
        {"kind": "预警" * 300},
        {"scam_type": "a\x00b"},
    ],
)
def test_unknown_filter_values_give_the_normal_page_with_a_message(client, params):
    article = make_article()
    response = client.get("/articles/", params)
    assert response.status_code == 200
    assertContains(response, "部分筛选条件无效，已忽略。")
    assert list(response.context["articles"]) == [article]


@pytest.mark.parametrize("page", ["abc", "999999", "0", "-1", "1" * 400])
def test_bad_page_numbers_are_404_not_500(client, page):
    make_article()
    response = client.get("/articles/", {"page": page})
    assert response.status_code == 404
    assertContains(response, "页面不存在", status_code=404)


def test_pagination_keeps_the_filters(client):
    for _ in range(13):
        make_article(kind=Article.Kind.LESSON)
    response = client.get("/articles/", {"kind": "lesson"})
    assertContains(response, 'href="?kind=lesson&amp;page=2"')
    assert client.get("/articles/", {"kind": "lesson", "page": "2"}).status_code == 200


def test_hidden_articles_are_absent_from_the_list(client, hidden_items):
    assertNotContains(client.get("/articles/"), HIDDEN)


@pytest.mark.parametrize("name", ["draft_article", "review_article", "future_article", "archived_article"])
def test_hidden_articles_are_404(client, hidden_items, name):
    assert client.get(hidden_items[name].get_absolute_url()).status_code == 404


def test_article_list_query_count_does_not_grow(count_queries):
    scam_type = make_scam_type(slug="t")
    make_article().scam_types.add(scam_type)
    one = count_queries("/articles/?scam_type=t")
    for _ in range(49):
        make_article(source_agency=Agency.objects.create(name=f"机构{_}", slug=f"agency-{_}")).scam_types.add(scam_type)
    assert count_queries("/articles/?scam_type=t") == one <= 5


# Detail


def test_article_detail_shows_steps_dialogue_cases_advice_and_source(client):
    scenario = build_refund_scam()
    response = client.get(scenario.article.get_absolute_url())
    html = response.content.decode()
    assert html.count('<li class="step">') == 4
    assert "第一步" in html and "第四步" in html
    assert html.count('class="bubble bubble-scammer"') == 2
    assert html.count('class="bubble bubble-victim"') == 2
    assert 'class="bubble bubble-narrator"' in html
    assert "6.4万余元" in html  # a featured case with its loss
    # Advice in the article's order.
    titles = ["官方客服不会主动要你转账", "验证码谁要都不给", "退款不需要你先借钱"]
    positions = [html.index(title) for title in titles]
    assert positions == sorted(positions)
    assertContains(
        response,
        '原文来源：<a href="https://example.gov.cn/original" rel="nofollow noopener noreferrer">南宁市反诈骗</a>',
    )
    assertContains(response, '<meta property="og:type" content="article">')
    assertContains(response, f'<meta property="og:title" content="{scenario.article.title}">')
    assertContains(response, '<meta property="og:image" content="http://testserver/static/img/share.png">')
    assertContains(response, f'<link rel="canonical" href="http://testserver{scenario.article.get_absolute_url()}">')


def test_repost_is_attributed_as_such(client):
    agency = Agency.objects.create(name="武汉反诈骗", slug="wuhan")
    article = make_article(kind=Article.Kind.REPOST, source_agency=agency, original_url="https://example.cn/a")
    assertContains(client.get(article.get_absolute_url()), "转载自")


def test_related_articles_share_a_scam_type_and_are_published(client, hidden_items):
    scam_type = make_scam_type()
    article = make_article()
    related = make_article(title="同类预警")
    unrelated = make_article(title="别的话题")
    unrelated.scam_types.add(make_scam_type())
    for item in (article, related, hidden_items["draft_article"]):
        item.scam_types.add(scam_type)
    response = client.get(article.get_absolute_url())
    assert list(response.context["related_articles"]) == [related]


def test_featured_cases_show_only_public_ones(client, hidden_items):
    article = make_article()
    article.featured_cases.add(hidden_items["internal_case"], hidden_items["draft_case"])
    assertNotContains(client.get(article.get_absolute_url()), HIDDEN)


def test_article_detail_query_count_does_not_grow(count_queries):
    scam_type = make_scam_type()
    article = make_article()

    def add(n):
        count = article.steps.count()
        for i in range(count + 1, count + n + 1):
            ArticleStep.objects.create(article=article, order=i, text="一步")
            DialogueLine.objects.create(article=article, order=i, speaker="客服", role="scammer", text="话")
            ArticleAdvice.objects.create(article=article, order=i, advice=make_advice())
            article.featured_cases.add(make_case(scam_type=scam_type, losses=[100]))
            make_article().scam_types.add(scam_type)
        article.scam_types.add(scam_type)

    add(1)
    one = count_queries(article.get_absolute_url())
    add(49)
    assert count_queries(article.get_absolute_url()) == one <= 8


def test_article_page_html_and_css_stay_under_100_kb(client, settings):
    scenario = build_refund_scam(case_count=3)
    html = client.get(scenario.article.get_absolute_url()).content
    css = (settings.BASE_DIR / "static" / "css" / "site.css").read_bytes()
    assert len(html) + len(css) < 100 * 1024
