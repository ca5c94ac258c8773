"""Files and folders into the document model: read -> sections -> type, metadata, dates.

This package is the only one that knows about file formats. ``load_case`` never raises for a bad
file: it records a ReadError and goes on with the rest of the case.
"""

from __future__ import annotations

import ctypes
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from bbiccheck.load.base import Limits, ReadResult, UnreadableFile
from bbiccheck.load.dates import section_events
from bbiccheck.load.sections import build
from bbiccheck.model import BlockKind, Case, DocType, Document, Ignore, ReadError
from bbiccheck.patterns import Haystack

if TYPE_CHECKING:
    from bbiccheck.lexicon import Lexicon

DOCUMENT_SUFFIXES = {".docx", ".docm", ".dotx", ".odt", ".pdf", ".txt", ".md", ".doc"}
AUTHOR_LABELS = re.compile(r"^(handläggare|ansvarig handläggare|socialsekreterare|ansvarig socialsekreterare|utredare|"
                           r"utredande socialsekreterare|upprättad av|författare|barnsekreterare)\b", re.IGNORECASE)
AUTHOR_IN_TEXT = re.compile(r"\b(?:Handläggare|Socialsekreterare|Utredare|Upprättad av)\s*:\s*"
                            r"(?P<name>[A-ZÅÄÖ][a-zåäöé]+(?:[ -][A-ZÅÄÖ][a-zåäöé]+){1,2})")
TOOL_AUTHORS = {"python-docx", "pandoc", "libreoffice", "microsoft office user", "unknown", "author", "användare", "user"}
IGNORE_NOTE = re.compile(r"bbiccheck\s*:\s*ignorera\s+(?P<rule>[A-Z][A-Z0-9-]*\d)\s*(?:[–—:-]\s*(?P<reason>.+))?",
                         re.IGNORECASE)


def read_file(path: Path, limits: Limits) -> ReadResult:
    from bbiccheck.load.readers import read_file as read_any

    return read_any(path, limits)


LONG_DOCUMENT_BLOCKS = 5_000


def load_document(path: Path, display_path: str, lexicon: Lexicon, limits: Limits | None = None) -> Document:
    """Read one file into a Document. Raises UnreadableFile with a one-line reason."""
    raw = read_file(path, limits or Limits())
    if len(raw.blocks) > LONG_DOCUMENT_BLOCKS:
        return_freed_memory()
    return assemble(raw, path.name, display_path, lexicon)


@cache
def _malloc_trim():
    try:
        return ctypes.CDLL(None).malloc_trim  # glibc; elsewhere there is nothing to do
    except (AttributeError, OSError):
        return None


