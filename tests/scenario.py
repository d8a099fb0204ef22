"""A small, realistic slice of content built with the factories: the fake customer-service refund scam.

Page tests use it where they need the whole chain (scam type → stages →
techniques → red flags → advice → cases → article). Facts follow the seeds;
the wording is our own.
"""

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from cases.models import (
    Agency,
    Article,
    ArticleAdvice,
    ArticleStep,
    Case,
    Channel,
    DialogueLine,
    Platform,
    Pretext,
    RedFlag,
    Region,
    ScamType,
    Stage,
    Technique,
)
from tests.factories import make_advice, make_article, make_case, make_scam_type


@dataclass
class RefundScam:
    scam_type: ScamType
    stages: dict[str, Stage]
    techniques: dict[str, Technique]
    cases: list[Case] = field(default_factory=list)
    article: Article | None = None


STAGES = [
    ("S1", "获取个人信息"),
    ("S2", "冒充身份接触"),
    ("S3", "编造信任借口"),
    ("S4", "引导脱离平台"),
    ("S5", "操控与施压"),
    ("S6", "骗取钱财"),
    ("S7", "切断联系"),
]

TECHNIQUES = [
    ("T001", "S2", "“+”号开头的来电", "号码前带“+”或是境外号段，却自称国内平台客服。", ["我是淘宝客服"]),
    (
        "T002",
        "S3",
        "准确报出订单信息",
        "骗子能说出你买了什么、收货地址，用来证明自己是“真客服”。",
        ["核对一下您的订单"],
    ),
    (
        "T003",
        "S3",
        "快递丢失双倍赔偿",
        "说你的包裹丢了或商品有质量问题，要给你双倍、三倍赔偿。",
        ["双倍赔偿", "三倍理赔"],
    ),
    ("T004", "S4", "加QQ或企业微信处理", "让你离开购物平台，到QQ、微信或企业微信上“办理退款”。", ["加一下企业微信"]),
    (
        "T005",
        "S5",
        "开会软件共享屏幕",
        "让你下载会议软件并打开屏幕共享，好看清你的每一步操作。",
        ["打开屏幕共享", "下载开会宝"],
    ),
    (
        "T006",
        "S6",
        "开通备用金或借款",
        "谎称你的信用分不够，要先在支付宝开通备用金或借款才能退款。",
        ["备用金", "信用分不足"],
    ),
    ("T007", "S6", "索要短信验证码", "让你念出刚收到的短信验证码，钱随即被转走。", ["把验证码告诉我"]),
    ("T008", "S7", "拉黑失联", "得手后把你拉黑、关机，退款再也不会来。", []),
]


