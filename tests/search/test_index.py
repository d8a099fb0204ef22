"""Every save path leaves the index matching the content."""

import pytest
from django.core.management import call_command

from cases.models import ArticleStep, CaseStep, DialogueLine, Pretext, RedFlag, SearchEntry, Status
from cases.search.index import rebuild_index
from cases.services.publishing import set_status
from tests.factories import make_article, make_case, make_scam_type, make_stage, make_technique

pytestmark = pytest.mark.django_db


def entry_of(item) -> SearchEntry:
    return SearchEntry.objects.get(**{type(item)._meta.model_name.replace("scamtype", "scam_type"): item})


def test_creating_items_indexes_them_with_folded_text():
    article = make_article(title="警惕「開會寶」屏幕共享", lead="导语", body="**客服**说：ＱＱ联系")
    entry = entry_of(article)
    assert entry.kind == SearchEntry.Kind.ARTICLE
    assert entry.title == "警惕「开会宝」屏幕共享"
    assert "客服说：QQ联系" in entry.body  # Markdown rendered to plain text, width folded
    assert (entry.status, entry.publish_at, entry.is_public) == (Status.PUBLISHED, article.publish_at, True)


def test_internal_notes_are_never_indexed():
    case = make_case(summary="冒充客服", internal_notes="受害人真实姓名张三")
    assert "张三" not in entry_of(case).body


def test_editing_an_item_rewrites_its_entry():
    article = make_article(title="旧标题")
    article.title = "新标题"
    article.save()
    assert entry_of(article).title == "新标题"
    assert SearchEntry.objects.count() == 1


def test_child_rows_saved_after_the_parent_are_indexed():
    article = make_article()
    ArticleStep.objects.create(article=article, order=1, text="下载开会宝")
    DialogueLine.objects.create(article=article, order=1, speaker="假客服", role="scammer", text="开通备用金")
    assert "开会宝" in entry_of(article).body
    assert "假客服：开通备用金" in entry_of(article).body


def test_case_create_indexes_the_steps():
    stage = make_stage()
    case = make_case(steps=[{"stage": stage, "description": "对方要求屏幕共享"}])
    assert "屏幕共享" in entry_of(case).body


def test_deleting_a_child_row_reindexes_the_parent():
    case = make_case(steps=[{"stage": make_stage(), "description": "索要验证码"}])
    CaseStep.objects.filter(case=case).delete()
    assert "验证码" not in entry_of(case).body
    scam_type = make_scam_type()
    pretext = Pretext.objects.create(scam_type=scam_type, text="快递丢失双倍赔偿")
    assert "快递丢失" in entry_of(scam_type).body
    pretext.delete()
    assert "快递丢失" not in entry_of(scam_type).body


def test_technique_red_flags_are_indexed_except_patterns():
    technique = make_technique(name="诱导开通借款")
    RedFlag.objects.create(technique=technique, phrase="备用金")
    RedFlag.objects.create(technique=technique, phrase=r"借呗\d+", is_pattern=True)
    body = entry_of(technique).body
    assert "备用金" in body and "借呗" not in body


def test_deleting_an_item_deletes_its_entry_and_children_do_not_bring_it_back():
    article = make_article()
    ArticleStep.objects.create(article=article, order=1, text="第一步")
    article.delete()
    assert not SearchEntry.objects.exists()


def test_status_changes_are_copied_to_the_entry(publisher):
    article = make_article(status=Status.DRAFT, publish_at=None, title="草稿")
    set_status(item=article, user=publisher, status=Status.PUBLISHED)
    assert (entry_of(article).status, entry_of(article).publish_at) == (Status.PUBLISHED, article.publish_at)
    case = make_case()
    case.is_public = False
    case.save()
    assert entry_of(case).is_public is False


def test_rebuild_restores_lost_and_stale_entries():
    article = make_article(title="客服退款")
    make_technique()
    SearchEntry.objects.filter(article=article).update(title="过期", body="")
    SearchEntry.objects.exclude(article=article).delete()
    counts = rebuild_index()
    assert counts == {"article": 1, "case": 0, "scamtype": 0, "technique": 1}
    assert entry_of(article).title == "客服退款"
    assert SearchEntry.objects.count() == 2


def test_rebuild_dry_run_writes_nothing():
    make_article()
    SearchEntry.objects.all().delete()
    assert rebuild_index(dry_run=True)["article"] == 1
    assert not SearchEntry.objects.exists()


def test_rebuild_command_reports_counts(capsys):
    make_article()
    call_command("rebuild_search_index", verbosity=2)
    out = capsys.readouterr().out
    assert "article: 1" in out and "已索引" in out and "共 1 条" in out
    call_command("rebuild_search_index", "--dry-run")
    assert "将索引" in capsys.readouterr().out
