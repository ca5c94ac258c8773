"""Raw blocks into a section tree: which paragraphs are headings, and which BBIC section each one is.

Headings come from styles (the reader sets ``heading_level``), and in documents without styles from the
way people write them: a short bold-only paragraph, a short ALL-CAPS line, a numbered "3. Analys", or a
line that is exactly a known section title. The canonical key comes from rules/lexicon/sections.yaml.
"""

from __future__ import annotations

import re

from pydantic import BaseModel

from bbiccheck.model import Block, BlockKind, RawBlock, Section

NUMBERING = re.compile(r"^\s*((?:\d{1,2}\.)*\d{1,2})\.?\s+(?=\S)")
SPACES = re.compile(r"\s+")
MAX_HEADING_WORDS = 8
_UNKNOWN = object()
_MAX_REMEMBERED, _MAX_REMEMBERED_LENGTH = 4096, 200
# Looked up once: an Enum member read as a class attribute costs ~0.1 µs, several times per block.
_HEADING, _PARAGRAPH = BlockKind.heading, BlockKind.paragraph
_BLOCK_FIELDS = tuple(Block.model_fields)
# Every Block's fields set: all of them, so pydantic's one change to it (adding the name of a field assigned
# later) leaves it as it is, and one set serves every block (building one costs ≈ 3 k instructions).
_ALL_BLOCK_FIELDS = set(_BLOCK_FIELDS)
_SECTION_FIELDS = ("title", "key", "level", "heading_block")  # as build sets them; blocks, children default
_new = object.__new__
# The setters of a model's instance dict and pydantic's three slots, looked up once: ``object.__setattr__(made,
# name, value)`` finds the same setter by the name on every call and checks the type first (≈ 0.8 k instructions
# more a model, ≈ 100 models a document).
_SET_DICT, _SET_FIELDS_SET, _SET_EXTRA, _SET_PRIVATE = (
    BaseModel.__dict__[name].__set__
    for name in ("__dict__", "__pydantic_fields_set__", "__pydantic_extra__", "__pydantic_private__"))


def make_block(index: int, kind: BlockKind, text: str, start: int, end: int, style: str | None, label: str | None,
               table: int | None, row: int | None, col: int | None) -> Block:
    """``Block(...)`` with every field given, without pydantic's validation (≈ 17 k instructions a block, ≈ 10 k
    here): the readers' RawBlocks already hold these exact types. Set as ``model_construct`` sets them (which is
    slower than validating). tests/test_make_models.py holds it to the validated model, field by field."""
    return make_model(Block, {"index": index, "kind": kind, "text": text, "start": start, "end": end, "style": style,
                                "label": label, "table": table, "row": row, "col": col}, _ALL_BLOCK_FIELDS)


def make_section(title: str, key: str | None, level: int, heading_block: int | None) -> Section:
    """``Section(title=..., key=..., level=..., heading_block=...)`` without pydantic's validation, as
    ``make_block``: ``build`` passes exact types, and the lists start empty. tests/test_make_models.py holds
    it to the validated model."""
    return make_model(Section, {"title": title, "key": key, "level": level, "heading_block": heading_block,
                                  "blocks": [], "children": []}, set(_SECTION_FIELDS))


def unvalidated(model: type, values: dict, fields_set: set):
    """A ``model`` holding ``values``, its state set as pydantic's own ``__init__`` leaves it (no extra fields,
    no private attributes)."""
    made = _new(model)
    _SET_DICT(made, values)
    _SET_FIELDS_SET(made, fields_set)
    _SET_EXTRA(made, None)
    _SET_PRIVATE(made, None)
    return made


try:  # the same through the C slots the setters end in (≈ 2.2 k instructions less a model; setup.py builds it)
    from bbiccheck.load.unvalidated import unvalidated as make_model
except ImportError:
    make_model = unvalidated


def normalise_title(title: str) -> str:
    title = NUMBERING.sub("", title.strip())
    return SPACES.sub(" ", title).strip(" :.–-").lower()


