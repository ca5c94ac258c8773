"""The .odt and PDF readers, and real conversions by LibreOffice (docx ↔ odt, pdf).

All names and personal numbers are fictional.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from docx_factory import NS, DocxFactory, convert_all, minimal_pdf, soffice
from lxml import etree
from pypdf import PdfWriter

from bbiccheck.load.base import Limits, UnreadableFile
from bbiccheck.load.odt_reader import read_odt
from bbiccheck.load.pdf_reader import Line, paragraphs, read_pdf, split_furniture
from bbiccheck.load.readers import read_file
from bbiccheck.load.safety import ole_stream_names
from bbiccheck.model import BlockKind

H, P, L, F, C, PH = (BlockKind.heading, BlockKind.paragraph, BlockKind.list_item, BlockKind.fact,
                     BlockKind.table_cell, BlockKind.placeholder)

HEADER = "Barn: Elsa Lindqvist (19150315-XXXX)"
COMMENT = "bbiccheck: ignorera BBIC-ANALYS-02 – analysen finns i bilaga"


# --------------------------------------------------------------------------------------------
# A realistic document, converted by LibreOffice


def _paragraph(i: int) -> str:
    return (
        f"Vid samtal nummer {i} berättade Elsa Lindqvist att hon trivs i skolan och har flera vänner i klassen. "
        f"Mamman Anna Lindqvist beskrev att vardagen fungerar bättre sedan kontaktpersonen kom in vecka {i + 10}. "
        "Handläggaren bedömer att Elsas behov av stabilitet och förutsägbarhet delvis är tillgodosett."
    )


BODY = [_paragraph(i) for i in range(1, 25)]


def realistic_docx(path: Path) -> Path:
    f = DocxFactory()
    d = f.doc
    d.core_properties.title = "Barnavårdsutredning Elsa"
    d.core_properties.author = "Karin Berg"
    d.add_heading("Bakgrund", 1)
    for text in BODY[:8]:
        d.add_paragraph(text)
    d.add_heading("Barnets behov", 2)
    d.add_paragraph("Hälsa: Elsa har inga kända sjukdomar.", style="List Bullet")
    d.add_paragraph("Skola: Elsa går i årskurs 3 och har god närvaro.", style="List Bullet")
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Anmälan inkom", "2026-03-02"
    table.cell(1, 0).text, table.cell(1, 1).text = "Handläggare", "Karin Berg"
    d.add_heading("Analys", 1)
    commented = d.add_paragraph(BODY[8])
    d.add_comment(commented.runs, text=COMMENT, author="Karin Berg", initials="KB")
    for text in BODY[9:]:
        d.add_paragraph(text)
    d.sections[0].header.paragraphs[0].text = HEADER
    footer = d.sections[0].footer.paragraphs[0]
    w = NS["w"]
    xml = (
        f'<w:root xmlns:w="{w}"><w:r><w:t xml:space="preserve">Sida </w:t></w:r>'
        '<w:fldSimple w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>'
        '<w:r><w:t xml:space="preserve"> (</w:t></w:r>'
        '<w:fldSimple w:instr="NUMPAGES"><w:r><w:t>1</w:t></w:r></w:fldSimple>'
        "<w:r><w:t>)</w:t></w:r></w:root>"
    )
    for el in list(etree.fromstring(xml)):
        footer._p.append(el)
    return f.save(path)


EXPECTED_BLOCKS = (
    [(H, "Bakgrund")] + [(P, t) for t in BODY[:8]] + [(H, "Barnets behov")]
    + [(L, "Hälsa: Elsa har inga kända sjukdomar."), (L, "Skola: Elsa går i årskurs 3 och har god närvaro.")]
    + [(F, "Anmälan inkom: 2026-03-02"), (F, "Handläggare: Karin Berg"), (H, "Analys")]
    + [(P, t) for t in BODY[8:]]
)


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    """The python-docx document saved by LibreOffice as .odt, .pdf and its own .docx (skipped only
    if LibreOffice is not installed)."""
    if soffice() is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    base = tmp_path_factory.mktemp("lo")
    source = realistic_docx(base / "utredning.docx")
    targets = ["odt", "pdf", "docx"]
    files = convert_all([(source, target, base / target) for target in targets])
    return dict(zip(targets, files, strict=True))


def test_python_docx_original(tmp_path):
    result = read_file(realistic_docx(tmp_path / "u.docx"), Limits())
    assert [(b.kind, b.text) for b in result.blocks] == EXPECTED_BLOCKS
    assert result.comments == [COMMENT]


@pytest.mark.parametrize("kind", ["odt", "docx"])
def test_libreoffice_odt_and_docx(converted, kind):
    result = read_file(converted[kind], Limits())
    assert [(b.kind, b.text) for b in result.blocks] == EXPECTED_BLOCKS
    assert [b.heading_level for b in result.blocks if b.kind == H] == [1, 2, 1]
    assert result.comments == [COMMENT]
    assert result.headers and result.headers[0].text == HEADER
    assert any(h.text.startswith("Sida") for h in result.headers)
    assert (result.title, result.author) == ("Barnavårdsutredning Elsa", "Karin Berg")


@pytest.mark.parametrize("name", ["utredning.pdf", "egentligen-en-pdf.docx"])
def test_libreoffice_pdf(converted, tmp_path, name):
    path = tmp_path / name  # a PDF saved under a .docx name is still read as a PDF
    path.write_bytes(converted["pdf"].read_bytes())
    result = read_file(path, Limits())
    got = [(b.kind, b.text) for b in result.blocks]
    # Headings come through as paragraphs (bold, alone); the section builder decides.
    assert [(k if k != H else P, t) for k, t in EXPECTED_BLOCKS] == got
    assert result.blocks[0].bold and result.blocks[-1].bold is False
    headers = [h.text for h in result.headers]
    assert HEADER in headers
    assert any(h.startswith("Sida 1 (") for h in headers)
    assert not any("Sida" in b.text or HEADER in b.text for b in result.blocks)
    assert result.title == "Barnavårdsutredning Elsa"


# --------------------------------------------------------------------------------------------
# A hand-written .odt with every feature the reader handles

ODT_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
}
DECL = " ".join(f'xmlns:{k}="{v}"' for k, v in ODT_NS.items())

CONTENT = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-content {DECL} office:version="1.3">
<office:automatic-styles>
  <style:style style:name="P1" style:family="paragraph" style:parent-style-name="Standard">
    <style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="P2" style:family="paragraph" style:parent-style-name="Title"/>
  <style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
</office:automatic-styles>
<office:body><office:text>
  <text:tracked-changes>
    <text:changed-region text:id="ct1"><text:deletion>
      <office:change-info><dc:creator>Karin Berg</dc:creator></office:change-info>
      <text:p>bor med sin pappa</text:p>
    </text:deletion></text:changed-region>
  </text:tracked-changes>
  <text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Tabell"/></text:sequence-decls>
  <text:p text:style-name="P2">Barnavårdsutredning</text:p>
  <text:h text:outline-level="1"><text:number>1.</text:number>Bakgrund</text:h>
  <text:p>Elsa Lindqvist, 19150315-XXXX, <text:change text:change-id="ct1"
    /><text:change-start text:change-id="ct2"/>bor med sin mamma<text:change-end text:change-id="ct2"
    /> i Solna.<office:annotation>
      <dc:creator>Karin Berg</dc:creator>
      <text:p>{COMMENT}</text:p>
    </office:annotation></text:p>
  <text:p>Kontakt:<text:tab/>Karin<text:s text:c="3"/>Berg<text:line-break/>Tel 08-123 45<text:note
    text:note-class="footnote"><text:note-citation>1</text:note-citation>
      <text:note-body><text:p>Fotnotstext.</text:p></text:note-body></text:note></text:p>
  <text:p>Läs mer i <text:a xlink:href="https://example.se" xmlns:xlink="http://www.w3.org/1999/xlink"><text:span>BBIC-grundboken</text:span></text:a>.</text:p>
  <text:p></text:p>
  <text:section text:name="Barnet">
    <text:h text:outline-level="2">Barnets behov</text:h>
    <text:list><text:list-item><text:p>Hälsa: Elsa mår bra.</text:p></text:list-item>
      <text:list-item><text:p>Skola: hon går i årskurs 3.</text:p>
        <text:list><text:list-item><text:p>Närvaro: god.</text:p></text:list-item></text:list>
      </text:list-item></text:list>
  </text:section>
  <text:p text:style-name="P1">Analys</text:p>
  <text:p><text:span text:style-name="T1">Delvis fet</text:span> och delvis inte.</text:p>
  <text:p>Beslutsdatum: <text:placeholder text:placeholder-type="text">&lt;datum&gt;</text:placeholder></text:p>
  <table:table table:name="Fakta">
    <table:table-column table:number-columns-repeated="2"/>
    <table:table-header-rows><table:table-row>
      <table:table-cell><text:p>Fält</text:p></table:table-cell><table:table-cell><text:p>Uppgift</text:p></table:table-cell>
    </table:table-row></table:table-header-rows>
    <table:table-row>
      <table:table-cell><text:p>Anmälan inkom</text:p></table:table-cell>
      <table:table-cell><text:p>2026-03-02</text:p></table:table-cell>
    </table:table-row>
    <table:table-row>
      <table:table-cell table:number-columns-spanned="2">
        <text:p>Insatserna följs upp i vårdplanen.</text:p></table:table-cell>
      <table:covered-table-cell/>
    </table:table-row>
    <table:table-row>
      <table:table-cell><text:p>Nätverk</text:p></table:table-cell>
      <table:table-cell><text:p>Mormor träffar Elsa varje vecka.</text:p>
        <table:table><table:table-row><table:table-cell><text:p>Morfar</text:p></table:table-cell>
          <table:table-cell><text:p>Bor i Umeå.</text:p></table:table-cell></table:table-row></table:table>
      </table:table-cell>
    </table:table-row>
  </table:table>
  <text:p>Sammanfattning:<draw:frame draw:name="Ruta">
      <draw:text-box><text:p>Elsa behöver stöd i skolan.</text:p></draw:text-box>
      <svg:title>Alternativtext</svg:title>
    </draw:frame></text:p>
</office:text></office:body></office:document-content>
"""

