import re
from decimal import Decimal
from io import StringIO

import pytest
from django.apps import apps
from django.core.management import CommandError, call_command

from cases.data import demo, taxonomy
from cases.models import (
    Advice,
    Agency,
    Article,
    Case,
    DialogueLine,
    Loss,
    RedFlag,
    ScamType,
    Stage,
    Status,
    Technique,
)
from cases.services.loading import counts_total, demo_load, taxonomy_load


def snapshot() -> dict[str, list[dict]]:
    """Every row of every model of the app, including history and M2M tables."""
    return {
        model._meta.label: list(model.objects.order_by("pk").values())
        for model in apps.get_app_config("cases").get_models(include_auto_created=True)
    }


def created_counts(counts: dict[str, int]) -> dict[str, int]:
    return {key: value for key, value in counts.items() if key.endswith("_created") and value}


def case(alias: str) -> Case:
    return Case.objects.get(alias=alias)


# —— the shipped data itself ——


def test_taxonomy_data_is_well_formed():
    stage_codes = [stage["code"] for stage in taxonomy.STAGES]
    assert stage_codes == [f"S{n}" for n in range(1, 8)]
    assert [stage["order"] for stage in taxonomy.STAGES] == list(range(1, 8))

    codes = [item["code"] for item in taxonomy.TECHNIQUES]
    assert len(codes) == len(set(codes))
    slugs = {item["slug"] for item in taxonomy.SCAM_TYPES}
    for item in taxonomy.TECHNIQUES:
        assert item["stage"] in stage_codes
        assert set(item["scam_types"]) <= slugs, item["code"]
        assert len(item["red_flags"]) >= 4, item["code"]
        for phrase, weight, *pattern in item["red_flags"]:
            assert 1 <= weight <= 5
            if pattern and pattern[0]:
                re.compile(phrase)

    for slug in slugs:
        assert sum(slug in item["scam_types"] for item in taxonomy.TECHNIQUES) >= 4, slug
        scam_type = next(item for item in taxonomy.SCAM_TYPES if item["slug"] == slug)
        assert len(scam_type["pretexts"]) >= 4

    titles = [item["title"] for item in taxonomy.ADVICE]
    assert len(titles) == len(set(titles)) >= 8
    advice_codes = [item["code"] for item in taxonomy.ADVICE]
    assert len(advice_codes) == len(set(advice_codes))
    # A100 and up are left for advice staff write (migration 0006 numbers theirs there).
    assert all(re.fullmatch(r"A\d{2}", code) for code in advice_codes)
    for item in taxonomy.ADVICE:
        assert set(item["techniques"]) <= set(codes), item["code"]
        assert set(item["scam_types"]) <= slugs, item["code"]


def test_demo_articles_and_cases_have_unique_natural_keys():
    slugs = [item["slug"] for item in demo.ARTICLES]
    assert len(slugs) == len(set(slugs))
    keys = [(item["title"], item["scam_type"]) for item in demo.CASES]
    assert len(keys) == len(set(keys))
    refs = [item["ref"] for item in demo.CASES]
    assert len(refs) == len(set(refs))


# —— idempotence ——


@pytest.mark.django_db
def test_taxonomy_load_twice_changes_nothing():
    first = taxonomy_load()
    assert first["stage_created"] == 7
    assert first["technique_created"] == len(taxonomy.TECHNIQUES)
    before = snapshot()

    second = taxonomy_load()

    assert created_counts(second) == {}
    assert second["technique_present"] == len(taxonomy.TECHNIQUES)
    assert snapshot() == before


@pytest.mark.django_db
def test_demo_load_twice_changes_nothing():
    first = demo_load()
    assert counts_total(first)[0] > 0
    before = snapshot()

    second = demo_load()

    assert created_counts(second) == {}
    assert second["case_present"] == len(demo.CASES)
    assert second["article_present"] == len(demo.ARTICLES)
    # Same rows, same values, same updated_at, no new history records.
    assert snapshot() == before


