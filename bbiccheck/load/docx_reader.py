"""Read a .docx into RawBlocks, walking the XML ourselves so no text is lost or doubled.

python-docx is not used for reading: ``Document.paragraphs`` skips block-level content controls and
``Paragraph.text`` drops tracked insertions. ``iter_body_blocks`` is the one body-order walker; the
reader uses it, and so must anything that needs to find "block i" in the .docx again (the Word
comment annotator), see its docstring.

What counts as text:
* runs (``w:t``), also inside hyperlinks, smart tags, ``w:customXml``, ``w:fldSimple``, inline
  content controls, tracked insertions (``w:ins``) and moves-to (``w:moveTo``);
* field *results* (between ``separate`` and ``end``), never field codes (``w:instrText``);
* text boxes, once: of ``mc:Choice``/``mc:Fallback`` only one branch is read.
What does not: deletions (``w:del``, ``w:delText``), moves-from, comments (returned separately),
symbols (``w:sym``), and unfilled content controls, which become ``placeholder`` blocks.
"""

from __future__ import annotations

import posixpath
import threading
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from bbiccheck.load import safety
from bbiccheck.load.base import Limits, ReadResult
from bbiccheck.load.docx_styles import (
    SHORT_NAMES,
    Props,
    StyleSheet,
    attr,
    child,
    name,
    on_off,
    paragraph_props,
    short_name,
    tags,
)
from bbiccheck.load.tables import Cell, row_blocks
from bbiccheck.load.textnorm import clean_text
from bbiccheck.model import BlockKind, RawBlock

Element = etree._Element
Blocks = Iterator[tuple[Element, RawBlock]]
Relationships = tuple[tuple[str, str, str], ...]  # (id, type suffix, target part)

# Inline wrappers whose runs are visible text.
_INLINE_WRAPPERS = {"w:hyperlink", "w:smartTag", "w:customXml", "w:ins", "w:moveTo", "w:dir", "w:bdo", "w:fldSimple"}
# Block-level wrappers whose paragraphs and tables are visible.
_BLOCK_WRAPPERS = {"w:customXml", "w:ins", "w:moveTo", "w:smartTag"}
# Approximate XML levels per nesting step, so max_xml_depth bounds the walk as it bounds parsing.
_TABLE_DEPTH, _SDT_DEPTH, _TEXTBOX_DEPTH = 3, 2, 6
_PPR, _RPR = tags("w:pPr"), tags("w:rPr")
# Looked up once: an Enum member read as a class attribute costs ~0.1 µs, several times per paragraph.
_HEADING, _LIST_ITEM, _PARAGRAPH = BlockKind.heading, BlockKind.list_item, BlockKind.paragraph


# --------------------------------------------------------------------------------------------
# The walker


@dataclass
class _Walk:
    styles: StyleSheet
    max_depth: int
    tables: int = 0  # tables numbered 0, 1, … in the order they start (nested ones included)


def iter_body_blocks(container: Element, styles: StyleSheet | None = None, *, max_depth: int = 400) -> Blocks:
    """Yield ``(element, RawBlock)`` for every non-empty block of ``container`` in reading order.

    ``container`` is a ``w:document`` or ``w:body`` (or any block container: ``w:hdr``, ``w:ftr``,
    ``w:comment``, ``w:txbxContent``). It may come from our own safe parser or from python-docx
    (``docx.Document(path).element.body``): both are lxml trees.

    ``ReadResult.blocks`` of ``read_docx`` is exactly ``[block for _, block in
    iter_body_blocks(document_root, styles)]``, so the i-th pair here is block i there. The number
    and order of blocks do not depend on ``styles`` (it only changes kind, heading level and bold),
    so a walk without styles still finds the right element. The element is:

    * paragraph, heading, list item, table cell: its ``w:p``;
    * fact (a two-cell label/value row): the first non-empty ``w:p`` of the value cell;
    * placeholder: the ``w:sdt`` of the unfilled content control (inline or block level);
    * text-box paragraphs: their ``w:p`` inside ``w:txbxContent`` (they follow the anchor paragraph).

    Raises ``UnreadableFile`` if nesting exceeds ``max_depth``.
    """
    if name(container) == "w:document":
        container = child(container, "w:body")
        if container is None:
            return
    walk = _Walk(styles or StyleSheet(), max_depth)
    try:
        yield from _container(container, walk, 2)
    except RecursionError:
        raise safety.too_deep(max_depth) from None


