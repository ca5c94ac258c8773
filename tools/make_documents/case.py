"""Case context, case definition, building a case folder, and an independent check that the
deadline labels agree with the case's own dates (to catch labelling mistakes, not to replace the checker)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable

import yaml

from . import docs as D
from .dates import add_months, age, d, fmt, plus, pnr
from .render import Converter

DEADLINE = {"PREASSESSMENT_OVERDUE", "INVESTIGATION_OVERDUE", "DEADLINE_APPROACHING", "PROTECTION_ASSESSMENT_LATE",
            "REVIEW_OVERDUE", "GOALS_SET_LATE", "PLAN_MISSING", "IMPLEMENTATION_PLAN_MISSING"}
ALL_CATEGORIES = ["PREASSESSMENT_OVERDUE", "INVESTIGATION_OVERDUE", "DEADLINE_APPROACHING",
                  "PROTECTION_ASSESSMENT_LATE", "REVIEW_OVERDUE", "PLAN_MISSING", "ANALYSIS_MISSING",
                  "ANALYSIS_SUMMARY", "RISK_UNEXPLAINED", "CENTRAL_NEEDS_MISSING", "CHILD_VOICE_MISSING",
                  "GOAL_NOT_SMART", "GOALS_SET_LATE", "IMPLEMENTATION_PLAN_MISSING", "TEMPLATE_UNFILLED", "OTHER"]


class Ctx:
    """Everything the document builders need to know about one case."""

    def __init__(self, case: "Case"):
        self.name = case.name
        self._rng = random.Random(case.name)
        self.b, self.last = case.child[0], case.child[1]
        self.born = d(case.child[2])
        self.pnr = pnr(self.born, case.child[3])
        self.full = f"{self.b} {self.last}"
        self.m = case.mamma.split()[0]
        self.p = case.pappa.split()[0] if case.pappa else ""
        self.vh = case.vh or (f"{case.mamma} och {case.pappa}" if case.pappa else case.mamma)
        self.kommun, self.enhet = case.kommun, case.enhet
        self.handl, self.chef = case.handl, case.chef
        self.style, self.producer, self.heading_mode = case.style, case.producer, case.heading_mode
        self.header_style = case.header_style
        self.date_style = case.date_style
        self.check = d(case.check)
        self.check_doc = plus(self.check, -3)
        dt = {k: (d(v) if isinstance(v, str) else v) for k, v in case.dates.items()}
        self.anm = dt.get("anm")
        self.anm_kl = case.anm_kl
        self.skydd = dt.get("skydd", self.anm)
        self.fhb = dt.get("fhb")
        self.anm_limit = plus(self.anm, 14) if self.anm else None
        self.utr_start = dt.get("utr_start", self.fhb)
        self.utr_end = dt.get("utr_end")
        self.insats_start = dt.get("insats_start")
        self.plac_start = dt.get("plac_start")
        self.kom_day = dt.get("kom", plus(self.utr_end, -8) if self.utr_end else None)
        self.plan_day = dt.get("plan", plus(self.utr_start, 6) if self.utr_start else None)
        s = self.insats_start or self.plac_start
        base = s or add_months(self.check, 1)  # goal dates are only written when an insats exists
        self.mal0, self.uppf1 = add_months(base, 1), dt.get("uppf1", add_months(base, 3))
        self.mal1, self.mal2 = add_months(base, 4), add_months(base, 6)
        self.uppdrag_day = dt.get("uppdrag", plus(s, -10) if s else None)
        self.gp_day = dt.get("gp", plus(s, 14) if s else None)
        self.vp_day = dt.get("vp", plus(self.plac_start, 10) if self.plac_start else None)
        self.goal_source = case.goal_source
        self.gp_present = case.gp_present or f"Vårdnadshavare, {self.b}, behandlare och {self.handl} (socialsekreterare)."
        self.age_y = age(self.born, self.check)
        self.reused_analysis = case.reused_analysis
        self.needs_stated = case.needs_stated

    def fd(self, day: date) -> str:
        if isinstance(self.date_style, list):
            return fmt(day, self._rng.choice(self.date_style))
        return fmt(day, self.date_style)

    def fmon(self, day: date) -> str:
        return fmt(day, "month")

    def pick(self, options):
        return self._rng.choice(options)


@dataclass
class Case:
    name: str
    theme: Callable
    child: tuple  # (first name, last name, birth date, test serial 980-999)
    mamma: str
    pappa: str | None
    check: str
    dates: dict
    docs: list  # (builder function name, kwargs)
    style: str = "detailed"
    producer: str = "python-docx"  # default for the case's documents
    heading_mode: str = "style"
    header_style: int = 1
    date_style: object = "iso"
    anm_kl: str | None = None
    kommun: str = "Norrviks kommun"
    enhet: str = "Barn och familj"
    handl: str = "Sara Berg"
    chef: str = "Anna Lövgren, förste socialsekreterare"
    vh: str | None = None
    goal_source: str = "uppdraget"
    gp_present: str | None = None
    reused_analysis: list = field(default_factory=list)
    expected: list = field(default_factory=list)  # (category, document or None, note)
    traps: list = field(default_factory=list)  # (category, note)
    summary_sv: str = ""
    summary_en: str = ""
    facts: dict = field(default_factory=dict)  # for the deadline self-check
    needs_stated: bool = True  # the uppdrag repeats the child's central needs
    extra_goal: tuple | None = None


def build_case(case: Case, root: Path, conv: Converter, labels: bool = True) -> list:
    c = Ctx(case)
    t = case.theme(c)
    if case.extra_goal:
        t["mal"] = t["mal"] + [case.extra_goal]
    folder = root / case.name
    if folder.exists():
        for f in folder.iterdir():
            f.unlink()
    folder.mkdir(parents=True, exist_ok=True)
    producers = set()
    files = []
    for fn_name, kw in case.docs:
        kw = dict(kw)
        doc = getattr(D, fn_name)(c, t, **kw)
        producers.add({"markdown": "markdown", "pandoc": "pandoc", "libreoffice": "libreoffice"}.get(doc.producer, "python-docx"))
        conv.add(doc, folder / doc.filename)
        files.append(doc.filename)
    names = set(files)
    for cat, docname, _ in case.expected:
        assert cat in ALL_CATEGORIES, cat
        assert (docname is None) == (cat in DEADLINE), (case.name, cat, docname)
        assert docname is None or docname in names, (case.name, docname)
    check_deadlines(case, c)
    if labels:
        prod = producers.pop() if len(producers) == 1 else "mixed"
        if prod == "markdown":
            prod = "pandoc"
        data = {
            "check_date": case.check,
            "style": case.style,
            "producer": prod,
            "description": case.summary_sv,
            "expected": [{"category": cat, "document": dn, "note": note} for cat, dn, note in case.expected],
            "traps": [{"category": cat, "note": note} for cat, note in case.traps],
        }
        with open(folder / "labels.yaml", "w", encoding="utf-8") as fh:
            fh.write(f"# {case.name}: generated by tools/make_documents, edit the case there\n")
            fh.write(f'check_date: "{case.check}"\n')
            rest = {k: v for k, v in data.items() if k != "check_date"}
            yaml.safe_dump(rest, fh, allow_unicode=True, sort_keys=False, width=110)
    return files


def check_deadlines(case: Case, c: Ctx) -> None:
    """Compute the date-driven categories from the case's own facts and compare with the labels."""
    f = case.facts
    got = set()
    chk = c.check
    if c.anm and not f.get("no_preassessment"):
        limit = plus(c.anm, 14)
        if f.get("fhb_open"):
            if chk > limit:
                got.add("PREASSESSMENT_OVERDUE")
            elif (limit - chk).days <= 3:
                got.add("DEADLINE_APPROACHING")
        elif c.fhb and c.fhb > limit and not f.get("synnerliga"):
            got.add("PREASSESSMENT_OVERDUE")
        if f.get("skydd_missing"):
            got.add("PROTECTION_ASSESSMENT_LATE")
        elif c.skydd and not f.get("skydd_reason"):
            allowed = plus(c.anm, 1) if (c.anm_kl and c.anm_kl >= "16.00") else c.anm
            if c.skydd > allowed:
                got.add("PROTECTION_ASSESSMENT_LATE")
    if c.utr_start and f.get("has_investigation", True) and not f.get("fhb_open"):
        limit = f.get("ext_to") and d(f["ext_to"]) or add_months(c.utr_start, 4)
        if c.utr_end:
            if c.utr_end > limit:
                got.add("INVESTIGATION_OVERDUE")
        elif chk > limit:
            got.add("INVESTIGATION_OVERDUE")
        elif (limit - chk).days <= 14:
            got.add("DEADLINE_APPROACHING")
    for cat in ("REVIEW_OVERDUE", "GOALS_SET_LATE", "PLAN_MISSING", "IMPLEMENTATION_PLAN_MISSING"):
        if f.get(cat):
            got.add(cat)
    want = {cat for cat, dn, _ in case.expected if cat in DEADLINE}
    if got != want:
        raise AssertionError(f"{case.name}: deadline labels {sorted(want)} but dates say {sorted(got)}")