def return_freed_memory() -> None:
    """Give freed C-heap pages back to the system. The XML tree of a long document (tens of MB for
    60,000 paragraphs) is freed once it is read, but glibc keeps the pages, and Python's small objects,
    built next, come from elsewhere: without this the tree's memory stays in the process's peak."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


def document_from_text(text: str, display_path: str, lexicon: Lexicon, doc_type: DocType | None = None) -> Document:
    """A Document from the mini text format (rule examples, tests): the same path as a real file."""
    from bbiccheck.load.text_reader import parse_text

    doc = assemble(ReadResult(blocks=parse_text(text)), display_path, display_path, lexicon)
    return doc.model_copy(update={"type": doc_type}) if doc_type else doc


def assemble(raw: ReadResult, file_name: str, display_path: str, lexicon: Lexicon) -> Document:
    # a "bbiccheck: ignorera ..." paragraph is a note to the tool, not content to check (a note has a
    # ":", so the regex runs only on the few blocks with one)
    notes, content = [], []
    for block in raw.blocks:
        (notes if ":" in block.text and IGNORE_NOTE.search(block.text) else content).append(block)
    root, text, blocks = build(content, lexicon.section_table)
    heading = next((s.title for s in root.walk() if s.level > 0), None)  # the first one
    opening = " ".join(b.text for b in blocks[:3])
    doc_type = lexicon.doctype_table.guess(file_name, raw.title, heading, opening)
    tagger = lexicon.tagger(doc_type.value)
    headers = []  # most documents have none: no section tree or tagging for them
    if raw.headers:
        header_blocks = build(raw.headers, lexicon.section_table)[2]
        headers = [b.model_copy(update={"kind": BlockKind.header}) for b in header_blocks]
    # the block texts lower-cased once, for date tagging here and for the checks (DocumentIndex)
    haystack = Haystack((b.index, b.text) for b in blocks)
    yearless: list[int] = []
    dated = tagger.mentions(blocks, yearless=yearless, haystack=haystack)
    date = document_date(dated, tagger.mentions(headers))
    default_year = date.year if date else (dated[0].date.year if dated else None)
    # Tagging again with the default year can only add dates without a year: skip it when there were none.
    dates = tagger.mentions(blocks, default_year, haystack=haystack) if default_year and yearless else dated
    document = Document(
        path=display_path,
        type=doc_type,
        title=heading if heading is not None else raw.title,
        author=find_author(blocks, raw.author),
        date=date,
        text=text,
        root=root,
        headers=headers,
        dates=dates + section_events(root, dates, lexicon.section_events, default_year),
        ignores=[Ignore(rule=m["rule"].upper(), reason=(m["reason"] or "").strip())
                 for note in raw.comments + [b.text for b in notes] for m in IGNORE_NOTE.finditer(note)],
    )
    document._derived.haystack = haystack
    return document


def find_author(blocks, core_author: str | None) -> str | None:
    for block in blocks:
        if block.kind == BlockKind.fact and block.label and AUTHOR_LABELS.match(block.label):
            value = block.text[len(block.label) + 2:].strip()
            if value and not value.lower().startswith(("klicka", "[")):
                return value.split(",")[0].strip()
        if m := AUTHOR_IN_TEXT.search(block.text):
            return m["name"]
    return core_author if core_author and core_author.lower() not in TOOL_AUTHORS else None


def document_date(body_dates, header_dates):
    for mention in body_dates:
        if mention.event == "dokumentdatum":
            return mention.date
    if header_dates:
        return header_dates[0].date
    return None


@dataclass(frozen=True)
class CaseSource:
    id: str
    path: Path
    files: tuple[Path, ...]


def shown(path: Path | str) -> str:
    """A path or file name as report text. A name that is not UTF-8 (made on another system) reaches
    Python with its bytes as lone surrogates, which no UTF-8 report can hold: they are shown as U+FFFD."""
    return str(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def is_document(path: Path) -> bool:
    return path.suffix.lower() in DOCUMENT_SUFFIXES and not path.name.startswith(("~$", ".")) \
        and path.name.lower() not in {"readme.md", "labels.yaml"}


def discover(path: Path) -> Iterator[CaseSource]:
    """A file is a case of one document; a folder holding documents is a case; a folder of folders is a caseload."""
    if not path.is_dir():
        yield CaseSource(shown(path.stem), path, (path,))
        return
    try:
        entries = sorted(path.iterdir())
    except OSError:
        yield CaseSource(shown(path.name), path, ())
        return
    files = tuple(p for p in entries if not p.is_dir() and is_document(p))
    if files:
        yield CaseSource(shown(path.name), path, files)
    for sub in entries:
        if sub.is_dir() and not sub.name.startswith((".", "_")):
            if sub.is_symlink() and sub.resolve() in path.resolve().parents:
                continue  # a symlink loop back up the tree
            yield from discover(sub)


def load_case(source: CaseSource, lexicon: Lexicon, limits: Limits | None = None, lang: str = "sv",
              debug: bool = False) -> Case:
    case = Case(id=source.id, path=shown(source.path))
    for file in source.files:
        display = shown(file)
        try:
            case.documents.append(load_document(file, display, lexicon, limits))
        except UnreadableFile as error:
            case.errors.append(ReadError(path=display, message=error.message(lang)))
        except Exception as error:  # a reader bug must not stop a batch; --debug re-raises in the CLI
            if debug:
                raise
            name = shown(file.name)
            sv = f"{name}: filen kunde inte läsas ({type(error).__name__}) – öppna och spara den i Word och kör igen."
            en = f"{name}: the file could not be read ({type(error).__name__}) – open and save it in Word and run again."
            case.errors.append(ReadError(path=display, message=sv if lang == "sv" else en))
    return case
