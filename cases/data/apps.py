"""App names scammers ask people to install: meeting and screen-sharing tools, chat apps used to move a victim off-platform.

Written as the app spells itself: the indicator's value is this spelling, and
the extractor matches it regardless of case (`cases.indicators.apps`).
"""

KNOWN_APPS = (
    "腾讯会议",
    "钉钉",
    "Zoom",
    "飞书",
    "ToDesk",
    "向日葵",
    "TeamViewer",
    "AnyDesk",
    "小鱼易连",
    "开会宝",
    "瞩目",
    "云视讯",
    "WeLink",
    "屏幕共享",
    "共享屏幕",
    "蝙蝠",
    "Telegram",
    "纸飞机",
    "WhatsApp",
    "Skype",
    "易信",
    "公安防护",
    "安全防护",
)
