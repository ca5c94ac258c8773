"""Renderers: python-docx (with raw OOXML for content controls and tracked changes), HTML for
LibreOffice (converted headless to .docx/.odt/.pdf) and Markdown for pandoc (or kept as .md).

Output is made as stable as possible: fixed core-property dates, fixed zip timestamps, fixed PDF dates.
"""

from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
import tempfile
import zipfile
from datetime import datetime, timezone
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.shared import Pt, RGBColor

from .model import B, Bullets, Cm, Del, Doc, H, Ins, P, Sdt, Table

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
ZIP_TIME = (2026, 1, 1, 0, 0, 0)


# --------------------------------------------------------------------------- headings

def heading_texts(doc: Doc) -> list[tuple[H, str]]:
    """Heading text as it appears in the output: caps and section numbers applied."""
    mode = set(doc.heading_mode.split("+"))
    out = []
    n1 = n2 = 0
    for blk in doc.blocks:
        if not isinstance(blk, H):
            continue
        text = blk.text
        if blk.level >= 1 and "num" in mode:
            if blk.level == 1:
                n1 += 1
                n2 = 0
                text = f"{n1}. {text}"
            else:
                n2 += 1
                text = f"{n1}.{n2} {text}"
        if "caps" in mode and blk.level >= 1:
            text = text.upper()
        out.append((blk, text))
    return out


# --------------------------------------------------------------------------- python-docx

def _esc(t: str) -> str:
    return html.escape(t, quote=False)


class _Ids:
    def __init__(self) -> None:
        self.n = 100

    def next(self) -> int:
        self.n += 1
        return self.n


def _wdate(doc: Doc) -> str:
    return f"{doc.date.isoformat()}T10:00:00Z"


def _add_parts(par, parts, doc: Doc, ids: _Ids, wdoc) -> None:
    for part in parts:
        if isinstance(part, str):
            par.add_run(part)
        elif isinstance(part, B):
            par.add_run(part.text).bold = True
        elif isinstance(part, Ins):
            xml = (f'<w:ins {W_NS} w:id="{ids.next()}" w:author="{_esc(part.author)}" w:date="{_wdate(doc)}">'
                   f'<w:r><w:t xml:space="preserve">{_esc(part.text)}</w:t></w:r></w:ins>')
            par._p.append(parse_xml(xml))
        elif isinstance(part, Del):
            xml = (f'<w:del {W_NS} w:id="{ids.next()}" w:author="{_esc(part.author)}" w:date="{_wdate(doc)}">'
                   f'<w:r><w:delText xml:space="preserve">{_esc(part.text)}</w:delText></w:r></w:del>')
            par._p.append(parse_xml(xml))
        elif isinstance(part, Sdt):
            par._p.append(parse_xml(_sdt_xml(part, ids)))
        elif isinstance(part, Cm):
            run = par.add_run(part.text)
            c = wdoc.add_comment(run, text=part.comment, author=part.author,
                                 initials="".join(w[0] for w in part.author.split()[:2]))
            c._comment_elm.date = datetime(doc.date.year, doc.date.month, doc.date.day, 14, 0, tzinfo=timezone.utc)
        else:  # pragma: no cover
            raise TypeError(part)


def _sdt_xml(part: Sdt, ids: _Ids) -> str:
    kind = {
        "text": "<w:text/>",
        "date": '<w:date><w:dateFormat w:val="yyyy-MM-dd"/><w:lid w:val="sv-SE"/>'
                '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>',
        "dropdown": '<w:dropDownList><w:listItem w:displayText="Välj ett objekt." w:value=""/>'
                    '<w:listItem w:displayText="Ja" w:value="Ja"/><w:listItem w:displayText="Nej" w:value="Nej"/>'
                    '</w:dropDownList>',
    }[part.kind]
    if part.filled:
        return (f'<w:sdt {W_NS}><w:sdtPr><w:id w:val="{ids.next()}"/>{kind}</w:sdtPr><w:sdtContent>'
                f'<w:r><w:t xml:space="preserve">{_esc(part.text)}</w:t></w:r></w:sdtContent></w:sdt>')
    return (f'<w:sdt {W_NS}><w:sdtPr><w:id w:val="{ids.next()}"/>'
            f'<w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013440"/></w:placeholder>'
            f'<w:showingPlcHdr/>{kind}</w:sdtPr><w:sdtContent><w:r><w:rPr><w:color w:val="808080"/></w:rPr>'
            f'<w:t xml:space="preserve">{_esc(part.text)}</w:t></w:r></w:sdtContent></w:sdt>')


