"""The typed document model and the findings: pure data, no I/O, no logic beyond small helpers.

Everything that crosses a boundary (loader -> engine -> checks -> reporters -> JSON) is one of these
models. The JSON report (``Report``) is a published contract: fields may be added, never renamed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Iterator, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

SCHEMA_VERSION = "1.0"


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Category(StrEnum):
    """The fixed finding categories of shared/spec/finding-categories.md."""

    PREASSESSMENT_OVERDUE = "PREASSESSMENT_OVERDUE"
    INVESTIGATION_OVERDUE = "INVESTIGATION_OVERDUE"
    DEADLINE_APPROACHING = "DEADLINE_APPROACHING"
    PROTECTION_ASSESSMENT_LATE = "PROTECTION_ASSESSMENT_LATE"
    REVIEW_OVERDUE = "REVIEW_OVERDUE"
    PLAN_MISSING = "PLAN_MISSING"
    ANALYSIS_MISSING = "ANALYSIS_MISSING"
    ANALYSIS_SUMMARY = "ANALYSIS_SUMMARY"
    RISK_UNEXPLAINED = "RISK_UNEXPLAINED"
    CENTRAL_NEEDS_MISSING = "CENTRAL_NEEDS_MISSING"
    CHILD_VOICE_MISSING = "CHILD_VOICE_MISSING"
    GOAL_NOT_SMART = "GOAL_NOT_SMART"
    GOALS_SET_LATE = "GOALS_SET_LATE"
    IMPLEMENTATION_PLAN_MISSING = "IMPLEMENTATION_PLAN_MISSING"
    TEMPLATE_UNFILLED = "TEMPLATE_UNFILLED"
    OTHER = "OTHER"


class Severity(StrEnum):
    error = "error"
    warning = "warning"
    info = "info"

    @property
    def rank(self) -> int:
        return {"info": 1, "warning": 2, "error": 3}[self.value]


class DocType(StrEnum):
    forhandsbedomning = "forhandsbedomning"
    utredningsplan = "utredningsplan"
    utredning = "utredning"
    vardplan = "vardplan"
    genomforandeplan = "genomforandeplan"
    uppdrag = "uppdrag"
    uppfoljning = "uppfoljning"
    beslut = "beslut"
    other = "other"


class BlockKind(StrEnum):
    heading = "heading"
    paragraph = "paragraph"
    list_item = "list_item"
    table_cell = "table_cell"
    fact = "fact"  # a key-value pair from a form-like table row: "Anmälan inkom | 2026-03-02"
    placeholder = "placeholder"  # an unfilled content control (w:showingPlcHdr): never taken as text
    header = "header"  # page header / footer text


@dataclass(slots=True)
class RawBlock:
    """What a reader produces: one unit of text in reading order, before sections are built.

    Every reader (docx, odt, pdf, txt/md, the rule-example text format) yields these, so one section
    builder serves them all. A plain slotted dataclass, not a pydantic model: it never leaves the loader,
    and a document of 60,000 paragraphs holds 60,000 of them next to its Blocks (~100 bytes each instead
    of ~1 KB).
    """

    kind: BlockKind
    text: str
    style: str | None = None  # style name as written ("heading 1", "Rubrik 2", "Title")
    heading_level: int | None = None  # set by the reader when the style or outline level says heading
    bold: bool = False  # every visible run is bold (a bold-only heading candidate)
    label: str | None = None  # for facts: the key cell
    table: int | None = None  # table number in the document, for table cells and facts
    row: int | None = None
    col: int | None = None


class Block(Model):
    """A paragraph, list item, table cell, fact or placeholder with a stable location.

    ``index`` is the position in body order (0-based, headings included); ``start``/``end`` are
    character offsets of ``text`` in ``Document.text``.
    """

    index: int
    kind: BlockKind
    text: str
    start: int
    end: int
    style: str | None = None
    label: str | None = None
    table: int | None = None
    row: int | None = None
    col: int | None = None


class Section(Model):
    """A heading and what follows it, up to the next heading of the same or higher level."""

    title: str
    key: str | None = None  # canonical BBIC section (rules/lexicon/sections.yaml), None if unknown
    level: int  # 0 for the root (text before the first heading)
    heading_block: int | None = None
    blocks: list[Block] = Field(default_factory=list)  # content blocks directly under this heading
    children: list[Section] = Field(default_factory=list)

    def walk(self) -> Iterator[Section]:
        """This section and its sub-sections, depth first in document order. One generator and a stack of
        the sections still to visit: a generator per level would pass each section up through every level."""
        stack = [self]
        while stack:
            section = stack.pop()
            yield section
            stack += reversed(section.children)

    def all_blocks(self) -> Iterator[Block]:
        """Content blocks of this section and its sub-sections, in order."""
        for section in self.walk():
            yield from section.blocks

    def word_count(self, limit: int | None = None) -> int:
        """Words in the section's blocks, placeholders left out; with ``limit``, ``min(count, limit)``.

        A capped count splits no block further than the words still wanted: ``str.split`` makes a string
        of every word, and the rules ask about ~40 sections per document, most opening with a long
        paragraph. ``text.split(None, k)`` gives ``min(words, k + 1)`` pieces, so each block's count stays
        exact until the limit is passed.
        """
        placeholder = BlockKind.placeholder
        if limit is None:
            return sum(len(b.text.split()) for b in self.all_blocks() if b.kind != placeholder)
        count = 0
        for block in self.all_blocks():
            if count >= limit:
                break
            if block.kind != placeholder:
                count += len(block.text.split(None, limit - count))
        return min(count, limit)

    def has_words(self, n: int) -> bool:
        """``word_count() >= n``, counting only as far as the n-th word."""
        return self.word_count(n) >= n


class DateMention(Model):
    date: dt.date
    time: dt.time | None = None  # "inkom kl. 16.40": the time of day where stated
    event: str | None = None  # event name from rules/lexicon/events.yaml, None if untied
    block: int
    start: int  # offsets of the sentence within the block text
    end: int
    text: str  # the sentence holding the date


class Derived:
    """What the loader works out from a document's blocks that the checks read too (``patterns.Haystack`` of
    their texts), kept with the document so that it is worked out once. Not part of the document's value:
    pydantic compares private attributes, and any two of these compare equal."""

    __slots__ = ("haystack",)

    def __init__(self) -> None:
        self.haystack = None

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Derived)

    __hash__ = None  # type: ignore[assignment]


class Document(Model):
    path: str  # as given on the command line or found in the folder
    type: DocType = DocType.other
    title: str | None = None
    author: str | None = None  # handläggare / socialsekreterare where stated
    date: dt.date | None = None  # the document's own date (header, "Datum:" field)
    text: str = ""  # all block texts joined with blank lines; block offsets point into it
    root: Section = Field(default_factory=lambda: Section(title="", level=0))
    headers: list[Block] = Field(default_factory=list)  # page header/footer blocks
    dates: list[DateMention] = Field(default_factory=list)
    ignores: list[Ignore] = Field(default_factory=list)  # "bbiccheck: ignorera ID – motivering"
    # shared by ``model_copy``: a copy must keep the blocks (none replaces them)
    _derived: Derived = PrivateAttr(default_factory=Derived)

    def sections(self) -> Iterator[Section]:
        return self.root.walk()

    def blocks(self) -> Iterator[Block]:
        return self.root.all_blocks()

    def section_path(self, block_index: int) -> str | None:
        """Titles from the top level down to the block's section, joined with ' > '."""
        return self.section_paths().get(block_index)

    def section_paths(self) -> dict[int, str | None]:
        """``section_path`` of every block, in one walk (a block is placed in the first section, in document
        order, that has it as its heading or among its own blocks)."""
        paths: dict[int, str | None] = {}

        def visit(section: Section, trail: list[str]) -> None:
            here = trail + [section.title] if section.title else trail
            path = " > ".join(here) if here else None
            if section.heading_block is not None:
                paths.setdefault(section.heading_block, path)
            for block in section.blocks:
                paths.setdefault(block.index, path)
            for child in section.children:
                visit(child, here)

        visit(self.root, [])
        return paths


