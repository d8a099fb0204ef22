"""Vocabularies for generated cases, used only to fill tables that are empty.

The demo's agencies, platforms, channels and regions (`cases.data.demo`) come
first, so generated and demo data share them; the rest widen the mix to what a
city's anti-fraud centre sees. Same shape as the demo lists (the loader's format).
"""

from cases.data import demo

PLATFORMS = [
    *demo.PLATFORMS,
    {"name": "闲鱼", "slug": "xianyu", "order": 8},
    {"name": "美团", "slug": "meituan", "order": 9},
    {"name": "快手", "slug": "kuaishou", "order": 10},
    {"name": "小红书", "slug": "xiaohongshu", "order": 11},
    {"name": "游戏交易平台", "slug": "game-market", "order": 12},
    {"name": "婚恋交友网站", "slug": "dating-site", "order": 13},
    {"name": "证券投资App", "slug": "trading-app", "order": 14},
    {"name": "贷款App", "slug": "loan-app", "order": 15},
]

CHANNELS = [
    *demo.CHANNELS,
    {"name": "网络广告", "slug": "online-ad", "order": 9},
    {"name": "短视频直播间", "slug": "live-stream", "order": 10},
    {"name": "游戏内聊天", "slug": "in-game-chat", "order": 11},
    {"name": "婚恋平台私信", "slug": "dating-dm", "order": 12},
]

REGIONS = [
    *demo.REGIONS,
    {"name": "广州市天河区", "province": "广东省"},
    {"name": "深圳市南山区", "province": "广东省"},
    {"name": "佛山市顺德区", "province": "广东省"},
    {"name": "杭州市西湖区", "province": "浙江省"},
    {"name": "温州市", "province": "浙江省"},
    {"name": "苏州市吴中区", "province": "江苏省"},
    {"name": "无锡市", "province": "江苏省"},
    {"name": "宜昌市", "province": "湖北省"},
    {"name": "长沙市岳麓区", "province": "湖南省"},
    {"name": "株洲市", "province": "湖南省"},
    {"name": "柳州市", "province": "广西壮族自治区"},
    {"name": "桂林市", "province": "广西壮族自治区"},
    {"name": "成都市武侯区", "province": "四川省"},
    {"name": "绵阳市", "province": "四川省"},
    {"name": "郑州市金水区", "province": "河南省"},
    {"name": "洛阳市", "province": "河南省"},
    {"name": "济南市历下区", "province": "山东省"},
    {"name": "青岛市黄岛区", "province": "山东省"},
    {"name": "合肥市蜀山区", "province": "安徽省"},
    {"name": "福州市鼓楼区", "province": "福建省"},
    {"name": "厦门市思明区", "province": "福建省"},
    {"name": "昆明市五华区", "province": "云南省"},
    {"name": "西安市雁塔区", "province": "陕西省"},
    {"name": "石家庄市", "province": "河北省"},
    {"name": "沈阳市和平区", "province": "辽宁省"},
]

AGENCIES = list(demo.AGENCIES)
