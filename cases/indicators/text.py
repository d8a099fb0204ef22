"""What the extractors share: the text fold, and a fast way to run patterns that cannot skip ahead.

`narrow` folds full-width forms to ASCII, one character for one, so offsets
hold. Only digits, letters and the few signs that occur inside numbers and
links (＋ － ． ／ ＿ ＠ ＊, dashes, odd spaces) are folded. Full-width
punctuation such as ，：？ stays as it is, so a link stops before it.
"""

import re

_TABLE = {0xFF10 + i: 0x30 + i for i in range(10)}
_TABLE |= {0xFF21 + i: 0x41 + i for i in range(26)} | {0xFF41 + i: 0x61 + i for i in range(26)}
_TABLE |= {ord(wide): narrow for wide, narrow in zip("＋－．／＿＠＊", "+-./_@*", strict=True)}
_TABLE |= {code: ord("-") for code in (0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212)}
_TABLE |= {0x3000: ord(" "), 0x00A0: ord(" ")}
# Runs of characters to fold: a substitution per run is much faster than translating every character.
_WIDE = re.compile("[" + re.escape("".join(map(chr, _TABLE))) + "]+")


def _fold_run(match: re.Match) -> str:
    return match[0].translate(_TABLE)


def narrow(text: str) -> str:
    """`text` with full-width digits and letters (１, ｑ) and the signs above as ASCII; same length."""
    return _WIDE.sub(_fold_run, text)


def search(pattern: re.Pattern, starts: re.Pattern, text: str, pos: int = 0) -> re.Match | None:
    """`pattern.search(text, pos)`, trying `pattern` only where `starts` finds a character a match can begin with.

    Python's re skips ahead quickly only for patterns that begin with a plain
    character set; ours begin with lookbehinds or alternatives and would cost
    a millisecond per long message tried at every position. `starts` must
    begin with such a set and find every position where `pattern` can match.
    """
    while found := starts.search(text, pos):
        if match := pattern.match(text, found.start()):
            return match
        pos = found.start() + 1
    return None


def finditer(pattern: re.Pattern, starts: re.Pattern, text: str):
    """`pattern.finditer(text)` by way of `search` (none of our patterns matches the empty string)."""
    pos = 0
    while match := search(pattern, starts, text, pos):
        yield match
        pos = max(match.end(), match.start() + 1)
