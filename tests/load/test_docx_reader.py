"""The .docx reader: every piece of visible text exactly once, in order; nothing that is not text.

All names and personal numbers are fictional.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx_factory import (
    DocxFactory,
    deleted,
    field,
    ins,
    move_from,
    move_to,
    nested_if_field,
    nested_tables,
    p,
    r,
    rewrite_part,
    sdt,
    simple_field,
    tbl,
    tc,
    text_box,
    tr,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bbiccheck.load.base import Limits, UnreadableFile
from bbiccheck.load.docx_reader import iter_body_blocks, read_docx
from bbiccheck.load.docx_styles import StyleSheet
from bbiccheck.load.readers import read_file
from bbiccheck.model import BlockKind

H, P, L, F, C, PH = (BlockKind.heading, BlockKind.paragraph, BlockKind.list_item, BlockKind.fact,
                     BlockKind.table_cell, BlockKind.placeholder)

COMMENT = "bbiccheck: ignorera BBIC-MAL-01 – målen följs upp i vårdplanen"
HEADER = "Barn: Elsa Lindqvist (19150315-XXXX)"
FOOTER = "Sekretess enligt OSL 26 kap. 1 §"

# What must never appear as body text.
FORBIDDEN = [
    "bor med sin pappa",  # deleted
    "DATE",  # a field code
    "REF bilaga1",
    "Klicka eller tryck här",  # placeholder text (only as a placeholder block)
    "Klicka här för att ange ett datum",
    COMMENT,
    HEADER,
    FOOTER,
    "Mentorn ringde. Anmälan",  # moved-from text left in place
    "flicka",  # a nested field's result inside another field's code
]


def build_everything(tmp_path: Path) -> tuple[Path, list[tuple]]:
    """A document with every feature the reader handles, and the blocks it must yield:
    (kind, text, heading_level, label, bold)."""
    f = DocxFactory()
    d = f.doc
    d.core_properties.title = "Barnavårdsutredning Elsa"
    d.core_properties.author = "Karin Berg"
    f.add_outline_style("BBICRubrik", "BBIC rubrik", outline=2)
    f.add_bold_style("Fetstil", "Fetstil")
    expected: list[tuple] = []

    def want(kind, text, level=None, label=None, bold=None):
        expected.append((kind, text, level, label, bold))

    d.add_heading("Barnavårdsutredning", 0)
    want(H, "Barnavårdsutredning", 1)
    d.add_paragraph("")  # empty paragraphs are skipped
    d.add_heading("1. Bakgrund", 1)
    want(H, "1. Bakgrund", 1)
    f.xml(p(r("Elsa Lindqvist, 19150315-XXXX, "), deleted("bor med sin pappa"), ins(r("bor med sin mamma")),
            r(" i Solna.")))
    want(P, "Elsa Lindqvist, 19150315-XXXX, bor med sin mamma i Solna.")
    f.xml(p(move_to("Anmälan kom från skolan den 2 mars 2026.")))
    want(P, "Anmälan kom från skolan den 2 mars 2026.")
    f.xml(p(r("Mentorn ringde. "), move_from("Anmälan kom från skolan den 2 mars 2026.")))
    want(P, "Mentorn ringde.")
    f.xml(p(r("Utredningen inleddes "), field('DATE \\@ "yyyy-MM-dd"', "2026-03-05"), r(".")))
    want(P, "Utredningen inleddes 2026-03-05.")
    f.xml(p(r("Utredaren bedömer att "), nested_if_field("flicka", "hon"), r(" behöver stöd i skolan.")))
    want(P, "Utredaren bedömer att hon behöver stöd i skolan.")
    f.xml(p(r("Se "), simple_field("REF bilaga1 \\h", "bilaga 1"), r(" för skolans yttrande.")))
    want(P, "Se bilaga 1 för skolans yttrande.")
    f.hyperlink("Läs mer i ", "BBIC-grundboken", " från Socialstyrelsen.")
    want(P, "Läs mer i BBIC-grundboken från Socialstyrelsen.")
    f.xml(
        '<w:p><w:r><w:t>Kontakt:</w:t><w:tab/><w:t>Karin Berg, social</w:t><w:softHyphen/><w:t>sekreterare</w:t>'
        '<w:br/><w:t>Tel 08</w:t><w:noBreakHyphen/><w:t>123\u00a045</w:t>'
        '<w:sym w:font="Wingdings" w:char="F028"/><w:t xml:space="preserve">  (dagtid)\u00ad </w:t></w:r></w:p>'
    )
    want(P, "Kontakt: Karin Berg, socialsekreterare\nTel 08-123 45 (dagtid)")
    f.xml(p(r("Mamman heter "),
            '<w:smartTag w:uri="urn:x" w:element="PersonName">' + r("Anna Lindqvist") + "</w:smartTag>",
            '<w:customXml w:element="ort">' + r(" och bor i Solna.") + "</w:customXml>"))
    want(P, "Mamman heter Anna Lindqvist och bor i Solna.")
    f.xml(sdt(p("Elsa säger att hon trivs i skolan.") + p("Hon vill bo kvar hos mamma.")))
    want(P, "Elsa säger att hon trivs i skolan.")
    want(P, "Hon vill bo kvar hos mamma.")
    f.xml(sdt(p("Klicka eller tryck här för att ange text."), placeholder=True))
    want(PH, "Klicka eller tryck här för att ange text.")
    f.xml(p(r("Beslutsdatum: "), sdt(r("Klicka här för att ange ett datum."), placeholder=True)))
    want(P, "Beslutsdatum:")
    want(PH, "Klicka här för att ange ett datum.")
    f.xml(p(r("Ansvarig: "), sdt(r("Karin Berg"))))
    want(P, "Ansvarig: Karin Berg")
    d.add_heading("Barnets behov", 2)
    want(H, "Barnets behov", 2)
    d.add_paragraph("Hälsa: Elsa har inga kända sjukdomar.", style="List Bullet")
    want(L, "Hälsa: Elsa har inga kända sjukdomar.")
    f.xml(p("Skola: Elsa går i årskurs 3 och har god närvaro.", num=True))
    want(L, "Skola: Elsa går i årskurs 3 och har god närvaro.")
    f.xml(p("Vårdnadshavarnas förmåga", outline=1))
    want(H, "Vårdnadshavarnas förmåga", 2)
    f.xml(p("Familj och miljö", style="BBICRubrik"))
    want(H, "Familj och miljö", 3)
    f.xml(p(r("Analys", bold=True)))
    want(P, "Analys", bold=True)
    f.xml(p("Bedömning", style="Fetstil"))
    want(P, "Bedömning", bold=True)
    f.xml(p(r("Delvis fet ", bold=True), r("och delvis inte.")))
    want(P, "Delvis fet och delvis inte.", bold=False)
    f.xml(p(r("Inte fet trots stilen.", bold=False), style="Fetstil"))
    want(P, "Inte fet trots stilen.", bold=False)
    d.add_paragraph("RISK- OCH SKYDDSFAKTORER")
    want(P, "RISK- OCH SKYDDSFAKTORER")
    d.add_paragraph("3. Analys")
    want(P, "3. Analys")
    f.xml(tbl(
        tr("Fält", "Uppgift", header=True),
        tr("Anmälan inkom", "2026-03-02"),
        tr("Handläggare:", "Karin Berg"),
        tr("Vad har Elsa själv berättat om skolan?", "Hon trivs."),
        tr("Beslut", tc(sdt(p("Klicka här för att ange beslut."), placeholder=True))),
    ))
    want(C, "Fält")
    want(C, "Uppgift")
    want(F, "Anmälan inkom: 2026-03-02", label="Anmälan inkom")
    want(F, "Handläggare: Karin Berg", label="Handläggare")
    want(C, "Vad har Elsa själv berättat om skolan?")
    want(C, "Hon trivs.")
    want(C, "Beslut")
    want(PH, "Klicka här för att ange beslut.", label="Beslut")
    f.xml(tbl(
        tr(tc("Insats"), tc("Omfattning"), tc("Ansvarig"), header=True),
        tr(tc("Kontaktperson", vmerge="restart"), tc("Två gånger i veckan."), tc("Socialtjänsten")),
        tr(tc("", vmerge="continue"), tc("Från april 2026."), tc("Socialtjänsten")),
        tr(tc("Kontaktperson", vmerge="continue"), tc("Uppföljning i maj."), tc("Skolan")),
        tr(tc("Insatserna följs upp i vårdplanen.", span=3)),
        cols=3,
    ))
    for text in ["Insats", "Omfattning", "Ansvarig", "Kontaktperson", "Två gånger i veckan.", "Socialtjänsten",
                 "Från april 2026.", "Socialtjänsten", "Uppföljning i maj.", "Skolan",
                 "Insatserna följs upp i vårdplanen."]:
        want(C, text)
    network = tc(p("Mormor Greta Holm träffar Elsa varje vecka."), tbl(tr("Morfar", "Bor i Umeå.")))
    f.xml(tbl(tr(tc("Nätverk"), network)))
    want(C, "Nätverk")
    want(C, "Mormor Greta Holm träffar Elsa varje vecka.")
    want(F, "Morfar: Bor i Umeå.", label="Morfar")
    f.xml(p(r("Sammanfattning:"), text_box(p("Elsa behöver stöd i skolan."), p("Mamman behöver föräldrastöd."))))
    want(P, "Sammanfattning:")
    want(P, "Elsa behöver stöd i skolan.")
    want(P, "Mamman behöver föräldrastöd.")
    goals = d.add_paragraph("Målen följs upp var tredje månad.")
    d.add_comment(goals.runs, text=COMMENT, author="Karin Berg", initials="KB")
    want(P, "Målen följs upp var tredje månad.")
    f.xml(p(deleted("Helt struken mening.")))  # nothing visible left: no block
    d.sections[0].header.paragraphs[0].text = HEADER
    d.sections[0].footer.paragraphs[0].text = FOOTER
    f.share_header_with_new_section()
    d.add_paragraph("Sista stycket står i ett nytt avsnitt.")
    want(P, "Sista stycket står i ett nytt avsnitt.")
    f.localise_headings()
    return f.save(tmp_path / "allt.docx"), expected


def summary(block) -> tuple:
    bold = block.bold if block.kind == P else None
    return block.kind, block.text, block.heading_level, block.label, bold


def test_every_feature_once_in_order(tmp_path):
    path, expected = build_everything(tmp_path)
    result = read_docx(path, Limits())
    got = [summary(b) for b in result.blocks]
    # Compare bold only where the expectation states it.
    assert len(got) == len(expected), [g[1] for g in got]
    got = [g if e[4] is not None else (*g[:4], None) for g, e in zip(got, expected, strict=True)]
    assert got == expected
    body = "\n".join(b.text for b in result.blocks if b.kind != PH)
    for text in FORBIDDEN:
        assert text not in body
    texts = [e[1] for e in expected if e[0] != PH]
    for text in texts:  # exactly once (or as often as it was written), never doubled by a merge/fallback
        assert body.count(text) == sum(other.count(text) for other in texts), text
    assert result.comments == [COMMENT]
    assert [h.text for h in result.headers] == [HEADER, FOOTER]  # each part once, two sections
    assert all(h.kind == BlockKind.header for h in result.headers)
    assert (result.title, result.author) == ("Barnavårdsutredning Elsa", "Karin Berg")


def test_localised_heading_styles_keep_their_names(tmp_path):
    path, _ = build_everything(tmp_path)
    blocks = read_docx(path, Limits()).blocks
    headings = {b.text: b for b in blocks if b.kind == H}
    assert headings["1. Bakgrund"].style == "heading 1"
    assert headings["Barnets behov"].style == "heading 2"
    assert headings["Barnavårdsutredning"].style == "Title"
    assert headings["Familj och miljö"].style == "BBIC rubrik"


def test_table_numbers_rows_and_columns(tmp_path):
    path, _ = build_everything(tmp_path)
    blocks = read_docx(path, Limits()).blocks
    by_text = {b.text: b for b in blocks}
    assert (by_text["Anmälan inkom: 2026-03-02"].table, by_text["Anmälan inkom: 2026-03-02"].row) == (0, 1)
    merged = by_text["Två gånger i veckan."]
    assert (merged.table, merged.row, merged.col) == (1, 1, 1)
    spanning = by_text["Insatserna följs upp i vårdplanen."]
    assert (spanning.row, spanning.col) == (4, 0)
    nested = by_text["Morfar: Bor i Umeå."]
    assert nested.table == 3 and by_text["Nätverk"].table == 2


def test_walker_on_python_docx_finds_the_same_blocks(tmp_path):
    """The annotator walks python-docx's tree: block i there must be block i of read_docx, with or
    without styles, and each element must be the paragraph (or sdt) holding that text."""
    path, _ = build_everything(tmp_path)
    blocks = read_docx(path, Limits()).blocks
    word = docx.Document(str(path))
    for styles in (None, StyleSheet.from_python_docx(word)):
        pairs = list(iter_body_blocks(word.element.body, styles))
        assert [b.text for _, b in pairs] == [b.text for b in blocks]
    pairs = list(iter_body_blocks(word.element.body, StyleSheet.from_python_docx(word)))
    assert [b for _, b in pairs] == blocks
    for element, block in pairs:
        local = element.tag.rsplit("}", 1)[1]
        if block.kind == PH:
            assert local == "sdt"
        else:
            assert local == "p"
            own_text = "".join(element.itertext())
            value = block.text.split(": ", 1)[1] if block.kind == F else block.text
            assert value.split("\n")[0][:8] in own_text


def test_pandoc_docx(tmp_path):
    pandoc = shutil.which("pandoc")
    if pandoc is None:
        pytest.skip("pandoc is not installed")
    md = tmp_path / "utredning.md"
    md.write_text(
        "# Utredning\n\nElsa Lindqvist, 19150315-XXXX, bor med sin mamma.\n\n## Barnets behov\n\n"
        "- Hälsa: Elsa mår bra.\n- Skola: hon går i årskurs 3.\n\n"
        "| Fält | Uppgift |\n|---|---|\n| Anmälan inkom | 2026-03-02 |\n| Handläggare | Karin Berg |\n\n"
        "**Analys**\n\nSe [grundboken](https://example.se) och *notera* risken.\n",
        encoding="utf-8",
    )
    out = tmp_path / "utredning.docx"
    subprocess.run([pandoc, str(md), "-o", str(out)], check=True, timeout=60)
    got = [(b.kind, b.text, b.heading_level, b.label) for b in read_docx(out, Limits()).blocks]
    assert got == [
        (H, "Utredning", 1, None),
        (P, "Elsa Lindqvist, 19150315-XXXX, bor med sin mamma.", None, None),
        (H, "Barnets behov", 2, None),
        (L, "Hälsa: Elsa mår bra.", None, None),
        (L, "Skola: hon går i årskurs 3.", None, None),
        (C, "Fält", None, None),  # pandoc marks the header row: not a fact
        (C, "Uppgift", None, None),
        (F, "Anmälan inkom: 2026-03-02", None, "Anmälan inkom"),
        (F, "Handläggare: Karin Berg", None, "Handläggare"),
        (P, "Analys", None, None),
        (P, "Se grundboken och notera risken.", None, None),
    ]
    assert read_docx(out, Limits()).blocks[9].bold


def test_iso_strict_namespace(tmp_path):
    """Word's "Strict Open XML" uses other namespace URIs; text must not silently disappear."""
    f = DocxFactory()
    f.doc.add_heading("Bakgrund", 1)
    f.doc.add_paragraph("Elsa bor med sin mamma i Solna.")
    path = f.save(tmp_path / "strict.docx")
    strict = b"http://purl.oclc.org/ooxml/wordprocessingml/main"
    transitional = b"http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    for part in ("word/document.xml", "word/styles.xml"):
        rewrite_part(path, part, lambda data: data.replace(transitional, strict))
    got = [(b.kind, b.text) for b in read_docx(path, Limits()).blocks]
    assert got == [(H, "Bakgrund"), (P, "Elsa bor med sin mamma i Solna.")]


