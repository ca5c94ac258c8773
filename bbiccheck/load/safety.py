"""Checks that run before any parsing, so a hostile or broken file fails fast with a clear message.

* ``sniff`` tells what a file is from its first bytes (the name can lie).
* ``SafeZip`` opens a zip container (.docx, .odt) only after its central directory passes the
  limits, and reads members against a byte budget that holds even if the headers lie.
* ``parse_xml`` parses one XML part with DTDs, entities and network access forbidden.
* ``ole_stream_names`` lists the streams of an OLE/CFB file (legacy .doc, or an encrypted Office
  file, which is a CFB holding an ``EncryptedPackage`` stream).

Every failure is an ``UnreadableFile`` whose message says what is wrong and what to do; messages
never contain document text.
"""

from __future__ import annotations

import codecs
import contextlib
import io
import mmap
import os
import struct
import zipfile
from enum import StrEnum
from pathlib import Path

from lxml import etree

from bbiccheck.load.base import Limits, UnreadableFile

MB = 1024 * 1024

MAGIC_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MAGIC_ZIP = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")


# --------------------------------------------------------------------------------------------
# Messages (one place, so wording stays consistent; none of them may include document text)


def too_large(size: int, limit: int) -> UnreadableFile:
    return UnreadableFile(
        f"Filen är för stor ({size / MB:.1f} MB, gränsen är {limit / MB:.0f} MB) – dela upp dokumentet "
        "eller höj limits.max_file_bytes.",
        f"The file is too large ({size / MB:.1f} MB, the limit is {limit / MB:.0f} MB) – split the document "
        "or raise limits.max_file_bytes.",
    )


def empty_file() -> UnreadableFile:
    return UnreadableFile(
        "Filen är tom (0 byte) – kontrollera att rätt fil är vald.",
        "The file is empty (0 bytes) – check that the right file was chosen.",
    )


def corrupt_zip() -> UnreadableFile:
    return UnreadableFile(
        "Filen är skadad eller ofullständig (trasigt zip-arkiv) – öppna originalet, spara en ny kopia och kör igen.",
        "The file is damaged or incomplete (broken zip archive) – open the original, save a new copy and run again.",
    )


def zip_bomb(what_sv: str, what_en: str) -> UnreadableFile:
    return UnreadableFile(
        f"Filen avvisades: {what_sv} – den kan vara skadad eller skadlig; spara om den i Word och kör igen.",
        f"The file was refused: {what_en} – it may be damaged or malicious; save it again in Word and run again.",
    )


def password_protected() -> UnreadableFile:
    return UnreadableFile(
        "Filen är lösenordsskyddad – spara en kopia utan lösenord och kör igen.",
        "The file is password-protected – save a copy without a password and run again.",
    )


def legacy_doc() -> UnreadableFile:
    return UnreadableFile(
        "Filen är ett äldre Word-format (.doc) – spara som .docx och kör igen.",
        "The file is in the old Word format (.doc) – save it as .docx and run again.",
    )


def rtf_file() -> UnreadableFile:
    return UnreadableFile(
        "Filen är i RTF-format – spara som .docx och kör igen.",
        "The file is in RTF format – save it as .docx and run again.",
    )


def text_renamed(suffix: str) -> UnreadableFile:
    return UnreadableFile(
        f"Filen heter {suffix} men innehåller vanlig text (eller HTML/XML) – öppna den i Word och spara som "
        ".docx, eller döp om den till .txt, och kör igen.",
        f"The file is named {suffix} but contains plain text (or HTML/XML) – open it in Word and save as .docx, "
        "or rename it to .txt, and run again.",
    )


def not_a_document(suffix: str) -> UnreadableFile:
    return UnreadableFile(
        f"Filen heter {suffix} men är inte ett läsbart dokument (okänt eller skadat format) – spara den som "
        ".docx och kör igen.",
        f"The file is named {suffix} but is not a readable document (unknown or damaged format) – save it as "
        ".docx and run again.",
    )


def missing_part(part: str) -> UnreadableFile:
    return UnreadableFile(
        f"Filen saknar sin huvuddel ({part}) – den är inte ett Word-/textdokument eller är skadad; "
        "spara om den som .docx och kör igen.",
        f"The file lacks its main part ({part}) – it is not a Word/text document or it is damaged; "
        "save it again as .docx and run again.",
    )


