from decimal import Decimal

import pytest

from cases.models import Case
from tests.factories import make_article, make_case, make_scam_type
from tests.views.conftest import HIDDEN

pytestmark = pytest.mark.django_db


def test_home_shows_warnings_scam_types_with_counts_and_losses_and_hotlines(client):
    scam_type = make_scam_type(name="冒充电商物流客服诈骗")
    make_case(scam_type=scam_type, losses=[64000, 3450])
    make_case(scam_type=scam_type, losses=[38000], outcome=Case.Outcome.STOPPED)
    article = make_article(title="“客服”退款电话，先挂断再核实")

    response = client.get("/")

    html = response.content.decode()
    assert article.title in html
    assert scam_type.name in html
    assert "<strong>2</strong> 起案例 · 损失 <strong>10.55万元</strong>" in html
    assert 'href="tel:110"' in html
    assert 'href="tel:96110"' in html
    assert "三不一多" in html
    assert response.context["figures"] == {
        "case_count": 2,
        "total_loss": Decimal("105450"),
        "stopped_count": 1,
        "article_count": 1,
    }


def test_hidden_items_are_absent_from_the_home_page_and_its_figures(client, hidden_items):
    response = client.get("/")
    assert HIDDEN not in response.content.decode()
    assert response.context["figures"]["case_count"] == 0
    assert response.context["figures"]["total_loss"] == 0
    assert response.context["figures"]["article_count"] == 0
    [shown] = response.context["scam_types"]
    assert (shown.case_count, shown.case_loss) == (0, 0)


def test_home_query_count_does_not_grow_with_content(count_queries):
    scam_type = make_scam_type()
    make_case(scam_type=scam_type, losses=[100])
    make_article()
    one = count_queries("/")
    for _ in range(49):
        make_case(scam_type=make_scam_type(), losses=[100, 200])
        make_article()
    assert count_queries("/") == one <= 5
