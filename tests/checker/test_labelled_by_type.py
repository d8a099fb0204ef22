"""The real checker over the per-type labelled set: recall and false positives for every scam type.

Run with `pytest -s tests/checker/test_labelled_by_type.py` to see the figures.
"""

import pytest

from cases.checker.matcher import RiskLevel, match
from cases.data import taxonomy
from cases.selectors.checker import checker_rules
from cases.services.loading import taxonomy_load

from .labelled_by_type import BENIGN_MESSAGES, SCAM_MESSAGES
from .labelled_messages import BENIGN, SCAM

pytestmark = pytest.mark.django_db

MIN_RECALL = 0.90
MAX_FALSE_POSITIVE_RATE = 0.10
FLAGGED = RiskLevel.MEDIUM


def test_both_labelled_sets_together_cover_every_scam_type():
    covered = {slug for slug, _ in SCAM_MESSAGES} | {slug for slug, _, _ in SCAM}
    assert covered == set(taxonomy.ALL_TYPES)


def test_recall_and_false_positives_per_scam_type():
    taxonomy_load()
    rules = checker_rules()
    scams = [(slug, text) for slug, text in SCAM_MESSAGES] + [(slug, text) for slug, _, text in SCAM]
    # The older set's benign messages are not tied to a type; they count in the totals.
    benign = [(slug, text) for slug, text in BENIGN_MESSAGES] + [("", text) for _, text in BENIGN]

    lines = [f"{'type':36} recall        false positives  likeliest type right"]
    missed, false_positives = [], []
    for slug in taxonomy.ALL_TYPES:
        results = [match(text, rules) for s, text in scams if s == slug]
        caught = [r for r in results if r.level >= FLAGGED]
        right = sum(1 for r in results if r.scam_types and r.scam_types[0][0] == slug)
        flagged_benign = [text for s, text in benign if s == slug and match(text, rules).level >= FLAGGED]
        n_benign = sum(1 for s, _ in benign if s == slug)
        missed += [r.text for r in results if r.level < FLAGGED]
        false_positives += flagged_benign
        lines.append(
            f"{slug:36} {len(caught):2}/{len(results):2} {len(caught) / len(results):5.0%}   "
            f"{len(flagged_benign)}/{n_benign}              {right}/{len(results)}"
        )
    false_positives += [text for s, text in benign if not s and match(text, rules).level >= FLAGGED]
    recall = 1 - len(missed) / len(scams)
    fp_rate = len(false_positives) / len(benign)
    lines.append(
        f"all: recall {recall:.1%} ({len(scams) - len(missed)}/{len(scams)}), "
        f"false positives {fp_rate:.1%} ({len(false_positives)}/{len(benign)})"
    )
    lines += [f"  missed: {text}" for text in missed] + [f"  false positive: {text}" for text in false_positives]
    print("\n" + "\n".join(lines))

    assert recall >= MIN_RECALL
    assert fp_rate <= MAX_FALSE_POSITIVE_RATE
