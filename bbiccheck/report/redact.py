"""Masking of personal data in reports: declared names -> "[namn]", personnummer -> "[personnummer]".

A report leaves the office (a ticket, an email, a supervision folder); the family's identities must not.
Names are the ones the documents *declare* in form fields ("Barnets namn", "Mamma", "Vårdnadshavare 1",
"Namn, personnummer" ...) and in "Förnamn Efternamn, ÅÅMMDD-NNNN" cells; each full name and each part
of two letters or more is masked, also in the genitive ("Elsas"). Personnummer are masked in every
common form, including samordningsnummer (day + 60) and the fictional masks of examples
("140315-XXXX").

Documented choice: document authors (handläggare, socialsekreterare) are *kept*. They are the staff whose
work the report is about, and a supervisor needs to know whose document it is. Their names are not
collected, so they stay wherever they appear.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bbiccheck.model import (
    Block,
    BlockKind,
    Case,
    CaseReport,
    Finding,
    Location,
    Report,
)

NAME_MASK = "[namn]"
PNR_MASK = "[personnummer]"

_MONTH = r"(?:0[1-9]|1[0-2])"
_DAY = r"(?:0[1-9]|[12]\d|3[01]|6[1-9]|[78]\d|9[01])"  # 61-91: samordningsnummer
_LAST = r"[\dXx*]{4}"
_SEP = r"(?:\s?[-+–]\s?|\s)"  # "-", "+" (over 100), en dash, with spaces around, or one space
PERSONNUMMER = re.compile(
    rf"(?<![\w-])(?:(?:19|20)\d{{2}}|\d{{2}}){_MONTH}{_DAY}(?:{_SEP})?{_LAST}(?![\w])"
)

# Form labels whose value names a family member (lower-case, trailing digits and colon removed).
NAME_LABELS = {
    "barnets namn", "namn", "barn", "barnet", "barnen", "mamma", "pappa", "mor", "far", "modern", "fadern",
    "vårdnadshavare", "vårdnadshavare/förälder", "förälder", "föräldrar", "syskon", "sökande",
    "den unges namn", "ungdomens namn", "familjehemsförälder", "familjehemsföräldrar", "styvförälder",
}
_LABEL_PREFIXES = ("namn", "barnets namn", "barn,", "vårdnadshavare")
_NAME_TOKEN = r"[A-ZÅÄÖÉÜØÆ][a-zåäöéèüáíóúøæ]+(?:-[A-ZÅÄÖÉÜØÆ][a-zåäöéèüáíóúøæ]+)?"
_NAME_RUN = re.compile(rf"{_NAME_TOKEN}(?:\s+{_NAME_TOKEN})*")
# Every personnummer holds six digits in a row, and most texts hold none: this test first is three times
# as quick as the full pattern (spelt \d\d{5}, the regex engine skips quickly to the next digit).
_SIX_DIGITS = re.compile(r"\d\d{5}")
_NAME_BEFORE_PNR = re.compile(rf"({_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{1,3}})\s*,?\s*(?:f\.\s*|född\s*)?"
                              rf"(?={PERSONNUMMER.pattern})")
_SPLIT = re.compile(r"[,;/()\[\]\n]|\s+(?:och|samt|and|&)\s+")
# Capitalised words that fill name fields without being names.
_NOT_NAMES = {
    "okänd", "okänt", "ej", "saknas", "se", "nej", "ja", "ingen", "inga", "inte", "klicka", "ange", "avliden",
    "mamma", "pappa", "barn", "barnet", "född", "personnummer", "gemensam", "ensam", "vårdnad", "vårdnadshavare",
    "förälder", "modern", "fadern", "uppgift", "uppgifter", "skyddad", "identitet", "sekretess", "båda",
    "bägge", "tryck", "här", "text", "namn", "datum", "xxx", "nn",
}


def _is_name_label(label: str) -> bool:
    norm = re.sub(r"[\s\d:]+$", "", label.strip().lower())
    return norm in NAME_LABELS or norm.startswith(_LABEL_PREFIXES)


def names_in_value(value: str) -> set[str]:
    """Full names and their parts from a form value: "Anna Ek och Jonas Berg, 800101-1234"."""
    value = PERSONNUMMER.sub(" ", value)
    found: set[str] = set()
    for piece in _SPLIT.split(value):
        for run in _NAME_RUN.findall(piece):
            parts = [p for p in run.split() if p.lower() not in _NOT_NAMES]
            if not parts:
                continue
            if len(parts) > 1:
                found.add(" ".join(parts))
            for part in parts:
                found.update(p for p in [part, *part.split("-")] if len(p) >= 2)
    return found


def _fact_value(block: Block) -> str:
    if block.label and block.text.startswith(block.label):
        return block.text[len(block.label):].lstrip(" :")
    return block.text.split(":", 1)[-1]


def declared_names(blocks: Iterable[Block]) -> set[str]:
    """Names declared in one document's facts, name columns of tables, and "Namn, pnr" cells."""
    blocks = [b for b in blocks if b.kind != BlockKind.placeholder]
    names: set[str] = set()
    name_columns = {(b.table, b.col) for b in blocks
                    if b.kind == BlockKind.table_cell and b.row == 0 and _is_name_label(b.text)}
    for block in blocks:
        if block.kind == BlockKind.fact and block.label and _is_name_label(block.label):
            names |= names_in_value(_fact_value(block))
        elif block.kind == BlockKind.table_cell and (block.table, block.col) in name_columns and block.row:
            names |= names_in_value(block.text)
        if _SIX_DIGITS.search(block.text):  # the pattern's look-ahead needs a personnummer
            for match in _NAME_BEFORE_PNR.finditer(block.text):
                names |= names_in_value(match.group(1))
    return names


