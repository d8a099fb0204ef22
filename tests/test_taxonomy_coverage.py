"""The production taxonomy covers every scam type it names, and its red flags catch the labelled set.

Run with `-s` to see the per-type figures. The real checker (cases/checker) is
scored over the same labelled set in tests/checker; this file checks the
taxonomy alone, with plain substring/regex matching after normalisation.
"""

import re
import unicodedata

import pytest

from cases.data import taxonomy
from cases.models import Advice, RedFlag, ScamType, Stage, Technique
from cases.services.loading import taxonomy_load
from tests.checker.labelled_by_type import BENIGN_MESSAGES, SCAM_MESSAGES

MIN_TECHNIQUES = 8
MIN_RED_FLAGS = 4
MIN_ADVICE = 5
MIN_PRETEXTS = 4
MIN_SCAM_MESSAGES = 5
MIN_BENIGN_MESSAGES = 3
MIN_TYPE_HIT_RATE = 1.0  # every scam message carries at least one of its type's phrases
MAX_BENIGN_HIT_RATE = 0.10


def normalise(text: str) -> str:
    """Lowercase, full-width to half-width (NFKC), no whitespace or punctuation."""
    text = unicodedata.normalize("NFKC", text).lower()
    return "".join(ch for ch in text if not ch.isspace() and not unicodedata.category(ch).startswith("P"))


def matches(flag: RedFlag, text: str) -> bool:
    normalised = normalise(text)
    if flag.is_pattern:
        return re.search(flag.pattern_normalised, normalised) is not None
    return normalise(flag.phrase) in normalised


@pytest.fixture
def loaded(db):
    taxonomy_load()


def flags_by_type() -> dict[str, list[RedFlag]]:
    flags: dict[str, list[RedFlag]] = {}
    for flag in RedFlag.objects.select_related("technique").prefetch_related("technique__scam_types"):
        # A pattern is matched against normalised text, so its literals are written lowercase.
        flag.pattern_normalised = flag.phrase.lower() if flag.is_pattern else None
        for scam_type in flag.technique.scam_types.all():
            flags.setdefault(scam_type.slug, []).append(flag)
    return flags


@pytest.mark.usefixtures("loaded")
def test_every_type_in_the_issue_is_covered():
    names = set(ScamType.objects.published().values_list("name", flat=True))
    for wanted in ["刷单返利", "虚假网络投资理财", "虚假网络贷款", "冒充电商物流客服", "冒充公检法", "虚假征信",
                   "虚假购物服务", "冒充领导", "网络游戏产品虚假交易", "网络婚恋交友"]:  # fmt: skip
        assert any(wanted in name for name in names), wanted


@pytest.mark.usefixtures("loaded")
def test_per_type_minimums():
    for scam_type in ScamType.objects.prefetch_related("techniques__red_flags", "pretexts", "advice__techniques"):
        techniques = list(scam_type.techniques.all())
        assert len(techniques) >= MIN_TECHNIQUES, scam_type.slug
        for technique in techniques:
            assert technique.red_flags.count() >= MIN_RED_FLAGS, technique.code
        codes = {technique.code for technique in techniques}
        countering = [a for a in scam_type.advice.all() if codes & {t.code for t in a.techniques.all()}]
        assert len(countering) >= MIN_ADVICE, scam_type.slug
        assert scam_type.pretexts.count() >= MIN_PRETEXTS, scam_type.slug
        assert scam_type.how_it_works.count("\n\n") >= 2, scam_type.slug  # a stage-by-stage explainer


@pytest.mark.usefixtures("loaded")
def test_stages_form_one_shared_vocabulary():
    assert list(Stage.objects.values_list("code", flat=True)) == [f"S{n}" for n in range(1, 8)]
    for scam_type in ScamType.objects.all():
        stages = set(scam_type.techniques.values_list("stage__code", flat=True))
        # Every type reaches contact, pressure or payment, and the end of the scam.
        assert {"S2", "S7"} <= stages, scam_type.slug
        assert stages & {"S5", "S6"}, scam_type.slug


@pytest.mark.usefixtures("loaded")
def test_codes_are_unique_and_well_formed():
    for model, pattern in [(Stage, r"S\d{1,2}"), (Technique, r"T\d{3,4}"), (Advice, r"A\d{2,3}")]:
        codes = list(model.objects.values_list("code", flat=True))
        assert len(codes) == len(set(codes))
        assert all(re.fullmatch(pattern, code) for code in codes), model
    assert not Technique.objects.filter(stage__isnull=True).exists()
    assert Technique.objects.filter(code__in=[f"T{n:03d}" for n in range(1, 26)]).count() == 25


@pytest.mark.usefixtures("loaded")
def test_shared_moves_are_one_technique_not_copies():
    names = list(Technique.objects.values_list("name", flat=True))
    assert len(names) == len(set(names))
    for code in ["T012", "T014", "T022", "T023", "T025", "T043", "T046"]:
        assert Technique.objects.get(code=code).scam_types.count() >= 4, code
    for phrase in ["屏幕共享", "安全账户", "刷流水"]:
        assert RedFlag.objects.filter(phrase=phrase).count() == 1, phrase


def test_labelled_set_has_enough_messages_per_type():
    for slug in taxonomy.ALL_TYPES:
        assert sum(s == slug for s, _ in SCAM_MESSAGES) >= MIN_SCAM_MESSAGES, slug
        assert sum(s == slug for s, _ in BENIGN_MESSAGES) >= MIN_BENIGN_MESSAGES, slug
    texts = [text for _, text in SCAM_MESSAGES + BENIGN_MESSAGES]
    assert len(texts) == len(set(texts))


@pytest.mark.usefixtures("loaded")
def test_red_flags_catch_every_scam_message_and_few_look_alikes():
    flags = flags_by_type()
    all_flags = [flag for type_flags in flags.values() for flag in type_flags]
    lines = ["type                                  scam hits   benign hits (any flag)"]
    total_hit = total_benign_hit = 0
    misses = []
    for slug in taxonomy.ALL_TYPES:
        scams = [text for s, text in SCAM_MESSAGES if s == slug]
        benign = [text for s, text in BENIGN_MESSAGES if s == slug]
        hit = [text for text in scams if any(matches(flag, text) for flag in flags[slug])]
        benign_hit = [text for text in benign if any(matches(flag, text) for flag in all_flags)]
        misses += [(slug, text) for text in scams if text not in hit]
        total_hit += len(hit)
        total_benign_hit += len(benign_hit)
        lines.append(
            f"{slug:36}  {len(hit)}/{len(scams)} {len(hit) / len(scams):5.0%}   {len(benign_hit)}/{len(benign)}"
        )
        assert len(hit) / len(scams) >= MIN_TYPE_HIT_RATE, (slug, misses)
    benign_rate = total_benign_hit / len(BENIGN_MESSAGES)
    lines.append(f"all: scam {total_hit}/{len(SCAM_MESSAGES)}, benign {total_benign_hit}/{len(BENIGN_MESSAGES)} "
                 f"({benign_rate:.0%}; any red flag, before weights)")  # fmt: skip
    print("\n" + "\n".join(lines))
    assert benign_rate <= MAX_BENIGN_HIT_RATE


def test_normalise():
    assert normalise("加我ＱＱ， 领取 “福利”！") == "加我qq领取福利"
    assert normalise("+00 852") == "+00852"
