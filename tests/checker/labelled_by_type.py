"""Labelled messages per scam type, for the checker: what citizens paste in.

Written in the project's own words: calls, SMS and chat lines as scammers
phrase them (plain and colloquial), and genuine look-alikes — real courier,
bank, police, broker, lender and platform messages on the same topics — that
the checker must not flag. Plain data: `(scam_type_slug, text)`.
"""

from cases.data.taxonomy import (
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

SCAM_MESSAGES = [
    # —— 冒充电商物流客服 ——
    (CUSTOMER_SERVICE, "您好，我是淘宝客服，您在我们店买的裤子有质量问题，厂家召回，给您双倍赔偿。"),
    (CUSTOMER_SERVICE, "亲，您的快递在运输途中丢失了，我这边给您办理理赔，麻烦加我QQ处理一下。"),
    (CUSTOMER_SERVICE, "系统误将您升级为会员，不取消的话每月自动扣费500元，我教您关一下。"),
    (CUSTOMER_SERVICE, "您的支付宝信用积分不足，赔偿款到不了账，需要先转进零钱包提高信用值。"),
    (CUSTOMER_SERVICE, "下载一下开会宝，打开屏幕共享，我一步步教您操作退款。"),
    (CUSTOMER_SERVICE, "刚才您操作失误了，不处理会影响个人征信，把备用金转到安全账户就能关闭。"),
    # —— 刷单返利 ——
    (ORDER_BRUSHING, "招兼职！在家动动手指，点赞关注赚佣金，日结，宝妈学生都能做。"),
    (ORDER_BRUSHING, "首单返利，先做一单体验一下，本金加佣金马上返。"),
    (ORDER_BRUSHING, "你这是连单任务，做完这一组才能提现，中途停了钱拿不回来的哦"),
    (ORDER_BRUSHING, "系统卡单了亲，需要补单才能把前面的本金一起提出来"),
    (ORDER_BRUSHING, "您账户因操作违规被冻结，需缴纳解冻金3000元才能提现。"),
    (ORDER_BRUSHING, "拉你进任务群，群里派单，佣金秒到账"),
    # —— 冒充公检法 ——
    (FAKE_POLICE, "我是市公安局刑侦支队的办案民警，你名下的银行卡涉嫌洗钱，现在要对你进行资金清查。"),
    (FAKE_POLICE, "你的快递里查出违禁品，现在给你转接公安，请配合调查。"),
    (FAKE_POLICE, "案件需要保密，不要告诉家人，找个没人的房间，把存款转到国家监管账户，查清后原路返还。"),
    (FAKE_POLICE, "通缉令已经发到你手机上了，下载这个办案专用App，打开共享屏幕。"),
    (FAKE_POLICE, "我是检察院的，你的账户涉案，验证码报给我，我们要冻结核查。"),
    (FAKE_POLICE, "核查完把软件卸载掉，删除聊天记录，泄露案情要负法律责任。"),
    # —— 虚假网络投资理财 ——
    (INVESTMENT, "免费推荐牛股，明天必涨！拉你进炒股群，老师每天直播带单。"),
    (INVESTMENT, "跟着老师操作这个月已经赚了二十多万，感谢老师带我回本！"),
    (INVESTMENT, "我有内幕消息，这个平台稳赚不赔，复制链接到浏览器打开下载。"),
    (INVESTMENT, "恭喜您新股中签，新股中签要补缴认购款，今天下午三点前完成，不然算违约。"),
    (INVESTMENT, "提现要先交个人所得税，交完马上到账，找客服要充值账号。"),
    (INVESTMENT, "系统维护暂停提现，请耐心等待，升级VIP通道可以优先出金。"),
    # —— 虚假网络贷款 ——
    (LOAN, "【急用钱】无抵押低息贷款，不看征信，黑户也能贷，秒批秒到账，详询加微信。"),
    (LOAN, "您的借款额度已经下发，请在App内提现。"),
    (LOAN, "您好，您的银行卡号填错了，资金被冻结，需要缴纳解冻金才能重新放款。"),
    (LOAN, "您的银行流水不足，需要转一笔钱证明还款能力，放款后一起退还。"),
    (LOAN, "放款前要先交手续费和保险费，这是规定，不交没法走流程。"),
    (LOAN, "我是京东金融的客服，您的贷款资料有问题，打开屏幕共享我帮您看一下。"),
    # —— 虚假征信 ——
    (CREDIT_REPAIR, "您好，您在大学期间注册过学生账户，国家正在清理学生贷款，不注销会影响征信。"),
    (CREDIT_REPAIR, "我是银保监会工作人员，您名下有校园贷没有注销，需要配合处理。"),
    (CREDIT_REPAIR, "注销前要把额度清空，您在借呗和微粒贷上借出来，转到指定账户核验后退给您。"),
    (CREDIT_REPAIR, "可以帮你消除不良记录，修复征信，收费三千，包过。"),
    (CREDIT_REPAIR, "加一下我们的企业微信，下载会议软件打开屏幕共享，我指导你注销。"),
    (CREDIT_REPAIR, "操作完把App删了，再删除聊天记录，注销就完成了。"),
    # —— 虚假购物服务 ——
    (SHOPPING, "飞天茅台内部价，海关罚没货源，全网最低，私下交易更便宜。"),
    (SHOPPING, "最后三台了姐，先付款后发货，过了今天就恢复原价。"),
    (SHOPPING, "平台手续费太高，加微信直接转账更便宜，扫这个收款码就行。"),
    (SHOPPING, "您的货被海关扣了，需要补交关税2000元才能放行。"),
    (SHOPPING, "专业私家侦探，手机定位找人，先付一半定金，转到我个人账户。"),
    (SHOPPING, "演唱会门票低于市场价出，不付定金没法锁货，转我微信。"),
    # —— 冒充领导熟人 ——
    (ACQUAINTANCE, "小王，我换号了，这是我新微信，明天到我办公室来一趟。"),
    (ACQUAINTANCE, "我在开会不方便接电话，你先帮我给这个账户转5万，我不方便出面。"),
    (ACQUAINTANCE, "我已经转给你了，跨行转账有延迟，你先帮我转给对方，急用钱。"),
    (ACQUAINTANCE, "猜猜我是谁？老同学啊，原来的号不用了，有件事需要你帮个忙。"),
    (ACQUAINTANCE, "我是你们张局长，别打电话，发消息就行，这事先别声张。"),
    (ACQUAINTANCE, "转账截图你看一下，24小时内到账，你那边先转，快点转来不及了"),
    # —— 网络游戏产品虚假交易 ——
    (GAME_TRADING, "高价收号！你这个号我出3000，官方平台手续费高，换个平台交易。"),
    (GAME_TRADING, "进群免费领皮肤，扫码领取福利，输入账号密码领取。"),
    (GAME_TRADING, "游戏币五折充值，点券低价代充，加Q私聊。"),
    (GAME_TRADING, "您提现时卡号输错，账户被冻结，需要交解冻费1000元才能提现。"),
    (GAME_TRADING, "买家已付款，请到这个网站提现，提现要先交会员费。"),
    (GAME_TRADING, "不走平台了，直接转我微信，账号密码我发你。"),
    # —— 网络婚恋交友（杀猪盘）——
    (ROMANCE, "看了你的资料很有眼缘，我在国外做工程，单身很久了想找个结婚的。"),
    (ROMANCE, "宝贝，我舅舅在平台做技术，平台有漏洞，稳赚不赔，为了我们的将来投一点吧。"),
    (ROMANCE, "你是不是不相信我？我已经帮你垫了一半，就差这一点就能提现了。"),
    (ROMANCE, "跟着我买，这周又赚了三万，你也注册一下这个投资平台。"),
    (ROMANCE, "提现要先交个人所得税，交了就能出金，以后我养你。"),
    (ROMANCE, "充值的话找客服要充值账号，每次充值的卡号都不一样是正常的。"),
]

BENIGN_MESSAGES = [
    # —— 冒充电商物流客服: real platform and courier notices ——
    (CUSTOMER_SERVICE, "【顺丰速运】您的快件已到达小区驿站，请凭取件码8327及时领取。"),
    (CUSTOMER_SERVICE, "【淘宝】您的退款申请商家已同意，退款将原路退回，请在App内查看进度。"),
    (CUSTOMER_SERVICE, "【京东】您购买的商品已签收，如有问题可在订单页申请售后。"),
    # —— 刷单返利: real jobs and shop messages ——
    (ORDER_BRUSHING, "门店招聘收银员，月薪4500元，五险一金，欢迎到店面试。"),
    (ORDER_BRUSHING, "亲，感谢购买，收到货满意的话麻烦给个好评哦。"),
    (ORDER_BRUSHING, "本周六社区志愿服务，需要志愿者五名，请在群里报名。"),
    # —— 冒充公检法: real police and court notices ——
    (FAKE_POLICE, "【XX市公安局】您的居住证已办理完毕，请携带身份证到户籍窗口领取。"),
    (FAKE_POLICE, "【12368】您的案件将于5月20日上午9时在第三法庭开庭，请准时到庭。"),
    (FAKE_POLICE, "【反诈中心】公安机关不会通过电话办案，也没有所谓的安全账户，请提高警惕。"),
    # —— 虚假网络投资理财: real broker notices ——
    (INVESTMENT, "【XX证券】您的账户今日有新股可申购，请登录官方App查看，投资有风险。"),
    (INVESTMENT, "您持有的基金本月分红已到账，详情请登录App查询。"),
    (INVESTMENT, "理财产品有风险，投资需谨慎，过往业绩不代表未来表现。"),
    # —— 虚假网络贷款: real bank notices ——
    (LOAN, "【XX银行】您的个人消费贷款已放款至尾号1234的账户，请按期还款。"),
    (LOAN, "【XX银行】您本月信用卡账单已出，应还金额1280元，到期还款日6月25日。"),
    (LOAN, "如需办理房贷，请携带身份证、收入证明到网点咨询客户经理。"),
    # —— 虚假征信: real credit and school notices ——
    (CREDIT_REPAIR, "个人信用报告可通过中国人民银行征信中心官网免费查询，每年两次。"),
    (CREDIT_REPAIR, "【XX大学】请毕业生于7月1日前办理离校手续，助学贷款按合同约定还款。"),
    (CREDIT_REPAIR, "【XX银行】您的助学贷款本期应还款500元，请于20日前存入还款账户。"),
    # —— 虚假购物服务: real shop and customs notices ——
    (SHOPPING, "【拼多多】您关注的商品降价了，限时优惠，点击App查看。"),
    (SHOPPING, "【中国邮政】您的国际包裹正在清关，预计3个工作日内派送。"),
    (SHOPPING, "本店双十一全场满300减50，请在官方旗舰店下单。"),
    # —— 冒充领导熟人: real workplace and family chats ——
    (ACQUAINTANCE, "各位同事，明天上午九点在三楼会议室开会，请准时参加。"),
    (ACQUAINTANCE, "妈，我周末回家吃饭，帮我留点饺子。"),
    (ACQUAINTANCE, "小王，下午的报表做完了发我邮箱，谢谢。"),
    # —— 网络游戏产品虚假交易: real game notices ——
    (GAME_TRADING, "【游戏公告】本周维护时间为周二上午6点至10点，维护后可领取补偿。"),
    (GAME_TRADING, "官方交易平台提示：请勿相信私下交易，账号买卖请走官方渠道。"),
    (GAME_TRADING, "今晚开黑吗？八点上线，带你上分。"),
    # —— 网络婚恋交友: real dating and family messages ——
    (ROMANCE, "周末一起去看电影吧，我买好票了，晚上七点在万达门口见。"),
    (ROMANCE, "婚恋平台提醒：对方要求转账或投资时，请立即停止聊天并举报。"),
    (ROMANCE, "亲爱的，今天加班会晚点回家，晚饭你先吃。"),
]