def write_docx(doc: Doc, path: Path) -> None:
    wdoc = docx.Document()
    ids = _Ids()
    normal = wdoc.styles["Normal"]
    normal.font.name = "Calibri" if "caps" in doc.heading_mode else "Times New Roman"
    normal.font.size = Pt(11 if "caps" in doc.heading_mode else 12)
    cp = wdoc.core_properties
    cp.author = doc.author
    cp.last_modified_by = doc.author
    cp.title = doc.title
    cp.language = "sv-SE"
    cp.revision = 1
    stamp = datetime(doc.date.year, doc.date.month, doc.date.day, 9, 0)
    cp.created = stamp
    cp.modified = stamp
    cp.last_printed = stamp
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.category = ""

    sec = wdoc.sections[0]
    if doc.header:
        hp = sec.header.paragraphs[0]
        hp.text = doc.header
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for r in hp.runs:
            r.font.size = Pt(9)
    if doc.footer:
        fp = sec.footer.paragraphs[0]
        fp.text = doc.footer
        for r in fp.runs:
            r.font.size = Pt(8)

    mode = set(doc.heading_mode.split("+"))
    htext = {id(h): t for h, t in heading_texts(doc)}
    for blk in doc.blocks:
        if isinstance(blk, H):
            text = htext[id(blk)]
            if blk.level == 0:
                if "style" in mode:
                    wdoc.add_heading(text, 0)
                else:
                    r = wdoc.add_paragraph().add_run(text.upper() if "caps" in mode else text)
                    r.bold = True
                    r.font.size = Pt(16)
            elif "style" in mode:
                wdoc.add_heading(text, blk.level)
            else:
                r = wdoc.add_paragraph().add_run(text)
                r.bold = True
                if blk.level == 2:
                    r.italic = "caps" not in mode
        elif isinstance(blk, P):
            par = wdoc.add_paragraph()
            _add_parts(par, blk.parts, doc, ids, wdoc)
        elif isinstance(blk, Bullets):
            for item in blk.items:
                wdoc.add_paragraph(item, style="List Bullet")
        elif isinstance(blk, Table):
            ncol = max(len(r) for r in blk.rows)
            t = wdoc.add_table(rows=0, cols=ncol)
            t.style = "Table Grid"
            for ri, row in enumerate(blk.rows):
                cells = t.add_row().cells
                for ci, val in enumerate(row):
                    par = cells[ci].paragraphs[0]
                    parts = val if isinstance(val, list) else [val]
                    bold = (blk.header and ri == 0) or (blk.label_col and ci == 0)
                    if bold:
                        parts = [B(p) if isinstance(p, str) else p for p in parts]
                    _add_parts(par, parts, doc, ids, wdoc)
            wdoc.add_paragraph()
    wdoc.save(str(path))
    normalize_zip(path)


# --------------------------------------------------------------------------- HTML (LibreOffice)

def _parts_html(parts) -> str:
    out = []
    for p in parts if isinstance(parts, list) else [parts]:
        if isinstance(p, str):
            out.append(_esc(p))
        elif isinstance(p, B):
            out.append(f"<b>{_esc(p.text)}</b>")
        elif isinstance(p, Ins):
            out.append(_esc(p.text))
        elif isinstance(p, Del):
            pass
        elif isinstance(p, Sdt):
            out.append(_esc(p.text))
        elif isinstance(p, Cm):
            out.append(_esc(p.text))
    return "".join(out)