def _container(parent: Element, walk: _Walk, depth: int) -> Blocks:
    if depth > walk.max_depth:
        raise safety.too_deep(walk.max_depth)
    for kind, el in _children(parent):
        if kind == "w:p":
            block = _plain_paragraph(el, walk.styles)
            if block is _NOT_PLAIN:
                yield from _paragraph(el, walk, depth + 1)
            elif block is not None:
                yield el, block
        elif kind == "w:tbl":
            yield from _table(el, walk, depth + 1)
        elif kind == "w:sdt":
            yield from _block_sdt(el, walk, depth + _SDT_DEPTH)
        elif kind in _BLOCK_WRAPPERS:
            yield from _container(el, walk, depth + 1)
        elif kind == "mc:AlternateContent":
            branch = _choose_branch(el)
            if branch is not None:
                yield from _container(branch, walk, depth + 2)
        # w:sectPr, w:del, w:moveFrom, bookmarks, w:altChunk, …: nothing visible to read


def _is_placeholder(sdt: Element) -> bool:
    return bool(on_off(child(child(sdt, "w:sdtPr"), "w:showingPlcHdr")))


def _block_sdt(sdt: Element, walk: _Walk, depth: int) -> Blocks:
    content = child(sdt, "w:sdtContent")
    if content is None:
        return
    if _is_placeholder(sdt):
        text = _placeholder_text(content, walk)
        if text:
            yield sdt, RawBlock(kind=BlockKind.placeholder, text=text)
        return
    yield from _container(content, walk, depth)


def _placeholder_text(content: Element, walk: _Walk) -> str:
    if not _holds_blocks(content):
        inline = _Inline(walk)  # an inline content control holds runs directly
        inline.walk(content)
        return clean_text(inline.text())
    scratch = _Walk(walk.styles, walk.max_depth)  # its tables must not advance the real numbering
    return clean_text(" ".join(b.text for _, b in _container(content, scratch, 0)))


def _holds_blocks(content: Element | None) -> bool:
    """Whether an ``w:sdtContent`` holds paragraphs (block level) rather than runs (inline)."""
    for c in content if content is not None else ():
        kind = name(c)
        if kind in ("w:p", "w:tbl") or (kind == "w:sdt" and _holds_blocks(child(c, "w:sdtContent"))):
            return True
    return False


def _choose_branch(alternate: Element) -> Element | None:
    """One branch of ``mc:AlternateContent``: the first ``mc:Choice`` if it holds text, else the
    ``mc:Fallback`` (if any). Never both, so a text box is read once."""
    choice = child(alternate, "mc:Choice")
    fallback = child(alternate, "mc:Fallback")
    if choice is not None and (fallback is None or _has_text(choice)):
        return choice
    return fallback


def _has_text(el: Element) -> bool:
    return any(name(t) == "w:t" and t.text and t.text.strip() for t in el.iter())


# --------------------------------------------------------------------------------------------
# Paragraphs


