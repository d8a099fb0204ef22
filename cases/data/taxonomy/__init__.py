"""Production taxonomy: stages, scam types, techniques with their red flags, and police advice.

One module per scam type holds its explainer, pretexts, the techniques only it
uses and the advice only it needs; `shared` holds the techniques several types
use (screen sharing, verification codes, "safe accounts", fake apps …) and
`advice` the advice several types share. A shared move is one technique with
several scam types, never a copy per type.

Codes are stable references: S1…, T001…, A01…. Renaming an item keeps its
code, and a retired code is never given to something else. New items take the
next free number, wherever they sit in the lists. Advice codes from A100 up are
left for staff (migration 0006 numbers staff-made advice there).

Red flags are `(phrase, weight)` or `(regex, weight, True)`; weight 1 is a weak
signal, 5 all but proves a scam. Phrases are what scammers actually say or
type, plain and colloquial, because the checker matches them against messages
citizens paste in.
"""

from . import (
    acquaintance,
    advice,
    credit_repair,
    customer_service,
    game_trading,
    investment,
    loan,
    order_brushing,
    police,
    romance,
    shared,
    shopping,
)
from .slugs import (
    ACQUAINTANCE,
    ALL_TYPES,
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
from .stages import STAGES

_TYPE_MODULES = [
    customer_service,
    order_brushing,
    police,
    investment,
    loan,
    credit_repair,
    shopping,
    acquaintance,
    game_trading,
    romance,
]

SCAM_TYPES = [module.SCAM_TYPE for module in _TYPE_MODULES]
TECHNIQUES = sorted(
    [*shared.TECHNIQUES, *(t for module in _TYPE_MODULES for t in module.TECHNIQUES)],
    key=lambda item: item["code"],
)
ADVICE = sorted(
    [*advice.ADVICE, *(a for module in _TYPE_MODULES for a in module.ADVICE)],
    key=lambda item: item["code"],
)

__all__ = [
    "ACQUAINTANCE",
    "ADVICE",
    "ALL_TYPES",
    "CREDIT_REPAIR",
    "CUSTOMER_SERVICE",
    "FAKE_POLICE",
    "GAME_TRADING",
    "INVESTMENT",
    "LOAN",
    "ORDER_BRUSHING",
    "ROMANCE",
    "SCAM_TYPES",
    "SHOPPING",
    "STAGES",
    "TECHNIQUES",
]
