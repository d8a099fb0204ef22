"""Read paths for the red-flag checker: the rules, and what a result page shows."""

from dataclasses import dataclass

from django.core.cache import cache
from django.db.models import Q

from cases.checker.matcher import Result, Rule, Rules
from cases.models import Advice, RedFlag, ScamType, Technique
from cases.selectors.fingerprint import data_fingerprint, newest, row_count

RULES_CACHE_KEY = "checker:rules:{}"
RULES_CACHE_SECONDS = 60 * 60 * 24


def _rules_fingerprint() -> str:
    """Changes whenever the rules may have changed.

    Every admin save or delete of a red flag or technique writes a history row
    (django-simple-history), so the newest history ids move on each edit; the
    row counts catch bulk loads, and the scam-type link count catches links
    set after a technique was saved.
    """
    return data_fingerprint(
        newest(RedFlag.history.model, "history_id"),
        newest(Technique.history.model, "history_id"),
        row_count(RedFlag.objects.all()),
        row_count(Technique.scam_types.through.objects.all()),
    )


def _load_rules() -> Rules:
    flags = tuple(
        Rule(technique=code, phrase=phrase, weight=weight, is_pattern=is_pattern)
        # A retired technique is only a redirect; its phrases moved to the replacement on merge.
        for code, phrase, weight, is_pattern in RedFlag.objects.filter(technique__retired=False)
        .order_by("technique__code", "pk")
        .values_list("technique__code", "phrase", "weight", "is_pattern")
    )
    links: dict[str, list[str]] = {}
    for code, slug in (
        Technique.scam_types.through.objects.filter(technique__retired=False)
        .order_by("technique__code", "scamtype__slug")
        .values_list("technique__code", "scamtype__slug")
    ):
        links.setdefault(code, []).append(slug)
    return Rules(flags=flags, scam_types=tuple((code, tuple(slugs)) for code, slugs in links.items()))


def checker_rules() -> Rules:
    """The red-flag rules, from the cache while nothing has changed (1 query), else loaded (3)."""
    key = RULES_CACHE_KEY.format(_rules_fingerprint())
    rules = cache.get(key)
    if rules is None:
        rules = _load_rules()
        cache.set(key, rules, RULES_CACHE_SECONDS)
    return rules


@dataclass(frozen=True)
class MatchedTechnique:
    technique: Technique
    score: int
    quotes: tuple[str, ...]


@dataclass(frozen=True)
class CheckReport:
    """What the result page shows, beyond the highlighted message."""

    techniques: list[MatchedTechnique]
    scam_types: list[ScamType]  # published only, likeliest first
    advice: list[Advice]


def check_report(result: Result) -> CheckReport:
    """Load the techniques, public scam types and advice for a result: 3 queries."""
    codes = [match.technique for match in result.techniques]
    by_code = {
        technique.code: technique for technique in Technique.objects.filter(code__in=codes).select_related("stage")
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
    return CheckReport(techniques=techniques, scam_types=scam_types, advice=list(advice))
