"""How close a message comes to a scam line the site already holds: character trigrams weighted by rarity.

Known lines (a scammer's lines in published dialogues, public case steps, red
flags, scam-type pretexts) and the message are folded alike (`normalise`) and cut
into overlapping three-character pieces. A piece that occurs in few known lines
tells more than one found everywhere ("您好我"), so each counts with its inverse
document frequency. The similarity of a message to a line is the weight of the
pieces they share over the weight of the smaller of the two, so a short message
that is part of a long known line, or a long message that contains a short one,
both score high. Pieces found in more than a tenth of the lines are skipped: they
cost time and say little.
"""

import math
from collections import defaultdict
from dataclasses import dataclass

from .normalise import normalise

GRAM = 3
# Fewer shared pieces than this is chance, however short the texts.
MIN_SHARED = 4
COMMON_SHARE = 0.1


@dataclass(frozen=True)
class Script:
    """A known scam line and where the site shows it."""

    text: str
    source: str  # the article, case or technique it comes from, for the citizen
    url: str
    scam_types: tuple[str, ...] = ()


@dataclass(frozen=True)
class Resemblance:
    script: Script
    similarity: float  # 0–1


def grams(folded: str) -> set[str]:
    return {folded[i : i + GRAM] for i in range(len(folded) - GRAM + 1)}


class ScriptIndex:
    """Known scam lines, indexed by their trigrams."""

    def __init__(self, scripts: list[Script]):
        self.scripts: list[Script] = []
        self._weights: list[float] = []  # each line's total piece weight
        postings: dict[str, list[int]] = defaultdict(list)
        line_grams: list[set[str]] = []
        seen: set[str] = set()
        for script in scripts:
            folded = normalise(script.text).text
            pieces = grams(folded)
            if len(pieces) < MIN_SHARED or folded in seen:
                continue
            seen.add(folded)
            index = len(self.scripts)
            self.scripts.append(script)
            line_grams.append(pieces)
            for piece in pieces:
                postings[piece].append(index)
        total = max(len(self.scripts), 1)
        self._unseen_idf = math.log(total + 1) + 1
        self._idf = {piece: math.log((total + 1) / (len(ids) + 0.5)) + 1 for piece, ids in postings.items()}
        limit = max(COMMON_SHARE * total, 10)
        self._postings = {piece: ids for piece, ids in postings.items() if len(ids) <= limit}
        self._weights = [sum(self._idf[piece] for piece in pieces) for pieces in line_grams]

    def __len__(self):
        return len(self.scripts)

    def closest(self, folded: str) -> Resemblance | None:
        """The known line most like the folded message, or None when none shares enough."""
        pieces = grams(folded)
        if len(pieces) < MIN_SHARED:
            return None
        own_weight = sum(self._idf.get(piece, self._unseen_idf) for piece in pieces)
        shared_weight: dict[int, float] = defaultdict(float)
        shared_count: dict[int, int] = defaultdict(int)
        for piece in pieces:
            ids = self._postings.get(piece)
            if ids:
                weight = self._idf[piece]
                for index in ids:
                    shared_weight[index] += weight
                    shared_count[index] += 1
        best, best_similarity = None, 0.0
        for index, weight in shared_weight.items():
            if shared_count[index] < MIN_SHARED:
                continue
            similarity = weight / min(own_weight, self._weights[index])
            if similarity > best_similarity:
                best, best_similarity = index, similarity
        if best is None:
            return None
        return Resemblance(self.scripts[best], min(best_similarity, 1.0))
