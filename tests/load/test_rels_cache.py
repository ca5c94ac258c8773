"""Relationship parts are parsed once per distinct content (cached by their stored bytes, as the styles
part is): what the cache must not change.

All names are fictional.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docx_factory import DocxFactory, rewrite_part

from bbiccheck.load import docx_reader
from bbiccheck.load.base import Limits, UnreadableFile
from bbiccheck.load.readers import read_file


def two_part_docx(path: Path) -> Path:
    f = DocxFactory()
    f.doc.add_heading("Analys", level=1)
    f.doc.add_paragraph("Elsa har berättat om skolan.")
    section = f.doc.sections[0]
    section.header.paragraphs[0].text = "Socialtjänsten Norrby"
    return f.save(path)


@pytest.fixture(autouse=True)
def empty_cache():
    docx_reader._rels_cache.clear()
    yield
    docx_reader._rels_cache.clear()


def read(path: Path, limits: Limits | None = None):
    result = read_file(path, limits or Limits())
    return [(b.kind, b.text) for b in result.blocks], [(b.kind, b.text) for b in result.headers]


def test_cached_relationships_read_the_same(tmp_path):
    first = two_part_docx(tmp_path / "a.docx")
    second = two_part_docx(tmp_path / "b.docx")
    expected = read(first)
    assert expected[1]  # the header is found through the relationships
    assert len(docx_reader._rels_cache) == 2  # the package's and the main part's
    assert read(second) == expected
    assert len(docx_reader._rels_cache) == 2


def test_other_relationships_are_not_taken_from_the_cache(tmp_path):
    first = two_part_docx(tmp_path / "a.docx")
    read(first)
    # The same document whose main part's relationships lose the header: a new key, no header.
    kind = b"relationships/header"
    stripped = rewrite_part(
        two_part_docx(tmp_path / "b.docx"), "word/_rels/document.xml.rels", lambda data: data.replace(kind, b"relationships/other")
    )
    assert read(stripped)[1] == []
    assert read(first)[1]


def test_relationships_with_a_dtd_are_refused_every_time(tmp_path):
    path = rewrite_part(
        two_part_docx(tmp_path / "dtd.docx"), "word/_rels/document.xml.rels",
        lambda data: data.replace(b"?>", b"?><!DOCTYPE x>", 1),
    )
    for _ in range(2):
        with pytest.raises(UnreadableFile) as err:
            read_file(path, Limits())
        assert "DTD" in err.value.en
    assert not any(key[0] == "word/_rels/document.xml.rels" for key in docx_reader._rels_cache)


def test_damaged_relationships_read_the_body_every_time(tmp_path):
    path = rewrite_part(
        two_part_docx(tmp_path / "broken.docx"), "word/_rels/document.xml.rels", lambda data: data[: len(data) // 2]
    )
    assert read(path) == read(path)
    assert read(path)[1] == []  # no header without the relationships


def test_cached_relationships_are_refused_under_a_lower_depth_limit(tmp_path):
    deep = ("<x>" * 70 + "</x>" * 70 + "</Relationships>").encode()
    path = rewrite_part(
        two_part_docx(tmp_path / "deep.docx"), "word/_rels/document.xml.rels",
        lambda data: data.replace(b"</Relationships>", deep),
    )
    assert read(path)[1]  # parsed and cached under the default limit
    with pytest.raises(UnreadableFile) as err:
        read_file(path, Limits(max_xml_depth=60))
    assert "60" in err.value.sv
