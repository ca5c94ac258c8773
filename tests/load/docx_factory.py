"""Builds .docx (and hostile zip/CFB) files for the reader tests.

python-docx makes the package (styles, core properties, headers, comments); everything python-docx
cannot write (content controls, tracked changes, text boxes, fields, nested tables…) is appended as
raw WordprocessingML with ``DocxFactory.xml``. All names and personal numbers are fictional.
"""

from __future__ import annotations

import atexit
import copy
import io
import shutil
import struct
import subprocess
import tempfile
import zipfile
import zlib
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from lxml import etree

NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "v": "urn:schemas-microsoft-com:vml",
    "w14": "http://schemas.microsoft.com/office/word/2010/wordml",
}
W = f"{{{NS['w']}}}"
_DECL = " ".join(f'xmlns:{p}="{u}"' for p, u in NS.items())


# --------------------------------------------------------------------------------------------
# Raw WordprocessingML snippets (strings, so tests read like the XML Word writes)


def t(text: str) -> str:
    return f'<w:t xml:space="preserve">{escape(text)}</w:t>'


def r(text: str, bold: bool | None = None, caps: bool = False) -> str:
    props = ""
    if bold is True:
        props += "<w:b/>"
    elif bold is False:
        props += '<w:b w:val="0"/>'
    if caps:
        props += "<w:caps/>"
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f"<w:r>{rpr}{t(text)}</w:r>"


def p(*runs: str, style: str | None = None, outline: int | None = None, num: bool = False) -> str:
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if num:
        ppr += '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
    if outline is not None:
        ppr += f'<w:outlineLvl w:val="{outline}"/>'
    ppr = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
    body = "".join(x if x.startswith("<") else r(x) for x in runs)
    return f"<w:p>{ppr}{body}</w:p>"


def sdt(content: str, placeholder: bool = False, alias: str = "Fält") -> str:
    plc = "<w:showingPlcHdr/>" if placeholder else ""
    props = f"<w:sdtPr><w:alias w:val={quoteattr(alias)}/>{plc}</w:sdtPr>"
    return f"<w:sdt>{props}<w:sdtContent>{content}</w:sdtContent></w:sdt>"


def ins(content: str) -> str:
    return f'<w:ins w:id="1" w:author="Karin Berg" w:date="2026-03-01T10:00:00Z">{content}</w:ins>'


def deleted(text: str) -> str:
    return (
        f'<w:del w:id="2" w:author="Karin Berg" w:date="2026-03-01T10:00:00Z">'
        f'<w:r><w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>'
    )


def move_from(text: str) -> str:
    return f'<w:moveFrom w:id="3" w:author="Karin Berg" w:date="2026-03-01T10:00:00Z">{r(text)}</w:moveFrom>'


def move_to(text: str) -> str:
    return f'<w:moveTo w:id="4" w:author="Karin Berg" w:date="2026-03-01T10:00:00Z">{r(text)}</w:moveTo>'


def field(instruction: str, result: str) -> str:
    """A complex field: code (not text) then result (text)."""
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {escape(instruction)} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f"{r(result)}"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def nested_if_field(nested_result: str, result: str) -> str:
    """{ IF { MERGEFIELD Kön } = "flicka" "hon" "han" }: the nested field's result sits in the
    outer field's code, so it is not text; only the outer result is."""
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> IF </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> MERGEFIELD Kön </w:instrText></w:r>'
        f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{r(nested_result)}<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> = "flicka" "hon" "han" </w:instrText></w:r>'
        f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{r(result)}<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def simple_field(instruction: str, result: str) -> str:
    return f"<w:fldSimple w:instr={quoteattr(instruction)}>{r(result)}</w:fldSimple>"


def text_box(*paragraphs: str) -> str:
    """A run holding a text box the way Word writes it: DrawingML in mc:Choice, VML in mc:Fallback,
    with the same paragraphs in both."""
    inner = "".join(paragraphs)
    return (
        "<w:r><mc:AlternateContent>"
        '<mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic>'
        '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f"<wps:wsp><wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx></wps:wsp>"
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox>"
        "</v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r>"
    )


