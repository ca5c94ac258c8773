"""The self-contained HTML report: every document's text with findings marked in place, a sidebar of
findings by supervision theme, a summary and a time-limit timeline per case.

One file, no network: CSS and JS are inlined from templates/, the timeline is inline SVG, and a
Content-Security-Policy forbids loading anything, so it works from a USB stick and in print.
This module turns the model into small view objects; templates/report.html.j2 lays them out.
"""

from __future__ import annotations

import datetime as dt
import html as htmllib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, pass_context, select_autoescape
from markupsafe import Markup

from bbiccheck.model import (
    Block,
    BlockKind,
    Case,
    CaseReport,
    Deadline,
    Document,
    Finding,
    Section,
    Severity,
)
from bbiccheck.report import i18n
from bbiccheck.report.redact import Redactor
from bbiccheck.report.text import SEVERITY_ORDER, location_label, sorted_findings
from bbiccheck.report.themes import THEMES, theme_label, theme_of

TEMPLATES = Path(__file__).parent / "templates"
Apply = Callable[[str], str]


@dataclass
class FindingView:
    number: int
    finding: Finding
    placed: bool = False  # marked somewhere in the document text
    severity: str = field(init=False)  # read several times per card and mark

    def __post_init__(self):
        self.severity = Severity(self.finding.severity).value


@dataclass
class DocView:
    anchor: str
    document: Document | None
    path: str
    body: Markup = field(default_factory=Markup)
    findings: list[FindingView] = field(default_factory=list)


@dataclass
class CaseView:
    anchor: str
    case: Case
    report: CaseReport
    counts: Counter
    timeline: Markup
    case_findings: list[FindingView]
    documents: list[DocView]


def group_views(views: list[FindingView]) -> list[tuple[str, list[FindingView]]]:
    groups: dict[str, list[FindingView]] = {key: [] for key in THEMES}
    for view in views:
        groups[theme_of(view.finding)].append(view)
    return [(key, items) for key, items in groups.items() if items]


# ------------------------------------------------------------------ text with marks

def _worst(views: list[FindingView]) -> str:
    return max(views, key=lambda v: Severity(v.finding.severity).rank).severity


def _valid_span(f: Finding, length: int) -> tuple[int, int] | None:
    loc = f.location
    if loc and loc.start is not None and loc.end is not None and 0 <= loc.start < loc.end <= length:
        return loc.start, loc.end
    return None


def marked_text(text: str, spans: list[tuple[int, int, FindingView]], redactor: Redactor | None) -> str:
    """Escaped ``text`` (HTML) with <mark> over each span and redaction masks applied on the original offsets.

    A name that straddles a mark edge would leak half of itself if masked per piece, so a mark is widened
    to cover every redaction span it touches before the text is cut.
    """
    masks = redactor.spans(text) if redactor else []
    if not spans:  # most blocks: nothing to mark, and at most a few masks (non-overlapping, in order)
        out, at = [], 0
        for s, e, mask in masks:
            out += (text[at:s], mask)
            at = e
        out.append(text[at:])
        return htmllib.escape("".join(out), quote=False)
    spans = [list(s) for s in spans]
    changed = True
    while changed:  # widen marks until no mask crosses a mark edge
        changed = False
        for span in spans:
            for s, e, _ in masks:
                if s < span[1] and span[0] < e and (s < span[0] or e > span[1]):
                    span[0], span[1], changed = min(span[0], s), max(span[1], e), True
    cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans),
                   *(s for s, _, _ in masks), *(e for _, e, _ in masks)})
    out: list[str] = []
    current: tuple[int, ...] = ()
    for a, b in pairwise(cuts):
        covering = tuple(v.number for s, e, v in spans if s <= a and b <= e)
        if covering != current:
            if current:
                out.append("</mark>")
            if covering:
                views = [v for s, e, v in spans if v.number in covering]
                out.append(f'<mark class="sev-{_worst(views)}" data-f="{" ".join(map(str, covering))}">')
            current = covering
        mask = next((m for s, e, m in masks if s == a and e == b), None)
        out.append(htmllib.escape(mask if mask else text[a:b], quote=False))
    if current:
        out.append("</mark>")
    return "".join(out)


def _refs(views: list[FindingView]) -> str:
    """Numbered links from the text to the finding cards."""
    return "".join(f'<a class="ref sev-{v.severity}" href="#f-{v.number}" title="{htmllib.escape(v.finding.rule)}">'
                   f"{v.number}</a>" for v in views)


def _anchors(views: list[FindingView]) -> str:
    return "".join(f'<span class="anchor" id="m-{v.number}"></span>' for v in views)


