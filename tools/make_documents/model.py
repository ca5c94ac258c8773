"""A tiny document model that every renderer (python-docx, LibreOffice, pandoc, plain markdown) understands.

A document is a list of blocks. Paragraph text is a list of parts: plain strings or the small part
classes below (bold, tracked insert/delete, content control, comment anchor).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass
class B:
    """Bold run inside a paragraph."""

    text: str


@dataclass
class Ins:
    """Tracked insertion (w:ins). Counts as text."""

    text: str
    author: str = "Handläggare"


@dataclass
class Del:
    """Tracked deletion (w:del). Not part of the document's text."""

    text: str
    author: str = "Handläggare"


@dataclass
class Sdt:
    """Word content control. ``filled`` = False gives an unfilled control showing its placeholder."""

    text: str = "Klicka eller tryck här för att ange text."
    filled: bool = False
    kind: str = "text"  # text | date | dropdown


@dataclass
class Cm:
    """Text with an existing reviewer comment anchored to it."""

    text: str
    comment: str
    author: str = "Förste socialsekreterare"


Part = str | B | Ins | Del | Sdt | Cm


@dataclass
class H:
    text: str
    level: int = 1  # 0 = document title, 1 = main section, 2 = sub-section


@dataclass
class P:
    parts: list[Part]

    def __init__(self, *parts: Part):
        self.parts = list(parts)


@dataclass
class Table:
    rows: list[list[str | list[Part]]]
    header: bool = False  # first row is a header row (goal tables)
    label_col: bool = False  # first column holds labels (form-like tables)


@dataclass
class Bullets:
    items: list[str]


Block = H | P | Table | Bullets


@dataclass
class Doc:
    filename: str  # e.g. "utredning.docx"; the extension picks the output format
    title: str
    author: str
    date: date  # document date (core properties)
    blocks: list[Block] = field(default_factory=list)
    producer: str = "python-docx"  # python-docx | libreoffice | pandoc | markdown
    heading_mode: str = "style"  # tokens joined by '+': style|bold, caps, num
    header: str | None = None  # page header line
    footer: str | None = None

    def add(self, *blocks: Block) -> "Doc":
        self.blocks.extend(blocks)
        return self
