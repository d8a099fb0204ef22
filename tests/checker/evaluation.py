"""Measure the checker on the labelled evaluation sets in `eval/`: recall per scam type, false alarms.

The sets were written apart from the rules, in every style people receive
(SMS, chat, phone scripts, Traditional characters, placeholders, typos, emoji,
messages with no keyword), and split once into a development half (`*_dev`),
which the rules may be tuned on, and a frozen test half (`*_test`), which they
may not: read its figures, never its messages.

`pytest -s tests/checker/test_eval.py` prints both halves' figures, and every
miss and false alarm of the development half, for tuning; never the test half's.
"""

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from cases.checker.scoring import RiskLevel

EVAL_DIR = Path(__file__).parent / "eval"
# A message is flagged when the checker says 疑似 (medium) or 高度疑似 (high).
FLAGGED = RiskLevel.MEDIUM


def load(half: str) -> tuple[list[dict], list[dict]]:
    """The scam and benign messages of one half ("dev" or "test")."""

    def read(pattern):
        items = []
        for path in sorted(EVAL_DIR.glob(pattern)):
            with path.open(encoding="utf-8") as lines:
                items += [json.loads(line) for line in lines if line.strip()]
        return items

    return read(f"scams_*_{half}.jsonl"), read(f"benign*_{half}.jsonl")


@dataclass
class Figures:
    caught: Counter = field(default_factory=Counter)  # per scam type
    scams: Counter = field(default_factory=Counter)
    caught_by_style: Counter = field(default_factory=Counter)
    scams_by_style: Counter = field(default_factory=Counter)
    false_alarms: int = 0
    benign: int = 0
    hard_false_alarms: int = 0
    hard: int = 0
    missed: list = field(default_factory=list)  # (item, result)
    alarms: list = field(default_factory=list)

    def recall(self, scam_type: str | None = None) -> float:
        if scam_type is None:
            return sum(self.caught.values()) / max(sum(self.scams.values()), 1)
        return self.caught[scam_type] / max(self.scams[scam_type], 1)

    @property
    def false_alarm_rate(self) -> float:
        return self.false_alarms / max(self.benign, 1)


def evaluate(check, scams: list[dict], benign: list[dict]) -> Figures:
    """`check(text)` returns a `Result`; count what it flags."""
    figures = Figures()
    for item in scams:
        result = check(item["text"])
        figures.scams[item["type"]] += 1
        figures.scams_by_style[item["style"]] += 1
        if result.level >= FLAGGED:
            figures.caught[item["type"]] += 1
            figures.caught_by_style[item["style"]] += 1
        else:
            figures.missed.append((item, result))
    for item in benign:
        result = check(item["text"])
        figures.benign += 1
        figures.hard += bool(item.get("hard"))
        if result.level >= FLAGGED:
            figures.false_alarms += 1
            figures.hard_false_alarms += bool(item.get("hard"))
            figures.alarms.append((item, result))
    return figures


def _why(result) -> str:
    found = [f"{signal.code}{signal.name}{list(signal.quotes)}" for signal in result.signals]
    if result.resemblance:
        found.append(f"similar {result.resemblance.similarity:.2f}")
    return f"score {result.score}: " + "; ".join(found)


def report(figures: Figures, *, details: bool) -> str:
    lines = [f"{'scam type':36} recall"]
    for scam_type in sorted(figures.scams):
        lines.append(
            f"{scam_type:36} {figures.caught[scam_type]:2}/{figures.scams[scam_type]:2} {figures.recall(scam_type):5.0%}"
        )
    lines.append(f"{'all':36} {sum(figures.caught.values())}/{sum(figures.scams.values())} {figures.recall():5.1%}")
    lines.append(
        "by style: "
        + ", ".join(
            f"{style} {figures.caught_by_style[style]}/{total}"
            for style, total in sorted(figures.scams_by_style.items())
        )
    )
    lines.append(
        f"false alarms {figures.false_alarms}/{figures.benign} {figures.false_alarm_rate:.1%} "
        f"(hard negatives {figures.hard_false_alarms}/{figures.hard})"
    )
    if details:
        lines += [f"  missed [{item['type']}/{item['style']}] {item['text']} — {_why(r)}" for item, r in figures.missed]
        lines += [f"  alarm [{item['topic']}] {item['text']} — {_why(r)}" for item, r in figures.alarms]
    return "\n".join(lines)
