"""Small inline SVG charts for the dashboard: horizontal bars and a time-limit timeline.

Plain SVG strings, no JavaScript and no library, so the dashboard works offline, prints, and renders the
same in every browser. Sizes are in user units with a viewBox, so the charts scale with the page.
"""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass

from markupsafe import Markup

STATUS_COLOUR = {"overdue": "#b3261e", "approaching": "#a15c00", "open": "#2f5f98", "late": "#b3261e",
                 "met": "#2e7d4f", "extended": "#6b4fa0"}
BAR_COLOUR = "#2f5f98"


def _esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def bar_chart(rows: list[tuple[str, int]], title: str, colour: str = BAR_COLOUR, label_width: int = 230,
              width: int = 560) -> Markup:
    """One horizontal bar per (label, value), longest first as given; value printed after the bar."""
    if not rows:
        return Markup("")
    row_h, bar_h = 26, 14
    chart_w = width - label_width - 50
    top = max(v for _, v in rows) or 1
    height = row_h * len(rows) + 4
    parts = [(f'<svg class="chart bars" viewBox="0 0 {width} {height}" width="100%" role="img" '
              f'aria-label="{_esc(title)}"><title>{_esc(title)}</title>')]
    for i, (label, value) in enumerate(rows):
        y = i * row_h + 4
        w = round(value / top * chart_w, 1) if value else 0
        parts.append(f'<text x="{label_width - 8}" y="{y + bar_h - 2}" text-anchor="end" class="c-label">'
                     f"{_esc(label)}</text>")
        parts.append(f'<rect x="{label_width}" y="{y}" width="{chart_w}" height="{bar_h}" rx="3" class="c-track"/>')
        if w:
            parts.append(f'<rect x="{label_width}" y="{y}" width="{w}" height="{bar_h}" rx="3" fill="{colour}"/>')
        parts.append(f'<text x="{label_width + w + 6}" y="{y + bar_h - 2}" class="c-value">{value}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def inline_bar(value: int, top: int, width: int = 160, colour: str = "#6b5b95") -> Markup:
    """A bar for a table cell (a row's total against the largest total), the number after it."""
    w = round(value / max(top, 1) * (width - 40), 1)
    return Markup(f'<svg class="inline-bar" viewBox="0 0 {width} 14" width="{width}" height="14" role="img" '
                  f'aria-label="{value}"><rect x="0" y="2" width="{w}" height="10" rx="2" fill="{colour}"/>'
                  f'<text x="{w + 5}" y="11.5" class="c-value">{value}</text></svg>')


@dataclass(frozen=True)
class TimelineRow:
    label: str
    href: str
    start: dt.date
    due: dt.date
    status: str
    note: str


def _months(first: dt.date, last: dt.date) -> list[dt.date]:
    day = dt.date(first.year, first.month, 1)
    out = []
    while day <= last:
        if day >= first:
            out.append(day)
        day = dt.date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return out


def timeline(rows: list[TimelineRow], check_date: dt.date, title: str, today_label: str,
             month_names: list[str]) -> Markup:
    """Each open limit as a track from start to due; the elapsed part in the status colour and, past the
    limit, a red stretch up to the check date, which is a dashed vertical line."""
    if not rows:
        return Markup("")
    label_w, chart_w, note_w, row_h, top = 150, 620, 170, 22, 34
    first = min(r.start for r in rows)
    last = max([r.due for r in rows] + [check_date]) + dt.timedelta(days=3)
    span = max((last - first).days, 1)

    def x(day: dt.date) -> float:
        return round(label_w + (day - first).days / span * chart_w, 1)

    width, height = label_w + chart_w + note_w, top + row_h * len(rows) + 6
    parts = [(f'<svg class="chart timeline" viewBox="0 0 {width} {height}" width="100%" role="img" '
              f'aria-label="{_esc(title)}"><title>{_esc(title)}</title>')]
    for month in _months(first, last):  # light month grid so durations can be read without an axis
        mx = x(month)
        parts.append(f'<line x1="{mx}" y1="{top - 6}" x2="{mx}" y2="{height - 4}" class="t-grid"/>')
        parts.append(f'<text x="{mx + 3}" y="{top - 10}" class="t-month">{_esc(month_names[month.month - 1])}'
                     f'{" " + str(month.year) if month.month == 1 or month == _months(first, last)[0] else ""}</text>')
    for i, row in enumerate(rows):
        y = top + i * row_h + row_h / 2
        colour = STATUS_COLOUR.get(row.status, BAR_COLOUR)
        elapsed_end = min(check_date, row.due)
        parts.append(f'<a href="{_esc(row.href)}"><text x="{label_w - 10}" y="{y + 4}" text-anchor="end" '
                     f'class="t-label">{_esc(row.label)}</text></a>')
        parts.append(f'<line x1="{x(row.start)}" y1="{y}" x2="{x(row.due)}" y2="{y}" class="t-track"/>')
        if elapsed_end > row.start:
            parts.append(f'<line x1="{x(row.start)}" y1="{y}" x2="{x(elapsed_end)}" y2="{y}" stroke="{colour}" '
                         f'class="t-elapsed"/>')
        if check_date > row.due:
            parts.append(f'<line x1="{x(row.due)}" y1="{y}" x2="{x(check_date)}" y2="{y}" class="t-over"/>')
        parts.append(f'<line x1="{x(row.due)}" y1="{y - 7}" x2="{x(row.due)}" y2="{y + 7}" class="t-due"/>')
        parts.append(f'<text x="{label_w + chart_w + 12}" y="{y + 4}" class="t-note" fill="{colour}">'
                     f"{_esc(row.note)}</text>")
    cx = x(check_date)
    parts.append(f'<line x1="{cx}" y1="{top - 6}" x2="{cx}" y2="{height - 2}" class="t-today"/>')
    parts.append(f'<text x="{cx}" y="{top - 22}" text-anchor="middle" class="t-today-label">'
                 f"{_esc(today_label)}</text>")
    parts.append("</svg>")
    return Markup("".join(parts))
