"""Exit codes of `bbiccheck check` and --fail-on: what CI jobs and pre-commit hooks rely on.

0 clean, 1 findings at or above the fail level, 2 usage/config/rules, 4 unreadable file (5 = 1 + 4).
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from click.testing import CliRunner

from bbiccheck.cli import main

TODAY = "2026-11-25"

# One document per highest severity, chosen against the default rules on TODAY.
DOCS = {
    "clean": "# Anteckning\n\nMöte med skolan om schemat.\n",
    # TID04 (info): the 14 days of the pre-assessment run out in two days.
    "info": "# Förhandsbedömning\n\nAnmälan inkom 2026-11-13. Skyddsbedömning gjordes samma dag.\n",
    # MALL01 (warning): template text left in.
    "warning": "# Anteckning\n\nMöte med [namn] om schemat.\n",
    # TID02, ANA01, BARN01 (error) and warnings: an overdue investigation without analysis.
    "error": "# Utredning\n\nUtredningen inleddes 2026-01-10.\n",
}
RANK = {"clean": 0, "info": 1, "warning": 2, "error": 3}
LEVEL = {"info": 1, "warning": 2, "error": 3, "never": 99}


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["check", *args, "--today", TODAY, "--format", "json"])
    return result.exit_code, result.output


@pytest.fixture
def docs(tmp_path: Path) -> dict[str, Path]:
    paths = {}
    for name, text in DOCS.items():
        paths[name] = tmp_path / f"{name}.md"
        paths[name].write_text(text, encoding="utf-8")
    broken = tmp_path / "broken.docx"
    broken.write_bytes(random.Random(6).randbytes(4096))  # seeded: the same bytes every run
    paths["broken"] = broken
    return paths


@pytest.mark.parametrize("doc", list(DOCS))
@pytest.mark.parametrize("fail_on", list(LEVEL))
def test_fail_on_matrix(docs, doc, fail_on):
    code, _ = run(str(docs[doc]), "--fail-on", fail_on)
    assert code == (1 if RANK[doc] >= LEVEL[fail_on] else 0)


def test_default_fail_level_is_error(docs):
    assert run(str(docs["warning"]))[0] == 0
    assert run(str(docs["error"]))[0] == 1


def test_documents_have_the_intended_highest_severity(docs):
    """Guards the matrix above: if a rule changes, this says which document to rewrite."""
    import json

    for name in DOCS:
        _, out = run(str(docs[name]), "--fail-on", "never")
        severities = {f["severity"] for c in json.loads(out)["cases"] for f in c["findings"]}
        highest = max((RANK[s] for s in severities), default=0)
        assert highest == RANK[name], (name, severities)


def test_unreadable_file_gives_4(docs):
    code, out = run(str(docs["broken"]))
    assert code == 4
    assert '"errors": [' in out


def test_unreadable_file_and_findings_give_5(docs):
    assert run(str(docs["broken"]), str(docs["error"]))[0] == 5


def test_unreadable_file_with_findings_below_fail_level_gives_4(docs):
    assert run(str(docs["broken"]), str(docs["warning"]), "--fail-on", "error")[0] == 4


def test_unreadable_with_fail_on_never_still_gives_4(docs):
    assert run(str(docs["broken"]), "--fail-on", "never")[0] == 4


def test_fail_on_from_config(docs, tmp_path):
    config = tmp_path / "bbiccheck.yaml"
    config.write_text("fail_on: warning\n", encoding="utf-8")
    assert run(str(docs["warning"]), "--config", str(config))[0] == 1
    # the command line wins over the file
    assert run(str(docs["warning"]), "--config", str(config), "--fail-on", "error")[0] == 0


def test_config_found_next_to_the_document(tmp_path):
    folder = tmp_path / "case"
    folder.mkdir()
    (folder / "bbiccheck.yaml").write_text("fail_on: warning\n", encoding="utf-8")
    doc = folder / "anteckning.md"
    doc.write_text(DOCS["warning"], encoding="utf-8")
    assert run(str(doc))[0] == 1


@pytest.mark.parametrize("content", [
    "bogus_key: 1\n",                 # unknown field
    "fail_on: sometimes\n",           # bad value
    "disable: [NOSUCH01]\n",          # unknown rule id
    "severity: {ANA01: fatal}\n",     # bad severity
    "rules: [: :\n",                  # not YAML
])
def test_bad_config_gives_2(docs, tmp_path, content):
    config = tmp_path / "bad.yaml"
    config.write_text(content, encoding="utf-8")
    code, _ = run(str(docs["clean"]), "--config", str(config))
    assert code == 2


def test_bad_rule_folder_gives_2(docs, tmp_path):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "X01.yaml").write_text("id: X01\nkind: nosuchkind\n", encoding="utf-8")
    assert run(str(docs["clean"]), "--rules", str(rules))[0] == 2


def test_missing_path_gives_2(tmp_path):
    assert run(str(tmp_path / "nope.docx"))[0] == 2


def test_bad_date_gives_2(docs):
    result = CliRunner().invoke(main, ["check", str(docs["clean"]), "--today", "2026-13-45"])
    assert result.exit_code == 2


def test_bad_fail_on_value_gives_2(docs):
    result = CliRunner().invoke(main, ["check", str(docs["clean"]), "--fail-on", "sometimes"])
    assert result.exit_code == 2


def test_folder_case_exit_code_covers_every_document(tmp_path):
    folder = tmp_path / "akt"
    folder.mkdir()
    (folder / "anteckning.md").write_text(DOCS["clean"], encoding="utf-8")
    (folder / "utredning.md").write_text(DOCS["error"], encoding="utf-8")
    assert run(str(folder))[0] == 1
