"""The one tokeniser: normalisation, document tokens and query terms.

Chinese has no spaces, so text is cut into *runs* of word characters (CJK,
letters, digits: anything `str.isalnum`) separated by breaks (punctuation,
spaces, emoji). Each run of n characters becomes its n-1 overlapping character
bigrams plus its last character alone (a "tail" unigram), one position each;
each break takes one empty position. So:

- a term of two or more characters inside one run is a phrase of its bigrams
  (备用金 = 备用 <-> 用金): found wherever the characters occur, whatever a
  dictionary thinks the words are;
- every character starts exactly one token (a bigram, or the tail), so a
  one-character term is the prefix query `骗:*`;
- a quoted term that spans a break ("屏幕 共享") must meet whole runs across
  exactly one gap, which is what the SQLite regular expression also says.

The same rules give `term_regex`, which the SQLite fallback and the highlighter
use, so both databases find the same items.
"""

import re
import unicodedata
from dataclasses import dataclass

from cases import folding

# Word characters are exactly `str.isalnum()`; Python's `[^\W_]` is the same class.
RUN_RE = re.compile(r"[^\W_]+")
BREAK_PATTERN = r"[\W_]+"

# tsvector positions stop at 16,383; one character never takes more than one position,
# so capping the text keeps every position exact (title + gap + body).
MAX_TITLE_CHARS = 200
MAX_BODY_CHARS = 16_000
# PostgreSQL keeps at most 256 positions per lexeme.
MAX_POSITIONS_PER_LEXEME = 256
TITLE_BODY_GAP = 2  # wider than a quoted term's one-position gap: no phrase spans title and body


def fold(text: str) -> str:
    """The display form stored in the index: full-width letters and digits → ASCII, traditional → simplified.

    Case and punctuation are kept (full-width punctuation reads better in snippets, and is a
    break either way); unlike the checker, Chinese numerals are kept (三不一多). The rules are
    `cases.folding`'s.
    """
    return folding.fold(text)


def normalise(text: str) -> str:
    """The matching form of any text: `fold` plus lower case."""
    return folding.fold(text, lower=True)


def runs(text: str) -> list[str]:
    """The runs of word characters in already normalised text."""
    return RUN_RE.findall(text)


def _run_tokens(run: str) -> list[str]:
    """A run's bigrams and its tail: the tokens `_collect` positions (used for queries)."""
    return [run[i : i + 2] for i in range(len(run) - 1)] + [run[-1]]


def _collect(text: str, start: int, lexemes: dict[str, list[int]]) -> int:
    """Add the positions of normalised `text`'s tokens from `start`; return the next free position."""
    position = start
    for run in RUN_RE.findall(text):
        last = len(run) - 1
        for offset in range(last):
            lexemes.setdefault(run[offset : offset + 2], []).append(position + offset)
        lexemes.setdefault(run[last], []).append(position + last)  # the tail
        position += last + 2  # the run, then one position for the break after it
    return position


def _quote(lexeme: str) -> str:
    return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'"


def tsvector_literal(title: str, body: str = "", *, normalised: bool = False) -> str:
    """A tsvector in PostgreSQL's input syntax: title positions weighted A, body positions unlabelled (D).

    Pass `normalised=True` when the text has been through `normalise` already.
    """
    if not normalised:
        title, body = normalise(title), normalise(body)
    title_lexemes: dict[str, list[int]] = {}
    body_lexemes: dict[str, list[int]] = {}
    next_position = _collect(title[:MAX_TITLE_CHARS], 1, title_lexemes)
    _collect(body[:MAX_BODY_CHARS], next_position + TITLE_BODY_GAP, body_lexemes)
    parts = []
    for lexeme in title_lexemes.keys() | body_lexemes.keys():
        in_title = title_lexemes.get(lexeme, ())[:MAX_POSITIONS_PER_LEXEME]
        in_body = body_lexemes.get(lexeme, ())[: MAX_POSITIONS_PER_LEXEME - len(in_title)]
        positions = ",".join([*(f"{position}A" for position in in_title), *map(str, in_body)])
        parts.append(f"{_quote(lexeme)}:{positions}")
    return " ".join(sorted(parts))


