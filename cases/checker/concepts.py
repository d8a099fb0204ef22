"""The vocabulary of the checker's risk rule: the kinds of signal and what else can trigger one.

A risk signal (`cases.models.Signal`, curated in the admin) is one idea a scam
message expresses — "I am customer service", "tell me the code", "or your
account is frozen" — with many surface forms. What makes a message risky is the
combination of kinds (`cases.checker.scoring`), so every signal has exactly one.
"""

from django.db.models import TextChoices


class SignalKind(TextChoices):
    IDENTITY = "identity", "自称身份"
    REQUEST = "request", "提出要求"
    PRESSURE = "pressure", "施压恐吓"
    BAIT = "bait", "利益诱惑"
    CHANNEL = "channel", "转移联系方式"
    # Not evidence of a scam but of a warning about one ("警方提醒：…都是诈骗"): it lowers the score.
    WARNING = "warning", "防骗提醒语境"


class Trigger(TextChoices):
    """What in a message, other than a phrase, raises a signal: the indicators found in it."""

    OVERSEAS_NUMBER = "overseas", "境外号码"
    SPOOFED_PLUS = "spoofed_plus", "伪装成“+”号的号码"
    UNKNOWN_LINK = "unknown_link", "非官方网站的链接"
    SHORT_LINK = "short_link", "短链接"
    IP_LINK = "ip_host", "直接用 IP 地址的链接"
    LOOKALIKE_LINK = "punycode", "含特殊字符的仿冒域名"
    APP_DOWNLOAD = "download", "要求下载的 App"
    CONTACT_ID = "contact_id", "留下的 QQ 号或微信号"
    BANK_CARD = "bank_card", "银行卡号"