def build_refund_scam(*, case_count: int = 2) -> RefundScam:
    scam_type = make_scam_type(
        slug="fake-customer-service",
        name="冒充电商物流客服诈骗",
        summary="骗子冒充购物平台或快递公司客服，以退款、理赔为名诱导你借钱、转账或说出验证码。",
        how_it_works="骗子先拿到你的订单信息，再打电话自称客服，说要给你退款。\n\n随后一步步把你带离平台，最后骗走钱。",
        order=1,
    )
    Pretext.objects.create(scam_type=scam_type, order=1, text="商品质量有问题，厂家召回要退款")
    Pretext.objects.create(scam_type=scam_type, order=2, text="快递丢失，平台按双倍赔偿")
    stages = {code: Stage.objects.create(code=code, name=name, order=int(code[1:])) for code, name in STAGES}
    techniques = {}
    for code, stage_code, name, summary, flags in TECHNIQUES:
        technique = Technique.objects.create(code=code, name=name, stage=stages[stage_code], summary=summary)
        technique.scam_types.add(scam_type)
        for phrase in flags:
            RedFlag.objects.create(technique=technique, phrase=phrase, weight=3)
        techniques[code] = technique
    hang_up = make_advice(title="官方客服不会主动要你转账", body="接到“退款”来电先挂断，打开购物软件从官方渠道核实。")
    hang_up.techniques.add(techniques["T001"], techniques["T003"])
    hang_up.scam_types.add(scam_type)
    code_advice = make_advice(title="验证码谁要都不给", body="验证码就是你的钱包钥匙，任何人索要都是骗子。")
    code_advice.techniques.add(techniques["T007"])
    screen = make_advice(title="不下载陌生软件，不共享屏幕", body="真客服不会让你开会议软件、共享屏幕。")
    screen.techniques.add(techniques["T005"])
    loan = make_advice(title="退款不需要你先借钱", body="让你开通备用金、借款再“退回”的，一律是诈骗。")
    loan.techniques.add(techniques["T006"])

    taobao = Platform.objects.create(name="淘宝", slug="taobao", order=1)
    phone = Channel.objects.create(name="电话", slug="phone", order=1)
    region = Region.objects.create(name="东莞市塘厦镇", province="广东省")
    agency = Agency.objects.create(name="南宁市反诈骗", slug="nanning")

    scenario = RefundScam(scam_type=scam_type, stages=stages, techniques=techniques)
    amounts = [(Decimal("64000"), True), (Decimal("3450"), False), (Decimal("38000"), False)]
    for n in range(case_count):
        amount, approximate = amounts[n % len(amounts)]
        scenario.cases.append(
            make_case(
                title=f"“客服”说快递丢了要双倍赔偿，她被骗{n + 1}",
                scam_type=scam_type,
                alias="阿苹（化名）",
                age_band=Case.AgeBand.AGE_26_35,
                region=region,
                platform=taobao,
                channel=phone,
                source_agency=agency,
                occurred_on=date(2023, 5, 1 + n % 28),
                summary="自称淘宝客服的人打来电话，说快递丢了要赔偿，随后让她共享屏幕、开通备用金。",
                steps=[
                    {"stage": stages["S2"], "technique": techniques["T001"], "description": "接到“+”号开头的电话。"},
                    {
                        "stage": stages["S3"],
                        "technique": techniques["T003"],
                        "description": "对方说快递丢了，双倍赔偿。",
                    },
                    {
                        "stage": stages["S5"],
                        "technique": techniques["T005"],
                        "description": "按指示下载会议软件共享屏幕。",
                    },
                    {"stage": stages["S6"], "technique": techniques["T006"], "description": "开通备用金后转出了钱。"},
                ],
                losses=[{"amount": amount, "approximate": approximate, "payment_method": "alipay"}],
            )
        )

    article = make_article(
        title="“客服”主动给你退款？先挂电话再核实",
        slug="fake-refund-call",
        lead="接到自称客服的退款电话，对方报得出你的订单，也别信：真退款不用你借钱、共享屏幕或说验证码。",
        body="近期，冒充电商客服的诈骗又多了起来。\n\n下面还原一次典型通话。",
        kind=Article.Kind.WARNING,
        source_agency=agency,
        original_url="https://example.gov.cn/original",
    )
    article.scam_types.add(scam_type)
    article.featured_cases.add(*scenario.cases[:2])
    for order, (stage, text) in enumerate(
        [
            ("S2", "骗子打来电话，自称淘宝客服，报出你的订单。"),
            ("S3", "说商品有问题，要给你退款或双倍赔偿。"),
            ("S4", "让你加QQ，发来一个“退款链接”。"),
            ("S6", "让你念出验证码，钱被转走。"),
        ],
        start=1,
    ):
        ArticleStep.objects.create(article=article, order=order, stage=stages[stage], text=text)
    lines = [
        ("店小二", "scammer", "您好，您在我们店买的衣服有质量问题，我们给您退款。"),
        ("老李", "victim", "哦，那行，怎么退？"),
        ("店小二", "scammer", "您加我QQ，我发个退款链接，把验证码告诉我就行。"),
        ("老李", "victim", "验证码是……怎么扣了我3450元？"),
        ("旁白", "narrator", "电话那头已经关机。"),
    ]
    for order, (speaker, role, text) in enumerate(lines, start=1):
        DialogueLine.objects.create(article=article, order=order, speaker=speaker, role=role, text=text)
    for order, advice in enumerate([hang_up, code_advice, loan], start=1):
        ArticleAdvice.objects.create(article=article, advice=advice, order=order)
    scenario.article = article
    return scenario
