"""What a citizen typed into the look-up box, as (kind, value) in the form `extract` gives, so the two join.

First whatever `extract` finds in the query (a phone number in any format, a
link, "QQ 12345", "微信 abc123", a Luhn-valid card), the first one if there are
several. Then the bare forms a look-up box gets but a message would not be
read as:
- 16–19 digits starting 3–6 (spaces and hyphens allowed) are a bank card, Luhn
  or not, unless they are a valid resident ID number;
- bare 5–11 digits that are no phone number are a QQ number (12345678, 10086);
  digits that are one stay a phone, so a QQ number shaped like a mobile or a
  95/96/12 service number (95123456, 12345) needs "QQ" before it;
- one word of 6–20 letters, digits, _ and -, starting with a letter, is a WeChat id;
- an IP address or a host without a common top-level domain is a link.
Anything else (an amount, an app name, a masked number) is None.
"""

import re

from . import accounts, links
from .extract import extract
from .kinds import Flag, IndicatorKind
from .text import narrow

LOOKUP_KINDS = (IndicatorKind.PHONE, IndicatorKind.URL, IndicatorKind.QQ, IndicatorKind.WECHAT, IndicatorKind.BANK_CARD)
_DIGITS = re.compile(r"\d(?:[ \-]?\d)*")
_WECHAT_ID = re.compile(r"[A-Za-z][A-Za-z0-9_\-]{5,19}")


def normalise_query(query: str) -> tuple[str, str] | None:
    text = narrow(query).strip()
    if not text:
        return None
    for indicator in extract(text):
        if indicator.kind in LOOKUP_KINDS:
            return str(indicator.kind), indicator.value
    if _DIGITS.fullmatch(text) and text.isascii():
        digits = re.sub(r"\D", "", text)
        if accounts.card_flags(digits, named=True) is not None and not accounts.is_resident_id(digits):
            return str(IndicatorKind.BANK_CARD), digits
        if 5 <= len(digits) <= 11 and digits[0] != "0":
            return str(IndicatorKind.QQ), digits
        return None
    if _WECHAT_ID.fullmatch(text):
        return str(IndicatorKind.WECHAT), text.lower()
    if "." in text and not any(char.isspace() for char in text):
        url = "http://" + text
        link = next(iter(links.find(url, url)), None)
        if link and link.end == len(url) and (Flag.IP_HOST in link.flags or links.registrable_domain(link.domain)):
            return str(IndicatorKind.URL), link.value
    return None
