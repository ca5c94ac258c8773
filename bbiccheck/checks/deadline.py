"""``kind: deadline`` — a time limit between two dated events, measured on the check date.

What it checks: from the ``start`` event, the ``end`` event must come within ``limit`` (calendar days
counted from the day after the start; calendar months). With ``when: overdue`` it reports a limit passed
(closed late, or still open after the limit on the check date) unless an ``unless`` event (an extension
decided before the limit) moves the limit; with ``when: approaching`` it reports an open limit that
falls within ``warn_within`` of the check date. Each start (a new anmälan) has its own limit, met by
the first end before the next start. ``start_choice: latest`` measures recurring limits (each
övervägande within six months of the previous one).
Why it matters: the time limits of the Social Services Act protect the child from waiting for help.
Example: Utredningen inleddes 2026-01-10, avslutades 2026-06-02, no extension -> INVESTIGATION_OVERDUE.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Iterator, Literal

from pydantic import Field

from bbiccheck.checks.base import CheckContext, RuleSpec, Spec, Text, register
from bbiccheck.load.dates import add_period, find_dates
from bbiccheck.model import DateMention, Deadline, DocType, Document, Finding

EXTENSION_PERIOD = re.compile(r"(?:med|i ytterligare|ytterligare|till)\s+(?P<n>\d+|en|ett|två|tre|fyra|fem|sex)\s+(?P<unit>månad|månader|veckor|vecka|dagar)",
                              re.IGNORECASE)
WORD_NUMBERS = {"en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6}


class Period(Spec):
    days: int = 0
    months: int = 0

    def after(self, day: dt.date) -> dt.date:
        return add_period(day, days=self.days, months=self.months)


class DeadlineRule(RuleSpec):
    kind: Literal["deadline"]
    label: Text = Field(description="Tidsgränsens namn i rapporternas tidslinje.")
    start: list[str] = Field(min_length=1, description="Händelser som startar fristen.")
    start_choice: Literal["first", "latest"] = "first"
    end: list[str] = Field(min_length=1, description="Händelser som uppfyller fristen.")
    limit: Period
    unless: list[str] = Field(default_factory=list, description="Händelser som förlänger fristen (beslut om förlängning).")
    default_extension: Period = Field(default_factory=lambda: Period(months=2),
                                      description="Förlängning när beslutet inte anger någon period eller nytt slutdatum.")
    closed_by_types: list[DocType] = Field(default_factory=list,
                                           description="Dokumenttyper vars datum visar att steget är avslutat (t.ex. ett beslut).")
    open_requires_types: list[DocType] = Field(default_factory=list,
                                               description="Ett öppet ärende rapporteras bara om akten har någon av dessa typer.")
    late_after: dt.time | None = Field(None, description="Startar händelsen efter denna tid räknas fristen från nästa dag.")
    when: Literal["overdue", "approaching"] = "overdue"
    warn_within: Period | None = None
    message_open: Text | None = Field(None, description="Meddelande när slutet saknas helt (standard: message).")


PROVIDES = {"start_date", "due_date", "end_date", "days_over", "days_left", "extended_to"}


@register("deadline", DeadlineRule, provides=PROVIDES)
def check_deadline(rule: DeadlineRule, ctx: CheckContext) -> Iterator[Finding]:
    by_date: dict[dt.date, tuple[DateMention, Document]] = {}
    for mention, doc in ctx.events.of(rule.start):  # one start per day, the mention with a time of day first
        if mention.date not in by_date or (mention.time and not by_date[mention.date][0].time):
            by_date[mention.date] = (mention, doc)
    starts = [by_date[day] for day in sorted(by_date)]
    if not starts:
        return
    if rule.start_choice == "latest":
        yield from _recurring(rule, ctx, starts)
        return
    # each start (a second anmälan months later) is its own limit, met by the first end before the next start
    for i, (start, start_doc) in enumerate(starts):
        until = starts[i + 1][0].date if i + 1 < len(starts) else None
        yield from _cycle(rule, ctx, start, start_doc, until)


def _cycle(rule: DeadlineRule, ctx: CheckContext, start: DateMention, start_doc: Document,
           until: dt.date | None) -> Iterator[Finding]:
    def in_cycle(day: dt.date) -> bool:  # nothing has happened after the check date: later dates are plans
        return start.date <= day <= ctx.check_date and (until is None or day < until)

    due = _due(rule, start)
    ends = [(m, d) for m, d in ctx.events.of(rule.end) if in_cycle(m.date)]
    ends += [(DateMention(date=d.date, block=0, start=0, end=0, text=""), d)
             for d in ctx.case.documents if d.type in rule.closed_by_types and d.date and in_cycle(d.date)]
    end = min(ends, key=lambda md: md[0].date) if ends else None
    extended_to = _extension(rule, ctx, start.date, due)
    limit = extended_to or due
    values = {"start_date": start.date.isoformat(), "due_date": limit.isoformat(),
              "extended_to": extended_to.isoformat() if extended_to else ""}
    if end is not None:
        mention, doc = end
        late = mention.date > limit
        _record(ctx, rule, start.date, limit, mention.date, "late" if late else ("extended" if extended_to else "met"))
        if late and rule.when == "overdue":
            values |= {"end_date": mention.date.isoformat(), "days_over": (mention.date - limit).days}
            yield _at(ctx, rule, mention if mention.text else start, doc if mention.text else start_doc, values)
        return
    if until is not None:
        return  # an earlier start with no recorded end: history we cannot judge
    if rule.open_requires_types and not any(d.type in rule.open_requires_types for d in ctx.case.documents):
        return
    days_left = (limit - ctx.check_date).days
    if days_left < 0:
        _record(ctx, rule, start.date, limit, None, "overdue", days_left)
        if rule.when == "overdue":
            open_rule = rule.model_copy(update={"message": rule.message_open}) if rule.message_open else rule
            yield _at(ctx, open_rule, start, start_doc, values | {"days_over": -days_left, "end_date": ""})
    else:
        window = rule.warn_within.after(ctx.check_date) if rule.warn_within else ctx.check_date
        approaching = limit <= window
        _record(ctx, rule, start.date, limit, None, "approaching" if approaching else "open", days_left)
        if rule.when == "approaching" and approaching:
            yield _at(ctx, rule, start, start_doc, values | {"days_left": days_left, "end_date": ""})


def _due(rule: DeadlineRule, start: DateMention) -> dt.date:
    day = start.date
    if rule.late_after and start.time and start.time >= rule.late_after:
        day += dt.timedelta(days=1)
    return rule.limit.after(day)


def _extension(rule: DeadlineRule, ctx: CheckContext, start: dt.date, due: dt.date) -> dt.date | None:
    """The new limit set by an extension decided before the original limit, if any.

    The mentions of an extension are read together, as one decision: it was decided on the earliest date
    they give (a sentence's own dates, or the date of the decision document) and runs to the latest date
    after the original limit, or by the period it names ("med två månader"), or by ``default_extension``.
    """
    mentions = [(m, d) for m, d in ctx.events.of(rule.unless) if m.date >= start]
    if not mentions:
        return None
    dates = [[f.date for f in find_dates(m.text, m.date.year)] or [m.date] for m, _ in mentions]
    decided = min(min(days + ([d.date] if d.date else [])) for days, (_, d) in zip(dates, mentions))
    if not start <= decided <= due:  # an extension must be decided before the limit has passed
        return None
    later = [day for days in dates for day in days if day > due]
    if later:
        return max(later)
    for mention, _ in mentions:
        if m := EXTENSION_PERIOD.search(mention.text):
            n = int(m["n"]) if m["n"].isdigit() else WORD_NUMBERS[m["n"].lower()]
            unit = m["unit"].lower()
            if unit.startswith("månad"):
                return add_period(due, months=n)
            return add_period(due, days=n * (7 if unit.startswith("veck") else 1))
    return rule.default_extension.after(due)


def _recurring(rule: DeadlineRule, ctx: CheckContext, starts) -> Iterator[Finding]:
    """Each start must be followed by the next (an end event) within the limit; the last one by the check date."""
    chain = sorted({m.date: (m, d) for m, d in starts + ctx.events.of(rule.end)}.values(), key=lambda md: md[0].date)
    chain = [md for md in chain if md[0].date >= starts[0][0].date and md[0].date <= ctx.check_date]
    for (prev, prev_doc), (nxt, nxt_doc) in zip(chain, chain[1:]):
        due = rule.limit.after(prev.date)
        if nxt.date > due:
            _record(ctx, rule, prev.date, due, nxt.date, "late")
            if rule.when == "overdue":
                yield _at(ctx, rule, nxt, nxt_doc, {"start_date": prev.date.isoformat(), "due_date": due.isoformat(),
                                                     "end_date": nxt.date.isoformat(), "days_over": (nxt.date - due).days})
                return
    last, last_doc = chain[-1]
    due = rule.limit.after(last.date)
    days_left = (due - ctx.check_date).days
    window = rule.warn_within.after(ctx.check_date) if rule.warn_within else ctx.check_date
    status = "overdue" if days_left < 0 else ("approaching" if due <= window else "open")
    _record(ctx, rule, last.date, due, None, status, days_left)
    if (rule.when == "overdue" and days_left < 0) or (rule.when == "approaching" and status == "approaching"):
        yield _at(ctx, rule, last, last_doc, {"start_date": last.date.isoformat(), "due_date": due.isoformat(),
                                               "end_date": "", "days_over": -days_left, "days_left": days_left})


def _record(ctx: CheckContext, rule: DeadlineRule, start, due, end, status, days_left=None) -> None:
    if rule.when == "overdue":  # one timeline entry per limit, from the overdue rule
        ctx.deadlines.append(Deadline(rule=rule.id, label=rule.label(ctx.lang), start=start, due=due, end=end,
                                      status=status, days_left=days_left))


def _at(ctx: CheckContext, rule: DeadlineRule, mention: DateMention, doc: Document, values: dict) -> Finding:
    return ctx.finding(rule, doc=doc, block=mention.block, start=mention.start, end=mention.end,
                       text=mention.text, values=values)
