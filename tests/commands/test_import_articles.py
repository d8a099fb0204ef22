import shutil
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from cases.models import Article, Case
from tests.factories import make_scam_type

FIXTURES = Path(__file__).resolve().parents[1] / "importing" / "fixtures"

pytestmark = pytest.mark.django_db


@pytest.fixture
def folder(tmp_path):
    for name in ["jekyll_repost.md", "styled_post.html", "wechat_copy.txt"]:
        shutil.copy(FIXTURES / name, tmp_path / name)
    (tmp_path / "empty.md").write_bytes(b"")
    (tmp_path / "picture.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "notes.docx").write_bytes(b"ignored: not an importable type")
    return tmp_path


def run(*args, **options) -> str:
    out = StringIO()
    call_command("import_articles", *args, stdout=out, **options)
    return out.getvalue()


def test_imports_a_folder_as_drafts_with_progress_and_summary(folder, make_scam_type_once):
    output = run(str(folder))
    assert "[1/5] empty.md：失败：没有可导入的内容" in output
    assert "已导入《【网购售后】“衣服要召回”的电话别信！》（步骤 4，提醒 3，对话 7，案例 1，损失 1）" in output
    assert "picture.html：失败：这不是文本文件" in output
    assert "导入 3 篇，跳过重复 0 篇，失败 2 篇。" in output
    assert Article.objects.filter(status="draft").count() == 3
    assert Case.objects.filter(is_public=False, status="draft").count() == 4


def test_running_twice_creates_no_duplicates(folder, make_scam_type_once):
    run(str(folder))
    output = run(str(folder))
    assert "导入 0 篇，跳过重复 3 篇，失败 2 篇。" in output
    assert Article.objects.count() == 3


def test_dry_run_writes_nothing(folder, make_scam_type_once):
    output = run(str(folder), "--dry-run")
    assert "将导入 3 篇" in output and "试运行" in output
    assert not Article.objects.exists()


def test_quiet_prints_only_the_summary(folder, make_scam_type_once):
    output = run(str(folder), verbosity=0)
    assert output.splitlines()[0].startswith("导入 3 篇")


def test_missing_folder_or_user_is_an_error(tmp_path):
    with pytest.raises(CommandError, match="找不到文件夹"):
        run(str(tmp_path / "nope"))
    with pytest.raises(CommandError, match="没有用户"):
        run(str(tmp_path), "--user", "nobody")


@pytest.fixture
def make_scam_type_once(db):
    return make_scam_type(name="冒充电商物流客服诈骗")
