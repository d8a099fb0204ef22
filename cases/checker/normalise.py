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

Red-flag phrases go through the same function, so a phrase and the message
always meet in the same form. Regular-expression red flags keep their syntax:
`normalise_pattern` folds width, traditional characters and numerals but not
case (the matcher ignores case), and the pattern runs on the folded text, where
spaces and punctuation are gone.
"""

from cases.folding import Folded, fold, fold_with_origins

__all__ = ["Folded", "normalise", "normalise_pattern", "normalise_phrase"]


def normalise(text: str) -> Folded:
    """Fold `text` for matching; see the module docstring for the rules."""
    return fold_with_origins(text, compatibility=True, lower=True, numerals=True, drop_breaks=True)


def normalise_phrase(phrase: str) -> str:
    return normalise(phrase).text


def normalise_pattern(pattern: str) -> str:
    """Fold a regular expression's literal characters, keeping its syntax.

    Not lower-cased: that would turn escapes such as \\D or \\S into others.
    """
    return fold(pattern, compatibility=True, numerals=True)
