"""The 导入文章 admin page: permission, CSRF, preview, confirm and a preview that does not trust its POST."""

from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from cases.admin.importing import NOTHING_GIVEN, STALE_PREVIEW
from cases.importing import formats
from cases.models import Article, Case, Status
from cases.roles import ANALYST_GROUP
from cases.services.loading import taxonomy_load
from tests.factories import make_user

pytestmark = pytest.mark.django_db

IMPORT = reverse("admin:cases_article_import")
FIXTURES = Path(__file__).resolve().parents[1] / "importing" / "fixtures"


@pytest.fixture
def taxonomy(db):
    taxonomy_load()


def wechat_text() -> str:
    return (FIXTURES / "wechat_copy.txt").read_text()


def form_data(html: str) -> dict:
    """What a browser would send back from the preview as shown: every field with its value."""
    form = BeautifulSoup(html, "html.parser").find("form", id="import-confirm")
    data: dict = {}
    for element in form.find_all(["input", "textarea", "select"]):
        name = element.get("name")
        if not name or element.get("type") == "submit":
            continue
        if element.get("type") == "checkbox":
            if element.has_attr("checked"):
                data.setdefault(name, []).append(element.get("value", "on"))
        elif element.name == "textarea":
            data[name] = element.text
        elif element.name == "select":
            option = element.find("option", selected=True)
            data[name] = option.get("value", "") if option else ""
        else:
            data[name] = element.get("value", "")
    data["action"] = "confirm"
    return data


def preview(client, text: str):
    return client.post(IMPORT, {"action": "preview", "text": text})


def test_changelist_links_to_the_import_page(editor_client):
    response = editor_client.get(reverse("admin:cases_article_changelist"))
    assert f'href="{IMPORT}"' in response.content.decode()


def test_the_page_needs_the_add_article_permission(client):
    client.force_login(make_user(groups=[ANALYST_GROUP]))
    assert client.get(IMPORT).status_code == 403
    assert preview(client, wechat_text()).status_code == 403


def test_anonymous_users_are_sent_to_log_in(client):
    response = client.get(IMPORT)
    assert response.status_code == 302 and "login" in response["Location"]


def test_csrf_is_required(editor):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    assert preview(client, wechat_text()).status_code == 403


def test_preview_shows_what_was_detected_and_saves_nothing(editor_client, taxonomy):
    response = preview(editor_client, wechat_text())
    assert response.status_code == 200
    html = response.content.decode()
    assert "步骤 3 条，警方提醒 3 条，对话 0 句，提议案例 2 个，损失 2 笔" in html
    assert "来源“海滨公安”不在来源机构中，确认时将新建。" in html
    assert "小周（化名）" in html and "孙先生" in html
    assert "许诺的赔偿、退款或返利，不是损失" in html  # the 200 元 offer, shown unticked
    assert not Article.objects.exists()


def test_confirm_saves_drafts_and_opens_the_article(editor_client, taxonomy):
    data = form_data(preview(editor_client, wechat_text()).content.decode())
    data["title"] = "冒充快递理赔，一周三人被骗（转载）"
    data["advice-1-include"] = ""  # untick the second advice item
    response = editor_client.post(IMPORT, data)
    article = Article.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:cases_article_change", args=[article.pk])
    assert (article.title, article.status, article.kind) == (
        "冒充快递理赔，一周三人被骗（转载）",
        Status.DRAFT,
        "repost",
    )
    assert article.steps.count() == 3 and article.advice_items.count() == 2
    xiao_zhou = Case.objects.get(alias="小周（化名）")
    assert (xiao_zhou.status, xiao_zhou.is_public, xiao_zhou.total_loss) == (Status.DRAFT, False, 20000)
    assert {step.technique.code for step in xiao_zhou.steps.all()} >= {"T014"}


def test_a_second_confirm_is_refused_as_duplicate(editor_client, taxonomy):
    data = form_data(preview(editor_client, wechat_text()).content.decode())
    editor_client.post(IMPORT, data)
    response = editor_client.post(IMPORT, data)
    assert response.status_code == 400
    assert "这篇文章已经导入过" in response.content.decode()
    assert Article.objects.count() == 1


def test_confirm_does_not_trust_the_row_counts(editor_client, taxonomy):
    data = form_data(preview(editor_client, wechat_text()).content.decode())
    data["step-TOTAL_FORMS"] = "4"
    data.update({"step-3-include": "on", "step-3-text": "伪造的步骤", "step-3-title": ""})
    response = editor_client.post(IMPORT, data)
    assert response.status_code == 400
    assert STALE_PREVIEW in response.content.decode()
    assert not Article.objects.exists()


def test_confirm_validates_every_choice(editor_client, taxonomy):
    data = form_data(preview(editor_client, wechat_text()).content.decode())
    data["step-0-stage"] = "999999"
    data["case-0-techniques"] = ["424242"]  # not a technique detected in this story
    data["loss-1-amount"] = "-5"
    response = editor_client.post(IMPORT, data)
    assert response.status_code == 400
    html = response.content.decode()
    assert "选择一个有效的选项" in html
    assert not Article.objects.exists()


def test_confirm_rereads_the_original_text(editor_client, taxonomy):
    data = form_data(preview(editor_client, wechat_text()).content.decode())
    data["source"] = ""
    response = editor_client.post(IMPORT, data)
    assert response.status_code == 400
    assert formats.EMPTY in response.content.decode()
    assert not Article.objects.exists()


def test_nothing_given(editor_client):
    response = editor_client.post(IMPORT, {"action": "preview", "text": "  "})
    assert response.status_code == 400
    assert NOTHING_GIVEN in response.content.decode()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("photo.html", b"\x89PNG\r\n\x1a\n\x00\x00", formats.BINARY),
        ("post.md", b"---\ntitle: [oops\n---\nbody", "不是有效的 YAML"),
        ("post.pdf", b"%PDF-1.4", "只能导入"),
        ("post.html", b"<div><p>cut off</p><img src='x'", "HTML 不完整"),
    ],
)
def test_bad_uploads_get_a_message_not_a_500(editor_client, name, content, message):
    response = editor_client.post(IMPORT, {"action": "preview", "file": SimpleUploadedFile(name, content)})
    assert response.status_code == 400
    assert message in response.content.decode()


def test_a_gbk_upload_is_read_and_confirmed(editor_client, taxonomy):
    upload = SimpleUploadedFile("post.txt", wechat_text().encode("gbk"))
    response = editor_client.post(IMPORT, {"action": "preview", "file": upload})
    html = response.content.decode()
    assert response.status_code == 200 and "GB18030" in html
    assert editor_client.post(IMPORT, form_data(html)).status_code == 302
    assert Article.objects.get().title == "冒充快递理赔，一周三人被骗"


def test_a_huge_upload_is_refused(editor_client, settings):
    upload = SimpleUploadedFile("big.txt", b"a" * (formats.MAX_IMPORT_BYTES + 1))
    response = editor_client.post(IMPORT, {"action": "preview", "file": upload})
    assert response.status_code == 400
    assert "内容太大" in response.content.decode()
