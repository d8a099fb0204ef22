"""A `Vocabulary` built from the shipped taxonomy and demo data, so detection is tested without a database."""

from pathlib import Path

import pytest

from cases.data import demo, taxonomy
from cases.importing.detect import Named, RedFlagRule, Vocabulary

FIXTURES = Path(__file__).parent / "fixtures"


def build_vocabulary() -> Vocabulary:
    techniques = {item["code"]: (number, item) for number, item in enumerate(taxonomy.TECHNIQUES, start=1)}
    scam_types = {item["slug"]: number for number, item in enumerate(taxonomy.SCAM_TYPES, start=1)}
    return Vocabulary(
        red_flags=tuple(
            RedFlagRule(
                technique_id=number,
                technique_code=code,
                technique_name=item["name"],
                stage_code=item["stage"],
                phrase=flag[0],
                weight=flag[1],
                is_pattern=len(flag) > 2 and flag[2],
            )
            for code, (number, item) in techniques.items()
            for flag in item["red_flags"]
        ),
        stages=tuple(Named(id=n, name=s["name"], extra=s["code"]) for n, s in enumerate(taxonomy.STAGES, start=1)),
        advice=tuple(Named(id=n, name=a["title"], extra=a["body"]) for n, a in enumerate(taxonomy.ADVICE, start=1)),
        agencies=tuple(
            Named(id=n, name=a["name"], extra=a.get("wechat_id", "")) for n, a in enumerate(demo.AGENCIES, start=1)
        ),
        platforms=tuple(Named(id=n, name=p["name"]) for n, p in enumerate(demo.PLATFORMS, start=1)),
        channels=tuple(Named(id=n, name=c["name"]) for n, c in enumerate(demo.CHANNELS, start=1)),
        regions=tuple(Named(id=n, name=r["name"]) for n, r in enumerate(demo.REGIONS, start=1)),
        scam_types=tuple(Named(id=scam_types[s["slug"]], name=s["name"], extra=s["slug"]) for s in taxonomy.SCAM_TYPES),
        technique_scam_types=tuple(
            (code, scam_types[slug]) for code, (_, item) in techniques.items() for slug in item["scam_types"]
        ),
    )


@pytest.fixture(scope="session")
def vocabulary() -> Vocabulary:
    return build_vocabulary()


@pytest.fixture
def fixture_bytes():
    def read(name: str) -> bytes:
        return (FIXTURES / name).read_bytes()

    return read
