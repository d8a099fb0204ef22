"""Per scam type (by slug): what its generated cases look like.

- `label`: how the text names the type (the taxonomy's names may hold planted words);
- `platforms`, `channels`: slugs the type plausibly involves (others are used when missing);
- `loss_median` (yuan) and `loss_spread` (sigma of a log-normal) for each payment;
- `methods`: Loss.PaymentMethod weights; `ages`: Case.AgeBand weights;
- `titles` (with a loss) and `titles_no_loss` for cases; `story`: sentences for summaries and articles,
  `aftermath`: those that tell of money already gone (not for cases without a loss);
- `scammer`, `victim`: lines for an article's dialogue.

Slots: {person}, {who}, {region}, {amount}, {platform}, {app}, {days}.
"""

TYPES = {
    "fake-customer-service": {
        "label": "冒充电商物流售后诈骗",
        "platforms": ["taobao", "jd", "pinduoduo", "douyin", "courier", "alipay", "xianyu"],
        "channels": ["phone", "plus-call", "sms", "qq", "wecom", "meeting-app"],
        "loss_median": 30_000,
        "loss_spread": 1.0,
        "methods": {"bank": 40, "alipay": 15, "wechat": 10, "loan": 20, "card": 15},
        "ages": {"under18": 1, "18-25": 15, "26-35": 35, "36-45": 25, "46-59": 18, "60plus": 6},
        "titles": [
            "{person}接到自称{platform}售后的电话，被骗{amount}",
            "网购后接到“理赔”来电，{region}一{who}被骗{amount}",
            "“商品有质量问题要给您补偿”？{person}损失{amount}",
            "轻信“售后专员”，{region}{person}被骗{amount}",
        ],
        "titles_no_loss": [
            "“售后专员”来电，{person}多问一句识破骗局",
            "接到“理赔”电话，{region}一{who}及时挂断",
        ],
        "story": [
            "对方称{person}在{platform}买的商品出了问题，要主动给其退还货款。",
            "骗子一口说出了{person}的订单信息，让人难辨真假。",
            "对方说只要按流程操作，钱很快就能原路返回。",
            "对方称{person}被误开通了某项会员服务，不取消就会每月扣费。",
        ],
        "aftermath": [
            "在对方的“指导”下，{person}一步步进入了事先设好的圈套。",
        ],
        "scammer": [
            "您好，我是{platform}的售后专员，您前几天买的商品出了质量问题。",
            "我们这边给您办理理赔，需要您配合操作一下。",
            "您先下载一个{app}，我在会议里一步步教您。",
            "系统显示您的信用等级不够，钱暂时退不出来。",
            "您别着急，按我说的做，几分钟就能到账。",
        ],
        "victim": [
            "是吗？我都没发现有问题。",
            "那我要怎么操作？",
            "为什么还要我先转钱过去？",
            "好的，我按你说的来。",
        ],
    },
    "order-brushing-rebate": {
        "label": "刷单返利诈骗",
        "platforms": ["douyin", "kuaishou", "xiaohongshu", "taobao", "wechat"],
        "channels": ["social-dm", "qq", "wechat", "online-ad", "sms"],
        "loss_median": 20_000,
        "loss_spread": 1.1,
        "methods": {"bank": 35, "alipay": 20, "wechat": 30, "loan": 5, "other": 10},
        "ages": {"under18": 4, "18-25": 35, "26-35": 35, "36-45": 16, "46-59": 8, "60plus": 2},
        "titles": [
            "想在家做兼职赚佣金，{person}反被骗{amount}",
            "“动动手指就能赚钱”，{region}一{who}被骗{amount}",
            "刷单返利又出新花样，{person}损失{amount}",
            "做“点赞任务”越陷越深，{person}被骗{amount}",
        ],
        "titles_no_loss": [
            "兼职“点赞员”要先垫钱？{person}及时止步",
            "刷单广告找上门，{region}一{who}没有上当",
        ],
        "story": [
            "前几单的小额返利很快到账，{person}渐渐放下了戒心。",
            "对方称任务越大佣金越高，做完一组才能统一结算。",
            "群里不断有人晒出“提现成功”的截图，其实都是骗子的托儿。",
            "对方说是帮商家冲销量，每单都能拿到可观的佣金。",
        ],
        "aftermath": [
            "{person}越投越多，想收手时却被告知必须做完全部任务。",
        ],
        "scammer": [
            "在家就能做，动动手指一天赚两三百。",
            "第一单是体验单，佣金马上返给您。",
            "您这是组合任务，必须连做三单才能提现。",
            "系统显示您操作超时，要再做一单才能解冻。",
        ],
        "victim": [
            "真的这么简单吗？",
            "前面的钱什么时候能提出来？",
            "我已经没有钱了，能不能先退回来？",
        ],
    },
    "impersonating-police": {
        "label": "冒充公检法诈骗",
        "platforms": [],
        "channels": ["phone", "plus-call", "qq", "meeting-app"],
        "loss_median": 150_000,
        "loss_spread": 1.2,
        "methods": {"bank": 70, "alipay": 5, "wechat": 5, "loan": 10, "cash": 5, "other": 5},
        "ages": {"18-25": 10, "26-35": 15, "36-45": 20, "46-59": 25, "60plus": 30},
        "titles": [
            "“警官”来电称涉嫌洗钱，{person}被骗{amount}",
            "冒充公检法办案，{region}一{who}被骗{amount}",
            "“配合调查”转走积蓄，{person}损失{amount}",
            "自称检察官来电，{person}一步步落入圈套，被骗{amount}",
        ],
        "titles_no_loss": [
            "“警官”视频里出示“逮捕令”，{person}没有上当",
            "冒充民警来电，{region}一{who}报警求助",
        ],
        "story": [
            "对方称{person}的身份信息被人冒用，名下银行卡涉嫌一起洗钱案。",
            "对方在视频里身着“警服”，背景像是办公室，还出示了所谓的“逮捕令”。",
            "骗子再三叮嘱此事涉密，不许告诉任何人。",
            "对方称只要资金核查无误，钱就会原数返还。",
        ],
        "aftermath": [
            "{person}越听越害怕，只想尽快证明自己的清白。",
        ],
        "scammer": [
            "这里是某地公安局，你名下的银行卡涉嫌洗钱。",
            "案件涉密，你不能告诉任何人，包括你的家人。",
            "为了证明你的清白，需要对你的资金进行核查。",
            "核查结束后，资金会原数返还给你。",
        ],
        "victim": [
            "我从来没有办过这张卡啊！",
            "我该怎么配合？",
            "我能不能先去派出所问一下？",
        ],
    },
    "fake-investment": {
        "label": "虚假投资理财诈骗",
        "platforms": ["trading-app", "wechat", "douyin", "kuaishou"],
        "channels": ["social-dm", "wechat", "live-stream", "online-ad", "qq"],
        "loss_median": 200_000,
        "loss_spread": 1.3,
        "methods": {"bank": 70, "alipay": 5, "wechat": 10, "loan": 10, "other": 5},
        "ages": {"18-25": 5, "26-35": 20, "36-45": 30, "46-59": 30, "60plus": 15},
        "titles": [
            "跟着“导师”炒股，{person}被骗{amount}",
            "“内幕消息”稳赚不赔？{region}一{who}被骗{amount}",
            "虚假投资平台“盈利”提不出，{person}损失{amount}",
            "进了荐股群越投越多，{person}被骗{amount}",
        ],
        "titles_no_loss": [
            "荐股群里的“稳赚”项目，{person}多了个心眼",
            "“老师”推荐的投资App，{region}一{who}没有下载",
        ],
        "story": [
            "群里的“老师”每天分析行情，推荐的股票似乎次次都准。",
            "{person}在对方推荐的平台上小额试水，账面很快显示盈利。",
            "对方说这是内部渠道，名额有限，错过就没有了。",
        ],
        "aftermath": [
            "尝到甜头后，{person}陆续加大投入。",
            "当{person}想提现时，平台却以各种理由拒绝。",
        ],
        "scammer": [
            "这个项目是内部渠道，稳赚不赔。",
            "您先小额试一试，看看收益再说。",
            "现在行情正好，建议您加仓。",
            "提现需要先缴纳一笔个人所得税。",
        ],
        "victim": [
            "收益真有这么高吗？",
            "我想先把本金提出来。",
            "为什么提现还要交钱？",
        ],
    },
    "fake-loan": {
        "label": "虚假网络贷款诈骗",
        "platforms": ["loan-app", "wechat", "douyin"],
        "channels": ["sms", "online-ad", "phone", "qq"],
        "loss_median": 8_000,
        "loss_spread": 0.9,
        "methods": {"bank": 45, "alipay": 20, "wechat": 25, "other": 10},
        "ages": {"18-25": 30, "26-35": 35, "36-45": 20, "46-59": 12, "60plus": 3},
        "titles": [
            "急需用钱网上借款，{person}没借到钱反被骗{amount}",
            "“不看征信，当天放款”？{region}一{who}被骗{amount}",
            "贷款没到手先交各种费用，{person}损失{amount}",
        ],
        "titles_no_loss": [
            "放款前要先交“解冻费”？{person}及时报警",
            "网贷广告说“秒到账”，{region}一{who}没有上当",
        ],
        "story": [
            "{person}急需一笔周转资金，在网上搜索贷款信息。",
            "对方称审批已经通过，但放款前要先交一笔费用。",
            "每交一笔钱，对方就找出一个新的理由要求再交。",
        ],
        "aftermath": [
            "直到交了好几笔钱，{person}仍然没有拿到一分贷款。",
        ],
        "scammer": [
            "您的贷款已经审批通过了。",
            "您的银行卡号填错了，资金被冻结，需要交解冻费。",
            "交完这笔马上放款，不会再收其他费用。",
        ],
        "victim": [
            "贷款还没到，为什么要先交钱？",
            "能不能从贷款里直接扣？",
        ],
    },
    "fake-credit-repair": {
        "label": "虚假征信诈骗",
        "platforms": ["alipay", "loan-app", "wechat"],
        "channels": ["phone", "plus-call", "meeting-app", "qq"],
        "loss_median": 30_000,
        "loss_spread": 1.0,
        "methods": {"bank": 40, "alipay": 15, "wechat": 10, "loan": 30, "other": 5},
        "ages": {"18-25": 35, "26-35": 40, "36-45": 15, "46-59": 8, "60plus": 2},
        "titles": [
            "“校园贷不注销影响征信”？{person}被骗{amount}",
            "冒充金融监管人员来电，{region}一{who}被骗{amount}",
            "为“修复征信”借款转出，{person}损失{amount}",
        ],
        "titles_no_loss": [
            "“征信有污点要注销账户”，{person}打官方电话核实",
            "冒充监管部门来电，{region}一{who}识破骗局",
        ],
        "story": [
            "对方称{person}大学期间开通过校园贷账户，现在必须注销，否则影响征信。",
            "骗子说注销前要把借款平台的额度全部借出来再转走“清零”。",
            "对方说征信问题处理完后，借出的钱会全部退回。",
        ],
        "aftermath": [
            "{person}担心影响买房贷款，只好按对方说的做。",
        ],
        "scammer": [
            "您上学时开通的校园贷账户还没注销。",
            "国家政策要求清理，不注销会影响您的征信。",
            "您需要先把额度借出来，转到监管账户清零。",
        ],
        "victim": [
            "我不记得开通过啊。",
            "会影响我以后贷款吗？",
        ],
    },
    "fake-shopping": {
        "label": "虚假购物服务诈骗",
        "platforms": ["xianyu", "wechat", "xiaohongshu", "douyin", "kuaishou"],
        "channels": ["social-dm", "wechat", "online-ad", "qq"],
        "loss_median": 2_000,
        "loss_spread": 1.0,
        "methods": {"alipay": 30, "wechat": 45, "bank": 20, "other": 5},
        "ages": {"under18": 6, "18-25": 35, "26-35": 35, "36-45": 15, "46-59": 7, "60plus": 2},
        "titles": [
            "低价代购付款后被拉黑，{person}被骗{amount}",
            "“市价一半”的演唱会门票，{region}一{who}被骗{amount}",
            "私下交易不走平台，{person}损失{amount}",
        ],
        "titles_no_loss": [
            "卖家要求私下交易，{person}拒绝后对方消失",
            "低价商品要先付定金？{region}一{who}没有上当",
        ],
        "story": [
            "对方发来的商品图片和价格都很诱人，{person}没有多想就付了款。",
            "卖家称走平台手续费太高，私下交易可以再便宜一些。",
        ],
        "aftermath": [
            "付款后，对方以各种理由迟迟不发货。",
            "{person}再催问时，发现已经被对方拉黑。",
        ],
        "scammer": [
            "这是内部渠道的货，只有最后几件了。",
            "走平台要扣手续费，您直接付给我更便宜。",
            "货已经寄出，被海关扣了，要交一笔清关费。",
        ],
        "victim": [
            "能不能走平台交易？",
            "什么时候发货？",
        ],
    },
    "impersonating-boss-or-acquaintance": {
        "label": "冒充领导熟人诈骗",
        "platforms": ["wechat"],
        "channels": ["wechat", "qq", "sms", "phone"],
        "loss_median": 50_000,
        "loss_spread": 1.2,
        "methods": {"bank": 75, "alipay": 5, "wechat": 15, "other": 5},
        "ages": {"18-25": 5, "26-35": 25, "36-45": 35, "46-59": 30, "60plus": 5},
        "titles": [
            "“领导”让先垫付一笔钱，{person}被骗{amount}",
            "冒充老板拉群下指令，{region}一企业财务被骗{amount}",
            "冒充熟人借钱应急，{person}损失{amount}",
        ],
        "titles_no_loss": [
            "“领导”加好友要求汇款，{person}打电话核实识破",
            "冒充老同学借钱，{region}一{who}没有上当",
        ],
        "story": [
            "对方的头像和昵称与{person}的领导一模一样。",
            "“领导”称正在开会不方便接电话，只在聊天软件里催促。",
            "对方发来一张伪造的汇款截图，称钱已经打过来了。",
        ],
        "aftermath": [
            "{person}事后打电话给真正的领导，才知道上当受骗。",
        ],
        "scammer": [
            "我在开会，不方便接电话，你先帮我办件事。",
            "有个合作方的款项要马上付，你先垫一下。",
            "钱我已经转给你了，你看一下截图。",
        ],
        "victim": [
            "好的领导，需要多少？",
            "我还没有收到您转过来的钱。",
        ],
    },
    "fake-game-trading": {
        "label": "网络游戏虚假交易诈骗",
        "platforms": ["game-market", "xianyu", "qq"],
        "channels": ["in-game-chat", "qq", "social-dm"],
        "loss_median": 2_000,
        "loss_spread": 1.0,
        "methods": {"alipay": 35, "wechat": 45, "bank": 15, "other": 5},
        "ages": {"under18": 35, "18-25": 40, "26-35": 18, "36-45": 5, "46-59": 2},
        "titles": [
            "想高价卖游戏账号，{person}反被骗{amount}",
            "低价买装备遇陷阱，{region}一{who}被骗{amount}",
            "“免费领皮肤”？{person}损失{amount}",
        ],
        "titles_no_loss": [
            "“高价收号”要先交保证金，{person}识破骗局",
            "游戏里有人送皮肤，{region}一{who}没有上当",
        ],
        "story": [
            "对方称愿意高价收购{person}的游戏账号，让其到指定网站交易。",
            "交易网站显示“资金冻结”，要求先交一笔保证金才能提现。",
            "骗子以赠送游戏福利为名，套取了账号和密码。",
        ],
        "aftermath": [
            "{person}用家长的手机多次付款，家长发现后立即报警。",
        ],
        "scammer": [
            "你的账号我出高价收，到这个网站上交易更安全。",
            "你的银行卡号填错了，资金冻结了，要交解冻金。",
            "免费送你限定皮肤，登录一下就能领。",
        ],
        "victim": [
            "真的能卖这么多钱吗？",
            "为什么要先交钱？",
        ],
    },
    "online-romance": {
        "label": "网络婚恋交友诈骗",
        "platforms": ["dating-site", "wechat", "trading-app"],
        "channels": ["dating-dm", "social-dm", "wechat"],
        "loss_median": 100_000,
        "loss_spread": 1.2,
        "methods": {"bank": 65, "alipay": 10, "wechat": 15, "loan": 5, "other": 5},
        "ages": {"18-25": 10, "26-35": 35, "36-45": 30, "46-59": 20, "60plus": 5},
        "titles": [
            "网恋对象带着“投资”，{person}被骗{amount}",
            "交友平台认识的“成功人士”，让{region}一{who}损失{amount}",
            "聊了{days}天的“恋人”是骗子，{person}被骗{amount}",
        ],
        "titles_no_loss": [
            "网恋对象推荐投资平台，{person}多了个心眼",
            "“男友”劝投资，{region}一{who}及时报警",
        ],
        "story": [
            "对方自称在海外做工程项目，照片里的生活十分体面。",
            "两人每天聊天，对方很快以恋人相称，说要和{person}一起规划未来。",
            "对方称发现了一个投资平台的漏洞，可以稳赚不赔。",
        ],
        "aftermath": [
            "{person}先投了一小笔，很快看到账面“收益”，随后越投越多。",
        ],
        "scammer": [
            "等赚够了钱，我们就结婚。",
            "这个平台我舅舅在里面工作，稳赚不赔。",
            "你的账户要交一笔保证金才能提现。",
        ],
        "victim": [
            "我有点不放心，这个平台可靠吗？",
            "我想先把钱提出来。",
        ],
    },
}