STYLES = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {DECL}>
<office:styles>
  <style:style style:name="Standard" style:family="paragraph"/>
  <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard"/>
</office:styles>
<office:master-styles>
  <style:master-page style:name="Standard">
    <style:header><text:p>{HEADER}</text:p></style:header>
    <style:footer><text:p>Sida <text:page-number>1</text:page-number></text:p></style:footer>
  </style:master-page>
  <style:master-page style:name="Forsta">
    <style:header><text:p>{HEADER}</text:p></style:header>
  </style:master-page>
</office:master-styles>
</office:document-styles>
"""

META = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta {DECL}><office:meta><dc:title>Utredning Elsa</dc:title>
<meta:initial-creator>Karin Berg</meta:initial-creator></office:meta></office:document-meta>
"""

MANIFEST_PLAIN = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
"""

MANIFEST_ENCRYPTED = MANIFEST_PLAIN.replace(
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>',
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml" manifest:size="4000">'
    '<manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="AAAA">'
    '<manifest:algorithm manifest:algorithm-name="Blowfish CFB" manifest:initialisation-vector="AAAA"/>'
    "</manifest:encryption-data></manifest:file-entry>",
)


def write_odt(path: Path, content: str = CONTENT, manifest: str = MANIFEST_PLAIN) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        z.writestr("styles.xml", STYLES, zipfile.ZIP_DEFLATED)
        z.writestr("meta.xml", META, zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
    return path


def test_hand_written_odt(tmp_path):
    result = read_odt(write_odt(tmp_path / "u.odt"), Limits())
    got = [(b.kind, b.text, b.heading_level, b.label) for b in result.blocks]
    assert got == [
        (H, "Barnavårdsutredning", 1, None),  # Title style
        (H, "Bakgrund", 1, None),  # the generated number "1." is not text (as in Word)
        (P, "Elsa Lindqvist, 19150315-XXXX, bor med sin mamma i Solna.", None, None),
        (P, "Kontakt: Karin Berg\nTel 08-123 45", None, None),  # footnote body left out
        (P, "Läs mer i BBIC-grundboken.", None, None),
        (H, "Barnets behov", 2, None),
        (L, "Hälsa: Elsa mår bra.", None, None),
        (L, "Skola: hon går i årskurs 3.", None, None),
        (L, "Närvaro: god.", None, None),
        (P, "Analys", None, None),
        (P, "Delvis fet och delvis inte.", None, None),
        (P, "Beslutsdatum:", None, None),
        (PH, "<datum>", None, None),
        (C, "Fält", None, None),
        (C, "Uppgift", None, None),
        (F, "Anmälan inkom: 2026-03-02", None, "Anmälan inkom"),
        (C, "Insatserna följs upp i vårdplanen.", None, None),
        (C, "Nätverk", None, None),
        (C, "Mormor träffar Elsa varje vecka.", None, None),
        (F, "Morfar: Bor i Umeå.", None, "Morfar"),
        (P, "Sammanfattning:", None, None),
        (P, "Elsa behöver stöd i skolan.", None, None),
    ]
    bold = {b.text: b.bold for b in result.blocks}
    assert bold["Analys"] is True and bold["Delvis fet och delvis inte."] is False
    body = " ".join(b.text for b in result.blocks)
    for absent in ("bor med sin pappa", "Fotnotstext", COMMENT, "Alternativtext", HEADER):
        assert absent not in body
    assert result.comments == [COMMENT]
    assert [h.text for h in result.headers] == [HEADER, "Sida 1"]  # once each
    assert (result.title, result.author) == ("Utredning Elsa", "Karin Berg")


def test_odt_renamed_docx_is_read_as_odt(tmp_path):
    path = write_odt(tmp_path / "u.docx")
    assert read_file(path, Limits()).blocks[1].text == "Bakgrund"


def test_password_protected_odt(tmp_path):
    path = write_odt(tmp_path / "u.odt", content="\x00\x13 encrypted bytes", manifest=MANIFEST_ENCRYPTED)
    with pytest.raises(UnreadableFile) as err:
        read_file(path, Limits())
    assert "lösenordsskyddad" in err.value.sv and "password" in err.value.en


def test_odt_without_content(tmp_path):
    path = tmp_path / "u.odt"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
    with pytest.raises(UnreadableFile) as err:
        read_file(path, Limits())
    assert "content.xml" in err.value.sv


# --------------------------------------------------------------------------------------------
# PDF: paragraph rules on synthetic lines, and hostile/odd PDFs


def lines(page: int, *texts: str, top: float = 700, gap: float = 14, size: float = 11, bold=()) -> list[Line]:
    out, y = [], top
    for i, text in enumerate(texts):
        if text == "":
            y -= gap  # an empty entry is extra vertical space
            continue
        out.append(Line(page, [text], x=72, y=y, size=size, bold=i in bold, height=842))
        y -= gap
    return out


FULL = "Elsa berättar att hon trivs i skolan och att hon har flera nära vänner i sin"


def test_pdf_paragraph_rules():
    page1 = lines(
        0,
        "1. Bakgrund",
        FULL,
        "klass, men att rasterna ibland är jobbiga eftersom hon känner sig utanför.",
        "",
        "Mamman beskriver att familjen har det ekonomiskt kämpigt och att utred-",
        "ningen har varit en stor påfrestning för henne och för barnens relation till",
        "pappan, som numera bor i Umeå och träffar barnen varannan helg under",
        bold={0},
    )
    page2 = lines(
        1,
        "skollov och högtider enligt en överenskommelse från våren 2025.",
        "• Hälsa: inga kända sjukdomar.",
        "• Skola: god närvaro under höstterminen och vårterminen, enligt mentorn som",
        "Elsa träffar varje vecka.",
        "Socialtjänsten har under hösten genomfört en omfattande BBIC-",
        "utredning som visar att Elsas behov i huvudsak är tillgodosedda.",
    )
    blocks = paragraphs([page1, page2], line_gap=14)
    assert [(b.kind, b.text) for b in blocks] == [
        (P, "1. Bakgrund"),
        (P, FULL + " klass, men att rasterna ibland är jobbiga eftersom hon känner sig utanför."),
        (P, "Mamman beskriver att familjen har det ekonomiskt kämpigt och att utredningen har varit en stor "
            "påfrestning för henne och för barnens relation till pappan, som numera bor i Umeå och träffar "
            "barnen varannan helg under skollov och högtider enligt en överenskommelse från våren 2025."),
        (L, "Hälsa: inga kända sjukdomar."),
        (L, "Skola: god närvaro under höstterminen och vårterminen, enligt mentorn som Elsa träffar varje vecka."),
        (P, "Socialtjänsten har under hösten genomfört en omfattande BBIC-utredning som visar att Elsas behov "
            "i huvudsak är tillgodosedda."),
    ]
    assert blocks[0].bold and not blocks[1].bold


def test_pdf_facts_from_two_columns():
    line = Line(0, ["Anmälan inkom ", "2026-03-02"], x=72, y=700, size=11, height=842)
    long_label = Line(0, ["Vad har Elsa själv berättat om skolan i dag? ", "Inget."], x=72, y=686, size=11,
                      height=842)
    blocks = paragraphs([[line, long_label]], line_gap=14)
    assert [(b.kind, b.text, b.label) for b in blocks] == [
        (F, "Anmälan inkom: 2026-03-02", "Anmälan inkom"),
        (P, "Vad har Elsa själv berättat om skolan i dag? Inget.", None),
    ]


def test_pdf_furniture_repeated_lines_and_page_numbers():
    pages = [
        lines(n, HEADER, "", "", "", f"Stycke på sidan {n + 1} om Elsas skolgång och fritid.",
              "", "", "", f"Sida {n + 1} ({3})", top=800)
        for n in range(3)
    ]
    body, furniture = split_furniture(pages, 14)
    assert [[line.text for line in page] for page in body] == [
        [f"Stycke på sidan {n + 1} om Elsas skolgång och fritid."] for n in range(3)
    ]
    assert furniture == [HEADER, "Sida 1 (3)"]


def _pdf(path: Path, pages: int = 1) -> PdfWriter:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    return writer


def test_pdf_without_text_layer(tmp_path):
    path = tmp_path / "skannad.pdf"
    _pdf(path, 2).write(str(path))
    with pytest.raises(UnreadableFile) as err:
        read_file(path, Limits())
    assert "textlager" in err.value.sv and "text layer" in err.value.en


def test_encrypted_pdf(tmp_path):
    path = tmp_path / "hemlig.pdf"
    writer = _pdf(path)
    writer.encrypt(user_password="hemligt", owner_password="ägare", algorithm="RC4-128")
    writer.write(str(path))
    with pytest.raises(UnreadableFile) as err:
        read_file(path, Limits())
    assert "lösenordsskyddad" in err.value.sv


def test_damaged_pdf(tmp_path):
    path = tmp_path / "trasig.pdf"
    path.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n" + b"\x00garbage" * 50)
    with pytest.raises(UnreadableFile) as err:
        read_file(path, Limits())
    assert "PDF" in err.value.sv


@pytest.mark.slow
def test_legacy_doc_from_libreoffice(tmp_path):
    """A real Word 97 file, so the CFB directory reader is checked on more than hand-made files."""
    if soffice() is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    (doc,) = convert_all([(realistic_docx(tmp_path / "brev.docx"), "doc", tmp_path / "doc")])
    assert "WordDocument" in ole_stream_names(doc)
    with pytest.raises(UnreadableFile) as err:
        read_file(doc, Limits())
    assert err.value.sv == "Filen är ett äldre Word-format (.doc) – spara som .docx och kör igen."


def test_minimal_pdf_end_to_end(tmp_path):
    """Three pages with a header line, a page footer and paragraphs, built without a converter."""
    pages = []
    for n in range(3):
        lines = [(72, 800, HEADER, 9, False), (500, 30, f"Sida {n + 1} ({3})", 9, False)]
        lines += [(72, 740, f"{n + 1}. Rubrik på sidan {n + 1}", 14, True)]
        lines += [(72, 712 - 14 * i, text, 11, False) for i, text in enumerate([
            "Elsa Lindqvist berättade vid samtalet att hon trivs i skolan och har flera",
            f"vänner i klassen, men att hon saknar sin pappa som flyttade i höstas ({n}).",
        ])]
        lines += [(72, 650, "Anmälan inkom", 11, False), (300, 650, f"2026-03-0{n + 1}", 11, False)]
        pages.append(lines)
    path = minimal_pdf(tmp_path / "u.pdf", pages, title="Utredning Elsa")
    result = read_file(path, Limits())
    got = [(b.kind, b.text, b.bold) for b in result.blocks]
    expected = []
    for n in range(3):
        expected += [
            (P, f"{n + 1}. Rubrik på sidan {n + 1}", True),
            (P, "Elsa Lindqvist berättade vid samtalet att hon trivs i skolan och har flera vänner i klassen, "
                f"men att hon saknar sin pappa som flyttade i höstas ({n}).", False),
            (F, f"Anmälan inkom: 2026-03-0{n + 1}", False),
        ]
    assert got == expected
    assert [h.text for h in result.headers] == [HEADER, "Sida 1 (3)"]
    assert result.title == "Utredning Elsa"


def test_pdf_page_limit(converted):
    with pytest.raises(UnreadableFile) as err:
        read_pdf(converted["pdf"], Limits(max_pdf_pages=1))
    assert "max_pdf_pages" in err.value.sv
