"""WordprocessingML names and styles.xml: what a paragraph's style says about headings, lists and bold.

Word stores built-in style *names* in English ("heading 1") whatever the UI language, but the style
*id* is localised ("Rubrik1" in a Swedish Word), so headings are resolved from the name, then from
``w:outlineLvl`` along the ``w:basedOn`` chain, and only as a last resort from the id.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from lxml import etree

# Transitional and ISO Strict namespaces map to the same short prefix, so the walker handles both.
_PREFIX = {
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main": "w",
    "http://purl.oclc.org/ooxml/wordprocessingml/main": "w",
    "http://schemas.openxmlformats.org/markup-compatibility/2006": "mc",
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships": "r",
    "http://purl.oclc.org/ooxml/officeDocument/relationships": "r",
}
W_NAMESPACES = ("http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main")


def _short(tag: object) -> str:
    if not isinstance(tag, str):  # comments and PIs: their tag is a factory function
        return ""
    if tag[:1] != "{":
        return tag
    ns, _, local = tag[1:].partition("}")
    prefix = _PREFIX.get(ns)
    return f"{prefix}:{local}" if prefix else tag


# Tag -> short name, remembered as tags are met (a dict lookup is the cheapest dispatch in the walker's
# Python loops, ``name`` and docx_reader's plain_runs: ``SHORT_NAMES[tag] if tag in SHORT_NAMES else
# short_name(tag)``). A plain dict: the keys of a dict subclass (one with ``__missing__``) are looked up
# through a slot wrapper, ~5 times dearer.
SHORT_NAMES: dict[object, str] = {}


def short_name(tag: object) -> str:
    """The short name of a tag, remembered. Bounded in entries and in name length, as a hostile part may
    use any number of distinct (and long) tags."""
    short = SHORT_NAMES.get(tag)
    if short is None:
        short = _short(tag)
        if len(SHORT_NAMES) < 8192 and len(short) <= 200:
            SHORT_NAMES[tag] = short
    return short


def name(el: etree._Element) -> str:
    """``"w:p"``, ``"mc:AlternateContent"``… for an element; ``""`` for comments and PIs."""
    tag = el.tag
    return SHORT_NAMES[tag] if tag in SHORT_NAMES else short_name(tag)


@lru_cache(maxsize=256)
def tags(short: str) -> tuple[str, ...]:
    """The tags ``name`` maps to ``short``: ``"w:p"`` is the transitional and the ISO Strict one.

    Comparing tags directly (or filtering ``iter``) spares a ``name`` call per element in hot loops.
    """
    prefix, _, local = short.partition(":")
    return tuple(f"{{{ns}}}{local}" for ns, p in _PREFIX.items() if p == prefix) or (short,)


@lru_cache(maxsize=256)
def _attr_keys(local: str) -> tuple[str, ...]:
    return tuple(f"{{{ns}}}{local}" for ns in W_NAMESPACES)


def attr(el: etree._Element | None, local: str) -> str | None:
    """A ``w:``-namespaced attribute (``w:val``) in either namespace."""
    if el is None:
        return None
    for key in _attr_keys(local):
        value = el.get(key)
        if value is not None:
            return value
    return None


def child(el: etree._Element | None, short: str) -> etree._Element | None:
    """First child with the given short name (``"w:pPr"``)."""
    if el is None:
        return None
    wanted = tags(short)
    for c in el[:]:  # a list of the children: cheaper than lxml's iterator object (~1.8 k instructions)
        if c.tag in wanted:
            return c
    return None


class Props:
    """Several children looked up in one pass: ``Props("w:vMerge", "w:gridSpan").of(tcpr)`` is
    ``[child(tcpr, "w:vMerge"), child(tcpr, "w:gridSpan")]`` (each child() call visits the children again)."""

    def __init__(self, *shorts: str):
        self._slots = {tag: i for i, short in enumerate(shorts) for tag in tags(short)}
        self._none = [None] * len(shorts)

    def of(self, el: etree._Element | None) -> list[etree._Element | None]:
        found = self._none.copy()
        if el is not None:
            slots = self._slots
            for c in el[:]:
                i = slots.get(c.tag)
                if i is not None and found[i] is None:
                    found[i] = c
        return found


def on_off(el: etree._Element | None) -> bool | None:
    """A CT_OnOff property (``<w:b/>``, ``<w:b w:val="0"/>``): None when absent."""
    if el is None:
        return None
    return attr(el, "val") not in ("0", "false", "off")


_HEADING_NAME = re.compile(r"^\s*(?:heading|rubrik)\s*([1-9])\s*$", re.IGNORECASE)
_TITLE_NAME = re.compile(r"^\s*(?:title|titel)\s*$", re.IGNORECASE)
_LIST_NAME = re.compile(r"^\s*(?:list|liststycke|lista|punktlista|numrerad lista)\b", re.IGNORECASE)

# The Title style is reported as heading level 1 (a sibling of "heading 1" sections, not their
# parent), so section paths stay "Analys" rather than "Barnavårdsutredning > Analys".
TITLE_LEVEL = 1


def heading_level_from_name(style_name: str | None) -> int | None:
    if not style_name:
        return None
    m = _HEADING_NAME.match(style_name) or _HEADING_NAME.match(re.sub(r"(?<=\D)(?=\d)", " ", style_name))
    if m:
        return int(m.group(1))
    if _TITLE_NAME.match(style_name):
        return TITLE_LEVEL
    return None


@dataclass(frozen=True)
class ParagraphStyle:
    """What a paragraph style (with its basedOn chain) says."""

    name: str | None
    heading_level: int | None
    is_list: bool
    bold: bool | None


@dataclass
class _Style:
    name: str | None
    based_on: str | None
    outline: int | None  # w:outlineLvl (0-8 heading levels 1-9; 9 = body text)
    numbered: bool | None  # w:numPr with numId != 0 → True, numId == 0 → False
    bold: bool | None


def _outline_level(el: etree._Element | None) -> int | None:
    """Of a ``w:outlineLvl``: 0-8 heading levels 1-9; 9 = body text."""
    if el is None:
        return None
    try:
        return int(attr(el, "val") or "9")
    except ValueError:
        return None


def _numbering(num: etree._Element | None) -> bool | None:
    """Of a ``w:numPr``: True if it numbers, False if it turns numbering off (numId 0)."""
    if num is None:
        return None
    num_id = attr(child(num, "w:numId"), "val")
    if num_id is None:
        return None  # only w:ilvl: the numbering itself comes from the style
    return num_id != "0"


_PARAGRAPH_PROPS = Props("w:pStyle", "w:outlineLvl", "w:numPr")


def paragraph_props(ppr: etree._Element | None) -> tuple[str | None, int | None, bool | None]:
    """(style id, outline level, numbering) a ``w:pPr`` sets, in one pass over its children (a paragraph's
    and a style's properties are read for every paragraph and every style)."""
    if ppr is None:  # most paragraphs
        return None, None, None
    style, outline, num = _PARAGRAPH_PROPS.of(ppr)
    return attr(style, "val"), _outline_level(outline), _numbering(num)


_STYLE_PROPS = Props("w:name", "w:basedOn", "w:pPr", "w:rPr")


class StyleSheet:
    """Resolved view of ``word/styles.xml``. ``StyleSheet()`` (no styles) still works: headings are
    then recognised from style ids like ``Heading1``/``Rubrik1`` only."""

    def __init__(self, styles_root: etree._Element | None = None):
        self._styles: dict[str, _Style] = {}
        self._default_paragraph: str | None = None
        self._default_bold: bool | None = None
        self._paragraph_cache: dict[str | None, ParagraphStyle] = {}
        self._character_cache: dict[str | None, bool | None] = {}
        if styles_root is None:
            return
        for el in styles_root:
            kind = name(el)
            if kind == "w:docDefaults":
                rpr = child(child(child(el, "w:rPrDefault"), "w:rPr"), "w:b")
                self._default_bold = on_off(rpr)
            elif kind == "w:style":
                style_id = attr(el, "styleId")
                if style_id is None:
                    continue
                style_name, based_on, ppr, rpr = _STYLE_PROPS.of(el)
                _, outline, numbered = paragraph_props(ppr)
                self._styles[style_id] = _Style(
                    name=attr(style_name, "val"),
                    based_on=attr(based_on, "val"),
                    outline=outline,
                    numbered=numbered,
                    bold=on_off(child(rpr, "w:b")),
                )
                if attr(el, "type") == "paragraph" and attr(el, "default") in ("1", "true", "on"):
                    self._default_paragraph = style_id

    @classmethod
    def from_python_docx(cls, document) -> StyleSheet:
        """From a python-docx ``Document`` (for the annotator, which must walk the same blocks)."""
        return cls(document.styles.element)

    def _chain(self, style_id: str | None) -> list[_Style]:
        chain: list[_Style] = []
        seen: set[str] = set()
        while style_id and style_id not in seen and len(chain) < 50:
            seen.add(style_id)
            style = self._styles.get(style_id)
            if style is None:
                break
            chain.append(style)
            style_id = style.based_on
        return chain

    def paragraph(self, style_id: str | None) -> ParagraphStyle:
        """Name, heading level, list-ness and bold of a paragraph style id (None = the default)."""
        if style_id not in self._paragraph_cache:
            self._paragraph_cache[style_id] = self._resolve_paragraph(style_id)
        return self._paragraph_cache[style_id]

    def _resolve_paragraph(self, style_id: str | None) -> ParagraphStyle:
        chain = self._chain(style_id or self._default_paragraph)
        style_name = chain[0].name if chain else style_id
        level = None
        for st in chain:
            from_name = heading_level_from_name(st.name)
            if from_name is not None:
                level = from_name
                break
            if st.outline is not None:
                level = st.outline + 1 if 0 <= st.outline < 9 else None
                break
        if not chain:
            level = heading_level_from_name(style_id)
        numbered = next((st.numbered for st in chain if st.numbered is not None), None)
        is_list = bool(numbered) or any(_LIST_NAME.match(st.name or "") for st in chain[:1]) or (
            not chain and bool(_LIST_NAME.match(style_id or ""))
        )
        bold = next((st.bold for st in chain if st.bold is not None), self._default_bold)
        return ParagraphStyle(style_name, level, is_list, bold)

    def character_bold(self, style_id: str | None) -> bool | None:
        """Bold as set by a character style (w:rStyle) and its basedOn chain; None if unset."""
        if style_id not in self._character_cache:
            chain = self._chain(style_id)
            self._character_cache[style_id] = next((st.bold for st in chain if st.bold is not None), None)
        return self._character_cache[style_id]
