"""Import the four seed posts (when ../shared/seeds/ is there, as in CI) and check what was detected against their facts."""

from decimal import Decimal
from pathlib import Path

import pytest

from cases.importing.amounts import AmountKind
from cases.models import Article, Case, Status
from cases.services.importing import article_import, import_prepare
from cases.services.loading import demo_load

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds/ is not present"),
]


def seed(prefix: str) -> bytes:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_bytes()


@pytest.fixture
def demo(db):
    demo_load()


def prepared(prefix):
    return import_prepare(data=seed(prefix), filename=f"{prefix}.txt")


def amounts(case):
    return [(m.amount.value, m.amount.approximate, m.kind) for m in case.amounts]


def test_seed_001_markdown_with_images(demo):
    result = prepared("001")
    doc, detection = result.document, result.detection
    assert doc.title == "小姐姐一口一个“先生”，小伙差点把持不住……"
    assert "__biz=MzIyMDYwMTk0Mw==" in doc.url and "chksm" not in doc.url
    assert detection.agency.name == "塘厦公安" and detection.agency.agency_id is not None
    assert doc.credited == ["塘厦公安", "阻击诈骗"]
    assert [step.title for step in detection.steps] == ["第一步", "第二步", "第三步"]
    assert detection.steps[2].text == "用退款失误等借口，诱使受害人提供验证码转账。"
    assert len(detection.advice) == 1
    a_qiang, a_ping, ningbo = detection.cases
    assert (a_qiang.alias, a_qiang.outcome, a_qiang.losses) == ("阿强（化名）", "attempted", [])
    assert a_ping.alias == "阿苹（化名）"
    assert amounts(a_ping) == [
        (Decimal("130"), False, AmountKind.OFFER),  # the fake compensation
        (Decimal("500"), False, AmountKind.LIMIT),  # the 备用金 shown in the app
        (Decimal("11670.88"), False, AmountKind.LOSS),
        (Decimal("130"), False, AmountKind.OFFER),
        (Decimal("64000"), True, AmountKind.LOSS),  # 6.4 万余元
        (Decimal("500"), False, AmountKind.OTHER),  # "这 500 元相当于" ends its line: unclassified, not a loss
    ]
    assert {hit.code for hit in a_ping.techniques} >= {"T013", "T014", "T015", "T017"}
    assert (ningbo.kind, ningbo.suspects_count, ningbo.outcome) == ("enforcement", 9, "solved")
    for unwanted in ["向右滑动", "mp.weixin.qq.com/s?", "v.qq.com", "来源："]:
        assert unwanted not in doc.body


def test_seed_002_front_matter_and_dialogue(demo):
    result = prepared("002")
    doc, detection = result.document, result.detection
    assert (doc.title, str(doc.original_date)) == ("【网购退款】“产品质量问题”是陷阱！", "2020-06-19")
    assert detection.agency.name == "武汉反诈骗"
    assert doc.source_wechat_id == "gh_9450e8cf3caa"
    assert "{{site.baseurl}}" not in doc.body and "功能介绍" not in doc.body
    assert len(detection.steps) == 6
    assert detection.steps[1].text == "要求买家加为微信好友，避开网购平台的监督。"
    assert len(detection.advice) == 3
    assert [line.role for line in detection.dialogue] == ["scammer", "victim"] * 7 + ["narrator"]
    assert {line.speaker for line in detection.dialogue} == {"店小二", "老李", "旁白"}
    (lao_li,) = detection.cases
    assert lao_li.alias == "老李"
    assert amounts(lao_li) == [(Decimal("3450"), False, AmountKind.LOSS), (Decimal("38000"), False, AmountKind.LOSS)]


def test_seed_003_html(demo):
    result = prepared("003")
    doc, detection = result.document, result.detection
    assert doc.format == "html"
    assert (doc.author, doc.source_account, str(doc.original_date)) == ("趣头条", "公安部网安局", "2021-12-05")
    assert detection.steps == []
    assert len(detection.advice) == 4
    ji, he = detection.cases
    assert (ji.alias, he.alias) == ("季女士", "何女士")
    assert amounts(ji) == [(Decimal("297"), False, AmountKind.OFFER), (Decimal("100000"), True, AmountKind.LOSS)]
    assert amounts(he) == [(Decimal("500"), False, AmountKind.LIMIT), (Decimal("120000"), True, AmountKind.LOSS)]


def test_seed_004_steps_and_slogan(demo):
    result = prepared("004")
    doc, detection = result.document, result.detection
    assert detection.agency.name == "南宁市反诈骗"
    assert [step.title for step in detection.steps] == ["第一步", "第二步"]
    assert "以梦为马" not in doc.body and "审核" not in doc.body and "0771-12340" not in doc.body
    assert [item.advice_title for item in detection.advice][-1] == "牢记“三不一多”"
    assert detection.cases == [] and detection.dialogue == []


def test_all_four_seeds_import_as_drafts_with_their_losses(demo):
    for prefix in ["001", "002", "003", "004"]:
        article_import(draft=prepared(prefix).draft, user=None)
    imported = Article.objects.filter(slug__startswith="import-")
    assert imported.count() == 4
    assert set(imported.values_list("status", flat=True)) == {Status.DRAFT}
    cases = Case.objects.filter(source_article__in=imported)
    assert not cases.filter(is_public=True).exists()
    assert set(cases.values_list("status", flat=True)) == {Status.DRAFT}
    totals = {case.alias: (case.total_loss, case.total_loss_approximate) for case in cases}
    assert totals == {
        "阿强（化名）": (Decimal("0"), False),
        "阿苹（化名）": (Decimal("75670.88"), True),
        "": (Decimal("0"), False),
        "老李": (Decimal("41450"), False),
        "季女士": (Decimal("100000"), True),
        "何女士": (Decimal("120000"), True),
    }
    # Importing again finds every one of them already there.
    for prefix in ["001", "002", "003", "004"]:
        with pytest.raises(Exception, match="已经导入过"):
            article_import(draft=prepared(prefix).draft, user=None)
