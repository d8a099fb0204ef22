"""Read paths for 风险自查: the rules, the known scam lines, and what a result page shows."""

from dataclasses import dataclass

from django.core.cache import cache
from django.db.models import Q

from cases.checker.matcher import Result, Rule, Rules, SignalRule
from cases.checker.similarity import Script, ScriptIndex
from cases.indicators import Flag, IndicatorKind
from cases.indicators.query import LOOKUP_KINDS
from cases.models import (
    Advice,
    Article,
    Case,
    CaseStep,
    DialogueLine,
    RedFlag,
    ScamType,
    Signal,
    SignalPhrase,
    Technique,
)
from cases.selectors.fingerprint import data_fingerprint, newest, row_count
from cases.selectors.lookup import indicator_report_counts

RULES_CACHE_KEY = "checker:rules:{}"
RULES_CACHE_SECONDS = 60 * 60 * 24
# The newest public cases whose steps the similarity check reads: enough to cover every
# current script, few enough that building the index stays well under a second.
SCRIPT_CASES = 2000
SCRIPT_TEXT_LIMIT = 300


def _rules_fingerprint() -> str:
    """Changes whenever the rules or the known scam lines may have changed.

    Every admin save or delete of a red flag, technique, signal or phrase writes a
    history row (django-simple-history), so the newest history ids move on each
    edit; the row counts catch bulk loads and links set after a row was saved. The
    published-article count moves when an article's publish time comes. (A case
    whose publish time comes joins the known lines at the next edit of any case.)
    """
    return data_fingerprint(
        newest(RedFlag.history.model, "history_id"),
        newest(Technique.history.model, "history_id"),
        newest(Signal.history.model, "history_id"),
        newest(SignalPhrase.history.model, "history_id"),
        row_count(RedFlag.objects.all()),
        row_count(SignalPhrase.objects.all()),
        row_count(Technique.scam_types.through.objects.all()),
        row_count(Signal.scam_types.through.objects.all()),
        row_count(Signal.techniques.through.objects.all()),
        newest(Article.history.model, "history_id"),
        newest(DialogueLine.history.model, "history_id"),
        newest(Case.history.model, "history_id"),
        newest(CaseStep.history.model, "history_id"),
        row_count(Article.objects.published()),
    )


def _links(through, owner_key: str, target_key: str) -> dict[str, list[str]]:
    """A many-to-many table as {owner: [targets]}, both by natural key."""
    links: dict[str, list[str]] = {}
    for key, target in through.objects.order_by(owner_key, target_key).values_list(owner_key, target_key):
        links.setdefault(key, []).append(target)
    return links


def _load_rules() -> Rules:
    flags = tuple(
        Rule(technique=code, phrase=phrase, weight=weight, is_pattern=is_pattern)
        # A retired technique is only a redirect; its phrases moved to the replacement on merge.
        for code, phrase, weight, is_pattern in RedFlag.objects.filter(technique__retired=False)
        .order_by("technique__code", "pk")
        .values_list("technique__code", "phrase", "weight", "is_pattern")
    )
    technique_types = _links(Technique.scam_types.through, "technique__code", "scamtype__slug")
    retired = set(Technique.objects.filter(retired=True).values_list("code", flat=True))
    signal_types = _links(Signal.scam_types.through, "signal__code", "scamtype__slug")
    signal_techniques = _links(Signal.techniques.through, "signal__code", "technique__code")
    phrases: dict[str, list[tuple[str, bool]]] = {}
    for code, phrase, is_pattern in SignalPhrase.objects.order_by("signal__code", "pk").values_list(
        "signal__code", "phrase", "is_pattern"
    ):
        phrases.setdefault(code, []).append((phrase, is_pattern))
    signals = tuple(
        SignalRule(
            code=signal.code,
            kind=signal.kind,
            name=signal.name,
            explanation=signal.explanation,
            strength=signal.strength,
            phrases=tuple(phrases.get(signal.code, ())),
            trigger=signal.trigger,
            scam_types=tuple(signal_types.get(signal.code, ())),
            techniques=tuple(code for code in signal_techniques.get(signal.code, ()) if code not in retired),
        )
        for signal in Signal.objects.order_by("code")
    )
    return Rules(
        flags=flags,
        scam_types=tuple((code, tuple(slugs)) for code, slugs in technique_types.items() if code not in retired),
        signals=signals,
    )


