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
    sections: list[str] = Field(default_factory=list,
                                description="Section keys whose heading date, or else first date, is this event "
                                            "('Skyddsbedömning 2026-11-12' as a heading).")
    patterns_in: dict[str, list[str]] = Field(default_factory=dict,
                                              description="Extra patterns that hold only in documents of a type "
                                                          "('Avslutad 2026-06-03' in an utredning).")


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
        self.events_in: dict[str, dict[str, list[str]]] = {}  # doc type -> event -> extra patterns
        self.section_events: dict[str, str] = {}  # section key -> event dated by its heading or first date
        self.cues: dict[str, list[str]] = {}
        self.negatable: list[str] = []
        self._taggers: dict[str | None, EventTagger] = {}
        for f in files:
            self.negatable += [n for n in f.negatable if n not in self.negatable]
            for target, source in ((self.sections, f.sections), (self.doctypes, f.doctypes), (self.cues, f.cues)):
                for name, items in source.items():
                    target.setdefault(name, []).extend(items)
            for name, spec in f.events.items():
                self.events.setdefault(name, []).extend(spec.patterns)
                self.event_exclusions.setdefault(name, []).extend(spec.unless)
                self.section_events.update({key: name for key in spec.sections})
                for doc_type, patterns in spec.patterns_in.items():
                    self.events_in.setdefault(doc_type, {}).setdefault(name, []).extend(patterns)

    @cached_property
    def section_table(self) -> SectionTable:
        return SectionTable(self.sections)

    @cached_property
    def doctype_table(self) -> DocTypeTable:
        return DocTypeTable(self.doctypes)

    def tagger(self, doc_type: str | None = None) -> EventTagger:
        """The event tagger for documents of ``doc_type`` (its own extra patterns added), built once."""
        if doc_type not in self._taggers:
            extra = self.events_in.get(doc_type or "", {})
            events = {name: self.events.get(name, []) + extra.get(name, []) for name in self.events.keys() | extra.keys()}
            self._taggers[doc_type] = EventTagger(events, self.event_exclusions)
        return self._taggers[doc_type]
