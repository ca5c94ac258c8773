"""The check command end to end through click, and the published JSON contract."""

import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from bbiccheck.cli import main
from bbiccheck.report.json_report import report_schema

SCHEMA_FILE = Path(__file__).parent.parent / "bbiccheck" / "schema" / "report.schema.json"

OVERDUE = """# Utredning

Utredningen inleddes 2026-01-10.

## Analys

Mamma uppger att hon mår dåligt. Skolan berättar att Elsa har hög frånvaro. Pappa säger att han inte orkar.
"""


def run(*args):
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result


@pytest.fixture
def case_dir(tmp_path):
    folder = tmp_path / "arende-1"
    folder.mkdir()
    (folder / "utredning.md").write_text(OVERDUE, encoding="utf-8")
    (folder / "trasig.docx").write_bytes(b"\x00\x01 inte en docx")
    return folder


def test_json_output_follows_the_published_schema(case_dir):
    result = run("check", str(case_dir), "--today", "2026-11-25", "--format", "json")
    data = json.loads(result.output)
    jsonschema.validate(data, json.loads(SCHEMA_FILE.read_text(encoding="utf-8")))
    assert data["check_date"] == "2026-11-25" and data["schema_version"]
    case = data["cases"][0]
    assert {d["path"] for d in case["documents"]} == {str(case_dir / "utredning.md")}
    assert case["errors"][0]["path"] == str(case_dir / "trasig.docx")
    rules = {f["rule"] for f in case["findings"]}
    assert {"TID02", "PLAN01", "BARN01"} <= rules
    overdue = next(f for f in case["findings"] if f["rule"] == "TID02")
    assert overdue["category"] == "INVESTIGATION_OVERDUE" and overdue["severity"] == "error"
    assert overdue["location"]["text"] == "Utredningen inleddes 2026-01-10."
    assert next(f for f in case["findings"] if f["rule"] == "PLAN01")["document"] is None
    assert result.exit_code == 1 | 4  # findings and an unreadable file


def test_committed_schema_is_current():
    assert json.loads(SCHEMA_FILE.read_text(encoding="utf-8")) == report_schema()


def test_check_date_changes_the_result(tmp_path):
    doc = tmp_path / "u.md"
    doc.write_text("# Utredning\n\nUtredningen inleddes 2026-01-10.\n\n## Utredningsplan\n\n" + "Vi samtalar med Elsa. " * 10,
                   encoding="utf-8")
    early = json.loads(run("check", str(doc), "--today", "2026-02-01", "--format", "json", "--select", "TID02").output)
    late = json.loads(run("check", str(doc), "--today", "2026-06-01", "--format", "json", "--select", "TID02").output)
    assert early["cases"][0]["findings"] == []
    assert [f["rule"] for f in late["cases"][0]["findings"]] == ["TID02"]


def test_no_text_leaves_quotes_out(case_dir):
    data = json.loads(run("check", str(case_dir), "--today", "2026-11-25", "--format", "json", "--no-text").output)
    assert all(f["location"] is None or f["location"]["text"] is None for f in data["cases"][0]["findings"])


def test_output_is_deterministic(case_dir, tmp_path):
    outputs = []
    for name in ("a.json", "b.json"):
        run("check", str(case_dir), "--today", "2026-11-25", "--format", "json", "--output", str(tmp_path / name))
        outputs.append((tmp_path / name).read_bytes())
    assert outputs[0] == outputs[1]


def test_bad_date_is_a_usage_error(case_dir):
    result = CliRunner().invoke(main, ["check", str(case_dir), "--today", "25/11"])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output


def test_config_turns_rules_off_and_changes_severity(case_dir):
    (case_dir / "bbiccheck.yaml").write_text("disable: [BARN01]\nseverity: {PLAN01: error}\n", encoding="utf-8")
    data = json.loads(run("check", str(case_dir), "--today", "2026-11-25", "--format", "json").output)
    findings = data["cases"][0]["findings"]
    assert "BARN01" not in {f["rule"] for f in findings}
    assert next(f for f in findings if f["rule"] == "PLAN01")["severity"] == "error"


def test_bad_config_stops_before_checking(case_dir):
    (case_dir / "bbiccheck.yaml").write_text("disable: [FINNS99]\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(case_dir), "--today", "2026-11-25"])
    assert result.exit_code == 2 and "FINNS99" in result.output


def test_ignore_note_silences_one_rule_and_is_reported(tmp_path):
    doc = tmp_path / "u.md"
    doc.write_text(OVERDUE + "\nbbiccheck: ignorera BARN01 – barnet är 3 månader, observation finns i journalen\n", encoding="utf-8")
    data = json.loads(run("check", str(doc), "--today", "2026-11-25", "--format", "json").output)
    case = data["cases"][0]
    assert "BARN01" not in {f["rule"] for f in case["findings"]}
    assert case["silenced"] == [{"rule": "BARN01", "document": str(doc), "count": 1,
                                 "reason": "barnet är 3 månader, observation finns i journalen"}]


def test_rules_commands():
    listing = run("rules", "list").output
    assert "PLAN01" in listing and "MAL01" in listing
    shown = run("rules", "show", "MAL01", "--lang", "en").output
    assert "Reflection question" in shown and "SMART" in shown
    assert run("rules", "test").exit_code == 0
    schema = json.loads(run("rules", "schema").output)
    assert "discriminator" in json.dumps(schema)


def test_malformed_local_rule_stops_the_run(case_dir, tmp_path):
    rules = tmp_path / "lokala"
    (rules / "x").mkdir(parents=True)
    (rules / "x" / "LOK01.yaml").write_text("id: LOK01\nkind: phrase\nseverity: kritisk\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(case_dir), "--rules", str(rules), "--today", "2026-11-25"])
    assert result.exit_code == 2
    assert "LOK01.yaml:" in result.output and "Traceback" not in result.output


def test_word_comment_silences_a_rule(tmp_path):
    import docx

    document = docx.Document()
    document.add_heading("Utredning", 1)
    paragraph = document.add_paragraph("Utredningen inleddes 2026-01-10.")
    document.add_comment(paragraph.runs, text="bbiccheck: ignorera TID02 – förlängning beslutad i nämnden, protokoll 14",
                         author="Gruppledare")
    path = tmp_path / "utredning.docx"
    document.save(path)
    data = json.loads(run("check", str(path), "--today", "2026-11-25", "--format", "json").output)
    case = data["cases"][0]
    assert "TID02" not in {f["rule"] for f in case["findings"]}
    assert case["silenced"][0]["rule"] == "TID02" and "protokoll 14" in case["silenced"][0]["reason"]


@pytest.mark.parametrize("fmt", ["json", "sarif", "junit", "markdown", "text", "html"])
def test_redact_leaves_no_personnummer_or_declared_name(tmp_path, fmt):
    import re

    doc = tmp_path / "u.md"
    doc.write_text("# Utredning\n\n| Barnets namn | Tindra Sjöberg, 20150812-1234 |\n\n"
                   "Utredningen inleddes 2026-01-10.\n\n## Analys\n\nTindra Sjöberg (150812-1234) har ett missbruk i familjen.\n",
                   encoding="utf-8")
    output = run("check", str(doc), "--today", "2026-11-25", "--format", fmt, "--redact").output
    assert not re.search(r"\d{6}[-+]\d{4}", output)  # any personnummer with its separator
    assert "20150812" not in output and "150812" not in output
    assert "Tindra" not in output and "Sjöberg" not in output