class _Inline:
    """Collects the visible text of one paragraph's inline content, the boldness of its visible pieces,
    and the inline placeholders and text boxes found along the way (emitted as their own blocks)."""

    def __init__(self, walk: _Walk):
        self.walk_ = walk
        self.texts: list[str] = []
        # Bold of each visible piece (text that is not all whitespace, a hyphen). None: the run sets
        # nothing, so the paragraph's style decides; resolved in _paragraph_block, as the style is looked
        # up only for a paragraph that has text.
        self.bolds: list[bool | None] = []
        self.placeholders: list[tuple[Element, str]] = []
        self.boxes: list[Element] = []
        self.fields: list[bool] = []  # one entry per open field: False in its code, True in its result

    def text(self) -> str:
        return "".join(self.texts)

    def walk(self, parent: Element) -> Element | None:
        """Collect ``parent``'s inline content; returns its first ``w:pPr`` child, if any (the paragraph's
        properties, noted on the way rather than looked for again)."""
        ppr = None
        for kind, el in _children(parent):
            if kind == "w:r":
                self.run(el)
            elif kind == "w:pPr":
                if ppr is None and el.tag in _PPR:  # as child() finds it (not an unbound "w:pPr" name)
                    ppr = el
            elif kind in _INLINE_WRAPPERS:
                self.walk(el)
            elif kind == "w:sdt":
                content = child(el, "w:sdtContent")
                if content is None:
                    continue
                if _is_placeholder(el):
                    text = _placeholder_text(content, self.walk_)
                    if text:
                        self.placeholders.append((el, text))
                else:
                    self.walk(content)
            elif kind == "mc:AlternateContent":
                branch = _choose_branch(el)
                if branch is not None:
                    self.walk(branch)
            # w:del, w:moveFrom, bookmarks, comment marks, proofing marks, math: not text
        return ppr

    def run(self, r: Element) -> None:
        # The run's bold, from its first w:rPr, is that of each visible piece. The w:rPr is noted in the same
        # pass as the text (looking for it first visits every child twice, and most runs have none): the
        # pieces go in as None and take the bold at the end.
        rpr = None
        first_piece = len(self.bolds)
        for kind, el in _children(r):
            if kind == "w:rPr":
                if rpr is None and el.tag in _RPR:  # as child() finds it (not an unbound "w:rPr" name)
                    rpr = el
            elif kind == "w:fldChar":
                self._field_char(attr(el, "fldCharType"))
            elif self.fields and not all(self.fields):
                continue  # inside a field's code
            elif kind == "w:t":
                text = el.text
                if text:
                    self.texts.append(text)
                    if not text.isspace():
                        self.bolds.append(None)
            elif kind in ("w:tab", "w:ptab"):
                self.texts.append(" ")
            elif kind in ("w:br", "w:cr"):
                self.texts.append("\n" if attr(el, "type") in (None, "textWrapping") else " ")
            elif kind == "w:noBreakHyphen":
                self.texts.append("-")
                self.bolds.append(None)
            elif kind in ("w:drawing", "w:pict", "w:object", "mc:AlternateContent"):
                self.boxes.extend(_text_boxes(el))
            # w:instrText (field code), w:delText, w:sym: not text
        pieces = len(self.bolds) - first_piece
        if rpr is not None and pieces:
            self.bolds[first_piece:] = [_run_bold(rpr, self.walk_.styles)] * pieces

    def _field_char(self, kind: str | None) -> None:
        if kind == "begin":
            self.fields.append(False)
        elif kind == "separate" and self.fields:
            self.fields[-1] = True
        elif kind == "end" and self.fields:
            self.fields.pop()


def _run_bold(rpr: Element, styles: StyleSheet) -> bool | None:
    """Bold as the run properties set it (``w:b``, else the character style); None if they do not."""
    direct = on_off(child(rpr, "w:b"))
    if direct is not None:
        return direct
    return styles.character_bold(attr(child(rpr, "w:rStyle"), "val"))


def _text_boxes(el: Element) -> list[Element]:
    """``w:txbxContent`` elements under a drawing, in order, choosing one AlternateContent branch."""
    found: list[Element] = []
    stack = [el]
    while stack:
        node = stack.pop()
        kind = name(node)
        if kind == "w:txbxContent":
            found.append(node)  # its own nested boxes are found when it is walked as a container
            continue
        if kind == "mc:AlternateContent":
            branch = _choose_branch(node)
            if branch is not None:
                stack.append(branch)
            continue
        stack.extend(reversed(node))
    return found


