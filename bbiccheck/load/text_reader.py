"""Plain text and Markdown, and the mini text format of rule examples, into raw blocks.

The format: ``# Rubrik`` / ``## Underrubrik`` are headings; a blank line separates paragraphs;
``| Etikett | Värde |`` is a table row (a two-column row with a short label is a fact);
``- punkt`` and ``1. punkt`` are list items; ``**Fet rad**`` alone is a bold-only paragraph;
``[[Klicka eller tryck här för att ange text.]]`` on its own line is an unfilled content control.
Rule examples and .txt/.md files go through this one reader and the same section builder as .docx.
"""

from __future__ import annotations

import re
from pathlib import Path

from bbiccheck.load.base import ReadResult, UnreadableFile
from bbiccheck.model import BlockKind, RawBlock

HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
LIST_ITEM = re.compile(r"^\s*(?:[-*+•]|\d{1,2}[.)])\s+(.*)$")
NUMBERED_TITLE = re.compile(r"^\d{1,2}(\.\d{1,2})*\.?\s+[A-ZÅÄÖ][^.!?]{0,50}$")
PLACEHOLDER = re.compile(r"^\[\[(.*)\]\]$")
BOLD_LINE = re.compile(r"^\*\*(.+?)\*\*:?$")
TABLE_SEPARATOR = re.compile(r"^\|?\s*:?-{2,}")


def is_fact_label(text: str) -> bool:
    """A short key cell of a form-like table: 'Anmälan inkom', 'Handläggare'."""
    return 0 < len(text.split()) <= 6 and not text.rstrip().endswith((".", "!", "?"))


def table_row(cells: list[str], table: int, row: int) -> list[RawBlock]:
    cells = [c.strip() for c in cells]
    if len(cells) == 2 and cells[1] and is_fact_label(cells[0]):
        label = cells[0].rstrip(":")
        return [RawBlock(kind=BlockKind.fact, text=f"{label}: {cells[1]}", label=label, table=table, row=row, col=0)]
    return [
        RawBlock(kind=BlockKind.table_cell, text=c, table=table, row=row, col=i) for i, c in enumerate(cells) if c
    ]


def parse_text(source: str) -> list[RawBlock]:
    blocks: list[RawBlock] = []
    paragraph: list[str] = []
    table, row, in_table = -1, 0, False

    def flush() -> None:
        if paragraph:
            blocks.append(RawBlock(kind=BlockKind.paragraph, text=" ".join(paragraph)))
            paragraph.clear()

    for raw_line in source.splitlines():
        line = raw_line.strip()
        if line.startswith("|"):
            flush()
            if not in_table:
                table, row, in_table = table + 1, 0, True
            if not TABLE_SEPARATOR.match(line):
                blocks.extend(table_row(line.strip("|").split("|"), table, row))
                row += 1
            continue
        in_table = False
        if not line:
            flush()
        elif m := HEADING.match(line):
            flush()
            blocks.append(RawBlock(kind=BlockKind.heading, text=m.group(2), heading_level=len(m.group(1))))
        elif m := PLACEHOLDER.match(line):
            flush()
            blocks.append(RawBlock(kind=BlockKind.placeholder, text=m.group(1)))
        elif m := BOLD_LINE.match(line):
            flush()
            blocks.append(RawBlock(kind=BlockKind.paragraph, text=m.group(1), bold=True))
        elif NUMBERED_TITLE.match(line):  # "3. Analys": a numbered heading typed by hand, not a list item
            flush()
            blocks.append(RawBlock(kind=BlockKind.paragraph, text=line))
        elif m := LIST_ITEM.match(raw_line):
            flush()
            blocks.append(RawBlock(kind=BlockKind.list_item, text=m.group(1).strip()))
        else:
            paragraph.append(line)
    flush()
    return [b for b in blocks if b.text.strip() or b.kind == BlockKind.placeholder]


def read_text(path: Path) -> ReadResult:
    data = path.read_bytes()
    if b"\x00" in data[:4096]:
        raise UnreadableFile(  # the report shows the path beside the message: no name in it
            "Filen har en textfiländelse (.txt/.md) men binärt innehåll – spara dokumentet som .docx eller som "
            "text (UTF-8) och kör igen.",
            "The file has a text extension (.txt/.md) but binary content – save the document as .docx or as text (UTF-8) "
            "and run again.",
        )
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return ReadResult(blocks=parse_text(data.decode(encoding)))
        except UnicodeDecodeError:
            continue
    raise UnreadableFile(
        "Textfilens teckenkodning är okänd – spara filen som UTF-8 och kör igen.",
        "The text file's character encoding is unknown – save the file as UTF-8 and run again.",
    )
