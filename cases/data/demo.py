"""Demo content: sources, vocabularies, the four seed posts retold, their cases, and a few extras.

The seed articles are retold in this project's own words; only their facts and
figures (amounts, steps, advice, agencies, dates) carry over. Victims appear by
alias only. Cases marked "演示用虚构案例" in their internal notes are invented to
show the other scam types and the public/internal split; all others come from
the seeds.

Articles and cases refer to each other through `ref`, a key used only here.
Times are Asia/Shanghai.
"""

from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from .taxonomy import (
    ACQUAINTANCE,
    CREDIT_REPAIR,
    CUSTOMER_SERVICE,
    FAKE_POLICE,
    GAME_TRADING,
    INVESTMENT,
    LOAN,
    ORDER_BRUSHING,
    ROMANCE,
    SHOPPING,
)

SHANGHAI = ZoneInfo("Asia/Shanghai")


def at(year, month, day, hour=10, minute=0):
    """A publish time in Beijing time."""
    return datetime(year, month, day, hour, minute, tzinfo=SHANGHAI)


# The publish dates of the seed posts. Seed 001 carries no date: it was posted
# after the 30 October call and before 双十一, so early November 2020 is used.
SEED_001_PUBLISHED = at(2020, 11, 6)
SEED_002_PUBLISHED = at(2020, 6, 19)
SEED_003_PUBLISHED = at(2021, 12, 5, 11, 12)  # 03:12 GMT on 趣头条
SEED_004_PUBLISHED = at(2021, 9, 28)

DEMO_NOTE = "演示用虚构案例，非真实案件。"

AGENCIES = [
    {"name": "塘厦公安", "slug": "tangxia-police", "description": "东莞市塘厦镇公安机关的微信公众号。"},
    {"name": "阻击诈骗", "slug": "zuji-zhapian", "description": "反诈宣传公众号，与塘厦公安共同署名发布过预警文章。"},
    {
        "name": "武汉反诈骗",
        "slug": "wuhan-anti-fraud",
        "wechat_id": "gh_9450e8cf3caa",
        "description": "面向武汉市民推送反电信网络诈骗宣传和预警信息。",
    },
    {
        "name": "南宁市反诈骗",
        "slug": "nanning-anti-fraud",
        "wechat_id": "nanningfanzha",
        "description": "南宁反虚假信息诈骗中心的公众号，推送预警和防骗信息。",
    },
    {"name": "公安部网安局", "slug": "mps-cybersecurity", "description": "公安部网络安全保卫局。"},
    {"name": "宁波警方", "slug": "ningbo-police", "description": "浙江省宁波市公安机关。"},
    {
        "name": "市公安局反诈中心",
        "slug": "city-anti-fraud-centre",
        "description": "本站运营单位（演示），负责原创预警和反诈课堂。",
    },
]

PLATFORMS = [
    {"name": "淘宝", "slug": "taobao", "order": 1},
    {"name": "支付宝", "slug": "alipay", "order": 2},
    {"name": "抖音", "slug": "douyin", "order": 3},
    {"name": "京东", "slug": "jd", "order": 4},
    {"name": "拼多多", "slug": "pinduoduo", "order": 5},
    {"name": "微信", "slug": "wechat", "order": 6},
    {"name": "快递公司", "slug": "courier", "order": 7},
]

CHANNELS = [
    {"name": "电话", "slug": "phone", "order": 1},
    {"name": "带“+”号的境外来电", "slug": "plus-call", "order": 2},
    {"name": "短信", "slug": "sms", "order": 3},
    {"name": "QQ", "slug": "qq", "order": 4},
    {"name": "微信", "slug": "wechat", "order": 5},
    {"name": "企业微信", "slug": "wecom", "order": 6},
    {"name": "会议App", "slug": "meeting-app", "order": 7},
    {"name": "社交平台私信", "slug": "social-dm", "order": 8},
]

REGIONS = [
    {"name": "东莞市塘厦镇", "province": "广东省"},
    {"name": "宁波市", "province": "浙江省"},
    {"name": "武汉市", "province": "湖北省"},
    {"name": "南京市", "province": "江苏省"},
    {"name": "南宁市", "province": "广西壮族自治区"},
]

