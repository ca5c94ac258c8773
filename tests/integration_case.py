"""A small case folder for the SARIF, JUnit and service tests: located, case-level and unreadable.

Written as .md files so the tests need no Word files; checked with the real engine and default rules.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

CHECK_DATE = dt.date(2026, 11, 25)

DOCUMENTS = {
    # TID02 (located at the date sentence), ANA01, BARN01, BEHOV01; PLAN01 is case-level.
    "utredning.md": "# Utredning\n\nUtredningen inleddes 2026-01-10.\n\n## Analys\n\nKort.\n",
    # MALL01: template text left in, located inside a block.
    "anteckning.md": "# Anteckning\n\nMöte med [namn] om schemat.\n",
}


def write_case(root: Path, name: str = "akt") -> Path:
    folder = root / name
    folder.mkdir(parents=True)
    for file, text in DOCUMENTS.items():
        (folder / file).write_text(text, encoding="utf-8")
    (folder / "trasig.docx").write_bytes(random.Random(6).randbytes(2048))  # unreadable
    return folder


def check_case(folder: Path, check_date: dt.date = CHECK_DATE, lang: str = "sv"):
    """(Report, [Case]) for the folder, through the engine as the CLI runs it."""
    from bbiccheck.engine import Checker
    from bbiccheck.model import Report

    checker = Checker.create()
    items = list(checker.check_paths([folder], check_date, lang))
    report = Report(check_date=check_date, lang=lang, cases=[r for _, r in items])
    return report, [c for c, _ in items]