def to_html(doc: Doc) -> str:
    mode = set(doc.heading_mode.split("+"))
    htext = {id(h): t for h, t in heading_texts(doc)}
    body = []
    if doc.header:
        body.append(f'<div title="header"><p style="text-align:right;font-size:9pt">{_esc(doc.header)}</p></div>')
    if doc.footer:
        body.append(f'<div title="footer"><p style="font-size:8pt">{_esc(doc.footer)}</p></div>')
    for blk in doc.blocks:
        if isinstance(blk, H):
            t = _esc(htext[id(blk)])
            if "style" in mode or blk.level == 0:
                body.append(f"<h{blk.level + 1}>{t}</h{blk.level + 1}>")
            else:
                body.append(f"<p><b>{t}</b></p>")
        elif isinstance(blk, P):
            body.append(f"<p>{_parts_html(blk.parts)}</p>")
        elif isinstance(blk, Bullets):
            body.append("<ul>" + "".join(f"<li>{_esc(i)}</li>" for i in blk.items) + "</ul>")
        elif isinstance(blk, Table):
            rows = []
            for ri, row in enumerate(blk.rows):
                cells = []
                for ci, val in enumerate(row):
                    inner = _parts_html(val)
                    if (blk.header and ri == 0) or (blk.label_col and ci == 0):
                        inner = f"<b>{inner}</b>"
                    cells.append(f"<td>{inner}</td>")
                rows.append("<tr>" + "".join(cells) + "</tr>")
            body.append('<table border="1" cellpadding="4" cellspacing="0" width="100%">' + "".join(rows) + "</table><p></p>")
    return (
        '<!DOCTYPE html>\n<html lang="sv-SE"><head><meta charset="utf-8">'
        f"<title>{_esc(doc.title)}</title><meta name=\"author\" content=\"{_esc(doc.author)}\">"
        f'<meta name="created" content="{doc.date.isoformat()}T09:00:00">'
        '</head><body lang="sv-SE">\n' + "\n".join(body) + "\n</body></html>\n"
    )


# --------------------------------------------------------------------------- Markdown (pandoc)

def _parts_md(parts) -> str:
    out = []
    for p in parts if isinstance(parts, list) else [parts]:
        if isinstance(p, str):
            out.append(p)
        elif isinstance(p, B):
            out.append(f"**{p.text}**")
        elif isinstance(p, (Ins, Cm)):
            out.append(p.text)
        elif isinstance(p, Sdt):
            out.append(p.text)
    return "".join(out).replace("|", "/")


def to_markdown(doc: Doc, front_matter: bool) -> str:
    mode = set(doc.heading_mode.split("+"))
    htext = {id(h): t for h, t in heading_texts(doc)}
    lines: list[str] = []
    if front_matter:
        lines += ["---", f'title: "{doc.title}"', f'author: "{doc.author}"', f'date: "{doc.date.isoformat()}"',
                  "lang: sv-SE", "---", ""]
    for blk in doc.blocks:
        if isinstance(blk, H):
            if front_matter and blk.level == 0:
                continue  # pandoc makes the title from the front matter
            t = htext[id(blk)]
            if "style" in mode or blk.level == 0:
                lines += ["#" * (blk.level + 1) + " " + t, ""]
            else:
                lines += [f"**{t}**", ""]
        elif isinstance(blk, P):
            lines += [_parts_md(blk.parts), ""]
        elif isinstance(blk, Bullets):
            lines += [f"- {i}" for i in blk.items] + [""]
        elif isinstance(blk, Table):
            rows = [[_parts_md(c) for c in r] for r in blk.rows]
            ncol = max(len(r) for r in rows)
            rows = [r + [""] * (ncol - len(r)) for r in rows]
            head = rows[0] if blk.header else [" "] * ncol
            body = rows[1:] if blk.header else rows
            if blk.label_col:
                body = [[f"**{r[0]}**"] + r[1:] for r in body]
            lines.append("| " + " | ".join(head) + " |")
            lines.append("|" + "|".join(["---"] * ncol) + "|")
            lines += ["| " + " | ".join(r) + " |" for r in body]
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


# --------------------------------------------------------------------------- conversions

def normalize_zip(path: Path) -> None:
    """Rewrite a zip container with fixed timestamps and fixed core-property dates."""
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    tmp = path.with_suffix(path.suffix + ".tmp")
    with zipfile.ZipFile(tmp, "w") as out:
        for info, data in items:
            name = info.filename
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)",
                              lambda m: m.group(1) + _STAMP.get(path, b"2026-01-01T09:00:00Z") + m.group(3), data)
            if name == "settings.xml":
                data = re.sub(rb'(config:name="Rsid(?:Root)?" config:type="int">)\d+', rb"\g<1>1", data)
            if name == "meta.xml":
                data = re.sub(rb"(<meta:creation-date>)[^<]*(</meta:creation-date>)",
                              lambda m: m.group(1) + _STAMP.get(path, b"2026-01-01T09:00:00Z")[:-1] + m.group(2), data)
                data = re.sub(rb"(<dc:date>)[^<]*(</dc:date>)",
                              lambda m: m.group(1) + _STAMP.get(path, b"2026-01-01T09:00:00Z")[:-1] + m.group(2), data)
                data = re.sub(rb"<meta:generator>[^<]*</meta:generator>", b"<meta:generator>LibreOffice</meta:generator>", data)
                data = re.sub(rb'meta:editing-duration>[^<]*<', b"meta:editing-duration>PT0S<", data)
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            out.writestr(zi, data)
    tmp.replace(path)


