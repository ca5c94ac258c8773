"""An annotated COPY of a .docx: one real Word comment per finding, on the paragraph it is about.

Supervisors and social workers read feedback where they write: in Word. Blocks are found again with the
reader's own walker (``bbiccheck.load.docx_reader.iter_body_blocks``), so block i here is block i of the
loaded Document. The comment range is written around whole runs (the located span where it can be found,
else the whole paragraph); python-docx keeps every other part of the package, so existing comments and
tracked changes survive. The original file is never opened for writing: the copy goes to a temporary
file beside ``out_path`` and is moved into place with ``os.replace``.
"""

from __future__ import annotations

from pathlib import Path

import docx
from docx.comments import Comment
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import etree

from bbiccheck.files import atomic_path
from bbiccheck.load.docx_reader import iter_body_blocks
from bbiccheck.model import Block, BlockKind, Document, Finding, Severity
from bbiccheck.report.i18n import category_label, quote, severity_label, t
from bbiccheck.report.text import location_label

AUTHOR = "bbiccheck"
INITIALS = "BC"
Element = etree._Element

W_P, W_R, W_PPR, W_TXBX, W_SDT = qn("w:p"), qn("w:r"), qn("w:pPr"), qn("w:txbxContent"), qn("w:sdt")


# ------------------------------------------------------------------ where a finding goes

def _outer_paragraph(element: Element) -> Element | None:
    """The body paragraph holding ``element``: text-box paragraphs are anchored on the paragraph that
    holds the text box, since Word cannot show comments inside a shape."""
    found = None
    node: Element | None = element
    while node is not None:
        if node.tag == W_P:
            found = node
        elif node.tag == W_TXBX and found is not None:
            found = None  # keep climbing to the anchor paragraph
        node = node.getparent()
    return found


def _next_paragraph(element: Element) -> Element | None:
    for node in element.iter(W_P):  # inside first
        return node
    for node in element.itersiblings():
        if node.tag == W_P:
            return node
        for inner in node.iter(W_P):
            return inner
    return None


def anchor_nodes(element: Element) -> tuple[Element, list[Element]] | None:
    """(paragraph, the inline nodes the comment range goes around) for a walker element."""
    if element.tag == W_SDT:
        paragraph = _outer_paragraph(element.getparent()) if element.getparent() is not None else None
        if paragraph is not None:  # an inline content control: comment exactly that control
            return paragraph, [element]
        paragraph = _next_paragraph(element)
    else:
        paragraph = _outer_paragraph(element)
    if paragraph is None:
        return None
    return paragraph, [c for c in paragraph if c.tag != W_PPR]


def _run_text(run: Element) -> str:
    parts = []
    for node in run.iter(qn("w:t"), qn("w:tab"), qn("w:br")):
        parts.append(node.text or "" if node.tag == qn("w:t") else " ")
    return "".join(parts)


def span_runs(paragraph: Element, target: str) -> list[Element] | None:
    """The direct runs of ``paragraph`` covering ``target`` (the located text), or None if not found."""
    runs = [c for c in paragraph if c.tag == W_R]
    texts = [_run_text(r) for r in runs]
    joined = "".join(texts)
    where = joined.find(target) if target.strip() else -1
    if where < 0:
        return None
    chosen, pos = [], 0
    for run, text in zip(runs, texts):
        if pos < where + len(target) and where < pos + len(text):
            chosen.append(run)
        pos += len(text)
    return chosen or None


def located_text(block: Block | None, finding: Finding) -> str | None:
    loc = finding.location
    if block is None or loc is None or loc.start is None or loc.end is None:
        return None
    if not 0 <= loc.start < loc.end <= len(block.text):
        return None
    start = loc.start
    if block.kind == BlockKind.fact and block.label:  # the element is the value cell: drop "Label: "
        start = max(start, len(block.label) + 2)
    return block.text[start:loc.end] or None


# ------------------------------------------------------------------ writing comments