class DamagedPart(UnreadableFile):
    """An XML part that is not well-formed. Readers may skip an optional part (styles, comments)
    that fails this way; security refusals are plain ``UnreadableFile`` and always propagate."""


def bad_xml(part: str) -> UnreadableFile:
    return DamagedPart(
        f"Dokumentets innehåll ({part}) är skadat och kan inte tolkas – spara om dokumentet i Word och kör igen.",
        f"The document content ({part}) is damaged and cannot be parsed – save the document again in Word "
        "and run again.",
    )


def forbidden_dtd(part: str) -> UnreadableFile:
    return UnreadableFile(
        f"Dokumentet ({part}) innehåller en otillåten DTD/entitetsdeklaration – spara om det i Word och kör igen.",
        f"The document ({part}) contains a forbidden DTD/entity declaration – save it again in Word and run again.",
    )


def too_deep(limit: int) -> UnreadableFile:
    return UnreadableFile(
        f"Dokumentet är för djupt nästlat (mer än {limit} nivåer, t.ex. tabeller i tabeller) – förenkla "
        "strukturen och kör igen.",
        f"The document is nested too deeply (more than {limit} levels, e.g. tables inside tables) – simplify "
        "the structure and run again.",
    )


def too_many_blocks(limit: int) -> UnreadableFile:
    return UnreadableFile(
        f"Dokumentet har för många stycken (fler än {limit}) – dela upp det eller höj limits.max_blocks.",
        f"The document has too many paragraphs (more than {limit}) – split it or raise limits.max_blocks.",
    )


# --------------------------------------------------------------------------------------------
# What is this file?


class Kind(StrEnum):
    empty = "empty"
    zip = "zip"
    ole = "ole"
    pdf = "pdf"
    rtf = "rtf"
    text = "text"
    unknown = "unknown"


def sniff(path: Path) -> Kind:
    """Classify a file by its first bytes. Only reads 4 KB."""
    with open(path, "rb", buffering=0) as f:  # unbuffered: no buffer to fill, no terminal check
        head = f.read(4096)
    return sniff_bytes(head)