def tc(*content: str, span: int = 1, vmerge: str | None = None) -> str:
    props = ""
    if span > 1:
        props += f'<w:gridSpan w:val="{span}"/>'
    if vmerge == "restart":
        props += '<w:vMerge w:val="restart"/>'
    elif vmerge == "continue":
        props += "<w:vMerge/>"
    tcpr = f"<w:tcPr>{props}</w:tcPr>" if props else ""
    body = "".join(c if c.startswith("<") else p(c) for c in content) or "<w:p/>"
    return f"<w:tc>{tcpr}{body}</w:tc>"


def tr(*cells: str, header: bool = False) -> str:
    trpr = "<w:trPr><w:tblHeader/></w:trPr>" if header else ""
    return f"<w:tr>{trpr}{''.join(c if c.startswith('<') else tc(c) for c in cells)}</w:tr>"


def tbl(*rows: str, cols: int = 2) -> str:
    grid = "".join('<w:gridCol w:w="2000"/>' for _ in range(cols))
    return f"<w:tbl><w:tblPr/><w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"


def nested_tables(depth: int, text: str = "Innersta cellen.") -> str:
    inner = p(text)
    for _ in range(depth):
        inner = f"<w:tbl><w:tr><w:tc>{inner}<w:p/></w:tc></w:tr></w:tbl>"
    return inner


# --------------------------------------------------------------------------------------------
# Whole documents


class DocxFactory:
    """A python-docx Document plus raw-XML helpers."""

    def __init__(self) -> None:
        self.doc = docx.Document()
        self.body = self.doc.element.body

    def xml(self, *fragments: str) -> list[etree._Element]:
        """Append raw block-level XML (paragraphs, tables, sdt…) to the body, before w:sectPr."""
        root = etree.fromstring(f"<root {_DECL}>{''.join(fragments)}</root>")
        added = list(root)
        sect = self.body.find(W + "sectPr")
        for el in added:
            if sect is not None:
                sect.addprevious(el)
            else:
                self.body.append(el)
        return added

    def hyperlink(self, before: str, link_text: str, after: str, url: str = "https://www.example.se/bbic") -> None:
        rid = self.doc.part.relate_to(url, RT.HYPERLINK, is_external=True)
        self.xml(p(r(before), f'<w:hyperlink r:id="{rid}">{r(link_text)}</w:hyperlink>', r(after)))

    def localise_headings(self) -> None:
        """Make heading style ids Swedish ("Rubrik1") as a Swedish Word does; names stay "heading N"."""
        styles = self.doc.styles.element
        renames = {f"Heading{n}": f"Rubrik{n}" for n in range(1, 10)}
        for el in styles.iter(W + "style", W + "basedOn", W + "next", W + "link"):
            for attr in (W + "styleId", W + "val"):
                if el.get(attr) in renames:
                    el.set(attr, renames[el.get(attr)])
        for el in self.body.iter(W + "pStyle"):
            if el.get(W + "val") in renames:
                el.set(W + "val", renames[el.get(W + "val")])

    def add_outline_style(self, style_id: str, name: str, outline: int) -> None:
        """A custom paragraph style whose only heading signal is w:outlineLvl (no heading name)."""
        xml = (
            f'<w:style {_DECL} w:type="paragraph" w:customStyle="1" w:styleId="{style_id}">'
            f'<w:name w:val="{name}"/><w:basedOn w:val="Normal"/>'
            f'<w:pPr><w:outlineLvl w:val="{outline}"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>'
        )
        self.doc.styles.element.append(etree.fromstring(xml))

    def add_bold_style(self, style_id: str, name: str) -> None:
        xml = (
            f'<w:style {_DECL} w:type="paragraph" w:customStyle="1" w:styleId="{style_id}">'
            f'<w:name w:val="{name}"/><w:basedOn w:val="Normal"/><w:rPr><w:b/></w:rPr></w:style>'
        )
        self.doc.styles.element.append(etree.fromstring(xml))

    def share_header_with_new_section(self) -> None:
        """Start a second section whose sectPr references the same header and footer parts."""
        first = self.doc.sections[0]._sectPr
        self.doc.add_section()
        second = self.doc.sections[-1]._sectPr
        for ref in first:
            if ref.tag in (W + "headerReference", W + "footerReference"):
                second.insert(0, copy.deepcopy(ref))

    def save(self, path: Path) -> Path:
        self.doc.save(str(path))
        return path


