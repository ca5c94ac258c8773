import pytest

from bbiccheck.load import document_from_text
from bbiccheck.model import DocType


@pytest.mark.parametrize("heading, key", [
    ("Analys", "analys"), ("3. Analys", "analys"), ("ANALYS OCH BEDÖMNING", "analys"),
    ("Sammanfattande analys", "analys"), ("Samtal med barnet", "barnets_berattelse"),
    ("Beslutsförslag", "forslag"), ("Vårdnadshavarnas förmåga", "foraldrarnas_formaga"),
    ("Risk- och skyddsfaktorer", "risk_skydd"), ("Känslo- och beteendemässig utveckling", "kanslor_beteende"),
    ("Mål för insatsen:", "mal"), ("Något helt annat", None),
])
def test_heading_synonyms(lexicon, heading, key):
    assert lexicon.section_table.key_for(heading) == key


def test_headings_without_styles(lexicon):
    text = "\n\n".join([
        "UTREDNING", "**Bakgrund**", "Anmälan kom från skolan.", "3. Analys",
        "Elsa behöver stöd.", "Barnets berättelse", "Elsa berättar om skolan.",
        "Det här är en vanlig mening som inte är en rubrik.",
    ])
    doc = document_from_text(text, "u.md", lexicon)
    titles = [(s.title, s.key) for s in doc.sections() if s.level]
    assert ("Bakgrund", "bakgrund") in titles
    assert ("3. Analys", "analys") in titles
    assert ("Barnets berättelse", "barnets_berattelse") in titles
    assert all("vanlig mening" not in t for t, _ in titles)


def test_tree_offsets_and_paths(lexicon):
    doc = document_from_text("# Utredning\n\n## Barnets behov\n\n### Hälsa\n\nElsa är frisk.\n", "u.md", lexicon)
    block = next(doc.blocks())
    assert doc.text[block.start:block.end] == "Elsa är frisk."
    assert doc.section_path(block.index) == "Utredning > Barnets behov > Hälsa"


@pytest.mark.parametrize("name, heading, expected", [
    ("dok1.docx", "Utredning enligt 14 kap. 2 § SoL", DocType.utredning),
    ("x.docx", "Genomförandeplan", DocType.genomforandeplan),
    ("uppfoljning_av_genomforandeplan.docx", "Uppföljning av genomförandeplan", DocType.uppfoljning),
    ("forhandsbedomning_2026.docx", "Dokument", DocType.forhandsbedomning),
    ("vardplan.docx", "Vårdplan", DocType.vardplan),
    ("uppdrag.docx", "Uppdrag till utförare", DocType.uppdrag),
])
def test_document_type(lexicon, name, heading, expected):
    assert lexicon.doctype_table.guess(name, None, heading, "") == expected


def test_build_returns_the_trees_blocks_in_order(lexicon):
    """``build``'s list of blocks is ``root.all_blocks()`` (the loader reads it instead of walking the tree): on
    every document of the test corpora, whose headings nest and skip levels."""
    from pathlib import Path

    from bbiccheck.load import discover, read_file
    from bbiccheck.load.base import Limits, UnreadableFile
    from bbiccheck.load.sections import build

    documents = 0
    for corpus in ("corpus", "corpus_holdout", "load"):
        for source in discover(Path(__file__).parent / corpus):
            for file in source.files:
                try:
                    raw = read_file(file, Limits())
                except UnreadableFile:
                    continue
                for raws in (raw.blocks, raw.headers):
                    root, _, blocks = build(raws, lexicon.section_table)
                    assert blocks == list(root.all_blocks())
                    assert all(a is b for a, b in zip(blocks, root.all_blocks()))
                documents += 1
    assert documents > 50