def sniff_bytes(head: bytes) -> Kind:
    if not head:
        return Kind.empty
    if head.startswith(MAGIC_ZIP):
        return Kind.zip
    if head.startswith(MAGIC_OLE):
        return Kind.ole
    if b"%PDF-" in head[:1024]:  # the PDF spec tolerates junk before the header
        return Kind.pdf
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{\\rtf"):
        return Kind.rtf
    if _looks_like_text(head):
        return Kind.text
    return Kind.unknown


def _looks_like_text(head: bytes) -> bool:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with a byte order mark
        return True
    if b"\x00" in head:
        return False
    try:
        # An incremental decoder tolerates a multi-byte character cut at the 4 KB boundary.
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
        return True
    except UnicodeDecodeError:
        pass
    # Legacy 8-bit text (cp1252): almost all bytes printable or whitespace.
    printable = sum(1 for b in head if b >= 32 or b in (9, 10, 13))
    return printable / len(head) > 0.97


def check_size(path: Path, limits: Limits) -> int:
    size = os.stat(path).st_size
    if size > limits.max_file_bytes:
        raise too_large(size, limits.max_file_bytes)
    if size == 0:
        raise empty_file()
    return size


# --------------------------------------------------------------------------------------------
# Zip containers


_EOCD = b"PK\x05\x06"
_EOCD64_LOCATOR = b"PK\x06\x07"
_MIN_CD_ENTRY = 46  # fixed part of a central directory entry


def _central_directory_counts(f, size: int) -> tuple[int, int]:
    """(number of entries, central directory size) from the end record, read before zipfile does.

    zipfile would build a ZipInfo for every entry first; a hostile archive can declare millions,
    so the count is checked from the 22-byte end record (plus the zip64 record if present).
    """
    tail_len = min(size, 22 + 65535)
    f.seek(size - tail_len)
    tail = f.read(tail_len)
    pos = tail.rfind(_EOCD)
    if pos < 0 or pos + 22 > len(tail):
        raise corrupt_zip()
    _, _, _, _, entries, cd_size, cd_offset, _ = struct.unpack("<4sHHHHIIH", tail[pos : pos + 22])
    if entries == 0xFFFF or cd_size == 0xFFFFFFFF or cd_offset == 0xFFFFFFFF:
        loc = pos - 20
        if loc < 0 or tail[loc : loc + 4] != _EOCD64_LOCATOR:
            raise corrupt_zip()
        (eocd64_offset,) = struct.unpack("<Q", tail[loc + 8 : loc + 16])
        if eocd64_offset + 56 > size:
            raise corrupt_zip()
        f.seek(eocd64_offset)
        rec = f.read(56)
        if len(rec) < 56 or rec[:4] != b"PK\x06\x06":
            raise corrupt_zip()
        entries, cd_size = struct.unpack("<QQ", rec[32:48])
    return entries, cd_size


IN_MEMORY_BYTES = 8 * MB  # SafeZip reads a zip up to this size into memory at once


class SafeZip:
    """A zip archive opened only after its directory passed the limits; reads obey a byte budget.

    Use as a context manager. ``read`` returns a member's bytes, ``read_xml`` its parsed root.
    """

    def __init__(self, path: Path, limits: Limits):
        self.limits = limits
        self._budget = limits.max_uncompressed_bytes
        size = check_size(path, limits)
        # read-only; the original is never written. A file of ordinary size is read at once: zipfile reads
        # the directory and each member with seeks and reads of its own (~40 system calls a document, ≈ 1 %
        # of a check on a virtual machine); a large one (images) is read as needed, not held whole.
        if size <= IN_MEMORY_BYTES:
            with open(path, "rb", buffering=0) as f:
                self._file = io.BytesIO(f.read(size))
        else:
            self._file = open(path, "rb")
        try:
            entries, cd_size = _central_directory_counts(self._file, size)
            if entries > limits.max_zip_entries or cd_size > limits.max_zip_entries * (_MIN_CD_ENTRY + 3 * 1024):
                raise zip_bomb(
                    f"för många delar i arkivet ({entries}, gränsen är {limits.max_zip_entries})",
                    f"too many entries in the archive ({entries}, the limit is {limits.max_zip_entries})",
                )
            self._file.seek(0)
            self._zip = zipfile.ZipFile(self._file, "r")
            self._check_directory()
        except UnreadableFile:
            self.close()
            raise
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, struct.error, OSError):
            self.close()
            raise corrupt_zip() from None

    def _check_directory(self) -> None:
        infos = self._zip.infolist()
        if len(infos) > self.limits.max_zip_entries:
            raise zip_bomb("för många delar i arkivet", "too many entries in the archive")
        total = 0
        for info in infos:
            if info.flag_bits & 0x1:
                raise password_protected()
            total += info.file_size
            # Small members cannot be bombs on their own (the total still counts); big ones must
            # not inflate beyond the ratio a real document reaches.
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size > MB and ratio > self.limits.max_compression_ratio:
                raise zip_bomb(
                    f"misstänkt hög komprimeringsgrad ({ratio:.0f}:1)",
                    f"suspiciously high compression ratio ({ratio:.0f}:1)",
                )
        if total > self.limits.max_uncompressed_bytes:
            raise zip_bomb(
                f"innehållet packas upp till {total / MB:.0f} MB (gränsen är "
                f"{self.limits.max_uncompressed_bytes / MB:.0f} MB)",
                f"the content unpacks to {total / MB:.0f} MB (the limit is "
                f"{self.limits.max_uncompressed_bytes / MB:.0f} MB)",
            )

    def __enter__(self) -> SafeZip:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if getattr(self, "_zip", None) is not None:
            self._zip.close()
        self._file.close()

    def names(self) -> list[str]:
        return self._zip.namelist()

    def has(self, name: str) -> bool:
        try:
            self._zip.getinfo(name)
            return True
        except KeyError:
            return False

    def declared_sizes(self, name: str) -> tuple[int, int]:
        """(stored, inflated) size of a member as its directory entry declares them."""
        info = self._zip.getinfo(name)
        return info.compress_size, info.file_size

    def read(self, name: str) -> bytes:
        """A member's bytes. Reads in chunks and stops at the remaining budget, whatever the
        headers declare, so a member that inflates beyond its declared size cannot exhaust memory."""
        info = self._zip.getinfo(name)
        chunks: list[bytes] = []
        with _member_errors():
            with self._zip.open(info) as member:
                while True:
                    chunk = member.read(min(MB, self._budget + 1))
                    if not chunk:
                        break
                    self.charge(len(chunk))
                    chunks.append(chunk)
        return b"".join(chunks)

    def charge(self, size: int) -> None:
        """Count ``size`` inflated bytes against the budget: what ``read`` does for what it returns.
        A caller that has the result of an earlier ``read`` of the same stored bytes (see
        ``stored_key``) charges its size, so the budget runs out exactly as if it read again."""
        self._budget -= size
        if self._budget < 0:
            raise zip_bomb("innehållet packas upp till mer än gränsen", "it unpacks past the limit")

    def stored_key(self, name: str) -> tuple[tuple[int, int, int, int, int], bytes]:
        """A member's stored (compressed) bytes with the directory fields that say how ``read`` inflates
        and checks them.

        Equal keys mean ``read`` returns equal bytes (or fails alike), so a caller can recognise a part it
        has seen without inflating it again: the styles part of python-docx's template is 12 KB stored and
        350 KB inflated. The bytes themselves are the key, not a digest of them: a dict compares them with
        one memcmp, where SHA-256 cost ≈ 40 instructions a byte (≈ 0.5 M a document). The local header's
        dates are left out (they differ from save to save); zipfile's own checks of that header run as in
        ``read``. Nothing is inflated and the budget is not charged.
        """
        info = self._zip.getinfo(name)
        with _member_errors():
            with self._zip.open(info):  # the header checks zipfile makes before reading
                pass
            # The stored bytes follow the local header and its name and extra field. (zipfile seeks
            # before each of its own reads, so moving the shared file here disturbs nothing.)
            self._file.seek(info.header_offset)
            header = self._file.read(zipfile.sizeFileHeader)
            *_, name_length, extra_length = struct.unpack(zipfile.structFileHeader, header)
            self._file.seek(name_length + extra_length, os.SEEK_CUR)
            stored = self._file.read(info.compress_size)
        return (info.compress_type, info.flag_bits, info.CRC, info.compress_size, info.file_size), stored

    def read_xml(self, name: str) -> etree._Element:
        return parse_xml(self.read(name), self.limits, name)


