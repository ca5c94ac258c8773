"""The benchmark generator: deterministic for a seed, and its documents read back with the project's loader."""

import hashlib
import json

from bench.generate import generate
from bbiccheck.load import load_document
from bbiccheck.model import BlockKind, DocType


def _digest(folder):
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*.docx"))}


def test_same_seed_same_files(tmp_path):
    generate(tmp_path / "a", cases=4, seed=7)
    generate(tmp_path / "b", cases=4, seed=7)
    generate(tmp_path / "c", cases=4, seed=8)
    a, b, c = _digest(tmp_path / "a"), _digest(tmp_path / "b"), _digest(tmp_path / "c")
    assert a == b
    assert a != c
    assert json.loads((tmp_path / "a" / "manifest.json").read_text()) == \
        json.loads((tmp_path / "b" / "manifest.json").read_text())


def test_case_does_not_depend_on_case_count(tmp_path):
    generate(tmp_path / "few", cases=2, seed=3)
    generate(tmp_path / "more", cases=5, seed=3)
    few, more = _digest(tmp_path / "few"), _digest(tmp_path / "more")
    assert few == {k: v for k, v in more.items() if k in few}


def test_documents_read_back(tmp_path, lexicon):
    infos = generate(tmp_path, cases=6, seed=1)
    types = set()
    for info in infos:
        assert 3 <= len(info.documents) <= 5
        for name in info.documents:
            path = tmp_path / info.id / name
            doc = load_document(path, str(path), lexicon)
            types.add(doc.type)
            blocks = list(doc.blocks())
            assert any(b.kind == BlockKind.fact and b.label for b in blocks)
            assert doc.author  # "Handläggare | <name>"
            keys = {s.key for s in doc.sections()}
            if doc.type == DocType.utredning:
                assert {"bakgrund", "analys", "bedomning"} <= keys
                assert 2000 < sum(len(b.text.split()) for b in blocks) < 5000
    assert {DocType.forhandsbedomning, DocType.utredning} <= types


def test_scale_multiplies_length(tmp_path, lexicon):
    small = generate(tmp_path / "s", cases=1, seed=2, only=("utredning",))
    large = generate(tmp_path / "l", cases=1, seed=2, scale=4, only=("utredning",))
    assert 3 < large[0].words / small[0].words < 5
