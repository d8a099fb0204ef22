import importlib
from pathlib import Path

import pytest
from django.contrib.auth.models import Permission

from cases.models import Article, Case, Status
from cases.roles import EDITOR_GROUP
from cases.services.loading import taxonomy_load
from tests.factories import make_user

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

WECHAT_COPY = Path(__file__).resolve().parents[1] / "importing" / "fixtures" / "wechat_copy.txt"
PASSWORD = "correct horse battery staple"


def test_editor_pastes_a_post_previews_and_confirms(live_server, desktop_page, screenshot):
    taxonomy_load()
    editor = make_user(username="bianji", password=PASSWORD)
    # Transactional tests flush the groups migration 0002 made; give the editor's permissions directly.
    codenames = importlib.import_module("cases.migrations.0002_staff_groups").GROUP_PERMISSIONS[EDITOR_GROUP]
    editor.user_permissions.set(Permission.objects.filter(content_type__app_label="cases", codename__in=codenames))
    page = desktop_page
    page.goto(live_server.url + "/admin/login/?next=/admin/cases/article/")
    page.fill("#id_username", "bianji")
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.get_by_role("link", name="导入文章").click()

    page.fill("#id_text", WECHAT_COPY.read_text())
    page.get_by_role("button", name="识别并预览").click()
    page.wait_for_selector("#import-confirm")
    summary = page.locator(".import-summary").inner_text()
    assert "步骤 3 条，警方提醒 3 条" in summary and "提议案例 2 个" in summary
    assert page.locator("input[name=title]").input_value() == "冒充快递理赔，一周三人被骗"
    assert not Article.objects.exists()
    screenshot(page, "import-preview-1280")

    page.get_by_role("button", name="确认导入为草稿").click()
    page.wait_for_url("**/admin/cases/article/*/change/")
    article = Article.objects.get()
    assert article.status == Status.DRAFT
    assert "已导入为草稿" in page.locator(".messagelist").inner_text()
    assert Case.objects.filter(source_article=article, is_public=False).count() == 2
    screenshot(page, "import-confirmed-1280")
