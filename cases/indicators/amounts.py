"""Amounts of money, read by the one money parser the import uses (`cases.importing.amounts`).

`find_amounts` there also classifies each amount (loss, offer …) by scanning
its clause, which the checker does not need and which costs far more than the
match itself. So this runs the same regex and money test (`MONEY_RE`, and the
private `_is_money` and `_amount_from_match`) without it, and only over the
stretches of text that can hold an amount and contain a currency sign or 万/亿:
tried at every position of a long message, the regex alone costs a millisecond.
"""

import re
from decimal import InvalidOperation

from cases.importing.amounts import MONEY_RE, AmountError, _amount_from_match, _is_money, normalise_digits

from .kinds import Indicator, IndicatorKind

# The characters an amount can contain: any character in MONEY_RE's source (a superset, group
# names included, so it stays right when the regex changes), ASCII digits and spaces.
_CHARS = "0123456789 \t\n\u3000" + "".join(sorted(set(MONEY_RE.pattern) - set("0123456789 ")))
_RUN = re.compile(f"[{re.escape(_CHARS)}]*")
_CHAR_SET = frozenset(_CHARS)
# `_is_money` accepts nothing without one of these; 人民币 and RMB are looked for by their first letter.
_ANCHORS = re.compile(r"[元圆块万萬亿億¥￥]|人民币|RMB")
_ANCHOR_CHARS = re.compile("[元圆块万萬亿億¥￥人R]")
_LOOK_BACK = 64  # an amount is never longer
_PART_OF_WORD = re.compile(r"[A-Za-z0-9_.]")
_WIDE_DIGITS = re.compile("[０-９]")
_WIDE = re.compile("[０-９．，]+")
_WIDE_SEPARATOR = re.compile("[．，](?<=[0-9].)(?=[0-9])")


def _stretches(text: str):
    """(start, end) of each run of amount characters around a currency sign or 万/亿.

    Found from the anchors outwards: scanning all the text for runs costs more than the rest.
    """
    done = 0
    for anchor in _ANCHOR_CHARS.finditer(text):
        if anchor.start() < done:
            continue
        start, floor = anchor.start(), max(done, anchor.start() - _LOOK_BACK)
        while start > floor and text[start - 1] in _CHAR_SET:
            start -= 1
        done = _RUN.match(text, anchor.start()).end()
        if _ANCHORS.search(text, start, done):
            yield start, done


def find(original: str) -> list[Indicator]:
    """Every money amount in `original`, its value in yuan (a range gives its lower bound)."""
    if not _ANCHORS.search(original):
        return []
    # As `normalise_digits(original)`, but much faster than translating every character.
    wide = _WIDE if _WIDE_DIGITS.search(original) else _WIDE_SEPARATOR
    text = wide.sub(lambda run: normalise_digits(run[0]), original)
    found = []
    for low, high in _stretches(text):
        for match in MONEY_RE.finditer(text, low, high):
            # As `find_amounts`: a number glued to letters or digits is part of an identifier.
            if match.start() > 0 and _PART_OF_WORD.match(text, match.start() - 1):
                continue
            if not _ANCHORS.search(match[0]) or not _is_money(match, text):
                continue
            try:
                amount = _amount_from_match(match)
            except (AmountError, InvalidOperation, ValueError):
                continue
            if amount.value <= 0:
                continue
            written = match[0].strip()
            start = match.start() + len(match[0]) - len(match[0].lstrip())
            end = start + len(written)
            found.append(Indicator(IndicatorKind.AMOUNT, str(amount.value), original[start:end], start, end))
    return found