def rewrite_part(path: Path, part: str, transform) -> Path:
    """Rewrite one part of a zip package in place (``transform(bytes) -> bytes``)."""
    with zipfile.ZipFile(path) as z:
        items = [(info, z.read(info)) for info in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in items:
            z.writestr(info.filename, transform(data) if info.filename == part else data)
    return path


def docx_with_document_xml(path: Path, document_xml: bytes | str) -> Path:
    """A minimal package whose word/document.xml is exactly ``document_xml`` (for hostile XML)."""
    if isinstance(document_xml, str):
        document_xml = document_xml.encode("utf-8")
    DocxFactory().save(path)
    return rewrite_part(path, "word/document.xml", lambda _: document_xml)


def document_xml(body: str) -> str:
    head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    return f"{head}<w:document {_DECL}><w:body>{body}</w:body></w:document>"


# --------------------------------------------------------------------------------------------
# Hostile containers


def zip_bomb(path: Path, gigabytes: int = 2, name: str = "word/document.xml") -> Path:
    """A small zip whose one member inflates to ``gigabytes`` GB of zeros.

    Built without compressing gigabytes: after a full flush, deflate output for identical input
    is identical, so one compressed megabyte is repeated."""
    mb = b"\0" * (1 << 20)
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = comp.compress(mb) + comp.flush(zlib.Z_FULL_FLUSH)
    count = gigabytes * 1024
    data = block * count + zlib.compressobj(9, zlib.DEFLATED, -15).flush()
    crc = 0
    for _ in range(count):
        crc = zlib.crc32(mb, crc)
    return _write_single_member_zip(path, name, data, crc, size=count << 20)


def lying_zip(path: Path, declared_size: int = 1000, megabytes: int = 64) -> Path:
    """A member whose headers declare ``declared_size`` bytes but whose data inflates far larger."""
    raw = b"<" * (megabytes << 20)
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    data = comp.compress(raw) + comp.flush()
    return _write_single_member_zip(path, "word/document.xml", data, zlib.crc32(raw[:declared_size]), declared_size)


def _write_single_member_zip(path: Path, name: str, data: bytes, crc: int, size: int) -> Path:
    encoded = name.encode()
    local = struct.pack("<4sHHHHHIIIHH", b"PK\x03\x04", 20, 0, 8, 0, 0, crc, len(data), size, len(encoded), 0)
    central = struct.pack(
        "<4sHHHHHHIIIHHHHHII", b"PK\x01\x02", 20, 20, 0, 8, 0, 0, crc, len(data), size, len(encoded), 0, 0, 0, 0, 0, 0
    )
    cd_offset = len(local) + len(encoded) + len(data)
    cd = central + encoded
    end = struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, 1, 1, len(cd), cd_offset, 0)
    path.write_bytes(local + encoded + data + cd + end)
    return path


