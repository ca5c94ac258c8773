"""A small, hand-made case and its report for the reporter tests (no engine needed).

The documents go through the real text reader and section builder, so block indexes are the ones a
loader would give. Names and personnummer are fictional and declared in form fields, for redaction tests.
"""

from __future__ import annotations

import datetime as dt

from bbiccheck.load.sections import SectionTable, build
from bbiccheck.load.text_reader import parse_text
from bbiccheck.model import (
    Case,
    CaseReport,
    Category,
    Deadline,
    DocType,
    Document,
    DocumentSummary,
    Finding,
    Location,
    ReadError,
    Report,
    Severity,
)

CHECK_DATE = dt.date(2026, 5, 20)
NAMES = ["Elsa", "Andersson", "Anna", "Ek-Berg", "Jonas", "Berg"]

UTREDNING = """\
# Utredning av barnets behov

| Barnets namn | Elsa Andersson |
| Personnummer | 140315-1234 |
| Vårdnadshavare 1 | Anna Ek-Berg |
| Vårdnadshavare 2 | Jonas Berg, 800101-5678 |
| Handläggare | Karin Lund |
| Utredningen inleddes | 2026-01-10 |

## Bakgrund

Anmälan inkom 2026-01-05 från skolan. Elsa har haft hög frånvaro under hösten och Elsas lärare är orolig.

## Barnets behov

### Hälsa

Elsas hälsa är god enligt skolsköterskan.

### Familj och miljö

Pappan har ett missbruk. Jonas Berg har inte velat medverka i utredningen.

## Analys

Elsa har hög frånvaro. Pappan har ett missbruk. Mamma Anna är orolig för Elsa.

[[Klicka eller tryck här för att ange text.]]

## Förslag till beslut

- Målet är att familjen ska må bättre.
"""

BESLUT = """\
# Beslut om insats

Beslut fattat 2026-05-02. Elsa Andersson, 20140315-1234, beviljas öppenvård.

| Beslutsfattare | Karin Lund |
"""


def document(path: str, source: str, doctype: DocType) -> Document:
    root, text, _ = build(parse_text(source), SectionTable({}))
    headings = [s.title for s in root.walk() if s.level > 0]
    return Document(path=path, type=doctype, title=headings[0], author="Karin Lund", text=text, root=root,
                    date=dt.date(2026, 5, 2))


def block_of(doc: Document, needle: str) -> int:
    for section in doc.sections():
        if section.heading_block is not None and needle in section.title:
            return section.heading_block
    return next(b.index for b in doc.blocks() if needle in b.text)