class Redactor:
    """Masks declared names and personnummer in any string of a report. Immutable once built."""

    def __init__(self, names: Iterable[str] = ()):
        self.names = frozenset(n for n in names if len(n) >= 2)
        variants = {v for n in self.names for v in (n, n.upper())}
        self._variants = tuple(sorted(variants))  # a text holding none of these has no name to mask
        alternation = "|".join(re.escape(v) for v in sorted(variants, key=len, reverse=True))
        # \b is Unicode-aware in Python, so "Åsa" and "Björk" match whole words; "s" takes the genitive.
        self._names = re.compile(rf"\b(?:{alternation})s?\b") if alternation else None

    @classmethod
    def from_case(cls, case: Case) -> Redactor:
        names: set[str] = set()
        for document in case.documents:
            names |= declared_names([*document.blocks(), *document.headers])
        return cls(names)

    @classmethod
    def from_cases(cls, cases: Iterable[Case]) -> Redactor:
        """One redactor for a batch, e.g. an HTML report over several cases."""
        return cls(name for case in cases for name in cls.from_case(case).names)

    def _may_name(self, text: str) -> bool:
        """False when no declared name can match in ``text``: substring tests are quicker than the regex."""
        return self._names is not None and any(v in text for v in self._variants)

    def apply(self, text: str) -> str:
        if _SIX_DIGITS.search(text):
            text = PERSONNUMMER.sub(PNR_MASK, text)
        return self._names.sub(NAME_MASK, text) if self._may_name(text) else text

    def spans(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, mask) of what ``apply`` would replace, on the original offsets, non-overlapping.
        The HTML report needs this to mask text around highlights without leaking split names."""
        hits = [(m.start(), m.end(), PNR_MASK) for m in PERSONNUMMER.finditer(text)] if _SIX_DIGITS.search(text) else []
        if self._may_name(text):
            for m in self._names.finditer(text):
                if not any(s < m.end() and m.start() < e for s, e, _ in hits):
                    hits.append((m.start(), m.end(), NAME_MASK))
        return sorted(hits)

    def _opt(self, text: str | None) -> str | None:
        return None if text is None else self.apply(text)

    def location(self, location: Location | None) -> Location | None:
        if location is None:
            return None
        return location.model_copy(update={"section": self._opt(location.section), "text": self._opt(location.text)})

    def finding(self, finding: Finding) -> Finding:
        r = self._opt
        return finding.model_copy(update={
            "message": self.apply(finding.message), "title": r(finding.title), "why": r(finding.why),
            "reference": r(finding.reference), "reflection": r(finding.reflection), "better": r(finding.better),
            "document": r(finding.document), "location": self.location(finding.location),
            "sources": None if finding.sources is None else [self.location(s) for s in finding.sources],
        })

    def report(self, case_report: CaseReport) -> CaseReport:
        """A redacted copy of one case's report (authors kept, see the module docstring)."""
        r = self.apply
        return case_report.model_copy(update={
            "id": r(case_report.id), "path": r(case_report.path),
            "documents": [d.model_copy(update={"path": r(d.path), "title": self._opt(d.title)})
                          for d in case_report.documents],
            "findings": [self.finding(f) for f in case_report.findings],
            "errors": [e.model_copy(update={"path": r(e.path), "message": r(e.message)}) for e in case_report.errors],
            "silenced": [s.model_copy(update={"document": r(s.document), "reason": r(s.reason)})
                         for s in case_report.silenced],
            "deadlines": [d.model_copy(update={"label": r(d.label)}) for d in case_report.deadlines],
        })


def redact_report(report: Report, cases: Iterable[Case]) -> Report:
    """Every case report redacted with the names of its own case (matched by path, then id)."""
    by_key = {}
    for case in cases:
        by_key.setdefault(case.path, case)
        by_key.setdefault(case.id, case)
    redacted = []
    for case_report in report.cases:
        case = by_key.get(case_report.path) or by_key.get(case_report.id)
        redactor = Redactor.from_case(case) if case else Redactor()
        redacted.append(redactor.report(case_report))
    return report.model_copy(update={"cases": redacted})
