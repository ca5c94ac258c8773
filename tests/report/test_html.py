"""The HTML report: self-contained, findings marked in place, and really rendered by headless Chromium."""

from __future__ import annotations

import json
import re
import shutil
import struct
import subprocess
from pathlib import Path

import pytest
from sample_case import CHECK_DATE, sample

from bbiccheck.model import CaseReport, Finding, Location
from bbiccheck.report.html import render_html

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed (CI installs it)")

# Appended to a test copy only: measures what a reader would see and writes it into the DOM.
PROBE = """<script>
(function () {
  function shown(el) { var r = el.getBoundingClientRect(); return el.offsetParent !== null && r.width > 0 && r.height > 0; }
  var out = {
    cards: Array.from(document.querySelectorAll('.card')).filter(shown).map(function (c) { return c.id; }),
    marks: Array.from(document.querySelectorAll('mark')).filter(shown).map(function (m) { return [m.dataset.f, m.textContent]; }),
    hits: Array.from(document.querySelectorAll('.hit')).filter(shown).map(function (h) { return h.id; })
  };
  var info = document.querySelector('.filter input[data-sev="info"]');
  info.checked = false; info.dispatchEvent(new Event('change'));
  out.afterFilter = Array.from(document.querySelectorAll('.card')).filter(shown).map(function (c) { return c.dataset.sev; });
  var pre = document.createElement('pre'); pre.id = 'probe'; pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
})();
</script>"""


def chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={tmp_path / 'profile'}", *args],
        capture_output=True, text=True, timeout=120, check=False)


@pytest.fixture(scope="module")
def page() -> tuple[str, CaseReport]:
    case, report = sample()
    return render_html([(case, report)], CHECK_DATE, "sv"), report


def test_no_network_references(page):
    html, _ = page
    assert "http://" not in html and "https://" not in html
    assert not re.search(r"""(?:src|href|action)\s*=\s*["']?\s*(?://|[a-z]+:)""", html, re.IGNORECASE)
    assert "@import" not in html and "url(" not in html
    assert "default-src 'none'" in html  # the CSP forbids any fetch even if a text held a URL


def test_structure(page):
    html, report = page
    for n in range(1, len(report.findings) + 1):
        assert f'id="f-{n}"' in html
    # the span is marked exactly; a whole-block finding marks its block
    assert re.search(r'<mark class="sev-warning" data-f="\d+">Pappan har ett missbruk\.</mark> Jonas', html)
    assert re.search(r'<mark class="sev-error" data-f="\d+">familjen ska må bättre</mark>', html)
    assert 'class="blk k-paragraph hit sev-warning"' in html
    # themes in the sidebar, learning fields, case-level section, deadlines and unreadable files
    for text in ("Analysarbetet", "SMARTA mål och uppdrag", "Barnets röst", "Tidsgränser", "BBIC som arbetsmodell",
                 "Fråga att reflektera över", "Exempel på bättre formulering", "Hela ärendet",
                 "Det finns ingen utredningsplan i ärendet.", "Filer som inte kunde läsas", "anteckningar Elsa.doc",
                 "<svg", "överskriden (10 dagar över)", "@media print"):
        assert text in html, text


def test_escapes_document_text():
    case, report = sample()
    doc = case.documents[0]
    block = next(b for b in doc.blocks() if b.text.startswith("Elsas hälsa"))
    block.text = "Elsas hälsa <script>alert(1)</script> & god."
    report.findings.append(Finding(rule="X01", category="OTHER", severity="info", message="<b>x</b>",
                                   document=doc.path, location=Location(block=block.index, start=0, end=5)))
    html = render_html([(case, report)], CHECK_DATE, "sv")
    assert "<script>alert" not in html and "&lt;script&gt;alert(1)&lt;/script&gt; &amp; god." in html
    assert "<b>x</b>" not in html


def test_bad_offsets_fall_back_to_the_whole_block():
    case, report = sample()
    finding = report.findings[0]
    finding.location = finding.location.model_copy(update={"start": 5, "end": 9999})
    html = render_html([(case, report)], CHECK_DATE, "sv")
    assert "Pappan har ett missbruk.</mark>" not in html and "hit sev-warning" in html


@needs_chromium
def test_findings_visible_in_real_browser(page, tmp_path: Path):
    html, report = page
    file = tmp_path / "report.html"
    file.write_text(html.replace("</body>", PROBE + "</body>"), encoding="utf-8")
    result = chromium(tmp_path, "--dump-dom", file.as_uri())
    probe = re.search(r'<pre id="probe">(.*?)</pre>', result.stdout, re.DOTALL)
    assert probe, result.stderr[-2000:]
    seen = json.loads(probe.group(1).replace("&quot;", '"').replace("&amp;", "&"))
    assert sorted(seen["cards"]) == sorted(f"f-{n}" for n in range(1, len(report.findings) + 1))
    assert ["Pappan har ett missbruk."] == [text for _, text in seen["marks"] if text.startswith("Pappan")]
    assert len(seen["hits"]) >= 2  # analysis paragraph and placeholder
    assert "info" not in seen["afterFilter"] and "error" in seen["afterFilter"]


@needs_chromium
def test_screenshot(page, tmp_path: Path):
    html, _ = page
    file = tmp_path / "report.html"
    file.write_text(html, encoding="utf-8")
    shot = tmp_path / "shot.png"
    result = chromium(tmp_path, f"--screenshot={shot}", "--window-size=1280,2000", "--hide-scrollbars", file.as_uri())
    assert shot.exists(), result.stderr[-2000:]
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", data[16:24]) == (1280, 2000)
    assert len(data) > 50_000  # a blank page compresses to a few kB


@needs_chromium
def test_prints_to_pdf(page, tmp_path: Path):
    html, _ = page
    file = tmp_path / "report.html"
    file.write_text(html, encoding="utf-8")
    pdf = tmp_path / "report.pdf"
    result = chromium(tmp_path, f"--print-to-pdf={pdf}", "--no-pdf-header-footer", file.as_uri())
    assert pdf.exists() and pdf.read_bytes()[:5] == b"%PDF-", result.stderr[-2000:]