class Ignore(Model):
    """A note in a document that silences one rule for that document."""

    rule: str
    reason: str


class ReadError(Model):
    path: str
    message: str


class Case(Model):
    id: str
    path: str
    documents: list[Document] = Field(default_factory=list)
    errors: list[ReadError] = Field(default_factory=list)


class Location(Model):
    section: str | None = None  # section path, "Analys" or "Barnets behov > Hälsa"
    block: int | None = None  # Block.index within the document
    start: int | None = None  # character offsets of the located text within the block
    end: int | None = None
    text: str | None = None  # the located sentence or paragraph


class Finding(Model):
    rule: str
    category: Category
    severity: Severity
    message: str
    document: str | None = None  # Document.path; None for a case-level finding
    location: Location | None = None
    facets: list[Literal["S", "M", "A", "R", "T"]] | None = None
    # Feedback for learning, in the report's language.
    title: str | None = None
    why: str | None = None
    reference: str | None = None
    reflection: str | None = None
    better: str | None = None
    theme: str | None = None  # supervision theme (see report themes)
    sources: list[Location] | None = None  # e.g. where a restated analysis sentence came from


class Silenced(Model):
    rule: str
    document: str
    reason: str
    count: int


class DocumentSummary(Model):
    path: str
    type: DocType
    title: str | None = None
    author: str | None = None
    date: dt.date | None = None


class Deadline(Model):
    """A time limit of the case as seen on the check date (for timelines and dashboards)."""

    rule: str
    label: str
    start: dt.date
    due: dt.date
    end: dt.date | None = None  # when it was met; None while open
    status: Literal["met", "late", "open", "overdue", "approaching", "extended"]
    days_left: int | None = None  # negative = days over


class CaseReport(Model):
    id: str
    path: str
    documents: list[DocumentSummary] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)
    errors: list[ReadError] = Field(default_factory=list)
    silenced: list[Silenced] = Field(default_factory=list)
    deadlines: list[Deadline] = Field(default_factory=list)


class Report(Model):
    schema_version: str = SCHEMA_VERSION
    check_date: dt.date
    lang: Literal["sv", "en"] = "sv"
    tool: str = "bbiccheck"
    cases: list[CaseReport] = Field(default_factory=list)

    def findings(self) -> Iterator[tuple[CaseReport, Finding]]:
        for case in self.cases:
            for finding in case.findings:
                yield case, finding


Document.model_rebuild()
