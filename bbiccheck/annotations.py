"""What the NLP layer returns to checks: sentences with lemmas and cues.

Plain dataclasses with no spaCy import, so that checks, the engine and commands that need no NLP
(``rules list``, ``check --select`` of deadline rules) can name these types without loading spaCy.
``bbiccheck.nlp`` builds them and re-exports both names.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple


class Cue(NamedTuple):  # a tuple: made ~1,500 times per document, three times cheaper than a frozen dataclass
    label: str
    start: int  # character offsets within the block text
    end: int
    text: str
    negated: bool = False


@dataclass(slots=True)
class Sentence:
    block: int
    start: int
    end: int
    text: str
    lemmas: tuple[str, ...]  # content-word lemmas, lower-case, for overlap measures
    cues: list[Cue] = field(default_factory=list)

    def labels(self) -> set[str]:
        """The labels of the cues that are not negated: what ``has`` looks for by default (a check that
        asks about several label sets reads them once)."""
        return {c.label for c in self.cues if not c.negated}

    def has(self, *labels: str, negated: bool | None = False) -> bool:
        """True if a cue with one of ``labels`` is present (by default: not negated)."""
        return any(c.label in labels and (negated is None or c.negated == negated) for c in self.cues)

