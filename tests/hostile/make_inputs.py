"""Builds the hostile batch folder the tests in this folder run the CLI on.

Everything is written under a folder the caller gives (a pytest ``tmp_path``): no binary junk is
committed. ``build_batch`` returns a ``Batch`` naming each file and what the run must say about it.
The low-level builders (zip bomb, CFB, nested tables) are shared with tests/load/docx_factory.py.
"""

from __future__ import annotations

import os
import random
import shutil
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
sys.path.insert(0, str(ROOT / "tests" / "load"))

from docx_factory import (
    DocxFactory,
    cfb,
    document_xml,
    docx_with_document_xml,
    nested_tables,
    p,
    zip_bomb,
)

# Two real documents of a case with known findings (samples/expected.yaml); the first is copied
# again under an odd name.
GOOD = [SAMPLES / "03_kevin_forsenad_utredning" / "genomforandeplan.docx",  # findings of its own (MAL01)
        SAMPLES / "03_kevin_forsenad_utredning" / "utredning.docx"]
ODD_NAME = "-Åsa \"Ölund\" 'ärende' 🙂 plan.docx"  # spaces, åäö, emoji, both quotes, leading dash
MARKER = "Zebrakvastens hemliga mening nummer 7319 står bara här."  # unique text: must never reach logs


@dataclass
class Batch:
    folder: Path
    broken: dict[str, str] = field(default_factory=dict)  # file name -> what is wrong with it
    good: list[str] = field(default_factory=list)  # file names that must be checked
    notes: list[str] = field(default_factory=list)  # how something was simulated


def good_docx(path: Path, paragraphs: list[str]) -> Path:
    f = DocxFactory()
    f.doc.add_heading("Utredning", level=1)
    for text in paragraphs:
        f.doc.add_paragraph(text)
    return f.save(path)


def truncated_zip(path: Path, source: Path) -> Path:
    data = source.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def without_member(path: Path, source: Path, member: str) -> Path:
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename != member:
                dst.writestr(info.filename, src.read(info))
    return path


XXE = ('<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
       + document_xml(p("<w:r><w:t>&xxe;</w:t></w:r>")).split("?>", 1)[1])
LAUGHS = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
          + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10))
          + "]>" + document_xml(p("<w:r><w:t>&lol9;</w:t></w:r>")).split("?>", 1)[1])


VOCABULARY = ["barnet", "mamman", "pappan", "skolan", "förskolan", "kompisar", "frånvaro", "oro", "trygghet", "samtal", "hembesök", "nätverk", "mormor", "morfar", "fritids", "läxor", "sömn", "mat", "hälsa", "tandvård", "vaccinationer", "kurator", "lärare", "rektor", "socialsekreteraren", "berättar", "uppger", "beskriver", "träffade", "ringde", "skrev", "önskar", "behöver", "saknar", "fungerar", "bra", "dåligt", "ibland", "ofta", "sällan", "aldrig", "alltid", "hemma", "ute", "i", "på", "med", "till", "om", "efter", "före"]


FILLER = ["det", "den", "som", "och", "att", "en", "ett", "har", "var", "är", "kan", "ska", "inte", "också", "men", "när", "där", "här", "hos", "vid", "från", "under", "eftersom", "därför", "sedan", "kvar", "hela", "dagen", "veckan", "mycket", "lite", "andra", "några"]


def varied_text(rng: random.Random, words: int, dated: float = 0.15) -> str:
    """Plausible-looking Swedish-ish prose, different in every paragraph (so it compresses like a
    real document, not like a zip bomb); about one sentence in seven carries a date."""
    out = [rng.choice(VOCABULARY if rng.random() < 0.4 else FILLER) for _ in range(words)]
    if rng.random() < dated:
        out.insert(rng.randrange(words), f"{rng.randint(1, 28)} {rng.choice(['mars', 'april', 'maj'])} 2026")
    return " ".join(out).capitalize() + "."


