"""``kind: analysis_summary`` — an analysis that retells the investigation instead of reasoning.

What it checks: two measures over the sentences of the analysis sections. *Restatement*: the share of
sentences whose lemma shingles (``shingle`` words long) mostly occur in earlier sections; one pass builds
a shingle index of the earlier text, so the cost is linear in the document. *Reasoning*: the share of
sentences with a reasoning cue (``reasoning_cues``: causal links, evaluation, weighing of risk and
protection, conclusions about needs). The analysis is a summary when the restated share is at least
``max_restated`` or the reported-speech share is at least ``max_reported``, and the reasoning share is
below ``min_reasoning`` — or, when it neither restates nor reports, the reasoning share is below
``min_reasoning_alone`` (a bare list of facts). The finding lists the restated sentences and where they
came from.
Why it matters: the analysis is where the facts are weighed into an understanding of this child's
needs; a retelling leaves the decision without reasons.
Example: "Mamma uppger att ... Skolan berättar att ... Sammanfattningsvis har Elsa hög frånvaro." -> ANALYSIS_SUMMARY.
"""

from __future__ import annotations

from typing import Iterator, Literal

from pydantic import Field

from bbiccheck.annotations import Sentence
from bbiccheck.checks.base import CheckContext, RuleSpec, register
from bbiccheck.model import Document, Finding, Location


class AnalysisSummaryRule(RuleSpec):
    kind: Literal["analysis_summary"]
    analysis_sections: list[str] = Field(default_factory=lambda: ["analys"])
    exclude_from_sources: list[str] = Field(default_factory=lambda: ["analys", "bedomning", "forslag", "centrala_behov"])
    shingle: int = Field(3, ge=2, le=8, description="Antal lemman per shingel.")
    restated_overlap: float = Field(0.5, gt=0, le=1, description="Andel av meningens shinglar som ska finnas tidigare för att den räknas som återgiven.")
    max_restated: float = Field(0.4, gt=0, le=1)
    max_reported: float = Field(0.5, gt=0, le=1)
    min_reasoning: float = Field(0.3, ge=0, le=1, description="Andel resonerande meningar som krävs när analysen återger.")
    min_reasoning_alone: float = Field(0.15, ge=0, le=1, description="Andel som krävs även när den inte återger något.")
    min_sentences: int = Field(3, ge=1)
    reasoning_cues: list[str] = Field(default_factory=lambda: ["orsak", "vardering", "vagning", "riskord", "skydd", "behov"])
    reported_cues: list[str] = Field(default_factory=lambda: ["referat"])


def shingles(lemmas: tuple[str, ...], n: int) -> list[tuple[str, ...]]:
    return [lemmas[i:i + n] for i in range(len(lemmas) - n + 1)]  # a typed loop, compiled (analysis_summary.pxd)


@register("analysis_summary", AnalysisSummaryRule, needs_nlp=True,
          provides={"restated", "reported", "reasoning", "total", "restated_pct", "reasoning_pct"})
def check_analysis_summary(rule: AnalysisSummaryRule, ctx: CheckContext) -> Iterator[Finding]:
    for doc in ctx.documents(rule):
        analysis = ctx.outer_sections(doc, rule.analysis_sections)
        sentences = [s for section in analysis for s in ctx.sentences_of(doc, section) if len(s.lemmas) >= 3]
        if len(sentences) < rule.min_sentences:
            continue
        grams_of = [shingles(s.lemmas, rule.shingle) for s in sentences]
        wanted = set().union(*grams_of)
        index = _source_index(rule, ctx, doc, {b.index for sec in analysis for b in sec.all_blocks()}, wanted)
        restated: list[tuple[Sentence, Sentence]] = []
        overlap = rule.restated_overlap
        for sentence, grams in zip(sentences, grams_of):
            hits = [index[g] for g in grams if g in index]
            if grams and len(hits) / len(grams) >= overlap:
                restated.append((sentence, most_common(hits)))
        labels = [s.labels() for s in sentences]
        reasoning = sum(1 for found in labels if not found.isdisjoint(rule.reasoning_cues))
        reported = sum(1 for found in labels if not found.isdisjoint(rule.reported_cues))
        total = len(sentences)
        summary_like = len(restated) / total >= rule.max_restated or reported / total >= rule.max_reported
        # a retelling may reason a little; a list of facts that never reasons is a summary whatever its source
        if reasoning / total >= (rule.min_reasoning if summary_like else rule.min_reasoning_alone):
            continue
        first = restated[0][0] if restated else sentences[0]
        sources = [Location(section=ctx.section_path(doc, src.block), block=src.block, start=src.start, end=src.end,
                            text=src.text) for _, src in restated]
        yield ctx.finding(
            rule, doc=doc, block=first.block, start=first.start, end=first.end, text=first.text,
            values={"restated": len(restated), "reported": reported, "reasoning": reasoning, "total": total,
                    "restated_pct": round(100 * len(restated) / total), "reasoning_pct": round(100 * reasoning / total)},
            sources=sources or None)


def _source_index(rule: AnalysisSummaryRule, ctx: CheckContext, doc: Document, skip: set[int], wanted: set) -> dict:
    """Shingle -> the earlier sentence it first appears in (one pass over the rest of the document), for the
    ``wanted`` shingles (those of the analysis) only."""
    excluded = {b.index for s in ctx.sections(doc, rule.exclude_from_sources) for b in s.all_blocks()} | skip
    # A shingle is made only where its first lemma starts a wanted one: a third of the ~1,000 positions a
    # document has, instead of a tuple made and hashed at every position.
    firsts = {gram[0] for gram in wanted}
    n = rule.shingle
    index: dict[tuple[str, ...], Sentence] = {}
    for block_index, sentences in ctx.sentences.get(doc.path, {}).items():
        if block_index in excluded:
            continue
        for sentence in sentences:
            lemmas = sentence.lemmas
            for at in range(len(lemmas) - n + 1):
                if lemmas[at] in firsts:
                    gram = lemmas[at:at + n]
                    if gram in wanted:
                        index.setdefault(gram, sentence)
    return index


def most_common(items: list):
    """The object found most often in ``items`` (by identity), the first found among equals: what
    ``Counter(map(id, items)).most_common(1)`` picks, without a Counter's cost (a few hits per sentence)."""
    ids = [id(item) for item in items]
    return items[ids.index(max(ids, key=ids.count))]