def _paragraph(p: Element, walk: _Walk, depth: int) -> Blocks:
    inline = _Inline(walk)
    ppr = inline.walk(p)
    text = clean_text(inline.text())
    if text:
        yield p, _paragraph_block(text, ppr, inline.bolds, walk.styles)
    for sdt, placeholder in inline.placeholders:
        yield sdt, RawBlock(kind=BlockKind.placeholder, text=placeholder)
    for box in inline.boxes:
        yield from _container(box, walk, depth + _TEXTBOX_DEPTH)


def _paragraph_block(text: str, ppr: Element | None, bolds: list[bool | None], styles: StyleSheet) -> RawBlock:
    """The block of a paragraph with text, from its properties and the bold of its visible pieces
    (``_Inline.bolds``; only which values occur in it matters)."""
    style_id, direct_outline, numbered = paragraph_props(ppr)
    style = styles.paragraph(style_id)
    level, is_list = style.heading_level, style.is_list
    # Direct paragraph properties override the style's.
    if direct_outline is not None:
        level = direct_outline + 1 if 0 <= direct_outline < 9 else None
    if numbered is not None:
        is_list = numbered
    kind = _HEADING if level is not None else _LIST_ITEM if is_list else _PARAGRAPH
    # Every visible piece bold (None: as the paragraph's style says); no visible piece: not bold.
    bold = bool(bolds) and (False not in bolds if style.bold else all(bolds))
    return RawBlock(kind, text, style.name, level, bold)  # by position: a third cheaper than by keyword


# Inline content that only _Inline reads right: wrappers, content controls, alternate content (p level);
# fields, tabs, breaks, hyphens, drawings (run level). Anything else but runs, text and properties is
# ignored by both walks.
_NOT_PLAIN_INLINE = _INLINE_WRAPPERS | {"w:sdt", "mc:AlternateContent"}
_NOT_PLAIN_RUN = {"w:fldChar", "w:tab", "w:ptab", "w:br", "w:cr", "w:noBreakHyphen", "w:drawing", "w:pict",
                  "w:object", "mc:AlternateContent"}
_NOT_PLAIN = object()


def plain_runs(p: Element, not_plain_inline: set[str], not_plain_run: set[str]):
    """``(w:pPr, text, rprs, unset)`` of a paragraph of plain runs: its first ``w:pPr``, the text of its runs'
    ``w:t`` joined in order, the first ``w:rPr`` of each run with visible text (a ``w:t`` not all whitespace)
    that has one, and whether a run with visible text has none; None as soon as the paragraph or one of its
    runs holds an element whose short name is in ``not_plain_inline`` or ``not_plain_run``. docx_plain.pyx
    is the same in C."""
    ppr = None
    texts: list[str] = []
    rprs: list[Element] = []
    unset = False
    for el in p[:]:
        tag = el.tag
        kind = SHORT_NAMES[tag] if tag in SHORT_NAMES else short_name(tag)
        if kind == "w:r":
            rpr = None
            pieces = 0
            for c in el[:]:
                ctag = c.tag
                ckind = SHORT_NAMES[ctag] if ctag in SHORT_NAMES else short_name(ctag)
                if ckind == "w:t":
                    text = c.text
                    if text:
                        texts.append(text)
                        if not text.isspace():
                            pieces += 1
                elif ckind == "w:rPr":
                    if rpr is None and ctag in _RPR:  # as child() finds it (not an unbound "w:rPr" name)
                        rpr = c
                elif ckind in not_plain_run:
                    return None
            if pieces:
                if rpr is None:
                    unset = True
                else:
                    rprs.append(rpr)
        elif kind == "w:pPr":
            if ppr is None and tag in _PPR:
                ppr = el
        elif kind in not_plain_inline:
            return None
    return ppr, "".join(texts), rprs, unset


def children(parent: Element) -> list[tuple[str, Element]]:
    """``(name(el), el)`` for each child of ``parent`` (comments and PIs too, named "")."""
    return [(name(el), el) for el in parent[:]]  # a list: cheaper than lxml's iterator object (~1.8 k instructions)


try:  # the same scans in C, on lxml's nodes (built by setup.py against the installed lxml)
    from bbiccheck.load.docx_plain import children as _children
    from bbiccheck.load.docx_plain import plain_runs as _plain_runs