def cfb(path: Path, streams: list[str]) -> Path:
    """A minimal Compound File (v3, 512-byte sectors) whose directory lists ``streams``.

    Sector 0 holds the FAT, sectors 1.. the directory; streams are empty. Enough for a reader that
    lists directory names (encrypted Office files hold "EncryptionInfo" and "EncryptedPackage";
    a legacy .doc holds "WordDocument")."""
    entries = [("Root Entry", 5)] + [(s, 2) for s in streams]
    dir_sectors = (len(entries) + 3) // 4
    header = bytearray(512)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 0x18, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<IIII", header, 0x2C, 1, 1, 0, 4096)  # FAT sectors, first dir sector, txn, cutoff
    struct.pack_into("<IIII", header, 0x3C, 0xFFFFFFFE, 0, 0xFFFFFFFE, 0)  # mini FAT, DIFAT: none
    difat = [0] + [0xFFFFFFFF] * 108
    struct.pack_into("<109I", header, 0x4C, *difat)
    fat = [0xFFFFFFFD] + [i + 1 for i in range(1, dir_sectors)] + [0xFFFFFFFE]
    fat += [0xFFFFFFFF] * (128 - len(fat))
    directory = bytearray(512 * dir_sectors)
    for i, (name, kind) in enumerate(entries):
        off = i * 128
        encoded = name.encode("utf-16-le") + b"\0\0"
        directory[off : off + len(encoded)] = encoded
        struct.pack_into("<HBB", directory, off + 64, len(encoded), kind, 1)
        right = i + 1 if 0 < i < len(entries) - 1 else 0xFFFFFFFF  # streams chained as right siblings
        child = 1 if i == 0 and len(entries) > 1 else 0xFFFFFFFF
        struct.pack_into("<III", directory, off + 68, 0xFFFFFFFF, right, child)
        struct.pack_into("<IQ", directory, off + 116, 0xFFFFFFFE, 0)
    path.write_bytes(bytes(header) + struct.pack("<128I", *fat) + bytes(directory))
    return path


# --------------------------------------------------------------------------------------------
# PDF without a converter


def _pdf_string(text: str) -> bytes:
    raw = text.encode("cp1252")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def minimal_pdf(path: Path, pages: list[list[tuple[float, float, str, float, bool]]], title: str | None = None) -> Path:
    """A small valid PDF with a text layer: each page a list of (x, y, text, size, bold) lines in
    Helvetica / Helvetica-Bold (standard fonts, WinAnsi encoding, so Swedish letters work)."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")  # filled in below
    pages_obj = add(b"")
    fonts = [add(b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>" % name)
             for name in (b"Helvetica", b"Helvetica-Bold")]
    kids = []
    for lines in pages:
        ops = b"".join(
            b"BT /F%d %g Tf %g %g Td %s Tj ET\n" % (2 if bold else 1, size, x, y, _pdf_string(text))
            for x, y, text, size, bold in lines
        )
        content = add(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(ops), ops))
        kids.append(add(
            b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
            b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> >>" % (pages_obj, content, *fonts)
        ))
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_obj
    objects[pages_obj - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    info = add(b"<< /Title %s >>" % _pdf_string(title)) if title else None
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    trailer = b"<< /Size %d /Root %d 0 R%s >>" % (len(objects) + 1, catalog, b" /Info %d 0 R" % info if info else b"")
    out += b"trailer\n%s\nstartxref\n%d\n%%%%EOF\n" % (trailer, xref)
    path.write_bytes(bytes(out))
    return path


# --------------------------------------------------------------------------------------------
# External converters


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


_PROFILES: list[Path] = []


def _profile(index: int) -> Path:
    """LibreOffice profiles kept for the test process: creating one is the slow part of a first run,
    and private ones keep parallel conversions (and a running LibreOffice) from clashing."""
    while len(_PROFILES) <= index:
        profile = Path(tempfile.mkdtemp(prefix="bbiccheck-lo-"))
        atexit.register(shutil.rmtree, profile, ignore_errors=True)
        _PROFILES.append(profile)
    return _PROFILES[index]


def convert_all(jobs: list[tuple[Path, str, Path]]) -> list[Path]:
    """Run several LibreOffice conversions ``(source, target format, outdir)`` in parallel, one
    process and profile each; return the converted files in job order."""
    running = []
    for index, (source, target, outdir) in enumerate(jobs):
        outdir.mkdir(parents=True, exist_ok=True)
        cmd = [soffice(), f"-env:UserInstallation={_profile(index).as_uri()}", "--headless", "--convert-to",
               target, "--outdir", str(outdir), str(source)]
        running.append(subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
    for process in running:
        if process.wait(timeout=180) != 0:
            raise RuntimeError(f"LibreOffice failed: {process.args}")
    return [outdir / f"{source.stem}.{target.split(':')[0]}" for source, target, outdir in jobs]


def docx_bytes(factory: DocxFactory) -> bytes:
    buf = io.BytesIO()
    factory.doc.save(buf)
    return buf.getvalue()
