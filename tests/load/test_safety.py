"""Hostile, broken and mislabelled files: each is refused fast with a clear message, never a crash.

Every refusal is an ``UnreadableFile`` with a Swedish and an English one-line message that says
what is wrong and what to do, and never quotes document content.
"""

from __future__ import annotations

import io
import os
import random
import time
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from docx_factory import (
    DocxFactory,
    cfb,
    document_xml,
    docx_with_document_xml,
    lying_zip,
    minimal_pdf,
    nested_tables,
    p,
    zip_bomb,
)

from bbiccheck.load import safety
from bbiccheck.load.base import Limits, UnreadableFile
from bbiccheck.load.readers import read_file

SECRET = "Hemlig mening om Elsa Lindqvist."


def refused(path: Path, limits: Limits | None = None) -> UnreadableFile:
    with pytest.raises(UnreadableFile) as err:
        read_file(path, limits or Limits())
    error = err.value
    for message in (error.sv, error.en):
        assert message and "\n" not in message and "–" in message  # what is wrong – what to do
        assert SECRET not in message
    return error


def simple_docx(path: Path, text: str = SECRET) -> Path:
    f = DocxFactory()
    f.doc.add_paragraph(text)
    return f.save(path)


# --------------------------------------------------------------------------------------------
# Zip containers


def test_zip_bomb_refused_fast_with_flat_memory(tmp_path):
    path = zip_bomb(tmp_path / "bomb.docx", gigabytes=2)
    assert path.stat().st_size < 3 * 1024 * 1024
    tracemalloc.start()
    started = time.perf_counter()
    try:
        error = refused(path)
        elapsed = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert "avvisades" in error.sv and "refused" in error.en
    assert elapsed < 0.5
    assert peak < 20 * 1024 * 1024


def test_zip_bomb_total_size_limit_without_ratio(tmp_path):
    """Even with the ratio check switched off, the declared total is over the limit."""
    error = refused(zip_bomb(tmp_path / "bomb.docx", gigabytes=1), Limits(max_compression_ratio=1e9))
    assert "MB" in error.sv


def test_lying_headers_never_inflate_past_declared_size(tmp_path):
    """The directory says 1000 bytes; the data inflates to 64 MB. Reading stops at the declared size."""
    path = lying_zip(tmp_path / "lie.docx", declared_size=1000, megabytes=64)
    with safety.SafeZip(path, Limits()) as z:
        tracemalloc.start()
        try:
            data = z.read("word/document.xml")
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert len(data) <= 1000
    assert peak < 8 * 1024 * 1024
    refused(path)


def test_read_budget_holds_across_members(tmp_path):
    path = simple_docx(tmp_path / "ok.docx")
    with safety.SafeZip(path, Limits()) as z:
        z._budget = 100  # as if earlier members had used up the allowance
        with pytest.raises(UnreadableFile):
            z.read("word/document.xml")


def test_too_many_entries(tmp_path):
    path = tmp_path / "many.docx"
    with zipfile.ZipFile(path, "w") as z:
        for i in range(60):
            z.writestr(f"word/media/image{i}.png", b"x")
    error = refused(path, Limits(max_zip_entries=50))
    assert "60" in error.sv


def test_file_size_limit(tmp_path):
    error = refused(simple_docx(tmp_path / "big.docx"), Limits(max_file_bytes=1000))
    assert "max_file_bytes" in error.sv


