"""Accounts a message points to: QQ numbers and WeChat ids (named as such), and bank card numbers.

A QQ number or WeChat id counts only right after a word that names it (QQ,
扣扣, 微信, vx, 加v …): bare digits are too many other things. Its span is the
number or id alone, without the word. A WeChat id is lower-cased (WeChat
ignores case); digits after 微信 (a phone number used as the id) are a
WeChat indicator too, whose value is the digits.

A bank card is 16–19 digits starting 3–6, unbroken or in groups of four. It
must pass the Luhn check (flagged luhn_valid) or follow a word such as 卡号 or
银行卡. An 18-digit run that is a valid resident ID number is not a card unless
such a word says so.
"""

import re

from .kinds import Flag, Indicator, IndicatorKind
from .text import finditer

# Between the word and the id: spaces, a colon, 是 or 为. Possessive, each space run ending at a
# different thing: "微信" and a thousand spaces must not be tried a billion ways.
_FILLER = r"[ \t]*+(?:[:：][ \t]*+)?(?:[是为][ \t]*+)?"
_NOT_AN_AMOUNT = r"(?![0-9A-Za-z_]| ?[元块万千百亿%])"  # the end of the digits, and no unit after them
_QQ = re.compile(
    r"(?:(?<![A-Za-z])(?:qq|q号|q群)|扣扣|企鹅号?|球球)(?:群号?|号码|号)?"
    + _FILLER
    + r"(?P<id>[1-9][0-9]{4,10})"
    + _NOT_AN_AMOUNT,
    re.IGNORECASE,
)
_QQ_STARTS = re.compile("[qQ扣企球]")
_QQ_MAIL = re.compile(r"(?P<id>[1-9](?<![0-9A-Za-z_.].)[0-9]{4,10})@[qQ]{2}\.[cC][oO][mM](?![A-Za-z])")
_WECHAT = re.compile(
    r"(?:微[ \t]?信|薇信|威信|徽信|维信|卫星|v[ \t]?信|(?<![A-Za-z])(?:vx|wx|weixin|wechat)(?![A-Za-z])|[加+][ \t]?(?:v|微)(?![A-Za-z]))"
    r"(?:号码|号|id|账号|帐号)?" + _FILLER + r"(?:(?P<id>[A-Za-z][A-Za-z0-9_\-]{5,19})(?![A-Za-z0-9_\-@]|\.[A-Za-z0-9])"
    r"|(?P<digits>[1-9](?:[ \-]?[0-9]){4,10})" + _NOT_AN_AMOUNT + ")",
    re.IGNORECASE,
)
_WECHAT_STARTS = re.compile("[微薇威徽维卫vVwW加+]")
_CARD = re.compile(
    r"[3-6](?<![0-9A-Za-z_.].)(?:[0-9]{15,18}|[0-9]{3}(?:[ \-][0-9]{4}){3}(?:[ \-][0-9]{1,3})?)(?![0-9A-Za-z_])"
)
_CARD_WORD = re.compile(r"(?:卡号|银行卡|账号|帐号|账户|帐户|收款|卡)[^0-9\n]{0,8}$")
_RESIDENT_ID = re.compile(r"[1-8]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{4}")
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def luhn_valid(digits: str) -> bool:
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char) * (2 if position % 2 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def is_resident_id(digits: str) -> bool:
    """An 18-digit Chinese resident ID number with a valid check digit (one ending in X is no digit run anyway)."""
    if not _RESIDENT_ID.fullmatch(digits):
        return False
    check = sum(int(digit) * weight for digit, weight in zip(digits, _ID_WEIGHTS, strict=False)) % 11
    return "10X98765432"[check] == digits[17]


def mask_card(digits: str) -> str:
    """The first four and last four digits, the rest hidden: enough to recognise one's card, no more."""
    digits = re.sub(r"[^0-9]", "", digits)
    if len(digits) < 9:
        return "*" * len(digits)
    return f"{digits[:4]} **** **** {digits[-4:]}"


def card_flags(digits: str, *, named: bool) -> frozenset[str] | None:
    """The flags of a card number, or None when these digits are not taken for a card."""
    if not (16 <= len(digits) <= 19 and digits[0] in "3456"):
        return None
    if not named and len(digits) == 18 and is_resident_id(digits):
        return None
    if luhn_valid(digits):
        return frozenset({Flag.LUHN_VALID})
    return frozenset() if named else None


def find_contacts(text: str, original: str) -> list[Indicator]:
    """QQ numbers and WeChat ids named as such in `text` (width-folded `original`)."""
    found = []
    mails = _QQ_MAIL.finditer(text) if "@" in text else ()
    for match in (*finditer(_QQ, _QQ_STARTS, text), *mails):
        start, end = match.span("id")
        found.append(Indicator(IndicatorKind.QQ, match["id"], original[start:end], start, end))
    for match in finditer(_WECHAT, _WECHAT_STARTS, text):
        group = "id" if match["id"] else "digits"
        start, end = match.span(group)
        value = match["id"].lower() if match["id"] else re.sub(r"[^0-9]", "", match["digits"])
        found.append(Indicator(IndicatorKind.WECHAT, value, original[start:end], start, end))
    return found


def find_cards(text: str) -> list[Indicator]:
    found = []
    for match in _CARD.finditer(text):
        digits = re.sub(r"[^0-9]", "", match[0])
        named = _CARD_WORD.search(text, max(0, match.start() - 16), match.start()) is not None
        flags = card_flags(digits, named=named)
        if flags is not None:
            found.append(Indicator(IndicatorKind.BANK_CARD, digits, mask_card(digits), *match.span(), flags=flags))
    return found
