"""Fold the many spellings of a phrase into one form before matching.

Scammers (and ordinary people) write the same words in different ways:
full-width letters and digits (ＱＱ, １２３), traditional characters (驗證碼),
Chinese numerals (三倍), spaces or punctuation inside a phrase (验 证-码).
`normalise` maps every one of these to one canonical form and remembers, for
each character it keeps, where it came from in the original text, so matches
can be highlighted in the message the citizen pasted.

The rules applied, in order, to every character:
1. NFKC: full-width → half-width, circled and other compatibility forms → plain.
2. Traditional → simplified (OpenCC `t2s`).
3. Lower case.
4. Chinese numerals → ASCII digits (三 → 3, 零/〇 → 0, 壹 → 1 …).
5. Spaces, punctuation, symbols (emoji included) and control characters are
   dropped, except maths and currency signs: "+" starts a foreign number
   (+00…), "¥" an amount.

Red-flag phrases go through the same function, so a phrase and the message
always meet in the same form. Regular-expression red flags keep their syntax:
`normalise_pattern` applies steps 1, 2 and 4 (the matcher ignores case), and
the pattern runs on the folded text, where spaces and punctuation are gone.
"""

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import opencc

_T2S = opencc.OpenCC("t2s")

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

# Unicode general categories dropped from the folded text: separators (Z*),
# punctuation (P*), other symbols (So: emoji among them), modifier symbols (Sk)
# and other (C*: control, format such as zero-width joiners, private use).
# Maths (Sm: +) and currency (Sc: ¥) signs are kept.
_DROPPED_CATEGORIES = ("Z", "P", "So", "Sk", "C")


@dataclass(frozen=True)
class Folded:
    """A normalised text and, for each of its characters, the index it came from."""

    text: str
    origin: tuple[int, ...]

    def span_in_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a match [start, end) in `text` back to a span of the original."""
        return self.origin[start], self.origin[end - 1] + 1


def _to_simplified(text: str) -> str:
    """Traditional → simplified, one output character per input character.

    OpenCC converts whole phrases, which is more accurate; its t2s output has
    the same length as the input in practice, but if it ever differs we fall
    back to converting character by character so positions stay aligned.
    """
    converted = _T2S.convert(text)
    if len(converted) == len(text):
        return converted
    return "".join(_single_to_simplified(char) for char in text)


@lru_cache(maxsize=4096)
def _single_to_simplified(char: str) -> str:
    converted = _T2S.convert(char)
    return converted if len(converted) == 1 else char


def _is_dropped(char: str) -> bool:
    return unicodedata.category(char).startswith(_DROPPED_CATEGORIES)


def normalise(text: str) -> Folded:
    """Fold `text` for matching; see the module docstring for the rules."""
    # NFKC may turn one character into several (㈠ → (一)); keep the origin of each.
    widened: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        for folded in unicodedata.normalize("NFKC", char):
            widened.append(folded)
            origin.append(index)
    simplified = _to_simplified("".join(widened)).lower().translate(CHINESE_DIGITS)
    # lower() can lengthen a few characters (İ → i̇); realign if it did.
    if len(simplified) != len(origin):
        simplified = "".join(
            _single_to_simplified(char).lower().translate(CHINESE_DIGITS)[:1] or char for char in widened
        )
    kept = [(char, origin[i]) for i, char in enumerate(simplified) if not _is_dropped(char)]
    return Folded(text="".join(char for char, _ in kept), origin=tuple(index for _, index in kept))


def normalise_phrase(phrase: str) -> str:
    return normalise(phrase).text


def normalise_pattern(pattern: str) -> str:
    """Fold a regular expression's literal characters, keeping its syntax.

    Not lower-cased: that would turn escapes such as \\D or \\S into others.
    """
    folded = unicodedata.normalize("NFKC", pattern)
    return _T2S.convert(folded).translate(CHINESE_DIGITS)
