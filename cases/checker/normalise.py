"""The checker's matching form: which of the shared folds (`cases.folding`) it applies.

Scammers (and ordinary people) write the same words in different ways:
full-width letters and digits (ＱＱ, １２３), traditional characters (驗證碼),
Chinese numerals (三倍), spaces or punctuation inside a phrase (验 证-码).
`normalise` maps every one of these to one canonical form and remembers, for
each character it keeps, where it came from in the original text, so matches
can be highlighted in the message the citizen pasted.

Unlike search, the checker folds every compatibility form (NFKC), Chinese
numerals, and drops spaces, punctuation, symbols (emoji included) and control
characters, except maths and currency signs: "+" starts a foreign number
(+00…), "¥" an amount.

Two folds are the checker's own: Latin look-alikes from other scripts
(Cyrillic "а" in "аlipay") become Latin, and placeholders that reports and
screenshots use for hidden parts (XX, ××, ***, 某某) are dropped like
punctuation, so "XX快递客服" meets the phrase "快递客服".

Red-flag phrases go through the same function, so a phrase and the message
always meet in the same form. Regular-expression red flags keep their syntax:
`normalise_pattern` folds width, traditional characters and numerals but not
case (the matcher ignores case), and the pattern runs on the folded text, where
spaces and punctuation are gone.
"""

import re

from cases.folding import Folded, fold, fold_with_origins

__all__ = ["Folded", "normalise", "normalise_pattern", "normalise_phrase"]


# Cyrillic and Greek letters drawn like Latin ones (after lower-casing).
_HOMOGLYPHS = str.maketrans("аеорсухкмтнвіѕјοανρτικ", "aeopcyxkmthbisjoavptik")
# "x" twice or more, "×", "某某": what people type for a hidden digit or name.
_PLACEHOLDERS = re.compile(r"x{2,}|×+|某{2,}")


def normalise(text: str) -> Folded:
    """Fold `text` for matching; see the module docstring for the rules."""
    folded = fold_with_origins(text, compatibility=True, lower=True, numerals=True, drop_breaks=True)
    chars = folded.text.translate(_HOMOGLYPHS)
    holes = [found.span() for found in _PLACEHOLDERS.finditer(chars)]
    if not holes:
        return Folded(chars, folded.origin)
    keep = [True] * len(chars)
    for start, end in holes:
        keep[start:end] = [False] * (end - start)
    return Folded(
        "".join(char for char, kept in zip(chars, keep, strict=True) if kept),
        tuple(index for index, kept in zip(folded.origin, keep, strict=True) if kept),
    )


def normalise_phrase(phrase: str) -> str:
    return normalise(phrase).text


def normalise_pattern(pattern: str) -> str:
    """Fold a regular expression's literal characters, keeping its syntax.

    Not lower-cased: that would turn escapes such as \\D or \\S into others.
    """
    return fold(pattern, compatibility=True, numerals=True)
