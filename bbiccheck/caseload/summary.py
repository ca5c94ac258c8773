"""The small per-case summary a caseload run keeps in memory, and the urgency order of the dashboard.

A worker turns each checked case into one ``CaseSummary`` (counts, deadlines, errors, main author) and
writes everything bigger to disk at once, so the parent holds only these few hundred bytes per case.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from bbiccheck.model import CaseReport, Severity
from bbiccheck.report.themes import theme_of

# An open limit this close is "near" even when the engine recorded it as plain "open": the engine only
# marks "approaching" for a limit whose own rule has a warning window (TID02 has none; its warning is
# the separate rule TID03, which warns 14 days ahead), so the dashboard applies that window itself.
NEAR_DAYS = 14


@dataclass(frozen=True)
class DeadlineInfo:
    rule: str
    label: str
    start: dt.date
    due: dt.date
    end: dt.date | None
    status: str
    days_left: int | None


@dataclass
class CaseSummary:
    sort_key: tuple[str, str]  # (id, path) as discovered: the order of every aggregate file
    id: str  # as shown (redacted when asked)
    stem: str  # file name stem under OUT/cases/
    author: str | None = None  # the case's most common document author (its handläggare); None = unknown
    documents: int = 0
    severities: dict[str, int] = field(default_factory=dict)
    categories: dict[str, int] = field(default_factory=dict)
    themes: dict[str, int] = field(default_factory=dict)
    errors: list[tuple[str, str]] = field(default_factory=list)  # (path, message) of unreadable files
    deadlines: list[DeadlineInfo] = field(default_factory=list)

    @property
    def findings(self) -> int:
        return sum(self.severities.values())

    @property
    def overdue_days(self) -> int | None:
        """Days over the most-overdue open limit (positive), None when no open limit has passed."""
        over = [-d.days_left for d in self.deadlines if d.status == "overdue" and d.days_left is not None]
        return max(over) if over else None

    @property
    def approaching_days(self) -> int | None:
        left = [d.days_left for d in self.deadlines if d.status == "approaching" and d.days_left is not None]
        return min(left) if left else None

    @property
    def late_days(self) -> int | None:
        """Days over the limit of the latest-closed limit that was met too late, None if none was."""
        late = [(d.end - d.due).days for d in self.deadlines if d.status == "late" and d.end]
        return max(late) if late else None

    @property
    def tier(self) -> int:
        """0 = an open limit has passed, 1 = an open limit is near, 2 = a limit was met too late, 3 = the rest.

        A limit closed late counts after the open ones: it is something to learn from, but nothing can be
        done about it any more, while an open limit that has passed or is near needs a decision now."""
        if self.overdue_days is not None:
            return 0
        if self.approaching_days is not None:
            return 1
        return 2 if self.late_days is not None else 3

    def urgency(self) -> tuple:
        """Sort key: open limits passed (most days over first), open limits near (fewest days left
        first), limits met late (most days over first), then the rest by number of errors (most first);
        ties by errors, findings and case id, so the order is stable."""
        primary = {0: -(self.overdue_days or 0), 1: self.approaching_days or 0, 2: -(self.late_days or 0),
                   3: 0}[self.tier]
        return (self.tier, primary, -self.severities.get("error", 0), -self.findings, self.sort_key)


def summarise(report: CaseReport, sort_key: tuple[str, str], stem: str) -> CaseSummary:
    """The summary of one (already redacted, when asked) case report."""
    counted = Counter(d.author for d in report.documents if d.author)
    # most common author; a tie goes to the alphabetically first so that reruns agree
    main_author = min(counted, key=lambda a: (-counted[a], a)) if counted else None
    return CaseSummary(
        sort_key=sort_key, id=report.id, stem=stem, author=main_author, documents=len(report.documents),
        severities=dict(Counter(Severity(f.severity).value for f in report.findings)),
        categories=dict(Counter(str(f.category) for f in report.findings)),
        themes=dict(Counter(theme_of(f) for f in report.findings)),
        errors=[(e.path, e.message) for e in report.errors],
        deadlines=[DeadlineInfo(d.rule, d.label, d.start, d.due, d.end, near(d.status, d.days_left), d.days_left)
                   for d in report.deadlines],
    )


def near(status: str, days_left: int | None) -> str:
    if status == "open" and days_left is not None and 0 <= days_left <= NEAR_DAYS:
        return "approaching"
    return status
