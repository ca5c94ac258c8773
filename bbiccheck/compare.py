"""Change over time: which findings were fixed, which are new and which remain between two runs.

A finding's identity is (case id, document, rule, where): ``where`` is the located text when there is
one, else the block number, so a finding survives edits elsewhere in the document but counts as fixed
when its sentence was rewritten. Document paths are taken relative to the case folder, so two runs
started from different working folders still match. Identical identities are matched as a multiset.

A case only in the old run (closed, moved) is listed as removed and its findings are *not* counted as
fixed; a case only in the new run is listed as added and its findings count as new.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Literal

from bbiccheck.caseload.outputs import relative_document, theme_key
from bbiccheck.report.themes import THEMES


@dataclass(frozen=True)
class FindingRef:
    case: str
    document: str
    rule: str
    where: str
    theme: str
    severity: str
    message: str

    @property
    def identity(self) -> tuple[str, str, str, str]:
        return (self.case, self.document, self.rule, self.where)


@dataclass
class CaseChange:
    id: str
    status: Literal["both", "added", "removed"] = "both"
    fixed: list[FindingRef] = field(default_factory=list)
    new: list[FindingRef] = field(default_factory=list)
    remaining: list[FindingRef] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.fixed or self.new) or self.status != "both"


@dataclass
class Comparison:
    old_date: str | None
    new_date: str | None
    cases: list[CaseChange]

    def totals(self) -> dict[str, int]:
        return {kind: sum(len(getattr(c, kind)) for c in self.cases) for kind in ("fixed", "new", "remaining")}

    def themes(self) -> dict[str, dict[str, int]]:
        """theme -> {fixed, new, remaining}, every theme in THEMES order."""
        counts = {key: Counter() for key in THEMES}
        for case in self.cases:
            for kind in ("fixed", "new", "remaining"):
                for ref in getattr(case, kind):
                    counts.setdefault(ref.theme, Counter())[kind] += 1
        return {key: {k: c[k] for k in ("fixed", "new", "remaining")} for key, c in counts.items()}

    def added(self) -> list[str]:
        return [c.id for c in self.cases if c.status == "added"]

    def removed(self) -> list[str]:
        return [c.id for c in self.cases if c.status == "removed"]

    def to_dict(self) -> dict:
        return {"old_check_date": self.old_date, "new_check_date": self.new_date, "totals": self.totals(),
                "themes": self.themes(), "added_cases": self.added(), "removed_cases": self.removed(),
                "cases": [asdict(c) for c in self.cases if c.changed]}


def finding_refs(case: dict) -> list[FindingRef]:
    """The findings of one case dict (a CaseReport as JSON) as comparable references."""
    refs = []
    for f in case.get("findings", []):
        loc = f.get("location") or {}
        where = loc.get("text") or (f"block {loc['block']}" if loc.get("block") is not None else "")
        refs.append(FindingRef(case["id"], relative_document(f.get("document"), case.get("path", "")), f["rule"],
                               where, theme_key(f), f["severity"], f["message"]))
    return refs


def index_cases(cases: Iterable[dict]) -> dict[str, list[FindingRef]]:
    index: dict[str, list[FindingRef]] = {}
    for case in cases:
        index.setdefault(case["id"], []).extend(finding_refs(case))
    return index


def diff_case(case_id: str, old: list[FindingRef], new: list[FindingRef]) -> CaseChange:
    change = CaseChange(case_id)
    unmatched: dict[tuple, list[FindingRef]] = {}
    for ref in old:
        unmatched.setdefault(ref.identity, []).append(ref)
    for ref in new:
        bucket = unmatched.get(ref.identity)
        if bucket:
            bucket.pop(0)
            change.remaining.append(ref)  # the new wording of the message is the one to show
        else:
            change.new.append(ref)
    change.fixed = [ref for bucket in unmatched.values() for ref in bucket]
    return change


def compare_index(old: dict[str, list[FindingRef]], new: dict[str, list[FindingRef]],
                  old_date: str | None = None, new_date: str | None = None) -> Comparison:
    changes = []
    for case_id in sorted(set(old) | set(new)):
        if case_id not in new:
            changes.append(CaseChange(case_id, "removed"))
        elif case_id not in old:
            changes.append(CaseChange(case_id, "added", new=list(new[case_id])))
        else:
            changes.append(diff_case(case_id, old[case_id], new[case_id]))
    return Comparison(old_date, new_date, changes)


def compare(old: dict, new: dict) -> Comparison:
    """Compare two JSON reports (caseload.json or a `check --format json` report), old first."""
    return compare_index(index_cases(old.get("cases", [])), index_cases(new.get("cases", [])),
                         old.get("check_date"), new.get("check_date"))
