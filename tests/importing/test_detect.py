from decimal import Decimal

import pytest

from cases.importing.amounts import AmountKind
from cases.importing.detect import detect, find_aliases, propose_stage, propose_techniques
from cases.importing.formats import read_document


def by_id(items, item_id):
    return next(item.name for item in items if item.id == item_id) if item_id else None


def detected(fixture_bytes, vocabulary, name):
    return detect(read_document(fixture_bytes(name), filename=name), vocabulary)


def losses(case):
    return [(m.amount.value, m.amount.approximate) for m in case.losses]


def kinds(case):
    return [(m.amount.value, m.kind) for m in case.amounts]


def test_jekyll_repost(fixture_bytes, vocabulary):
    result = detected(fixture_bytes, vocabulary, "jekyll_repost.md")
    assert result.agency.name == "江城反诈" and result.agency.agency_id is None  # proposed as new
    assert result.agency.wechat_id == "jcfz_2020"
    assert by_id(vocabulary.scam_types, result.scam_type_id) == "冒充电商物流客服诈骗"

    assert [step.text[:8] for step in result.steps] == [
        "冒充网店客服打来",
        "让你加QQ或微信",
        "发来假的退款链接",
        "以退款为名索要验",
    ]
    assert [step.stage_code for step in result.steps] == ["S3", "S4", "S6", "S6"]

    assert [by_id(vocabulary.advice, item.advice_id) for item in result.advice] == [
        "“客服”要你加微信或QQ，基本可以判定是骗子",
        "验证码是最后一道防线",
        "通过官方渠道核实",
    ]

    assert [(line.speaker, line.role) for line in result.dialogue] == [
        ("假客服", "scammer"),
        ("王阿姨", "victim"),
    ] * 3 + [("旁白", "narrator")]
    assert result.dialogue[1].text == "哦，那怎么退？"

    (case,) = result.cases
    assert case.alias == "王阿姨"
    assert by_id(vocabulary.platforms, case.platform_id) == "淘宝"
    assert by_id(vocabulary.channels, case.channel_id) == "电话"
    assert losses(case) == [(Decimal("23000"), False)]
    assert {hit.code for hit in case.techniques} >= {"T012", "T021", "T022"}
    assert case.outcome == "defrauded"


def test_styled_html(fixture_bytes, vocabulary):
    result = detected(fixture_bytes, vocabulary, "styled_post.html")
    assert result.steps == []
    assert [item.text[:6] for item in result.advice] == ["快递丢失理赔", "任何让你共享"]
    (case,) = result.cases
    assert case.alias == "赵女士"
    assert case.region_id is None and case.place == "海滨市"  # proposed as a new region
    assert by_id(vocabulary.platforms, case.platform_id) == "支付宝"
    assert kinds(case) == [
        (Decimal("200"), AmountKind.OFFER),
        (Decimal("15000"), AmountKind.LOSS),
        (Decimal("3000"), AmountKind.RECOVERED),
    ]
    assert [hit.code for hit in case.techniques] == ["T008", "T013", "T014", "T015"]


def test_wechat_copy(fixture_bytes, vocabulary):
    result = detected(fixture_bytes, vocabulary, "wechat_copy.txt")
    assert [step.title for step in result.steps] == ["第一步", "第二步", "第三步"]
    assert result.steps[0].stage_code == "S2"
    assert len(result.advice) == 3
    assert by_id(vocabulary.advice, result.advice[2].advice_id) == "验证码是最后一道防线"
    assert result.dialogue == []
    first, second = result.cases
    assert first.alias == "小周（化名）"
    assert by_id(vocabulary.platforms, first.platform_id) == "快递公司"
    assert losses(first) == [(Decimal("8000"), True), (Decimal("12000"), False)]
    assert [m.kind for m in first.amounts if not m.is_loss] == [AmountKind.OFFER]
    assert second.alias == "孙先生"
    assert by_id(vocabulary.channels, second.channel_id) == "带“+”号的境外来电"
    assert second.losses == [] and second.outcome == "attempted"


def test_existing_agency_is_matched_by_name(vocabulary):
    doc = read_document("# 标题\n\n来源：武汉反诈骗\n\n正文一段。".encode())
    result = detect(doc, vocabulary)
    assert result.agency.agency_id is not None and result.agency.name == "武汉反诈骗"


@pytest.mark.parametrize(
    ("text", "aliases"),
    [
        ("上班的阿强（化名）接到电话", ["阿强（化名）"]),
        ("南京市民季女士接到电话", ["季女士"]),
        ("老李突然接到一个陌生电话", ["老李"]),
        ("市民张某报警", ["张某"]),
        ("添加了工作人员“小陈”", []),
        ("一位女士和小于5万元的转账", []),
    ],
)
def test_find_aliases(text, aliases):
    assert [alias for _, alias, _ in find_aliases(text)] == aliases


def test_propose_techniques_uses_the_checkers_matcher(vocabulary):
    text = "您先加我ＱＱ，再打开屏幕共享，把驗證碼告訴我。"
    hits = propose_techniques(text, vocabulary.red_flags)
    # Full-width letters and traditional characters are folded as the public checker folds them.
    assert {(hit.code, hit.phrase) for hit in hits} >= {
        ("T012", "加我QQ"),
        ("T014", "屏幕共享"),
        ("T022", "验证码告诉我"),
    }
    assert [hit.start for hit in hits] == sorted(hit.start for hit in hits)
    assert all(hit.sentence == text for hit in hits)


def test_propose_stage(vocabulary):
    codes = {stage.extra for stage in vocabulary.stages}
    assert propose_stage("要求买家加为微信好友，避开网购平台的监督。", vocabulary.red_flags, codes) == "S4"
    assert propose_stage("以退款需要为由，向买家索取手机收到的验证码。", vocabulary.red_flags, codes) == "S6"
    assert propose_stage("今天天气很好。", vocabulary.red_flags, codes) == ""
