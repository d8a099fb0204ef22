"""A small, hand-checkable set of cases for the analysis tests."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from cases.models import Agency, Case, Channel, Platform, Region, Status
from tests.factories import make_case, make_scam_type, make_stage, make_technique


@dataclass
class AnalysisData:
    stages: list
    techniques: dict
    cases: dict
    platforms: dict
    channels: dict
    regions: dict
    agency: Agency
    scam_types: list


def build_analysis_data() -> AnalysisData:
    """Six cases over two scam types, three stages and four techniques; one internal, one draft."""
    s1, s2, s3 = make_stage(code="S1", order=1), make_stage(code="S2", order=2), make_stage(code="S3", order=3)
    t = {
        "T101": make_technique(code="T101", stage=s1),
        "T201": make_technique(code="T201", stage=s2),
        "T202": make_technique(code="T202", stage=s2),
        "T301": make_technique(code="T301", stage=s3),
    }
    taobao = Platform.objects.create(name="淘宝", slug="taobao")
    alipay = Platform.objects.create(name="支付宝", slug="alipay")
    phone = Channel.objects.create(name="电话", slug="phone")
    wechat = Channel.objects.create(name="企业微信", slug="wecom")
    nanning = Region.objects.create(name="南宁市", province="广西")
    dongguan = Region.objects.create(name="东莞市", province="广东")
    agency = Agency.objects.create(name="南宁市反诈骗", slug="nanning")
    refund, invest = make_scam_type(name="冒充客服", slug="refund"), make_scam_type(name="虚假投资", slug="invest")

    def step(stage, technique=None):
        return {"stage": stage, "technique": technique, "description": "经过。"}

    cases = {
        "a": make_case(
            title="甲案", scam_type=refund, platform=taobao, channel=phone, region=nanning, source_agency=agency,
            occurred_on=date(2024, 1, 10), reported_on=date(2024, 1, 11), age_band=Case.AgeBand.AGE_26_35,
            gender=Case.Gender.FEMALE, steps=[step(s1, t["T101"]), step(s2, t["T201"]), step(s2, t["T202"])],
            losses=[Decimal("11670.88"), {"amount": Decimal("64000"), "approximate": True}],
        ),
        "b": make_case(
            title="乙案", scam_type=refund, platform=alipay, channel=wechat, region=dongguan,
            occurred_on=date(2024, 3, 2), reported_on=date(2024, 3, 20), age_band=Case.AgeBand.AGE_60_PLUS,
            gender=Case.Gender.MALE, steps=[step(s1, t["T101"]), step(s2, t["T201"]), step(s2, t["T201"])],
            losses=[Decimal("5000")],
        ),
        "c": make_case(
            title="丙案", scam_type=invest, channel=phone, region=nanning, occurred_on=date(2024, 3, 15),
            outcome=Case.Outcome.ATTEMPTED, steps=[step(s2, t["T202"]), step(s3)],
        ),
        "d": make_case(
            title="丁案（内部）", scam_type=invest, platform=taobao, is_public=False, occurred_on=date(2023, 12, 5),
            kind=Case.Kind.ENFORCEMENT, outcome=Case.Outcome.SOLVED, steps=[step(s3, t["T301"])],
            losses=[Decimal("200000")],
        ),
        "e": make_case(
            title="戊案（草稿）", scam_type=refund, status=Status.DRAFT, publish_at=None, region=dongguan,
            steps=[step(s1, t["T101"]), step(s3, t["T301"])], losses=[Decimal("800.5")],
        ),
        "f": make_case(title="己案", scam_type=refund, occurred_on=date(2024, 1, 20), summary="退款链接骗局。"),
    }  # fmt: skip
    return AnalysisData(
        stages=[s1, s2, s3],
        techniques=t,
        cases=cases,
        platforms={"taobao": taobao, "alipay": alipay},
        channels={"phone": phone, "wecom": wechat},
        regions={"nanning": nanning, "dongguan": dongguan},
        agency=agency,
        scam_types=[refund, invest],
    )
