"""The risk rule: how the evidence found in a message becomes a score and a level.

Evidence comes in kinds: the signal kinds (who they claim to be, what they want,
pressure, bait, a channel switch), the curated red flags of techniques
(`SCRIPT`) and resemblance to a known scam script (`SIMILAR`). Within a kind the strongest piece counts, and a second distinct
piece of strength 2 or more adds one point ("pay first" and "a deposit"), so
ten ways of saying "customer service" still weigh no more than two; across kinds the pieces add up, and every further kind of
strength 2 or more adds a point more: combinations score higher than any single
word. A message that reads as a warning about scams (`SignalKind.WARNING`) loses
that signal's strength and, unless it carries a number, link or account that
raised a signal itself, stays below medium; anything found keeps it above "none".
"""

from enum import IntEnum

from .concepts import SignalKind

SCRIPT = "script"  # a technique's red-flag phrases
SIMILAR = "similar"  # resembles a known scam line

MEDIUM_SCORE = 4
HIGH_SCORE = 8
# Red flags were weighted 1–5 one phrase at a time; their sum counts as one kind, capped here.
MAX_SCRIPT_STRENGTH = 5


class RiskLevel(IntEnum):
    NONE = 0
    LOW = 1
    MEDIUM = 2
    HIGH = 3


def strongest_by_kind(evidence: list[tuple[str, int]]) -> dict[str, int]:
    """Each kind's weight among (kind, strength) pairs: its strongest, plus one if a second one is 2 or more."""
    by_kind: dict[str, list[int]] = {}
    for kind, strength in evidence:
        by_kind.setdefault(kind, []).append(strength)
    weights = {}
    for kind, strengths in by_kind.items():
        strengths.sort(reverse=True)
        weights[kind] = strengths[0] + (1 if len(strengths) > 1 and strengths[1] >= 2 else 0)
    return weights


def score(strongest: dict[str, int], *, warning_only: bool = False) -> int:
    """The message's score from the weight of each kind of evidence (`strongest_by_kind`).

    `warning_only`: the message reads as a warning about scams and carries no number,
    link or account of its own, so whatever scam words it quotes, it stays below medium.
    """
    found = {kind: strength for kind, strength in strongest.items() if kind != SignalKind.WARNING and strength > 0}
    if not found:
        return 0
    combined = sum(1 for strength in found.values() if strength >= 2)
    total = sum(found.values()) + max(combined - 1, 0) - strongest.get(SignalKind.WARNING, 0)
    if warning_only:
        total = min(total, MEDIUM_SCORE - 1)
    return max(total, 1)


def risk_level(total: int) -> RiskLevel:
    if total <= 0:
        return RiskLevel.NONE
    if total >= HIGH_SCORE:
        return RiskLevel.HIGH
    if total >= MEDIUM_SCORE:
        return RiskLevel.MEDIUM
    return RiskLevel.LOW
