"""Police advice several scam types share: the mitigations, each with a stable code.

Advice only one type needs lives in that type's module. "techniques" are
technique codes, "scam_types" slugs.
"""

from .slugs import (
    ALL_TYPES,
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

ADVICE = [
    {
        "code": "A01",
        "title": "牢记“三不一多”",
        "order": 1,
        "is_general": True,
        "body": "未知链接不点击，陌生来电不轻信，个人信息不透露，转账汇款多核实。"
        "无论对方自称是谁，只要谈到转账、借款、验证码，先停下来核实。",
        "techniques": ["T021", "T002", "T006", "T023", "T043", "T052"],
        "scam_types": ALL_TYPES,
    },
    {
        "code": "A02",
        "title": "验证码是最后一道防线",
        "order": 2,
        "is_general": True,
        "body": "手机收到的各种验证码是保护账户和资金的最后一道关口，银行、平台、警察都不会向你索要。"
        "任何人以任何理由要你报出、转发验证码，都要直接拒绝。",
        "techniques": ["T022", "T021", "T051"],
        "scam_types": [CUSTOMER_SERVICE, ORDER_BRUSHING, FAKE_POLICE, CREDIT_REPAIR, LOAN, GAME_TRADING],
    },
    {
        "code": "A05",
        "title": "不要下载陌生 App、不要共享屏幕",
        "order": 5,
        "is_general": False,
        "body": "正规客服不会让你到第三方平台沟通或交易。凡是要你下载会议软件、聊天软件、“退款专用”App，"
        "或要你打开屏幕共享的，一律不理睬；已经打开的，立即结束共享并卸载。",
        "techniques": ["T013", "T014", "T043"],
        "scam_types": [
            CUSTOMER_SERVICE,
            ORDER_BRUSHING,
            FAKE_POLICE,
            CREDIT_REPAIR,
            LOAN,
            INVESTMENT,
            ROMANCE,
            GAME_TRADING,
            SHOPPING,
        ],
    },
    {
        "code": "A07",
        "title": "拨打96110咨询，被骗立即报警110",
        "order": 7,
        "is_general": True,
        "body": "拿不准时拨打96110反诈专线咨询；接到96110的来电请务必接听，那是警方在提醒你。"
        "一旦发现被骗，立即拨打110报警，并保存好转账记录、聊天记录和对方账号，越早报警越有机会止付。",
        "techniques": ["T025", "T054", "T055"],
        "scam_types": ALL_TYPES,
    },
    {
        "code": "A08",
        "title": "“客服”要你加微信或QQ，基本可以判定是骗子",
        "order": 8,
        "is_general": False,
        "body": "真正的平台客服在平台内就能处理售后，不会让你加私人微信、QQ或企业微信。"
        "对方一提“加个微信方便处理”，就可以挂断了。",
        "techniques": ["T012"],
        "scam_types": [CUSTOMER_SERVICE, ORDER_BRUSHING, CREDIT_REPAIR, LOAN],
    },
    {
        "code": "A09",
        "title": "备用金、借呗是贷款，不是退款",
        "order": 9,
        "is_general": False,
        "body": "支付宝备用金、借呗、微粒贷等都是小额借款，里面显示的钱是借给你的，要按期归还。"
        "有人让你开通、提现或“关闭”这些功能来拿退款，就是在骗你借钱给他。",
        "techniques": ["T015", "T016"],
        "scam_types": [CUSTOMER_SERVICE, CREDIT_REPAIR],
    },
    {
        "code": "A10",
        "title": "警惕“+”号和境外来电",
        "order": 10,
        "is_general": False,
        "body": "国内平台的客服和公安机关不会用带“+”号的境外号码联系你。看到这样的来电自称客服或警察，直接挂断。",
        "techniques": ["T002"],
        "scam_types": [CUSTOMER_SERVICE, FAKE_POLICE, CREDIT_REPAIR],
    },
    {
        "code": "A11",
        "title": "网购选有资质的商家，不贪低价",
        "order": 11,
        "is_general": False,
        "body": "网购时选择有网上经营资质的商家；价格明显低于市场价的商品要多留个心眼，低价往往是诱饵。",
        "techniques": ["T031", "T041"],
        "scam_types": [CUSTOMER_SERVICE, SHOPPING],
    },
    {
        "code": "A14",
        "title": "投资理财认准持牌机构，“稳赚不赔”必是骗局",
        "order": 14,
        "is_general": False,
        "body": "炒股、理财只用正规证券公司、银行和基金公司的官方App，可以在证监会等官方网站查到它们的资质。"
        "拉你进群荐股的“老师”、说有内幕消息和平台漏洞的人、保证收益的项目，都不要信。",
        "techniques": ["T030", "T037", "T038", "T049", "T053"],
        "scam_types": [INVESTMENT, ROMANCE],
    },
    {
        "code": "A15",
        "title": "提现、放款前要你先交钱的，都是骗局",
        "order": 15,
        "is_general": False,
        "body": "正规平台提现、放款、发货，不会让你先交手续费、个人所得税、保证金、解冻金或会员费，"
        "更不会让你转到个人账户。一听到“先交一笔才能取出来”，就该停手报警，别想着把前面的钱“救回来”。",
        "techniques": ["T046", "T019", "T054", "T045"],
        "scam_types": [INVESTMENT, ROMANCE, LOAN, GAME_TRADING, ORDER_BRUSHING, SHOPPING],
    },
    {
        "code": "A24",
        "title": "不装陌生人发来的平台和App",
        "order": 24,
        "is_general": False,
        "body": "投资、贷款、交易、做任务的App，只从手机自带的应用商店或机构官网下载。对方发来的链接、二维码、"
        "“复制到浏览器打开”的网址，应用商店里搜不到的平台，一律不装、不注册、不充值。",
        "techniques": ["T043", "T053"],
        "scam_types": [ORDER_BRUSHING, INVESTMENT, LOAN, GAME_TRADING, ROMANCE, SHOPPING],
    },
    {
        "code": "A25",
        "title": "要你删App、删记录，就是在销毁证据",
        "order": 25,
        "is_general": False,
        "body": "正规机构办完业务不会要求你卸载软件、清空聊天和通话记录。遇到这种要求，不要删，马上截图保存，"
        "拨打110报警，这些记录是警方止付和追赃的关键。",
        "techniques": ["T055"],
        "scam_types": [CREDIT_REPAIR, LOAN, FAKE_POLICE],
    },
    {
        "code": "A26",
        "title": "钱被“冻结”要交钱解冻，就是诈骗",
        "order": 26,
        "is_general": False,
        "body": "卡号填错、操作违规、账户异常，正规平台只会让你在App里改正或找官方客服核实，不会收解冻费。"
        "说你的钱被冻结、要先交钱才能解冻的，都是骗子。",
        "techniques": ["T045", "T019"],
        "scam_types": [LOAN, GAME_TRADING, ORDER_BRUSHING],
    },
]
