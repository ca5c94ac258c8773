"""The supervisor's dashboard of a caseload: what needs action now, recurring themes per social worker,
open investigations against the four-month limit, and links into every case report.

Built only from the small ``CaseSummary`` objects of a caseload run, so it costs no more memory than
they do. One self-contained HTML file: inline CSS and inline SVG, no JavaScript, no network.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from bbiccheck.caseload.summary import CaseSummary
from bbiccheck.compare import Comparison
from bbiccheck.model import Category
from bbiccheck.report import i18n
from bbiccheck.report.charts import (
    STATUS_COLOUR,
    TimelineRow,
    bar_chart,
    inline_bar,
    timeline,
)
from bbiccheck.report.html import environment
from bbiccheck.report.themes import THEMES, theme_label

TEMPLATES = Path(__file__).parent / "templates"
INVESTIGATION_RULE = "TID02"  # the four-month limit of an investigation
TIMELINE_MAX = 40  # rows; more would make the chart unreadable (every case is in the table anyway)
CHANGED_MAX = 30
ACTION_MAX = 30  # the rest of the urgent cases are first in the full list

# Dashboard labels (i18n.py belongs to the case report; shared words are taken from there).
LABELS: dict[str, dict[str, str]] = {
    "title": {"sv": "Ärendeöversikt", "en": "Caseload overview"},
    "subtitle": {"sv": "Kvalitetsgranskning av BBIC-dokumentation för handledning",
                 "en": "Quality review of BBIC documentation for supervision"},
    "kpi_cases": {"sv": "Ärenden", "en": "Cases"},
    "kpi_overdue": {"sv": "Tidsgräns överskriden", "en": "Time limit passed"},
    "kpi_approaching": {"sv": "Tidsgräns närmar sig", "en": "Time limit near"},
    "kpi_errors": {"sv": "Fel", "en": "Errors"},
    "kpi_warnings": {"sv": "Varningar", "en": "Warnings"},
    "kpi_unreadable": {"sv": "Filer som inte kunde läsas", "en": "Unreadable files"},
    "action": {"sv": "Behöver åtgärd nu", "en": "Needs action now"},
    "action_note": {"sv": "Öppna tidsgränser som passerats (flest dagar över först) och tidsgränser som närmar sig "
                          "(minst tid kvar först).",
                    "en": "Open time limits that have passed (most days over first) and limits that are near "
                          "(least time left first)."},
    "no_action": {"sv": "Inga öppna tidsgränser är passerade eller nära.", "en": "No open time limit has passed or is near."},
    "more_in_list": {"sv": "och {n} till i ärendelistan nedan.", "en": "and {n} more in the case list below."},
    "timeline": {"sv": "Pågående utredningar mot fyramånadersgränsen",
                 "en": "Open investigations against the four-month limit"},
    "timeline_note": {"sv": "Grå linje: tillåten tid. Färgad: tid som gått. Röd efter strecket: tid över gränsen.",
                      "en": "Grey line: time allowed. Coloured: time elapsed. Red past the mark: time over the limit."},
    "timeline_more": {"sv": "Visar de {shown} mest brådskande av {n} pågående utredningar.",
                      "en": "Showing the {shown} most urgent of {n} open investigations."},
    "no_open": {"sv": "Inga pågående utredningar med känt startdatum.", "en": "No open investigations with a known start date."},
    "by_category": {"sv": "Iakttagelser per kategori", "en": "Findings by category"},
    "by_theme": {"sv": "Iakttagelser per handledningstema", "en": "Findings by supervision theme"},
    "workers": {"sv": "Per handläggare", "en": "By case worker"},
    "workers_note": {"sv": "Antal iakttagelser per tema i varje handläggares ärenden (ärendets vanligaste "
                           "dokumentförfattare). Mörkare ruta = fler iakttagelser; ett återkommande tema är ett "
                           "förslag till samtal i handledningen, inte ett betyg.",
                     "en": "Findings per theme in each case worker's cases (the most common document author of the "
                           "case). Darker cell = more findings; a recurring theme is something to talk about in "
                           "supervision, not a grade."},
    "worker": {"sv": "Handläggare", "en": "Case worker"},
    "unknown_worker": {"sv": "okänd handläggare", "en": "unknown case worker"},
    "n_cases": {"sv": "Ärenden", "en": "Cases"},
    "all_cases": {"sv": "Alla ärenden i angelägenhetsordning", "en": "All cases by urgency"},
    "all_cases_note": {"sv": "Öppna tidsgränser som passerats först, sedan tidsgränser som närmar sig, sedan "
                             "tidsgränser som hölls för sent, sedan efter antal fel.",
                       "en": "Open time limits that have passed first, then limits that are near, then limits met "
                             "late, then by number of errors."},
    "limit": {"sv": "Tidsgräns", "en": "Time limit"},
    "days_over": {"sv": "{n} dagar över", "en": "{n} days over"},
    "days_left": {"sv": "{n} dagar kvar", "en": "{n} days left"},
    "day_over": {"sv": "1 dag över", "en": "1 day over"},
    "day_left": {"sv": "1 dag kvar", "en": "1 day left"},
    "due_today": {"sv": "sista dagen i dag", "en": "due today"},
    "met_late": {"sv": "klar {n} dagar för sent", "en": "done {n} days late"},
    "met_late_1": {"sv": "klar 1 dag för sent", "en": "done 1 day late"},
    "top_themes": {"sv": "Vanligaste teman", "en": "Main themes"},
    "unreadable": {"sv": "Filer som inte kunde läsas", "en": "Files that could not be read"},
    "unreadable_note": {"sv": "Ärendena granskades utan dessa filer. Öppna och spara dem i Word och kör igen.",
                        "en": "The cases were checked without these files. Open and save them in Word and run again."},
    "change": {"sv": "Förändring sedan förra körningen", "en": "Change since the previous run"},
    "change_dates": {"sv": "Jämfört med körningen {old}.", "en": "Compared with the run of {old}."},
    "fixed": {"sv": "Åtgärdade", "en": "Fixed"},
    "new": {"sv": "Nya", "en": "New"},
    "remaining": {"sv": "Kvarstående", "en": "Remaining"},
    "changed_cases": {"sv": "Ärenden med förändringar (flest nya iakttagelser först)",
                      "en": "Cases that changed (most new findings first)"},
    "changed_more": {"sv": "och {n} ärenden till – kör bbiccheck compare för hela listan.",
                     "en": "and {n} more cases – run bbiccheck compare for the full list."},
    "case_added": {"sv": "nytt ärende", "en": "new case"},
    "case_removed": {"sv": "finns inte längre med", "en": "no longer present"},
    "footer": {"sv": "Skapad av bbiccheck, helt utan nätverk. Översikten ersätter inte professionell bedömning.",
               "en": "Made by bbiccheck, fully offline. The overview does not replace professional judgement."},
    "redacted_note": {"sv": "Namn och personnummer är maskerade; handläggarnas namn visas.",
                      "en": "Names and personal identity numbers are masked; case workers' names are shown."},
    "months": {"sv": "jan feb mar apr maj jun jul aug sep okt nov dec", "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec"},
    "none": {"sv": "–", "en": "–"},
}


def label(key: str, lang: str, **values: object) -> str:
    text = LABELS[key][i18n.norm_lang(lang)] if key in LABELS else i18n.t(key, lang)
    return text.format(**values) if values else text


def over_text(days: int, lang: str) -> str:
    return label("day_over", lang) if days == 1 else label("days_over", lang, n=days)


def left_text(days: int, lang: str) -> str:
    if days == 0:
        return label("due_today", lang)
    return label("day_left", lang) if days == 1 else label("days_left", lang, n=days)


@dataclass(frozen=True)
class CaseRow:
    summary: CaseSummary
    href: str
    worker: str
    limit_text: str
    limit_status: str  # overdue / approaching / late / "" for the badge colour
    themes: list[str]


def limit_text(s: CaseSummary, lang: str) -> tuple[str, str]:
    if s.overdue_days is not None:
        worst = max((d for d in s.deadlines if d.status == "overdue"), key=lambda d: -(d.days_left or 0))
        return f"{worst.label}: {over_text(s.overdue_days, lang)}", "overdue"
    if s.approaching_days is not None:
        near = min((d for d in s.deadlines if d.status == "approaching"), key=lambda d: d.days_left or 0)
        return f"{near.label}: {left_text(s.approaching_days, lang)}", "approaching"
    if s.late_days is not None:
        late = max((d for d in s.deadlines if d.status == "late" and d.end), key=lambda d: (d.end - d.due).days)
        text = label("met_late_1", lang) if s.late_days == 1 else label("met_late", lang, n=s.late_days)
        return f"{late.label}: {text}", "late"
    return "", ""


def case_rows(summaries: list[CaseSummary], lang: str) -> list[CaseRow]:
    rows = []
    for s in sorted(summaries, key=CaseSummary.urgency):
        text, status = limit_text(s, lang)
        top = sorted(s.themes, key=lambda k: (-s.themes[k], list(THEMES).index(k)))[:2]
        rows.append(CaseRow(s, f"cases/{s.stem}.html", s.author or label("unknown_worker", lang), text, status,
                            [theme_label(k, lang) for k in top]))
    return rows


def open_investigations(summaries: list[CaseSummary], lang: str) -> list[TimelineRow]:
    rows = []
    for s in summaries:
        for d in s.deadlines:
            if d.rule == INVESTIGATION_RULE and d.status in ("open", "approaching", "overdue") and d.days_left is not None:
                note = over_text(-d.days_left, lang) if d.days_left < 0 else left_text(d.days_left, lang)
                rows.append(TimelineRow(s.id, f"cases/{s.stem}.html", d.start, d.due, d.status, note))
    return sorted(rows, key=lambda r: (r.due, r.label))


def worker_matrix(summaries: list[CaseSummary], lang: str) -> tuple[list[str], list[dict]]:
    """Theme columns that have findings, and one row per worker: cases, findings, count per theme."""
    unknown = label("unknown_worker", lang)
    workers: dict[str, dict] = {}
    for s in summaries:
        row = workers.setdefault(s.author or unknown, {"name": s.author or unknown, "cases": 0, "themes": Counter()})
        row["cases"] += 1
        row["themes"].update(s.themes)
    columns = [k for k in THEMES if any(r["themes"][k] for r in workers.values())]
    rows = sorted(workers.values(), key=lambda r: (-sum(r["themes"].values()), r["name"]))
    peak = max([r["themes"][k] for r in rows for k in columns] + [1])
    most = max([sum(r["themes"].values()) for r in rows] + [1])
    for r in rows:
        r["total"] = sum(r["themes"].values())
        r["bar"] = inline_bar(r["total"], most)
        # cell shade 0..1; a square root so that small counts are still visible next to a large one
        r["cells"] = [(r["themes"][k], round((r["themes"][k] / peak) ** 0.5, 2)) for k in columns]
    return columns, rows


def render_dashboard(summaries: list[CaseSummary], check_date: dt.date, lang: str = "sv",
                     comparison: Comparison | None = None, redacted: bool = False) -> str:
    lang = i18n.norm_lang(lang)
    rows = case_rows(summaries, lang)
    severities = Counter()
    categories = Counter()
    themes = Counter()
    for s in summaries:
        severities.update(s.severities)
        categories.update(s.categories)
        themes.update(s.themes)
    open_rows = open_investigations(summaries, lang)
    urgent_open = sorted(open_rows, key=lambda r: (r.due, r.label))[:TIMELINE_MAX]
    columns, workers = worker_matrix(summaries, lang)
    unknown = label("unknown_worker", lang)
    changed = [c for c in comparison.cases if c.changed] if comparison else []
    # most new findings first: where a supervisor's follow-up is most needed; the full list is `bbiccheck compare`
    changed.sort(key=lambda c: (-len(c.new), -len(c.fixed), c.id))
    return environment().get_template("dashboard.html.j2").render(
        lang=lang, L=lambda key, **kw: label(key, lang, **kw), check_date=check_date, redacted=redacted,
        css=(TEMPLATES / "dashboard.css").read_text(encoding="utf-8"),
        n_cases=len(summaries), severities=severities,
        n_overdue=sum(1 for r in rows if r.limit_status == "overdue"),
        n_approaching=sum(1 for r in rows if r.limit_status == "approaching"),
        n_unreadable=sum(len(s.errors) for s in summaries),
        action=[r for r in rows if r.limit_status in ("overdue", "approaching")][:ACTION_MAX],
        n_action=sum(1 for r in rows if r.limit_status in ("overdue", "approaching")), rows=rows,
        timeline=timeline(urgent_open, check_date, label("timeline", lang),
                          f"{i18n.t('today', lang)} {check_date.isoformat()}", label("months", lang).split()),
        n_open=len(open_rows), n_timeline=len(urgent_open),
        category_chart=bar_chart([(i18n.category_label(Category(c), lang), n) for c, n in
                                  sorted(categories.items(), key=lambda cn: (-cn[1], cn[0]))], label("by_category", lang)),
        theme_chart=bar_chart([(theme_label(k, lang), themes[k]) for k in THEMES if themes[k]], label("by_theme", lang),
                              colour="#4a7a6e"),
        columns=[theme_label(k, lang) for k in columns], workers=workers, unknown_worker=unknown,
        unreadable=[(s, path, message) for s in sorted(summaries, key=lambda s: s.sort_key) for path, message in s.errors],
        comparison=comparison, changed=changed[:CHANGED_MAX], n_changed=len(changed),
        change_themes=[(theme_label(k, lang), c) for k, c in comparison.themes().items() if any(c.values())]
        if comparison else [],
        stems={s.id: s.stem for s in summaries}, status_colour=STATUS_COLOUR,
        severity_label=lambda s, plural=False: i18n.severity_label(s, lang, plural),
    )
