"""``kind: risk_explained`` — a risk factor named without saying what it means for this child.

What it checks: every mention of a risk factor (cue ``risk_cue``, not negated, not in a sentence that
calls it a protective factor, not an outcome after "risk för"/"riskerar att") in ``in_sections``. The mention and the ``window`` sentences after it must
explain at least ``min_facets`` of: *why* it is a risk (causal or risk wording), its *extent* (frequency,
duration, severity, a number or date) and its *consequence* for the child. Each factor is reported once
per document, and not at all if any mention of it in those sections is explained, or if the mention
shares a content word with a sentence that explains a risk ("Umgänget med kriminella" in a risk list,
explained where the analysis reasons about "umgänget").
Why it matters: "Pappan har ett missbruk" says nothing about how the child is affected; the decision
needs to know why, how much and with what consequences.
Example: "Pappan har ett alkoholmissbruk." alone in the analysis -> RISK_UNEXPLAINED.
"""

from __future__ import annotations

from typing import Iterator, Literal

from pydantic import Field

from bbiccheck.checks.base import CheckContext, RuleSpec, register, spoken_list
from bbiccheck.model import Finding

FACET_NAMES = {"why": {"sv": "varför det är en risk", "en": "why it is a risk"},
               "extent": {"sv": "hur omfattande det är", "en": "how large it is"},
               "consequence": {"sv": "konsekvenser för barnet", "en": "consequences for the child"}}


class RiskExplainedRule(RuleSpec):
    kind: Literal["risk_explained"]
    in_sections: list[str] = Field(default_factory=lambda: ["analys", "bedomning", "risk_skydd"])
    risk_cue: str = "risk"
    outcome_cues: list[str] = Field(default_factory=lambda: ["riskutfall"],
                                    description="En riskfaktor efter 'risk för', 'riskerar att' är en följd, inte en orsak.")
    skip_cues: list[str] = Field(default_factory=lambda: ["skydd", "centralt_behov"],
                                 description="Meningar om skyddsfaktorer eller centrala behov räknas inte som omnämnanden.")
    facet_cues: dict[Literal["why", "extent", "consequence"], list[str]] = Field(
        default_factory=lambda: {"why": ["orsak", "riskutfall"], "extent": ["omfattning", "number", "date"],
                                 "consequence": ["konsekvens", "name", "barnref"]})
    window: int = Field(2, ge=0, description="Antal följande meningar i samma stycke som får förklara.")
    link_cues: list[str] = Field(default_factory=lambda: ["orsak", "riskord", "konsekvens"],
                                 description="En följande mening förklarar bara om den knyter an med någon av dessa.")
    generic_words: list[str] = Field(default_factory=lambda: ["mamma", "pappa", "förälder", "föräldrar", "barn", "familj",
                                                               "vårdnadshavare", "socialtjänst", "utredning"],
                                     description="Ord som inte räcker för att koppla ett omnämnande till en förklaring.")
    factor_key_length: int = Field(5, ge=3, description="Omnämnanden med samma början räknas som samma faktor (kriminellt/kriminella).")
    min_facets: int = Field(1, ge=1, le=3, description="Så många av why/extent/consequence krävs nära omnämnandet.")
    linking_facets: int = Field(2, ge=1, le=3, description="En mening med så många förklarar också andra omnämnanden med samma ord.")


@register("risk_explained", RiskExplainedRule, needs_nlp=True, provides={"factor", "missing"})
def check_risk_explained(rule: RiskExplainedRule, ctx: CheckContext) -> Iterator[Finding]:
    # read in the inner loops: locals, not model fields (a pydantic attribute costs ten local reads)
    risk, key_length, window = rule.risk_cue, rule.factor_key_length, rule.window
    outcome_cues, skip_cues, link_cues = rule.outcome_cues, rule.skip_cues, rule.link_cues
    facet_cues = list(rule.facet_cues.items())
    min_facets, linking_facets, generic = rule.min_facets, rule.linking_facets, tuple(rule.generic_words)
    for doc in ctx.documents(rule):
        unexplained: dict[str, tuple] = {}
        explained: set[str] = set()
        explaining_words: set[str] = set()  # content words of sentences that explain a risk
        for section in ctx.outer_sections(doc, rule.in_sections):
            section_sentences = list(ctx.sentences_of(doc, section))
            for i, sentence in enumerate(section_sentences):
                risks = [c for c in sentence.cues if c.label == risk and not c.negated]
                if not risks:
                    continue  # most sentences name no risk factor: quickest out, before the tests below
                found = sentence.labels()
                if not found.isdisjoint(skip_cues):
                    continue
                # a factor after "risk för"/"riskerar att" (an outcome cue) is an outcome, not a mention
                outcomes = [c.start for c in sentence.cues if c.label in outcome_cues]
                mentions = risks
                if outcomes:
                    first_outcome = min(outcomes)
                    mentions = [cue for cue in risks if cue.start <= first_outcome]
                if not mentions:
                    continue  # a factor only as an outcome ("risk för ..."): no window needed
                factors = None  # made only for a window: most mentions end their paragraph
                for following in section_sentences[i + 1:i + 1 + window]:
                    if following.block != sentence.block:
                        break
                    if factors is None:
                        factors = {c.text.lower()[:key_length] for c in sentence.cues}
                    also = following.labels()
                    same_factor = any(c.label == risk and c.text.lower()[:key_length] in factors for c in following.cues)
                    carries_on = same_factor or not also.isdisjoint(link_cues)
                    if not carries_on:
                        break  # only sentences that carry the reasoning on ("Det gör att ...") explain it
                    found = found | also  # the window: the mention and the sentences that explain it
                present = {facet for facet, cues in facet_cues if not found.isdisjoint(cues)}
                links = len(present) >= linking_facets
                if links:
                    explaining_words |= content_words(generic, sentence)
                for cue in mentions:
                    factor = cue.text.lower()[:key_length]
                    if len(present) >= min_facets:
                        explained.add(factor)
                    if not links and factor not in unexplained:
                        missing = [f for f in ("why", "extent", "consequence") if f not in present]
                        unexplained[factor] = (sentence, cue, missing)
        for factor, (sentence, cue, missing) in unexplained.items():
            # "Umgänget med kriminella" in the risk list is explained where the analysis reasons about "umgänget"
            if factor in explained or (explaining_words and content_words(generic, sentence) & explaining_words):
                continue
            yield ctx.finding(rule, doc=doc, block=sentence.block, start=sentence.start, end=sentence.end,
                              text=sentence.text, values={
                                  "factor": cue.text,
                                  "missing": spoken_list([FACET_NAMES[m]["en" if ctx.lang == "en" else "sv"] for m in missing],
                                                         ctx.lang)})


def content_words(generic: tuple[str, ...], sentence) -> set[str]:
    """Lemmas of five letters or more, other than names and words starting with a ``generic_words`` one."""
    names = {c.text.lower() for c in sentence.cues if c.label == "name"}
    return {lemma for lemma in sentence.lemmas if len(lemma) >= 5 and lemma not in names and not lemma.startswith(generic)}