def block_html(block: Block, element_id: str, views: list[FindingView], redactor: Redactor | None, lang: str) -> str:
    text = block.text
    spans: list[tuple[int, int, FindingView]] = []
    whole: list[FindingView] = []  # findings on the block as a whole
    for v in views:
        v.placed = True
        if span := _valid_span(v.finding, len(text)):
            spans.append((*span, v))
        else:
            whole.append(v)
    classes = f"blk k-{block.kind.value}" + (f" hit sev-{_worst(whole)}" if whole else "")
    refs = _refs(views) if views else ""
    head = f'<div class="{classes}" id="{element_id}">{_anchors(views) if views else ""}'
    if block.kind == BlockKind.fact and block.label and text.startswith(block.label):
        cut = len(block.label)
        label = marked_text(text[:cut], [(s, min(e, cut), v) for s, e, v in spans if s < cut], redactor)
        value_spans = [(max(s, cut + 2) - cut - 2, e - cut - 2, v) for s, e, v in spans if e > cut + 2]
        value = marked_text(text[cut + 2:], value_spans, redactor)
        return f'{head}<span class="label">{label}</span><span class="value">{value}{refs}</span></div>'
    body = marked_text(text, spans, redactor)
    if block.kind == BlockKind.placeholder:
        body = f'{body} <small class="ph-note">({i18n.t("placeholder", lang)})</small>'
    return f"{head}{body}{refs}</div>"


def section_html(section: Section, doc: DocView, by_block: dict[int, list[FindingView]],
                 redactor: Redactor | None, lang: str) -> list[str]:
    out: list[str] = []
    if section.level > 0:
        level = min(6, section.level + 3)
        views = by_block.get(section.heading_block, []) if section.heading_block is not None else []
        title = marked_text(section.title, [], redactor)
        cls = f' class="hit sev-{_worst(views)}"' if views else ""
        for v in views:
            v.placed = True
        out.append(f'<h{level}{cls} id="{doc.anchor}-b{section.heading_block}">{_anchors(views)}{title}'
                   f"{_refs(views)}</h{level}>")
    for block in section.blocks:
        if block.kind == BlockKind.header:
            continue
        out.append(block_html(block, f"{doc.anchor}-b{block.index}", by_block.get(block.index, []), redactor, lang))
    for child in section.children:
        out.append('<div class="sec">')
        out.extend(section_html(child, doc, by_block, redactor, lang))
        out.append("</div>")
    return out


# ------------------------------------------------------------------ timeline

STATUS_COLOUR = {"met": "#2e7d4f", "late": "#b3261e", "overdue": "#b3261e", "open": "#2f5f98",
                 "approaching": "#a15c00", "extended": "#6b4fa0"}


