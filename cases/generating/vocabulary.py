"""A snapshot of the vocabulary rows generated items may refer to, in a stable order."""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Term:
    """A vocabulary row: its id, its natural key (slug, code or name) and its display name."""

    id: int
    key: str
    name: str = ""


@dataclass(frozen=True)
class Vocabulary:
    scam_types: tuple[Term, ...]
    stages: tuple[Term, ...]  # in stage order, keyed by code
    # Active techniques by (scam type slug, stage code), and by stage code alone.
    type_techniques: dict[tuple[str, str], tuple[Term, ...]]
    stage_techniques: dict[str, tuple[Term, ...]]
    platforms: tuple[Term, ...] = ()
    channels: tuple[Term, ...] = ()
    regions: tuple[Term, ...] = ()
    agencies: tuple[Term, ...] = ()
    # Advice ids for an article about a scam type (its own advice, then general advice).
    advice: dict[str, tuple[int, ...]] = field(default_factory=dict)

    def type_stages(self, slug: str) -> tuple[Term, ...]:
        """The stages in which the taxonomy gives this scam type a technique, in order."""
        return tuple(stage for stage in self.stages if self.type_techniques.get((slug, stage.key)))