# Articles. "steps" are (stage code, text), numbered 第一步… in the given order;
# "dialogue" is (speaker, role, text); "advice" are advice codes (A01…), in order;
# "featured_cases" are case refs. "publish_in_days" schedules into the future.
ARTICLES = [
    {
        "slug": "tangxia-fake-customer-service-calls",
        "title": "快递还在路上，“客服”电话先到了：塘厦一人识破、一人被骗7.5万余元",
        "kind": "case",
        "status": "published",
        "publish_at": SEED_001_PUBLISHED,
        "source_agency": "塘厦公安",
        "original_url": (
            "http://mp.weixin.qq.com/s?__biz=MzIyMDYwMTk0Mw==&mid=2247523583&idx=6"
            "&sn=74c23d37cfcd7cf263e4ec41e3436894&chksm=97cb57c7a0bcded1d79ab1f18292836d529c0658ba7a15bac162d919335029a3"
            "ab0319809b88&scene=27#wechat_redirect"
        ),
        "original_published_on": None,
        "scam_types": [CUSTOMER_SERVICE],
        "lead": "网购高峰一到，拿着泄露快递信息的假客服就开始打电话。塘厦两位街坊接到类似来电："
        "一位一句话戳穿了对方，另一位前后转出7.5万余元。同一时期，宁波警方打掉了一个偷拍倒卖快递面单的团伙。",
        "body": """\
## 一句话，“甜美客服”就挂了

在塘厦一家电器公司上班的阿强（化名）接到一个电话。对方自称网购平台客服，声音甜、口口声声叫“先生”，说要给他赔偿。阿强只回了一句点破她身份的话，电话那头立刻没了动静。

## 带“+”号的来电，两次转账

清湖头社区一家小店的店员阿苹（化名）在抖音上买了一条裤子。10月30日中午，她接到一个号码带“+”号的电话，对方自称支付宝客服，说她的快递丢了，平台要赔她130元。

对方把她买的商品、订单号、收货地址说得分毫不差，阿苹便信了。按对方要求，她下载了“开会宝”App——看到不用填银行卡密码，就没多想——又加了对方的企业微信，还打开了App里的屏幕共享。

对方接着发来支付宝二维码让她扫。阿苹发现自己的支付宝里有一笔500元的“备用金”，便请对方帮忙关掉。对方说，只要往指定账号转11670.88元就能关闭，连同130元赔偿会一起退回。

阿苹转了钱，对方又说她“操作失误”，不马上处理会影响个人征信。慌乱之下，她按对方的指引又转出6.4万余元。

> **备用金是借款，不是退款。** 它是支付宝提供的小额贷款，那500元是借给你的钱，要按时还。

## 快递面单，成了骗子的“客户名单”

面单上印着收件人的姓名、电话和家庭住址。央视记者调查发现，这些面单信息在网上被成批明码标价出售。骗子拿到信息后，多冒充电商客服或快递员，有的发来退货链接骗取银行账号，有的说快递丢了、商家要理赔，其中网购理赔类诈骗尤为高发。

面单是怎么流出去的？浙江宁波警方近期侦破一个非法获取、倒卖快递面单信息的团伙：成员以临时应聘的方式进入快递公司，趁整理包裹时偷拍面单，汇总后再到网上倒卖。警方抓获犯罪嫌疑人9名，查获面单照片2万余张。

## 警方提醒

快递、网购“客服”主动打来电话说要退款退货，先通过官方客服核实；不要照陌生人的指引在网上操作钱款，身份证号、银行卡号、密码和手机验证码都不能告诉别人。

*本文根据塘厦公安、阻击诈骗发布的预警改写。*
""",
        "steps": [
            (
                "S1",
                "骗子通过快递信息泄露等途径拿到你的电话和购物记录，随后打电话或发短信，"
                "把你的个人信息一五一十说出来，让你以为他真是客服。",
            ),
            ("S3", "说你买的东西有问题，要给你办退款，并让你添加所谓“官方客服”的微信。"),
            ("S6", "再以“退款出错”之类的理由，骗你说出验证码或者直接转账。"),
        ],
        "advice": [
            "A04",  # 通过官方渠道核实
            "A02",  # 验证码是最后一道防线
            "A05",  # 不要下载陌生 App、不要共享屏幕
            "A09",  # 备用金、借呗是贷款，不是退款
            "A06",  # 撕毁或涂黑快递面单
        ],
        "featured_cases": ["a-qiang", "a-ping", "ningbo-waybills"],
    },
    {
        "slug": "wuhan-quality-problem-refund-trap",
        "title": "“您买的商品有质量问题”？网购退款电话里的陷阱",
        "kind": "repost",
        "status": "published",
        "publish_at": SEED_002_PUBLISHED,
        "source_agency": "武汉反诈骗",
        "original_url": "",
        "original_published_on": date(2020, 6, 19),
        "scam_types": [CUSTOMER_SERVICE],
        "lead": "推销、贷款、诈骗电话越来越多，守住钱袋子的底线只有一条：不透露银行卡信息，不给陌生人转账。"
        "这一篇拆解冒充网店客服的退款诈骗，先看老李是怎么被骗走4万余元的。",
        "body": """\
骚扰电话五花八门，不管对方想干什么，银行卡信息不外泄、钱不主动转给对方，是守住钱袋子的底线。今天先说一类很常见的电话：冒充网店客服给你“退款”。

## 老李的一通电话

老李接到陌生来电，对方自称淘宝客服，说他网购的衣服有问题，厂家要回收，给他退款。下面的对话按当时经过整理：他先在对方发来的“退款链接”里填了银行卡信息，被划走3450元；对方又以“双倍赔偿”为名套走验证码，卡里再少了38000元，随后电话关机。

这段对话，就是网购退款诈骗的典型套路。

## 警方缴获的剧本怎么写

从警方缴获的诈骗剧本看，骗子一般按下面几步走（见“步骤”）。他们的台词里常出现六个关键词：冒充淘宝客服、加QQ、发链接、“异常订单处理中心”、实名认证、发验证码。电话里听到这些词，可以断定是骗子。

## 警方提示

1. “淘宝客服”让你加微信，基本可以判定是骗子。
2. 手机收到的各种验证码，是守护信息和资金的最后一道防线，对谁都不能说。
3. 接到“订单异常”的电话，先挂断，再直接联系网店卖家，或拨打淘宝官方客服电话核实。

*转载自微信公众号“武汉反诈骗”，本站改写。*
""",
        "steps": [
            ("S2", "打电话给网购买家，冒充网店客服，以交易没成功、订单异常、商品缺货等理由，说要给买家退款。"),
            ("S4", "让买家加微信好友，绕开购物平台的监管。"),
            ("S6", "发来钓鱼网站链接，诱导买家点开并填写信息。"),
            (
                "S6",
                "实时截取买家填进去的淘宝和支付宝账号密码、支付宝绑定的身份证号、银行卡号和密码、手机号、支付密码等。",
            ),
            ("S6", "以“退款需要”为由，让买家报出手机收到的验证码。"),
            ("S6", "输入验证码，完成转账或购物。"),
        ],
        "dialogue": [
            ("旁白", "narrator", "老李接到一个陌生号码，对方说自己是淘宝店铺的客服。"),
            ("假客服", "scammer", "请问是李先生吗？您前几天是不是在我们店里买过一件衣服？"),
            ("老李", "victim", "是买过，怎么了？"),
            ("假客服", "scammer", "这批衣服查出了质量问题，厂家要统一收回。为了店铺的信誉，我们按原价给您退款。"),
            ("老李", "victim", "那也行，退吧。"),
            (
                "假客服",
                "scammer",
                "麻烦您先加我QQ，我发您一个退款链接。您在里面填上姓名、银行卡号和密码，登录以后钱马上退回来。",
            ),
            ("老李", "victim", "好，你发过来，我这就填。"),
            ("旁白", "narrator", "老李照着链接把信息都填了进去。"),
            ("假客服", "scammer", "李先生，不好意思，我们这边显示退款没有成功。"),
            ("老李", "victim", "怎么回事？我卡里怎么被划走了3450块？"),
            (
                "假客服",
                "scammer",
                "实在抱歉，是我们后台出了问题才把您的钱扣走了。您去开通一下某个平台，我们通过它给您双倍赔偿，您看行吗？",
            ),
            ("老李", "victim", "那好吧，我去开。"),
            ("假客服", "scammer", "开好了把手机收到的验证码报给我，我这边马上给您打款。"),
            ("老李", "victim", "验证码我念给你，你快点办。"),
            ("假客服", "scammer", "好的，您放心，稍等一会儿就到账。"),
            ("旁白", "narrator", "没过多久，老李的手机收到一条短信：账户支出38000元。"),
            ("老李", "victim", "怎么又扣了38000？喂？喂？"),
            ("旁白", "narrator", "再拨过去，对方已经关机。"),
        ],
        "advice": [
            "A08",  # “客服”要你加微信或QQ，基本可以判定是骗子
            "A02",  # 验证码是最后一道防线
            "A04",  # 通过官方渠道核实
        ],
        "featured_cases": ["lao-li"],
    },
    {
        "slug": "shopping-season-fake-customer-service",
        "title": "“双十二”购物季，一群假客服正盯着你的订单",
        "kind": "warning",
        "status": "published",
        "publish_at": SEED_003_PUBLISHED,
        "source_agency": "公安部网安局",
        "original_url": "",
        "original_published_on": date(2021, 12, 5),
        "scam_types": [CUSTOMER_SERVICE],
        "lead": "“双十一”刚过，“双十二”又到，假客服借“退款”“赔偿”之名频频来电。"
        "南京的季女士和另一位何女士，分别被骗走10万余元和12万余元。",
        "body": """\
“双十一”的热闹还没散，“双十二”又来了，骗子也盯上了购物季。下面两个案例，一个许诺三倍赔偿，一个说快递丢了要双倍补偿。

## “三倍赔偿”背后的“信用积分”

南京的季女士接到自称某电商平台客服的电话，说她买的商品有质量问题，平台致歉并给她三倍赔偿。对方能报出她的单号、姓名和电话，她就信了。

对方让她下载一款聊天软件，说有专人指导退款。季女士以为那是平台的退款软件，装好后加了一位“工作人员小陈”。小陈打来语音，说她在支付平台的信用积分不够，297元赔偿到不了账，随即热心地教她一笔一笔把钱转进零钱包“提高信用值”，又说只要把钱全部转进指定的银行账户再转回来，信用值很快就够了。

季女士陆续转进去10万余元，转完发现自己已被对方拉黑，这才报警。

## “快递丢了，双倍补偿”

何女士接到自称电商客服的电话，说她的快递丢失，平台双倍补偿，但要先开通支付宝备用金，赔款会打进去。对方把她的购物信息说得很准，她便开通了。

开通后，备用金里显示有500元可以提现，她以为是退款，就提了出来。“客服”随即说提现金额不对，要先退回再关掉这个功能，否则每月会扣高额手续费。她不会操作，就按对方说的装了一个软件、打开屏幕共享。对方又说要把账户余额全部转出才能关闭备用金，何女士输入了支付密码，12万余元存款转进了对方的账户。对方还安慰她，功能关闭后存款和退款会一起打回来。等她发现“客服”再也联系不上，才赶紧报警。

## 警方提醒

1. 自称客服的来电不要轻信，先到正规网站核实交易信息，或通过正规渠道查到官方电话再核实。
2. 正规客服不会让你到第三方平台沟通、交易。让你下载第三方App操作的，一律不理；验证码更不能给，那是最后一道防线。
3. 货到付款的快递，先核对信息和物品，来历不明的一律拒收；印有个人信息的快递单据，先撕毁或涂黑再扔。
4. 网购选有网上经营资质的商家，价格明显低于市场价的要多加小心，别被低价诱惑。

*原文由公安部网安局发布，经趣头条转载，本站改写。*
""",
        "steps": [
            ("S3", "骗子报出你的订单号、姓名、电话等购物信息，冒充电商平台客服取得信任。"),
            ("S3", "说商品有质量问题要三倍赔偿，或快递丢了要双倍补偿。"),
            ("S4", "让你下载聊天软件或其他App，添加“工作人员”，再打开屏幕共享。"),
            ("S5", "说信用积分不够、备用金提现金额不对、不关闭会扣高额手续费，让你一步步照做。"),
            ("S6", "让你把钱转进指定账户“提高信用”或“关闭功能”，承诺之后连同退款一起打回。"),
            ("S7", "钱一到手，就把你拉黑或再也联系不上。"),
        ],
        "advice": [
            "A04",  # 通过官方渠道核实
            "A05",  # 不要下载陌生 App、不要共享屏幕
            "A02",  # 验证码是最后一道防线
            "A06",  # 撕毁或涂黑快递面单
            "A11",  # 网购选有资质的商家，不贪低价
        ],
        "featured_cases": ["ms-ji", "ms-he"],
    },
    {
        "slug": "nanning-lesson-fake-ecommerce-courier-service",
        "title": "反诈微课堂：冒充电商物流客服诈骗怎么防",
        "kind": "repost",
        "status": "published",
        "publish_at": SEED_004_PUBLISHED,
        "source_agency": "南宁市反诈骗",
        "original_url": "",
        "original_published_on": date(2021, 9, 28),
        "scam_types": [CUSTOMER_SERVICE],
        "lead": "国庆长假前网购多，常在网上买东西的中青年尤其要防冒充电商物流客服的诈骗。"
        "这类案件发案量排进前五，骗子的说法主要有四种。",
        "body": """\
为了让更多人知道常见的电信网络诈骗怎么防，南宁市公安局刑侦支队反诈专班做了一组反诈微课堂短视频，这一期讲冒充电商物流客服诈骗。

## 什么是冒充电商物流客服诈骗

国庆长假前，不少年轻人会在电商平台上“买买买”。常在网上购物的中青年群体，要特别提防冒充电商物流客服的骗子。

这类诈骗大多打着“购物退款”的旗号：骗子冒充电商平台客服，说你买的东西出了问题或交易异常，要给你退款、理赔甚至退税，借机套取你的银行卡信息和手机验证码，把卡里的钱转走，或者让你把钱转进所谓的“安全账户”。据统计，这类诈骗的发案量排在前五。

## 骗子常用的四种说法

1. 说商品质量问题导致交易异常，你账户里的钱会被冻结，要先转进“安全账户”。
2. 说你的会员积分、芝麻信用分不够，退不了款，让你先“提高积分”去贷款，再把贷到的钱汇到指定账户。
3. 说你买的东西出了问题，诱导你说出银行卡号和手机验证码，然后把卡里的钱转走。
4. 说不小心把你升级成了会员、授权成代理，或给你办了商品分期，不取消就要扣费，诱导你转账。

## 防范提示

网店卖家或客服主动联系你办退货退款时，一定要多加小心。正规网店退货退款不用事先付任何费用，请登录官方购物网站办理，别人发来的网址、链接一个都别点。

记住“三不一多”：**未知链接不点击，陌生来电不轻信，个人信息不透露，转账汇款多核实。**

*转载自微信公众号“南宁市反诈骗”，本站改写。*
""",
        "steps": [
            (
                "S3",
                "骗子冒充购物网站客服联系你，报出从非法渠道买来的购物信息和个人信息，"
                "说你买的商品质量有问题，要给你退款赔偿。",
            ),
            (
                "S6",
                "诱导你在假的退款理赔网页上填写银行卡号、手机号、验证码，转走卡里的钱；"
                "或者趁你不熟悉支付宝、微信里的借款功能，诱导你借出钱来转给他。",
            ),
        ],
        "advice": [
            "A03",  # 正规退款无需先付钱
            "A04",  # 通过官方渠道核实
            "A01",  # 牢记“三不一多”
        ],
        "featured_cases": ["a-ping", "ms-ji"],
    },
    {
        "slug": "lesson-order-brushing-rebate",
        "title": "反诈课堂：刷单返利，先给甜头再收网",
        "kind": "lesson",
        "status": "published",
        "publish_at": at(2022, 3, 15),
        "source_agency": "市公安局反诈中心",
        "original_url": "",
        "original_published_on": None,
        "scam_types": [ORDER_BRUSHING],
        "lead": "“动动手指日赚三百”“点赞关注就有佣金”——刷单返利是发案最多的诈骗类型之一。"
        "它的套路很固定：先返小钱，再要大钱，最后拉黑。",
        "body": """\
刷单返利诈骗的受害者里，学生、宝妈和待业人员最多。骗子抓住的，是“想在家赚点零花钱”的心思。

## 套路只有三段

**先给甜头。** 第一单、第二单都是几十上百元的小任务，做完立刻返还本金和佣金，让你觉得“这活儿靠谱”。

**再要大钱。** 接着让你下载“任务App”，单子越来越大，还说是“连单”，必须一组做完才能提现；做到一半又说“系统卡单”要补单，或者账户被冻结要交“解冻金”。

**最后拉黑。** 你拿不出钱或开始怀疑时，对方就踢你出群、拉黑失联。

## 记住一句话

**所有刷单都是诈骗。** 刷单本身违法，承诺高额返利的兼职，不用考虑。一听到“连单”“卡单”“解冻金”，马上停手，不要想着“再投一笔就能回本”。拿不准就打96110问，被骗了立刻报警110。
""",
        "steps": [
            ("S2", "在群聊、短信或社交平台私信里招“兼职”，说点赞关注、刷单就有日结佣金。"),
            ("S3", "先派小额任务，按时返还本金和佣金，让你相信能赚钱。"),
            ("S4", "让你加入任务群、下载专门的任务App，离开正规平台。"),
            ("S5", "任务金额越来越大，再用“连单”“卡单”“解冻金”逼你继续投钱。"),
            ("S7", "你不再转钱或起了疑心，对方就拉黑失联。"),
        ],
        "advice": [
            "A12",  # 刷单就是诈骗
            "A08",  # “客服”要你加微信或QQ，基本可以判定是骗子
            "A07",  # 拨打96110咨询，被骗立即报警110
        ],
        "featured_cases": ["xiao-zhou", "ms-wang"],
    },
    {
        "slug": "warning-fake-police-safe-account",
        "title": "预警：“民警”来电说你涉嫌洗钱？挂断！",
        "kind": "warning",
        "status": "published",
        "publish_at": at(2022, 6, 1),
        "source_agency": "市公安局反诈中心",
        "original_url": "",
        "original_published_on": None,
        "scam_types": [FAKE_POLICE],
        "lead": "近期冒充公检法诈骗多发，骗子发来伪造的通缉令，要求“资金清查”。"
        "记住：公检法不会电话办案，也没有“安全账户”。",
        "body": """\
近期，冒充公检法的诈骗电话又多了起来，中老年人是主要目标。

## 骗子怎么说

先冒充快递、运营商或医保部门，说你的包裹里有违禁品、医保卡被冒用，然后把电话“转接”给“民警”。“民警”报出你的身份证号，发来盖着红章的“通缉令”，说你涉嫌洗钱，要求你保密配合调查，再让你下载App、共享屏幕，把存款转进“安全账户”接受“资金清查”。

## 三个一定

- 公检法机关**一定不会**通过电话、微信办案，也不会在网上发逮捕令。
- 要你转账到“安全账户”的，**一定是**骗子。
- 要你对家人、银行保密的“警察”，**一定是**假的。

接到这类电话，直接挂断，打110核实。
""",
        "steps": [
            ("S2", "冒充快递、医保或公安人员来电，号码常带“+”号。"),
            ("S3", "报出你的身份证号，说你涉嫌洗钱，发来伪造的通缉令。"),
            ("S5", "要求你保密、单独待在房间里，下载App并共享屏幕。"),
            ("S6", "以“资金清查”为名，让你把存款转进“安全账户”，并索要验证码。"),
        ],
        "advice": [
            "A13",  # 公检法不会电话办案，也没有“安全账户”
            "A10",  # 警惕“+”号和境外来电
            "A05",  # 不要下载陌生 App、不要共享屏幕
            "A07",  # 拨打96110咨询，被骗立即报警110
        ],
        "featured_cases": ["mr-chen", "ms-zhao"],
    },
    {
        # A draft, to show the editorial workflow: never public.
        "slug": "draft-double-twelve-courier-claims",
        "title": "（草稿）“双十二”前再提醒：快递理赔电话先挂断再核实",
        "kind": "warning",
        "status": "draft",
        "publish_at": None,
        "source_agency": "市公安局反诈中心",
        "original_url": "",
        "original_published_on": None,
        "scam_types": [CUSTOMER_SERVICE],
        "lead": "待审核：购物节前后，“快递丢失理赔”电话再次增多。",
        "body": """\
## 待补充

- 本周辖区接报的快递理赔类警情数
- 典型案例一则（待当事人同意后匿名）

接到“快递丢了要赔你”的电话，先挂断，再打开购物App查看物流和订单。
""",
        "steps": [
            ("S3", "来电说你的快递丢了，平台要给你理赔。"),
            ("S6", "让你在链接里填写银行卡信息，或报出验证码。"),
        ],
        "advice": ["A04", "A02"],  # 通过官方渠道核实；验证码是最后一道防线
        "featured_cases": [],
    },
    {
        # Scheduled: published status, but due only some days after loading.
        "slug": "new-year-shopping-seven-red-flags",
        "title": "年货节网购提醒：听到这七句话，立刻挂电话",
        "kind": "lesson",
        "status": "published",
        "publish_in_days": 30,
        "source_agency": "市公安局反诈中心",
        "original_url": "",
        "original_published_on": None,
        "scam_types": [CUSTOMER_SERVICE],
        "lead": "年货节快到了。把假客服最常说的七句话记下来，听到任何一句，就可以挂断电话。",
        "body": """\
1. “您的快递丢了，我们给您双倍赔偿。”
2. “加一下我的企业微信，方便给您处理。”
3. “下载开会宝，打开屏幕共享，我一步步教您。”
4. “您的信用积分不足，赔款到不了账。”
5. “您开通了备用金，要先转出去才能关闭。”
6. “把验证码告诉我，马上给您退款。”
7. “您操作失误了，不处理会影响征信。”

以上说法，都不会出自真正的客服之口。
""",
        "steps": [
            ("S3", "用赔偿、理赔吸引你继续听。"),
            ("S4", "让你加企业微信、下载会议软件。"),
            ("S5", "开屏幕共享，编出信用积分、备用金、征信等借口。"),
            ("S6", "索要验证码或让你转账。"),
        ],
        "advice": [
            "A03",  # 正规退款无需先付钱
            "A05",  # 不要下载陌生 App、不要共享屏幕
            "A02",  # 验证码是最后一道防线
        ],
        "featured_cases": ["a-ping", "ms-he"],
    },
]