def sample() -> tuple[Case, CaseReport]:
    utr = document("arende-17/utredning.docx", UTREDNING, DocType.utredning)
    beslut = document("arende-17/beslut.docx", BESLUT, DocType.beslut)
    case = Case(id="arende-17", path="arende-17", documents=[utr, beslut])

    risk_block = block_of(utr, "Pappan har ett missbruk. Jonas")
    risk_text = "Pappan har ett missbruk."
    analysis_block = block_of(utr, "Elsa har hög frånvaro. Pappan")
    goal_block = block_of(utr, "Målet är att familjen")
    placeholder_block = block_of(utr, "Klicka eller tryck")
    goal_text = "familjen ska må bättre"
    goal_start = next(b.text for b in utr.blocks() if b.index == goal_block).index(goal_text)
    findings = [
        Finding(rule="RISK01", category=Category.RISK_UNEXPLAINED, severity=Severity.warning,
                message="Riskfaktorn nämns utan att det framgår vad den betyder för barnet.",
                document=utr.path, location=Location(section="Barnets behov > Familj och miljö", block=risk_block,
                                                     start=0, end=len(risk_text), text=risk_text),
                why="Utan omfattning och konsekvenser kan beslutsfattaren inte väga risken.",
                reference="BBIC Grundbok, avsnittet om analys", reflection="Hur påverkar missbruket Elsas vardag?",
                better="Pappans alkoholmissbruk gör att Elsa flera kvällar i veckan tar hand om sig själv."),
        Finding(rule="ANA01", category=Category.ANALYSIS_SUMMARY, severity=Severity.warning,
                message="Analysen upprepar mest fakta från utredningen.",
                document=utr.path, location=Location(section="Analys", block=analysis_block),
                why="En analys ska väga risk- och skyddsfaktorer och dra slutsatser om barnets behov.",
                reflection="Vilka slutsatser drar du om Elsas centrala behov?"),
        Finding(rule="MAL01", category=Category.GOAL_NOT_SMART, severity=Severity.error,
                message="Målet är inte specifikt, mätbart eller tidsatt.", facets=["S", "M", "T"],
                document=utr.path, location=Location(section="Förslag till beslut", block=goal_block, start=goal_start,
                                                     end=goal_start + len(goal_text), text=goal_text),
                better="Elsa går i skolan minst fyra dagar i veckan senast 2026-06-01."),
        Finding(rule="MALL01", category=Category.TEMPLATE_UNFILLED, severity=Severity.info,
                message="Mallens platshållartext står kvar.", document=utr.path,
                location=Location(section="Analys", block=placeholder_block)),
        Finding(rule="BARN01", category=Category.CHILD_VOICE_MISSING, severity=Severity.error,
                message="Barnets egen berättelse saknas i utredningen.", document=utr.path,
                reference="SoL (2025:400) 20 kap. 7 §"),
        Finding(rule="PLAN01", category=Category.PLAN_MISSING, severity=Severity.warning,
                message="Det finns ingen utredningsplan i ärendet.", document=None,
                reflection="Hur planerade ni utredningen tillsammans med familjen?"),
        Finding(rule="TID02", category=Category.INVESTIGATION_OVERDUE, severity=Severity.error,
                message="Utredningen om Elsa Andersson (140315-1234) har pågått i mer än fyra månader.",
                document=None, reference="SoL (2025:400) 20 kap. 3 §"),
    ]
    deadlines = [
        Deadline(rule="TID01", label="Förhandsbedömning", start=dt.date(2026, 1, 5), due=dt.date(2026, 1, 19),
                 end=dt.date(2026, 1, 10), status="met"),
        Deadline(rule="TID02", label="Utredning", start=dt.date(2026, 1, 10), due=dt.date(2026, 5, 10),
                 status="overdue", days_left=-10),
    ]
    report = CaseReport(
        id=case.id, path=case.path, findings=findings, deadlines=deadlines,
        documents=[DocumentSummary(path=d.path, type=d.type, title=d.title, author=d.author) for d in case.documents],
        errors=[ReadError(path="arende-17/anteckningar Elsa.doc",
                          message="Filen kunde inte läsas – spara den som .docx och kör igen.")],
    )
    return case, report


def sample_report(lang: str = "sv") -> tuple[Case, Report]:
    case, case_report = sample()
    return case, Report(check_date=CHECK_DATE, lang=lang, cases=[case_report])


INVESTIGATION_EN = """\
# Investigation of the child's needs

| Child | Sam Taylor |
| Case worker | Karin Lund |

## Background

The school reported high absence in the autumn.

## Analysis

Sam is often absent. The father drinks.

[[Click or tap here to enter text.]]
"""


def sample_en() -> tuple[Case, Report]:
    """An all-English case, so that any Swedish word in an English report must come from a UI label."""
    doc = document("case-3/investigation.docx", INVESTIGATION_EN, DocType.utredning)
    case = Case(id="case-3", path="case-3", documents=[doc])
    analysis = block_of(doc, "Sam is often absent")
    findings = [
        Finding(rule="ANA01", category=Category.ANALYSIS_SUMMARY, severity=Severity.warning,
                message="The analysis mostly repeats facts.", document=doc.path,
                location=Location(section="Analysis", block=analysis, start=0, end=19, text="Sam is often absent"),
                why="An analysis weighs risks and protective factors.", reference="BBIC handbook",
                reflection="What do you conclude about the child's central needs?",
                better="Sam's absence is linked to the father's drinking at weekends."),
        Finding(rule="MALL01", category=Category.TEMPLATE_UNFILLED, severity=Severity.info,
                message="Template text left in place.", document=doc.path,
                location=Location(section="Analysis", block=block_of(doc, "Click or tap"))),
        Finding(rule="BARN01", category=Category.CHILD_VOICE_MISSING, severity=Severity.error,
                message="The child's own account is missing.", document=doc.path),
        Finding(rule="PLAN01", category=Category.PLAN_MISSING, severity=Severity.warning,
                message="There is no investigation plan in the case.", document=None),
    ]
    deadlines = [Deadline(rule="TID02", label="Investigation", start=dt.date(2026, 1, 10), due=dt.date(2026, 5, 10),
                          status="open", days_left=3)]
    report = CaseReport(id=case.id, path=case.path, findings=findings, deadlines=deadlines,
                        documents=[DocumentSummary(path=doc.path, type=doc.type, title=doc.title)],
                        errors=[ReadError(path="case-3/notes.doc", message="The file could not be read.")])
    return case, Report(check_date=CHECK_DATE, lang="en", cases=[report])