def timeline_svg(deadlines: list[Deadline], check_date: dt.date, lang: str, apply: Apply) -> Markup:
    """Rows of: the allowed period (start -> due, grey), the actual one (start -> end or check date,
    in the status colour), and a dashed line at the check date."""
    if not deadlines:
        return Markup("")
    label_w, chart_w, note_w, row_h, top = 190, 370, 330, 40, 28
    days = [d for dl in deadlines for d in (dl.start, dl.due, dl.end) if d] + [check_date]
    first, last = min(days), max(days)
    span = max((last - first).days, 1)

    def x(day: dt.date) -> float:
        return round(label_w + 10 + (day - first).days / span * (chart_w - 20), 1)

    esc = htmllib.escape
    height = top + row_h * len(deadlines) + 8
    width = label_w + chart_w + note_w
    parts = [(f'<svg class="timeline" viewBox="0 0 {width} {height}" width="100%" role="img" '
              f'aria-label="{esc(i18n.t("deadlines", lang))}">')]
    cx = x(check_date)
    for i, dl in enumerate(deadlines):
        y = top + i * row_h + row_h / 2
        colour = STATUS_COLOUR.get(dl.status, "#555")
        actual_end = dl.end or check_date
        label = apply(dl.label)
        short = label if len(label) <= 24 else label[:23].rstrip() + "…"  # the full label as a tooltip
        parts.append(f'<text x="0" y="{y + 4}" class="tl-label"><title>{esc(label)}</title>{esc(short)}</text>')
        parts.append(f'<line x1="{x(dl.start)}" y1="{y}" x2="{x(dl.due)}" y2="{y}" class="tl-allowed"/>')
        parts.append(f'<line x1="{x(dl.start)}" y1="{y}" x2="{x(actual_end)}" y2="{y}" stroke="{colour}" '
                     f'class="tl-actual"/>')
        parts.append(f'<circle cx="{x(dl.start)}" cy="{y}" r="4.5" fill="{colour}"/>')
        parts.append(f'<line x1="{x(dl.due)}" y1="{y - 9}" x2="{x(dl.due)}" y2="{y + 9}" class="tl-due"/>')
        if dl.end:
            parts.append(f'<circle cx="{x(dl.end)}" cy="{y}" r="5" fill="#fff" stroke="{colour}" stroke-width="2.5"/>')
        note = f"{i18n.t('due', lang).lower()} {dl.due.isoformat()} · {i18n.status_label(dl.status, lang)}"
        if dl.days_left is not None and not dl.end:
            key = "days_to_go" if dl.days_left >= 0 else "days_over"
            note += f" ({abs(dl.days_left)} {i18n.t(key, lang)})"
        parts.append(f'<text x="{label_w + chart_w + 10}" y="{y + 4}" class="tl-note" fill="{colour}">{esc(note)}</text>')
    parts.append(f'<line x1="{cx}" y1="{top - 8}" x2="{cx}" y2="{height - 4}" class="tl-today"/>')
    parts.append(f'<text x="{cx}" y="{top - 12}" class="tl-today-label" text-anchor="middle">'
                 f'{esc(i18n.t("today", lang))} {check_date.isoformat()}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


# ------------------------------------------------------------------ assembly

def case_view(index: int, case: Case, report: CaseReport, check_date: dt.date, lang: str,
              redactor: Redactor | None, numbering: list[int]) -> CaseView:
    def number(f: Finding) -> FindingView:
        numbering[0] += 1
        return FindingView(numbering[0], f)

    anchor = f"c{index}"
    docs = {d.path: DocView(f"{anchor}-d{i}", d, d.path) for i, d in enumerate(case.documents)}
    case_level: list[FindingView] = []
    for finding in sorted_findings(report.findings):
        view = number(finding)
        if finding.document is None:
            case_level.append(view)
        elif finding.document in docs:
            docs[finding.document].findings.append(view)
        else:  # a document the case does not hold (unreadable): shown with its findings, without text
            docs[finding.document] = DocView(f"{anchor}-d{len(docs)}", None, finding.document, findings=[view])
    for doc in docs.values():
        if doc.document is None:
            continue
        by_block: dict[int, list[FindingView]] = {}
        for view in doc.findings:
            loc = view.finding.location
            if loc is not None and loc.block is not None:
                by_block.setdefault(loc.block, []).append(view)
        doc.body = Markup("\n".join(section_html(doc.document.root, doc, by_block, redactor, lang)))
    apply = redactor.apply if redactor else str
    return CaseView(anchor, case, report, Counter(Severity(f.severity).value for f in report.findings),
                    timeline_svg(report.deadlines, check_date, lang, apply), case_level, list(docs.values()))


@pass_context
def _shown(context, value) -> str:
    """The ``r`` filter: a text as shown, through the render's redactor (``apply``) if it has one."""
    return context["apply"](str(value)) if value is not None else ""


@lru_cache(maxsize=1)
def environment() -> Environment:
    """One environment per process: it caches the compiled templates (compiling them cost more than a
    case's whole check). Nothing per render is stored in it, so concurrent renders are safe."""
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["j2", "html"]),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["r"] = _shown
    return env


def render_html(items: list[tuple[Case, CaseReport]], check_date: dt.date, lang: str = "sv",
                redactor: Redactor | None = None) -> str:
    """The whole report as one HTML string. With ``redactor`` every text shown goes through it."""
    lang = i18n.norm_lang(lang)
    numbering = [0]
    cases = [case_view(i, case, report, check_date, lang, redactor, numbering)
             for i, (case, report) in enumerate(items)]
    totals = Counter(Severity(f.severity).value for _, report in items for f in report.findings)
    return environment().get_template("report.html.j2").render(
        apply=redactor.apply if redactor else str,
        lang=lang, t=lambda key, **kw: i18n.t(key, lang, **kw), check_date=check_date, cases=cases, totals=totals,
        severities=[s.value for s in SEVERITY_ORDER], redacted=redactor is not None,
        severity_label=lambda s, plural=False: i18n.severity_label(Severity(s), lang, plural),
        category_label=lambda c: i18n.category_label(c, lang), status_label=lambda s: i18n.status_label(s, lang),
        location_label=lambda f: location_label(f, lang), group_views=group_views,
        theme_label=lambda k: theme_label(k, lang), doctype=lambda d: i18n.doctype_label(d, lang), quote=lambda s: i18n.quote(s, lang),
    )
