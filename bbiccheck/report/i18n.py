"""UI labels of the reports in Swedish and English: one small table, looked up with ``t(key, lang)``.

Finding messages arrive already localised from the engine; only headings and labels live here. Swedish
is the default because the readers are Swedish social workers; an unknown language falls back to it.
"""

from __future__ import annotations

from bbiccheck.model import Category, DocType, Severity

LANGS = ("sv", "en")

LABELS: dict[str, dict[str, str]] = {
    "report_title": {"sv": "Återkopplingsrapport", "en": "Feedback report"},
    "report_subtitle": {"sv": "Kvalitetsgranskning av BBIC-dokumentation",
                        "en": "Quality review of BBIC documentation"},
    "check_date": {"sv": "Kontrolldatum", "en": "Check date"},
    "case": {"sv": "Ärende", "en": "Case"},
    "cases": {"sv": "Ärenden", "en": "Cases"},
    "document": {"sv": "Dokument", "en": "Document"},
    "documents": {"sv": "Dokument", "en": "Documents"},
    "whole_case": {"sv": "Hela ärendet", "en": "Whole case"},
    "whole_document": {"sv": "Hela dokumentet", "en": "Whole document"},
    "case_findings_note": {"sv": "Iakttagelser som gäller ärendet som helhet, inte ett enskilt dokument.",
                           "en": "Findings about the case as a whole, not one document."},
    "summary": {"sv": "Sammanfattning", "en": "Summary"},
    "findings": {"sv": "Iakttagelser", "en": "Findings"},
    "finding": {"sv": "Iakttagelse", "en": "Finding"},
    "no_findings": {"sv": "Inga iakttagelser.", "en": "No findings."},
    "deadlines": {"sv": "Tidsgränser", "en": "Time limits"},
    "deadline": {"sv": "Tidsgräns", "en": "Time limit"},
    "start": {"sv": "Start", "en": "Start"},
    "due": {"sv": "Senast", "en": "Due"},
    "end": {"sv": "Klart", "en": "Done"},
    "status": {"sv": "Status", "en": "Status"},
    "days_left": {"sv": "Dagar kvar", "en": "Days left"},
    "days_over": {"sv": "dagar över", "en": "days over"},
    "days_to_go": {"sv": "dagar kvar", "en": "days left"},
    "errors": {"sv": "Filer som inte kunde läsas", "en": "Files that could not be read"},
    "why": {"sv": "Varför det spelar roll", "en": "Why it matters"},
    "reference": {"sv": "Referens", "en": "Reference"},
    "reflection": {"sv": "Fråga att reflektera över", "en": "Question to reflect on"},
    "better": {"sv": "Exempel på bättre formulering", "en": "Example of better wording"},
    "location": {"sv": "Plats", "en": "Location"},
    "block": {"sv": "stycke", "en": "block"},
    "rule": {"sv": "Regel", "en": "Rule"},
    "theme": {"sv": "Tema", "en": "Theme"},
    "facets_failing": {"sv": "Brister i", "en": "Lacking"},
    "author": {"sv": "Handläggare", "en": "Case worker"},
    "doc_date": {"sv": "Datum", "en": "Date"},
    "total": {"sv": "Totalt", "en": "Total"},
    "filter": {"sv": "Visa", "en": "Show"},
    "show_in_text": {"sv": "Visa i texten", "en": "Show in text"},
    "back_to_list": {"sv": "Till listan", "en": "To the list"},
    "document_text": {"sv": "Dokumentets text", "en": "Document text"},
    "not_in_text": {"sv": "Ej knuten till en plats i texten", "en": "Not tied to a place in the text"},
    "today": {"sv": "Kontrolldatum", "en": "Check date"},
    "redacted_note": {"sv": "Namn och personnummer är maskerade.", "en": "Names and personal identity numbers are masked."},
    "generated_by": {"sv": "Skapad av bbiccheck, helt utan nätverk. Rapporten ersätter inte professionell bedömning.",
                     "en": "Made by bbiccheck, fully offline. The report does not replace professional judgement."},
    "summary_line": {"sv": "{n} {findings} i {cases} {case_word}: {counts}.",
                     "en": "{n} {findings} in {cases} {case_word}: {counts}."},
    "unreadable_line": {"sv": "{n} {files} kunde inte läsas.", "en": "{n} {files} could not be read."},
    "no_findings_line": {"sv": "Inga iakttagelser i {cases} {case_word}.", "en": "No findings in {cases} {case_word}."},
    "n_case": {"sv": "ärende|ärenden", "en": "case|cases"},
    "n_finding": {"sv": "iakttagelse|iakttagelser", "en": "finding|findings"},
    "n_file": {"sv": "fil|filer", "en": "file|files"},
    "placeholder": {"sv": "ej ifylld mall", "en": "unfilled template"},
    "contents": {"sv": "Innehåll", "en": "Contents"},
    "doc_findings": {"sv": "Iakttagelser i dokumentet", "en": "Findings in the document"},
    "quote_open": {"sv": "”", "en": "“"},  # Swedish quotes with ” on both sides
    "quote_close": {"sv": "”", "en": "”"},
    "status_met": {"sv": "i tid", "en": "met"},
    "status_late": {"sv": "försenad", "en": "late"},
    "status_open": {"sv": "pågår", "en": "open"},
    "status_overdue": {"sv": "överskriden", "en": "overdue"},
    "status_approaching": {"sv": "närmar sig", "en": "approaching"},
    "status_extended": {"sv": "förlängd", "en": "extended"},
}

