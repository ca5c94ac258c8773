"""``kind: risk_explained`` — a risk factor named without saying what it means for this child.

What it checks: every mention of a risk factor (cue ``risk_cue``, not negated, not in a sentence that
calls it a protective factor) in ``in_sections``. The mention and the ``window`` sentences after it must
explain at least ``min_facets`` of: *why* it is a risk (causal or risk wording), its *extent* (frequency,
duration, severity, a number or date) and its *consequence* for the child. Each factor is reported once
per document, and not at all if any mention of it in the document is explained.
Why it matters: "Pappan har ett missbruk" says nothing about how the child is affected; the decision
needs to know why, how much and with what consequences.
Example: "Pappan har ett alkoholmissbruk." alone in the analysis -> RISK_UNEXPLAINED.
"""

from __future__ import annotations

from typing import Iterator, Literal

from pydantic import Field

from bbiccheck.checks.base import CheckContext, RuleSpec, register
from bbiccheck.model import Finding

FACET_NAMES = {"why": {"sv": "varför det är en risk", "en": "why it is a risk"},
               "extent": {"sv": "omfattning", "en": "extent"},
               "consequence": {"sv": "konsekvenser för barnet", "en": "consequences for the child"}}


class RiskExplainedRule(RuleSpec):
    kind: Literal["risk_explained"]
    in_sections: list[str] = Field(default_factory=lambda: ["analys", "bedomning", "risk_skydd"])
    risk_cue: str = "risk"
    protective_cue: str = "skydd"
    facet_cues: dict[Literal["why", "extent", "consequence"], list[str]] = Field(
        default_factory=lambda: {"why": ["orsak", "riskord"], "extent": ["omfattning", "number", "date"],
                                 "consequence": ["konsekvens"]})
    window: int = Field(2, ge=0, description="Antal följande meningar i samma avsnitt som får förklara.")
    min_facets: int = Field(2, ge=1, le=3)


@register("risk_explained", RiskExplainedRule, needs_nlp=True, provides={"factor", "missing"})
def check_risk_explained(rule: RiskExplainedRule, ctx: CheckContext) -> Iterator[Finding]:
    for doc in ctx.documents(rule):
        unexplained: dict[str, tuple] = {}
        explained: set[str] = set()
        for section in ctx.outer_sections(doc, rule.in_sections):
            section_sentences = list(ctx.sentences_of(doc, section))
            for i, sentence in enumerate(section_sentences):
                if sentence.has(rule.protective_cue):
                    continue
                window = section_sentences[i:i + 1 + rule.window]
                present = {facet for facet, cues in rule.facet_cues.items() if any(s.has(*cues) for s in window)}
                for cue in sentence.cues:
                    if cue.label != rule.risk_cue or cue.negated:
                        continue
                    factor = cue.text.lower()
                    if len(present) >= rule.min_facets:
                        explained.add(factor)
                    elif factor not in unexplained:
                        missing = [f for f in ("why", "extent", "consequence") if f not in present]
                        unexplained[factor] = (sentence, cue, missing)
        for factor, (sentence, cue, missing) in unexplained.items():
            if factor in explained:
                continue
            yield ctx.finding(rule, doc=doc, block=sentence.block, start=sentence.start, end=sentence.end,
                              text=sentence.text, values={
                                  "factor": cue.text,
                                  "missing": ", ".join(FACET_NAMES[m]["en" if ctx.lang == "en" else "sv"] for m in missing)})