@pytest.mark.django_db
def test_staff_edits_survive_a_reload():
    demo_load()
    technique = Technique.objects.get(code="T014")
    technique.name = "诱导共享屏幕（已由编辑改名）"
    technique.save()
    advice = Advice.objects.get(title="验证码是最后一道防线")
    advice.body = "编辑改写过的正文。"
    advice.save()
    RedFlag.objects.filter(technique=technique, phrase="共享屏幕").delete()
    stage = Stage.objects.get(code="S4")
    stage.name = "脱离官方平台"
    stage.save()
    scam_type = ScamType.objects.get(slug=taxonomy.CUSTOMER_SERVICE)
    scam_type.status = Status.ARCHIVED
    scam_type.save()
    article = Article.objects.get(slug="wuhan-quality-problem-refund-trap")
    article.dialogue.filter(order=1).delete()
    updated_at = ScamType.objects.get(pk=scam_type.pk).updated_at
    before = snapshot()

    counts = demo_load()

    assert created_counts(counts) == {}
    assert snapshot() == before
    assert Technique.objects.get(code="T014").name == "诱导共享屏幕（已由编辑改名）"
    assert Advice.objects.get(title="验证码是最后一道防线").body == "编辑改写过的正文。"
    assert not RedFlag.objects.filter(technique__code="T014", phrase="共享屏幕").exists()
    assert Stage.objects.get(code="S4").name == "脱离官方平台"
    scam_type.refresh_from_db()
    assert (scam_type.status, scam_type.updated_at) == (Status.ARCHIVED, updated_at)
    assert not DialogueLine.objects.filter(article=article, order=1).exists()


@pytest.mark.django_db
def test_a_deleted_row_is_created_again():
    taxonomy_load()
    Advice.objects.get(title="网购选有资质的商家，不贪低价").delete()

    counts = taxonomy_load()

    assert created_counts(counts) == {"advice_created": 1}
    assert Advice.objects.filter(title="网购选有资质的商家，不贪低价").exists()


@pytest.mark.django_db
def test_advice_is_keyed_by_code_so_a_renamed_title_is_not_duplicated():
    taxonomy_load()
    Advice.objects.filter(code="A02").update(title="验证码谁要都不给（编辑改过的标题）")

    counts = taxonomy_load()

    assert created_counts(counts) == {}
    assert Advice.objects.get(code="A02").title == "验证码谁要都不给（编辑改过的标题）"
    assert not Advice.objects.filter(title="验证码是最后一道防线").exists()


@pytest.mark.django_db
def test_a_new_scam_type_joins_the_shared_techniques_and_advice_it_lists():
    """An older database gains a type: its links to existing shared rows are written with it."""
    taxonomy_load()
    ScamType.objects.get(slug=taxonomy.LOAN).delete()
    # A link staff removed between two rows that both stay is left alone.
    Technique.objects.get(code="T014").scam_types.remove(ScamType.objects.get(slug=taxonomy.CREDIT_REPAIR))

    counts = taxonomy_load()

    assert counts["scamtype_created"] == 1
    loan = ScamType.objects.get(slug=taxonomy.LOAN)
    expected = {item["code"] for item in taxonomy.TECHNIQUES if taxonomy.LOAN in item["scam_types"]}
    assert set(loan.techniques.values_list("code", flat=True)) == expected
    assert {"T014", "T022", "T025"} <= expected
    expected_advice = {item["code"] for item in taxonomy.ADVICE if taxonomy.LOAN in item["scam_types"]}
    assert set(loan.advice.values_list("code", flat=True)) == expected_advice
    assert not Technique.objects.get(code="T014").scam_types.filter(slug=taxonomy.CREDIT_REPAIR).exists()


