"""One entry point for every file: decide what it is (content first, name second) and read it.

The content decides because names lie: a PDF saved as "x.docx" is read as a PDF, an .odt renamed
.docx as an .odt, a legacy .doc or password-protected file gets a message saying how to fix it.
File-system problems (missing, no permission, a folder, a symlink loop) become ``UnreadableFile``
too. Originals are only ever opened for reading.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from bbiccheck.load import safety
from bbiccheck.load.base import Limits, ReadResult, UnreadableFile
from bbiccheck.load.safety import Kind

WORD_SUFFIXES = {".docx", ".docm", ".dotx", ".dotm"}
TEXT_SUFFIXES = {".txt", ".md"}
SUPPORTED = ".docx, .docm, .dotx, .odt, .pdf, .txt, .md"
# Names that promise some document; their content is checked, and a helpful message is given.
KNOWN_SUFFIXES = WORD_SUFFIXES | TEXT_SUFFIXES | {".odt", ".pdf", ".doc", ".rtf"}


def unsupported(suffix: str) -> UnreadableFile:
    shown = suffix or "(ingen filändelse)"
    shown_en = suffix or "(no extension)"
    return UnreadableFile(
        f"Filtypen {shown} stöds inte – spara dokumentet i något av formaten {SUPPORTED} och kör igen.",
        f"The file type {shown_en} is not supported – save the document in one of {SUPPORTED} and run again.",
    )


def _os_error(error: OSError) -> UnreadableFile:
    if isinstance(error, FileNotFoundError):
        return UnreadableFile(
            "Filen finns inte – kontrollera sökvägen och kör igen.",
            "The file does not exist – check the path and run again.",
        )
    if isinstance(error, PermissionError):
        return UnreadableFile(
            "Filen kan inte öppnas: behörighet saknas – be om läsrätt eller kopiera filen och kör igen.",
            "The file cannot be opened: permission denied – ask for read access or copy the file and run again.",
        )
    if isinstance(error, IsADirectoryError):
        return _directory()
    if error.errno == errno.ELOOP:
        return UnreadableFile(
            "Sökvägen är en symbolisk länk som pekar på sig själv (länkslinga) – ange den riktiga filen.",
            "The path is a symbolic link that points back to itself (link loop) – give the real file.",
        )
    return UnreadableFile(
        f"Filen kan inte läsas (systemfel: {error.strerror or type(error).__name__}) – kontrollera filen och kör igen.",
        f"The file cannot be read (system error: {error.strerror or type(error).__name__}) – check the file and "
        "run again.",
    )


def _directory() -> UnreadableFile:
    return UnreadableFile(
        "Sökvägen är en mapp, inte en fil – ange en dokumentfil.",
        "The path is a folder, not a file – give a document file.",
    )


def _not_regular() -> UnreadableFile:
    return UnreadableFile(
        "Sökvägen är inte en vanlig fil (utan t.ex. en namngiven pipe eller en enhet) – ange en dokumentfil.",
        "The path is not a regular file (but e.g. a named pipe or a device) – give a document file.",
    )


def read_file(path: Path, limits: Limits) -> ReadResult:
    """Read any supported document into a ``ReadResult``; every failure is an ``UnreadableFile``."""
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        info = os.stat(path)  # follows symlinks: a loop raises ELOOP here
        if stat.S_ISDIR(info.st_mode):
            raise _directory()
        if not stat.S_ISREG(info.st_mode):  # a FIFO or device would block or never end
            raise _not_regular()
        if info.st_size > limits.max_file_bytes:
            raise safety.too_large(info.st_size, limits.max_file_bytes)
        kind = safety.sniff(path)
        return _dispatch(path, suffix, kind, limits)
    except OSError as error:
        raise _os_error(error) from None


def _dispatch(path: Path, suffix: str, kind: Kind, limits: Limits) -> ReadResult:
    if suffix not in KNOWN_SUFFIXES and kind not in (Kind.zip, Kind.pdf, Kind.ole):
        raise unsupported(suffix)
    if kind == Kind.empty:
        raise safety.empty_file()
    if kind == Kind.zip:
        return _read_zip_document(path, suffix, limits)
    if kind == Kind.pdf:
        from bbiccheck.load.pdf_reader import read_pdf

        return read_pdf(path, limits)
    if kind == Kind.ole:
        raise safety.ole_error(path)
    if kind == Kind.rtf:
        raise safety.rtf_file()
    if suffix in TEXT_SUFFIXES:
        from bbiccheck.load.text_reader import read_text

        return read_text(path)
    if kind == Kind.text:
        raise safety.text_renamed(suffix)
    raise safety.not_a_document(suffix)


def _read_zip_document(path: Path, suffix: str, limits: Limits) -> ReadResult:
    """A zip is a .docx or an .odt whatever it is called; anything else (.xlsx, a plain zip) is not
    a document we read."""
    with safety.SafeZip(path, limits) as z:
        names = set(z.names())
        is_odt = "content.xml" in names and (
            "mimetype" not in names or z.read("mimetype").strip().startswith(b"application/vnd.oasis.opendocument.text")
        )
        if not is_odt or "word/document.xml" in names:
            if suffix not in KNOWN_SUFFIXES and not names & {"word/document.xml", "[Content_Types].xml"}:
                raise unsupported(suffix)  # a plain .zip, or some other zip-based format
            if suffix == ".odt" and "word/document.xml" not in names:
                raise safety.missing_part("content.xml")
            from bbiccheck.load.docx_reader import read_docx_zip

            return read_docx_zip(z)  # the archive is open and checked already: read it once
    from bbiccheck.load.odt_reader import read_odt

    return read_odt(path, limits)
