"""The JSON report: the contract integrators rely on (schema in bbiccheck/schema/report.schema.json)."""

from __future__ import annotations

import json

from pydantic_core import PydanticSerializationError

from bbiccheck.model import Report


def render_json(report: Report, *, include_text: bool = True) -> str:
    if include_text:
        # pydantic writes the same bytes as json.dumps(..., ensure_ascii=False, indent=2) below (same
        # separators, escapes and field order), in Rust: ~20x faster than the json module's pure-Python
        # indenting encoder. A lone surrogate it cannot encode takes the json module's path, as before.
        try:
            return report.model_dump_json(indent=2) + "\n"
        except PydanticSerializationError:
            pass
    data = report.model_dump(mode="json")
    if not include_text:
        for case in data["cases"]:
            for finding in case["findings"]:
                for location in [finding.get("location")] + (finding.get("sources") or []):
                    if location:
                        location["text"] = None
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def report_schema() -> dict:
    schema = Report.model_json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "bbiccheck report"
    return schema