# A scam type staff added later, with no entry above.
DEFAULT_TYPE = {
    "label": "电信网络诈骗",
    "platforms": [],
    "channels": [],
    "loss_median": 20_000,
    "loss_spread": 1.1,
    "methods": {"bank": 40, "alipay": 20, "wechat": 20, "other": 20},
    "ages": {"18-25": 20, "26-35": 25, "36-45": 25, "46-59": 20, "60plus": 10},
    "titles": ["{region}一{who}遭遇电信网络诈骗，被骗{amount}", "{person}轻信陌生人，被骗{amount}"],
    "titles_no_loss": ["{person}识破一起电信网络诈骗"],
    "story": ["对方以各种理由诱导{person}一步步按指令操作。"],
    "aftermath": ["钱转出后，{person}才发现对方早已联系不上。"],
    "scammer": ["您好，我这边是工作人员，需要您配合核实一下。"],
    "victim": ["你是哪里的？我要核实一下。"],
}

# How often each type occurs among generated cases and articles (a type not listed: DEFAULT_SHARE).
SHARES = {
    "fake-customer-service": 20,
    "order-brushing-rebate": 20,
    "fake-investment": 12,
    "fake-loan": 10,
    "impersonating-police": 8,
    "fake-credit-repair": 8,
    "fake-shopping": 8,
    "impersonating-boss-or-acquaintance": 5,
    "online-romance": 5,
    "fake-game-trading": 4,
}
DEFAULT_SHARE = 3

# Loss.description by payment method.
LOSS_DESCRIPTIONS = {
    "bank": ["通过手机银行转出", "在银行柜台汇出", "通过网银转出"],
    "alipay": ["通过支付宝付款", "用支付宝扫码付款"],
    "wechat": ["通过微信付款", "用微信扫码付款"],
    "loan": ["在借款平台借款后转出", "从网贷平台借出后转出"],
    "card": ["在仿冒页面填写银行卡信息后被盗刷"],
    "cash": ["当面交付现金"],
    "other": ["通过其他方式付款"],
}
