"""Read an OpenDocument text (.odt) into RawBlocks from content.xml, parsed safely.

ODF keeps text as mixed content (``<text:p>Hej <text:span>Elsa</text:span>!</text:p>``), so the walk
takes each element's text and every child's tail. Headings are ``text:h`` with
``text:outline-level``; tracked deletions live apart in ``text:tracked-changes`` and are skipped;
annotations (``office:annotation``) are comments, not text; footnote bodies are left out of the
paragraph they are anchored in. Page headers/footers come from the master pages in styles.xml.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from lxml import etree

from bbiccheck.load import safety
from bbiccheck.load.base import Limits, ReadResult
from bbiccheck.load.docx_reader import core_properties
from bbiccheck.load.docx_styles import heading_level_from_name
from bbiccheck.load.tables import Cell, row_blocks
from bbiccheck.load.textnorm import clean_text
from bbiccheck.model import BlockKind, RawBlock

Element = etree._Element
Blocks = Iterator[tuple[Element, RawBlock]]

NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
    "manifest": "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0",
}
_PREFIX = {uri: prefix for prefix, uri in NS.items()}
_READ_INTO = {"text", "table", "office", "draw"}  # unknown elements of these namespaces may hold text


def _name(el: Element) -> str:
    tag = el.tag
    if not isinstance(tag, str) or tag[:1] != "{":
        return ""
    ns, _, local = tag[1:].partition("}")
    return f"{_PREFIX.get(ns, ns)}:{local}"


def _get(el: Element, qualified: str) -> str | None:
    prefix, local = qualified.split(":")
    return el.get(f"{{{NS[prefix]}}}{local}")


# Block containers whose content is never document text.
_SKIP = {
    "text:tracked-changes",
    "text:variable-decls",
    "text:sequence-decls",
    "text:user-field-decls",
    "text:dde-connection-decls",
    "office:forms",
    "office:annotation",
    "office:annotation-end",
    "table:table-columns",
    "table:table-column",
    "table:table-column-group",
    "text:soft-page-break",
}


@dataclass
class _Style:
    parent: str | None
    display: str | None
    bold: bool | None


class _Styles:
    """Paragraph/text styles from content.xml (automatic) and styles.xml (common), for bold and Title."""

    def __init__(self, *roots: Element | None):
        self._styles: dict[str, _Style] = {}
        for root in roots:
            if root is None:
                continue
            for el in root.iter(f"{{{NS['style']}}}style"):
                props = el.find(f"{{{NS['style']}}}text-properties")
                weight = _get(props, "fo:font-weight") if props is not None else None
                bold = None if weight is None else weight in ("bold", "600", "700", "800", "900")
                name = _get(el, "style:name")
                if name:
                    parent, display = _get(el, "style:parent-style-name"), _get(el, "style:display-name")
                    self._styles[name] = _Style(parent, display, bold)

    def _chain(self, name: str | None) -> Iterator[tuple[str, _Style]]:
        seen: set[str] = set()
        while name and name not in seen and len(seen) < 50:
            seen.add(name)
            style = self._styles.get(name)
            if style is None:
                return
            yield name, style
            name = style.parent

    def bold(self, name: str | None) -> bool | None:
        return next((s.bold for _, s in self._chain(name) if s.bold is not None), None)

    def display_name(self, name: str | None) -> str | None:
        """The first non-automatic style in the chain, as people see it ("Heading 1", "Title")."""
        for style_name, style in self._chain(name):
            if not (style_name[:1] == "P" and style_name[1:].isdigit()):  # P1, P2…: automatic styles
                return style.display or style_name.replace("_20_", " ")
        return None

    def heading_level(self, name: str | None) -> int | None:
        return heading_level_from_name(self.display_name(name))


@dataclass
class _Walk:
    styles: _Styles
    max_depth: int
    comments: list[str] = field(default_factory=list)
    tables: int = 0


class _Inline:
    """Visible text of a paragraph (with boldness per piece), plus placeholders and text boxes."""

    def __init__(self, walk: _Walk, paragraph_bold: bool | None):
        self.walk_ = walk
        self.pieces: list[tuple[str, bool | None]] = []
        self.placeholders: list[tuple[Element, str]] = []
        self.boxes: list[Element] = []
        self.paragraph_bold = paragraph_bold

    def text(self) -> str:
        return "".join(t for t, _ in self.pieces)

    def all_bold(self) -> bool:
        visible = [b for t, b in self.pieces if b is not None and t.strip()]
        return bool(visible) and all(visible)

    def add(self, text: str | None, bold: bool | None) -> None:
        if text:
            self.pieces.append((text, bool(bold)))

    def walk(self, el: Element, bold: bool | None, depth: int = 0) -> None:
        if depth > self.walk_.max_depth:
            raise safety.too_deep(self.walk_.max_depth)
        self.add(el.text, bold)
        for c in el:
            kind = _name(c)
            if kind == "text:s":
                self.pieces.append((" ", None))
            elif kind in ("text:tab", "text:soft-page-break"):
                self.pieces.append((" " if kind == "text:tab" else "", None))
            elif kind == "text:line-break":
                self.pieces.append(("\n", None))
            elif kind == "office:annotation":
                self.walk_.comments.append(_annotation_text(c, self.walk_))
            elif kind == "text:placeholder":
                text = clean_text("".join(c.itertext()))
                if text:
                    self.placeholders.append((c, text))
            elif kind.startswith("draw:"):  # frames and shapes: their text boxes become blocks
                self.boxes.extend(_text_boxes(c))
            elif kind in ("text:note", "text:number", "office:annotation-end", "text:ruby-text") or not kind:
                # footnote body, generated list/heading number (Word has none either), annotation
                # end, ruby annotation, XML comments/PIs: not body text
                pass
            elif kind.split(":")[0] in ("text", "office"):
                span_bold = self.walk_.styles.bold(_get(c, "text:style-name"))
                self.walk(c, bold if span_bold is None else span_bold, depth + 1)
            self.add(c.tail, bold)


def _annotation_text(annotation: Element, walk: _Walk) -> str:
    scratch = _Walk(walk.styles, walk.max_depth)
    parts = [b.text for _, b in _container(annotation, scratch, 0, in_list=False)]
    return "\n".join(parts)


def _text_boxes(el: Element) -> list[Element]:
    """Elements under a drawing whose children are paragraphs: text boxes and shapes with text."""
    found: list[Element] = []
    stack = [el]
    while stack:
        node = stack.pop()
        if _name(node) in ("svg:title", "svg:desc") or node.tag == f"{{{NS['office']}}}annotation":
            continue
        if _name(node) == "draw:text-box" or any(_name(c) in ("text:p", "text:h", "text:list") for c in node):
            found.append(node)
            continue
        stack.extend(reversed(node))
    return found


def _paragraph(p: Element, walk: _Walk, depth: int, in_list: bool) -> Blocks:
    style_name = _get(p, "text:style-name")
    inline = _Inline(walk, walk.styles.bold(style_name))
    inline.walk(p, inline.paragraph_bold, depth)
    text = clean_text(inline.text())
    if text:
        display = walk.styles.display_name(style_name)
        if _name(p) == "text:h":
            level: int | None = _int(_get(p, "text:outline-level"), 1)
        else:  # a text:p in a heading or Title style (LibreOffice writes real headings as text:h)
            level = walk.styles.heading_level(style_name)
        kind = BlockKind.heading if level else BlockKind.list_item if in_list else BlockKind.paragraph
        yield p, RawBlock(kind=kind, text=text, style=display, heading_level=level or None, bold=inline.all_bold())
    for element, placeholder in inline.placeholders:
        yield element, RawBlock(kind=BlockKind.placeholder, text=placeholder)
    for box in inline.boxes:
        yield from _container(box, walk, depth + 4, in_list=False)


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _container(parent: Element, walk: _Walk, depth: int, in_list: bool) -> Blocks:
    if depth > walk.max_depth:
        raise safety.too_deep(walk.max_depth)
    for el in parent:
        kind = _name(el)
        if kind in ("text:p", "text:h"):
            yield from _paragraph(el, walk, depth + 1, in_list)
        elif kind == "text:list":
            yield from _container(el, walk, depth + 1, in_list=True)
        elif kind == "table:table":
            yield from _table(el, walk, depth + 1)
        elif kind.startswith("draw:"):
            for box in _text_boxes(el):
                yield from _container(box, walk, depth + 4, in_list=False)
        elif kind in _SKIP or kind.endswith("-source") or kind.split(":")[0] not in _READ_INTO:
            continue
        else:  # text:section, list items, indexes, table-of-content bodies…: read what they hold
            yield from _container(el, walk, depth + 1, in_list)


def _rows(parent: Element, header: bool = False) -> Iterator[tuple[Element, bool]]:
    for el in parent:
        kind = _name(el)
        if kind == "table:table-row":
            yield el, header
        elif kind in ("table:table-header-rows", "table:table-rows", "table:table-row-group"):
            yield from _rows(el, header or kind == "table:table-header-rows")


def _table(tbl: Element, walk: _Walk, depth: int) -> Blocks:
    number = walk.tables
    walk.tables += 1
    merged: dict[int, str] = {}  # column -> text of the cell a merge started in
    for row_number, (tr, header) in enumerate(_rows(tbl)):
        col = 0
        cells: list[Cell] = []
        for tc in tr:
            kind = _name(tc)
            if kind not in ("table:table-cell", "table:covered-table-cell"):
                continue
            covered = kind == "table:covered-table-cell"
            cell = Cell(col, covered, list(_container(tc, walk, depth + 3, in_list=False)))
            if covered and cell.text() in ("", merged.get(col)):
                cell.blocks = []
            elif not covered:
                merged[col] = cell.text()
            cells.append(cell)
            # Repeated cells are identical copies (usually empty): the text is taken once.
            span = _int(_get(tc, "table:number-columns-spanned"), 1)
            col += max(1, span) * max(1, _int(_get(tc, "table:number-columns-repeated"), 1))
        yield from row_blocks(cells, number, row_number, header)


def _master_page_blocks(styles_root: Element | None, walk: _Walk) -> list[RawBlock]:
    if styles_root is None:
        return []
    out: list[RawBlock] = []
    seen: set[str] = set()
    for page in styles_root.iter(f"{{{NS['style']}}}master-page"):
        for part in page:
            if part.tag.rsplit("}", 1)[-1].startswith(("header", "footer")):
                for _, block in _container(part, walk, 0, in_list=False):
                    if block.text not in seen:
                        seen.add(block.text)
                        out.append(replace(block, kind=BlockKind.header, heading_level=None))
    return out


def _is_encrypted(z: safety.SafeZip) -> bool:
    """A password-protected .odt keeps a readable manifest that lists encryption data."""
    if not z.has("META-INF/manifest.xml"):
        return False
    try:
        manifest = z.read_xml("META-INF/manifest.xml")
    except safety.DamagedPart:
        return False
    return next(manifest.iter(f"{{{NS['manifest']}}}encryption-data"), None) is not None


def read_odt(path: Path, limits: Limits) -> ReadResult:
    """Read an .odt. Raises ``UnreadableFile`` for anything unreadable."""
    with safety.SafeZip(path, limits) as z:
        if _is_encrypted(z):
            raise safety.password_protected()
        if not z.has("content.xml"):
            raise safety.missing_part("content.xml")
        content = z.read_xml("content.xml")
        body = content.find(f"{{{NS['office']}}}body/{{{NS['office']}}}text")
        if body is None:
            raise safety.missing_part("office:text")
        styles_root = _optional(z, "styles.xml")
        walk = _Walk(_Styles(content, styles_root), limits.max_xml_depth)
        blocks: list[RawBlock] = []
        for _, block in _container(body, walk, 3, in_list=False):
            blocks.append(block)
            if len(blocks) > limits.max_blocks:
                raise safety.too_many_blocks(limits.max_blocks)
        headers = _master_page_blocks(styles_root, _Walk(walk.styles, limits.max_xml_depth))
        meta = _optional(z, "meta.xml")
        title, author = core_properties(meta)
        if author is None and meta is not None:
            initial = next(meta.iter(f"{{{NS['meta']}}}initial-creator"), None)
            author = clean_text(initial.text or "") or None if initial is not None else None
        comments = [c for c in walk.comments if c]
    return ReadResult(blocks=blocks, headers=headers, comments=comments, title=title, author=author)


def _optional(z: safety.SafeZip, part: str) -> Element | None:
    if not z.has(part):
        return None
    try:
        return z.read_xml(part)
    except safety.DamagedPart:
        return None
