"""Errors a person understands, and the rare paragraph that spaCy would refuse.

* Every ``UnreadableFile`` message of the readers, in Swedish and English: one line, "what is wrong
  – what to do", no Python names, no document text.
* A bug inside a reader becomes a one-line error for that file (exit code 4, no traceback); with
  --debug the traceback is shown.
* A paragraph over spaCy's ``max_length`` (1,000,000 characters) is annotated in pieces, with the
  same sentences, offsets and cues as in one piece (nlp.make_doc).
* A file or folder name that is not UTF-8 (made on another system) is checked and shown with U+FFFD
  in every report, never a traceback.
"""

from __future__ import annotations

import inspect
import json
import os
import random
import re
import shutil

import pytest
from conftest import TODAY, guard_env
from hostile_run import ACTIONS_EN, ACTIONS_SV, PYTHON_NAMES, run_cli
from hypothesis import given, settings
from hypothesis import strategies as st
from make_inputs import GOOD, varied_text

from bbiccheck.load import pdf_reader, readers, safety
from bbiccheck.load.base import UnreadableFile


def all_messages() -> list[tuple[str, UnreadableFile]]:
    """Every message factory of the readers, called with plausible arguments."""
    args = {"size": 123 * 1024 * 1024, "limit": 100, "what_sv": "för många delar i arkivet (3000, gränsen är 2000)",
            "what_en": "too many entries in the archive (3000, the limit is 2000)", "suffix": ".docx",
            "part": "word/document.xml", "pages": 3000, "error": PermissionError(13, "Permission denied")}
    found = []
    for module in (safety, readers, pdf_reader):
        for name, fn in inspect.getmembers(module, inspect.isfunction):
            signature = inspect.signature(fn)
            if fn.__module__ != module.__name__ or signature.return_annotation not in ("UnreadableFile", UnreadableFile) \
                    or name == "ole_error":  # picks one of the messages below by reading a file
                continue
            assert all(p in args for p in signature.parameters), f"{name}: add its parameters to args"
            found.append((f"{module.__name__}.{name}", fn(**{p: args[p] for p in signature.parameters})))
    for error in (FileNotFoundError(2, "x"), IsADirectoryError(21, "x"), OSError(40, "Too many levels of symbolic links"),
                  OSError(5, "Input/output error")):
        found.append((f"readers._os_error({type(error).__name__})", readers._os_error(error)))
    return found


def test_there_are_many_messages():
    names = {name for name, _ in all_messages()}
    assert len(names) >= 20, names


@pytest.mark.parametrize("name,error", all_messages(), ids=[n for n, _ in all_messages()])
def test_message_says_what_is_wrong_and_what_to_do(name, error):
    for message, actions in ((error.sv, ACTIONS_SV), (error.en, ACTIONS_EN)):
        assert message and "\n" not in message and len(message) < 250, message
        problem, sep, todo = message.partition(" – ")
        assert sep and problem[0].isupper() and todo, f"{name}: {message}"
        assert any(a in todo for a in actions), f"{name}: no action in {message!r}"
        assert not PYTHON_NAMES.search(message), message
    # each language names the thing it is about first (and the Swedish one is not English)
    assert re.match(r"(Filen|Filtypen|Dokumentet|Dokumentets|Sökvägen|PDF-filen|Textfilens)\b", error.sv), error.sv
    assert error.en.startswith("The "), error.en


# --------------------------------------------------------------------------------------------
# A bug in a reader


