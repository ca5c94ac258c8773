"""Turning one table row into blocks, the same way for .docx and .odt.

A two-cell row whose first cell is a short label ("Anmälan inkom", at most six words, no sentence
end) and whose second cell has text is a *fact*: one block "label: value". A header row (repeated
column titles) is never a fact. Every other cell paragraph becomes a ``table_cell`` block with its
table, row and column numbers (all 0-based like the text reader's; the column is the grid column
where the cell starts, so merged cells keep their place).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from bbiccheck.model import BlockKind, RawBlock

PARAGRAPH_KINDS = {BlockKind.paragraph, BlockKind.heading, BlockKind.list_item}
_SENTENCE_END = re.compile(r"[.!?…](?:\s|$)")
MAX_LABEL_WORDS = 6


@dataclass
class Cell:
    col: int  # 0-based grid column where the cell starts
    continuation: bool = False  # a merge continuation (vMerge/hMerge, ODF covered cell)
    blocks: list[tuple[Any, RawBlock]] = field(default_factory=list)  # (source element, block)
    forced_placeholder: bool = False  # inside a cell/row content control showing its placeholder

    def text(self) -> str:
        return "\n".join(b.text for _, b in self.blocks)

    def plain(self) -> bool:
        """Has text, and only ordinary paragraphs (no nested table, no placeholder)."""
        return bool(self.blocks) and all(b.kind in PARAGRAPH_KINDS for _, b in self.blocks)


def fact_label(text: str) -> str | None:
    """The label of a form-like row if ``text`` is short enough to be one, else None."""
    label = text.replace("\n", " ").strip().rstrip(":").strip()
    if not label or len(label.split()) > MAX_LABEL_WORDS or _SENTENCE_END.search(label):
        return None
    return label


def row_blocks(cells: list[Cell], table: int, row: int, header_row: bool = False) -> Iterator[tuple[Any, RawBlock]]:
    """The blocks of one row, in cell order. ``cells`` include merge continuations (already emptied
    by the caller when they only repeat merged text)."""
    real = [c for c in cells if not c.continuation and not c.forced_placeholder]
    if not header_row and len(cells) == 2 and len(real) == 2 and real[0].plain():
        label = fact_label(real[0].text())
        value = real[1]
        if label and value.plain():
            element = value.blocks[0][0]
            text = f"{label}: {value.text()}"
            yield element, RawBlock(kind=BlockKind.fact, text=text, label=label, table=table, row=row, col=real[0].col)
            return
        if label and value.blocks and all(b.kind == BlockKind.placeholder for _, b in value.blocks):
            # An unfilled value: the label stays text, the placeholder learns what it is for.
            yield from _cell_blocks(real[0], table, row)
            for element, block in value.blocks:
                yield element, replace(block, label=label, table=table, row=row, col=value.col)
            return
    for cell in cells:
        yield from _cell_blocks(cell, table, row)


def _cell_blocks(cell: Cell, table: int, row: int) -> Iterator[tuple[Any, RawBlock]]:
    for element, block in cell.blocks:
        if block.kind in PARAGRAPH_KINDS:
            kind = BlockKind.placeholder if cell.forced_placeholder else BlockKind.table_cell
            block = replace(block, kind=kind, table=table, row=row, col=cell.col)
        elif block.kind == BlockKind.placeholder and block.table is None:
            block = replace(block, table=table, row=row, col=cell.col)
        yield element, block
