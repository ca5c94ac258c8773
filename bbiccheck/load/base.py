"""What every reader returns, the limits readers obey, and the one error they raise."""

from __future__ import annotations

from dataclasses import dataclass, field

from bbiccheck.model import Model, RawBlock


@dataclass(slots=True)
class ReadResult:
    """A file read into raw blocks in reading order, before sections, dates and type are derived."""

    blocks: list[RawBlock] = field(default_factory=list)
    headers: list[RawBlock] = field(default_factory=list)  # page headers and footers
    comments: list[str] = field(default_factory=list)  # existing reviewer comments (never taken as text)
    title: str | None = None  # core properties
    author: str | None = None


class Limits(Model):
    """Resource limits for reading one file. Every field can be set in bbiccheck.yaml (``limits:``)."""

    max_file_bytes: int = 100 * 1024 * 1024
    max_zip_entries: int = 2000
    max_uncompressed_bytes: int = 300 * 1024 * 1024
    max_compression_ratio: float = 200.0
    max_xml_depth: int = 400
    max_blocks: int = 200_000
    max_pdf_pages: int = 2000


class UnreadableFile(Exception):
    """A file that cannot be read. ``sv`` and ``en`` are one-line messages a person understands:
    what is wrong and what to do. Never carries document text."""

    def __init__(self, sv: str, en: str):
        super().__init__(en)
        self.sv = sv
        self.en = en

    def message(self, lang: str = "sv") -> str:
        return self.sv if lang == "sv" else self.en
