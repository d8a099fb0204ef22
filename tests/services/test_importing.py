from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from cases.importing.draft import AdviceDraft, CaseDraft, DialogueDraft, ImportDraft, LossDraft, StepDraft
from cases.models import Advice, Agency, Article, Case, Region, Stage, Status
from cases.roles import ANALYST_GROUP
from cases.services.importing import NO_SCAM_TYPE, ArticleDuplicate, article_import
from tests.factories import make_advice, make_scam_type, make_stage, make_user

pytestmark = pytest.mark.django_db


def a_draft(**overrides) -> ImportDraft:
    stage = Stage.objects.first() or make_stage()
    fields = {
        "title": "快递丢了要理赔？先挂电话",
        "body": "正文。\n",
        "lead": "导语。",
        "original_url": "https://example.cn/post/1",
        "new_agency_name": "海滨公安",
        "new_agency_wechat_id": "hbga_police",
        "scam_type_id": make_scam_type().pk,
        "steps": [StepDraft(text="冒充客服来电。", title="第一步", stage_id=stage.pk)],
        "advice": [AdviceDraft(text="验证码谁要都不给。不要转账。")],
        "dialogue": [
            DialogueDraft(speaker="假客服", role="scammer", text="您的快递丢了。"),
            DialogueDraft(speaker="小周", role="victim", text="那怎么办？"),
        ],
        "cases": [
            CaseDraft(
                title="小周接到理赔电话被骗",
                summary="小周接到电话后转账。",
                alias="小周（化名）",
                new_region="海滨市",
                losses=[LossDraft(amount=Decimal("8000"), approximate=True), LossDraft(amount=Decimal("12000"))],
            )
        ],
    }
    fields.update(overrides)
    return ImportDraft(**fields)


def test_import_saves_a_draft_article_with_everything_attached(editor):
    article = article_import(draft=a_draft(), user=editor)
    assert (article.status, article.publish_at, article.kind) == (Status.DRAFT, None, Article.Kind.REPOST)
    assert article.slug.startswith("import-")
    assert article.source_agency.name == "海滨公安" and article.source_agency.wechat_id == "hbga_police"
    assert [step.title for step in article.steps.all()] == ["第一步"]
    assert [item.advice.title for item in article.advice_items.all()] == ["验证码谁要都不给"]
    assert [line.speaker for line in article.dialogue.all()] == ["假客服", "小周"]
    (case,) = article.featured_cases.all()
    assert (case.status, case.is_public, case.source_article) == (Status.DRAFT, False, article)
    assert case.region == Region.objects.get(name="海滨市")
    assert (case.total_loss, case.total_loss_approximate) == (Decimal("20000"), True)
    assert not Article.objects.published().filter(pk=article.pk).exists()
    assert not Case.objects.published().exists()


def test_existing_advice_and_agency_are_reused(editor):
    advice = make_advice(title="验证码是最后一道防线")
    agency = Agency.objects.create(name="海滨公安", slug="haibin")
    article = article_import(
        draft=a_draft(new_agency_name="", agency_id=agency.pk, advice=[AdviceDraft(text="x", advice_id=advice.pk)]),
        user=editor,
    )
    assert article.source_agency == agency
    assert [item.advice for item in article.advice_items.all()] == [advice]
    assert Advice.objects.count() == 1 and Agency.objects.count() == 1


def test_same_url_is_a_duplicate(editor):
    article_import(draft=a_draft(), user=editor)
    with pytest.raises(ArticleDuplicate) as error:
        article_import(draft=a_draft(title="改了标题"), user=editor)
    assert error.value.article.title == "快递丢了要理赔？先挂电话"


def test_without_url_title_and_date_decide(editor):
    article_import(draft=a_draft(original_url="", original_published_on=None), user=editor)
    with pytest.raises(ArticleDuplicate):
        article_import(draft=a_draft(original_url=""), user=editor)
    article_import(draft=a_draft(original_url="", title="另一篇"), user=editor)
    assert Article.objects.count() == 2


def test_an_invalid_row_saves_nothing(editor):
    draft = a_draft(dialogue=[DialogueDraft(speaker="谁", role="not-a-role", text="…")])
    with pytest.raises(ValidationError):
        article_import(draft=draft, user=editor)
    assert (Article.objects.count(), Case.objects.count(), Agency.objects.count(), Advice.objects.count()) == (
        0,
        0,
        0,
        0,
    )


def test_cases_need_a_scam_type(editor):
    with pytest.raises(ValidationError, match=NO_SCAM_TYPE):
        article_import(draft=a_draft(scam_type_id=None), user=editor)
    assert not Article.objects.exists()


def test_users_without_the_add_permission_are_refused(db):
    analyst = make_user(groups=[ANALYST_GROUP])
    with pytest.raises(PermissionDenied):
        article_import(draft=a_draft(), user=analyst)
    assert not Article.objects.exists()


def test_new_advice_takes_the_next_staff_code(editor):
    make_advice(code="A100", title="已有的员工提醒")
    article = article_import(draft=a_draft(), user=editor)
    assert article.advice_items.get().advice.code == "A101"
