"""The annotated Word copy: comments on the right paragraphs, original untouched, old markup kept."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import qn

from bbiccheck.load.base import Limits
from bbiccheck.load.docx_reader import iter_body_blocks, read_docx
from bbiccheck.load.sections import SectionTable, build
from bbiccheck.model import Category, Document, Finding, Location, Severity
from bbiccheck.report.docx_annotate import annotate_docx

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
RISK = "Pappan har ett missbruk. "
INSERTED = "Han dricker varje helg."


def make_docx(path: Path) -> None:
    d = docx.Document()
    d.add_heading("Utredning av barnets behov", 1)
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Barnets namn", "Elsa Andersson"
    table.cell(1, 0).text, table.cell(1, 1).text = "Handläggare", "Karin Lund"
    d.add_heading("Bakgrund", 2)
    background = d.add_paragraph("Anmälan inkom 2026-01-05 från skolan.")
    d.add_comment(background.runs, "Bra, tydlig start.", author="Handledare Maria", initials="HM")
    risk = d.add_paragraph(RISK)
    risk.add_run("Jonas har inte velat medverka. ")
    risk._p.append(parse_xml(f'<w:ins {W} w:id="901" w:author="Karin Lund" w:date="2026-05-01T10:00:00Z">'
                             f"<w:r><w:t>{INSERTED}</w:t></w:r></w:ins>"))
    d.add_heading("Analys", 2)
    d.add_paragraph("")  # empty: the walker skips it
    d.add_paragraph("Elsa har hög frånvaro.")
    sdt = parse_xml(f'<w:sdt {W}><w:sdtPr><w:id w:val="77"/><w:showingPlcHdr/></w:sdtPr><w:sdtContent>'
                    f'<w:p><w:r><w:t>Klicka eller tryck här för att ange text.</w:t></w:r></w:p></w:sdtContent></w:sdt>')
    d.element.body.insert(len(d.element.body) - 1, sdt)  # before w:sectPr
    d.add_paragraph("Målet är att familjen ska må bättre.")
    d.save(str(path))


def load(path: Path) -> Document:
    raw = read_docx(path, Limits())
    root, text, _ = build(raw.blocks, SectionTable({}))
    return Document(path=str(path), text=text, root=root)


def index_of(doc: Document, needle: str) -> int:
    for section in doc.sections():
        if section.heading_block is not None and section.title.startswith(needle):
            return section.heading_block
    return next(b.index for b in doc.blocks() if needle in b.text)


def wtext(element) -> str:
    return "".join(t.text or "" for t in element.iter(qn("w:t")))


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture()
def annotated(tmp_path: Path):
    original = tmp_path / "utredning.docx"
    make_docx(original)
    document = load(original)
    risk_block = index_of(document, "Pappan har")
    findings = [
        Finding(rule="RISK01", category=Category.RISK_UNEXPLAINED, severity=Severity.warning,
                message="Riskfaktorn nämns utan förklaring.", document=document.path,
                location=Location(section="Bakgrund", block=risk_block, start=0, end=len(RISK.strip())),
                why="Beslutsfattaren behöver veta vad risken betyder för barnet.",
                reference="BBIC Grundbok", reflection="Vad betyder missbruket för Elsa?",
                better="Pappans missbruk gör att Elsa ofta är ensam på kvällarna."),
        Finding(rule="ANA01", category=Category.ANALYSIS_SUMMARY, severity=Severity.warning,
                message="Analysen sammanfattar bara.", document=document.path,
                location=Location(section="Analys", block=index_of(document, "Analys"))),
        Finding(rule="MALL01", category=Category.TEMPLATE_UNFILLED, severity=Severity.info,
                message="Platshållartext står kvar.", document=document.path,
                location=Location(section="Analys", block=index_of(document, "Klicka eller"))),
        Finding(rule="NAMN01", category=Category.OTHER, severity=Severity.info,
                message="Faktafältet gäller barnet.", document=document.path,
                location=Location(block=index_of(document, "Barnets namn"))),
        Finding(rule="PLAN01", category=Category.PLAN_MISSING, severity=Severity.warning,
                message="Det finns ingen utredningsplan i ärendet.", document=None),
        Finding(rule="OTHERDOC", category=Category.OTHER, severity=Severity.info,
                message="Gäller ett annat dokument.", document="annat.docx"),
    ]
    before = sha(original)
    out = tmp_path / "ut" / "utredning.granskad.docx"
    annotate_docx(original, out, document, findings, "sv")
    return original, out, document, findings, before


def comment_paragraph(word, comment_id: int):
    starts = [e for e in word.element.body.iter(qn("w:commentRangeStart")) if e.get(qn("w:id")) == str(comment_id)]
    assert len(starts) == 1
    p = starts[0].getparent()
    while p.tag != qn("w:p"):
        p = p.getparent()
    return starts[0], p


def by_rule(word, rule: str):
    found = [c for c in word.comments if c.text.startswith(rule)]
    assert len(found) == 1, rule
    return found[0]


def test_original_unchanged_and_no_temp_left(annotated):
    original, out, _, _, before = annotated
    assert sha(original) == before
    assert out.exists() and out.stat().st_size > 0
    assert [p.name for p in out.parent.iterdir()] == [out.name]


def test_comments_anchored_on_the_findings_paragraphs(annotated):
    _, out, _, findings, _ = annotated
    word = docx.Document(str(out))
    elements = [el for el, _ in iter_body_blocks(word.element.body)]
    ours = [c for c in word.comments if c.author == "bbiccheck"]
    assert len(ours) == 5  # the finding for another document is not written here
    assert all(c.initials == "BC" for c in ours)

    risk = by_rule(word, "RISK01")
    start, p = comment_paragraph(word, risk.comment_id)
    assert p is elements[findings[0].location.block]
    # the span: the range covers exactly the run with the risk sentence, not the rest of the paragraph
    assert "".join(t.text for t in start.getnext().iter(qn("w:t"))) == RISK
    end = next(e for e in p.iter(qn("w:commentRangeEnd")) if e.get(qn("w:id")) == str(risk.comment_id))
    assert end.getprevious() is start.getnext()
    for label in ("Varför det spelar roll", "Fråga att reflektera över", "Exempel på bättre formulering", "Referens"):
        assert label in risk.text
    assert "Vad betyder missbruket för Elsa?" in risk.text

    _, p = comment_paragraph(word, by_rule(word, "ANA01").comment_id)
    assert p is elements[findings[1].location.block] and wtext(p) == "Analys"

    _, p = comment_paragraph(word, by_rule(word, "MALL01").comment_id)  # placeholder: inside the w:sdt
    assert "Klicka eller tryck" in wtext(p)
    assert p.getparent().getparent().tag == qn("w:sdt")

    _, p = comment_paragraph(word, by_rule(word, "NAMN01").comment_id)  # fact: the value cell
    assert wtext(p) == "Elsa Andersson"

    plan = by_rule(word, "PLAN01")  # case level: on the title
    _, p = comment_paragraph(word, plan.comment_id)
    assert p is elements[0] and "Hela ärendet" in plan.text
    # every comment has its reference run
    refs = {e.get(qn("w:id")) for e in word.element.body.iter(qn("w:commentReference"))}
    assert {str(c.comment_id) for c in word.comments} <= refs


def test_existing_comment_and_tracked_change_survive(annotated):
    _, out, _, _, _ = annotated
    word = docx.Document(str(out))
    theirs = [c for c in word.comments if c.author == "Handledare Maria"]
    assert len(theirs) == 1 and theirs[0].text == "Bra, tydlig start." and theirs[0].initials == "HM"
    _, p = comment_paragraph(word, theirs[0].comment_id)
    assert "Anmälan inkom" in wtext(p)
    ins = list(word.element.body.iter(qn("w:ins")))
    assert len(ins) == 1 and ins[0].get(qn("w:author")) == "Karin Lund"
    assert wtext(ins[0]) == INSERTED


def test_copy_reads_to_the_same_blocks(annotated):
    original, out, *_ = annotated
    assert read_docx(out, Limits()).blocks == read_docx(original, Limits()).blocks


def test_refuses_to_overwrite_the_original(tmp_path: Path):
    original = tmp_path / "a.docx"
    make_docx(original)
    with pytest.raises(ValueError):
        annotate_docx(original, original, load(original), [], "sv")


def test_english_labels(tmp_path: Path):
    original = tmp_path / "a.docx"
    make_docx(original)
    document = load(original)
    finding = Finding(rule="PLAN01", category=Category.PLAN_MISSING, severity=Severity.warning,
                      message="No investigation plan.", reflection="How did you plan it?")
    annotate_docx(original, tmp_path / "b.docx", document, [finding], "en")
    text = by_rule(docx.Document(str(tmp_path / "b.docx")), "PLAN01").text
    assert "Question to reflect on" in text and "Whole case" in text and "varning" not in text


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_comments_survive_libreoffice(annotated, tmp_path: Path):
    _, out, *_ = annotated
    profile = tmp_path / "lo-profile"
    result = subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "odt",
         "--outdir", str(tmp_path / "odt"), str(out)],
        capture_output=True, text=True, timeout=180, check=False, env={**os.environ, "HOME": str(tmp_path)})
    odt = tmp_path / "odt" / (out.stem + ".odt")
    assert odt.exists(), result.stderr
    content = zipfile.ZipFile(odt).read("content.xml").decode("utf-8")
    assert len(re.findall(r"<office:annotation[ >]", content)) == 6  # five of ours and the old one
    for text in ("Riskfaktorn nämns utan förklaring.", "Det finns ingen utredningsplan i ärendet.",
                 "Bra, tydlig start.", "bbiccheck", "Fråga att reflektera över"):
        assert text in content
