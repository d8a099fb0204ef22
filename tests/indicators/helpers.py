"""Small helpers for the indicator tests: find indicators of one kind, check spans."""

from hypothesis import settings

from cases.indicators import Indicator, extract

# For the property tests: no deadline (timing varies with the machine), nothing written to disk.
FUZZ = settings(deadline=None, database=None, max_examples=300)


def found(text: str, kind: str | None = None) -> list[Indicator]:
    """The indicators of `kind` in `text`, after checking that every span points back into it."""
    indicators = extract(text)
    for indicator in indicators:
        assert 0 <= indicator.start < indicator.end <= len(text)
        if indicator.kind != "bank_card":
            assert text[indicator.start : indicator.end] == indicator.display
    return [indicator for indicator in indicators if kind is None or indicator.kind == kind]


def values(text: str, kind: str) -> list[str]:
    return [indicator.value for indicator in found(text, kind)]


def only(text: str, kind: str) -> Indicator:
    """The one indicator of `kind` in `text`."""
    matches = found(text, kind)
    assert len(matches) == 1, matches
    return matches[0]
