"""Recall and false positives of the checker on the labelled set, with the real taxonomy.

Run with `pytest -s tests/checker/test_labelled.py` to see the figures.
"""

import pytest

from cases.checker.matcher import RiskLevel, match
from cases.data.taxonomy import SCAM_TYPES
from cases.selectors.checker import checker_rules
from cases.services.loading import taxonomy_load

from .labelled_messages import BENIGN, SCAM

pytestmark = pytest.mark.django_db

MIN_RECALL = 0.90
MAX_FALSE_POSITIVE_RATE = 0.10
# A message counts as flagged when the checker calls it 疑似 (medium) or 高度疑似 (high);
# "low" only says that one or two weak phrases occur.
FLAGGED = RiskLevel.MEDIUM


def test_labelled_set_is_large_enough_and_covers_every_scam_type():
    assert len(SCAM) >= 30 and len(BENIGN) >= 30
    # This set was written for the first three types; labelled_by_type.py covers all of them.
    assert {slug for slug, _, _ in SCAM} <= {item["slug"] for item in SCAM_TYPES}
    assert {channel for _, channel, _ in SCAM} == {"电话", "短信", "聊天"}


def test_recall_and_false_positive_rate_on_the_demo_taxonomy():
    taxonomy_load()
    rules = checker_rules()

    scam_results = [(slug, text, match(text, rules)) for slug, _, text in SCAM]
    missed = [text for _, text, result in scam_results if result.level < FLAGGED]
    recall = 1 - len(missed) / len(SCAM)
    right_type = sum(1 for slug, _, r in scam_results if r.scam_types and r.scam_types[0][0] == slug)

    benign_results = [(text, match(text, rules)) for _, text in BENIGN]
    false_positives = [text for text, result in benign_results if result.level >= FLAGGED]
    any_match = sum(1 for _, result in benign_results if result.matched)
    fp_rate = len(false_positives) / len(BENIGN)

    print(
        f"\nchecker on the labelled set: recall {recall:.1%} ({len(SCAM) - len(missed)}/{len(SCAM)}), "
        f"false positives {fp_rate:.1%} ({len(false_positives)}/{len(BENIGN)}), "
        f"likeliest scam type right {right_type}/{len(SCAM)}, "
        f"benign messages with any weak match {any_match}/{len(BENIGN)}"
    )
    for text in missed:
        print("  missed:", text)
    for text in false_positives:
        print("  false positive:", text)

    assert recall >= MIN_RECALL
    assert fp_rate <= MAX_FALSE_POSITIVE_RATE
