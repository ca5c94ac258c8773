"""SARIF 2.1.0: the report for code-scanning dashboards (GitHub, GitLab, Azure DevOps, VS Code viewers).

One run, one result per finding. Rule texts come from the rule set (the default one, cached, unless
the caller passes its own). Fingerprints leave out the message and the check date, because a deadline
message changes every day ("199 dagar över tiden") and a dashboard must still see the same finding.

Offsets: ``Location.start``/``end`` are relative to a block, and a SARIF ``charOffset`` is relative to
the whole artifact. Only a caller that passes the checked documents (the HTTP service does) gets
``charOffset``/``charLength``, counted in the document's extracted text (``Document.text``); without
them (the CLI) there is no region, since SARIF requires an offset or a line in one, and the quoted
text goes into the result's property bag rather than at a made-up offset.
"""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from pathlib import Path, PurePath
from typing import Any, Mapping
from urllib.parse import quote

from bbiccheck import __version__
from bbiccheck.model import CaseReport, Document, Finding, Report, Severity

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {Severity.error: "error", Severity.warning: "warning", Severity.info: "note"}
FINGERPRINT_KEY = "bbiccheck/v1"
HELP_LABELS = {
    "sv": ("Varför", "Referens", "Reflektionsfråga", "Bättre"),
    "en": ("Why", "Reference", "Reflection question", "Better"),
}


@lru_cache(maxsize=1)
def default_rules():
    """The default rule set, loaded once per process (loading parses every rule file)."""
    from bbiccheck.ruleset import load_rules

    return load_rules()


def artifact_uri(path: str, base: Path | None = None) -> str:
    """A relative URI where the path lies under ``base`` (default: the working directory), else a file URI."""
    p = Path(path)
    if p.is_absolute():
        root = (base or Path.cwd()).resolve()
        try:
            p = p.resolve().relative_to(root)
        except (ValueError, OSError):
            return p.as_uri()
    text = PurePath(p).as_posix()
    return quote(text, safe="/") + ("/" if Path(path).is_dir() and not text.endswith("/") else "")


def _rule_descriptor(rule_id: str, example: Finding, ruleset, lang: str) -> dict[str, Any]:
    rule = ruleset.get(rule_id) if ruleset is not None else None
    if rule is not None:
        fb = rule.feedback
        title, why, texts = rule.title(lang), fb.why(lang), [fb.why(lang), fb.reference(lang), fb.reflection(lang),
                                                               fb.better(lang)]
        name, default_level, category = rule.name, LEVELS[rule.severity], rule.category.value
    else:  # a local rule the caller's rule set does not know: the finding carries its own texts
        title, why = example.title or rule_id, example.why or example.message
        texts = [example.why, example.reference, example.reflection, example.better]
        name, default_level, category = rule_id, LEVELS[example.severity], example.category.value
    parts = [(label, text) for label, text in zip(HELP_LABELS[lang], texts) if text]
    descriptor: dict[str, Any] = {
        "id": rule_id,
        "name": name,
        "shortDescription": {"text": title},
        "fullDescription": {"text": why},
        "help": {
            "text": "\n\n".join(f"{label}: {text}" for label, text in parts),
            "markdown": "\n\n".join(f"**{label}:** {text}" for label, text in parts),
        },
        "defaultConfiguration": {"level": default_level},
        "properties": {"category": category, "tags": [category] + ([example.theme] if example.theme else [])},
    }
    return descriptor


def fingerprint(case: CaseReport, finding: Finding, uri: str) -> str:
    """Stable across runs and days: rule, artifact, section and quoted text, never the message."""
    loc = finding.location
    parts = [finding.rule, uri, case.id if finding.document is None else "",
             (loc.section or "") if loc else "", (loc.text or "") if loc else ""]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]


def _region(finding: Finding, document: Document | None) -> dict[str, Any] | None:
    loc = finding.location
    if loc is None or loc.block is None or document is None:
        return None
    block = next((b for b in document.blocks() if b.index == loc.block), None)
    if block is None:
        return None
    start = block.start + (loc.start or 0)
    end = block.start + loc.end if loc.end is not None else block.end
    region: dict[str, Any] = {"charOffset": start, "charLength": max(end - start, 0)}
    located = document.text[start:end]
    if located:  # the snippet is the region's own text; the whole quoted sentence is in properties.quote
        region["snippet"] = {"text": located}
    return region