class SectionTable:
    """Heading text -> canonical section key."""

    def __init__(self, synonyms: dict[str, list[str]]):
        self.exact = {normalise_title(s): key for key, group in synonyms.items() for s in group}
        self._keys: dict[str, str | None] = {}  # title -> key_for(title)

    def key_for(self, title: str) -> str | None:
        # Remembered: each heading is looked up twice (heading_level, then build), and the documents of a
        # caseload share their templates' titles. Bounded, so a hostile document cannot grow it at will.
        key = self._keys.get(title, _UNKNOWN)
        if key is _UNKNOWN:
            key = self._key_for(title)
            if len(self._keys) < _MAX_REMEMBERED and len(title) <= _MAX_REMEMBERED_LENGTH:
                self._keys[title] = key
        return key

    def _key_for(self, title: str) -> str | None:
        norm = normalise_title(title)
        words = NUMBERING.sub("", title.strip()).split()
        if words and words[0][:1].isupper() and words[0].endswith("s") and len(words) > 1:
            # "Astrids egen berättelse", "Lilys behov": the child's name stands for "barnets"
            named = self._key(" ".join(["barnets", *normalise_title(" ".join(words[1:])).split()]))
            if named is not None and self._key(norm) is None:
                return named
        return self._key(norm)

    def _key(self, norm: str) -> str | None:
        if norm in self.exact:
            return self.exact[norm]
        # the longest synonym followed by " " or ",": "Analys och bedömning av Elsas behov" -> analys
        for end in range(len(norm) - 1, -1, -1):
            if norm[end] in " ," and norm[:end] in self.exact:
                return self.exact[norm[:end]]
        return None


def heading_level(raw: RawBlock, text: str, table: SectionTable, anchor: int) -> tuple[int, bool] | None:
    """The level of a heading and whether it is a strong one (style, capitals, numbering), or None.
    ``text``: the raw block's text stripped (``build`` has stripped it already).

    Weak headings (a bold-only line, a plain line that is a known title) sit one level below the last
    strong heading: "Underlag" in bold under "UTREDNINGENS GENOMFÖRANDE" is its sub-section.
    """
    if raw.kind == _HEADING:
        return max(1, raw.heading_level or 1), True
    if raw.kind != _PARAGRAPH:
        return None
    if text.endswith((".", "!", "?", ",", ";")):  # most paragraphs: not split into words
        return None
    words = text.split(maxsplit=MAX_HEADING_WORDS)  # all of them, unless there are too many
    if not words or len(words) > MAX_HEADING_WORDS:
        return None
    known = table.key_for(text) is not None
    numbered = NUMBERING.match(text)
    letters = list(filter(str.isalpha, text))
    all_caps = len(letters) >= 3 and all(map(str.isupper, letters))
    if numbered and (known or len(words) <= 5) and words[-1][:1].isalpha():
        return numbered.group(1).count(".") + 1, True
    if all_caps:
        return 1, True
    weak = min(anchor + 1, 6)
    if raw.bold:
        return weak, False
    if known and (text[:1].isupper()) and len(words) <= 5:
        return weak, False  # a plain line that is exactly a section title (pandoc, PDF, typed by hand)
    return None


def build(raws: list[RawBlock], table: SectionTable) -> tuple[Section, str, list[Block]]:
    """Returns the root section (level 0), the document text that block offsets point into, and the content
    blocks in order (``root.all_blocks()``, which walks the tree through generators, without the walk)."""
    anchor = 0  # level of the last strong heading
    root = Section(title="", level=0)  # validated: once a document
    stack = [root]
    blocks = root.blocks  # the open section's: a pydantic model's attribute is read through its __getattr__ hook
    parts: list[str] = []
    every: list[Block] = []
    offset = 0
    for index, raw in enumerate(raws):
        text = raw.text.strip()
        start = offset
        parts.append(text)
        offset += len(text) + 2
        found = heading_level(raw, text, table, anchor)
        if found is not None:
            level, strong = found
            if strong:
                anchor = level
            while stack[-1].level >= level:
                stack.pop()
            section = make_section(text.rstrip(":"), table.key_for(text), level, index)
            stack[-1].children.append(section)
            stack.append(section)
            blocks = section.blocks
            continue
        kind = _PARAGRAPH if raw.kind == _HEADING else raw.kind
        block = make_block(index, kind, text, start, start + len(text), raw.style, raw.label, raw.table, raw.row,
                           raw.col)
        blocks.append(block)
        every.append(block)
    return root, "\n\n".join(parts), every
