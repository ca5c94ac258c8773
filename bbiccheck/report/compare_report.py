"""A Comparison as text, Markdown or JSON, for `bbiccheck compare`.

Totals and per-theme counts first (what a supervisor follows over time), then the cases that changed
with their fixed and new findings; remaining findings are only counted, to keep the output short.
"""

from __future__ import annotations

import json

from bbiccheck.compare import Comparison, FindingRef
from bbiccheck.report.i18n import norm_lang
from bbiccheck.report.themes import theme_label

LABELS = {
    "title": {"sv": "Förändring sedan förra körningen", "en": "Change since the previous run"},
    "dates": {"sv": "Kontrolldatum {old} → {new}", "en": "Check date {old} → {new}"},
    "fixed": {"sv": "Åtgärdade", "en": "Fixed"},
    "new": {"sv": "Nya", "en": "New"},
    "remaining": {"sv": "Kvarstående", "en": "Remaining"},
    "theme": {"sv": "Tema", "en": "Theme"},
    "case": {"sv": "Ärende", "en": "Case"},
    "added": {"sv": "Nya ärenden", "en": "Added cases"},
    "removed": {"sv": "Ärenden som inte längre finns med", "en": "Cases no longer present"},
    "no_change": {"sv": "Inga förändringar.", "en": "No changes."},
    "case_added": {"sv": "nytt ärende", "en": "new case"},
    "case_removed": {"sv": "finns inte längre med", "en": "no longer present"},
}


def label(key: str, lang: str) -> str:
    return LABELS[key][norm_lang(lang)]


def _ref_line(ref: FindingRef) -> str:
    doc = f"{ref.document}: " if ref.document else ""
    return f"{doc}{ref.rule} – {ref.message}"


def render_comparison(comparison: Comparison, fmt: str = "text", lang: str = "sv") -> str:
    if fmt == "json":
        return json.dumps(comparison.to_dict(), ensure_ascii=False, indent=2) + "\n"
    md = fmt == "markdown"
    totals = comparison.totals()
    out = [f"# {label('title', lang)}" if md else label("title", lang), ""]
    if comparison.old_date or comparison.new_date:
        out += [label("dates", lang).format(old=comparison.old_date, new=comparison.new_date), ""]
    kinds = ("fixed", "new", "remaining")
    out.append(", ".join(f"{label(k, lang)}: {totals[k]}" for k in kinds))
    out.append("")
    themes = [(key, c) for key, c in comparison.themes().items() if any(c.values())]
    if md:
        out += [f"| {label('theme', lang)} | " + " | ".join(label(k, lang) for k in kinds) + " |",
                "|---|" + "---:|" * len(kinds)]
        out += [f"| {theme_label(key, lang)} | " + " | ".join(str(c[k]) for k in kinds) + " |" for key, c in themes]
    else:
        width = max([len(theme_label(key, lang)) for key, _ in themes] + [10])
        out += [f"{theme_label(key, lang):<{width}}  " + "  ".join(f"{label(k, lang)} {c[k]:>4}" for k in kinds)
                for key, c in themes]
    changed = [c for c in comparison.cases if c.changed]
    if not changed:
        out += ["", label("no_change", lang)]
    for case in changed:
        note = {"added": f" ({label('case_added', lang)})", "removed": f" ({label('case_removed', lang)})"}.get(case.status, "")
        out += ["", (f"## {label('case', lang)} {case.id}{note}" if md else f"{label('case', lang)} {case.id}{note}")]
        for kind, sign in (("fixed", "✓"), ("new", "+")):
            for ref in getattr(case, kind):
                out.append(f"- {label(kind, lang)}: {_ref_line(ref)}" if md else f"  {sign} {_ref_line(ref)}")
        if case.remaining:
            out.append(f"{'- ' if md else '  = '}{label('remaining', lang)}: {len(case.remaining)}")
    return "\n".join(out) + "\n"
