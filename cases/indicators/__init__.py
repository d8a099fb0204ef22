"""Indicators: the phone numbers, links, QQ and WeChat ids, apps, bank cards and amounts a message carries.

Pure functions, no database. `extract(text)` finds them, with spans in the
original text and flags saying what is notable (`Flag`: an overseas number, a
short link, an app the message asks you to install …). The checker raises
signals from the flags; the look-up joins on `Indicator.value`, and
`normalise_query` turns what a citizen types into the same form.
"""

from .accounts import mask_card
from .extract import extract
from .kinds import Flag, Indicator, IndicatorKind
from .query import normalise_query

__all__ = ["Flag", "Indicator", "IndicatorKind", "extract", "mask_card", "normalise_query"]