def _load_scripts() -> list[Script]:
    """Scam lines the public site shows: scammers' lines in published dialogues, public case steps."""
    scripts = [
        Script(text=line.text, source=line.article.title, url=line.article.get_absolute_url())
        for line in DialogueLine.objects.filter(role=DialogueLine.Role.SCAMMER, article__in=Article.objects.published())
        .select_related("article")
        .only("text", "article__title", "article__slug")
    ]
    newest_cases = Case.objects.published().order_by("-pk").values("pk")[:SCRIPT_CASES]
    for case_id, title, slug, description in (
        CaseStep.objects.filter(case__in=newest_cases)
        .order_by("-case_id", "order")
        .values_list("case_id", "case__title", "case__scam_type__slug", "description")
    ):
        scripts.append(
            Script(
                text=description[:SCRIPT_TEXT_LIMIT],
                source=title,
                url=Case(pk=case_id).get_absolute_url(),
                scam_types=(slug,),
            )
        )
    return scripts


# Process-local: an index is a few megabytes of Python objects, cheaper to rebuild than to unpickle.
_scripts: dict[str, ScriptIndex] = {}


def checker_data() -> tuple[Rules, ScriptIndex]:
    """The rules (shared cache) and the known-script index (this process), rebuilt when the data changed.

    One query while nothing has changed; on a change, the loads behind it.
    """
    fingerprint = _rules_fingerprint()
    key = RULES_CACHE_KEY.format(fingerprint)
    rules = cache.get(key)
    if rules is None:
        rules = _load_rules()
        cache.set(key, rules, RULES_CACHE_SECONDS)
    scripts = _scripts.get(fingerprint)
    if scripts is None:
        scripts = ScriptIndex(_load_scripts())
        _scripts.clear()
        _scripts[fingerprint] = scripts
    return rules, scripts


def checker_rules() -> Rules:
    return checker_data()[0]


@dataclass(frozen=True)
class MatchedTechnique:
    technique: Technique
    score: int
    quotes: tuple[str, ...]


@dataclass(frozen=True)
class IndicatorNote:
    """An indicator as the result page lists it: masked where it must be, with what is suspicious about it."""

    label: str
    display: str
    notes: tuple[str, ...]
    reports: int = 0  # independent accepted reports, when enough for the look-up to say so
    lookup_query: str = ""  # for a link to /lookup/; never a card number, which must not land in a URL


# Flags worth a word to the citizen; "official" is left unsaid, since a page must never sound like an all-clear.
_NOTED_FLAGS = (
    Flag.OVERSEAS,
    Flag.SPOOFED_PLUS,
    Flag.VIRTUAL_OPERATOR,
    Flag.SHORT_LINK,
    Flag.IP_HOST,
    Flag.PUNYCODE,
    Flag.UNKNOWN_LINK,
    Flag.DOWNLOAD,
)


def _indicator_notes(result: Result) -> list[IndicatorNote]:
    """Each indicator with what is notable about it and what the look-up knows: one query when any can be looked up."""
    lookable = [indicator for indicator in result.indicators if indicator.kind in LOOKUP_KINDS]
    counts = indicator_report_counts([(str(indicator.kind), indicator.value) for indicator in lookable])
    return [
        IndicatorNote(
            label=IndicatorKind(indicator.kind).label,
            display=indicator.display,
            notes=tuple(flag.label for flag in _NOTED_FLAGS if flag in indicator.flags),
            reports=counts.get((str(indicator.kind), indicator.value), 0),
            lookup_query=indicator.value
            if indicator.kind in LOOKUP_KINDS and indicator.kind != IndicatorKind.BANK_CARD
            else "",
        )
        for indicator in result.indicators
    ]


@dataclass(frozen=True)
class CheckReport:
    """What the result page shows, beyond the highlighted message and the signals."""

    techniques: list[MatchedTechnique]
    scam_types: list[ScamType]  # published only, likeliest first
    advice: list[Advice]
    indicators: list[IndicatorNote]

    similarity_percent: int = 0


def check_report(result: Result) -> CheckReport:
    """Load the techniques, public scam types and advice for a result: 3 queries, a 4th for look-up counts."""
    codes = [match.technique for match in result.techniques]
    by_code = {
        technique.code: technique
        for technique in Technique.objects.filter(code__in=codes, retired=False).select_related("stage")
    }
    techniques = [
        MatchedTechnique(by_code[match.technique], match.score, match.quotes)
        for match in result.techniques
        if match.technique in by_code
    ]

    slugs = [slug for slug, _ in result.scam_types]
    published = {scam_type.slug: scam_type for scam_type in ScamType.objects.published().filter(slug__in=slugs)}
    scam_types = [published[slug] for slug in slugs if slug in published]

    # The advice that counters the matched techniques; with none, the general advice.
    if codes:
        advice = Advice.objects.filter(techniques__code__in=codes).distinct()
    else:
        advice = Advice.objects.filter(Q(is_general=True))
    return CheckReport(
        techniques=techniques,
        scam_types=scam_types,
        advice=list(advice),
        indicators=_indicator_notes(result),
        similarity_percent=round(result.resemblance.similarity * 100) if result.resemblance else 0,
    )
