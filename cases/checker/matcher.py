"""Read a message against the curated rules and score it. Pure: no request, no database.

Three kinds of rule meet here, all plain data (`Rules`, `ScriptIndex`):
- risk signals (`SignalRule`): concepts such as "claims to be customer service" or
  "asks for the code", each with many surface forms, or raised by an indicator
  the message carries (an overseas number, an unknown link, an app to download);
- red flags (`Rule`): a technique's own phrases, which say which stage and
  technique the message belongs to;
- known scam lines (`ScriptIndex`), which the message may resemble.
`cases.checker.scoring` turns what was found into a score and a risk level.
Loading the rules from the database is `cases.selectors.checker`'s job.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from cases.indicators import Indicator, IndicatorKind, extract

from .concepts import SignalKind, Trigger
from .normalise import normalise
from .phrases import PhraseSet
from .scoring import MAX_SCRIPT_STRENGTH, SCRIPT, SIMILAR, RiskLevel, risk_level, score, strongest_by_kind
from .similarity import Resemblance, ScriptIndex

# A resemblance this close counts as evidence of this strength (the closest first).
SIMILARITY_STRENGTHS = ((0.6, 3), (0.45, 2))

__all__ = ["Result", "RiskLevel", "Rule", "Rules", "SignalRule", "match"]


@dataclass(frozen=True)
class Rule:
    """One red-flag phrase (or pattern) of a technique, weighted 1 (weak) to 5 (all but conclusive)."""

    technique: str  # technique code, e.g. "T012"
    phrase: str
    weight: int = 2
    is_pattern: bool = False


@dataclass(frozen=True)
class SignalRule:
    code: str  # e.g. "C12"
    kind: str  # a `SignalKind`
    name: str
    explanation: str
    strength: int  # 1–4
    phrases: tuple[tuple[str, bool], ...] = ()  # (phrase, is_pattern)
    trigger: str = ""  # a `Trigger`, or ""
    scam_types: tuple[str, ...] = ()
    techniques: tuple[str, ...] = ()


@dataclass(frozen=True)
class Rules:
    """Everything the matcher needs, as hashable plain data."""

    flags: tuple[Rule, ...] = ()
    # technique code → slugs of the scam types that use it
    scam_types: tuple[tuple[str, tuple[str, ...]], ...] = ()
    signals: tuple[SignalRule, ...] = ()


@dataclass(frozen=True)
class Span:
    """A stretch of the original message that matched something."""

    start: int
    end: int


@dataclass(frozen=True)
class Segment:
    """A piece of the original message; `hit` marks matched words."""

    text: str
    hit: bool


@dataclass(frozen=True)
class SignalMatch:
    code: str
    kind: str
    name: str
    explanation: str
    strength: int
    quotes: tuple[str, ...]  # what raised it, as written in the message

    @property
    def kind_label(self) -> str:
        return SignalKind(self.kind).label


@dataclass(frozen=True)
class TechniqueMatch:
    technique: str
    score: int
    phrases: tuple[str, ...]  # the matched red-flag phrases, as curated
    quotes: tuple[str, ...]  # what they matched in the message, as written there


@dataclass(frozen=True)
class Result:
    text: str
    level: RiskLevel = RiskLevel.NONE
    score: int = 0
    signals: tuple[SignalMatch, ...] = ()  # strongest first
    techniques: tuple[TechniqueMatch, ...] = ()  # strongest first
    scam_types: tuple[tuple[str, float], ...] = ()  # (slug, score), likeliest first
    indicators: tuple[Indicator, ...] = ()
    resemblance: Resemblance | None = None  # counted only when close enough (`SIMILARITY_STRENGTHS`)
    spans: tuple[Span, ...] = ()
    segments: tuple[Segment, ...] = field(default=())

    @property
    def matched(self) -> bool:
        return bool(self.signals or self.techniques or self.resemblance)

    @property
    def warning_context(self) -> bool:
        return any(signal.kind == SignalKind.WARNING for signal in self.signals)


@dataclass(frozen=True)
class _Prepared:
    phrases: PhraseSet
    by_trigger: dict[str, tuple[SignalRule, ...]]
    scam_types: dict[str, tuple[str, ...]]


@lru_cache(maxsize=8)
def prepare(rules: Rules) -> _Prepared:
    """Fold the phrases and compile the patterns once per set of rules."""
    entries = [(flag, flag.phrase, flag.is_pattern) for flag in rules.flags]
    entries += [(signal, phrase, is_pattern) for signal in rules.signals for phrase, is_pattern in signal.phrases]
    by_trigger: dict[str, list[SignalRule]] = defaultdict(list)
    for signal in rules.signals:
        if signal.trigger:
            by_trigger[signal.trigger].append(signal)
    return _Prepared(
        phrases=PhraseSet(entries),
        by_trigger={trigger: tuple(signals) for trigger, signals in by_trigger.items()},
        scam_types=dict(rules.scam_types),
    )


def _triggers(indicator: Indicator) -> set[str]:
    """The `Trigger`s an indicator raises: its flags, and what its kind or value says."""
    triggers = set(indicator.flags)
    if indicator.kind in (IndicatorKind.QQ, IndicatorKind.WECHAT):
        triggers.add(Trigger.CONTACT_ID)
    elif indicator.kind == IndicatorKind.BANK_CARD:
        triggers.add(Trigger.BANK_CARD)
    return triggers


def segments(text: str, spans) -> tuple[Segment, ...]:
    """Cut the original text into plain and highlighted pieces (overlaps merged)."""
    merged: list[list[int]] = []
    for start, end in sorted((span.start, span.end) for span in spans):
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


def _similarity_strength(resemblance: Resemblance | None) -> int:
    if resemblance is not None:
        for threshold, strength in SIMILARITY_STRENGTHS:
            if resemblance.similarity >= threshold:
                return strength
    return 0


def match(text: str, rules: Rules, scripts: ScriptIndex | None = None) -> Result:
    """Find the signals, red flags, indicators and closest known script in `text`, and score it."""
    prepared = prepare(rules)
    if not text.isascii():
        # A lone surrogate cannot come from a web form, but must not break a caller: one "?" each.
        text = text.encode("utf-8", "replace").decode("utf-8")
    folded = normalise(text)
    spans: list[Span] = []
    # Ordered sets of quotes: each distinct phrase or indicator counts once, however often it appears.
    signal_quotes: dict[SignalRule, dict[str, None]] = defaultdict(dict)
    flag_quotes: dict[str, dict[str, None]] = defaultdict(dict)
    flag_weights: dict[str, dict[str, int]] = defaultdict(dict)

    for found in sorted(prepared.phrases.find(folded), key=lambda found: found.start):
        spans.append(Span(found.start, found.end))
        quote = text[found.start : found.end]
        if isinstance(found.owner, SignalRule):
            signal_quotes[found.owner][quote] = None
        else:
            flag_weights[found.owner.technique][found.phrase] = found.owner.weight
            flag_quotes[found.owner.technique][quote] = None

    indicators = extract(text)
    triggered = False
    for indicator in indicators:
        raised = [signal for trigger in _triggers(indicator) for signal in prepared.by_trigger.get(trigger, ())]
        if raised:
            # A number, link or account of its own makes even a warning worth a look; an app name does not.
            triggered = triggered or indicator.kind != IndicatorKind.APP
            spans.append(Span(indicator.start, indicator.end))
        for signal in raised:
            signal_quotes[signal][text[indicator.start : indicator.end]] = None

    signals = sorted(
        (
            SignalMatch(rule.code, rule.kind, rule.name, rule.explanation, rule.strength, tuple(quotes))
            for rule, quotes in signal_quotes.items()
        ),
        key=lambda signal: (-signal.strength, signal.code),
    )

    # Techniques: by their red flags, and by the signals that point to them.
    technique_scores = {code: sum(weights.values()) for code, weights in flag_weights.items()}
    technique_quotes = {code: dict(quotes) for code, quotes in flag_quotes.items()}
    for rule, quotes in signal_quotes.items():
        if rule.kind == SignalKind.WARNING:
            continue
        for code in rule.techniques:
            technique_scores[code] = technique_scores.get(code, 0) + rule.strength
            technique_quotes.setdefault(code, {}).update(quotes)
    techniques = sorted(
        (
            TechniqueMatch(
                technique=code,
                score=total,
                phrases=tuple(sorted(flag_weights.get(code, {}), key=lambda p: -flag_weights[code][p])),
                quotes=tuple(technique_quotes[code]),
            )
            for code, total in technique_scores.items()
        ),
        key=lambda match: (-match.score, match.technique),
    )

    resemblance = scripts.closest(folded.text) if scripts is not None and len(scripts) else None
    similar = _similarity_strength(resemblance)

    evidence = [(signal.kind, signal.strength) for signal in signals]
    script_strength = min(sum(sum(weights.values()) for weights in flag_weights.values()), MAX_SCRIPT_STRENGTH)
    evidence += [(SCRIPT, script_strength), (SIMILAR, similar)]
    warned = any(signal.kind == SignalKind.WARNING for signal in signals)
    total = score(strongest_by_kind(evidence), warning_only=warned and not triggered)

    return Result(
        text=text,
        level=risk_level(total),
        score=total,
        signals=tuple(signals),
        techniques=tuple(techniques),
        scam_types=_scam_types(prepared, techniques, signal_quotes, resemblance if similar else None, similar),
        indicators=indicators,
        resemblance=resemblance if similar else None,
        spans=tuple(sorted(spans, key=lambda span: (span.start, span.end))),
        segments=segments(text, spans),
    )


def _scam_types(prepared, techniques, signal_quotes, resemblance, similar) -> tuple[tuple[str, float], ...]:
    """The likeliest scam types: every piece of evidence shares its score out among the types it points to.

    A technique or signal common to every type (索要验证码) says little about which one
    this is, so it adds little to each.
    """
    type_scores: dict[str, float] = defaultdict(float)

    def add(slugs, amount):
        for slug in slugs:
            type_scores[slug] += amount / len(slugs)

    for technique in techniques:
        if slugs := prepared.scam_types.get(technique.technique, ()):
            add(slugs, technique.score)
    for rule in signal_quotes:
        if rule.scam_types and rule.kind != SignalKind.WARNING:
            add(rule.scam_types, rule.strength)
    if resemblance is not None and resemblance.script.scam_types:
        add(resemblance.script.scam_types, similar)
    # Keep the types that score at least half as much as the likeliest.
    top = max(type_scores.values(), default=0)
    return tuple(
        sorted(
            ((slug, value) for slug, value in type_scores.items() if 2 * value >= top),
            key=lambda item: (-item[1], item[0]),
        )
    )
