"""Read a PDF's text layer (pypdf) into paragraphs.

A PDF has positioned lines, not paragraphs. pypdf's extraction (in content-stream order, which is
the reading order of exported documents) is taken line by line together with each line's position,
font size and boldness, and paragraphs are rebuilt with a few rules:

* a new paragraph starts after a vertical gap clearly larger than the usual line spacing, at a change
  of font size or boldness, after a line clearly shorter than a full line (only a paragraph's last
  line is short), and at a bullet ("•", "–", "-", "▪"), which starts a list item;
* a heading-like line (numbered "3. Analys", or short ALL CAPS, or a short bold line) stands alone
  as a paragraph; the section builder decides whether it is a heading;
* a line of two columns far apart whose first is a short label ("Anmälan inkom      2026-03-02")
  is a fact, as a two-cell table row is in a .docx;
* a word hyphenated at a line end is joined ("utred-" + "ningen"), "BBIC-" + "utredning" keeps its
  hyphen; a paragraph that runs to the bottom of a page continues on the next.

Page furniture goes to ``headers``, once per distinct line: lines repeated at the top or bottom of
most pages ("Sida 1 (3)", a name/personnummer line), page numbers, and a short group of lines in the
top or bottom margin set apart from the body by a wide gap.
"""

from __future__ import annotations

import contextlib
import logging
import math
import re
import statistics
import warnings
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from bbiccheck.load import safety
from bbiccheck.load.base import Limits, ReadResult, UnreadableFile
from bbiccheck.load.tables import fact_label
from bbiccheck.load.textnorm import clean_text
from bbiccheck.model import BlockKind, RawBlock

EDGE_LINES = 3  # repeated-line furniture: this many lines at the top and bottom of each page
REPEATED_SHARE = 0.6  # a line on at least this share of the pages (and at least 2) is furniture
TOP_ZONE, BOTTOM_ZONE = 0.93, 0.07  # share of page height: header above, footer below
SHORT_LINE = 0.75  # a line shorter than this share of a typical full line ends its paragraph
PARAGRAPH_GAP = 1.3  # a vertical gap this many times the usual line spacing starts a paragraph
COLUMN_GAP = 3.0  # a horizontal jump of this many font sizes past a text's estimated end: a new column
CHAR_WIDTH = 0.55  # generous average glyph width (share of font size), so column gaps are underestimated

_PAGE_NUMBER = re.compile(
    r"^(?:(?:sida|sid|page|s\.)\s*)?\d{1,4}(?:\s*(?:\(\s*\d{1,4}\s*\)|(?:av|of|/)\s*\d{1,4}))?$", re.IGNORECASE
)
_BULLET = re.compile(r"^(?:[•·▪◦‣●○■□➢➤\uf0b7\uf0a7\uf076\uf0d8]\s*|[*–-]\s+)(?=\S)")
_NUMBERED = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+[A-ZÅÄÖ]")
_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
_SENTENCE_END = (".", "!", "?")


def _not_readable() -> UnreadableFile:
    return UnreadableFile(
        "PDF-filen är skadad och kan inte läsas – exportera dokumentet som PDF igen eller som .docx och kör igen.",
        "The PDF file is damaged and cannot be read – export the document as PDF again or as .docx and run again.",
    )


def _no_text_layer() -> UnreadableFile:
    return UnreadableFile(
        "PDF-filen saknar textlager (skannad?) – exportera den som .docx eller en PDF med text.",
        "The PDF file has no text layer (scanned?) – export it as .docx or as a PDF with text.",
    )


def _too_many_pages(pages: int, limit: int) -> UnreadableFile:
    return UnreadableFile(
        f"PDF-filen har för många sidor ({pages}, gränsen är {limit}) – dela upp den eller höj limits.max_pdf_pages.",
        f"The PDF file has too many pages ({pages}, the limit is {limit}) – split it or raise limits.max_pdf_pages.",
    )


# --------------------------------------------------------------------------------------------
# Lines with geometry


@dataclass
class Line:
    page: int
    segments: list[str] = field(default_factory=list)  # columns far apart on the same line
    x: float | None = None
    y: float = 0.0
    size: float = 0.0
    bold: bool = True
    height: float = 842.0  # of the page, for the header/footer zones
    _end: float = 0.0  # estimated x where the text so far ends

    @property
    def text(self) -> str:
        return clean_text(" ".join(self.segments)).replace("\n", " ")

    def add(self, piece: str, x: float, y: float, size: float, bold: bool) -> None:
        if not piece.strip():
            if self.segments:
                self.segments[-1] += piece
            return
        if self.x is None:
            self.x, self.y, self.size = x, y, size
            self.segments.append(piece)
        elif x > self._end + COLUMN_GAP * max(size, 1.0):
            self.segments.append(piece)
        else:
            self.segments[-1] += piece
        self.size = max(self.size, size)
        self.bold = self.bold and bold
        self._end = max(self._end, x) + CHAR_WIDTH * size * len(piece)