def test_moderately_nested_tables_are_read(tmp_path):
    f = DocxFactory()
    f.xml(nested_tables(40, "Innersta cellen: Elsa trivs."))
    blocks = read_docx(f.save(tmp_path / "nested.docx"), Limits()).blocks
    assert [b.text for b in blocks] == ["Innersta cellen: Elsa trivs."]
    assert blocks[0].table == 39


def test_max_blocks_is_enforced(tmp_path):
    f = DocxFactory()
    for i in range(30):
        f.doc.add_paragraph(f"Stycke nummer {i}.")
    path = f.save(tmp_path / "many.docx")
    assert len(read_docx(path, Limits()).blocks) == 30
    with pytest.raises(UnreadableFile) as err:
        read_docx(path, Limits(max_blocks=10))
    assert "max_blocks" in err.value.sv


def test_damaged_styles_part_does_not_lose_text(tmp_path):
    f = DocxFactory()
    f.doc.add_heading("Bakgrund", 1)
    f.doc.add_paragraph("Elsa bor med sin mamma.")
    path = rewrite_part(f.save(tmp_path / "styles.docx"), "word/styles.xml", lambda data: data[: len(data) // 2])
    blocks = read_docx(path, Limits()).blocks
    assert [(b.kind, b.text) for b in blocks] == [(H, "Bakgrund"), (P, "Elsa bor med sin mamma.")]


def test_read_file_dispatches_docx_by_content(tmp_path):
    f = DocxFactory()
    f.doc.add_paragraph("Elsa bor med sin mamma.")
    path = f.save(tmp_path / "utredning.docx")
    renamed = tmp_path / "utredning.dotx"
    renamed.write_bytes(path.read_bytes())
    assert [b.text for b in read_file(renamed, Limits()).blocks] == ["Elsa bor med sin mamma."]


_xml_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"),
                           blacklist_characters="\u00ad\u200b\u200c\u200d\u2060\ufeff"),
    min_size=1,
    max_size=40,
).filter(lambda s: s.strip() and " " not in s and "\u2028" not in s and "\u2029" not in s)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(words=st.lists(st.lists(_xml_text, min_size=1, max_size=5), min_size=1, max_size=6))
def test_any_text_comes_through_once_in_order(tmp_path, words):
    """Arbitrary (XML-legal) words split over runs and paragraphs come back exactly, in order."""
    f = DocxFactory()
    for paragraph in words:
        para = f.doc.add_paragraph()
        for word in paragraph:
            para.add_run(word + " ")
    blocks = read_docx(f.save(tmp_path / "h.docx"), Limits()).blocks
    expected = [" ".join(w.split()) for w in (" ".join(pw) for pw in words)]
    assert [b.text for b in blocks] == [" ".join(e.split()) for e in expected]
