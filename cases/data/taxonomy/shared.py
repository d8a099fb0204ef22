"""Techniques several scam types use: one row each, listing every type that uses it.

T001–T025 came first (three types); this module holds those of them that are
shared, now linked to every type they serve, and the shared moves added for
the other seven types.
"""

from .slugs import (
    ACQUAINTANCE,
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

TECHNIQUES = [
    # —— S1 获取个人信息 ——
    {
        "code": "T026",
        "stage": "S1",
        "name": "利用泄露的身份、学籍和借款信息",
        "summary": "骗子手里有你的姓名、身份证号、毕业学校甚至借款记录，多半来自泄露或倒卖的数据。"
        "他一开口就报出来，是想让你以为他在“系统里查到”了你。",
        "scam_types": [FAKE_POLICE, CREDIT_REPAIR, LOAN],
        "red_flags": [
            ("您在大学期间注册过", 4),
            ("我们这边有您的借款记录", 3),
            ("核对一下您的身份证号", 2),
            (r"(系统|后台|我们这边).{0,6}(查到|显示|记录).{0,6}(您|你)的?(名下|身份证|在校|上学|读书|大学)", 3, True),
        ],
    },
    # —— S2 冒充身份接触 ——
    {
        "code": "T002",
        "stage": "S2",
        "name": "带“+”号或境外号码来电",
        "summary": "号码以“+”开头、显示为境外或网络电话，却自称国内平台客服或警察。正规客服和公安机关不会这样打来。",
        "scam_types": [CUSTOMER_SERVICE, FAKE_POLICE, CREDIT_REPAIR],
        "red_flags": [
            ("+00", 3),
            ("境外来电", 3),
            ("网络电话", 2),
            (r"\+\s?\d{2,4}[\s-]?\d{5,}", 2, True),
        ],
    },
    {
        "code": "T028",
        "stage": "S2",
        "name": "冒充金融监管、征信中心或贷款平台工作人员",
        "summary": "对方自称银保监会、人民银行征信中心、某金融平台或贷款公司的工作人员，说你的账户、额度或征信有问题。"
        "监管部门不会打电话让你处理个人借款，更不会让你转账。",
        "scam_types": [CREDIT_REPAIR, LOAN],
        "red_flags": [
            ("银保监会工作人员", 4),
            ("征信中心的", 3),
            ("金融监管局", 3),
            (r"我是.{0,8}(银保监|金融监管|征信中心|人民银行|金融的客服|贷款.{0,2}客服)", 4, True),
            (r"(京东金融|度小满|蚂蚁|借呗|微粒贷|360借条|花呗).{0,4}(客服|工作人员|专员)", 3, True),
        ],
    },
    # —— S3 编造信任借口 ——
    {
        "code": "T006",
        "stage": "S3",
        "name": "准确报出订单或个人信息",
        "summary": "对方能说出你买了什么、订单号、收货地址甚至身份证号，让你以为他一定是“自己人”。"
        "信息准确只说明它泄露了，不能证明对方身份。",
        "scam_types": [CUSTOMER_SERVICE, FAKE_POLICE, CREDIT_REPAIR, LOAN],
        "red_flags": [
            ("您是不是在我们店买了", 3),
            ("核对一下您的收货地址", 2),
            ("您的订单号是", 2),
            (r"您在.{0,8}(月|号|日).{0,8}(购买|买)的", 2, True),
        ],
    },
    {
        "code": "T010",
        "stage": "S3",
        "name": "小额返利建立信任",
        "summary": "刷单骗局的开头，先让你做几单小任务并按时返还本金和佣金，让你相信能赚钱，再引你投入更多。",
        "scam_types": [ORDER_BRUSHING, INVESTMENT, ROMANCE],
        "red_flags": [
            ("首单返利", 4),
            ("先做一单体验一下", 3),
            ("本金加佣金马上返", 4),
            ("佣金秒到账", 3),
            ("先垫付", 3),
            ("返佣金", 3),
        ],
    },
    {
        "code": "T037",
        "stage": "S3",
        "name": "晒收益截图、托儿营造稳赚氛围",
        "summary": "群里、朋友圈里天天有人晒盈利截图、感谢“老师”，网恋对象也常给你看他的收益。"
        "这些“群友”多是骗子的同伙，截图也能随手伪造，目的只有一个：让你相信跟着做就能赚。",
        "scam_types": [INVESTMENT, ROMANCE],
        "red_flags": [
            ("晒一下今天的收益", 3),
            ("感谢老师带我回本", 4),
            ("又是满满的收益", 3),
            ("你看我这个月赚了", 2),
            (r"跟着?(老师|导师|大神|大哥|我).{0,6}(赚|盈利|挣|回本|翻倍)", 4, True),
        ],
    },
    {
        "code": "T038",
        "stage": "S3",
        "name": "透露“内幕消息”“平台漏洞”，许诺稳赚不赔",
        "summary": "说自己有内幕消息、内部数据，或者亲戚在平台做技术、发现了系统漏洞，跟着他买就“稳赚不赔”。"
        "真有稳赚的门路，没人会告诉一个陌生人。",
        "scam_types": [INVESTMENT, ROMANCE],
        "red_flags": [
            ("稳赚不赔", 5),
            ("内幕消息", 4),
            ("平台有漏洞", 5),
            ("我有内部数据", 4),
            ("保本保收益", 4),
            (r"(稳赚|包赚|只赚不赔|保证盈利|保证收益|零风险)", 4, True),
        ],
    },
    # —— S4 引导脱离平台 ——
    {
        "code": "T012",
        "stage": "S4",
        "name": "要求添加QQ、微信或企业微信",
        "summary": "让你加QQ、微信、企业微信或进群，说是“专属客服”“工作人员”。一离开官方平台，聊天和转账就没有平台监管了。"
        "客服要你加私人联系方式，基本可以判定是骗子。",
        "scam_types": [
            CUSTOMER_SERVICE,
            ORDER_BRUSHING,
            INVESTMENT,
            LOAN,
            CREDIT_REPAIR,
            SHOPPING,
            ACQUAINTANCE,
            GAME_TRADING,
            ROMANCE,
        ],
        "red_flags": [
            ("加我QQ", 4),
            ("添加企业微信", 4),
            ("专属客服", 3),
            ("拉你进任务群", 4),
            (r"加(我|一下)?.{0,4}(QQ|qq|微信|企业微信|企微)", 3, True),
        ],
    },
    {
        "code": "T013",
        "stage": "S4",
        "name": "诱导下载会议或聊天软件",
        "summary": "让你下载“开会宝”之类的会议软件、陌生聊天软件或“退款专用”“办案专用”App，方便后面共享屏幕、远程指挥。",
        "scam_types": [CUSTOMER_SERVICE, ORDER_BRUSHING, FAKE_POLICE, CREDIT_REPAIR, LOAN, INVESTMENT],
        "red_flags": [
            ("开会宝", 4),
            ("下载会议软件", 4),
            ("退款专用软件", 4),
            ("下载这个App", 2),
            (r"下载.{0,8}(会议|聊天|退款|理赔|办案|任务).{0,4}(软件|App|APP|app)", 4, True),
        ],
    },
    {
        "code": "T042",
        "stage": "S4",
        "name": "绕开平台担保，私下交易或到陌生网站交易",
        "summary": "说平台手续费高、走平台太慢，让你加微信直接转账，或者换到他给的“交易网站”成交。"
        "离开了平台担保，钱付出去就没人替你追回。",
        "scam_types": [SHOPPING, GAME_TRADING],
        "red_flags": [
            ("私下交易", 4),
            ("平台手续费太高", 3),
            ("换个平台交易", 3),
            ("加微信直接转账更便宜", 4),
            (r"(不走|别走|绕开|跳过|不用走).{0,4}(平台|担保|官方|闲鱼|交易猫)", 4, True),
        ],
    },
    {
        "code": "T043",
        "stage": "S4",
        "name": "诱导下载虚假投资、贷款或交易平台",
        "summary": "发来链接或二维码，让你下载某个“投资平台”“贷款App”“任务App”“游戏交易平台”，或用浏览器打开一个网址。"
        "这些平台是骗子自己搭的，上面的余额、收益和放款记录都是他想让你看到的数字。",
        "scam_types": [ORDER_BRUSHING, INVESTMENT, LOAN, GAME_TRADING, ROMANCE, SHOPPING],
        "red_flags": [
            ("复制链接到浏览器打开", 4),
            ("应用商店里搜不到", 4),
            ("内部交易平台", 4),
            ("扫码下载App", 3),
            (
                r"(下载|注册|登录).{0,6}(投资|理财|贷款|借款|交易|任务|博彩|彩票|外汇|数字货币)(平台|App|APP|app|软件|网站)",
                3,
                True,
            ),
        ],
    },
    # —— S5 操控与施压 ——
    {
        "code": "T014",
        "stage": "S5",
        "name": "诱导开启屏幕共享",
        "summary": "让你在软件里打开“屏幕共享”，说是方便指导操作。对方由此能看到你的余额、密码和验证码，一步步指挥你转账。",
        "scam_types": [CUSTOMER_SERVICE, ORDER_BRUSHING, FAKE_POLICE, CREDIT_REPAIR, LOAN],
        "red_flags": [
            ("屏幕共享", 5),
            ("共享屏幕", 5),
            ("我帮您远程操作", 4),
            ("按我说的一步步操作", 3),
        ],
    },
    {
        "code": "T015",
        "stage": "S5",
        "name": "诱导开通或“关闭”备用金、借呗等借款",
        "summary": "让你开通支付宝“备用金”、借呗、微粒贷等借款功能，或说这些功能要先转钱才能关闭。"
        "备用金和借呗都是贷款，借出的钱要你自己还。",
        "scam_types": [CUSTOMER_SERVICE, ORDER_BRUSHING, CREDIT_REPAIR],
        "red_flags": [
            ("备用金", 3),
            ("借呗", 3),
            ("微粒贷", 3),
            ("先借出来再还回去", 4),
            (r"(关闭|取消|开通).{0,4}(备用金|借呗|微粒贷)", 4, True),
        ],
    },
    {
        "code": "T017",
        "stage": "S5",
        "name": "谎称操作失误、威胁影响征信",
        "summary": "在你转过一次钱后，说你“操作失误”、金额不对，不马上补救就会影响征信或每月扣高额手续费，逼你继续转账。",
        "scam_types": [CUSTOMER_SERVICE, CREDIT_REPAIR, LOAN],
        "red_flags": [
            ("操作失误", 3),
            ("影响征信", 4),
            ("影响个人征信", 4),
            ("每月扣除高额手续费", 4),
        ],
    },
    {
        "code": "T019",
        "stage": "S5",
        "name": "要求缴纳解冻金或保证金",
        "summary": "说你的账户因操作违规被冻结，或信誉分不足，要先交解冻金、保证金才能提现。交了之后还会有新的名目。",
        "scam_types": [ORDER_BRUSHING, INVESTMENT, LOAN, GAME_TRADING, ROMANCE],
        "red_flags": [
            ("解冻金", 5),
            ("保证金", 2),
            ("信誉分不足", 4),
            (r"(账户|账号).{0,4}冻结.{0,10}(缴纳|交|充值)", 4, True),
        ],
    },
    {
        "code": "T044",
        "stage": "S5",
        "name": "以“刷流水”“验资”为由要求转账",
        "summary": "说你的银行流水不够、还款能力要验证，或者注销账户要“清空额度”，让你先把钱或借来的钱转到指定账户“走一遍流水”。"
        "正规贷款和征信从来不需要你转账证明什么。",
        "scam_types": [LOAN, CREDIT_REPAIR],
        "red_flags": [
            ("刷流水", 4),
            ("证明还款能力", 4),
            ("验资", 3),
            ("把额度清空", 4),
            (r"(银行)?流水.{0,4}(不够|不足|太少|不达标)", 4, True),
        ],
    },
    {
        "code": "T045",
        "stage": "S5",
        "name": "谎称银行卡号填错、资金被冻结",
        "summary": "贷款“批下来”或游戏账号“卖出去”后，说你填错了卡号、操作违规，钱被冻结，要交钱才能解冻。"
        "这是虚假贷款和游戏交易骗局里最常见的一步。",
        "scam_types": [LOAN, GAME_TRADING],
        "red_flags": [
            ("银行卡号填错了", 5),
            ("卡号输错", 5),
            ("资金被冻结", 4),
            ("放款失败", 3),
            (r"(卡号|银行卡|账号|信息|资料).{0,4}(填写|输入|填)?(错误|错了|有误).{0,10}(冻结|无法|不能)", 5, True),
        ],
    },
    {
        "code": "T046",
        "stage": "S5",
        "name": "放款、提现、发货前先收各种费用",
        "summary": "钱要到手了，却总差一笔：手续费、个人所得税、会员费、通道费、关税、保险费……交完一笔还有下一笔。"
        "正规的放款、提现和发货都不会让你先往个人账户转钱。",
        "scam_types": [INVESTMENT, ROMANCE, GAME_TRADING, SHOPPING, LOAN],
        "red_flags": [
            ("先交手续费", 4),
            ("提现要先交个人所得税", 5),
            ("通道费", 4),
            ("工本费", 3),
            (
                r"(提现|放款|到账|发货|出金|解冻|领取).{0,8}(先|需要|要|必须)(交|缴纳|缴|支付|付).{0,6}(费|税|金)",
                4,
                True,
            ),
        ],
    },
    # —— S6 骗取钱财 ——
    {
        "code": "T022",
        "stage": "S6",
        "name": "索要短信验证码",
        "summary": "以退款、赔偿、核查为由让你报出手机收到的验证码。验证码是你资金的最后一道防线，谁要都不能给。",
        "scam_types": [CUSTOMER_SERVICE, ORDER_BRUSHING, FAKE_POLICE, CREDIT_REPAIR, LOAN, GAME_TRADING],
        "red_flags": [
            ("验证码告诉我", 5),
            ("把验证码发给我", 5),
            ("报一下验证码", 5),
            (r"验证码.{0,4}(是多少|发给我|告诉我|报给我|念一下)", 5, True),
        ],
    },
    {
        "code": "T023",
        "stage": "S6",
        "name": "要求转账到“安全账户”或指定账户",
        "summary": "让你把钱转进所谓的“安全账户”“指定账户”，说是为了关闭功能、提高信用或资金核查，之后会转回。"
        "世上没有“安全账户”，转出去就回不来了。",
        "scam_types": [CUSTOMER_SERVICE, ORDER_BRUSHING, FAKE_POLICE, CREDIT_REPAIR, ACQUAINTANCE],
        "red_flags": [
            ("安全账户", 5),
            ("指定账户", 4),
            ("转出去再转回来", 4),
            ("账户余额全部转出", 4),
            (r"转(到|进|入).{0,6}(安全|指定|监管).{0,2}账户", 5, True),
        ],
    },
    {
        "code": "T052",
        "stage": "S6",
        "name": "要求扫码或转账到个人账户",
        "summary": "不走平台付款，也不走单位公账，而是让你扫一个收款码、转到某个个人银行卡或微信。"
        "钱一进个人账户，几分钟就会被层层转走。",
        "scam_types": [SHOPPING, GAME_TRADING, ACQUAINTANCE],
        "red_flags": [
            ("转到我个人账户", 4),
            ("扫这个收款码", 3),
            ("对公账户不方便", 4),
            ("直接转我微信", 3),
            (r"(转|打|汇)(到|给|进)?.{0,4}(个人|私人)(账户|卡|账号|银行卡)", 4, True),
        ],
    },
    {
        "code": "T053",
        "stage": "S6",
        "name": "在虚假平台充值入金",
        "summary": "让你把钱“充值”“入金”到平台账户，收款的却是客服临时给的个人银行卡，而且每次都换一张。"
        "充进去的钱从没进过什么平台，直接进了骗子口袋。",
        "scam_types": [INVESTMENT, ROMANCE],
        "red_flags": [
            ("找客服要充值账号", 4),
            ("每次充值的卡号都不一样", 5),
            ("入金", 3),
            ("充得越多赚得越多", 4),
            (r"(充值|入金).{0,6}(联系|找|问)(客服|导师|助理)", 4, True),
        ],
    },
    # —— S7 切断联系 ——
    {
        "code": "T025",
        "stage": "S7",
        "name": "拉黑、关机，切断联系",
        "summary": "钱一到手就拉黑、关机、退群，常先用“稍后到账”“关闭后一起退回”稳住你，拖延你报警和紧急止付。",
        "scam_types": ALL_TYPES,
        "red_flags": [
            ("稍后自动到账", 3),
            ("耐心等待到账", 3),
            ("关闭后一起退回", 4),
            ("系统处理需要时间", 2),
        ],
    },
    {
        "code": "T054",
        "stage": "S7",
        "name": "以各种理由拒绝提现",
        "summary": "想把钱取出来时，平台突然“系统维护”“审核中”“流水未达标”“账户异常”，总之取不出来。"
        "这时再往里充钱只会亏得更多。",
        "scam_types": [INVESTMENT, ROMANCE, ORDER_BRUSHING, GAME_TRADING],
        "red_flags": [
            ("提现审核中", 3),
            ("系统维护暂停提现", 4),
            ("流水未达标不能提现", 4),
            ("提现通道关闭", 4),
            (r"(无法|不能|暂停|限制|不予)提现", 3, True),
        ],
    },
    {
        "code": "T055",
        "stage": "S7",
        "name": "要你删除App、聊天和通话记录",
        "summary": "转完钱后，对方让你把刚下载的软件卸载，把聊天记录、通话记录清空，说是“保密”或“注销完成”。"
        "这是在销毁证据，拖延你发现和报警。",
        "scam_types": [CREDIT_REPAIR, LOAN, FAKE_POLICE],
        "red_flags": [
            ("删除聊天记录", 4),
            ("清空通话记录", 4),
            ("操作完把App删了", 4),
            ("把软件卸载掉", 3),
            (r"(删除|删掉|清空|清除|卸载).{0,6}(记录|软件|App|APP|app|聊天)", 3, True),
        ],
    },
]
