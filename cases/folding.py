"""Fold the ways one text can be written into one form: the rules the checker and search share.

Each rule is written once, here; each caller picks its rules with `fold`'s flags:

- always: full-width letters and digits → ASCII, traditional → simplified (OpenCC `t2s`);
- `compatibility`: every compatibility form too (NFKC: full-width punctuation, ①, ㈠).
  The checker only: search keeps full-width punctuation for its snippets;
- `lower`: lower case. Search's matching form and the checker's messages and phrases;
  not search's stored display text, nor checker patterns (\\D is not \\d: they match
  ignoring case instead);
- `numerals`: Chinese numerals → digits (三倍 = 3倍). The checker only: search must
  find 三不一多 as written;
- `drop_breaks` (`fold_with_origins`): drop spaces, punctuation, symbols and control
  characters, but not + or ¥. The checker's messages and phrases only: search cuts
  words there instead, and in a pattern they are syntax.

Why the differences: docs/decisions.md ("Normalising"). `fold` returns the folded
string; `fold_with_origins` also records, for each character it keeps, where it came
from in the original, so the checker can highlight matches in the pasted message.
"""

import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

import opencc

# Full-width digits and Latin letters sit 0xFEE0 above their ASCII forms.
_FULL_WIDTH_LETTERS_DIGITS = {
    code: code - 0xFEE0
    for start, end in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A))
    for code in range(start, end + 1)
}

CHINESE_DIGITS = str.maketrans(
    {
        "零": "0",
        "〇": "0",
        "一": "1",
        "二": "2",
        "三": "3",
        "四": "4",
        "五": "5",
        "六": "6",
        "七": "7",
        "八": "8",
        "九": "9",
        "壹": "1",
        "贰": "2",
        "叁": "3",
        "肆": "4",
        "伍": "5",
        "陆": "6",
        "柒": "7",
        "捌": "8",
        "玖": "9",
    }
)

# Unicode general categories dropped by `drop_breaks`: separators (Z*),
# punctuation (P*), other symbols (So: emoji among them), modifier symbols (Sk)
# and other (C*: control, format such as zero-width joiners, private use).
# Maths (Sm: "+" starts a foreign number) and currency (Sc: "¥" an amount) are kept.
_DROPPED_CATEGORIES = ("Z", "P", "So", "Sk", "C")


@dataclass(frozen=True)
class Folded:
    """A folded text and, for each of its characters, the index it came from."""

    text: str
    origin: tuple[int, ...]

    def span_in_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a match [start, end) in `text` back to a span of the original."""
        return self.origin[start], self.origin[end - 1] + 1


@cache
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


@lru_cache(maxsize=4096)
def _single_to_simplified(char: str) -> str:
    converted = _t2s().convert(char)
    return converted if len(converted) == 1 else char


def to_simplified(text: str) -> str:
    """Traditional → simplified (OpenCC `t2s`), one output character per input character.

    OpenCC converts whole phrases (深沈 → 深沉), which is more accurate than
    character by character. No entry of its t2s dictionaries changes length, but
    if a future one did, the text is converted character by character instead, so
    positions stay aligned.
    """
    converted = _t2s().convert(text)
    if len(converted) == len(text):
        return converted
    return "".join(_single_to_simplified(char) for char in text)


def _widen(text: str, *, compatibility: bool) -> str:
    if compatibility:
        return unicodedata.normalize("NFKC", text)
    return unicodedata.normalize("NFC", text).translate(_FULL_WIDTH_LETTERS_DIGITS)


def is_break(char: str) -> bool:
    """A character `drop_breaks` drops: space, punctuation, emoji, control (not + or ¥)."""
    return unicodedata.category(char).startswith(_DROPPED_CATEGORIES)


def fold(text: str, *, compatibility: bool = False, lower: bool = False, numerals: bool = False) -> str:
    """`text` folded: full-width letters and digits → ASCII, traditional → simplified, and

    - `compatibility`: every compatibility form too (NFKC: full-width punctuation and
      spaces, ①, ㈠ …); without it the text is only composed (NFC) and full-width
      punctuation stays as written;
    - `lower`: lower case;
    - `numerals`: Chinese numerals → digits.

    Spaces and punctuation are kept; `fold_with_origins` can drop them.
    """
    text = to_simplified(_widen(text, compatibility=compatibility))
    if lower:
        text = text.lower()
    if numerals:
        text = text.translate(CHINESE_DIGITS)
    return text


def fold_with_origins(
    text: str, *, compatibility: bool = False, lower: bool = False, numerals: bool = False, drop_breaks: bool = False
) -> Folded:
    """`fold` (same flags) character by character, remembering where each character came from.

    `drop_breaks` drops spaces, punctuation, symbols and control characters (`is_break`).
    Width is folded one character at a time, so a character that widens into several
    (NFKC: ㈠ → (一)) gives each of them its origin; lower case keeps one character per
    character (İ → i), so later folds stay aligned.
    """
    widened: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        for folded in _widen(char, compatibility=compatibility):
            widened.append(folded)
            origin.append(index)
    folded = to_simplified("".join(widened))
    if lower:
        lowered = folded.lower()
        # lower() lengthens a few characters (İ → i̇); keep the first so positions stay aligned.
        folded = lowered if len(lowered) == len(folded) else "".join(char.lower()[:1] for char in folded)
    if numerals:
        folded = folded.translate(CHINESE_DIGITS)
    kept = [(char, origin[i]) for i, char in enumerate(folded) if not (drop_breaks and is_break(char))]
    return Folded(text="".join(char for char, _ in kept), origin=tuple(index for _, index in kept))