def _mark(paragraph: Element, first: Element, last: Element, comment_id: int) -> None:
    """commentRangeStart before ``first``, commentRangeEnd and the reference run after ``last``."""
    start = OxmlElement("w:commentRangeStart", {qn("w:id"): str(comment_id)})
    end = OxmlElement("w:commentRangeEnd", {qn("w:id"): str(comment_id)})
    ref_run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    rpr.append(OxmlElement("w:rStyle", {qn("w:val"): "CommentReference"}))
    ref_run.append(rpr)
    ref_run.append(OxmlElement("w:commentReference", {qn("w:id"): str(comment_id)}))
    first.addprevious(start)
    last.addnext(end)
    end.addnext(ref_run)


def _mark_empty(paragraph: Element, comment_id: int) -> None:
    placeholder = OxmlElement("w:r")
    paragraph.append(placeholder)
    _mark(paragraph, placeholder, placeholder, comment_id)


def fill_comment(comment: Comment, finding: Finding, lang: str, case_level: bool) -> None:
    """Rule, severity and category in bold, then the message and the feedback fields that exist."""
    head = comment.paragraphs[0]
    head.add_run(f"{finding.rule} · {severity_label(Severity(finding.severity), lang)} · "
                 f"{category_label(finding.category, lang)}").bold = True
    message = finding.message
    if finding.facets:
        message += f" ({t('facets_failing', lang)}: {', '.join(finding.facets)})"
    comment.add_paragraph(message)
    if case_level:
        comment.add_paragraph().add_run(t("whole_case", lang)).italic = True
    elif finding.location is None or finding.location.block is None:  # placed on the first paragraph
        where = location_label(finding, lang) if finding.location else ""
        comment.add_paragraph().add_run(f"{t('location', lang)}: {where}" if where else t("whole_document", lang)).italic = True
    for key in ("why", "reflection", "better", "reference"):
        value = getattr(finding, key)
        if value:
            paragraph = comment.add_paragraph()
            paragraph.add_run(f"{t(key, lang)}: ").bold = True
            paragraph.add_run(quote(value, lang) if key == "better" else value)


def annotate_docx(original: Path, out_path: Path, document: Document, findings: list[Finding],
                  lang: str = "sv") -> None:
    """Write a copy of ``original`` to ``out_path`` with a Word comment for each finding.

    ``findings`` are this document's findings plus case-level ones (``document is None``), which go on
    the document's first block. A finding whose block cannot be found also goes there, so none is lost.
    """
    original, out_path = Path(original), Path(out_path)
    if out_path.resolve() == original.resolve():
        raise ValueError("annotate_docx never overwrites the original document")
    word = docx.Document(str(original))
    body = word.element.body
    elements = [element for element, _ in iter_body_blocks(body)]
    blocks = {b.index: b for b in document.blocks()}
    first = anchor_nodes(elements[0]) if elements else None
    if first is None:
        first_p = next(body.iter(W_P), None)
        first = (first_p, [c for c in first_p if c.tag != W_PPR]) if first_p is not None else None

    for finding in findings:
        if finding.document not in (None, document.path):
            continue
        loc = finding.location
        target = None
        if finding.document is not None and loc is not None and loc.block is not None \
                and 0 <= loc.block < len(elements):
            target = anchor_nodes(elements[loc.block])
        case_level = finding.document is None
        if target is None:
            target = first
        if target is None:
            continue  # an empty document: nothing to hang a comment on
        paragraph, nodes = target
        text = located_text(blocks.get(loc.block) if loc and loc.block is not None else None, finding)
        if text and not case_level and target is not first:
            nodes = span_runs(paragraph, text) or nodes
        comment = word.comments.add_comment(text="", author=AUTHOR, initials=INITIALS)
        fill_comment(comment, finding, lang, case_level)
        if nodes:
            _mark(paragraph, nodes[0], nodes[-1], comment.comment_id)
        else:
            _mark_empty(paragraph, comment.comment_id)

    with atomic_path(out_path) as temp:
        word.save(str(temp))