def _page_lines(page, number: int) -> list[Line]:
    box = page.mediabox
    bottom, height = float(box.bottom), float(box.height) or 842.0
    lines = [Line(number, height=height)]

    def visit(text, cm, tm, font, size) -> None:
        # Position and size of the text in page space: the text matrix, then the current matrix.
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5] - bottom
        a, b = tm[0] * cm[0] + tm[1] * cm[2], tm[0] * cm[1] + tm[1] * cm[3]
        c, d = tm[2] * cm[0] + tm[3] * cm[2], tm[2] * cm[1] + tm[3] * cm[3]
        scaled = abs(size) * math.sqrt(abs(a * d - b * c)) if size else 0.0
        base = str(font.get("/BaseFont", "")) if font is not None and hasattr(font, "get") else ""
        bold = bool(_BOLD_FONT.search(base))
        for i, piece in enumerate(text.split("\n")):
            if i:
                lines.append(Line(number, height=height))
            lines[-1].add(piece, x, y, scaled, bold)

    page.extract_text(visitor_text=visit)
    return [line for line in lines if line.text]


@contextlib.contextmanager
def _quiet():
    """pypdf logs and warns about every small defect; those are not the user's concern here."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)


def _read_lines(path: Path, limits: Limits) -> tuple[list[list[Line]], str | None, str | None]:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError

    with _quiet():
        try:
            reader = PdfReader(path, strict=False)
            if reader.is_encrypted:
                # An owner password alone (print/copy restrictions) opens with an empty user
                # password; anything else needs a password we do not have.
                try:
                    if not reader.decrypt(""):
                        raise safety.password_protected()
                except DependencyError:
                    raise safety.password_protected() from None
            count = len(reader.pages)
            if count > limits.max_pdf_pages:
                raise _too_many_pages(count, limits.max_pdf_pages)
            pages = [_page_lines(page, n) for n, page in enumerate(reader.pages)]
            title = author = None
            with contextlib.suppress(Exception):
                meta = reader.metadata
                if meta is not None:
                    title, author = meta.title, meta.author
        except UnreadableFile:
            raise
        except Exception:  # pypdf raises many kinds of errors on damaged files
            raise _not_readable() from None
    return pages, _meta(title), _meta(author)


def _meta(value) -> str | None:
    return (clean_text(str(value)) or None) if value else None


# --------------------------------------------------------------------------------------------
# Headers and footers


_PAGE_WORD = re.compile(r"\b(?:sida|sid|page|s\.)\s*\d", re.IGNORECASE)


def _key(line: Line) -> str:
    """Lines compare by exact text; only a line carrying a page number ("Utredning – sida 2 av 5")
    compares with its numbers blanked, so numbered body sentences never look repeated."""
    text = line.text
    return re.sub(r"\d+", "#", text.lower()) if _PAGE_WORD.search(text) or _PAGE_NUMBER.match(text) else text


def _edge_groups(lines: list[Line], line_gap: float) -> list[tuple[list[Line], bool]]:
    """The short groups (≤ 3 lines) at the top and at the bottom of a page that are set apart from
    the rest by more than 1.5 times the usual line spacing, where headers and footers sit.

    Each comes with whether it also lies in the margin zone, set apart by twice the spacing: that
    alone marks furniture even on a single page."""
    ordered = sorted(lines, key=lambda line: -line.y)
    groups = []
    for top in (True, False):
        seq = ordered if top else ordered[::-1]
        for size in range(1, min(EDGE_LINES, len(seq) - 1) + 1):
            gap = abs(seq[size - 1].y - seq[size].y)
            if gap > 1.5 * line_gap:
                group = seq[:size]
                zone = all(
                    (line.y > TOP_ZONE * line.height) if top else (line.y < BOTTOM_ZONE * line.height) for line in group
                )
                groups.append((group, zone and gap > 2 * line_gap))
                break
    return groups


def split_furniture(pages: list[list[Line]], line_gap: float) -> tuple[list[list[Line]], list[str]]:
    """Remove header/footer lines from each page; return the pages and the distinct removed texts."""
    edges = [_edge_groups(lines, line_gap) for lines in pages]
    counts: Counter[str] = Counter()
    for groups in edges:
        counts.update({_key(line) for group, _ in groups for line in group})
    needed = max(2, math.ceil(REPEATED_SHARE * len(pages)))
    repeated = {key for key, n in counts.items() if n >= needed} if len(pages) >= 2 else set()
    kept: list[list[Line]] = []
    furniture: dict[str, str] = {}
    for lines, groups in zip(pages, edges, strict=True):
        drop: set[int] = set()
        for group, in_margin in groups:
            if in_margin or any(_key(line) in repeated or _PAGE_NUMBER.match(line.text) for line in group):
                drop.update(id(line) for line in group)
        for line in lines:
            if id(line) in drop:
                furniture.setdefault(_key(line), line.text)
        kept.append([line for line in lines if id(line) not in drop])
    return kept, list(furniture.values())


# --------------------------------------------------------------------------------------------
# Paragraphs


def _heading_like(line: Line) -> bool:
    text = line.text
    words = text.split()
    if not words or len(words) > 8 or text.endswith(_SENTENCE_END):
        return False
    letters = [c for c in text if c.isalpha()]
    all_caps = len(letters) >= 3 and all(c.isupper() for c in letters)
    return bool(_NUMBERED.match(text)) or all_caps or line.bold


def _fact(line: Line) -> tuple[str, str] | None:
    if len(line.segments) != 2:
        return None
    label, value = (clean_text(s).replace("\n", " ") for s in line.segments)
    label = fact_label(label)
    return (label, value) if label and value else None


def _join(left: str, right: str) -> str:
    if left.endswith("-") and right[:1].islower():
        return left[:-1] + right if left[-2:-1].islower() else left + right
    return f"{left} {right}"


def usual_line_gap(pages: list[list[Line]]) -> float:
    gaps = [
        prev.y - line.y
        for lines in pages
        for prev, line in zip(lines, lines[1:], strict=False)
        if 0 < prev.y - line.y < 3 * max(line.size, 1.0)
    ]
    return statistics.median(gaps) if gaps else 14.0


def paragraphs(pages: list[list[Line]], line_gap: float) -> list[RawBlock]:
    """Lines (furniture removed) into paragraph, list-item and fact blocks."""
    lengths = sorted(len(line.text) for lines in pages for line in lines if len(line.text.split()) >= 4)
    typical = lengths[int(0.8 * (len(lengths) - 1))] if lengths else 60
    blocks: list[RawBlock] = []
    text, kind, bold, prev = "", BlockKind.paragraph, True, None

    def flush() -> None:
        nonlocal text, kind, bold, prev
        cleaned = clean_text(text)
        if cleaned:
            blocks.append(RawBlock(kind=kind, text=cleaned, bold=bold))
        text, kind, bold, prev = "", BlockKind.paragraph, True, None

    for line in (line for lines in pages for line in lines):
        content = line.text
        fact = _fact(line)
        bullet = _BULLET.match(content)
        if prev is not None and (fact or bullet or _heading_like(line) or _breaks(prev, line, line_gap)):
            flush()
        if fact:
            label, value = fact
            blocks.append(RawBlock(kind=BlockKind.fact, text=f"{label}: {value}", label=label))
            continue
        if bullet and prev is None:
            kind, content = BlockKind.list_item, content[bullet.end() :]
        text = _join(text, content) if text else content
        bold = bold and line.bold
        prev = line
        if _heading_like(line) or len(content) < SHORT_LINE * typical:
            flush()
    flush()
    return blocks


def _breaks(prev: Line, line: Line, line_gap: float) -> bool:
    """Whether ``line`` starts a new paragraph after ``prev`` (beyond the short-line rule)."""
    if prev.page != line.page:  # an unfinished paragraph continues on the next page
        return prev.text.endswith(_SENTENCE_END) and not line.text[:1].islower()
    gap = prev.y - line.y
    return (
        gap <= 0
        or gap > PARAGRAPH_GAP * line_gap
        or abs(prev.size - line.size) > 0.6
        or prev.bold != line.bold
    )


def read_pdf(path: Path, limits: Limits) -> ReadResult:
    """Read a PDF's text layer. Raises ``UnreadableFile`` if encrypted, damaged or without text."""
    safety.check_size(path, limits)
    pages, title, author = _read_lines(path, limits)
    if sum(len("".join(line.text.split())) for lines in pages for line in lines) < 20:
        raise _no_text_layer()
    line_gap = usual_line_gap(pages)
    body, furniture = split_furniture(pages, line_gap)
    blocks = paragraphs(body, line_gap)
    if len(blocks) > limits.max_blocks:
        raise safety.too_many_blocks(limits.max_blocks)
    headers = [RawBlock(kind=BlockKind.header, text=text) for text in furniture]
    return ReadResult(blocks=blocks, headers=headers, title=title, author=author)