@contextlib.contextmanager
def _member_errors():
    """zipfile's and the decompressors' errors while reading a member, as ``UnreadableFile``."""
    try:
        yield
    except UnreadableFile:
        raise
    except RuntimeError:  # zipfile raises this for encrypted members
        raise password_protected() from None
    except NotImplementedError:  # an unsupported compression method
        raise corrupt_zip() from None
    except (zipfile.BadZipFile, EOFError, ValueError, OSError, struct.error):
        raise corrupt_zip() from None
    except Exception as exc:  # zlib.error and friends from a damaged deflate stream
        if type(exc).__module__ in ("zlib", "bz2", "lzma", "_lzma"):
            raise corrupt_zip() from None
        raise


# --------------------------------------------------------------------------------------------
# XML


_DOCTYPE_MARKERS = tuple("<!DOCTYPE".encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be")) + tuple(
    "<!ENTITY".encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be")
)


def parse_xml(data: bytes, limits: Limits, part: str = "XML") -> etree._Element:
    """Parse one XML part safely: no DTD, no entities, no network, bounded depth.

    A DTD is refused outright (Office and ODF parts never carry one), before libxml2 sees it; the
    parser options are a second line of defence. libxml2 stops at depth 256 without huge_tree;
    ``check_depth`` enforces ``limits.max_xml_depth`` when that is lower.
    """
    # Every marker holds a "!" byte, found by one memchr scan (far quicker than a search for "<!", as "<"
    # is everywhere): most parts have none. Then every marker starts with "<!" (UTF-8) or holds "<\0!" (UTF-16).
    if b"!" in data and (b"<!" in data or b"<\x00!" in data) and any(marker in data for marker in _DOCTYPE_MARKERS):
        raise forbidden_dtd(part)
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        huge_tree=False,
        load_dtd=False,
        dtd_validation=False,
        remove_pis=True,
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        if "depth" in str(exc).lower():
            raise too_deep(min(limits.max_xml_depth, 256)) from None
        raise bad_xml(part) from None
    except ValueError:  # e.g. an empty part
        raise bad_xml(part) from None
    docinfo = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None or docinfo.externalDTD is not None:
        raise forbidden_dtd(part)
    check_depth(root, limits.max_xml_depth)
    return root


