"""Find curated phrases and patterns in a folded message: the one matching rule for red flags and signals.

A phrase is folded as the message is (`normalise_phrase`) and found as a plain
substring; a pattern is a regular expression run on the folded message. Both
report spans in the original text, for highlighting and quoting.
"""

import logging
import re
from collections.abc import Hashable, Iterator
from dataclasses import dataclass

from .normalise import Folded, normalise_pattern, normalise_phrase

logger = logging.getLogger(__name__)


def compile_pattern(phrase: str) -> re.Pattern:
    """A pattern as the matcher runs it: folded (`normalise_pattern`), ignoring case.

    Raises `re.error` when invalid. Folding can make a pattern that compiles as written
    invalid (a full-width "（" becomes a group's "("), so validation compiles this too.
    """
    return re.compile(normalise_pattern(phrase), re.IGNORECASE)


def pattern_error(phrase: str) -> str:
    """Why `phrase` cannot run as a checker pattern, in the editor's words, or "" if it can."""
    try:
        compile_pattern(phrase)
    except re.error as error:
        return f"不是有效的正则表达式：{error}"
    return ""


@dataclass(frozen=True)
class Found:
    owner: Hashable  # the rule the phrase belongs to
    phrase: str  # as curated
    start: int  # span in the original message
    end: int


class PhraseSet:
    """Phrases and patterns folded and compiled once, each with the rule it belongs to."""

    def __init__(self, entries: list[tuple[Hashable, str, bool]]):
        self._phrases: list[tuple[Hashable, str, str]] = []
        self._patterns: list[tuple[Hashable, str, re.Pattern]] = []
        for owner, phrase, is_pattern in entries:
            if is_pattern:
                try:
                    self._patterns.append((owner, phrase, compile_pattern(phrase)))
                except re.error:
                    # The admin validates patterns; one that slipped in is skipped rather than
                    # breaking every check. Log the rule, never a message.
                    logger.warning("Skipping invalid checker pattern: %r", phrase)
            else:
                folded = normalise_phrase(phrase)
                if folded:
                    self._phrases.append((owner, phrase, folded))

    def find(self, folded: Folded) -> Iterator[Found]:
        haystack = folded.text
        for owner, phrase, needle in self._phrases:
            start = haystack.find(needle)
            while start != -1:
                yield Found(owner, phrase, *folded.span_in_original(start, start + len(needle)))
                start = haystack.find(needle, start + 1)
        for owner, phrase, pattern in self._patterns:
            for found in pattern.finditer(haystack):
                if found.end() > found.start():
                    yield Found(owner, phrase, *folded.span_in_original(*found.span()))