SEVERITY: dict[Severity, dict[str, str]] = {
    Severity.error: {"sv": "fel", "en": "error"},
    Severity.warning: {"sv": "varning", "en": "warning"},
    Severity.info: {"sv": "info", "en": "info"},
}
SEVERITY_PLURAL: dict[Severity, dict[str, str]] = {
    Severity.error: {"sv": "fel", "en": "errors"},
    Severity.warning: {"sv": "varningar", "en": "warnings"},
    Severity.info: {"sv": "info", "en": "info"},
}

CATEGORY: dict[Category, dict[str, str]] = {
    Category.PREASSESSMENT_OVERDUE: {"sv": "Förhandsbedömning för sent", "en": "Pre-assessment overdue"},
    Category.INVESTIGATION_OVERDUE: {"sv": "Utredningstid överskriden", "en": "Investigation overdue"},
    Category.DEADLINE_APPROACHING: {"sv": "Tidsgräns närmar sig", "en": "Deadline approaching"},
    Category.PROTECTION_ASSESSMENT_LATE: {"sv": "Skyddsbedömning för sent", "en": "Protection assessment late"},
    Category.REVIEW_OVERDUE: {"sv": "Övervägande för sent", "en": "Review overdue"},
    Category.PLAN_MISSING: {"sv": "Utredningsplan saknas", "en": "Investigation plan missing"},
    Category.ANALYSIS_MISSING: {"sv": "Analys saknas", "en": "Analysis missing"},
    Category.ANALYSIS_SUMMARY: {"sv": "Analysen sammanfattar", "en": "Analysis only summarises"},
    Category.RISK_UNEXPLAINED: {"sv": "Risk utan förklaring", "en": "Risk unexplained"},
    Category.CENTRAL_NEEDS_MISSING: {"sv": "Centrala behov saknas", "en": "Central needs missing"},
    Category.CHILD_VOICE_MISSING: {"sv": "Barnets röst saknas", "en": "Child's voice missing"},
    Category.GOAL_NOT_SMART: {"sv": "Målet är inte SMART", "en": "Goal not SMART"},
    Category.GOALS_SET_LATE: {"sv": "Mål formulerade sent", "en": "Goals set late"},
    Category.IMPLEMENTATION_PLAN_MISSING: {"sv": "Genomförandeplan saknas", "en": "Implementation plan missing"},
    Category.TEMPLATE_UNFILLED: {"sv": "Mallen inte ifylld", "en": "Template unfilled"},
    Category.OTHER: {"sv": "Övrigt", "en": "Other"},
}


DOCTYPE: dict[DocType, dict[str, str]] = {
    DocType.forhandsbedomning: {"sv": "Förhandsbedömning", "en": "Pre-assessment"},
    DocType.utredningsplan: {"sv": "Utredningsplan", "en": "Investigation plan"},
    DocType.utredning: {"sv": "Utredning", "en": "Investigation"},
    DocType.vardplan: {"sv": "Vårdplan", "en": "Care plan"},
    DocType.genomforandeplan: {"sv": "Genomförandeplan", "en": "Implementation plan"},
    DocType.uppdrag: {"sv": "Uppdrag till utförare", "en": "Assignment to provider"},
    DocType.uppfoljning: {"sv": "Uppföljning", "en": "Follow-up"},
    DocType.beslut: {"sv": "Beslut", "en": "Decision"},
    DocType.other: {"sv": "Övrigt dokument", "en": "Other document"},
}


def norm_lang(lang: str | None) -> str:
    return lang if lang in LANGS else "sv"


def t(key: str, lang: str = "sv", **values: object) -> str:
    """The label for ``key``; a missing key is a programming error, so it raises KeyError."""
    text = LABELS[key][norm_lang(lang)]
    return text.format(**values) if values else text


def noun(key: str, n: int, lang: str = "sv") -> str:
    """Singular or plural of a counted noun: noun("n_case", 1) == "ärende"."""
    one, many = t(key, lang).split("|")
    return one if n == 1 else many


def quote(text: str, lang: str = "sv") -> str:
    return f"{t('quote_open', lang)}{text}{t('quote_close', lang)}"


def severity_label(severity: Severity, lang: str = "sv", plural: bool = False) -> str:
    return (SEVERITY_PLURAL if plural else SEVERITY)[Severity(severity)][norm_lang(lang)]


def category_label(category: Category, lang: str = "sv") -> str:
    return CATEGORY[Category(category)][norm_lang(lang)]


def doctype_label(doctype: DocType, lang: str = "sv") -> str:
    return DOCTYPE[DocType(doctype)][norm_lang(lang)]


def status_label(status: str, lang: str = "sv") -> str:
    return t(f"status_{status}", lang)


def all_labels(lang: str) -> list[str]:
    """Every UI string of one language (for the tests that no Swedish label leaks into English)."""
    lang = norm_lang(lang)
    tables = [LABELS.values(), SEVERITY.values(), SEVERITY_PLURAL.values(), CATEGORY.values(), DOCTYPE.values()]
    return [row[lang] for table in tables for row in table]