@pytest.fixture(scope="module")
def one_document(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bug") / "arende"
    folder.mkdir()
    shutil.copy(GOOD[0], folder / "plan.docx")
    return folder


def test_reader_bug_becomes_one_line_error_without_traceback(one_document, tmp_path):
    run = run_cli(["check", str(one_document), "--format", "json", "--today", TODAY], tmp_path,
                  guard_env(tmp_path / "guard.log", BBICCHECK_GUARD_READER_BUG="1"), timeout=60)
    assert run.returncode == 4, run.stderr
    assert "Traceback" not in run.stderr and run.stderr.strip() == ""
    (case,) = json.loads(run.stdout)["cases"]
    (error,) = case["errors"]
    assert error["path"].endswith("plan.docx")
    assert "\n" not in error["message"] and " – " in error["message"] and "kör igen" in error["message"]
    assert case["documents"] == []


def test_reader_bug_with_debug_shows_the_traceback(one_document, tmp_path):
    run = run_cli(["check", str(one_document), "--format", "json", "--today", TODAY, "--debug"], tmp_path,
                  guard_env(tmp_path / "guard.log", BBICCHECK_GUARD_READER_BUG="1"), timeout=60)
    assert run.returncode != 0
    assert "Traceback (most recent call last)" in run.stderr and "KeyError" in run.stderr
    assert "_buggy_dispatch" in run.stderr  # the frame where the bug is


# --------------------------------------------------------------------------------------------
# File names that are not UTF-8


@pytest.fixture(scope="module")
def latin1_names(tmp_path_factory):
    """A caseload whose folder and document are named in Latin-1 bytes ('ärende', 'Åsa'), as a file
    copied from an old Windows share can be: on Linux such a name is bytes that are not UTF-8."""
    root = tmp_path_factory.mktemp("names")
    case = root / os.fsdecode(b"\xe4rende-1")
    case.mkdir()
    shutil.copy(GOOD[1], case / os.fsdecode(b"utredning \xc5sa.docx"))
    return root


@pytest.mark.parametrize("args,report", [(["--format", "json", "-o", "out.json"], "out.json"),
                                         (["--format", "html", "-o", "out.html"], "out.html"),
                                         (["--report-dir", "out", "--jobs", "1"], "out/caseload.json")],
                         ids=["json", "html", "caseload"])
def test_a_name_that_is_not_utf8_is_shown_with_a_replacement_character(latin1_names, tmp_path, args, report):
    run = run_cli(["check", str(latin1_names), "--today", TODAY, *args], tmp_path, timeout=120)
    assert run.returncode in (0, 1) and "Traceback" not in run.stderr, run.stderr
    text = (tmp_path / report).read_text(encoding="utf-8")
    assert "utredning \ufffdsa.docx" in text
    if report.endswith(".json"):
        (case,) = json.loads(text)["cases"]
        assert case["id"] == "\ufffdrende-1" and not case["errors"] and len(case["documents"]) == 1


# --------------------------------------------------------------------------------------------
# Paragraphs longer than spaCy's max_length


@pytest.fixture(scope="module")
def nlp():
    from bbiccheck.nlp import pipeline
    from bbiccheck.ruleset import load_rules

    lexicon = load_rules().lexicon
    return pipeline(lexicon.cues, lexicon.negatable)


def long_text(seed: int, sentences: int) -> str:
    rng = random.Random(seed)
    return " ".join(varied_text(rng, 12) + (" Inget missbruk förekommer inte." if i % 9 == 0 else "")
                    for i in range(sentences))


def test_over_long_paragraph_is_annotated_like_one_piece(nlp, monkeypatch):
    """With max_length lowered to 3,000, a 40,000-character paragraph is tokenised by make_doc in
    pieces; sentences, offsets, lemmas and cues (with negation) equal the unsplit result."""
    from bbiccheck.nlp import annotate

    text = long_text(3, 500)
    blocks = [(0, "Kort stycke före."), (1, text), (2, "Kort stycke efter.")]
    whole = annotate(nlp, blocks)
    monkeypatch.setattr(nlp, "max_length", 3_000)
    pieces = annotate(nlp, blocks)
    assert len(text) > 10 * nlp.max_length
    assert pieces == whole
    assert sum(c.negated for s in whole[1] for c in s.cues) > 0  # negation marks survive the joining
    for sentence in pieces[1]:
        assert text[sentence.start:sentence.end] == sentence.text
        for cue in sentence.cues:
            assert text[cue.start:cue.end] == cue.text


def test_paragraph_over_a_million_characters(nlp):
    """The real limit: spaCy raised E088 here before make_doc."""
    from bbiccheck.nlp import annotate

    text = long_text(4, 15_000)
    assert len(text) > 1_000_000 == nlp.max_length
    result = annotate(nlp, [(0, text), (1, "Sista stycket.")])
    assert result[0][-1].end == len(text.rstrip()) and result[1][0].text == "Sista stycket."


@settings(max_examples=200, derandomize=True, deadline=None)
@given(st.text(alphabet=" .ab\n", max_size=80), st.integers(min_value=1, max_value=12))
def test_split_text_pieces_join_back(text, limit):
    from bbiccheck.nlp import split_text

    pieces = split_text(text, limit)
    assert "".join(pieces) == text
    assert all(0 < len(p) <= limit for p in pieces) or text == ""
