"""What the indicator extractor finds: the kinds, the flags it sets, and the found item itself."""

from dataclasses import dataclass

from django.db.models import TextChoices


class IndicatorKind(TextChoices):
    PHONE = "phone", "电话号码"
    URL = "url", "网址"
    QQ = "qq", "QQ 号"
    WECHAT = "wechat", "微信号"
    APP = "app", "App"
    BANK_CARD = "bank_card", "银行卡号"
    AMOUNT = "amount", "金额"


class Flag(TextChoices):
    """What is notable about one indicator; the checker's `Trigger`s use the same values."""

    OVERSEAS = "overseas", "境外号码"
    SPOOFED_PLUS = "spoofed_plus", "“+”号开头却不是真实的国际号码"
    SERVICE_NUMBER = "service_number", "客服短号"
    VIRTUAL_OPERATOR = "virtual_operator", "虚拟运营商号段"
    SHORT_LINK = "short_link", "短链接"
    IP_HOST = "ip_host", "用 IP 地址的链接"
    PUNYCODE = "punycode", "含特殊字符的域名"
    OFFICIAL = "official", "官方网站"
    UNKNOWN_LINK = "unknown_link", "非官方网站"
    DOWNLOAD = "download", "要求下载"
    LUHN_VALID = "luhn_valid", "卡号校验有效"


@dataclass(frozen=True)
class Indicator:
    """One number, link, account, app or amount found in a message.

    `value` is canonical so look-ups join on it (`normalise_query` gives the same
    form): E.164 for phones, the lower-cased URL with its scheme, digits for QQ
    numbers and bank cards, the lower-cased WeChat id, the app name, yuan.
    `start`/`end` index the text given to `extract`, so `text[start:end]` is the
    indicator as written; `display` is that too, except bank cards, which are masked.
    """

    kind: str  # an `IndicatorKind`
    value: str
    display: str
    start: int
    end: int
    domain: str = ""  # a URL's registrable domain (or its IP address)
    flags: frozenset[str] = frozenset()