def test_truncated_zip(tmp_path):
    data = simple_docx(tmp_path / "ok.docx").read_bytes()
    path = tmp_path / "cut.docx"
    path.write_bytes(data[: len(data) // 2])
    error = refused(path)
    assert "skadad" in error.sv and "damaged" in error.en


def test_corrupt_member_data(tmp_path):
    """A valid directory but garbage where the deflate stream of document.xml should be."""
    data = bytearray(simple_docx(tmp_path / "ok.docx").read_bytes())
    with zipfile.ZipFile(tmp_path / "ok.docx") as z:
        info = z.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data[start : start + info.compress_size] = random.Random(1).randbytes(info.compress_size)
    path = tmp_path / "garbled.docx"
    path.write_bytes(bytes(data))
    refused(path)



def test_zip_above_the_memory_size_is_read_from_disk_alike(tmp_path, monkeypatch):
    """A zip of ordinary size is read into memory at once, a larger one from the file as needed: the same
    document and the same refusals either way."""
    good = simple_docx(tmp_path / "ok.docx")
    bomb = zip_bomb(tmp_path / "bomb.docx", gigabytes=1)
    lie = lying_zip(tmp_path / "lie.docx", declared_size=1000, megabytes=8)

    def outcome():
        return read_file(good, Limits()), refused(bomb).en, refused(lie).en

    with safety.SafeZip(good, Limits()) as z:
        assert isinstance(z._file, io.BytesIO)
    in_memory = outcome()
    monkeypatch.setattr(safety, "IN_MEMORY_BYTES", 0)
    with safety.SafeZip(good, Limits()) as z:
        assert not isinstance(z._file, io.BytesIO)
    assert outcome() == in_memory

def test_missing_document_xml(tmp_path):
    path = tmp_path / "empty-package.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
    error = refused(path)
    assert "word/document.xml" in error.sv


def test_plain_zip_with_unsupported_name(tmp_path):
    path = tmp_path / "arkiv.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("a.txt", "hej")
    error = refused(path)
    assert ".docx" in error.sv and "stöds inte" in error.sv


# --------------------------------------------------------------------------------------------
# XML


BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10))
    + ']><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    "<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"
)

EXTERNAL_ENTITY = (
    '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    "<w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>"
)


def test_entity_expansion_refused(tmp_path):
    started = time.perf_counter()
    error = refused(docx_with_document_xml(tmp_path / "lol.docx", BILLION_LAUGHS))
    assert time.perf_counter() - started < 1
    assert "DTD" in error.sv


def test_external_entity_refused_and_never_read(tmp_path):
    error = refused(docx_with_document_xml(tmp_path / "xxe.docx", EXTERNAL_ENTITY))
    assert "DTD" in error.en
    assert "root:" not in error.sv + error.en


def test_dtd_refused_even_in_utf16(tmp_path):
    data = EXTERNAL_ENTITY.replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="UTF-16"?>')
    encoded = "\ufeff".encode("utf-16-le") + data.encode("utf-16-le")
    error = refused(docx_with_document_xml(tmp_path / "xxe16.docx", encoded))
    assert "DTD" in error.en


def test_parse_xml_options_refuse_entities_after_the_scan():
    """Second line of defence: if a DTD got past the byte scan, the parsed tree is still refused."""
    original = safety._DOCTYPE_MARKERS
    try:
        safety._DOCTYPE_MARKERS = ()
        with pytest.raises(UnreadableFile) as err:
            safety.parse_xml(EXTERNAL_ENTITY.encode(), Limits(), "word/document.xml")
        assert "DTD" in err.value.en
    finally:
        safety._DOCTYPE_MARKERS = original


def test_tables_nested_5000_deep(tmp_path):
    path = docx_with_document_xml(tmp_path / "deep.docx", document_xml(nested_tables(5000)))
    started = time.perf_counter()
    error = refused(path)
    assert time.perf_counter() - started < 2
    assert "nästlat" in error.sv and "nested" in error.en


def test_depth_limit_below_the_parser_limit(tmp_path):
    path = docx_with_document_xml(tmp_path / "deep.docx", document_xml(nested_tables(40)))
    assert read_file(path, Limits()).blocks  # 40 tables deep is fine by default
    error = refused(path, Limits(max_xml_depth=60))
    assert "60" in error.sv


def test_not_well_formed_document_xml(tmp_path):
    error = refused(docx_with_document_xml(tmp_path / "bad.docx", document_xml(p(SECRET))[:-30]))
    assert "word/document.xml" in error.sv


# --------------------------------------------------------------------------------------------
# Mislabelled and non-document files


def test_empty_file(tmp_path):
    path = tmp_path / "tom.docx"
    path.write_bytes(b"")
    assert "tom" in refused(path).sv


def test_random_bytes(tmp_path):
    path = tmp_path / "brus.docx"
    path.write_bytes(b"\x00\x01" + random.Random(7).randbytes(5000))
    error = refused(path)
    assert "inte ett läsbart dokument" in error.sv


