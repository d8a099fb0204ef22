"""Match a message against red-flag rules and score it. Pure: no request, no database.

A rule is one red-flag phrase of one technique (or a regular expression when
`is_pattern`), with a weight from 1 (weak signal) to 5 (all but conclusive).
Each distinct phrase counts once however often it appears. A technique's score
is the sum of its matched phrases' weights; the message's score is the sum over
techniques, and the risk level follows from it (see `risk_level`).
"""

import logging
import re
from collections import defaultdict
from dataclasses import dataclass, field
from enum import IntEnum
from functools import lru_cache

from .normalise import Folded, normalise, normalise_pattern, normalise_phrase

logger = logging.getLogger(__name__)

# Thresholds on the message's score. A single strong phrase (weight 5) or a few
# medium ones make a message "high"; one weak phrase alone stays "low", so an
# ordinary message that mentions 退款 or 快递 is not called a scam.
MEDIUM_SCORE = 4
HIGH_SCORE = 8


class RiskLevel(IntEnum):
    NONE = 0
    LOW = 1
    MEDIUM = 2
    HIGH = 3


@dataclass(frozen=True)
class Rule:
    technique: str  # technique code, e.g. "T012"
    phrase: str
    weight: int = 2
    is_pattern: bool = False


@dataclass(frozen=True)
class Rules:
    """Everything the matcher needs, as hashable plain data."""

    flags: tuple[Rule, ...]
    # technique code → codes/slugs of the scam types that use it
    scam_types: tuple[tuple[str, tuple[str, ...]], ...] = ()


@dataclass(frozen=True)
class Hit:
    technique: str
    phrase: str
    weight: int
    start: int  # span in the original message
    end: int


@dataclass(frozen=True)
class Segment:
    """A piece of the original message; `hit` marks a red-flag phrase."""

    text: str
    hit: bool


@dataclass(frozen=True)
class TechniqueMatch:
    technique: str
    score: int
    phrases: tuple[str, ...]  # the matched red-flag phrases, as curated
    quotes: tuple[str, ...]  # what they matched in the message, as written there


@dataclass(frozen=True)
class Result:
    text: str
    hits: tuple[Hit, ...] = ()
    techniques: tuple[TechniqueMatch, ...] = ()  # strongest first
    scam_types: tuple[tuple[str, float], ...] = ()  # (slug, score), likeliest first
    score: int = 0
    level: RiskLevel = RiskLevel.NONE
    segments: tuple[Segment, ...] = field(default=())

    @property
    def matched(self) -> bool:
        return bool(self.techniques)


@dataclass(frozen=True)
class _Prepared:
    phrases: tuple[tuple[Rule, str], ...]  # rule, folded phrase
    patterns: tuple[tuple[Rule, re.Pattern], ...]
    scam_types: dict


def compile_pattern(phrase: str) -> re.Pattern:
    """A red-flag pattern as the matcher runs it: folded (`normalise_pattern`), ignoring case.

    Raises `re.error` when invalid. Folding can make a pattern that compiles as written
    invalid (a full-width "（" becomes a group's "("), so validation compiles this too.
    """
    return re.compile(normalise_pattern(phrase), re.IGNORECASE)


@lru_cache(maxsize=8)
def prepare(rules: Rules) -> _Prepared:
    """Fold the phrases and compile the patterns once per set of rules."""
    phrases, patterns = [], []
    for rule in rules.flags:
        if rule.is_pattern:
            try:
                patterns.append((rule, compile_pattern(rule.phrase)))
            except re.error:
                # The admin validates patterns; an invalid one that slipped in is
                # skipped rather than breaking every check. Log the rule, never a message.
                logger.warning("Skipping invalid red-flag pattern for %s: %r", rule.technique, rule.phrase)
        else:
            folded = normalise_phrase(rule.phrase)
            if folded:
                phrases.append((rule, folded))
    return _Prepared(phrases=tuple(phrases), patterns=tuple(patterns), scam_types=dict(rules.scam_types))


def _find_all(haystack: str, needle: str):
    start = haystack.find(needle)
    while start != -1:
        yield start, start + len(needle)
        start = haystack.find(needle, start + 1)


def _hits(folded: Folded, prepared: _Prepared) -> list[Hit]:
    hits = []
    for rule, needle in prepared.phrases:
        for start, end in _find_all(folded.text, needle):
            hits.append(Hit(rule.technique, rule.phrase, rule.weight, *folded.span_in_original(start, end)))
    for rule, pattern in prepared.patterns:
        for found in pattern.finditer(folded.text):
            if found.end() > found.start():
                hits.append(Hit(rule.technique, rule.phrase, rule.weight, *folded.span_in_original(*found.span())))
    return hits


def segments(text: str, hits) -> tuple[Segment, ...]:
    """Cut the original text into plain and highlighted pieces (overlaps merged)."""
    spans = sorted((hit.start, hit.end) for hit in hits)
    merged: list[list[int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    pieces, position = [], 0
    for start, end in merged:
        if start > position:
            pieces.append(Segment(text[position:start], hit=False))
        pieces.append(Segment(text[start:end], hit=True))
        position = end
    if position < len(text):
        pieces.append(Segment(text[position:], hit=False))
    return tuple(pieces)


def risk_level(score: int, strongest_weight: int) -> RiskLevel:
    if score == 0:
        return RiskLevel.NONE
    if score >= HIGH_SCORE or strongest_weight >= 5:
        return RiskLevel.HIGH
    if score >= MEDIUM_SCORE:
        return RiskLevel.MEDIUM
    return RiskLevel.LOW


def match(text: str, rules: Rules) -> Result:
    """Find the red flags of `rules` in `text` and score the message."""
    prepared = prepare(rules)
    hits = _hits(normalise(text), prepared)

    # Each distinct phrase of a technique counts once, however often it appears.
    phrase_weights: dict[str, dict[str, int]] = defaultdict(dict)
    quotes: dict[str, dict[str, None]] = defaultdict(dict)  # ordered sets
    for hit in sorted(hits, key=lambda h: h.start):
        phrase_weights[hit.technique][hit.phrase] = hit.weight
        quotes[hit.technique][text[hit.start : hit.end]] = None
    techniques = sorted(
        (
            TechniqueMatch(
                technique=code,
                score=sum(weights.values()),
                phrases=tuple(sorted(weights, key=lambda p: -weights[p])),
                quotes=tuple(quotes[code]),
            )
            for code, weights in phrase_weights.items()
        ),
        key=lambda t: (-t.score, t.technique),
    )
    score = sum(t.score for t in techniques)
    strongest = max((hit.weight for hit in hits), default=0)

    # A technique used by every scam type (索要验证码) says little about which
    # one this is: it adds its score shared out among its types.
    type_scores: dict[str, float] = defaultdict(float)
    for technique in techniques:
        slugs = prepared.scam_types.get(technique.technique, ())
        for slug in slugs:
            type_scores[slug] += technique.score / len(slugs)
    # Keep the types that score at least half as much as the likeliest.
    top = max(type_scores.values(), default=0)
    scam_types = sorted(
        ((slug, score) for slug, score in type_scores.items() if 2 * score >= top),
        key=lambda item: (-item[1], item[0]),
    )

    return Result(
        text=text,
        hits=tuple(sorted(hits, key=lambda h: (h.start, h.end))),
        techniques=tuple(techniques),
        scam_types=tuple(scam_types),
        score=score,
        level=risk_level(score, strongest),
        segments=segments(text, hits),
    )