except ImportError:
    _children, _plain_runs = children, plain_runs


def _plain_paragraph(p: Element, styles: StyleSheet) -> RawBlock | None | object:
    """``_paragraph``'s block for a paragraph of plain runs (``w:t`` text and properties only), in one
    function: most paragraphs are such, and the general walk's objects and calls cost more than the text.
    None if it has no text; ``_NOT_PLAIN`` as soon as it holds anything the general walk must read."""
    scanned = _plain_runs(p, _NOT_PLAIN_INLINE, _NOT_PLAIN_RUN)
    if scanned is None:
        return _NOT_PLAIN
    ppr, text, rprs, unset = scanned
    text = clean_text(text)
    if not text:
        return None
    # The bold of each run with visible text, once a run rather than once a piece as in _Inline.bolds:
    # _paragraph_block asks only which values occur.
    bolds: list[bool | None] = [_run_bold(rpr, styles) for rpr in rprs]
    if unset:
        bolds.append(None)
    return _paragraph_block(text, ppr, bolds, styles)


# --------------------------------------------------------------------------------------------
# Tables


def _rows(parent: Element) -> Iterator[tuple[Element, bool]]:
    """``(w:tr, placeholder)`` unwrapping row-level content controls and customXml."""
    for kind, el in _children(parent):
        if kind == "w:tr":
            yield el, False
        elif kind == "w:sdt":
            content = child(el, "w:sdtContent")
            if content is not None:
                for tr, forced in _rows(content):
                    yield tr, forced or _is_placeholder(el)
        elif kind in ("w:customXml", "w:ins", "w:moveTo"):
            yield from _rows(el)


def _cell_elements(parent: Element, forced: bool = False) -> Iterator[tuple[Element, bool]]:
    for kind, el in _children(parent):
        if kind == "w:tc":
            yield el, forced
        elif kind == "w:sdt":
            content = child(el, "w:sdtContent")
            if content is not None:
                yield from _cell_elements(content, forced or _is_placeholder(el))
        elif kind in ("w:customXml", "w:ins", "w:moveTo"):
            yield from _cell_elements(el, forced)


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


_ROW_PROPS = Props("w:gridBefore", "w:tblHeader")
_CELL_PROPS = Props("w:vMerge", "w:hMerge", "w:gridSpan")


def _table(tbl: Element, walk: _Walk, depth: int) -> Blocks:
    if depth + _TABLE_DEPTH > walk.max_depth:
        raise safety.too_deep(walk.max_depth)
    number = walk.tables
    walk.tables += 1
    merged_text: dict[int, str] = {}  # grid column -> text of the cell a vertical merge started in
    for row_number, (tr, row_forced) in enumerate(_rows(tbl)):
        grid_before, table_header = _ROW_PROPS.of(child(tr, "w:trPr"))
        col = _int(attr(grid_before, "val"), 0)
        header_row = bool(on_off(table_header))
        cells: list[Cell] = []
        for tc, forced in _cell_elements(tr, row_forced):
            vmerge, hmerge, grid_span = _CELL_PROPS.of(child(tc, "w:tcPr"))
            continuation = (vmerge is not None and attr(vmerge, "val") in (None, "continue")) or (
                hmerge is not None and attr(hmerge, "val") in (None, "continue")
            )
            cell = Cell(col, continuation, list(_container(tc, walk, depth + _TABLE_DEPTH)), forced)
            if continuation:
                # Merged cells: Word keeps the text in the first cell. Drop a continuation only if
                # it is empty or repeats that text (some generators copy it), never other text.
                origin = merged_text.get(col) if vmerge is not None else (cells[-1].text() if cells else None)
                if cell.text() in ("", origin):
                    cell.blocks = []
            elif vmerge is not None:
                merged_text[col] = cell.text()
            cells.append(cell)
            col += max(1, _int(attr(grid_span, "val"), 1))
        yield from row_blocks(cells, number, row_number, header_row)


# --------------------------------------------------------------------------------------------
# The package: parts, relationships, headers, comments, properties