def test_text_renamed_docx(tmp_path):
    path = tmp_path / "anteckning.docx"
    path.write_text(SECRET + "\nMer text.\n", encoding="utf-8")
    error = refused(path)
    assert "vanlig text" in error.sv and ".txt" in error.sv


def test_rtf_renamed_doc(tmp_path):
    path = tmp_path / "gammal.doc"
    path.write_bytes(b"{\\rtf1\\ansi " + SECRET.encode("cp1252") + b"}")
    assert "RTF" in refused(path).sv


def test_pdf_renamed_docx_is_read_as_pdf(tmp_path):
    page = [(72, 700, "Elsa Lindqvist har kallats till samtal den 4 april 2026.", 11, False)]
    path = minimal_pdf(tmp_path / "brev-egentligen-pdf.docx", [page])
    assert [b.text for b in read_file(path, Limits()).blocks] == [
        "Elsa Lindqvist har kallats till samtal den 4 april 2026."
    ]


def test_ole_encrypted_office_file(tmp_path):
    path = cfb(tmp_path / "lösen.docx", ["\x06DataSpaces", "EncryptionInfo", "EncryptedPackage"])
    error = refused(path)
    assert error.sv == "Filen är lösenordsskyddad – spara en kopia utan lösenord och kör igen."
    assert error.en == "The file is password-protected – save a copy without a password and run again."


def test_ole_directory_spanning_several_sectors(tmp_path):
    streams = [f"Stream{i}" for i in range(9)] + ["EncryptedPackage"]  # 11 entries: 3 directory sectors
    assert "EncryptedPackage" in safety.ole_stream_names(cfb(tmp_path / "x.docx", streams))
    assert "lösenordsskyddad" in refused(tmp_path / "x.docx").sv


def test_legacy_doc_hand_made(tmp_path):
    error = refused(cfb(tmp_path / "gammal.doc", ["WordDocument", "1Table", "\x05SummaryInformation"]))
    assert error.sv == "Filen är ett äldre Word-format (.doc) – spara som .docx och kör igen."


def test_corrupt_ole_header_still_gets_a_message(tmp_path):
    path = tmp_path / "trasig.doc"
    path.write_bytes(safety.MAGIC_OLE + b"\xff" * 600)
    assert ".doc" in refused(path).sv


# --------------------------------------------------------------------------------------------
# File-system problems


def test_missing_file(tmp_path):
    assert "finns inte" in refused(tmp_path / "saknas.docx").sv


def test_directory(tmp_path):
    folder = tmp_path / "mapp.docx"
    folder.mkdir()
    assert "mapp" in refused(folder).sv


def test_symlink_loop(tmp_path):
    a, b = tmp_path / "a.docx", tmp_path / "b.docx"
    a.symlink_to(b)
    b.symlink_to(a)
    assert "länkslinga" in refused(a).sv


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root can read any file")
def test_permission_denied(tmp_path):
    path = simple_docx(tmp_path / "låst.docx")
    path.chmod(0)
    try:
        assert "behörighet" in refused(path).sv
    finally:
        path.chmod(0o600)


def test_permission_denied_message(tmp_path, monkeypatch):
    """The same path as above, also when the tests run as root (who may read anything)."""
    path = simple_docx(tmp_path / "låst.docx")

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("bbiccheck.load.safety.open", denied, raising=False)
    error = refused(path)
    assert "behörighet" in error.sv and "permission" in error.en


def test_unsupported_extension(tmp_path):
    path = tmp_path / "bild.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0" + bytes(100))
    error = refused(path)
    assert ".jpg" in error.sv and ".docx" in error.sv and ".pdf" in error.en


def test_original_is_never_modified(tmp_path):
    path = simple_docx(tmp_path / "orig.docx")
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    path.chmod(0o444)
    read_file(path, Limits())
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_text_files_go_to_the_text_reader(tmp_path):
    path = tmp_path / "anteckning.md"
    path.write_text("# Bakgrund\n\nElsa bor med sin mamma.\n", encoding="utf-8")
    assert [b.text for b in read_file(path, Limits()).blocks] == ["Bakgrund", "Elsa bor med sin mamma."]