def big_docx(path: Path, paragraphs: int) -> Path:
    """A long document: ``paragraphs`` varied paragraphs written as raw XML (fast to build)."""
    rng = random.Random(60_000)
    body = p("Utredning", outline=0) + "".join(p(varied_text(rng, 14)) for _ in range(paragraphs))
    return docx_with_document_xml(path, document_xml(body))


def long_paragraph_docx(path: Path, chars: int = 1_200_000) -> Path:
    """One paragraph longer than spaCy's default max_length (1,000,000 characters)."""
    rng = random.Random(1_000_000)
    sentences: list[str] = []
    total = 0
    while total < chars:
        sentences.append(varied_text(rng, 12))
        total += len(sentences[-1]) + 1
    return docx_with_document_xml(path, document_xml(p("Utredning", outline=0) + p(" ".join(sentences))
                                                     + p("Sista stycket efter det långa.")))


def build_batch(folder: Path, big_paragraphs: int = 60_000) -> Batch:
    folder.mkdir(parents=True, exist_ok=True)
    batch = Batch(folder)
    b = batch.broken

    (folder / "tom.docx").write_bytes(b"")
    b["tom.docx"] = "empty"
    (folder / "slumpbytes.docx").write_bytes(random.Random(7).randbytes(40_000))
    b["slumpbytes.docx"] = "random bytes"
    truncated_zip(folder / "avkortad.docx", GOOD[0])
    b["avkortad.docx"] = "truncated zip"
    (folder / "text.docx").write_text("Det här är bara text som fått fel filändelse.\n", encoding="utf-8")
    b["text.docx"] = "text renamed .docx"
    cfb(folder / "krypterad.docx", ["EncryptionInfo", "EncryptedPackage"])
    b["krypterad.docx"] = "encrypted Office file"
    cfb(folder / "gammal.doc", ["WordDocument", "1Table", "\x05SummaryInformation"])
    b["gammal.doc"] = "legacy .doc"
    without_member(folder / "utan_dokument.docx", GOOD[0], "word/document.xml")
    b["utan_dokument.docx"] = "no word/document.xml"
    docx_with_document_xml(folder / "xxe.docx", XXE)
    b["xxe.docx"] = "external entity"
    docx_with_document_xml(folder / "skratt.docx", LAUGHS)
    b["skratt.docx"] = "billion laughs"
    zip_bomb(folder / "bomb.docx", gigabytes=3)  # 3 GB of zeros in ~3 MB
    b["bomb.docx"] = "zip bomb"
    docx_with_document_xml(folder / "nastlad.docx", document_xml(nested_tables(5000)))
    b["nastlad.docx"] = "tables nested 5000 deep"
    os.symlink("slinga.docx", folder / "slinga.docx")  # points at itself: ELOOP
    b["slinga.docx"] = "symlink loop"

    # An unreadable file. chmod 000 does not stop root, so as root a FIFO stands in for it (opening a
    # FIFO for reading would block forever: the reader must refuse it without opening it).
    os.mkfifo(folder / "ror.docx")
    b["ror.docx"] = "FIFO (not a regular file)"
    if os.geteuid() != 0:
        locked = shutil.copy(GOOD[0], folder / "last.docx")
        os.chmod(locked, 0)
        b["last.docx"] = "chmod 000"
    else:
        batch.notes.append("running as root: chmod 000 does not stop reading; a FIFO (ror.docx) simulates it")

    for source in GOOD:
        shutil.copy(source, folder / source.name)
        batch.good.append(source.name)
    shutil.copy(GOOD[0], folder / ODD_NAME)
    batch.good.append(ODD_NAME)
    big_docx(folder / "lang_60000.docx", big_paragraphs)
    batch.good.append("lang_60000.docx")
    long_paragraph_docx(folder / "jattestycke.docx")
    batch.good.append("jattestycke.docx")
    return batch


def restore_permissions(folder: Path) -> None:
    """So that pytest can clean tmp_path up."""
    for path in folder.rglob("*"):
        if not path.is_symlink() and path.is_file():
            os.chmod(path, 0o644)