def check_depth(root: etree._Element, max_depth: int) -> None:
    """Raise ``too_deep`` if elements nest deeper than ``max_depth``. Iterative, no recursion."""
    if max_depth >= 256:  # libxml2 already refused anything deeper than 256 while parsing
        return
    depth = 0
    for event, _ in etree.iterwalk(root, events=("start", "end")):
        depth += 1 if event == "start" else -1
        if depth > max_depth:
            raise too_deep(max_depth)


# --------------------------------------------------------------------------------------------
# OLE / Compound File Binary (legacy .doc, encrypted .docx)


_FREE_OR_END = 0xFFFFFFFA  # sector numbers at or above this are markers, not sectors


def ole_stream_names(path: Path) -> set[str]:
    """Names of all directory entries of a CFB file; empty if the directory cannot be followed.

    Minimal reader of [MS-CFB]: header -> DIFAT -> FAT -> directory chain. Every chain is bounded by
    the file size and a visited set, so a corrupt or looping file cannot hang the reader.
    """
    with open(path, "rb") as f:
        size = os.fstat(f.fileno()).st_size
        try:
            return _ole_names(f, size)
        except (struct.error, ValueError, OSError):
            return set()


def _ole_names(f, size: int) -> set[str]:
    header = f.read(512)
    if len(header) < 512 or not header.startswith(MAGIC_OLE):
        return set()
    (shift,) = struct.unpack_from("<H", header, 0x1E)
    if shift not in (9, 12):
        return set()
    sector = 1 << shift
    max_sectors = size // sector + 1
    n_fat, first_dir = struct.unpack_from("<II", header, 0x2C)
    first_difat, n_difat = struct.unpack_from("<II", header, 0x44)

    def read_sector(number: int) -> bytes:
        if number >= max_sectors:
            raise ValueError("sector out of range")
        f.seek((number + 1) * sector)
        return f.read(sector)

    fat_sectors = [s for s in struct.unpack_from("<109I", header, 0x4C) if s < _FREE_OR_END]
    next_difat, seen = first_difat, set()
    while next_difat < _FREE_OR_END and len(seen) < min(n_difat, max_sectors):
        seen.add(next_difat)
        entries = struct.unpack(f"<{sector // 4}I", read_sector(next_difat))
        fat_sectors += [s for s in entries[:-1] if s < _FREE_OR_END]
        next_difat = entries[-1] if entries[-1] not in seen else _FREE_OR_END
    fat: list[int] = []
    for s in fat_sectors[: min(n_fat, max_sectors)]:
        fat.extend(struct.unpack(f"<{sector // 4}I", read_sector(s)))

    names: set[str] = set()
    current, visited = first_dir, set()
    while current < _FREE_OR_END and current not in visited and current < len(fat):
        visited.add(current)
        data = read_sector(current)
        for off in range(0, len(data) - 127, 128):
            (name_len,) = struct.unpack_from("<H", data, off + 64)
            if 2 <= name_len <= 64 and data[off + 66] in (1, 2, 5):
                names.add(data[off : off + name_len - 2].decode("utf-16-le", "replace"))
        current = fat[current]
    return names


_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")


def ole_error(path: Path) -> UnreadableFile:
    """The right message for an OLE file: password-protected Office file, or a legacy .doc."""
    names = ole_stream_names(path)
    if "EncryptedPackage" in names:
        return password_protected()
    if not names:  # directory not followable: fall back to a byte search for the stream name
        with open(path, "rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as m:
            if m.find(_ENCRYPTED_PACKAGE) >= 0:
                return password_protected()
    return legacy_doc()