def _rels_path(part: str) -> str:
    folder, base = posixpath.split(part)
    return posixpath.join(folder, "_rels", base + ".rels")


def _relationships(z: safety.SafeZip, part: str) -> Relationships:
    """``(id, type suffix, target part)`` of a part's internal relationships, in file order."""
    rels_name = _rels_path(part)
    if not z.has(rels_name):
        return ()
    return _cached_part(z, rels_name, z.limits, _parse_relationships, _rels_cache, _RELS_CACHE_SIZE)


def _parse_relationships(data: bytes, limits: Limits, rels_name: str) -> Relationships:
    """Security refusals (DTD, depth) propagate; a damaged part has no relationships."""
    try:
        root = safety.parse_xml(data, limits, rels_name)
    except safety.DamagedPart:
        return ()
    out = []
    base = posixpath.dirname(posixpath.dirname(rels_name))  # "word/_rels/document.xml.rels" -> "word"
    for rel in root:
        if not isinstance(rel.tag, str) or rel.get("TargetMode") == "External":
            continue
        target = rel.get("Target") or ""
        target = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(base, target))
        out.append((rel.get("Id") or "", (rel.get("Type") or "").rsplit("/", 1)[-1], target))
    return tuple(out)  # shared by every document with the same part


def _optional_xml(z: safety.SafeZip, part: str) -> Element | None:
    """A part that may be missing or damaged without losing body text. Security refusals
    (DTD, depth, size) still propagate."""
    if not z.has(part):
        return None
    try:
        return z.read_xml(part)
    except safety.DamagedPart:
        return None


# Parsed parts by content. The documents of a caseload share a few templates: styles.xml is often the
# largest part (python-docx's default is 350 KB: inflating and parsing it costs more than the body), and
# the relationship parts are the same in every document of a template. A part is recognised by its
# stored (compressed) bytes, so a cached one is not even inflated; the key keeps them (12 KB for that
# styles part). A part far beyond any real template is not kept, so a hostile one cannot pin its memory.
# Only what parsed is kept (and never changed by the readers); refusals are raised again every time.
_STYLES_CACHE_SIZE = 16
_RELS_CACHE_SIZE = 32
_CACHE_MAX_BYTES = 4 * safety.MB
_styles_cache: OrderedDict[tuple, tuple[StyleSheet, int]] = OrderedDict()  # -> (styles, inflated size)
_rels_cache: OrderedDict[tuple, tuple[Relationships, int]] = OrderedDict()  # -> (relationships, inflated size)
_cache_lock = threading.Lock()


def _cached_part(z: safety.SafeZip, part: str, limits: Limits, parse, cache: OrderedDict, size: int):
    """``parse(z.read(part), limits, part)`` for a part that exists, once per distinct content; ``cache``
    keeps the ``size`` most recent."""
    if max(z.declared_sizes(part)) > _CACHE_MAX_BYTES:
        return parse(z.read(part), limits, part)
    # The depth limit is part of the key: the same bytes may be refused under a lower one.
    key = (part, *z.stored_key(part), limits.max_xml_depth)
    with _cache_lock:
        cached = cache.get(key)
        if cached is not None:
            cache.move_to_end(key)
    if cached is not None:
        parsed, inflated = cached
        z.charge(inflated)  # the byte budget runs out as if the part were read again
        return parsed
    data = z.read(part)
    parsed = parse(data, limits, part)
    with _cache_lock:
        cache[key] = (parsed, len(data))
        if len(cache) > size:
            cache.popitem(last=False)
    return parsed


def _stylesheet(z: safety.SafeZip, part: str, limits: Limits) -> StyleSheet:
    """The styles part (optional like ``_optional_xml``), parsed once per distinct content."""
    if not z.has(part):
        return StyleSheet()
    return _cached_part(z, part, limits, _parse_styles, _styles_cache, _STYLES_CACHE_SIZE)


def _parse_styles(data: bytes, limits: Limits, part: str) -> StyleSheet:
    """Security refusals (DTD, depth) propagate; a damaged part leaves the default styles."""
    try:
        return StyleSheet(safety.parse_xml(data, limits, part))
    except safety.DamagedPart:
        return StyleSheet()


