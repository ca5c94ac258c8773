"""Shared vocabularies from rules/lexicon/*.yaml: section synonyms, document types, dated events, cues.

Several rule folders may each have a lexicon/ folder; a local one extends the default (lists are
appended, new names added), so a municipality adds its own headings without copying ours.
"""

from __future__ import annotations

from functools import cached_property
from pydantic import BaseModel, ConfigDict, Field

from bbiccheck.load.dates import EventTagger
from bbiccheck.load.doctype import DocTypeTable
from bbiccheck.load.sections import SectionTable


class EventSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")
    description: str = ""
    patterns: list[str]
    unless: list[str] = Field(default_factory=list, description="A sentence matching one of these is not this event.")


class LexiconFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    sections: dict[str, list[str]] = Field(default_factory=dict)
    doctypes: dict[str, list[str]] = Field(default_factory=dict)
    events: dict[str, EventSpec] = Field(default_factory=dict)
    cues: dict[str, list[str]] = Field(default_factory=dict)
    negatable: list[str] = Field(default_factory=list, description="Cue labels that a negation word cancels.")


class Lexicon:
    def __init__(self, files: list[LexiconFile]):
        self.sections: dict[str, list[str]] = {}
        self.doctypes: dict[str, list[str]] = {}
        self.events: dict[str, list[str]] = {}
        self.event_exclusions: dict[str, list[str]] = {}
        self.cues: dict[str, list[str]] = {}
        self.negatable: list[str] = []
        for f in files:
            self.negatable += [n for n in f.negatable if n not in self.negatable]
            for target, source in ((self.sections, f.sections), (self.doctypes, f.doctypes), (self.cues, f.cues)):
                for name, items in source.items():
                    target.setdefault(name, []).extend(items)
            for name, spec in f.events.items():
                self.events.setdefault(name, []).extend(spec.patterns)
                self.event_exclusions.setdefault(name, []).extend(spec.unless)

    @cached_property
    def section_table(self) -> SectionTable:
        return SectionTable(self.sections)

    @cached_property
    def doctype_table(self) -> DocTypeTable:
        return DocTypeTable(self.doctypes)

    @cached_property
    def tagger(self) -> EventTagger:
        return EventTagger(self.events, self.event_exclusions)
