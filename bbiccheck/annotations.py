"""What the NLP layer returns to checks: sentences with lemmas and cues.

Plain classes with no spaCy import, so that checks, the engine and commands that need no NLP
(``rules list``, ``check --select`` of deadline rules) can name these types without loading spaCy.
``bbiccheck.nlp`` builds them and re-exports both names. setup.py compiles this module with the field
types of annotations.pxd: a Cue or Sentence is then a C struct, made ~1,500 times per document.
"""

from __future__ import annotations


class Cue:
    """A phrase of the cue lexicon ('missbruk', 'hög frånvaro'), a date, a number or a likely name."""

    __slots__ = ("label", "start", "end", "text", "negated")

    def __init__(self, label: str, start: int, end: int, text: str, negated: bool = False):
        self.label = label
        self.start = start  # character offsets within the block text
        self.end = end
        self.text = text
        self.negated = negated

    def _values(self) -> tuple:
        return self.label, self.start, self.end, self.text, self.negated

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Cue) and self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        return (f"Cue(label={self.label!r}, start={self.start!r}, end={self.end!r}, text={self.text!r}, "
                f"negated={self.negated!r})")


class Sentence:
    """A sentence of a block: its offsets and text, its content-word lemmas and its cues."""

    __slots__ = ("block", "start", "end", "text", "lemmas", "cues")

    def __init__(self, block: int, start: int, end: int, text: str, lemmas: tuple[str, ...],
                 cues: list[Cue] | None = None):
        self.block = block
        self.start = start
        self.end = end
        self.text = text
        self.lemmas = lemmas  # content-word lemmas, lower-case, for overlap measures
        self.cues = [] if cues is None else cues

    def labels(self) -> set[str]:
        """The labels of the cues that are not negated: what ``has`` looks for by default (a check that
        asks about several label sets reads them once). Compiled, a loop over typed Cues (~60 calls a
        document)."""
        found = set()
        for c in self.cues:
            if not c.negated:
                found.add(c.label)
        return found

    def has(self, *labels: str, negated: bool | None = False) -> bool:
        """True if a cue with one of ``labels`` is present (by default: not negated). A loop, not ``any()``
        over a generator: compiled, a generator is an object made per call (~150 calls a document)."""
        for c in self.cues:
            if c.label in labels and (negated is None or c.negated == negated):
                return True
        return False

    def _values(self) -> tuple:
        return self.block, self.start, self.end, self.text, self.lemmas, self.cues

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sentence) and self._values() == other._values()

    __hash__ = None  # mutable, as the dataclass it was

    def __repr__(self) -> str:
        return (f"Sentence(block={self.block!r}, start={self.start!r}, end={self.end!r}, text={self.text!r}, "
                f"lemmas={self.lemmas!r}, cues={self.cues!r})")


def new_cue(label: str, start: int, end: int, text: str, negated: bool) -> Cue:
    """``Cue(label, start, end, text, negated)``. Compiled, a C function (bbiccheck.nlp calls it as one) that
    fills the new Cue's fields: a call of the class packs and parses its arguments, which cost as much as
    the rest of making a Cue (~2,000 per document)."""
    made = Cue.__new__(Cue)
    made.label = label
    made.start = start
    made.end = end
    made.text = text
    made.negated = negated
    return made


def new_sentence(block: int, start: int, end: int, text: str, lemmas: tuple[str, ...], cues: list[Cue]) -> Sentence:
    """``Sentence(block, start, end, text, lemmas, cues)``, made as ``new_cue`` makes a Cue."""
    made = Sentence.__new__(Sentence)
    made.block = block
    made.start = start
    made.end = end
    made.text = text
    made.lemmas = lemmas
    made.cues = cues
    return made
