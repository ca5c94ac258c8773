"""What the .docx reader's shortcuts must not change: the styles cache and the whitespace fast paths.

All names are fictional.
"""

from __future__ import annotations

import random
import re
import struct
import zipfile
from pathlib import Path

import pytest
from docx_factory import DocxFactory, rewrite_part

from bbiccheck.load import docx_reader
from bbiccheck.load.base import Limits, UnreadableFile
from bbiccheck.load.readers import read_file
from bbiccheck.load.textnorm import clean_text
from bbiccheck.model import BlockKind


def heading_docx(path: Path) -> Path:
    f = DocxFactory()
    f.doc.add_heading("Analys", level=1)
    f.doc.add_paragraph("Elsa har berättat om skolan.")
    return f.save(path)


def kinds(path: Path, limits: Limits | None = None) -> list[tuple[BlockKind, str]]:
    return [(b.kind, b.text) for b in read_file(path, limits or Limits()).blocks]


@pytest.fixture(autouse=True)
def empty_cache():
    docx_reader._styles_cache.clear()
    yield
    docx_reader._styles_cache.clear()


def test_shared_template_is_parsed_once_and_reads_the_same(tmp_path):
    first, second = heading_docx(tmp_path / "a.docx"), heading_docx(tmp_path / "b.docx")
    expected = [(BlockKind.heading, "Analys"), (BlockKind.paragraph, "Elsa har berättat om skolan.")]
    assert kinds(first) == expected
    assert len(docx_reader._styles_cache) == 1
    assert kinds(second) == expected  # from the cache
    assert len(docx_reader._styles_cache) == 1


def test_a_template_saved_at_another_time_is_found_in_the_cache(tmp_path):
    first = heading_docx(tmp_path / "a.docx")
    later = tmp_path / "b.docx"
    with zipfile.ZipFile(first) as source, zipfile.ZipFile(later, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():  # the same parts, dated otherwise in their local headers
            target.writestr(zipfile.ZipInfo(info.filename, (2001, 2, 3, 4, 5, 6)), source.read(info), zipfile.ZIP_DEFLATED)
    assert kinds(first) == kinds(later)
    assert len(docx_reader._styles_cache) == 1


def test_cached_styles_are_still_refused_under_a_lower_depth_limit(tmp_path):
    deep = ("<w:x>" * 70 + "</w:x>" * 70 + "</w:docDefaults>").encode()
    path = rewrite_part(
        heading_docx(tmp_path / "deep.docx"), "word/styles.xml", lambda data: data.replace(b"</w:docDefaults>", deep)
    )
    assert kinds(path)[0] == (BlockKind.heading, "Analys")  # parsed and cached under the default limit
    with pytest.raises(UnreadableFile) as err:
        read_file(path, Limits(max_xml_depth=60))
    assert "60" in err.value.sv


def test_styles_with_a_dtd_are_refused_every_time(tmp_path):
    path = rewrite_part(
        heading_docx(tmp_path / "dtd.docx"), "word/styles.xml", lambda data: data.replace(b"?>", b"?><!DOCTYPE x>", 1)
    )
    for _ in range(2):
        with pytest.raises(UnreadableFile) as err:
            read_file(path, Limits())
        assert "DTD" in err.value.en
    assert not docx_reader._styles_cache


def test_damaged_styles_still_read_the_body_every_time(tmp_path):
    path = rewrite_part(heading_docx(tmp_path / "broken.docx"), "word/styles.xml", lambda data: data[: len(data) // 2])
    assert kinds(path) == kinds(path)
    assert (BlockKind.paragraph, "Elsa har berättat om skolan.") in kinds(path)


def test_cache_is_bounded(tmp_path, monkeypatch):
    monkeypatch.setattr(docx_reader, "_STYLES_CACHE_SIZE", 2)
    for i in range(4):
        path = rewrite_part(
            heading_docx(tmp_path / f"{i}.docx"), "word/styles.xml", lambda data, i=i: data + f"<!-- {i} -->".encode()
        )
        kinds(path)
    assert len(docx_reader._styles_cache) == 2


def with_repeated_comments(path: Path, times: int) -> Path:
    """A comments part referenced ``times`` over: each reference reads it again, against the budget."""
    comments = (
        '<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        '<w:comment w:id="0"><w:p><w:r><w:t>' + "Kommentar. " * 400 + "</w:t></w:r></w:p></w:comment></w:comments>"
    ).encode()
    kind = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
    rels = "".join(f'<Relationship Id="rC{i}" Type="{kind}" Target="comments.xml"/>' for i in range(times)).encode()
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/comments.xml", comments)
    return rewrite_part(path, "word/_rels/document.xml.rels", lambda data: data.replace(b"</Relationships>", rels + b"</Relationships>"))


def test_cached_styles_count_against_the_byte_budget_as_a_read_does(tmp_path):
    path = with_repeated_comments(heading_docx(tmp_path / "budget.docx"), times=300)

    def reads(budget: int, cached: bool) -> bool:
        docx_reader._styles_cache.clear()
        if cached:
            read_file(path, Limits())
        try:
            read_file(path, Limits(max_uncompressed_bytes=budget))
            return True
        except UnreadableFile:
            return False

    low, high = 1, 100 * 1024 * 1024  # the smallest budget that reads the file with a cold cache
    assert reads(high, cached=False) and not reads(low, cached=False)
    while high - low > 1:
        middle = (low + high) // 2
        low, high = (low, middle) if reads(middle, cached=False) else (middle, high)
    assert reads(high, cached=True)
    assert not reads(high - 1, cached=True)  # refused by the budget, the styles coming from the cache


def test_a_styles_part_that_fails_its_checksum_is_refused_though_its_bytes_are_cached(tmp_path):
    good = heading_docx(tmp_path / "good.docx")
    assert kinds(good)[0] == (BlockKind.heading, "Analys")  # cached
    with zipfile.ZipFile(good) as z:
        crc = struct.pack("<I", z.getinfo("word/styles.xml").CRC)
    data = good.read_bytes()
    assert data.count(crc) == 2  # the local header and the central directory
    bad = tmp_path / "bad.docx"
    bad.write_bytes(data.replace(crc, struct.pack("<I", (struct.unpack("<I", crc)[0] ^ 1))))
    with pytest.raises(UnreadableFile):
        read_file(bad, Limits())


# The regex formulation clean_text had before its fast paths: the reference it must still match.
_DROP = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff\x00-\x08\x0e-\x1b\x7f]")
_LINE_BREAK = re.compile("\r\n?|[\u2028\u2029]")
_BLANKS = re.compile(r"[^\S\n]+")


def reference_clean_text(text: str) -> str:
    text = _LINE_BREAK.sub("\n", _DROP.sub("", text))
    lines = (_BLANKS.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def test_clean_text_matches_the_regex_reference():
    alphabet = "ab é\t\n\r\x0b\x0c\x1c\x1f\x85\xa0\u1680\u2007\u2028\u2029\u200b\u3000\x00\x7f\u00ad\ufeff"
    rng = random.Random(20261126)
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        assert clean_text(text) == reference_clean_text(text), repr(text)
    assert clean_text(" Elsa\u00a0 bor\r\nhär\r\r\u2028 \u200bnu ") == "Elsa bor\nhär\nnu"
