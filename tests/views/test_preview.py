import pytest

from cases.models import Status
from tests.factories import make_article, make_case

pytestmark = pytest.mark.django_db


def test_draft_article_is_404_for_the_public(client):
    draft = make_article(status=Status.DRAFT, publish_at=None)
    assert client.get(draft.get_absolute_url()).status_code == 404


def test_staff_preview_is_noindex_and_never_cached(editor_client):
    draft = make_article(status=Status.DRAFT, publish_at=None, title="未发布的预警")
    response = editor_client.get(draft.get_absolute_url())
    assert response.status_code == 200
    assert "未发布的预警" in response.content.decode()
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert "no-cache" in response["Cache-Control"]
    assert '<meta name="robots" content="noindex, nofollow">' in response.content.decode()


def test_published_article_is_public_and_cacheable(client):
    article = make_article()
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    assert "X-Robots-Tag" not in response


def test_internal_case_is_404_for_the_public_and_previewable_by_staff(client, editor):
    internal = make_case(is_public=False)
    assert client.get(internal.get_absolute_url()).status_code == 404
    client.force_login(editor)
    assert client.get(internal.get_absolute_url()).status_code == 200
