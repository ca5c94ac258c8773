"""Fuzzing the two inputs a user hands us: documents and rule files.

* Real .docx files from samples/, mutated (byte flips, truncation, a member replaced by mutated XML,
  a member deleted): ``read_file`` and ``load_document`` return a result or raise UnreadableFile -
  nothing else.
* Real rule and lexicon YAML from rules/, mutated: ``load_rules([dir])`` loads or raises RuleError
  whose every line is "file:line: ..." - nothing else.

Deterministic (derandomize=True) and bounded for CI (about 35 s): 500 documents and 80 rule
folders (each load_rules call also reads the ~20 default rule files). BBICCHECK_FUZZ_EXAMPLES sets
both budgets for a long run, e.g. ``BBICCHECK_FUZZ_EXAMPLES=20000 pytest tests/hostile/test_fuzz.py``
(see docs/robustness.md).
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from make_inputs import ROOT, SAMPLES

from bbiccheck.load import load_document
from bbiccheck.load.base import Limits, ReadResult, UnreadableFile
from bbiccheck.load.readers import read_file
from bbiccheck.model import Document
from bbiccheck.ruleset import RuleError, load_rules

BUDGET = os.environ.get("BBICCHECK_FUZZ_EXAMPLES")


def fuzz(default_examples: int):
    return settings(max_examples=int(BUDGET) if BUDGET else default_examples, derandomize=True, deadline=None,
                    database=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


DOCX = {p.relative_to(SAMPLES).as_posix(): p.read_bytes()
        for p in sorted(SAMPLES.glob("0[1-4]*/*.docx"))[:6]}  # a handful of real, varied documents
RULE_FILES = sorted((ROOT / "rules").rglob("*.yaml"))
LIMITS = Limits(max_uncompressed_bytes=50 * 1024 * 1024)  # keeps a lucky bomb-like mutation cheap


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


# --------------------------------------------------------------------------------------------
# Documents

flips = st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.integers(0, 255)), min_size=1, max_size=30)


def flip(data: bytes, changes) -> bytes:
    out = bytearray(data)
    for where, value in changes:
        out[int(where * len(out))] = value
    return bytes(out)


def members(data: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return [(info.filename, z.read(info)) for info in z.infolist()]


def rezip(items: list[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            z.writestr(name, data)
    return buffer.getvalue()


XML_SNIPPETS = [b"<w:p>", b"</w:p>", b"<w:tbl><w:tr><w:tc>", b"</w:tc></w:tr></w:tbl>", b"<!DOCTYPE x [<!ENTITY a 'b'>]>",
                b"&amp;", b"&xxe;", b"\x00", b"\xff\xfe", b"<w:t>\xc3\x28</w:t>", b"<w:sdt><w:sdtContent>", b"]]>",
                b"<w:fldChar w:fldCharType=\"begin\"/>", b"<w:instrText>IF 1 = 1</w:instrText>", b"<?pi x?>",
                b"<w:pPr><w:outlineLvl w:val=\"999999999999\"/></w:pPr>", b"<w:numPr><w:ilvl w:val=\"-1\"/></w:numPr>"]


def edit(draw, data: bytes, how: str, snippets: list[bytes], max_snippets: int, max_cut: int) -> bytes:
    """One byte-level edit of ``data``: flip bytes, truncate, insert snippets, or delete a run."""
    if how == "flip":
        return flip(data, draw(flips))
    if how == "truncate":
        return data[: draw(st.integers(0, len(data)))]
    if how == "insert":
        at = draw(st.integers(0, len(data)))
        return data[:at] + b"".join(draw(st.lists(st.sampled_from(snippets), min_size=1, max_size=max_snippets))) + data[at:]
    a = draw(st.integers(0, len(data)))
    return data[:a] + data[a + draw(st.integers(1, max_cut)):]


@st.composite
def mutated_docx(draw) -> bytes:
    data = DOCX[draw(st.sampled_from(sorted(DOCX)))]
    how = draw(st.sampled_from(["flip", "truncate", "replace_member", "delete_member"]))
    if how == "flip":
        return flip(data, draw(flips))
    if how == "truncate":
        return data[: draw(st.integers(0, len(data) - 1))]
    items = members(data)
    index = draw(st.integers(0, len(items) - 1))
    if how == "delete_member":
        return rezip(items[:index] + items[index + 1:])
    name, xml = items[index]
    xml = edit(draw, xml, draw(st.sampled_from(["flip", "truncate", "insert", "delete"])), XML_SNIPPETS, 5, 400)
    return rezip(items[:index] + [(name, xml)] + items[index + 1:])


@fuzz(500)
@given(data=mutated_docx())
def test_mutated_docx_is_read_or_refused(data, workdir, lexicon):
    path = workdir / "fuzz.docx"
    path.write_bytes(data)
    try:
        assert isinstance(read_file(path, LIMITS), ReadResult)
    except UnreadableFile as error:
        assert "\n" not in error.sv and "\n" not in error.en
        return
    try:  # readable: the rest of loading (sections, dates, type) must cope too
        assert isinstance(load_document(path, "fuzz.docx", lexicon, LIMITS), Document)
    except UnreadableFile:
        pass


# --------------------------------------------------------------------------------------------
# Rule files

PROBLEM_LINE = re.compile(r"^.+\.yaml:\d+: \S")
YAML_SNIPPETS = [s.encode() for s in [
    "\t", ": ", "- ", "{", "}", "[", "]", "&a ", "*a", "!!python/object:os.system ", "'", '"', "#", "\n", "\n  ", "? ",
    "---\n", "...\n", "%YAML 1.1\n", "~", "0x1F", "1e999", "é", "\x00", "\ufeff", "<<: *a"]]


@st.composite
def mutated_rules(draw) -> tuple[str, bytes]:
    """(relative path inside a local rule folder, bytes): a rule file under a new id, or a lexicon file."""
    path = draw(st.sampled_from(RULE_FILES))
    text = path.read_text(encoding="utf-8")
    if "lexicon" in path.parts:
        name = f"lexicon/{path.name}"
    else:  # a new id, so that the copy is not a duplicate of the default rule
        text = re.sub(rf"\b{re.escape(path.stem)}\b", "FUZZ01", text)
        name = "fuzz/FUZZ01.yaml"
    data = text.encode("utf-8")
    how = draw(st.sampled_from(["flip", "truncate", "insert", "delete", "swap_lines"]))
    if how != "swap_lines":
        return name, edit(draw, data, how, YAML_SNIPPETS, 4, 200)
    lines = data.split(b"\n")
    i, j = draw(st.integers(0, len(lines) - 1)), draw(st.integers(0, len(lines) - 1))
    lines[i], lines[j] = lines[j], lines[i]
    return name, b"\n".join(lines)


@fuzz(80)
@given(mutation=mutated_rules())
def test_mutated_rule_files_load_or_raise_rule_error(mutation, workdir):
    name, data = mutation
    folder = workdir / "rules"
    shutil.rmtree(folder, ignore_errors=True)
    (folder / name).parent.mkdir(parents=True)
    (folder / name).write_bytes(data)
    try:
        load_rules([folder])
    except RuleError as error:
        for line in str(error).splitlines():
            assert PROBLEM_LINE.match(line), line
            assert "Traceback" not in line


@pytest.mark.parametrize("template", ["Målet {missing_facets", "Målet {a{b}} är", "Målet } är", "{a!}"])
def test_broken_message_template_is_a_rule_error(template, workdir):
    """Found by the long fuzz run: a stray brace in a message made load_rules raise ValueError."""
    folder = workdir / "templates"
    shutil.rmtree(folder, ignore_errors=True)
    (folder / "mal").mkdir(parents=True)
    text = (ROOT / "rules" / "mal" / "MAL01.yaml").read_text(encoding="utf-8").replace("MAL01", "FUZZ01")
    lines = text.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("  sv: ") and i and lines[i - 1] == "message:")
    lines[at] = f"  sv: {json.dumps(template, ensure_ascii=False)}"
    (folder / "mal" / "FUZZ01.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(RuleError) as error:
        load_rules([folder])
    message = str(error.value)
    assert "\n" not in message and f"FUZZ01.yaml:{at + 1}: message: not a valid template (" in message
    assert message.endswith("); write a literal brace as {{ or }}")


def test_rule_file_not_utf8_is_a_rule_error(workdir):
    """Found by fuzzing: a byte that is not UTF-8 made load_rules raise UnicodeDecodeError."""
    folder = workdir / "encoding"
    shutil.rmtree(folder, ignore_errors=True)
    (folder / "mal").mkdir(parents=True)
    text = (ROOT / "rules" / "mal" / "MAL01.yaml").read_text(encoding="utf-8").replace("MAL01", "FUZZ01")
    (folder / "mal" / "FUZZ01.yaml").write_bytes(text.encode("utf-8").replace("Målet".encode(), "M\xe5let".encode("latin-1"), 1))
    with pytest.raises(RuleError) as error:
        load_rules([folder])
    assert re.fullmatch(r".*FUZZ01\.yaml:\d+: not UTF-8 text \(byte 0xe5\); save the file as UTF-8", str(error.value))