_STAMP: dict[Path, bytes] = {}


def _normalize_pdf(path: Path, doc: Doc) -> None:
    data = path.read_bytes()
    stamp = doc.date.strftime("%Y%m%d") + "090000"

    def fix_date(m: re.Match) -> bytes:
        old = m.group(2)
        new = stamp.encode()
        new = (new + old[len(new):]) if len(old) >= len(new) else new[: len(old)]
        return m.group(1) + new

    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\(D:)(\d+)", fix_date, data)
    data = re.sub(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]",
                  lambda m: b"/ID [ <" + b"0" * len(m.group(1)) + b"> <" + b"0" * len(m.group(2)) + b"> ]", data)
    data = re.sub(rb"/DocChecksum\s*/([0-9A-Fa-f]+)", lambda m: b"/DocChecksum /" + b"0" * len(m.group(1)), data)
    path.write_bytes(data)


class Converter:
    """Collects LibreOffice and pandoc jobs, runs them in batches, and moves the results in place."""

    def __init__(self) -> None:
        self.work = Path(tempfile.mkdtemp(prefix="bbic_make_"))
        self.lo_jobs: list[tuple[Doc, Path]] = []

    def add(self, doc: Doc, target: Path) -> None:
        ext = target.suffix.lower()
        _STAMP[target] = f"{doc.date.isoformat()}T09:00:00Z".encode()
        if doc.producer == "python-docx":
            assert ext == ".docx", target
            write_docx(doc, target)
        elif doc.producer == "markdown":
            assert ext == ".md", target
            target.write_text(to_markdown(doc, front_matter=False), encoding="utf-8")
        elif doc.producer == "pandoc":
            assert ext == ".docx", target
            src = self.work / (target.stem + f"_{len(self.lo_jobs)}_{abs(hash(str(target)))}.md")
            src.write_text(to_markdown(doc, front_matter=True), encoding="utf-8")
            env = dict(os.environ, SOURCE_DATE_EPOCH="1767225600")
            subprocess.run(["pandoc", str(src), "-f", "markdown", "-t", "docx", "-o", str(target)],
                           check=True, env=env)
            normalize_zip(target)
        elif doc.producer == "libreoffice":
            self.lo_jobs.append((doc, target))
        else:
            raise ValueError(doc.producer)

    def run(self) -> None:
        if not self.lo_jobs:
            return
        if not shutil.which("soffice"):
            raise SystemExit("soffice (LibreOffice) is needed to regenerate the LibreOffice-made documents")
        profile = self.work / "lo_profile"
        self.runs = getattr(self, "runs", 0) + 1
        batch = self.work / f"batch{self.runs}"
        batch.mkdir()
        by_ext: dict[str, list[tuple[Doc, Path, Path]]] = {}
        for i, (doc, target) in enumerate(self.lo_jobs):
            src = batch / f"job{i:03d}.html"
            src.write_text(to_html(doc), encoding="utf-8")
            by_ext.setdefault(target.suffix.lower(), []).append((doc, target, src))
        filters = {".docx": 'docx:MS Word 2007 XML', ".odt": "odt:writer8", ".pdf": "pdf:writer_pdf_Export"}
        for ext, jobs in by_ext.items():
            out = batch / ("out" + ext.replace(".", "_"))
            out.mkdir()
            cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                   "--infilter=HTML (StarWriter)", "--convert-to", filters[ext], "--outdir", str(out)]
            cmd += [str(src) for _, _, src in jobs]
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            for doc, target, src in jobs:
                produced = out / (src.stem + ext)
                shutil.move(str(produced), target)
                if ext in (".docx", ".odt"):
                    normalize_zip(target)
                else:
                    _normalize_pdf(target, doc)
        self.lo_jobs.clear()

    def close(self) -> None:
        shutil.rmtree(self.work, ignore_errors=True)