@pytest.mark.django_db
def test_a_new_technique_joins_the_existing_advice_that_counters_it():
    taxonomy_load()
    Technique.objects.get(code="T043").delete()

    taxonomy_load()

    technique = Technique.objects.get(code="T043")
    expected = {item["code"] for item in taxonomy.ADVICE if "T043" in item["techniques"]}
    assert set(technique.advice.values_list("code", flat=True)) == expected
    assert technique.red_flags.count() == 5


@pytest.mark.django_db
def test_dry_run_writes_nothing():
    counts = demo_load(dry_run=True)

    assert counts["case_created"] == len(demo.CASES)
    assert all(rows == [] for rows in snapshot().values())


@pytest.mark.django_db
def test_dry_run_after_a_load_reports_nothing_to_create():
    demo_load()
    before = snapshot()

    assert created_counts(taxonomy_load(dry_run=True)) == {}
    assert created_counts(demo_load(dry_run=True)) == {}
    assert snapshot() == before


@pytest.mark.django_db
def test_taxonomy_alone_creates_no_content():
    taxonomy_load()

    assert Stage.objects.count() == 7
    assert ScamType.objects.published().count() == len(taxonomy.SCAM_TYPES)
    assert not Case.objects.exists()
    assert not Article.objects.exists()
    assert not Agency.objects.exists()


# —— the seed facts ——


@pytest.fixture
def loaded(db):
    demo_load()


def losses(alias: str) -> list[tuple[Decimal, bool]]:
    return [(loss.amount, loss.approximate) for loss in case(alias).losses.all()]


@pytest.mark.usefixtures("loaded")
def test_a_ping():
    a_ping = case("阿苹（化名）")
    assert losses("阿苹（化名）") == [(Decimal("11670.88"), False), (Decimal("64000"), True)]
    assert a_ping.total_loss == Decimal("75670.88")
    assert a_ping.total_loss_approximate
    assert a_ping.platform.name == "支付宝"
    assert a_ping.channel.name == "带“+”号的境外来电"
    assert a_ping.region.name == "东莞市塘厦镇"
    assert a_ping.occurred_on.isoformat() == "2020-10-30"
    techniques = list(a_ping.steps.values_list("technique__code", flat=True))
    assert {"T002", "T008", "T013", "T012", "T014", "T015", "T017", "T023"} <= set(techniques)


@pytest.mark.usefixtures("loaded")
def test_seed_case_losses():
    assert losses("老李") == [(Decimal("3450"), False), (Decimal("38000"), False)]
    assert case("老李").total_loss == Decimal("41450")
    assert losses("季女士") == [(Decimal("100000"), True)]
    assert losses("何女士") == [(Decimal("120000"), True)]
    assert losses("阿强（化名）") == []
    assert case("阿强（化名）").outcome == Case.Outcome.ATTEMPTED
    assert case("阿强（化名）").total_loss == 0
    # Promised compensation and the 备用金 on screen were never the victims' money.
    assert not Loss.objects.filter(amount__in=[Decimal("130"), Decimal("297"), Decimal("500")]).exists()


@pytest.mark.usefixtures("loaded")
def test_enforcement_case():
    gang = Case.objects.get(kind=Case.Kind.ENFORCEMENT)
    assert gang.suspects_count == 9
    assert gang.outcome == Case.Outcome.SOLVED
    assert gang.region.name == "宁波市"
    assert not gang.losses.exists()
    assert set(gang.steps.values_list("technique__code", flat=True)) == {"T001"}