# Cases. "steps" are (stage code, technique code or None, what happened);
# losses list only money that left the victim, never the promised
# compensation or the 备用金 shown in the app.
CASES = [
    {
        "ref": "a-qiang",
        "title": "电器公司员工接到“网购客服”赔偿电话，一句话识破",
        "kind": "victim",
        "alias": "阿强（化名）",
        "occupation": "电器公司员工",
        "region": "东莞市塘厦镇",
        "scam_type": CUSTOMER_SERVICE,
        "channel": "电话",
        "summary": "阿强接到自称网购平台客服的电话，对方语气亲昵、连声称“先生”，说要给他赔偿。"
        "阿强一句话点破对方身份，对方随即挂断，没有造成损失。",
        "outcome": "attempted",
        "source_agency": "塘厦公安",
        "source_article": "tangxia-fake-customer-service-calls",
        "publish_at": SEED_001_PUBLISHED,
        "steps": [
            ("S2", "T003", "自称网购平台客服来电，语气亲昵，一口一个“先生”。"),
            ("S3", "T007", "说要给阿强赔偿，想让他顺着往下走。"),
            ("S7", None, "阿强一句话点破对方身份，对方立即挂断。"),
        ],
        "losses": [],
    },
    {
        "ref": "a-ping",
        "title": "店员接“+”号来电称快递丢失，为“关闭备用金”两次转账共7.5万余元",
        "kind": "victim",
        "alias": "阿苹（化名）",
        "occupation": "小店店员",
        "region": "东莞市塘厦镇",
        "occurred_on": date(2020, 10, 30),
        "scam_type": CUSTOMER_SERVICE,
        "platform": "支付宝",
        "channel": "带“+”号的境外来电",
        "summary": "阿苹在抖音买了一条裤子后，接到带“+”号、自称支付宝客服的来电，说快递丢失、平台赔偿130元。"
        "对方报出订单信息取得信任，让她下载“开会宝”、加企业微信并共享屏幕，又以帮她关闭500元备用金为由"
        "让她转账11670.88元，之后称她“操作失误”、将影响征信，她又转出6.4万余元。",
        "outcome": "defrauded",
        "source_agency": "塘厦公安",
        "source_article": "tangxia-fake-customer-service-calls",
        "publish_at": SEED_001_PUBLISHED,
        "steps": [
            ("S2", "T002", "10月30日中午接到带“+”号的来电，对方自称支付宝客服。"),
            ("S3", "T008", "说她在抖音买的裤子快递丢了，平台要赔她130元。"),
            ("S3", "T006", "准确说出她买的商品、订单号和收货地址，阿苹信以为真。"),
            ("S4", "T013", "让她下载“开会宝”App；因为不用填银行卡密码，她放松了警惕。"),
            ("S4", "T012", "让她添加企业微信，方便联系。"),
            ("S5", "T014", "指示她打开“开会宝”里的屏幕共享。"),
            ("S5", "T015", "发来支付宝二维码让她扫码；她看到支付宝里有500元备用金，请对方帮忙关闭。"),
            ("S6", "T023", "对方称转账11670.88元到指定账号即可关闭备用金，130元赔付也会一起退回，她照做。"),
            ("S5", "T017", "对方又称她操作失误，不关闭会影响个人征信。"),
            ("S6", "T023", "阿苹慌了，按对方指引再转出6.4万余元。"),
        ],
        "losses": [
            {"amount": Decimal("11670.88"), "description": "为“关闭备用金”转到对方账号"},
            {
                "amount": Decimal("64000"),
                "approximate": True,
                "description": "原文为“6.4万余元”；被称操作失误、影响征信后转出",
            },
        ],
    },
    {
        "ref": "ningbo-waybills",
        "title": "宁波警方打掉偷拍倒卖快递面单团伙，抓获9人、查获面单照片2万余张",
        "kind": "enforcement",
        "alias": "",
        "region": "宁波市",
        "scam_type": CUSTOMER_SERVICE,
        "platform": "快递公司",
        "summary": "一个团伙以临时应聘的方式进入快递公司，趁整理包裹偷拍快递面单，汇总整理后在网上倒卖。"
        "宁波警方侦破此案，抓获犯罪嫌疑人9名，查获快递面单照片2万余张。",
        "outcome": "solved",
        "suspects_count": 9,
        "source_agency": "宁波警方",
        "source_article": "tangxia-fake-customer-service-calls",
        "publish_at": SEED_001_PUBLISHED,
        "internal_notes": "经塘厦公安文章转述，原始报道来自央视记者调查。",
        "steps": [
            ("S1", "T001", "团伙成员以临时应聘的方式进入快递公司。"),
            ("S1", "T001", "利用整理快递包裹的机会偷拍面单照片。"),
            ("S1", "T001", "把照片汇总整理后在网上倒卖，面单上的姓名、电话、住址落入诈骗分子手中。"),
        ],
        "losses": [],
    },
    {
        "ref": "lao-li",
        "title": "“淘宝客服”称衣服质量有问题要退款，钓鱼链接加验证码骗走4万余元",
        "kind": "victim",
        "alias": "老李",
        "gender": "male",
        "region": "武汉市",
        "scam_type": CUSTOMER_SERVICE,
        "platform": "淘宝",
        "channel": "电话",
        "summary": "老李接到自称淘宝客服的陌生来电，称他买的衣服有问题、厂家回收并退款。对方让他加QQ、"
        "在退款链接中填写姓名、银行卡号和密码，卡内3450元被转走；又以“后台原因”为由承诺双倍赔偿，"
        "让他开通某平台并报出验证码，随后被支出38000元，对方关机。",
        "outcome": "defrauded",
        "source_agency": "武汉反诈骗",
        "source_article": "wuhan-quality-problem-refund-trap",
        "publish_at": SEED_002_PUBLISHED,
        "steps": [
            ("S2", "T003", "陌生来电，对方自称淘宝客服。"),
            ("S3", "T007", "说老李网购的衣服有问题，厂家回收，按商品价格给他退款。"),
            ("S4", "T012", "让老李加QQ。"),
            ("S6", "T021", "通过QQ发来退款链接，要求用姓名、银行卡号和密码登录；随后卡内3450元被转走。"),
            ("S3", "T007", "称是“后台原因”扣了款，让老李开通某平台，承诺通过它双倍赔偿。"),
            ("S6", "T022", "索要验证码，老李报出后手机收到支出38000元的短信。"),
            ("S7", "T025", "再打过去，对方已关机。"),
        ],
        "losses": [
            {
                "amount": Decimal("3450"),
                "payment_method": "card",
                "description": "在钓鱼退款链接中填写银行卡信息后被转走",
            },
            {"amount": Decimal("38000"), "description": "报出验证码后被支出"},
        ],
    },
    {
        "ref": "ms-ji",
        "title": "“客服”许诺三倍赔偿，又称信用积分不足，南京市民被骗10万余元",
        "kind": "victim",
        "alias": "季女士",
        "gender": "female",
        "region": "南京市",
        "scam_type": CUSTOMER_SERVICE,
        "channel": "电话",
        "summary": "季女士接到自称电商平台客服的来电，称商品质量有问题要三倍赔偿，并报出她的单号、姓名和电话。"
        "她按要求下载聊天软件、添加“工作人员小陈”，对方称她信用积分不足、297元赔偿无法到账，"
        "指导她把钱转入指定银行账户“提高信用值”。她先后转入10万余元后被拉黑。",
        "outcome": "defrauded",
        "source_agency": "公安部网安局",
        "source_article": "shopping-season-fake-customer-service",
        "publish_at": SEED_003_PUBLISHED,
        "steps": [
            ("S2", "T003", "接到自称某电商平台客服的电话。"),
            ("S3", "T006", "对方报出她的单号、姓名和电话，季女士信以为真。"),
            ("S3", "T007", "称她买的商品有质量问题，为表歉意给予三倍赔偿。"),
            ("S4", "T013", "让她下载一款聊天软件，说有专人指导退款流程。"),
            ("S4", "T012", "在软件里添加了“工作人员小陈”。"),
            ("S5", "T016", "小陈发起语音通话，称她的支付平台信用积分不足，297元赔偿无法到账。"),
            ("S5", "T016", "小陈指导她一笔一笔把钱转进零钱包，说能提高信用值。"),
            ("S6", "T023", "又称把钱全部转到指定银行账户再转回就能很快提高信用值，她陆续转入10万余元。"),
            ("S7", "T025", "转账后发现已被对方拉黑，随即报警。"),
        ],
        "losses": [
            {
                "amount": Decimal("100000"),
                "approximate": True,
                "payment_method": "bank",
                "description": "原文为“10万余元”；陆续转入指定银行账户",
            },
        ],
    },
    {
        "ref": "ms-he",
        "title": "“快递丢失双倍补偿”，开通备用金再共享屏幕，12万余元存款被转走",
        "kind": "victim",
        "alias": "何女士",
        "gender": "female",
        "scam_type": CUSTOMER_SERVICE,
        "platform": "支付宝",
        "channel": "电话",
        "summary": "何女士接到自称电商客服的来电，称快递丢失、平台双倍补偿，需先开通支付宝备用金。"
        "她开通后提现了显示的500元，对方称金额不对、需退回并关闭，否则每月扣高额手续费，"
        "让她下载软件、共享屏幕，并以关闭备用金为由让她把账户余额全部转出，12万余元存款被转走，对方失联。",
        "outcome": "defrauded",
        "source_agency": "公安部网安局",
        "source_article": "shopping-season-fake-customer-service",
        "publish_at": SEED_003_PUBLISHED,
        "steps": [
            ("S2", "T003", "接到自称电商客服的电话。"),
            ("S3", "T008", "称她的快递丢失，平台双倍补偿，但要先开通支付宝备用金才能收款。"),
            ("S3", "T006", "对方准确报出她的购物信息，她没有怀疑。"),
            ("S5", "T015", "她开通备用金，看到有500元可提现，以为是退款就提了出来。"),
            ("S5", "T017", "“客服”称提现金额不对，要先退回再关闭功能，否则每月扣高额手续费。"),
            ("S4", "T013", "因为不会操作，她按对方指导下载了一个软件。"),
            ("S5", "T014", "在软件里开启了屏幕共享。"),
            (
                "S6",
                "T023",
                "对方称要把账户余额全部转出才能关闭备用金；她输入支付密码，12万余元存款转到了对方指定的账户。",
            ),
            ("S7", "T025", "对方称关闭后存款和退款会一起打回，之后再也联系不上，她报警求助。"),
        ],
        "losses": [
            {
                "amount": Decimal("120000"),
                "approximate": True,
                "description": "原文为“12余万”；为“关闭备用金”转出账户余额",
            },
        ],
    },
    # —— Invented, to show the other scam types ——
    {
        "ref": "xiao-zhou",
        "title": "大学生做“点赞兼职”，连单卡单三次转账共2.6万元",
        "kind": "victim",
        "alias": "小周（化名）",
        "age_band": "18-25",
        "gender": "male",
        "occupation": "在校大学生",
        "region": "南宁市",
        "occurred_on": date(2022, 2, 20),
        "reported_on": date(2022, 2, 21),
        "scam_type": ORDER_BRUSHING,
        "platform": "抖音",
        "channel": "QQ",
        "summary": "小周在QQ兼职群看到“点赞关注赚佣金”的广告，前两单各返还几十元佣金。之后对方让他下载任务App，"
        "以“连单未完成不能提现”“系统卡单需补单”为由让他三次转账，共2.6万元，提现时被踢出群。",
        "outcome": "defrauded",
        "source_agency": "市公安局反诈中心",
        "source_article": "lesson-order-brushing-rebate",
        "publish_at": at(2022, 3, 15),
        "internal_notes": DEMO_NOTE,
        "steps": [
            ("S2", "T005", "在QQ兼职群看到“点赞关注赚佣金，日结”的广告。"),
            ("S3", "T010", "前两单小任务各返还几十元佣金。"),
            ("S4", "T013", "对方让他下载“任务App”领取高佣金任务。"),
            ("S5", "T018", "第一笔3000元后被告知是连单，需继续做完才能提现。"),
            ("S5", "T018", "又称系统卡单，需要补单。"),
            ("S7", "T025", "提出提现后被踢出群、拉黑。"),
        ],
        "losses": [
            {"amount": Decimal("3000"), "payment_method": "wechat", "description": "第一组任务“垫付”"},
            {"amount": Decimal("8000"), "payment_method": "bank", "description": "连单任务"},
            {"amount": Decimal("15000"), "payment_method": "bank", "description": "“卡单”后补单"},
        ],
    },
    {
        "ref": "ms-wang",
        "title": "宝妈刷单被要求交“解冻金”，接到96110劝阻电话后及时止付",
        "kind": "victim",
        "alias": "王女士",
        "age_band": "26-35",
        "gender": "female",
        "occupation": "全职妈妈",
        "region": "武汉市",
        "occurred_on": date(2022, 3, 2),
        "reported_on": date(2022, 3, 2),
        "scam_type": ORDER_BRUSHING,
        "channel": "社交平台私信",
        "summary": "王女士通过社交平台私信接触刷单兼职，转出2000元后被要求缴纳“解冻金”。"
        "准备再次转账时接到96110预警电话，民警上门劝阻并协助止付。",
        "outcome": "stopped",
        "source_agency": "市公安局反诈中心",
        "source_article": "lesson-order-brushing-rebate",
        "publish_at": at(2022, 3, 15),
        "internal_notes": DEMO_NOTE,
        "steps": [
            ("S2", "T005", "收到社交平台私信，称在家刷单日结佣金。"),
            ("S4", "T012", "被拉进任务群。"),
            ("S5", "T019", "转出2000元后，对方称账户被冻结，需缴纳解冻金。"),
            ("S7", None, "准备再次转账时接到96110预警电话，民警劝阻并协助止付。"),
        ],
        "losses": [
            {"amount": Decimal("2000"), "payment_method": "wechat", "description": "第一单“垫付”，已申请止付"},
        ],
    },
    {
        "ref": "mr-chen",
        "title": "退休教师被“民警”称涉嫌洗钱，转入“安全账户”28万元",
        "kind": "victim",
        "alias": "陈先生",
        "age_band": "60plus",
        "gender": "male",
        "occupation": "退休教师",
        "region": "南京市",
        "occurred_on": date(2022, 5, 10),
        "reported_on": date(2022, 5, 12),
        "scam_type": FAKE_POLICE,
        "channel": "带“+”号的境外来电",
        "summary": "陈先生接到自称医保中心的“+”号来电，被转接给“民警”，对方称他涉嫌洗钱并发来伪造通缉令，"
        "要求保密并共享屏幕，以资金清查为名让他把28万元转入“安全账户”。",
        "outcome": "defrauded",
        "source_agency": "市公安局反诈中心",
        "source_article": "warning-fake-police-safe-account",
        "publish_at": at(2022, 6, 1),
        "internal_notes": DEMO_NOTE,
        "steps": [
            ("S2", "T002", "接到带“+”号的来电，自称医保中心，称其医保卡异地违规使用。"),
            ("S2", "T004", "电话被“转接”给自称公安局的办案民警。"),
            ("S3", "T011", "对方称他涉嫌洗钱，发来伪造的通缉令。"),
            ("S5", "T020", "要求他保密，不得告诉家人。"),
            ("S5", "T014", "让他下载App并共享屏幕。"),
            ("S6", "T024", "以资金清查为名，让他把存款转进“安全账户”。"),
        ],
        "losses": [
            {"amount": Decimal("280000"), "payment_method": "bank", "description": "转入“安全账户”"},
        ],
    },
    {
        "ref": "ms-zhao",
        "title": "“快递藏违禁品”来电后欲转账，银行柜员识破劝阻",
        "kind": "victim",
        "alias": "赵女士",
        "age_band": "46-59",
        "gender": "female",
        "region": "宁波市",
        "occurred_on": date(2022, 5, 20),
        "scam_type": FAKE_POLICE,
        "channel": "电话",
        "summary": "赵女士接到“快递员”来电称其包裹藏有违禁品，随后被转给“民警”要求资金清查。"
        "她到银行准备转账时，柜员察觉异常并报警，未造成损失。",
        "outcome": "attempted",
        "source_agency": "市公安局反诈中心",
        "source_article": "warning-fake-police-safe-account",
        "publish_at": at(2022, 6, 1),
        "internal_notes": DEMO_NOTE,
        "steps": [
            ("S3", "T011", "“快递员”来电称她寄出的包裹里查出违禁品。"),
            ("S2", "T004", "电话被转接给“民警”。"),
            ("S6", "T024", "“民警”要求她把存款转到指定账户做资金清查。"),
            ("S7", None, "到银行转账时柜员察觉异常，报警劝阻。"),
        ],
        "losses": [],
    },
    {
        # Internal: published for analysts, never on the public site.
        "ref": "internal-plus-calls",
        "title": "内部研判：同一境外号段集中拨打辖区网购用户，冒充客服理赔",
        "kind": "victim",
        "alias": "刘女士",
        "gender": "female",
        "region": "东莞市塘厦镇",
        "occurred_on": date(2022, 11, 8),
        "reported_on": date(2022, 11, 8),
        "scam_type": CUSTOMER_SERVICE,
        "platform": "拼多多",
        "channel": "带“+”号的境外来电",
        "summary": "当事人接到境外号段来电，被称快递丢失理赔，按要求添加企业微信并共享屏幕后转账8800元。",
        "outcome": "investigating",
        "is_public": False,
        "source_agency": "市公安局反诈中心",
        "publish_at": at(2022, 11, 10),
        "internal_notes": DEMO_NOTE + "同号段一周内在辖区拨打多次，已推送预警并申请止付。",
        "steps": [
            ("S2", "T002", "接到境外号段来电，自称拼多多客服。"),
            ("S3", "T008", "称快递丢失要理赔。"),
            ("S4", "T012", "让她添加企业微信。"),
            ("S5", "T014", "共享屏幕后按指引操作。"),
            ("S6", "T023", "转账到指定账户。"),
        ],
        "losses": [
            {"amount": Decimal("8800"), "payment_method": "alipay", "description": "转到指定账户"},
        ],
    },
    # —— Invented, one per scam type added with the full taxonomy ——
    {
        "ref": "mr-liu-investment",
        "title": "被拉进“荐股群”跟“老师”打新股，补缴“中签款”后无法提现",
        "kind": "victim",
        "alias": "刘先生",
        "age_band": "46-59",
        "gender": "male",
        "occupation": "个体经营者",
        "region": "南京市",
        "occurred_on": date(2023, 4, 10),
        "reported_on": date(2023, 5, 6),
        "scam_type": INVESTMENT,
        "channel": "微信",
        "summary": "刘先生被拉进一个炒股群，群里“老师”每天荐股、“群友”晒收益。他在对方给的内部平台上先赚了几百元并提现成功，"
        "随后被告知新股中签要补缴认购款，前后转账三次。想提现时平台要求先交个人所得税，他这才报警。",
        "outcome": "defrauded",
        "source_agency": "市公安局反诈中心",
        "publish_at": at(2023, 5, 20),
        "internal_notes": DEMO_NOTE,
        "steps": [
            ("S2", "T030", "陌生人拉他进“炒股交流群”，“老师”每天免费荐股。"),
            ("S3", "T037", "群友天天晒收益截图，感谢老师。"),
            ("S4", "T043", "“助理”发来链接，让他下载内部交易平台。"),
            ("S3", "T010", "先投入5000元，几天后赚了600元并顺利提现。"),
            ("S5", "T049", "被告知新股中签，须补缴认购款，否则违约。"),
            ("S7", "T054", "想提现时，平台要求先交个人所得税，随后平台打不开。"),
        ],
        "losses": [
            {"amount": Decimal("50000"), "payment_method": "bank", "description": "第一次入金"},
            {"amount": Decimal("120000"), "payment_method": "bank", "description": "补缴“中签款”"},
        ],
    },
    {
        "ref": "ms-zhang-loan",
        "title": "网上申请贷款，“卡号填错”要交解冻金，钱没借到反被骗走1.2万元",
        "kind": "victim",
        "alias": "张女士",
        "age_band": "26-35",
        "gender": "female",
        "occupation": "店员",
        "region": "武汉市",
        "occurred_on": date(2023, 6, 2),
        "reported_on": date(2023, 6, 3),
        "scam_type": LOAN,
        "channel": "短信",
        "summary": "张女士收到“无抵押、当天放款”的短信，下载对方发来的App申请5万元，页面很快显示审批通过。"
        "提现时被告知银行卡号填错、资金冻结，先后交了解冻金和“验资”流水，贷款始终没有到账。",
        "outcome": "defrauded",
        "source_agency": "市公安局反诈中心",
        "publish_at": at(2023, 6, 20),
        "internal_notes": DEMO_NOTE,
        "steps": [
            ("S2", "T029", "收到短信：无抵押、不看征信，当天放款。"),
            ("S4", "T043", "按短信链接下载了一个“贷款App”并填写资料。"),
            ("S3", "T036", "App显示5万元额度已审批通过。"),
            ("S5", "T045", "提现时“客服”称她银行卡号填错，资金被冻结，要交解冻金。"),
            ("S5", "T044", "又称她流水不足，需转账验资证明还款能力。"),
            ("S7", "T025", "再联系客服已被拉黑。"),
        ],
        "losses": [
            {"amount": Decimal("5000"), "payment_method": "bank", "description": "解冻金"},
            {"amount": Decimal("7000"), "payment_method": "bank", "description": "“验资”流水"},
        ],
    },
    {
        "ref": "xiao-yang-credit",
        "title": "毕业生接到“注销校园贷”电话，借款清空额度后转出4.3万元",
        "kind": "victim",
        "alias": "小杨（化名）",
        "age_band": "18-25",
        "gender": "male",
        "occupation": "公司职员",
        "region": "南宁市",
        "occurred_on": date(2023, 3, 14),
        "reported_on": date(2023, 3, 14),
        "scam_type": CREDIT_REPAIR,
        "channel": "电话",
        "summary": "刚毕业的小杨接到自称金融平台客服的电话，对方报出他的身份证号和学校，说他上学时注册的学生账户要注销，"
        "否则影响征信。他按指示共享屏幕，在几个借款平台借出4.3万元转到“监管账户”，随后被要求删除App。",
        "outcome": "defrauded",
        "source_agency": "南宁市反诈骗",
        "publish_at": at(2023, 4, 1),
        "internal_notes": DEMO_NOTE,
        "steps": [
            ("S1", "T026", "对方准确报出他的姓名、身份证号和毕业学校。"),
            ("S2", "T028", "自称某金融平台客服，说接到监管通知。"),
            ("S3", "T035", "称他上学时注册过学生账户，不注销会影响征信。"),
            ("S5", "T014", "让他下载会议软件并打开屏幕共享。"),
            ("S5", "T044", "说注销前要把各平台额度借出来“清空”。"),
            ("S6", "T023", "借到的4.3万元被转到所谓的监管账户。"),
            ("S7", "T055", "对方让他卸载App、删除聊天记录，说注销已完成。"),
        ],
        "losses": [
            {"amount": Decimal("43000"), "payment_method": "loan", "description": "多个平台借款后转出"},
        ],
    },
    {
        "ref": "ms-sun-shopping",
        "title": "朋友圈低价“内部价”茅台，私下转账后被拉黑",
        "kind": "victim",
        "alias": "孙女士",
        "age_band": "36-45",
        "gender": "female",
        "occupation": "教师",
        "region": "宁波市",
        "occurred_on": date(2023, 1, 8),
        "reported_on": date(2023, 1, 12),
        "scam_type": SHOPPING,
        "platform": "微信",
        "channel": "微信",
        "summary": "孙女士在朋友圈看到有人以“内部价”出售名酒，加微信后对方说私下转账更便宜、只剩几箱。"
        "她转了8000元，对方发来一个查不到的物流单号，又说货被扣要补运费，随后将她拉黑。",
        "outcome": "defrauded",
        "source_agency": "宁波警方",
        "publish_at": at(2023, 1, 30),
        "internal_notes": DEMO_NOTE,
        "steps": [
            ("S2", "T031", "朋友圈广告称名酒“内部价”，远低于市场价。"),
            ("S4", "T042", "对方说走平台要扣手续费，私下转账更便宜。"),
            ("S3", "T041", "称只剩最后几箱，先付全款才能留货。"),
            ("S6", "T052", "按要求扫个人收款码付款8000元。"),
            ("S7", "T056", "对方发来查不到的单号，又称货被扣要补钱，随后拉黑。"),
        ],
        "losses": [
            {"amount": Decimal("8000"), "payment_method": "wechat", "description": "货款"},
        ],
    },
    {
        "ref": "mr-zhou-boss",
        "title": "会计收到“老板”新微信要求转账，电话核实后识破",
        "kind": "victim",
        "alias": "周先生",
        "age_band": "36-45",
        "gender": "male",
        "occupation": "企业会计",
        "region": "东莞市塘厦镇",
        "occurred_on": date(2023, 7, 18),
        "reported_on": date(2023, 7, 18),
        "scam_type": ACQUAINTANCE,
        "channel": "微信",
        "summary": "周先生收到一个头像、昵称都和老板一样的微信好友申请，对方说换了新号，正在开会不便接电话，"
        "要他马上给一位“合作方”转20万元项目款。周先生按原来存的号码给老板打电话，发现是骗局，没有转账。",
        "outcome": "attempted",
        "source_agency": "塘厦公安",
        "publish_at": at(2023, 7, 25),
        "internal_notes": DEMO_NOTE,
        "steps": [
            ("S1", "T027", "对方用老板的头像和昵称注册新微信，称换号了。"),
            ("S2", "T032", "通过好友后先问工作进展，让他第二天去办公室。"),
            ("S3", "T039", "称要给合作方付项目款，自己不方便出面。"),
            ("S5", "T048", "说正在开会不能接电话，催他马上转账。"),
            ("S6", "T052", "发来一个个人银行账户，要求转入20万元。"),
        ],
        "losses": [],
    },
    {
        "ref": "xiao-lin-game",
        "title": "初中生卖游戏账号，被假交易平台以“解冻”为名骗走3200元",
        "kind": "victim",
        "alias": "小林（化名）",
        "age_band": "under18",
        "gender": "male",
        "occupation": "初中生",
        "region": "武汉市",
        "occurred_on": date(2023, 8, 5),
        "reported_on": date(2023, 8, 6),
        "scam_type": GAME_TRADING,
        "channel": "QQ",
        "summary": "小林在游戏里收到“高价收号”的私信，加QQ后被引到一个陌生交易网站挂售账号。"
        "网站显示买家已付款，提现时客服却说他卡号填错、账户冻结，他用家长手机先后转账3200元“解冻”。",
        "outcome": "defrauded",
        "source_agency": "武汉反诈骗",
        "publish_at": at(2023, 8, 20),
        "internal_notes": DEMO_NOTE,
        "steps": [
            ("S2", "T033", "游戏私信称高价收购他的账号。"),
            ("S4", "T042", "对方说官方平台手续费高，换到一个交易网站成交。"),
            ("S4", "T043", "按对方给的网址注册并挂售账号。"),
            ("S5", "T045", "提现时“客服”称卡号填错，账户被冻结。"),
            ("S5", "T046", "交了解冻费后又被要求交会员费。"),
            ("S7", "T025", "网站打不开，买家和客服都拉黑了他。"),
        ],
        "losses": [
            {"amount": Decimal("1000"), "payment_method": "wechat", "description": "解冻费"},
            {"amount": Decimal("2200"), "payment_method": "wechat", "description": "会员费"},
        ],
    },
    {
        "ref": "ms-huang-romance",
        "title": "婚恋网站结识“海外工程师”，被带进博彩平台损失36万元",
        "kind": "victim",
        "alias": "黄女士",
        "age_band": "36-45",
        "gender": "female",
        "occupation": "企业职员",
        "region": "南京市",
        "occurred_on": date(2022, 11, 20),
        "reported_on": date(2023, 1, 9),
        "scam_type": ROMANCE,
        "channel": "社交平台私信",
        "summary": "黄女士在婚恋网站结识自称海外工程师的男子，两人很快以夫妻相称。对方说朋友发现了平台漏洞，"
        "带她在一个网站上投注，先赚后亏，提现时被要求交保证金和税费，前后投入36万元后对方消失。",
        "outcome": "defrauded",
        "source_agency": "市公安局反诈中心",
        "publish_at": at(2023, 1, 30),
        "internal_notes": DEMO_NOTE,
        "steps": [
            ("S2", "T034", "婚恋网站上的男子自称在海外做工程，单身多年。"),
            ("S3", "T040", "每天早晚问候，一个月后以夫妻相称，谈到结婚。"),
            ("S3", "T038", "称朋友在平台做技术，发现了漏洞，稳赚不赔。"),
            ("S6", "T053", "她按客服给的卡号多次充值，每次卡号都不一样。"),
            ("S5", "T050", "她想收手时，对方说她不信任他，已替她垫了一半。"),
            ("S5", "T046", "提现要先交保证金和个人所得税。"),
            ("S7", "T025", "她拿不出钱后，对方删除好友，平台也打不开了。"),
        ],
        "losses": [
            {"amount": Decimal("360000"), "payment_method": "bank", "description": "多次充值", "approximate": True},
        ],
    },
]