def _result(case: CaseReport, finding: Finding, rule_index: int, documents: Mapping[str, Document],
            base: Path | None, seen: dict[str, int]) -> dict[str, Any]:
    target = finding.document if finding.document is not None else case.path
    uri = artifact_uri(target, base)
    physical: dict[str, Any] = {"artifactLocation": {"uri": uri}}
    region = _region(finding, documents.get(finding.document or ""))
    if region:
        physical["region"] = region
    location: dict[str, Any] = {"physicalLocation": physical}
    loc = finding.location
    if loc and loc.section:
        location["logicalLocations"] = [{"name": loc.section.split(" > ")[-1], "fullyQualifiedName": loc.section,
                                         "kind": "section"}]
    print_ = fingerprint(case, finding, uri)
    seen[print_] = seen.get(print_, 0) + 1
    if seen[print_] > 1:  # the same rule twice on the same text: keep fingerprints unique, and still stable
        print_ = f"{print_}:{seen[print_]}"
    properties: dict[str, Any] = {"category": finding.category.value, "case": case.id}
    if finding.document is None:
        properties["caseLevel"] = True
    if loc and loc.block is not None:
        properties["block"] = loc.block
    if loc and loc.text:
        properties["quote"] = loc.text
    if finding.facets:
        properties["facets"] = list(finding.facets)
    return {
        "ruleId": finding.rule,
        "ruleIndex": rule_index,
        "level": LEVELS[finding.severity],
        "message": {"text": finding.message},
        "locations": [location],
        "partialFingerprints": {FINGERPRINT_KEY: print_},
        "properties": properties,
    }


def sarif_log(report: Report, rules=None, documents: Mapping[str, Document] | None = None,
              base: Path | None = None) -> dict[str, Any]:
    """The SARIF log as a dict. ``documents`` (path -> Document) enables character offsets."""
    ruleset = rules if rules is not None else _default_or_none()
    documents = documents or {}
    descriptors: list[dict[str, Any]] = []
    index: dict[str, int] = {}
    results: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    for case, finding in report.findings():
        if finding.rule not in index:
            index[finding.rule] = len(descriptors)
            descriptors.append(_rule_descriptor(finding.rule, finding, ruleset, report.lang))
        results.append(_result(case, finding, index[finding.rule], documents, base, seen))
    notifications = [
        {"level": "error", "message": {"text": error.message},
         "locations": [{"physicalLocation": {"artifactLocation": {"uri": artifact_uri(error.path, base)}}}]}
        for case in report.cases for error in case.errors
    ]
    invocation: dict[str, Any] = {"executionSuccessful": True,
                                  "properties": {"checkDate": report.check_date.isoformat()}}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    run: dict[str, Any] = {
        "tool": {"driver": {"name": report.tool, "version": __version__, "semanticVersion": __version__,
                            "language": report.lang, "rules": descriptors}},
        "invocations": [invocation],
        "language": report.lang,
        "results": results,
        "properties": {"schemaVersion": report.schema_version, "checkDate": report.check_date.isoformat(),
                       "charOffsetBase": "extracted document text (blocks joined by blank lines)"},
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def _default_or_none():
    from bbiccheck.ruleset import RuleError

    try:
        return default_rules()
    except RuleError:  # a broken installation still gets a SARIF log, with texts from the findings
        return None


def render_sarif(report: Report, rules=None, documents: Mapping[str, Document] | None = None,
                 base: Path | None = None) -> str:
    return json.dumps(sarif_log(report, rules, documents, base), ensure_ascii=False, indent=2) + "\n"


def documents_of(cases) -> dict[str, Document]:
    """path -> Document for every checked case (``Case`` objects), for ``render_sarif(documents=...)``."""
    return {doc.path: doc for case in cases if case is not None for doc in case.documents}


__all__ = ["render_sarif", "sarif_log", "documents_of", "artifact_uri", "fingerprint"]