def _main_part(z: safety.SafeZip, package_rels: Relationships) -> str:
    for _, kind, target in package_rels:
        if kind == "officeDocument" and z.has(target):
            return target
    if z.has("word/document.xml"):
        return "word/document.xml"
    raise safety.missing_part("word/document.xml")


def _collect(blocks: Blocks, limit: int) -> list[RawBlock]:
    out: list[RawBlock] = []
    for _, block in blocks:
        out.append(block)
        if len(out) > limit:
            raise safety.too_many_blocks(limit)
    return out


def _headers(z, document: Element, rels, styles: StyleSheet, limits: Limits) -> list[RawBlock]:
    """Header and footer parts in the order sections reference them, each part once."""
    by_id = {rid: target for rid, kind, target in rels if kind in ("header", "footer")}
    parts: list[str] = []
    for el in document.iter(*tags("w:headerReference"), *tags("w:footerReference")):
        rid = next((v for k, v in el.attrib.items() if k.endswith("}id")), None)
        target = by_id.get(rid or "")
        if target and target not in parts:
            parts.append(target)
    out: list[RawBlock] = []
    for part in parts:
        root = _optional_xml(z, part)
        if root is None:
            continue
        for block in _collect(iter_body_blocks(root, styles, max_depth=limits.max_xml_depth), limits.max_blocks):
            out.append(RawBlock(kind=BlockKind.header, text=block.text, style=block.style, label=block.label))
    return out


def _comments(z, rels, styles: StyleSheet, limits: Limits) -> list[str]:
    out: list[str] = []
    for part in [target for _, kind, target in rels if kind == "comments"]:
        root = _optional_xml(z, part)
        if root is None:
            continue
        for comment in root:
            if name(comment) == "w:comment":
                blocks = iter_body_blocks(comment, styles, max_depth=limits.max_xml_depth)
                text = "\n".join(b.text for _, b in blocks)
                if text:
                    out.append(text)
    return out


_DC = "{http://purl.org/dc/elements/1.1/}"


def core_properties(root: Element | None) -> tuple[str | None, str | None]:
    """(title, author) from a core.xml / meta.xml root: dc:title and dc:creator anywhere in it."""
    if root is None:
        return None, None
    found: dict[str, str] = {}
    for el in root.iter(_DC + "title", _DC + "creator"):
        text = clean_text(el.text or "")
        if text:
            found.setdefault(el.tag, text)
    return found.get(_DC + "title"), found.get(_DC + "creator")


def read_docx(path: Path, limits: Limits) -> ReadResult:
    """Read a .docx/.docm/.dotx (ISO Strict too). Raises ``UnreadableFile`` for anything unreadable."""
    with safety.SafeZip(path, limits) as z:
        return read_docx_zip(z)


def read_docx_zip(z: safety.SafeZip) -> ReadResult:
    """``read_docx`` of an archive already open (the dispatcher opens it to tell .docx from .odt)."""
    limits = z.limits
    package_rels = _relationships(z, "")
    main = _main_part(z, package_rels)
    document = z.read_xml(main)
    if name(document) != "w:document" or child(document, "w:body") is None:
        raise safety.missing_part("word/document.xml")
    rels = _relationships(z, main)
    styles_part = next((t for _, kind, t in rels if kind == "styles"), "word/styles.xml")
    styles = _stylesheet(z, styles_part, limits)
    blocks = _collect(iter_body_blocks(document, styles, max_depth=limits.max_xml_depth), limits.max_blocks)
    core_part = next((t for _, kind, t in package_rels if kind == "core-properties"), "docProps/core.xml")
    title, author = core_properties(_optional_xml(z, core_part))
    return ReadResult(
        blocks=blocks,
        headers=_headers(z, document, rels, styles, limits),
        comments=_comments(z, rels, styles, limits),
        title=title,
        author=author,
    )


__all__ = ["iter_body_blocks", "read_docx", "read_docx_zip", "StyleSheet", "core_properties"]
