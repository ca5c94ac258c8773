"""What every rule has in common, the context a check runs in, and the registry of check kinds.

A check kind is a pydantic spec (its YAML fields) plus one function that yields findings. Rules are
YAML data that name a kind; a municipality writes rules, not Python.
"""

from __future__ import annotations

import datetime as dt
import string
from dataclasses import dataclass, field
from functools import cached_property
from typing import Callable, Iterable, Iterator, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from bbiccheck.annotations import Sentence
from bbiccheck.model import (
    Block,
    BlockKind,
    Case,
    Category,
    DateMention,
    Deadline,
    DocType,
    Document,
    Finding,
    Location,
    Section,
    Severity,
)
from bbiccheck.patterns import Haystack


class Spec(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Text(Spec):
    """A text in Swedish and English."""

    sv: str
    en: str

    def __call__(self, lang: str) -> str:
        return self.en if lang == "en" else self.sv


class Feedback(Spec):
    why: Text = Field(description="Varför det spelar roll för barnet.")
    reference: Text = Field(description="Lagrum eller BBIC-källa.")
    reflection: Text = Field(description="En reflektionsfråga för handledning.")
    better: Text = Field(description="Ett kort exempel på bättre formulering.")


class ExampleDocument(Spec):
    file: str | None = None
    type: DocType = DocType.utredning
    text: str


class Example(Spec):
    """A good (pass) or bad (fail) example that the test suite runs against the rule alone."""

    name: str
    expect: Literal["pass", "fail"]
    check_date: dt.date | None = None
    document: ExampleDocument | None = None
    case: list[ExampleDocument] | None = None
    quote: str | None = Field(None, description="Text the (first) finding must point at.")
    facets: list[Literal["S", "M", "A", "R", "T"]] | None = None
    count: int | None = Field(None, description="Exact number of findings expected (default: at least one).")
    improved: str | None = Field(None, description="A better text for the (single) document: must pass.")

    @model_validator(mode="after")
    def one_source(self) -> "Example":
        if (self.document is None) == (self.case is None):
            raise ValueError("an example needs exactly one of 'document' or 'case'")
        return self

    @property
    def documents(self) -> list[ExampleDocument]:
        return [self.document] if self.document else list(self.case or [])

    @property
    def slug(self) -> str:
        return "-".join(self.name.lower().split())


class RuleSpec(Spec):
    """Fields shared by every rule, whatever its kind."""

    id: str = Field(pattern=r"^([A-Z]{2,6}-)?[A-Z]+[0-9]{2}$")
    name: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", description="Problemets namn, kebab-case.")
    kind: str
    title: Text
    category: Category
    severity: Severity
    status: Literal["stable", "preview"] = "stable"
    applies_to: list[DocType] = Field(default_factory=list, description="Dokumenttyper; tom = alla.")
    message: Text = Field(description="Vad som är fel; {namngivna} platshållare fylls i av kontrollen.")
    feedback: Feedback
    examples: list[Example] = Field(min_length=2)

    @model_validator(mode="after")
    def pass_and_fail(self) -> "RuleSpec":
        kinds = {e.expect for e in self.examples}
        if kinds != {"pass", "fail"}:
            raise ValueError("a rule needs at least one 'pass' and one 'fail' example")
        return self

    def applies(self, doc: Document) -> bool:
        return not self.applies_to or doc.type in self.applies_to

    def message_fields(self) -> set[str]:
        return {f for text in (self.message.sv, self.message.en)
                for _, f, _, _ in string.Formatter().parse(text) if f}


_PLACEHOLDER = BlockKind.placeholder  # read per block: an Enum member as a class attribute costs ~0.1 µs


class Events:
    """Every dated event in the case, across its documents."""

    def __init__(self, case: Case):
        self.mentions: list[tuple[DateMention, Document]] = sorted(
            ((m, d) for d in case.documents for m in d.dates if m.event), key=lambda md: (md[0].date, md[1].path))
        self._of: dict[frozenset[str], list[tuple[DateMention, Document]]] = {}

    def of(self, names: Iterable[str]) -> list[tuple[DateMention, Document]]:
        wanted = frozenset(names)
        if wanted not in self._of:  # the deadline rules ask for the same events many times
            self._of[wanted] = [(m, d) for m, d in self.mentions if m.event in wanted]
        return list(self._of[wanted])


class DocumentIndex:
    """What several rules read from one document, made once per check instead of once per rule."""

    def __init__(self, doc: Document):
        self.sections = list(doc.sections())
        self.blocks = [block for section in self.sections for block in section.blocks]  # doc.blocks(), in order
        self._doc = doc

    @cached_property
    def haystack(self) -> Haystack:
        """The block texts by block index, for ``Patterns.possible``: the loader's (made for date tagging)."""
        made = self._doc._derived.haystack
        return made if made is not None else Haystack((b.index, b.text) for b in self.blocks)

    @cached_property
    def section_paths(self) -> dict[int, str | None]:
        return self._doc.section_paths()

    @cached_property
    def placeholders(self) -> set[int]:
        """Indexes of the unfilled content controls (most documents: none)."""
        return {b.index for b in self.blocks if b.kind == _PLACEHOLDER}

    @cached_property
    def table_blocks(self) -> list[Block]:
        """The blocks of tables (cells and facts), in order; also any other block with a row number."""
        return [b for b in self.blocks if b.table is not None or b.row is not None]

    @cached_property
    def _positions(self) -> dict[int, int]:
        return {b.index: n for n, b in enumerate(self.blocks)}

    def blocks_with(self, indexes: Iterable[int]) -> list[Block]:
        """The blocks with these indexes, in document order: a rule that knows its few candidate blocks
        passes over the others without reading their fields (a pydantic attribute read costs ~1 k
        instructions, and a document has ~90 blocks)."""
        positions = self._positions
        return [self.blocks[n] for n in sorted(positions[i] for i in indexes if i in positions)]


@dataclass
class CheckContext:
    case: Case
    check_date: dt.date
    lang: str = "sv"
    sentences: dict[str, dict[int, list[Sentence]]] = field(default_factory=dict)  # doc path -> block -> sentences
    deadlines: list[Deadline] = field(default_factory=list)  # filled by deadline checks, for reports

    def __post_init__(self):
        self.events = Events(self.case)
        self._indexes: dict[int, DocumentIndex] = {}  # by id(document): the case keeps them alive meanwhile

    def documents(self, rule: RuleSpec) -> list[Document]:
        return [d for d in self.case.documents if rule.applies(d)]

    def index(self, doc: Document) -> DocumentIndex:
        if id(doc) not in self._indexes:
            self._indexes[id(doc)] = DocumentIndex(doc)
        return self._indexes[id(doc)]

    def blocks(self, doc: Document) -> list[Block]:
        """``doc.blocks()`` as a list, read by several rules (do not change it)."""
        return self.index(doc).blocks

    def haystack(self, doc: Document) -> Haystack:
        return self.index(doc).haystack

    def section_path(self, doc: Document, block: int) -> str | None:
        return self.index(doc).section_paths.get(block)

    def sections(self, doc: Document, keys: Iterable[str]) -> list[Section]:
        wanted = set(keys)
        return [s for s in self.index(doc).sections if s.key in wanted]

    def outer_sections(self, doc: Document, keys: Iterable[str]) -> list[Section]:
        """Sections with one of ``keys``, leaving out those nested in another one found."""
        found, covered = [], set()
        for section in self.sections(doc, keys):
            if section.heading_block not in covered:
                found.append(section)
                covered |= {s.heading_block for s in section.walk()}
        return found

    def sentences_of(self, doc: Document, section: Section | None = None) -> Iterator[Sentence]:
        blocks = section.all_blocks() if section else self.blocks(doc)
        annotated = self.sentences.get(doc.path, {})
        for block in blocks:
            yield from annotated.get(block.index, [])

    def finding(self, rule: RuleSpec, *, doc: Document | None = None, block: int | None = None,
                start: int | None = None, end: int | None = None, text: str | None = None,
                values: dict | None = None, facets: list[str] | None = None,
                sources: list[Location] | None = None) -> Finding:
        lang = self.lang
        location = None
        if doc is not None and block is not None:
            location = Location(section=self.section_path(doc, block), block=block, start=start, end=end, text=text)
        return Finding(
            rule=rule.id, category=rule.category, severity=rule.severity,
            message=rule.message(lang).format_map(_Fill(values or {})),
            document=doc.path if doc else None, location=location, facets=facets,
            title=rule.title(lang), why=rule.feedback.why(lang), reference=rule.feedback.reference(lang),
            reflection=rule.feedback.reflection(lang), better=rule.feedback.better(lang), sources=sources,
        )


def spoken_list(items: list[str], lang: str) -> str:
    """'specifikt, mätbart eller tidsatt': a list as a sentence says it."""
    if len(items) < 2:
        return "".join(items)
    return f"{', '.join(items[:-1])} {'or' if lang == 'en' else 'eller'} {items[-1]}"


class _Fill(dict):
    """Leaves an unknown placeholder visible instead of failing a run (the meta-test catches it)."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


CheckFunction = Callable[[RuleSpec, CheckContext], Iterator[Finding]]


@dataclass(frozen=True)
class Check:
    kind: str
    spec: type[RuleSpec]
    run: CheckFunction
    needs_nlp: bool
    provides: frozenset[str]  # the message placeholders the kind fills


CHECKS: dict[str, Check] = {}


def register(kind: str, spec: type[RuleSpec], *, needs_nlp: bool = False, provides: Iterable[str] = ()):
    def decorate(fn: CheckFunction) -> CheckFunction:
        if kind in CHECKS:
            raise ValueError(f"check kind {kind!r} registered twice")
        CHECKS[kind] = Check(kind, spec, fn, needs_nlp, frozenset(provides))
        return fn

    return decorate