@pytest.mark.usefixtures("loaded")
def test_seed_articles():
    wuhan = Article.objects.get(source_agency__wechat_id="gh_9450e8cf3caa")
    assert wuhan.kind == Article.Kind.REPOST
    assert wuhan.original_published_on.isoformat() == "2020-06-19"
    speakers = set(wuhan.dialogue.values_list("speaker", "role"))
    assert speakers == {("假客服", "scammer"), ("老李", "victim"), ("旁白", "narrator")}
    assert list(wuhan.featured_cases.values_list("alias", flat=True)) == ["老李"]

    nanning = Article.objects.get(source_agency__wechat_id="nanningfanzha")
    assert nanning.kind == Article.Kind.REPOST
    assert nanning.original_published_on.isoformat() == "2021-09-28"
    assert nanning.advice_items.filter(advice__title__contains="三不一多").exists()

    mps = Article.objects.get(source_agency__name="公安部网安局")
    assert mps.original_published_on.isoformat() == "2021-12-05"
    assert set(mps.featured_cases.values_list("alias", flat=True)) == {"季女士", "何女士"}

    tangxia = Article.objects.get(source_agency__name="塘厦公安")
    assert tangxia.original_url.startswith("http://mp.weixin.qq.com/")
    assert list(tangxia.steps.values_list("order", flat=True)) == [1, 2, 3]
    assert tangxia.steps.first().stage.code == "S1"


@pytest.mark.usefixtures("loaded")
def test_every_published_article_renders():
    published = Article.objects.published()
    assert published.count() == 6
    for article in published:
        html = article.body_html
        assert html.startswith("<"), article.slug
        assert "<script" not in html
        assert article.steps.exists(), article.slug
        assert article.advice_items.exists(), article.slug
        assert article.scam_types.exists(), article.slug
        assert article.featured_cases.exists(), article.slug


@pytest.mark.usefixtures("loaded")
def test_workflow_states_are_visible():
    draft = Article.objects.get(status=Status.DRAFT)
    scheduled = Article.objects.get(slug="new-year-shopping-seven-red-flags")
    assert scheduled.is_scheduled
    published = Article.objects.published()
    assert draft not in published
    assert scheduled not in published


@pytest.mark.usefixtures("loaded")
def test_internal_case_is_not_published():
    internal = Case.objects.get(is_public=False)
    assert internal.status == Status.PUBLISHED
    assert internal not in Case.objects.published()
    assert Case.objects.published().count() == len(demo.CASES) - 1
    seeded = {taxonomy.CUSTOMER_SERVICE, taxonomy.ORDER_BRUSHING, taxonomy.FAKE_POLICE}
    for scam_type in ScamType.objects.all():
        # Every explainer has a case to show; the three seeded types have several.
        wanted = 2 if scam_type.slug in seeded else 1
        assert Case.objects.published().filter(scam_type=scam_type).count() >= wanted, scam_type.slug


# —— the commands ——


@pytest.mark.django_db
def test_load_taxonomy_command():
    out = StringIO()
    call_command("load_taxonomy", stdout=out)
    assert f"诈骗手法：新建 {len(taxonomy.TECHNIQUES)}，已有 0" in out.getvalue()
    assert "已载入分类体系" in out.getvalue()

    out = StringIO()
    call_command("load_taxonomy", "--dry-run", stdout=out)
    assert "新建 0 条" in out.getvalue()
    assert not Case.objects.exists()


@pytest.mark.django_db
def test_load_demo_command():
    out = StringIO()
    call_command("load_demo", "--dry-run", stdout=out)
    assert "试运行" in out.getvalue()
    assert not Case.objects.exists()

    call_command("load_demo", stdout=StringIO())
    assert Case.objects.count() == len(demo.CASES)

    out = StringIO()
    call_command("load_demo", stdout=out)
    assert f"案例：新建 0，已有 {len(demo.CASES)}" in out.getvalue()

    out = StringIO()
    call_command("load_demo", verbosity=0, stdout=out)
    assert out.getvalue() == ""


@pytest.mark.django_db
def test_a_clash_with_staff_data_is_a_clear_error_and_writes_nothing():
    # Staff put their own stage at order 3, where the shipped S3 belongs.
    Stage.objects.create(code="S9", name="自定义阶段", order=3)

    with pytest.raises(CommandError, match="载入失败"):
        call_command("load_taxonomy", stdout=StringIO())

    assert list(Stage.objects.values_list("code", flat=True)) == ["S9"]
