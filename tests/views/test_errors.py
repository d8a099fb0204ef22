"""Chinese error pages; the 500 page must render without a database or context."""

import pytest
from django.test import RequestFactory
from django.views.defaults import server_error
from pytest_django.asserts import assertContains


@pytest.mark.django_db
def test_unknown_url_gets_the_chinese_404_page(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assertContains(response, '<html lang="zh-CN">', status_code=404)
    assertContains(response, "<h1>页面不存在</h1>", status_code=404)
    assertContains(response, '<meta name="robots" content="noindex">', status_code=404)


def test_500_page_renders_with_no_database_and_no_context():
    # No django_db mark: any database access here would raise.
    response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    html = response.content.decode()
    assert '<html lang="zh-CN">' in html
    assert "服务暂时出错" in html
    assert 'href="tel:110"' in html