@dataclass(frozen=True)
class Term:
    """One thing the query asks for: the runs of a word, or of a quoted string."""

    runs: tuple[str, ...]

    @property
    def text(self) -> str:
        return " ".join(self.runs)

    def tsquery(self, weight: str = "", *, adjacent: bool = True) -> str:
        """The phrase query for this term; `weight="A"` restricts it to the title.

        `adjacent=False` asks only that every token occur (`&` for `<->`): the GIN index
        answers that exactly, without reading any document's positions (see `query.py`).
        """
        parts: list[str] = []
        last = len(self.runs) - 1
        for index, run in enumerate(self.runs):
            if index:
                parts.append("<2>" if adjacent else "&")  # across exactly one break
            if len(run) == 1:
                # A lone character: anywhere (a prefix of some token) unless a break must follow it.
                tokens = [(run, index == last)]
            else:
                # Its bigrams; a run followed by a break must also end there (its tail token).
                run_tokens = _run_tokens(run) if index < last else _run_tokens(run)[:-1]
                tokens = [(token, False) for token in run_tokens]
            for position, (token, prefix) in enumerate(tokens):
                if position:
                    parts.append("<->" if adjacent else "&")
                label = ("*" if prefix else "") + weight
                parts.append(_quote(token) + (":" + label if label else ""))
        return "( " + " ".join(parts) + " )"

    def regex(self) -> str:
        """The same match as a Python regular expression over folded text (use case-insensitively)."""
        return BREAK_PATTERN.join(re.escape(run) for run in self.runs)


def tsquery_literal(terms: list[Term], weight: str = "", *, adjacent: bool = True) -> str:
    """All terms must match (with `adjacent=False`, all their tokens must occur, anywhere)."""
    return " & ".join(term.tsquery(weight, adjacent=adjacent) for term in terms)


# Query limits: longer input is cut and the user told so.
MAX_QUERY_CHARS = 100
MAX_TERMS = 8

# Straight quotes (half or full width), curly and corner quotes as typed on Chinese keyboards.
_QUOTED_RE = re.compile(r'["＂]([^"＂]*)["＂]|“([^”]*)”|「([^」]*)」|(\S+)')


@dataclass(frozen=True)
class ParsedQuery:
    terms: tuple[Term, ...]
    truncated: bool = False  # the input was cut to MAX_QUERY_CHARS or MAX_TERMS


def _strip_controls(text: str) -> str:
    """Control and format characters become spaces (they cannot be typed, only pasted or forged)."""
    return "".join(" " if unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp") else char for char in text)


def parse_query(text: str) -> ParsedQuery:
    """Words separated by spaces must all match; a quoted string must match as written.

    An unquoted word that contains punctuation (快递，赔偿) counts as several words.
    Anything that is not a letter or digit is a break; a query of nothing else has no terms.
    """
    text = normalise(_strip_controls(text)).strip()
    truncated = len(text) > MAX_QUERY_CHARS
    text = text[:MAX_QUERY_CHARS]
    terms: list[Term] = []
    for match in _QUOTED_RE.finditer(text):
        quoted = next((group for group in match.groups()[:3] if group is not None), None)
        # A quoted string is one term; an unquoted word is one term per run.
        found = [tuple(runs(quoted))] if quoted is not None else [(run,) for run in runs(match.group(4))]
        for term_runs in found:
            term = Term(term_runs)
            if term_runs and term not in terms:
                terms.append(term)
    if len(terms) > MAX_TERMS:
        terms, truncated = terms[:MAX_TERMS], True
    return ParsedQuery(terms=tuple(terms), truncated=truncated)
