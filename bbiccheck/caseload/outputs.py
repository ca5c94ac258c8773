"""The aggregate files of a caseload run: caseload.json and findings.csv, streamed case by case.

Both are written in one pass over the per-case JSON parts, in case-id order, so the bytes depend only
on the results and not on which worker finished first. They are streamed to a temporary file and
renamed into place (the streaming use of ``files.atomic_path``), so memory stays flat and a reader
never sees a half-written file.

findings.csv is UTF-8 *with BOM* and ``;``-separated: Excel with Swedish regional settings uses ``;``
as its list separator (``,`` is the decimal comma) and only detects UTF-8 when the BOM is present, so
this is what opens correctly with a double-click. Headers and labels are in the report language, since
the file is for people; programs should read caseload.json. Cells that Excel would run as a formula
(starting with = + - @) get a leading apostrophe, because document text ends up in the messages.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path, PurePath
from typing import IO

from bbiccheck.files import atomic_path
from bbiccheck.model import SCHEMA_VERSION, Category, Severity
from bbiccheck.report import i18n
from bbiccheck.report.themes import CATEGORY_THEME, THEMES, theme_label

CSV_HEADERS = {
    "sv": ["Ärende", "Dokument", "Handläggare", "Regel", "Kategori", "Tema", "Allvarlighet", "Avsnitt", "Meddelande"],
    "en": ["Case", "Document", "Case worker", "Rule", "Category", "Theme", "Severity", "Section", "Message"],
}
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@contextmanager
def open_atomic(path: Path, encoding: str = "utf-8", newline: str | None = "\n") -> Iterator[IO[str]]:
    """A text stream onto a temporary file that replaces ``path`` only when the block succeeds."""
    with atomic_path(path) as tmp, open(tmp, "w", encoding=encoding, newline=newline) as handle:
        yield handle


def relative_document(document: str | None, case_path: str) -> str:
    """A document path relative to its case folder ('utredning.docx'), so that two runs over the same
    caseload from different working folders name documents alike."""
    if not document:
        return ""
    try:
        return PurePath(document).relative_to(case_path).as_posix()
    except ValueError:
        return document


def theme_key(finding: dict) -> str:
    own = finding.get("theme")
    return own if own in THEMES else CATEGORY_THEME.get(Category(finding["category"]), "bbic_model")


def safe_cell(value: str | None) -> str:
    text = value or ""
    return "'" + text if text.startswith(FORMULA_START) else text


def csv_rows(case: dict, lang: str) -> Iterator[list[str]]:
    authors = {d["path"]: d.get("author") for d in case["documents"]}
    counted: dict[str, int] = {}
    for author in authors.values():
        if author:
            counted[author] = counted.get(author, 0) + 1
    main = min(counted, key=lambda a: (-counted[a], a)) if counted else ""
    for f in case["findings"]:
        location = f.get("location") or {}
        yield [safe_cell(v) for v in (
            case["id"], relative_document(f.get("document"), case["path"]),
            authors.get(f.get("document") or "") or main, f["rule"],
            i18n.category_label(Category(f["category"]), lang), theme_label(theme_key(f), lang),
            i18n.severity_label(Severity(f["severity"]), lang), location.get("section"), f["message"])]


def _indented(value: object, indent: str) -> str:
    """json.dumps(indent=2) of ``value`` as it would appear nested at ``indent`` (JSON strings hold no
    raw newlines, so indenting every line is exact)."""
    text = json.dumps(value, ensure_ascii=False, indent=2)
    return text.replace("\n", "\n" + indent)


def write_aggregates(out: Path, parts: Iterable[bytes], check_date: str, lang: str, summary: dict,
                     on_case: Callable[[dict], None] | None = None) -> None:
    """Writes caseload.json and findings.csv from ``parts``, each case's report as JSON, already in
    case-id order; ``on_case`` sees each case dict on the way (the comparison indexes it), so no part
    is read twice."""
    with ExitStack() as stack:
        js = stack.enter_context(open_atomic(out / "caseload.json"))
        cs = stack.enter_context(open_atomic(out / "findings.csv", encoding="utf-8-sig", newline=""))
        writer = csv.writer(cs, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        writer.writerow(CSV_HEADERS[i18n.norm_lang(lang)])
        js.write("{\n")
        for key, value in (("schema_version", SCHEMA_VERSION), ("check_date", check_date), ("lang", lang),
                           ("tool", "bbiccheck")):
            js.write(f"  {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)},\n")
        js.write('  "cases": [')
        first = True
        for part in parts:
            case = json.loads(part)
            js.write(("\n    " if first else ",\n    ") + _indented(case, "    "))
            first = False
            writer.writerows(csv_rows(case, lang))
            if on_case is not None:
                on_case(case)
        js.write("]" if first else "\n  ]")
        js.write(f',\n  "summary": {_indented(summary, "  ")}\n}}\n')
