"""All the indicators of one message, without overlaps: each stretch of text is one thing.

Every finder runs on the width-folded text (same length, so spans hold) and
proposes; where proposals overlap, the more specific wins: a link over the
digits in it, a masked number (138****5678) over any digits in it, a bank card
over a named QQ or WeChat id, those over a phone number, a phone over an
amount, an amount over a short service number (95000元 is money), and all over
an app name. Between equals the longer wins.
"""

from . import accounts, amounts, apps, links, phones
from .kinds import Flag, Indicator, IndicatorKind
from .text import narrow

_MASKED_RANK = 1  # a masked number claims its span and is not reported
_RANK = {
    IndicatorKind.URL: 0,
    IndicatorKind.BANK_CARD: 2,
    IndicatorKind.QQ: 3,
    IndicatorKind.WECHAT: 3,
    IndicatorKind.PHONE: 4,
    IndicatorKind.AMOUNT: 5,
    IndicatorKind.APP: 7,
}
_SERVICE_RANK = 6


def _rank(indicator: Indicator) -> int:
    if indicator.kind == IndicatorKind.PHONE and Flag.SERVICE_NUMBER in indicator.flags:
        return _SERVICE_RANK
    return _RANK[indicator.kind]


def extract(text: str) -> tuple[Indicator, ...]:
    """The phone numbers, links, QQ and WeChat ids, apps, bank cards and amounts in `text`, in order."""
    folded = narrow(text)
    proposals = [(_MASKED_RANK, start, end, None) for start, end in phones.masked(folded)]
    for indicator in (
        *links.find(folded, text),
        *accounts.find_cards(folded),
        *accounts.find_contacts(folded, text),
        *phones.find(folded, text),
        *amounts.find(text),
        *apps.find(folded, text),
    ):
        proposals.append((_rank(indicator), indicator.start, indicator.end, indicator))
    claimed = bytearray(len(text))
    kept = []
    for _, start, end, indicator in sorted(proposals, key=lambda p: (p[0], p[1] - p[2], p[1])):
        if start >= end or claimed.find(1, start, end) != -1:
            continue
        claimed[start:end] = b"\x01" * (end - start)
        if indicator is not None:
            kept.append(indicator)
    return tuple(sorted(kept, key=lambda indicator: (indicator.start, indicator.end)))
