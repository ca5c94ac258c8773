#!/usr/bin/env python3
"""Build the held-out evaluation corpus (tests/corpus_holdout/).

Every document text in this file was written by hand, case by case.  There is
no shared paragraph bank: the helpers below only turn a list of blocks into a
.docx / .md / .odt file.  The corpus is *held out*: nobody tunes the rules on
it.  Do not read the rule files while editing it, and do not edit it to make
the checker pass.

Run:  .venv/bin/python tests/corpus_holdout/build.py
Needs python-docx; pandoc and soffice (LibreOffice) for two converted files.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
CASES: list[tuple[str, dict, str]] = []  # (folder, {filename: spec}, labels_yaml)


# --------------------------------------------------------------------------
# rendering helpers (layout only; no text lives here)
# --------------------------------------------------------------------------

def _run_props(run, bold=False, italic=False, size=None):
    run.bold = bold or None
    run.italic = italic or None
    if size:
        run.font.size = Pt(size)


def _sdt_paragraph(doc, text, showing_placeholder=True, tag="falt"):
    """Append a block-level content control (w:sdt) holding one paragraph."""
    body = doc.element.body
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    alias = OxmlElement("w:alias")
    alias.set(qn("w:val"), tag)
    pr.append(alias)
    t = OxmlElement("w:tag")
    t.set(qn("w:val"), tag)
    pr.append(t)
    ident = OxmlElement("w:id")
    ident.set(qn("w:val"), str(abs(hash((tag, text))) % 2_000_000_000))
    pr.append(ident)
    if showing_placeholder:
        pr.append(OxmlElement("w:showingPlcHdr"))
    txt = OxmlElement("w:text")
    pr.append(txt)
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    p = OxmlElement("w:p")
    r = OxmlElement("w:r")
    if showing_placeholder:
        rpr = OxmlElement("w:rPr")
        rs = OxmlElement("w:rStyle")
        rs.set(qn("w:val"), "PlaceholderText")
        rpr.append(rs)
        col = OxmlElement("w:color")
        col.set(qn("w:val"), "808080")
        rpr.append(col)
        r.append(rpr)
    wt = OxmlElement("w:t")
    wt.set(qn("xml:space"), "preserve")
    wt.text = text
    r.append(wt)
    p.append(r)
    content.append(p)
    sdt.append(content)
    body.insert(len(body) - 1, sdt)  # before sectPr


def _tracked_deletion_paragraph(doc, before, deleted, after, author, date):
    p = doc.add_paragraph()
    if before:
        p.add_run(before)
    d = OxmlElement("w:del")
    d.set(qn("w:id"), "901")
    d.set(qn("w:author"), author)
    d.set(qn("w:date"), date)
    r = OxmlElement("w:r")
    dt = OxmlElement("w:delText")
    dt.set(qn("xml:space"), "preserve")
    dt.text = deleted
    r.append(dt)
    d.append(r)
    p._p.append(d)
    if after:
        p.add_run(after)


def _table(doc, rows, header=False, widths=None):
    ncols = max(len(r) for r in rows)
    t = doc.add_table(rows=0, cols=ncols)
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        cells = t.add_row().cells
        for j, val in enumerate(row):
            cells[j].text = ""
            run = cells[j].paragraphs[0].add_run(val)
            if (header and i == 0) or (not header and j == 0 and ncols == 2):
                run.bold = True
    doc.add_paragraph()


def build_docx(path: Path, blocks, font="Calibri", size=11):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    for b in blocks:
        kind = b[0]
        if kind == "title":
            doc.add_heading(b[1], 0)
        elif kind in ("h1", "h2", "h3"):
            doc.add_heading(b[1], int(kind[1]))
        elif kind == "bh":  # bold-only heading in Normal style
            p = doc.add_paragraph()
            _run_props(p.add_run(b[1]), bold=True)
        elif kind == "caps":  # ALL-CAPS heading, bold, slightly larger
            p = doc.add_paragraph()
            _run_props(p.add_run(b[1].upper()), bold=True, size=size + 1)
        elif kind == "center":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _run_props(p.add_run(b[1]), bold=True, size=size + 3)
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "i":
            p = doc.add_paragraph()
            _run_props(p.add_run(b[1]), italic=True)
        elif kind == "lead":  # paragraph starting with a bold label
            p = doc.add_paragraph()
            _run_props(p.add_run(b[1]), bold=True)
            p.add_run(b[2])
        elif kind == "li":
            doc.add_paragraph(b[1], style="List Bullet")
        elif kind == "ol":
            doc.add_paragraph(b[1], style="List Number")
        elif kind == "kv":
            _table(doc, b[1])
        elif kind == "grid":
            _table(doc, [b[1]] + b[2], header=True)
        elif kind == "sdt":
            _sdt_paragraph(doc, b[1], showing_placeholder=True, tag=b[2] if len(b) > 2 else "falt")
        elif kind == "sdt_filled":
            _sdt_paragraph(doc, b[1], showing_placeholder=False, tag=b[2] if len(b) > 2 else "falt")
        elif kind == "del":
            _tracked_deletion_paragraph(doc, *b[1:])
        elif kind == "comment":  # ("comment", before, anchor, after, comment, author)
            p = doc.add_paragraph()
            if b[1]:
                p.add_run(b[1])
            anchor = p.add_run(b[2])
            if b[3]:
                p.add_run(b[3])
            c = doc.add_comment(anchor, text=b[4], author=b[5], initials="".join(w[0] for w in b[5].split()))
            c._comment_elm.set(qn("w:date"), b[6] if len(b) > 6 else "2026-09-08T10:00:00Z")
        elif kind == "blank":
            doc.add_paragraph()
        else:
            raise ValueError(kind)
    doc.save(path)


def build_pandoc(path: Path, markdown: str):
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "in.md"
        src.write_text(markdown, encoding="utf-8")
        subprocess.run(["pandoc", str(src), "-f", "markdown", "-t", "docx", "-o", str(path)], check=True)


def build_libreoffice(path: Path, html: str):
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / (path.stem + ".html")
        src.write_text(html, encoding="utf-8")
        prof = Path(td) / "profile"
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
             "--convert-to", path.suffix.lstrip(".") + (":writer8" if path.suffix == ".odt" else ""),
             "--outdir", td, str(src)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copy(Path(td) / path.name, path)


def case(folder: str, docs: dict, labels: str):
    CASES.append((folder, docs, labels))


# ==========================================================================
# h01 – Norrvik kommun. Klara, 8 år. Detailed, Word heading styles.
# Clean: plan lives inside the utredning; negated risk; closed without insats.
# ==========================================================================
case("h01_klara_ren_utredning", {
    "forhandsbedomning.docx": ("docx", [
        ("title", "Förhandsbedömning"),
        ("p", "Norrvik kommun, Socialförvaltningen, Barn och familj – mottagningsgruppen"),
        ("kv", [("Barn", "Klara Andersson Berg, 20180419-9942"),
                ("Vårdnadshavare", "Jenny Berg (mamma), gemensam vårdnad med Tobias Andersson"),
                ("Anmälan inkom", "2026-04-07 kl. 09.40"),
                ("Anmälare", "Klasslärare, Björkhagens skola (yrkesverksam, 19 kap. SoL)"),
                ("Handläggare", "Sofie Lind")]),
        ("h1", "Anmälans innehåll"),
        ("p", "Klasslärare Annika Holm ringde och berättade att Klara under de senaste tre veckorna har kommit till skolan "
              "utan frukost nästan varje dag och somnat under lektionerna vid minst fyra tillfällen. Klara har sagt till "
              "läraren att det är \"bråkigt på nätterna\" hemma sedan mammans nya sambo flyttade in. Läraren har inte sett "
              "några skador på Klara. Anmälan bekräftades skriftligen samma dag."),
        ("h1", "Omedelbar skyddsbedömning"),
        ("p", "Skyddsbedömning gjordes 2026-04-07 kl. 10.30 av Sofie Lind tillsammans med gruppledare Peter Ek. "
              "Uppgifterna handlar om trötthet och bristande omsorg kring mat och sömn, inte om våld eller hot mot Klara. "
              "Klara går hem till mamma efter fritids och pappa bor i samma ort. Bedömningen är att Klara inte är i behov "
              "av omedelbart skydd. Vi bedömde ändå att föräldrarna skulle kontaktas skyndsamt."),
        ("h1", "Kontakter under förhandsbedömningen"),
        ("p", "Samtal med mamma Jenny 2026-04-09 på kontoret. Jenny bekräftade att hennes sambo Marcus arbetar natt och att "
              "det blir ljud när han kommer hem runt klockan tre. Hon visste inte att Klara inte äter frukost, eftersom "
              "Jenny själv börjar jobba kl. 06.30. Telefonsamtal med pappa Tobias 2026-04-10. Han har Klara varannan helg "
              "och har märkt att hon är trött på fredagarna."),
        ("h1", "Bedömning"),
        ("p", "Uppgifterna visar att Klaras grundläggande behov av sömn och mat under skoldagen inte säkert tillgodoses. "
              "Det är oklart om det är en tillfällig omställning efter att familjen utökats eller ett mer bestående mönster, "
              "och föräldrarna har olika bild av situationen. Det behövs en utredning för att förstå Klaras vardag och om "
              "hon behöver stöd."),
        ("h1", "Beslut"),
        ("p", "Utredning inleds enligt 20 kap. 2 § socialtjänstlagen (2025:400). Beslutet fattades 2026-04-15 av "
              "gruppledare Peter Ek."),
    ]),
    "utredning.docx": ("docx", [
        ("title", "Utredning barn och unga"),
        ("p", "Norrvik kommun. Utredning enligt 20 kap. 3 § socialtjänstlagen (2025:400) rörande Klara Andersson Berg, "
              "20180419-9942."),
        ("kv", [("Utredningen inleddes", "2026-04-15"), ("Utredningen avslutades", "2026-06-26"),
                ("Utredare", "Sofie Lind"), ("Ansvarig chef", "Peter Ek")]),
        ("h1", "Bakgrund och aktualisering"),
        ("p", "Ärendet aktualiserades genom en anmälan från Klaras skola 2026-04-07 om trötthet och utebliven frukost. "
              "Familjen är inte tidigare känd hos socialtjänsten. Klara bor med mamma Jenny, mammans sambo Marcus "
              "och halvbrodern Vincent, 2 år. Pappa Tobias bor i Norrvik och Klara träffar honom varannan helg."),
        ("h1", "Utredningsplan"),
        ("p", "Planen upprättades 2026-04-21 och gicks igenom med båda vårdnadshavarna samma vecka."),
        ("grid", ["Frågeställning", "Hur vi tar reda på det", "När"], [
            ["Hur ser Klaras dygnsrytm och måltider ut hos mamma?", "Hembesök, samtal med mamma och Marcus", "v. 18–19"],
            ["Hur mår Klara i skolan och hur fungerar lärandet?", "Samtal med mentor och skolsköterska", "v. 19"],
            ["Vad säger Klara själv om hur hon har det?", "Två barnsamtal, ett i skolan och ett hemma", "v. 18 och v. 21"],
            ["Hur ser pappans omsorg ut?", "Samtal och hembesök hos pappa", "v. 20"],
        ]),
        ("h1", "Barnets hälsa"),
        ("p", "Enligt skolsköterskan är Klara frisk, växer som förväntat och har inga kända sjukdomar. Hon har varit hos "
              "skolsköterskan två gånger under våren för huvudvärk, båda gångerna på förmiddagen. Skolsköterskan kopplar "
              "huvudvärken till att Klara inte ätit."),
        ("h1", "Utbildning"),
        ("p", "Klara går i årskurs 2. Mentorn beskriver henne som nyfiken och läsglad men att hon under våren tappat "
              "uthållighet efter lunch. Läsningen ligger på förväntad nivå. Efter att mamma börjat ge henne frukost "
              "i maj har mentorn sett en tydlig förbättring."),
        ("h1", "Känslo- och beteendemässig utveckling"),
        ("p", "Klara beskrivs som en glad och social flicka. Hon blev ledsen och drog sig undan i klassen under mars, "
              "vilket läraren förstår som trötthet snarare än oro. Det har inte framkommit något som tyder på att Klara har "
              "varit rädd hemma."),
        ("h1", "Barnets egen berättelse"),
        ("p", "Jag träffade Klara 2026-04-30 i skolan och 2026-05-20 hemma på hennes rum. Vid första samtalet ritade vi "
              "hennes vecka. Klara sa att hon vaknar när \"Marcus dörren smäller\" och sedan ligger vaken och lyssnar. "
              "Hon sa att hon gillar Marcus, \"han gör pannkakor på söndagar\". Hon ville att någon skulle säga till "
              "Marcus att stänga dörren försiktigt. Vid andra samtalet berättade Klara att hon nu får flingor varje "
              "morgon och att hon sover med öronproppar \"som mamma köpt på apoteket\". Hon sa att hon inte vill att "
              "något ska ändras med veckorna hos pappa."),
        ("h1", "Föräldrarnas förmåga"),
        ("p", "Mamma Jenny har tagit till sig oron och ändrat morgonrutinerna: hon förbereder frukost kvällen innan och "
              "Marcus går nu in genom källardörren när han kommer hem från nattskiftet. Marcus har deltagit i ett samtal och "
              "var öppen med att han inte tänkt på hur ljudet påverkade Klara. Det har inte framkommit något som tyder på "
              "att Marcus eller Jenny använder alkohol eller droger, och ingen i familjen har beskrivit våld. "
              "Pappa Tobias beskriver en god kontakt med Klara och har själv erbjudit att skjutsa henne till skolan på "
              "måndagar."),
        ("h1", "Analys"),
        ("p", "Klaras trötthet och hennes huvudvärk i skolan hade en begriplig orsak: hon väcktes flera nätter i veckan och "
              "gick till skolan utan att ha ätit. Risken för Klara låg inte i att någon vuxen ville henne illa utan i att de "
              "vuxna inte såg hur den nya familjesituationen påverkade hennes sömn. Under en period på ungefär sex veckor "
              "fick det konsekvenser för hennes ork i skolan och för hennes humör."),
        ("p", "Det som väger tyngst åt andra hållet är att båda föräldrarna och Marcus snabbt förstod oron och ändrade det "
              "som behövde ändras. Förändringen syns inte bara i vad föräldrarna säger: skolan bekräftar att Klara är piggare "
              "och Klara berättar själv om flingorna och öronpropparna. Att Klara har två engagerade föräldrar i samma ort "
              "och en trygg relation till båda är en stark skyddsfaktor."),
        ("p", "Vi bedömer att Klaras centrala behov i den här utredningen var två: att få sova ostört och att äta innan "
              "skoldagen börjar. Båda behoven tillgodoses nu av föräldrarna själva. Det finns därför inget behov av insats "
              "från socialtjänsten."),
        ("h1", "Bedömning och förslag till beslut"),
        ("p", "Utredningen avslutas utan insats. Familjen har informerats om att de kan vända sig till familjecentralen "
              "om de vill ha råd längre fram. Beslutsunderlaget har kommunicerats med båda vårdnadshavarna 2026-06-17."),
        ("p", "Beslut: Utredningen avslutas utan insats, 2026-06-26, Peter Ek, gruppledare."),
    ]),
}, """check_date: "2026-11-25"
style: detailed
producer: python-docx
expected: []
traps:
  - {category: PLAN_MISSING, note: "No separate utredningsplan file; the plan is a section 'Utredningsplan' inside utredning.docx (with a plan table)."}
  - {category: RISK_UNEXPLAINED, note: "Substance use and violence are mentioned only as negated ('Det har inte framkommit något som tyder på ...')."}
  - {category: PREASSESSMENT_OVERDUE, note: "Anmälan 2026-04-07, beslut 2026-04-15: 8 days."}
  - {category: INVESTIGATION_OVERDUE, note: "Opened 2026-04-15, closed 2026-06-26, limit 2026-08-15."}
  - {category: IMPLEMENTATION_PLAN_MISSING, note: "Closed without insats; a mention of familjecentralen is advice, not an intervention."}
""")

# ==========================================================================
# h02 – Västerlunda kommun. Elias, 11 år. Experienced, compact; bold-only headings.
# Clean: extension properly decided before the limit and kept.
# ==========================================================================
case("h02_elias_forlangning_beslutad", {
    "forhandsbedomning.docx": ("docx", [
        ("center", "FÖRHANDSBEDÖMNING"),
        ("p", "Västerlunda kommun, IFO Barn och unga. Elias Nordin, 20150302-9917. Hl: Mats Öberg."),
        ("kv", [("Anmälan inkom", "2026-01-23 kl. 14.10"), ("Anmälare", "Polisen, ingripande vid umgängesöverlämning"),
                ("Skyddsbedömning", "2026-01-23"), ("Beslut", "2026-02-02 – utredning inleds")]),
        ("bh", "Anmälan"),
        ("p", "Polis kallad till Ica Kvantum 22/1 kl. 17.30. Pappa Daniel märkbart berusad vid överlämning av Elias till mamma. "
              "Ingen våldsanklagelse. Elias grät, mamma tog honom med sig."),
        ("bh", "Skyddsbedömning 2026-01-23"),
        ("p", "Elias bor hos mamma, som inte beskrivs som bristande. Nästa umgänge 30/1. Mamma kontaktad per telefon 15.20: "
              "hon ställer in helgen hos pappa tills vidare. Inget omedelbart skyddsbehov."),
        ("bh", "Bedömning och beslut"),
        ("p", "Pappa nekar inte. Uppgiften att han druckit inför umgänge är ny för mamma. Omfattningen av pappas alkoholbruk "
              "och vad Elias varit med om är okänd. Utredning inleds, 20 kap. 2 § SoL (2025:400). Beslut 2026-02-02, Mats Öberg "
              "enl. delegation."),
    ]),
    "utredningsplan.docx": ("docx", [
        ("center", "UTREDNINGSPLAN"),
        ("p", "Elias Nordin, 20150302-9917. Upprättad 2026-02-05 med mamma Lina Nordin och pappa Daniel Sjö, var för sig."),
        ("bh", "Vad ska utredningen svara på"),
        ("li", "Hur ofta och hur mycket dricker pappa, särskilt när Elias är hos honom?"),
        ("li", "Hur har Elias påverkats och vad vill han själv kring umgänget?"),
        ("li", "Behöver Elias eller föräldrarna stöd, och i så fall vilket?"),
        ("bh", "Hur"),
        ("grid", ["Källa", "Metod", "Tid"], [
            ["Elias", "Barnsamtal x 2 (skolan, kontoret)", "feb–mars"],
            ["Mamma, pappa", "Samtal, hembesök hos båda", "feb–april"],
            ["Beroendemottagningen", "Bedömning av pappa (AUDIT, PEth-prover), med samtycke", "start mars"],
            ["Skola, BUP (ej aktuell)", "Skolsköterska, mentor", "mars"],
        ]),
        ("bh", "Tidsplan"),
        ("p", "Utredningen ska vara klar senast 2026-06-02. Om beroendemottagningens bedömning drar ut kan förlängning bli "
              "aktuell; föräldrarna har informerats om det."),
    ]),
    "beslut_forlangning.docx": ("docx", [
        ("center", "BESLUT OM FÖRLÄNGD UTREDNINGSTID"),
        ("kv", [("Barn", "Elias Nordin, 20150302-9917"), ("Utredningen inleddes", "2026-02-02"),
                ("Beslutsdatum", "2026-05-26"), ("Förlängs till och med", "2026-07-31")]),
        ("bh", "Skäl"),
        ("p", "Beroendemottagningen har fått förskjuten start p.g.a. att pappa bytt behandlare i april. Tre PEth-prover "
              "med fyra veckors mellanrum är tagna; slutlig bedömning lämnas v. 27. Utan den kan frågan om umgänget och "
              "Elias behov av skydd under umgänget inte besvaras. Särskilda skäl föreligger."),
        ("bh", "Beslut"),
        ("p", "Tiden för utredningen förlängs till och med 2026-07-31 med stöd av 20 kap. 3 § andra stycket SoL (2025:400). "
              "Beslutet har meddelats vårdnadshavarna 2026-05-27. Beslutsfattare: Karin Wall, enhetschef."),
    ]),
    "utredning.docx": ("docx", [
        ("center", "BARNAVÅRDSUTREDNING – ELIAS NORDIN"),
        ("p", "Inledd 2026-02-02. Förlängd t.o.m. 2026-07-31 (beslut 2026-05-26). Avslutad 2026-07-20. Hl: Mats Öberg."),
        ("bh", "Familj"),
        ("p", "Föräldrarna separerade 2021. Gemensam vårdnad. Elias bor hos mamma i Västerlunda, pappa i Hedby, 12 km. "
              "Umgänge varannan helg fre–sön enligt avtal. Inga syskon."),
        ("bh", "Elias"),
        ("p", "Åk 5. Frisk. Spelar fotboll i VIK två kvällar/vecka. Mentor: stabil, omtyckt, ingen frånvaro."),
        ("p", "Barnsamtal 2026-02-19 i skolan och 2026-03-12 på kontoret. Elias: ”Pappa är rolig men ibland somnar han i "
              "soffan och jag vet att det är ölen.” Har ätit kvällsmat själv vid ”några” helger i höstas. Har aldrig varit rädd "
              "för pappa. Vill fortsätta träffa honom, ”men inte om han dricker”. Han ville att pappa skulle få veta det, "
              "vilket han fick med Elias godkännande 2026-03-20."),
        ("bh", "Föräldrarna"),
        ("p", "Mamma: god omsorg, samarbetar, oroad men vill inte stoppa umgänget. Pappa: medger att han druckit 6–8 öl "
              "fredagar och lördagar under hösten, även umgängeshelger. Sökte själv beroendemottagningen i februari. "
              "Beroendemottagningens bedömning 2026-07-06: riskbruk, inte beroende; tre PEth-prover under gräns för "
              "regelbunden konsumtion (mars, april, juni). Pappa fortsätter samtal där t.o.m. december."),
        ("bh", "Analys"),
        ("p", "Risken för Elias har inte varit våld utan att bli ensam med en vuxen som inte är nykter: han har fått klara "
              "kvällsmat och läggning själv, och vid överlämningen i januari blev han vittne till att pappa var berusad "
              "bland folk, vilket skämde ut och skrämde honom. Det hände under en begränsad period, hösten 2025, och "
              "enbart vid helgumgängen."),
        ("p", "Skyddsfaktorerna är starka: mamma ger en stabil vardag, Elias har en fungerande skola och fritid och en "
              "god relation till båda föräldrarna. Pappa har själv sökt hjälp och proverna sedan mars stöder att han inte "
              "dricker regelbundet. Elias har kunnat säga vad han behöver."),
        ("p", "Elias centrala behov är att få behålla relationen med pappa och att kunna lita på att pappa är nykter när "
              "han är där. Behovet tillgodoses nu genom pappas egen behandling och föräldrarnas skriftliga överenskommelse "
              "(2026-06-30) om alkoholfria umgängen och att Elias kan ringa mamma när han vill."),
        ("bh", "Beslut"),
        ("p", "Utredningen avslutas utan insats 2026-07-20. Kommunicerad med båda föräldrarna 2026-07-10. Karin Wall, enhetschef."),
    ]),
}, """check_date: "2026-11-25"
style: experienced
producer: python-docx
expected: []
traps:
  - {category: INVESTIGATION_OVERDUE, note: "Opened 2026-02-02 (limit 2026-06-02), closed 2026-07-20 — but extension decided 2026-05-26, before the limit, with särskilda skäl and a set period (t.o.m. 2026-07-31), and the extended period was kept."}
  - {category: RISK_UNEXPLAINED, note: "Pappa's drinking is explained: amount, frequency, period, and what it meant for Elias."}
  - {category: PREASSESSMENT_OVERDUE, note: "Anmälan 2026-01-23, beslut 2026-02-02: 10 days."}
  - {category: ANALYSIS_SUMMARY, note: "Analysis is compact but weighs risk and protection and concludes."}
""")

# ==========================================================================
# h03 – Sjöbacka kommun. Nova, 12 år. Newly graduated worker ("uppger att").
# Numbered headings (3.2 Hälsa). Pre-assessment decided on day 18; the
# analysis retells the facts.
# ==========================================================================
case("h03_nova_nyutexaminerad", {
    "forhandsbedomning.docx": ("docx", [
        ("h1", "Förhandsbedömning – Nova Karimi"),
        ("kv", [("Personnummer", "20131108-9968"), ("Anmälan inkom", "2026-03-02"),
                ("Anmälare", "Skolkurator, Sjöbacka skola"), ("Handläggare", "Ida Svensson, socialsekreterare")]),
        ("h2", "1. Anmälan"),
        ("p", "Skolkuratorn Helena uppger att Nova har berättat för henne att hon skär sig i armarna. Kuratorn uppger att hon "
              "har sett sår på Novas underarm. Kuratorn berättar att Nova säger att hon gör det när hon är ensam på kvällarna. "
              "Kuratorn uppger att hon är orolig för att ingen vuxen hemma vet om det."),
        ("h2", "2. Skyddsbedömning"),
        ("p", "Skyddsbedömning gjordes 2026-03-02 kl. 11.50. Jag ringde mamma Farah samma dag. Mamma berättar att hon inte "
              "visste om såren. Mamma uppger att hon ska följa med Nova till vårdcentralen dagen efter. Bedömningen är att "
              "Nova inte behöver omedelbart skydd men att mamma behöver informeras, vilket gjordes."),
        ("h2", "3. Förhandsbedömning"),
        ("p", "Mamma berättar att hon arbetar som undersköterska och ofta jobbar kväll. Mamma uppger att pappa bor i "
              "Tyskland sedan 2023. Nova uppger till kuratorn att hon saknar pappa. Förhandsbedömningen har dragit ut på "
              "tiden på grund av hög arbetsbelastning i mottagningsgruppen under februari och mars."),
        ("h2", "4. Beslut"),
        ("p", "Utredning inleds enligt 20 kap. 2 § SoL. Beslutet fattades 2026-03-20 av Ida Svensson enligt delegation."),
    ]),
    "utredningsplan.docx": ("docx", [
        ("h1", "Utredningsplan"),
        ("p", "Nova Karimi, 20131108-9968. Planen är gjord 2026-03-25 tillsammans med mamma Farah."),
        ("h2", "1. Syfte"),
        ("p", "Syftet med utredningen är att ta reda på hur Nova mår och om hon behöver stöd från socialtjänsten."),
        ("h2", "2. Vilka ska vi prata med"),
        ("li", "Nova (två samtal)"),
        ("li", "Mamma Farah"),
        ("li", "Pappa Reza via telefon"),
        ("li", "Skolkurator och mentor"),
        ("li", "Vårdcentralen / BUP om mamma samtycker"),
        ("h2", "3. Tid"),
        ("p", "Utredningen ska vara klar senast 2026-07-20."),
    ]),
    "utredning.docx": ("docx", [
        ("title", "Utredning enligt 20 kap. 3 § SoL"),
        ("p", "Barn: Nova Karimi, 20131108-9968. Utredningen inleddes 2026-03-20 och avslutades 2026-06-30. "
              "Utredare: Ida Svensson."),
        ("h1", "1. Bakgrund"),
        ("p", "Socialtjänsten fick en anmälan 2026-03-02 från skolkuratorn. Kuratorn uppgav att Nova skär sig. "
              "Familjen är inte känd sedan tidigare."),
        ("h1", "2. Utredningens genomförande"),
        ("p", "Jag har träffat Nova två gånger, mamma tre gånger och pratat med pappa i telefon. Jag har pratat med "
              "skolkuratorn, mentorn och BUP."),
        ("h1", "3. Barnets behov"),
        ("h2", "3.1 Novas egen berättelse"),
        ("p", "Nova berättar att hon började skära sig i januari. Nova uppger att hon gjorde det ungefär två gånger i veckan "
              "i februari, alltid på kvällen när mamma jobbade. Nova berättar att hon gör det för att \"det slutar snurra i "
              "huvudet\". Nova uppger att hon inte har gjort det sedan påsklovet. Nova berättar att hon tycker om att prata med "
              "BUP-psykologen. Nova uppger att hon vill att mamma ska vara hemma fler kvällar. Nova berättar att hon saknar "
              "pappa och att de pratar i telefon på söndagar."),
        ("h2", "3.2 Hälsa"),
        ("p", "Mamma uppger att Nova är frisk i övrigt. BUP uppger att Nova har fått kontakt på BUP sedan 2026-04-02 och "
              "kommer varje vecka. BUP berättar att de bedömer att Nova har nedstämdhet och att självskadan är ett sätt att "
              "hantera ångest. BUP uppger att Nova inte har uttryckt att hon vill dö."),
        ("h2", "3.3 Utbildning"),
        ("p", "Mentorn uppger att Nova har bra betyg men har varit mer frånvarande under våren, ungefär 15 procent. "
              "Mentorn berättar att Nova har en bästa kompis i klassen, Elin."),
        ("h2", "3.4 Familj och relationer"),
        ("p", "Mamma berättar att hon arbetar kvällar tre till fyra dagar i veckan. Mamma uppger att Nova då är ensam hemma "
              "från klockan 15 till 22. Mamma berättar att hon har ansökt om att få jobba dagtid och fått det från och med "
              "augusti. Pappa uppger att han ringer Nova varje söndag och att han vill att hon ska hälsa på i sommar."),
        ("h1", "4. Föräldrarnas förmåga"),
        ("p", "Mamma berättar att hon blev mycket ledsen när hon fick veta att Nova skar sig. Mamma uppger att hon nu följer "
              "med till BUP varannan gång. Kuratorn uppger att mamma har varit på två möten i skolan. Pappa uppger att han "
              "inte kan komma till Sverige före sommaren."),
        ("h1", "5. Analys"),
        ("p", "Nova har skurit sig i armarna sedan januari. Hon gjorde det ungefär två gånger i veckan i februari när mamma "
              "jobbade kväll. Nova har kontakt med BUP sedan april och går dit varje vecka. BUP bedömer att Nova har "
              "nedstämdhet. Nova har inte skurit sig sedan påsklovet."),
        ("p", "Mamma arbetar kvällar och Nova är ensam hemma många kvällar. Mamma ska börja jobba dagtid i augusti. "
              "Pappa bor i Tyskland och ringer varje söndag. Nova har bra betyg men mer frånvaro än tidigare. Nova har en "
              "bästa kompis i klassen. Mamma följer med till BUP varannan gång och har varit på möten i skolan."),
        ("h1", "6. Bedömning"),
        ("p", "Novas centrala behov bedöms vara att få behandling för sitt mående och att ha en vuxen hemma på kvällarna. "
              "BUP ger behandling och mamma kommer att arbeta dagtid från augusti. Mamma har tackat nej till "
              "föräldrastödssamtal. Utredningen avslutas utan insats."),
        ("p", "Beslut 2026-06-30: Utredningen avslutas. Beslutsfattare Anders Holm, 1:e socialsekreterare."),
    ]),
}, """check_date: "2026-11-25"
style: newly_graduated
producer: python-docx
expected:
  - {category: PREASSESSMENT_OVERDUE, document: null, note: "Anmälan 2026-03-02, limit 2026-03-16, beslut att inleda utredning 2026-03-20 (day 18). The stated reason is workload, which is not synnerliga skäl."}
  - {category: ANALYSIS_SUMMARY, document: utredning.docx, note: "Both analysis paragraphs restate facts from 3.1-4 (self-harm, BUP, mamma's evening work, pappa in Tyskland) without weighing or explaining what it means for Nova."}
traps:
  - {category: CHILD_VOICE_MISSING, note: "Section 3.1 'Novas egen berättelse' is full of the child's account."}
  - {category: PLAN_MISSING, note: "utredningsplan.docx exists (thin, but a plan)."}
  - {category: CENTRAL_NEEDS_MISSING, note: "Section 6 names Nova's central needs explicitly."}
  - {category: INVESTIGATION_OVERDUE, note: "Opened 2026-03-20, closed 2026-06-30, limit 2026-07-20."}
  - {category: PROTECTION_ASSESSMENT_LATE, note: "Skyddsbedömning on the day of the anmälan."}
  - {category: RISK_UNEXPLAINED, note: "Self-harm is described with frequency, context and BUP's explanation in 3.1–3.2; the fault is the summarising analysis, not an unexplained risk."}
""")

# ==========================================================================
# h04 – Ålsta kommun. Hugo, 6 år. Terse. Investigation closed 22 days late with
# no extension; risk factors named bare. Pre-assessment decided on day 14 exactly.
# ==========================================================================
case("h04_hugo_sen_utredning", {
    "forhandsbedomning.docx": ("docx", [
        ("bh", "Ålsta kommun – Förhandsbedömning"),
        ("kv", [("Barn", "Hugo Lindqvist 20191014-9935"), ("Anmälan inkom", "2025-12-29"),
                ("Från", "Förskolan Solrosen"), ("Skyddsbedömning", "2025-12-29, ej akut"),
                ("Beslut", "Inleda utredning 2026-01-12")]),
        ("p", "Förskolan: pappa luktade alkohol vid hämtning 22/12. Personalen lät honom hämta. Hugo bor växelvis."),
        ("p", "Skyddsbedömning: Hugo hos mamma t.o.m. 4/1 enl. mamma. Ej akut."),
        ("p", "Pappa (tel 8/1): hade druckit glögg på jobbets julbord. Mamma (tel 8/1): pappa dricker för mycket."),
        ("p", "Utredning inleds, 20 kap. 2 § SoL. /Jonas Berg"),
    ]),
    "utredningsplan.docx": ("docx", [
        ("bh", "Utredningsplan Hugo Lindqvist"),
        ("p", "Datum 2026-01-15. Hl Jonas Berg."),
        ("li", "Samtal mamma, pappa – jan/feb"),
        ("li", "Observation Hugo på förskolan + barnsamtal – feb"),
        ("li", "Hembesök båda hemmen – feb/mars"),
        ("li", "Förskola, BVC – mars"),
        ("li", "Klart senast 2026-05-12"),
    ]),
    "utredning.docx": ("docx", [
        ("bh", "UTREDNING – Hugo Lindqvist 20191014-9935"),
        ("kv", [("Inledd", "2026-01-12"), ("Avslutad", "2026-06-03"), ("Utredare", "Jonas Berg")]),
        ("bh", "Aktualisering"),
        ("p", "Anmälan från förskolan 2025-12-29. Se förhandsbedömning."),
        ("bh", "Familj"),
        ("p", "Föräldrar separerade 2024. Växelvis boende, veckovis. Mormor bor granne med mamma."),
        ("bh", "Hugo"),
        ("p", "Frisk. BVC: inga anmärkningar, 5-årskontroll ua. Förskolan: glad, leker, språket åldersadekvat. Börjar "
              "förskoleklass i augusti."),
        ("p", "Samtal med Hugo 2026-02-17 på förskolan, med bilder. Hugo: tycker om att vara hos båda. Hos pappa spelar de "
              "tv-spel och äter pizza. Hos mamma är mormor ofta med. Ville inte prata om när pappa kom och hämtade i "
              "december, sa \"det var jul\"."),
        ("bh", "Mamma"),
        ("p", "Mamma har psykisk ohälsa. Sjukskriven 50 % sedan hösten. Hembesök 2026-02-24: städat, mat, Hugos rum fint."),
        ("bh", "Pappa"),
        ("p", "Pappa har ett alkoholmissbruk. Hembesök 2026-03-10 ua. Pappa har börjat på Alkoholmottagningen i april."),
        ("bh", "Analys"),
        ("p", "Riskfaktorer: pappas alkoholmissbruk. Mammas psykiska ohälsa."),
        ("p", "Skyddsfaktorer: Hugo har två föräldrar som båda vill ha honom hos sig, en mormor som finns nära och en förskola "
              "där han trivs och där personalen är uppmärksam. Att förskolan reagerade i december och att pappa nu har egen "
              "kontakt med Alkoholmottagningen väger för att risken för Hugo minskar framåt."),
        ("p", "Hugos centrala behov är en förutsägbar vardag i båda hemmen och vuxna som hämtar honom i gott skick. "
              "Föräldrarna har kommit överens om att mormor hämtar på pappas veckor fram till sommaren."),
        ("bh", "Förslag"),
        ("p", "Utredningen har blivit försenad p.g.a. handläggarens sjukskrivning i april. Utredningen avslutas utan insats. "
              "Beslut 2026-06-03, Eva Sund, enhetschef."),
    ]),
}, """check_date: "2026-11-25"
style: terse
producer: python-docx
expected:
  - {category: INVESTIGATION_OVERDUE, document: null, note: "Opened 2026-01-12, limit 2026-05-12, closed 2026-06-03. No beslut om förlängning; the sick-leave note is not an extension decision."}
  - {category: RISK_UNEXPLAINED, document: utredning.docx, note: "'Pappa har ett alkoholmissbruk' / 'Mamma har psykisk ohälsa' — repeated in the analysis as bare risk factors, nothing on extent, why it is a risk for Hugo, or consequences."}
traps:
  - {category: PREASSESSMENT_OVERDUE, note: "Anmälan 2025-12-29 + 14 days = 2026-01-12; decided on the last allowed day, across the year boundary."}
  - {category: CHILD_VOICE_MISSING, note: "Short barnsamtal with a 6-year-old documented 2026-02-17."}
  - {category: PLAN_MISSING, note: "utredningsplan.docx is a bullet list but it is a plan."}
  - {category: CENTRAL_NEEDS_MISSING, note: "Central needs stated in one sentence."}
""")

# ==========================================================================
# h05 – Kvarnby kommun. Sami, 15 år. Experienced. Open investigation eight days
# from its four-month limit. Protection assessment next morning: the anmälan
# came in after office hours.
# ==========================================================================
case("h05_sami_oppen_utredning_nara_grans", {
    "forhandsbedomning.docx": ("docx", [
        ("h1", "Förhandsbedömning"),
        ("p", "Kvarnby kommun, Individ- och familjeomsorgen, Ungdomsenheten"),
        ("kv", [("Ungdom", "Sami Haddad, 20110517-9953"), ("Anmälan inkom", "2026-07-22 kl. 16.50 (via e-post till registrator)"),
                ("Anmälare", "Polismyndigheten, Region Mitt"), ("Handläggare", "Anneli Vik")]),
        ("h2", "Anmälan"),
        ("p", "Sami greps 21/7 kl. 02.10 tillsammans med två äldre ungdomar misstänkt för stöld ur bil. Polisen lämnade honom "
              "till pappa kl. 04.00. Polisen noterar att Sami varit påverkad, troligen cannabis, och att pappa inte visste var "
              "han var."),
        ("h2", "Omedelbar skyddsbedömning"),
        ("p", "Anmälan kom till registrator 16.50, efter att mottagningen stängt för dagen; socialjouren fick ingen kopia. "
              "Skyddsbedömning gjord 2026-07-23 kl. 08.15 (Anneli Vik, Rolf Ahl). Sami är hemma hos pappa, sommarlov. "
              "Pappa nåddes 08.40 och bekräftade. Ingen uppgift om hot eller våld i hemmet. Inget omedelbart skyddsbehov; "
              "oron gäller Samis beteende och droger utanför hemmet."),
        ("h2", "Bedömning"),
        ("p", "Tredje polisrapporten sedan mars (snatteri 12/3, ringa narkotikabrott 30/5). Mönstret är tydligt och "
              "eskalerar: nattliga utevistelser, äldre umgänge, misstänkt cannabisbruk. Pappa beskriver att han inte når "
              "honom. Utredning behövs."),
        ("h2", "Beslut"),
        ("p", "Utredning inleds 2026-08-03 enligt 20 kap. 2 § SoL (2025:400). Anneli Vik enligt delegation."),
    ]),
    "utredningsplan.docx": ("docx", [
        ("h1", "Utredningsplan – Sami Haddad"),
        ("p", "Upprättad 2026-08-07 vid möte med Sami och pappa Karim Haddad. Mamma Rana (vårdnadshavare, bor i Göteborg) "
              "informerad per telefon 2026-08-10."),
        ("h2", "Frågor"),
        ("ol", "Hur omfattande är Samis droganvändning och brottslighet och vad driver den?"),
        ("ol", "Vad behöver Sami för att komma tillbaka till skolan (ogiltig frånvaro 40 % vt 2026)?"),
        ("ol", "Kan pappa med stöd sätta gränser, eller behövs insatser utanför hemmet?"),
        ("h2", "Genomförande"),
        ("grid", ["Vad", "Vem", "När"], [
            ["Samtal Sami x 3, varav ett med ungdomsbehandlare (ADAD)", "AV + ungdomsbehandlare", "aug–okt"],
            ["Urinprov, två tillfällen, med Samis samtycke", "Mini-Maria", "sept"],
            ["Samtal pappa, hembesök", "AV", "aug–sept"],
            ["Samtal mamma (video)", "AV", "sept"],
            ["Skolan: mentor, EHT", "AV", "sept"],
            ["Polis/åklagare: utfall förundersökningar", "AV", "okt"],
        ]),
        ("h2", "Tid"),
        ("p", "Fyra månader från 2026-08-03, dvs. klar senast 2026-12-03. Avstämning med enhetschef vecka 44."),
        ("h2", "Status 2026-11-18"),
        ("p", "Samtliga samtal genomförda utom det tredje med Sami (inställt två gånger, ny tid 2026-11-27). Utkast till "
              "utredning påbörjat. Utredningen pågår."),
    ]),
}, """check_date: "2026-11-25"
style: experienced
producer: python-docx
expected:
  - {category: DEADLINE_APPROACHING, document: null, note: "Open investigation opened 2026-08-03; four-month limit 2026-12-03 is 8 days after the check date (inside the 14-day window). No extension decided."}
traps:
  - {category: PROTECTION_ASSESSMENT_LATE, note: "Anmälan 2026-07-22 kl. 16.50, after office hours; skyddsbedömning next morning 08.15 with the reason written down."}
  - {category: PREASSESSMENT_OVERDUE, note: "Anmälan 2026-07-22, beslut 2026-08-03: 12 days."}
  - {category: INVESTIGATION_OVERDUE, note: "Not yet: limit 2026-12-03."}
  - {category: ANALYSIS_MISSING, note: "No utredning document yet — the investigation is still open, so there is nothing to analyse."}
""")

# ==========================================================================
# h06 – Lindås kommun. Maja, 4 år. Markdown. Two pre-assessments, neither leads
# to an investigation. The 2025 one rightly cites the old law.
# ==========================================================================
case("h06_maja_ingen_utredning", {
    "forhandsbedomning_2025.md": ("md", """\
# Förhandsbedömning

**Lindås kommun – Socialtjänsten, barn och familj**

| | |
|---|---|
| Barn | Maja Ek, 20220611-XXXX |
| Vårdnadshavare | Sara Ek och Oskar Ek |
| Anmälan inkom | 2025-03-03 |
| Anmälare | Granne (anonym) |
| Handläggare | Lena Forsberg |

## Anmälan
Grannen har hört ett barn gråta länge på kvällarna i lägenheten ovanför, vid fyra tillfällen i februari, och en vuxen som
skriker. Grannen har inte sett något.

## Omedelbar skyddsbedömning enligt 11 kap. 1 a § SoL
Gjord 2025-03-03. Uppgifterna är vaga och det finns inget som talar för att Maja är utsatt för våld just nu. Inget
omedelbart skyddsbehov.

## Förhandsbedömning
Samtal med båda föräldrarna 2025-03-06. Maja har haft öroninflammationer sedan januari och sovit dåligt; pappa berättar att
han höjt rösten en kväll när han var trött, och skäms över det. BVC (med samtycke) bekräftar tre besök för öronen sedan
januari och beskriver föräldrarna som lyhörda. Förskolan ser en glad flicka som inte visar rädsla för någon av föräldrarna.

## Beslut
Utredning inleds inte, 11 kap. 1 § SoL. Gråten har en känd förklaring och inga andra uppgifter pekar på att Maja far illa.
Föräldrarna informerades om familjecentralens sömnskola. Beslut 2025-03-12, Lena Forsberg enligt delegation.
"""),
    "forhandsbedomning_2026.md": ("md", """\
# Förhandsbedömning – Maja Ek

Lindås kommun, Socialtjänsten, barn och familj. Handläggare: Lena Forsberg.

- **Anmälan inkom:** 2026-09-14 kl. 10.20
- **Anmälare:** Förskolan Lärkan, förskollärare
- **Skyddsbedömning:** 2026-09-14 kl. 11.00
- **Beslut:** 2026-09-24, utredning inleds inte

## Vad anmälan gällde
Maja har ett blåmärke stort som en tumnagel på kinden. Hon sa till pedagogen att hon "ramlade på cykeln hos morfar".
Förskolan anmäler eftersom det är andra gången i höst som hon har ett märke i ansiktet.

## Skyddsbedömning
Maja är på förskolan och går hem med mamma i eftermiddag. Förklaringen hon själv gav är rimlig för skadan. Inget tyder på
att hon behöver skyddas i dag. Bedömningen gjordes med gruppledare samma förmiddag.

## Vad jag har gjort
Pratade med mamma och pappa 2026-09-16. Morfar bekräftade cykelolyckan på telefon och skickade en bild på Majas nya
cykel med stödhjul. Det första märket (augusti) var en kant på ett bord på förskolan och finns i förskolans egen
tillbudsrapport. Jag träffade Maja på förskolan 2026-09-18: hon visade hur hon cyklar "fort fort" och sa att morfar
"blåste på" när hon gjorde sig illa.

## Bedömning och beslut
Båda skadorna har förklaringar som bekräftas av någon annan än föräldrarna, skadorna är lindriga och placerade där barn i
den åldern ofta slår sig. Familjen har ingen annan aktualisering sedan 2025, då det handlade om sömnproblem. Utredning
inleds inte, 20 kap. 2 § SoL (2025:400). Beslut 2026-09-24. Föräldrarna och förskolan har fått besked.
"""),
}, """check_date: "2026-11-25"
style: terse
producer: markdown
expected: []
traps:
  - {category: OTHER, note: "forhandsbedomning_2025.md cites 11 kap. 1 a § / 11 kap. 1 § SoL, but it is dated March 2025, before the new SoL came into force — correct at the time."}
  - {category: TEMPLATE_UNFILLED, note: "Personnummer masked as 20220611-XXXX in the 2025 copy: a redaction, not a template placeholder."}
  - {category: PREASSESSMENT_OVERDUE, note: "2025: 2025-03-03 -> 2025-03-12 (9 days). 2026: 2026-09-14 -> 2026-09-24 (10 days)."}
  - {category: PLAN_MISSING, note: "No utredning was opened, so no utredningsplan is needed."}
  - {category: PROTECTION_ASSESSMENT_LATE, note: "Both skyddsbedömningar on the day of the anmälan."}
""")

# ==========================================================================
# h07 – Storviken kommun. Leo, 13 år. Detailed. SoL placement in a familjehem
# since 2026-03-09: no övervägande, no genomförandeplan, vague goals.
# ==========================================================================
case("h07_leo_familjehem_utan_overvagande", {
    "beslut_placering.docx": ("docx", [
        ("caps", "Storviken kommun – Socialnämndens arbetsutskott"),
        ("caps", "Beslut om vård i familjehem"),
        ("kv", [("Barn", "Leo Ström, 20130126-9971"), ("Vårdnadshavare", "Therese Ström (ensam vårdnad)"),
                ("Beslutsdatum", "2026-03-05"), ("Placeringen påbörjas", "2026-03-09")]),
        ("caps", "Beslut"),
        ("p", "Leo beviljas vård i familjehemmet Karlsson i Storviken (Anna och Per Karlsson) med stöd av socialtjänstlagen "
              "(2025:400), med samtycke från vårdnadshavaren och från Leo. Vården ska ske enligt vårdplan daterad 2026-03-05."),
        ("caps", "Skäl"),
        ("p", "Av utredningen avslutad 2026-02-27 framgår att mamma Therese under hösten 2025 blivit allt sämre i sin "
              "bipolära sjukdom, med två inläggningar på psykiatrisk avdelning då Leo bott hos kamraters familjer. Leo har "
              "tagit ett stort ansvar för hemmet och sin mamma och har haft 30 % frånvaro från skolan. Mamma och Leo vill "
              "båda att Leo bor i ett familjehem medan mamma får behandling. Leos morbror kan inte ta emot honom."),
    ]),
    "vardplan.docx": ("docx", [
        ("caps", "Vårdplan"),
        ("p", "Storviken kommun. Upprättad 2026-03-05 av Marie Falk, socialsekreterare, tillsammans med Leo och mamma Therese."),
        ("kv", [("Barn", "Leo Ström, 20130126-9971"), ("Vårdform", "Familjehem, SoL"),
                ("Familjehem", "Anna och Per Karlsson, Storviken"), ("Planerad start", "2026-03-09")]),
        ("caps", "Anledning till placeringen"),
        ("p", "Mammas psykiska sjukdom har under en längre tid gjort att hon inte kunnat ge Leo den omsorg och tillsyn han "
              "behöver. Leo har i perioder fått klara sig själv, handla mat och se till att mamma tar sin medicin. Han har "
              "missat mycket skola och beskriver själv att han \"alltid är på helspänn\". Placeringen beräknas pågå minst "
              "under vårterminen och hösten 2026."),
        ("caps", "Mål med vården"),
        ("p", "Målet med vården är att Leo ska få en trygg och stabil uppväxt och må bra."),
        ("li", "Leo ska få det bättre i skolan."),
        ("li", "Relationen mellan Leo och mamma ska bli bättre."),
        ("li", "Leo ska få vara barn och slippa ta ansvar för vuxna."),
        ("caps", "Umgänge"),
        ("p", "Leo träffar mamma varannan lördag 11–16, i början på familjehemmets gård och senare hemma hos mamma när hennes "
              "behandlare bedömer att det fungerar. Telefonkontakt när Leo vill. Leo har också önskat träffa sin morbror Jesper, "
              "vilket familjehemmet ordnar."),
        ("caps", "Hälsa, skola och andra huvudmän"),
        ("p", "Leo byter inte skola; familjehemmet skjutsar honom till Storvikens skola, 8 km. Skolan ansvarar för en "
              "kartläggning av hans kunskapsluckor. Leo har tandläkartid i april som familjehemmet följer med på. Mammas "
              "behandling sker inom vuxenpsykiatrin."),
        ("caps", "Leos och mammas synpunkter"),
        ("p", "Leo säger att han vill bo hos familjen Karlsson \"tills mamma är frisk\" och att han vill att mamma ska ringa på "
              "söndagar. Mamma godtar vårdplanen och vill vara med på skolans möten."),
        ("caps", "Fortsatt planering"),
        ("p", "En genomförandeplan upprättas av familjehemssekreteraren inom fyra veckor från placeringen. Vården ska "
              "övervägas minst var sjätte månad."),
    ]),
}, """check_date: "2026-11-25"
style: detailed
producer: python-docx
expected:
  - {category: REVIEW_OVERDUE, document: null, note: "Placement started 2026-03-09; övervägande due by 2026-09-09; none in the case by 2026-11-25."}
  - {category: IMPLEMENTATION_PLAN_MISSING, document: null, note: "Placement decided and started; the vårdplan promises a genomförandeplan within four weeks but none exists."}
  - {category: GOAL_NOT_SMART, document: vardplan.docx, note: "'trygg och stabil uppväxt och må bra', 'det bättre i skolan', 'relationen ... bli bättre', 'slippa ta ansvar': fail S, M and T."}
traps:
  - {category: GOALS_SET_LATE, note: "Goals (vague as they are) were set in the vårdplan 2026-03-05, before the placement started 2026-03-09."}
  - {category: CHILD_VOICE_MISSING, note: "Leo's view is in the vårdplan; no utredning in this folder."}
""")

# ==========================================================================
# h08 – Mälarby kommun. Ines, 10 år. Detailed. No utredningsplan anywhere;
# the analysis reasons area by area but never says which needs are central.
# ==========================================================================
case("h08_ines_utan_plan", {
    "forhandsbedomning.docx": ("docx", [
        ("h2", "Mälarby kommun"),
        ("h1", "Förhandsbedömning efter anmälan"),
        ("lead", "Barn: ", "Ines Rahimi, född 2016-02-09 (20160209-9980)"),
        ("lead", "Anmälan inkom: ", "2026-05-11 kl. 13.05 från Folktandvården Mälarby"),
        ("lead", "Handläggare: ", "Johanna Åberg"),
        ("p", "Tandläkaren anmäler att Ines har kariesangrepp i sju tänder, varav två med värk, och att familjen uteblivit från "
              "fyra bokade tider sedan 2025. Ines har vid besöket berättat att hon inte borstar tänderna på kvällen och att "
              "hon har ont när hon äter."),
        ("lead", "Skyddsbedömning 2026-05-11: ", "Ines har ingen akut skyddsbrist; oron gäller hälsa och tillsyn över tid. "
              "Tandvården har gett smärtstillande behandling och ny tid 2026-05-19."),
        ("p", "Mamma Leila nåddes 2026-05-13. Hon arbetar skift på ett lager och pappa Hamid är i Iran sedan mars för att ta hand "
              "om sin sjuka far. Mamma säger att hon \"inte hinner allt\". Hon lovar att komma 19/5, och familjen kom dit."),
        ("lead", "Beslut 2026-05-20: ", "Utredning inleds enligt 20 kap. 2 § SoL (2025:400). Upprepad utebliven tandvård och "
              "smärta hos ett barn är tecken på att omsorgen brister och behöver utredas. /Johanna Åberg enligt delegation"),
    ]),
    "utredning.docx": ("docx", [
        ("h1", "Utredning – Ines Rahimi, 20160209-9980"),
        ("p", "Mälarby kommun, Socialtjänsten Barn och unga. Utredningen inleddes 2026-05-20 och avslutades 2026-09-04. "
              "Utredare Johanna Åberg. Under utredningen har jag träffat Ines tre gånger, mamma fyra gånger, pappa en gång "
              "via videolänk efter att han kommit hem i juli, samt haft kontakt med tandvården, skolsköterskan och Ines mentor."),
        ("h2", "Familjen"),
        ("p", "Ines bor med mamma Leila, pappa Hamid och lillebror Sam, 4 år, i en trea i Norra Mälarby. Mamma arbetar skift "
              "som truckförare. Pappa arbetar som taxichaufför men var i Iran mars–juli 2026. Familjen har inget nätverk i "
              "Sverige utöver en kusin till mamma i Uppsala."),
        ("h2", "Hälsa"),
        ("p", "Tandvården har lagat fem tänder under juni och augusti; två tänder återstår. Ines har inte haft värk sedan juni. "
              "Skolsköterskan beskriver Ines som frisk men trött, och hon har vid två tillfällen under våren kommit till "
              "skolsköterskan för huvudvärk."),
        ("h2", "Utbildning"),
        ("p", "Ines går i årskurs 4. Mentorn beskriver att hon ligger efter i matematik men läser bra. Hon har ingen "
              "ogiltig frånvaro. Under våren missade hon ofta läxorna."),
        ("h2", "Känslor och beteende, sociala relationer"),
        ("p", "Ines är en tystlåten flicka som leker med två kamrater i klassen. Hon tar hand om Sam på morgnarna när mamma "
              "börjar tidigt och lämnar honom på förskolan innan hon själv går till skolan."),
        ("h2", "Ines berättelse"),
        ("p", "Ines berättade vid samtalen 2026-06-02, 2026-06-16 och 2026-08-25 att hon tycker det är \"lite jobbigt\" att "
              "ta Sam till förskolan, särskilt när han inte vill klä på sig, och att hon då kommer sent till skolan. Hon har "
              "varit rädd för tandläkaren \"för att det gör ont\", men tyckte att den nya tandläkaren var snäll. Hon sa att hon "
              "blev glad när pappa kom hem och att hon vill att mamma ska kunna vara hemma på morgnarna."),
        ("h2", "Föräldrarnas förmåga"),
        ("p", "Mamma Leila är varm mot barnen och vill dem väl men har under våren varit ensam med alla vardagssysslor och "
              "arbetat 06–15 sex dagar av fjorton. Hon har inte orkat hålla ordning på tider och kvällsrutiner. Efter att pappa "
              "kommit hem har föräldrarna delat upp morgnarna: pappa lämnar Sam. Pappa har under sommaren följt med Ines till "
              "tandvården två gånger."),
        ("h2", "Analys"),
        ("p", "Hälsa: Att Ines hade värk under våren och uteblev från tandvården berodde på att det saknades en vuxen som "
              "orkade hålla i tider och tandborstning, inte på likgiltighet. När pappa kom tillbaka har vården kommit igång. "
              "Risken att tänderna försämras igen är kopplad till om föräldrarnas nya fördelning håller."),
        ("p", "Utbildning: Matematiksvårigheterna och de missade läxorna hänger ihop med att Ines varit trött och haft ett "
              "ansvar på morgonen som är för stort för en tioåring. Skolan har inte sett någon inlärningssvårighet."),
        ("p", "Känslor och relationer: Ines visar inga tecken på att må psykiskt dåligt men har anpassat sig genom att ta "
              "ansvar och inte säga ifrån. Det är en risk om det fortsätter, eftersom hennes egna behov då lätt kommer i "
              "skymundan. Hon har kamrater och en god relation till båda föräldrarna, vilket skyddar."),
        ("p", "Föräldraförmåga: Föräldrarnas förmåga brister inte i grunden utan under perioder av hög belastning. Att de "
              "själva har ändrat rutinerna sedan juli talar för att de kan ta emot råd."),
        ("h2", "Bedömning och förslag"),
        ("p", "Sammantaget bedöms Ines situation ha förbättrats under utredningstiden. Föräldrarna har tackat nej till "
              "familjebehandling men säger ja till att skolsköterskan följer tandvårdstiderna. Utredningen avslutas utan "
              "insats. Beslutsunderlaget kommunicerades 2026-08-28. Beslut 2026-09-04 av Björn Sandell, gruppledare."),
    ]),
}, """check_date: "2026-11-25"
style: detailed
producer: python-docx
expected:
  - {category: PLAN_MISSING, document: null, note: "No utredningsplan document and no plan section in utredning.docx (only a retrospective list of who was met)."}
  - {category: CENTRAL_NEEDS_MISSING, document: utredning.docx, note: "The analysis walks through Hälsa / Utbildning / Känslor / Föräldraförmåga and the bedömning says 'situation har förbättrats', but nowhere names Ines's central needs."}
traps:
  - {category: ANALYSIS_SUMMARY, note: "The analysis does reason (causes, risks if it continues, protective factors) — it is area-by-area, not a summary."}
  - {category: PREASSESSMENT_OVERDUE, note: "2026-05-11 -> 2026-05-20: 9 days."}
  - {category: INVESTIGATION_OVERDUE, note: "Opened 2026-05-20, closed 2026-09-04, limit 2026-09-20."}
  - {category: CHILD_VOICE_MISSING, note: "Three barnsamtal documented."}
""")

# ==========================================================================
# h09 – Östra Dal kommun. Adam, 7 år. Terse. Municipal template with content
# controls: the Analys and Centrala behov fields were never filled in.
# ==========================================================================
case("h09_adam_mall_tom_analys", {
    "utredningsplan.docx": ("docx", [
        ("h1", "UTREDNINGSPLAN"),
        ("p", "Östra Dals kommun, Familjeenheten"),
        ("kv", [("Barn", "Adam Johansson 20190122-9914"), ("Datum", "2026-05-07"), ("Handläggare", "Mikael Roos")]),
        ("h2", "Frågeställningar"),
        ("p", "Varför är Adam borta från skolan? Får han den tillsyn han behöver på morgonen?"),
        ("h2", "Vem kontaktas"),
        ("p", "Mamma Petra, Adam, skolan (mentor, skolsköterska), mormor Gun."),
        ("h2", "Tidsplan"),
        ("p", "Samtal maj–juni. Hembesök juni. Klar senast 2026-09-04."),
    ]),
    "utredning.docx": ("docx", [
        ("h1", "UTREDNING BARN"),
        ("p", "Östra Dals kommun, Familjeenheten. Mall BBIC 2024."),
        ("kv", [("Barn", "Adam Johansson 20190122-9914"), ("Utredningen inleddes", "2026-05-04"),
                ("Utredningen avslutades", "2026-08-28"), ("Handläggare", "Mikael Roos")]),
        ("h2", "Anledning till utredning"),
        ("sdt_filled", "Anmälan från skolan 2026-04-24: Adam har 25 % frånvaro i åk 1, oftast måndagar och tisdagar. "
                       "Kommer sent och hungrig.", "anledning"),
        ("h2", "Barnets hälsa"),
        ("sdt_filled", "Frisk. Skolsköterskan: normal tillväxt, syn och hörsel ua.", "halsa"),
        ("h2", "Utbildning"),
        ("sdt_filled", "Mentor: Adam läser bra, trivs. Frånvaron har minskat till 5 % efter att mormor börjat följa honom "
                       "till skolan i maj.", "utbildning"),
        ("h2", "Barnets egen berättelse"),
        ("sdt_filled", "Samtal med Adam 2026-05-26 i skolan. Adam: mamma sover när han vaknar \"för hon jobbar natt\". Han "
                       "tittar på Ipad tills mormor kommer. Tycker om att mormor följer med, \"hon har alltid en macka\". "
                       "Vill inte byta skola.", "barnsamtal"),
        ("h2", "Föräldraförmåga"),
        ("sdt_filled", "Mamma Petra arbetar natt på äldreboende sön–tis. Ensam vårdnad, pappa okänd. Hembesök 2026-06-11: "
                       "fint hemma, mat i kylen. Mamma har sökt dagtid och fått det från 2026-09-01.", "foraldraformaga"),
        ("h2", "Analys"),
        ("sdt", "Klicka eller tryck här för att ange text.", "analys"),
        ("h2", "Barnets centrala behov"),
        ("sdt", "Klicka eller tryck här för att ange text.", "centrala_behov"),
        ("h2", "Förslag till beslut"),
        ("sdt_filled", "Utredningen avslutas utan insats. Kommunicerat med mamma 2026-08-21.", "forslag"),
        ("p", "Beslut 2026-08-28: Utredningen avslutas. Lisa Holm, gruppledare."),
    ]),
}, """check_date: "2026-11-25"
style: terse
producer: python-docx
expected:
  - {category: ANALYSIS_MISSING, document: utredning.docx, note: "The 'Analys' content control still shows its placeholder; no analysis anywhere else."}
  - {category: TEMPLATE_UNFILLED, document: utredning.docx, note: "Two content controls with w:showingPlcHdr ('Klicka eller tryck här för att ange text.') under 'Analys' and 'Barnets centrala behov'."}
  - {category: CENTRAL_NEEDS_MISSING, document: utredning.docx, note: "The 'Barnets centrala behov' field is an unfilled placeholder and no central need is stated elsewhere."}
traps:
  - {category: TEMPLATE_UNFILLED, note: "The other fields are content controls too, but filled with real text (no showingPlcHdr)."}
  - {category: CHILD_VOICE_MISSING, note: "Barnsamtal in a filled content control."}
  - {category: INVESTIGATION_OVERDUE, note: "Opened 2026-05-04, closed 2026-08-28, limit 2026-09-04."}
  - {category: PLAN_MISSING, note: "utredningsplan.docx exists."}
""")

# ==========================================================================
# h10 – Tallnäs kommun. Wilma, 14 år. Detailed, written in LibreOffice (.odt).
# Plan as a section. The analysis is a retelling, risks are bare labels, and
# no central needs are named.
# ==========================================================================
case("h10_wilma_odt_sammanfattning", {
    "utredning.odt": ("libreoffice", """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>Utredning Wilma Berglund</title></head><body>
<h1>Utredning avseende Wilma Berglund</h1>
<p>Tallnäs kommun, Socialtjänsten, Enheten för barn och unga</p>
<table border="1">
<tr><td><b>Barn</b></td><td>Wilma Berglund, 20120407-9926</td></tr>
<tr><td><b>Vårdnadshavare</b></td><td>Camilla Berglund (ensam vårdnad)</td></tr>
<tr><td><b>Utredningen inleddes</b></td><td>2026-06-08</td></tr>
<tr><td><b>Utredningen avslutades</b></td><td>2026-09-25</td></tr>
<tr><td><b>Utredare</b></td><td>Hanna Lundgren</td></tr>
</table>
<h2>Anledning till utredningen</h2>
<p>Socialtjänsten tog emot en anmälan 2026-05-27 från Tallnässkolans rektor. Wilma hade under våren haft 35 procent
frånvaro, och en lärare hade sett henne hämtas vid skolan av en man i 20-årsåldern i bil. Wilma hade också sagt till en
kompis att hon inte ville gå hem.</p>
<h2>Utredningsplan</h2>
<p>Planen gjordes 2026-06-11 tillsammans med Wilma och mamma. Utredningen skulle ta reda på varför Wilma är borta från
skolan, vem hon umgås med och hur hon har det hemma. Vi planerade tre samtal med Wilma, två med mamma och ett hembesök,
kontakt med mentor, elevhälsa och polisens områdespolis, och att utredningen skulle vara klar i början av oktober.</p>
<h2>Hälsa</h2>
<p>Wilma är frisk. Hon har varit hos skolsköterskan för magont fem gånger under våren. Hon sover dåligt och går och lägger
sig sent, enligt henne själv ofta efter klockan ett.</p>
<h2>Skola</h2>
<p>Wilma går i årskurs 8. Hon har 35 procent frånvaro under vårterminen, mest ogiltig. Hon saknar godkänt betyg i fyra
ämnen. Mentorn beskriver henne som begåvad men ofokuserad.</p>
<h2>Fritid och relationer</h2>
<p>Wilma umgås med äldre killar. Hon har slutat på handbollen som hon spelade i sex år. Hennes bästa kompis sedan lågstadiet,
Ronja, träffar hon inte längre.</p>
<h2>Samtal med Wilma</h2>
<p>Wilma ville först inte prata. Vid andra samtalet 2026-08-19 sa hon att skolan är "meningslös" och att hon hellre är med
sina kompisar, som är "de enda som fattar". Hon sa att mammas pojkvän är "okej" men att hon inte gillar att vara hemma när
han är där. Hon vill inte ha någon kontakt med socialtjänsten.</p>
<h2>Familjen och mammas förmåga</h2>
<p>Mamma Camilla arbetar heltid som kassörska. Mamma har en ny pojkvän som är känd av polisen. Hembesöket 2026-07-02 visade
en ordnad lägenhet. Mamma säger att hon inte vet var Wilma är på kvällarna och att hon har gett upp att ringa. Pappa bor i
Norge och har ingen kontakt.</p>
<h2>Analys</h2>
<p>Wilma är 14 år och har 35 procent frånvaro och saknar betyg i fyra ämnen. Hon umgås med äldre killar och har slutat med
handbollen. Hon sover dåligt och har ont i magen. Mamma har en ny pojkvän som är känd av polisen. Mamma vet inte var Wilma
är på kvällarna. Pappa har ingen kontakt.</p>
<p>Wilma säger att skolan är meningslös och vill inte ha kontakt med socialtjänsten. Mamma arbetar heltid och hemmet är
ordnat. Wilma har tidigare haft en bästa kompis och spelat handboll i sex år.</p>
<h2>Bedömning</h2>
<p>Det finns en oro för Wilma. Wilma och mamma har erbjudits stöd från ungdomsteamet men tackat nej. Utredningen avslutas
utan insats. Beslut 2026-09-25, Hanna Lundgren och Per Olsson, enhetschef.</p>
</body></html>
"""),
}, """check_date: "2026-11-25"
style: detailed
producer: libreoffice
expected:
  - {category: ANALYSIS_SUMMARY, document: utredning.odt, note: "Both analysis paragraphs list facts already given (frånvaro, betyg, äldre killar, handboll, pojkvän, pappa) with no weighing or conclusion."}
  - {category: RISK_UNEXPLAINED, document: utredning.odt, note: "'Wilma umgås med äldre killar' and 'mamma har en ny pojkvän som är känd av polisen' — never said why, how much, or what it means for Wilma."}
  - {category: CENTRAL_NEEDS_MISSING, document: utredning.odt, note: "No statement of Wilma's central needs; the bedömning says only 'det finns en oro'."}
traps:
  - {category: PLAN_MISSING, note: "The plan is a section 'Utredningsplan' inside the utredning."}
  - {category: CHILD_VOICE_MISSING, note: "Wilma's words are quoted under 'Samtal med Wilma'."}
  - {category: INVESTIGATION_OVERDUE, note: "Opened 2026-06-08, closed 2026-09-25, limit 2026-10-08."}
""")

# ==========================================================================
# h11 – Granby kommun. Omar, 9 år. Terse markdown. A pre-assessment still open
# 23 days after the anmälan; the protection assessment came three days late.
# ==========================================================================
case("h11_omar_oppen_forhandsbedomning", {
    "forhandsbedomning.md": ("md", """\
FÖRHANDSBEDÖMNING (pågår)
=========================

Granby kommun / IFO / Barn och familj
Handläggare: Eva Nyström

**Barn:** Omar Said, 20170905-9949
**Anmälan inkom:** 2026-11-02 kl. 13.20
**Anmälare:** Fritidsledare, Granby fritidsgård (telefon, bekräftad skriftligt 3/11)

ANMÄLAN
-------
Omar har sagt till fritidsledaren att storebror Yasin (17) slog honom i ansiktet i helgen och att "mamma såg på". Fritidsledaren
såg ingen skada. Omar ville inte gå hem den dagen, gick till slut hem 17.30.

SKYDDSBEDÖMNING
---------------
2026-11-05. Omar i skolan. Inga nya uppgifter om våld. Mamma nås per telefon, bekräftar bråk mellan bröderna. Ej akut skyddsbehov.

KONTAKTER
---------
- 2026-11-06 tel mamma Amina. Bröderna bråkar mycket. Yasin "har blivit arg sedan han slutade skolan". Tolk (arabiska) via telefon.
- 2026-11-12 brev till pappa (bor i Malmö, gemensam vårdnad). Inget svar ännu.
- 2026-11-19 Omars mentor: inga skador setts, Omar "tystare än vanligt" sedan höstlovet.

PLANERAT
--------
- Samtal med Omar på skolan v. 48.
- Ta ställning till om utredning ska inledas.

BESLUT
------
Ej fattat.
"""),
}, """check_date: "2026-11-25"
style: terse
producer: markdown
expected:
  - {category: PREASSESSMENT_OVERDUE, document: null, note: "Anmälan 2026-11-02, limit 2026-11-16; still undecided on 2026-11-25 (day 23). No synnerliga skäl documented."}
  - {category: PROTECTION_ASSESSMENT_LATE, document: null, note: "Anmälan 2026-11-02 kl. 13.20 (mid-day); skyddsbedömning 2026-11-05, three days later, no reason given — and the anmälan is about violence against the child."}
traps:
  - {category: DEADLINE_APPROACHING, note: "Not 'approaching': the limit has already passed; the breach is the finding."}
  - {category: TEMPLATE_UNFILLED, note: "'Beslut: Ej fattat.' is real content of an open document, not a left template field."}
""")

# ==========================================================================
# h12 – Fjällsta kommun. Selma, 5 år. Detailed. Extension decided properly —
# but the extended period has also passed. The förhandsbedömning (June 2026)
# cites the repealed SoL 2001:453. Tracked deletion in the plan.
# ==========================================================================
case("h12_selma_forlangning_passerad", {
    "forhandsbedomning.docx": ("docx", [
        ("h1", "Förhandsbedömning"),
        ("p", "Fjällsta kommun, Socialförvaltningen. Handläggare: Kristin Dahl."),
        ("kv", [("Barn", "Selma Olofsson, 20210220-9938"), ("Anmälan inkom", "2026-06-03 kl. 10.00"),
                ("Anmälare", "Förskolan Tallkotten, rektor"), ("Skyddsbedömning", "2026-06-03 kl. 11.15")]),
        ("h2", "Anmälans innehåll"),
        ("p", "Selma har under våren haft utbrott varje dag på förskolan där hon slår huvudet i golvet och biter sig själv. "
              "Förskolan har vid flera tillfällen försökt prata med mamma om en remiss till BUP, men mamma har inte velat. "
              "Selma har också sagt att \"mamma gråter hela tiden\"."),
        ("h2", "Skyddsbedömning"),
        ("p", "Selma är inte utsatt för våld enligt uppgifterna och det finns inget som talar för att hon är i fara i hemmet i "
              "dag. Skyddsbedömningen gjordes samma förmiddag av Kristin Dahl och 1:e socialsekreterare Ulf Bengtsson."),
        ("h2", "Kontakter"),
        ("p", "Mamma Josefin kom på samtal 2026-06-09. Hon berättade att hon är sjukskriven för utmattning sedan mars och "
              "att Selmas utbrott förekommer även hemma, främst vid övergångar och vid läggning. Pappa Emil bor i Östersund "
              "och har Selma varannan helg; han har inte sett utbrotten lika tydligt."),
        ("h2", "Bedömning och beslut"),
        ("p", "Selmas självskadande beteende och mammas nedsatta ork behöver utredas. Utredning inleds enligt 11 kap. 1 § SoL. "
              "Beslut 2026-06-15, Kristin Dahl enligt delegation."),
    ]),
    "utredningsplan.docx": ("docx", [
        ("h1", "Utredningsplan"),
        ("p", "Selma Olofsson, 20210220-9938. Upprättad 2026-06-18 med mamma, reviderad 2026-06-25 efter samtal med pappa."),
        ("h2", "Vad vi vill förstå"),
        ("p", "Varför Selma skadar sig själv vid utbrott, vad föräldrarna behöver för att kunna möta henne, och om Selma "
              "behöver stöd från socialtjänsten, BUP eller båda."),
        ("h2", "Så här går vi till väga"),
        ("li", "Observation av Selma på förskolan och i hemmet (juni och augusti)."),
        ("li", "Samtal med Selma med bildstöd."),
        ("del", "Hembesök hos mamma ", "och hos pappa i Östersund ", "under augusti.", "Kristin Dahl", "2026-06-25T10:12:00Z"),
        ("li", "Samtal med pappa på kontoret i samband med umgänget."),
        ("li", "Remiss till BUP för neuropsykiatrisk bedömning om föräldrarna samtycker."),
        ("h2", "Tidsplan"),
        ("p", "Utredningen ska enligt lag vara klar inom fyra månader, dvs. senast 2026-10-15."),
    ]),
    "beslut_forlangning.docx": ("docx", [
        ("h1", "Beslut om förlängning av utredningstid"),
        ("kv", [("Barn", "Selma Olofsson, 20210220-9938"), ("Utredningen inleddes", "2026-06-15"),
                ("Beslut fattat", "2026-10-08"), ("Utredningstiden förlängs till", "2026-11-15")]),
        ("h2", "Skäl"),
        ("p", "BUP:s neuropsykiatriska bedömning av Selma påbörjades i september och beräknas vara klar i början av november. "
              "Bedömningen behövs för att kunna ta ställning till vilket stöd Selma och föräldrarna behöver. Det utgör "
              "särskilda skäl enligt 20 kap. 3 § SoL (2025:400)."),
        ("h2", "Beslut"),
        ("p", "Utredningstiden förlängs till och med 2026-11-15. Ulf Bengtsson, 1:e socialsekreterare, enligt delegation. "
              "Föräldrarna underrättade 2026-10-09."),
    ]),
}, """check_date: "2026-11-25"
style: detailed
producer: python-docx
expected:
  - {category: INVESTIGATION_OVERDUE, document: null, note: "Opened 2026-06-15 (limit 2026-10-15); extension decided 2026-10-08 to 2026-11-15; no utredning completed and no further extension by 2026-11-25 — the extended period has also passed."}
  - {category: OTHER, document: forhandsbedomning.docx, note: "Decision dated 2026-06-15 says 'Utredning inleds enligt 11 kap. 1 § SoL' — SoL 2001:453, repealed 2025-07-01."}
traps:
  - {category: PREASSESSMENT_OVERDUE, note: "2026-06-03 -> 2026-06-15: 12 days."}
  - {category: PLAN_MISSING, note: "utredningsplan.docx exists; a tracked deletion in it does not remove anything needed."}
  - {category: OTHER, note: "beslut_forlangning.docx cites the current 20 kap. 3 § SoL (2025:400) correctly."}
  - {category: DEADLINE_APPROACHING, note: "Already past the extended limit; the finding is the breach, not a warning."}
""")

# ==========================================================================
# h13 – Ekeby kommun. Alva, 3 år. Terse notes. Open pre-assessment, one day
# left of the 14 on the check date.
# ==========================================================================
case("h13_alva_forhandsbedomning_en_dag_kvar", {
    "forhandsbedomning.docx": ("docx", [
        ("bh", "EKEBY KOMMUN – Barn- och ungdomsenheten"),
        ("bh", "Förhandsbedömning, pågående"),
        ("kv", [("Barn", "Alva Persson 20230512-9907"), ("Vh", "Linda Persson, Jimmy Persson"),
                ("Anmälan inkom", "2026-11-12 kl. 08.30"), ("Från", "BVC Ekeby, sjuksköterska"),
                ("Hl", "Robin Eklund")]),
        ("bh", "Anmälan"),
        ("li", "Alva vägde vid 3-årsbesöket 11/11 mindre än vid 2,5-årsbesöket."),
        ("li", "Föräldrarna har uteblivit från två återbesök i oktober."),
        ("li", "Mamma sa till BVC att familjen \"inte har pengar till mat i slutet av månaden\"."),
        ("bh", "Skyddsbedömning 2026-11-12 kl. 10.00"),
        ("li", "Alva på förskola 08–14, äter lunch och mellanmål där (förskolan bekräftar per tel 09.45)."),
        ("li", "Inga uppgifter om våld. Ingen akut fara. Omedelbart skydd behövs ej."),
        ("bh", "Gjort"),
        ("li", "2026-11-17 hembesök, båda föräldrarna hemma. Lite mat i kylen. Pappa arbetslös sedan augusti, väntar på "
               "a-kassa. Skulder. Alva pigg, lekte med dockor, visade sitt rum."),
        ("li", "2026-11-19 förskolan: Alva äter mycket på måndagar, verkar hungrig efter helgerna."),
        ("li", "2026-11-20 kontakt med ekonomiskt bistånd, föräldrarna har ansökt om nödbistånd."),
        ("bh", "Att göra"),
        ("li", "Avstämning med gruppledare 2026-11-26, beslut om utredning inleds samma dag."),
    ]),
}, """check_date: "2026-11-25"
style: terse
producer: python-docx
expected:
  - {category: DEADLINE_APPROACHING, document: null, note: "Open pre-assessment: anmälan 2026-11-12, 14-day limit 2026-11-26 — one day left on the check date (inside the 3-day window)."}
traps:
  - {category: PREASSESSMENT_OVERDUE, note: "Not yet overdue on 2026-11-25; the planned decision 2026-11-26 would be on day 14."}
  - {category: PROTECTION_ASSESSMENT_LATE, note: "Skyddsbedömning the same morning."}
""")

# ==========================================================================
# h14 – Solvik kommun. Noah, 10 år. Detailed, ALL-CAPS headings. A placement
# done by the book: vårdplan before the start, genomförandeplan, övervägande
# inside six months.
# ==========================================================================
case("h14_noah_placering_i_tid", {
    "vardplan.docx": ("docx", [
        ("caps", "Vårdplan"),
        ("p", "Solvik kommun, Individ- och familjeomsorgen. Upprättad 2026-04-10."),
        ("kv", [("Barn", "Noah Eriksson Mäki, 20160823-9956"),
                ("Vårdnadshavare", "Sanna Mäki och Robert Eriksson"),
                ("Vård", "Familjehem enligt SoL (2025:400), med samtycke"),
                ("Familjehem", "Birgitta och Lars Hedlund, Solvik"),
                ("Placeringen börjar", "2026-04-14")]),
        ("caps", "Varför Noah behöver bo i familjehem"),
        ("sdt_filled", "Utredningen (avslutad 2026-04-02) visade att Noah under två år levt med föräldrarnas missbruk av "
                       "amfetamin. Han har sett pappa bli förd av polis två gånger, har haft 48 % frånvaro i skolan och har "
                       "vid tre tillfällen varit ensam hemma över natten. Båda föräldrarna har nu påbörjat behandling och "
                       "samtycker till placering.", "anledning"),
        ("caps", "Mål med vården"),
        ("grid", ["Mål", "Hur vi vet att målet är nått", "Senast", "Ansvarig"], [
            ["Noah går i skolan alla fem dagar i veckan, hela skoldagar.", "Närvarorapport från skolan: minst 90 % närvaro "
             "under en hel månad.", "2026-12-18", "Familjehemmet och Solviks skola"],
            ["Noah träffar mamma och pappa på bestämda dagar som han känner till i förväg.", "Umgängeskalender; Noah kan "
             "berätta när nästa träff är vid varje besök av socialsekreteraren.", "2026-06-30", "Socialsekreterare Ann Wiik"],
            ["Noah har fått en bedömning av sin sömn och oro.", "Bedömning från BUP dokumenterad och återkopplad till "
             "Noah och familjehemmet.", "2026-09-30", "Familjehemmet bokar, BUP utför"],
        ]),
        ("caps", "Umgänge"),
        ("p", "Noah träffar mamma och pappa var för sig varannan vecka på familjecentralen, med personal närvarande de första "
              "tre månaderna. Omfattningen prövas vid övervägandet."),
        ("caps", "Andra huvudmäns ansvar"),
        ("p", "Region Solvik (BUP) ansvarar för bedömning och eventuell behandling av Noahs sömnproblem och oro. "
              "Beroendevården ansvarar för föräldrarnas behandling."),
        ("caps", "Noahs och föräldrarnas synpunkter"),
        ("p", "Noah har besökt familjen Hedlund två gånger. Han sa att han gillar deras hund och att han vill \"ha samma skola, "
              "inte en ny\". Föräldrarna godkänner vårdplanen och önskar att Noah får börja i familjens fotbollslag."),
    ]),
    "genomforandeplan.docx": ("docx", [
        ("caps", "Genomförandeplan"),
        ("p", "Noah Eriksson Mäki, 20160823-9956. Familjehem Hedlund. Upprättad 2026-04-28 vid möte med Noah, familjehemmet, "
              "mamma, pappa (via telefon) och familjehemssekreterare Tove Alm."),
        ("caps", "Skola"),
        ("p", "Familjehemmet kör Noah till skolan och hämtar honom kl. 14.30. Mentorn mejlar familjehemmet varje fredag om "
              "veckans närvaro. Vid frånvaro ringer familjehemmet skolan före kl. 08.15."),
        ("caps", "Hälsa"),
        ("p", "Familjehemmet bokar tid på BUP (remiss skickad 2026-04-20) och följer med. Noah har en kvällsrutin med läsning "
              "och släckt kl. 21.00."),
        ("caps", "Relationer och umgänge"),
        ("p", "Umgänge enligt vårdplanen. Familjehemmet för en kalender på kylskåpet som Noah själv fyller i. "
              "Noah börjar i Solvik IF:s P10-lag i maj."),
        ("caps", "Uppföljning"),
        ("p", "Familjehemssekreteraren besöker familjehemmet en gång i månaden och träffar Noah enskilt. Planen följs upp "
              "i samband med övervägandet i oktober 2026."),
    ]),
    "overvagande.docx": ("docx", [
        ("caps", "Övervägande enligt 22 kap. 13 § SoL"),
        ("kv", [("Barn", "Noah Eriksson Mäki, 20160823-9956"), ("Placerad sedan", "2026-04-14"),
                ("Övervägande", "2026-10-08"), ("Nästa övervägande senast", "2027-04-08")]),
        ("caps", "Hur vården har fungerat"),
        ("p", "Noah har haft 93 % närvaro i september och 95 % hittills i oktober. BUP-bedömningen gjordes i augusti: Noah har "
              "symtom på ångest men ingen diagnos; han går på samtal varannan vecka. Umgänget har fungerat; mamma har kommit "
              "till alla träffar, pappa missade två i juni under ett återfall. Målen om umgänge och BUP-bedömning är nådda; "
              "skolmålet är nära."),
        ("caps", "Noahs synpunkter"),
        ("p", "Noah vill bo kvar i familjehemmet \"i alla fall över julen\" och vill träffa mamma utan personal. "
              "Han tycker att fotbollen är det bästa med Solvik."),
        ("caps", "Bedömning och beslut"),
        ("p", "Vården behövs fortfarande. Föräldrarnas behandling pågår men ingen av dem har varit drogfri längre än fyra "
              "månader. Vården fortsätter i familjehemmet Hedlund. Umgänget med mamma blir utan personal från november. "
              "Genomförandeplanen är uppföljd och reviderad samma dag. Beslut 2026-10-08, socialnämndens utskott."),
    ]),
}, """check_date: "2026-11-25"
style: detailed
producer: python-docx
expected: []
traps:
  - {category: REVIEW_OVERDUE, note: "Placement 2026-04-14; övervägande 2026-10-08, inside six months (limit 2026-10-14); next due 2027-04-08. The genomförandeplan's follow-up ('i samband med övervägandet i oktober 2026') is recorded."}
  - {category: GOAL_NOT_SMART, note: "Vårdplan goal table has a measure, date and responsible party for each goal."}
  - {category: GOALS_SET_LATE, note: "Goals in the vårdplan 2026-04-10, before the start 2026-04-14; the genomförandeplan after the start is normal."}
  - {category: TEMPLATE_UNFILLED, note: "The vårdplan uses a content control, but it is filled with real text (no showingPlcHdr)."}
  - {category: IMPLEMENTATION_PLAN_MISSING, note: "genomforandeplan.docx exists."}
""")

# ==========================================================================
# h15 – Havsvik kommun. Liam, 8 år. Terse. Family treatment decided without
# goals; goals first written at the start; the follow-up date set in the
# genomförandeplan has passed with no record.
# ==========================================================================
case("h15_liam_mal_vid_start", {
    "beslut.docx": ("docx", [
        ("h1", "Beslut om bistånd"),
        ("p", "Havsvik kommun, Socialtjänsten, Barn och familj"),
        ("kv", [("Barn", "Liam Holm 20180130-9929"), ("Sökande", "Malin och Fredrik Holm"),
                ("Beslutsdatum", "2026-05-20"), ("Handläggare", "Amir Nasser")]),
        ("h2", "Beslut"),
        ("p", "Familjen beviljas familjebehandling via Havsviks familjeteam fr.o.m. 2026-06-01 t.o.m. 2026-12-31, "
              "cirka en träff per vecka."),
        ("h2", "Motivering"),
        ("p", "Utredningen (avslutad 2026-05-15) visar att Liam har utbrott hemma flera gånger i veckan där han slår "
              "föräldrarna och slår sönder saker, och att föräldrarna har börjat låsa in honom på rummet för att hantera "
              "utbrotten. Föräldrarna vill ha hjälp. Mål och inriktning fastställs i genomförandeplan."),
    ]),
    "uppdrag_till_utforare.docx": ("docx", [
        ("h1", "Uppdrag till utförare"),
        ("kv", [("Till", "Havsviks familjeteam"), ("Datum", "2026-05-25"), ("Barn", "Liam Holm 20180130-9929"),
                ("Insats", "Familjebehandling 2026-06-01 – 2026-12-31")]),
        ("h2", "Bakgrund"),
        ("p", "Se utredning. Utbrott hemma, föräldrar låser in Liam på rummet. Skolan ser inga utbrott."),
        ("h2", "Syfte"),
        ("p", "Stöd i föräldraskapet."),
        ("h2", "Mål"),
        ("p", "Målen formuleras tillsammans med familjen vid uppstarten."),
        ("h2", "Återrapportering"),
        ("p", "Skriftlig rapport till handläggaren inför uppföljningsmöten."),
    ]),
    "genomforandeplan.docx": ("docx", [
        ("h1", "Genomförandeplan – familjebehandling"),
        ("p", "Havsviks familjeteam. Familjebehandlare: Sara Lindgren och Ola Persson."),
        ("kv", [("Barn", "Liam Holm 20180130-9929"), ("Insatsen startade", "2026-06-08"),
                ("Planen upprättad", "2026-06-08, första träffen, med Liam, mamma och pappa"),
                ("Uppföljning", "2026-09-15 kl. 14.00, med handläggare Amir Nasser")]),
        ("h2", "Mål"),
        ("grid", ["Mål", "Insats", "Tidsram", "Ansvarig"], [
            ["Föräldrarna låser inte in Liam. Mätt i föräldrarnas veckodagbok: 0 inlåsningar per vecka.",
             "Samtal om alternativ vid utbrott; krisplan på kylskåpet", "fr.o.m. 2026-06-15", "Mamma, pappa"],
            ["Liams utbrott hemma minskar från 4–5 till högst 1 per vecka.",
             "Föräldrarna tränar på att förebygga utbrott (KOMET-inspirerat), 10 träffar", "2026-10-31", "Familjebehandlarna"],
            ["Liam kan visa på en känslotermometer när han börjar bli arg, och välja en lugn plats.",
             "Enskilda träffar med Liam, 6 tillfällen", "2026-09-30", "Ola Persson"],
        ]),
        ("h2", "Så här arbetar vi"),
        ("p", "Träffar varje måndag 16.00 i hemmet. Varannan gång med Liam."),
    ]),
}, """check_date: "2026-11-25"
style: terse
producer: python-docx
expected:
  - {category: GOALS_SET_LATE, document: null, note: "Beslut 2026-05-20 ('mål fastställs i genomförandeplan') and uppdrag 2026-05-25 ('målen formuleras ... vid uppstarten') have no goals; goals first appear in the genomförandeplan dated 2026-06-08, the day the insats started."}
  - {category: REVIEW_OVERDUE, document: null, note: "Genomförandeplan sets uppföljning 2026-09-15; no record of it by 2026-11-25."}
traps:
  - {category: GOAL_NOT_SMART, note: "The late goals themselves are specific, measured (veckodagbok, count per week) and time-bound."}
  - {category: IMPLEMENTATION_PLAN_MISSING, note: "genomforandeplan.docx exists."}
  - {category: GOAL_NOT_SMART, note: "'Syfte: Stöd i föräldraskapet' in the uppdrag is a purpose line, not a goal — the fault there is goals missing (GOALS_SET_LATE)."}
""")

# ==========================================================================
# h16 – Roslunda kommun. Tindra, 13 år. Detailed markdown. No plan; template
# leftovers ([Ange ...], XXX, an empty template heading).
# ==========================================================================
case("h16_tindra_md_mallrester", {
    "utredning.md": ("md", """\
# UTREDNING ENLIGT 20 KAP. 3 § SOCIALTJÄNSTLAGEN

**Roslunda kommun – Barn- och familjeenheten**

| Uppgift | |
|---|---|
| Barn | Tindra Nilsson, 20130311-9975 |
| Vårdnadshavare | Emma Nilsson, Johan Nilsson (gemensam vårdnad) |
| Utredningen inleddes | 2026-03-16 |
| Utredningen avslutades | 2026-07-03 |
| Utredare | Karin Sjöberg |

## 1. Bakgrund
Anmälan kom 2026-03-04 från elevhälsan på Roslunda skola. Tindra hade berättat för skolsköterskan att hon inte ätit lunch på
flera veckor och att hon "är för tjock". Hon hade gått ner sex kilo sedan hösten. Förhandsbedömningen avslutades med beslut
om utredning 2026-03-16.

## 2. Utredningens genomförande
Samtal med Tindra tre gånger (2026-03-26, 2026-04-22, 2026-06-10), med föräldrarna tillsammans två gånger och var för sig en
gång. Hembesök [Ange datum för hembesök]. Kontakt med skolsköterskan, mentorn och BUP:s ätstörningsenhet (med samtycke).

## 3. Tindras hälsa
BUP:s ätstörningsenhet tog emot Tindra i april efter remiss från skolsköterskan. Hon har diagnosen atypisk anorexia och går på
familjebaserad behandling varje vecka. Hennes vikt har stabiliserats sedan maj. BUP beskriver att föräldrarna varit med på
alla besök och att de lagar måltiderna enligt den plan BUP gett dem.

## 4. Skola
Tindra går i årskurs 7 och har höga betyg. Mentorn beskriver en ambitiös elev som blir mycket ledsen om hon inte får A. Under
april hade hon XXX % frånvaro på grund av BUP-besök och trötthet; i maj och juni var hon i skolan varje dag.

## 5. Fritid och kamrater

## 6. Tindras egen berättelse
Tindra sa vid första samtalet att hon "inte är sjuk" och att alla överdriver. Vid det andra samtalet berättade hon att hon
räknar kalorier i en app och att hon får panik om hon inte hunnit träna. I juni sa hon att det är "jobbigt men bättre" att
äta med familjen och att hon tycker om sin behandlare. Hon vill inte att socialtjänsten ska vara inblandad längre, eftersom
hon tycker att BUP räcker.

## 7. Föräldrarnas förmåga
Föräldrarna upptäckte sent hur lite Tindra åt, eftersom hon åt frukost och middag hemma och lunchen var den måltid hon hoppade
över. När de fick veta har de agerat snabbt: de har ändrat sina arbetstider så att en av dem alltid är hemma vid middagen, och
de deltar aktivt i behandlingen. Lillebror Alfred, 9 år, har fått egen tid med en av föräldrarna varje vecka eftersom mycket
har handlat om Tindra.

## 8. Analys
Tindras ätstörning är allvarlig för en 13-åring i växande ålder: undervikt under puberteten kan påverka längdtillväxt,
skelett och menstruation, och ätstörningar som får hålla på länge blir svårare att behandla. Risken är störst i situationer
utan vuxna, som skollunchen, och när hon pressar sig med skola och träning.

Det som skyddar Tindra är att behandlingen kom igång inom en månad, att föräldrarna har tagit ett tydligt ansvar och att
Tindra själv har börjat beskriva sina tankar kring mat i stället för att förneka dem. Att hennes vikt stabiliserats visar att
föräldrarnas insats fungerar.

Tindras centrala behov är att få fullfölja behandlingen och att ha vuxna omkring sig vid måltiderna, hemma och i skolan, tills
BUP bedömer att hon kan äta på egen hand. Båda behoven tillgodoses i dag genom BUP och föräldrarna. Skolan har lovat att en
vuxen äter lunch med Tindra.

## 9. Förslag till beslut
Utredningen avslutas utan insats från socialtjänsten. Beslutsunderlaget kommunicerades med föräldrarna och Tindra 2026-06-26.

Beslut 2026-07-03. Karin Sjöberg, socialsekreterare, och Mats Ek, enhetschef.
"""),
}, """check_date: "2026-11-25"
style: detailed
producer: markdown
expected:
  - {category: PLAN_MISSING, document: null, note: "No utredningsplan in the folder and no plan section — '2. Utredningens genomförande' only reports afterwards what was done."}
  - {category: TEMPLATE_UNFILLED, document: utredning.md, note: "'[Ange datum för hembesök]', 'XXX % frånvaro', and the template heading '5. Fritid och kamrater' with nothing under it."}
traps:
  - {category: RISK_UNEXPLAINED, note: "The eating disorder is explained: why it is a risk at 13, where the risk is greatest, consequences."}
  - {category: CENTRAL_NEEDS_MISSING, note: "Central needs stated in the analysis."}
  - {category: INVESTIGATION_OVERDUE, note: "Opened 2026-03-16, closed 2026-07-03, limit 2026-07-16."}
""")

# ==========================================================================
# h17 – Skogsås kommun. Leon, 11 år. Experienced, compact; written in markdown
# and converted with pandoc. No analysis section at all. A quote with a
# bracketed clarification.
# ==========================================================================
case("h17_leon_pandoc_utan_analys", {
    "utredning.docx": ("pandoc", """\
---
title: "Barnavårdsutredning"
---

**Skogsås kommun, Socialkontoret, barn och unga.** Leon Gustafsson, 20150127-9963.
Inledd 2026-02-23 · avslutad 2026-06-12 · utredare Maria Hellström.

## Plan för utredningen (upprättad 2026-02-26)

1. Vad ligger bakom Leons slagsmål i skolan? – samtal Leon (x2), mentor, rektor, elevhälsa, mars.
2. Hur har Leon påverkats av våldet i familjen före separationen? – samtal med Leon, mamma; pappas dom inhämtas, mars–april.
3. Ska Leon träffa pappa, och hur? – samtal med båda föräldrarna, april–maj.
4. Klart senast 2026-06-23.

## Aktualisering

Anmälan från rektor 2026-02-10: fjärde slagsmålet sedan jul, en kamrat fick sy i ögonbrynet. Leon sa efteråt att han "inte
kunde sluta".

## Familjen

Mamma Ulrika och Leon bor sedan 2024 i Skogsås. Pappa Niklas dömdes i september 2024 för misshandel av Ulrika (tre tillfällen,
varav ett i Leons närvaro) och har kontaktförbud mot henne t.o.m. 2026-09. Inget umgänge sedan dess. Vårdnaden är mammas
sedan 2025.

## Leon

Frisk. Åk 5. Läser och räknar på förväntad nivå men har svårt att sitta still. Tränar brottning två gånger i veckan och
tycker tränaren är "schysst".

Samtal 2026-03-05 och 2026-04-09. Leon berättade om kvällen 2024 då polisen kom: "Han [pappan] tryckte upp mamma mot kylen och
jag skrek åt honom att sluta." Han säger att han blir "varm i huvudet" när någon knuffar honom och att han då slår innan han
hinner tänka. Han vill inte träffa pappa nu, "kanske när jag är större". Han vill vara kvar i sin klass.

## Mamma

Ulrika har gått i samtal på kvinnojouren och mår bättre. Hon har svårt att sätta gränser när Leon blir arg, "han blir så lik
honom". Hon har själv bett om hjälp att förstå Leons ilska.

## Pappa

Niklas (telefon 2026-04-28) vill träffa Leon, anser att Ulrika "hetsat" Leon. Har inte genomgått någon behandling för sitt våld.

## Skolan

Elevhälsan har sedan mars en resursperson med Leon på raster och har remitterat till BUP (väntetid ca 3 mån). Inga nya
slagsmål sedan 2026-03-20.

## Förslag till beslut

Leons centrala behov är att få hjälp att hantera minnena av våldet och sin ilska, och att slippa träffa pappa innan pappa tagit
ansvar för sitt våld och Leon själv vill. BUP-remissen och skolans stöd svarar mot det första behovet; umgänge är inte
aktuellt. Mamma har tackat nej till föräldrastöd via socialtjänsten eftersom hon fått plats i BUP:s föräldragrupp.
Utredningen avslutas utan insats. Kommunicerad 2026-06-04. Beslut 2026-06-12, Maria Hellström / Per Nyberg, gruppledare.
"""),
}, """check_date: "2026-11-25"
style: experienced
producer: pandoc
expected:
  - {category: ANALYSIS_MISSING, document: utredning.docx, note: "No analysis section: the text goes from the descriptions straight to 'Förslag till beslut', which states central needs and a proposal but does not weigh risk and protective factors."}
traps:
  - {category: TEMPLATE_UNFILLED, note: "'Han [pappan] tryckte upp mamma ...' — a bracketed clarification inside a quote, not a placeholder."}
  - {category: PLAN_MISSING, note: "'Plan för utredningen' section inside the utredning."}
  - {category: CENTRAL_NEEDS_MISSING, note: "Named in 'Förslag till beslut'."}
  - {category: CHILD_VOICE_MISSING, note: "Two barnsamtal, quoted."}
  - {category: RISK_UNEXPLAINED, note: "The father's violence is described with frequency, Leon's presence, and Leon's own reaction."}
  - {category: INVESTIGATION_OVERDUE, note: "Opened 2026-02-23, closed 2026-06-12, limit 2026-06-23."}
""")

# ==========================================================================
# h18 – Bäckby kommun. Ebba, 9 år. Detailed. Open care done by the book: goals
# in the uppdrag before the start (one phrased as a question), genomförandeplan,
# follow-up held on the set date.
# ==========================================================================
case("h18_ebba_oppenvard_i_ordning", {
    "beslut.docx": ("docx", [
        ("bh", "Bäckby kommun · Socialtjänsten · Barn och familj"),
        ("h1", "Beslut – familjebehandling"),
        ("kv", [("Barn", "Ebba Lund, 20170619-9917"), ("Vårdnadshavare", "Maria Lund (ensam vårdnad)"),
                ("Beslutsdatum", "2026-08-10"), ("Insats", "Familjebehandling, 2026-08-31 – 2027-02-28")]),
        ("p", "Maria Lund har ansökt om stöd. Utredningen avslutad 2026-08-07 visar att Ebba sedan pappans flytt till "
              "Spanien i januari sover i mammas säng varje natt, vaknar två till tre gånger per natt och har utbrott "
              "nästan varje kväll vid läggning. Mamma, som behandlas för depression på vårdcentralen, orkar inte "
              "läggningen och skriker då ofta åt Ebba, vilket gör Ebba ännu räddare. Ebbas centrala behov är att få "
              "sova tryggt och att mötas av en lugn vuxen när hon är rädd."),
        ("p", "Beviljas. Målen för insatsen framgår av uppdraget till familjeteamet daterat 2026-08-12. Beslutsfattare "
              "Sanna Holmberg, socialsekreterare, enligt delegation."),
    ]),
    "uppdrag_till_utforare.docx": ("docx", [
        ("h1", "Uppdrag till utförare"),
        ("kv", [("Utförare", "Familjeteamet Bäckby"), ("Uppdraget lämnat", "2026-08-12"),
                ("Barn", "Ebba Lund, 20170619-9917"), ("Period", "2026-08-31 – 2027-02-28"),
                ("Beställare", "Sanna Holmberg")]),
        ("h2", "Vad ska bli annorlunda för Ebba?"),
        ("p", "Målen har formulerats med mamma och Ebba på mötet 2026-08-12. Ebba har själv valt ordet \"egen-säng-kvällar\"."),
        ("grid", ["Mål", "Insats", "Tidsram", "Ansvarig"], [
            ["Hur vet vi att det har blivit bättre? – När Ebba fyra veckor i rad har haft minst fem "
             "\"egen-säng-kvällar\" av sju, enligt kalendern på kylskåpet.",
             "Kvällsrutin och stegvis utflyttning, hembesök en kväll per vecka", "senast vecka 50 (2026-12-11)",
             "Familjebehandlare Jonas Ahl, mamma"],
            ["Mamma använder lugna-rösten eller paus i stället för att skrika vid minst tre av fyra bråk vid läggning "
             "som hon skriver in i sin dagbok under en månad.",
             "Föräldrasamtal varannan vecka (lågaffektivt bemötande)", "2027-01-31", "Familjebehandlare Lise Moberg"],
            ["Ebba kan säga eller visa med bilder vad hon är rädd för på natten och vad som hjälper.",
             "Tre enskilda samtal med Ebba", "2026-10-15", "Jonas Ahl"],
        ]),
        ("h2", "Återrapportering"),
        ("p", "Genomförandeplan till beställaren senast två veckor efter start. Skriftlig rapport inför uppföljningsmöte "
              "2026-10-26 och inför avslut."),
    ]),
    "genomforandeplan.docx": ("docx", [
        ("h1", "Genomförandeplan"),
        ("p", "Familjeteamet Bäckby. Ebba Lund, 20170619-9917. Upprättad 2026-09-07 med mamma och Ebba; insatsen startade "
              "2026-08-31."),
        ("h2", "Så här gör vi"),
        ("li", "Tisdagar kl. 19–20.30: Jonas är hemma vid läggningen. Steg 1 (v. 37–39): mamma sitter på Ebbas sängkant. "
               "Steg 2 (v. 40–43): mamma sitter på stol vid dörren. Steg 3: mamma säger godnatt och kommer tillbaka efter fem "
               "minuter."),
        ("li", "Varannan torsdag: föräldrasamtal med Lise på kontoret, 60 minuter."),
        ("li", "Samtal med Ebba 16/9, 30/9 och 14/10 med \"nattkartan\" (bildstöd)."),
        ("li", "Kalendern: Ebba sätter en stjärna för varje egen-säng-kväll; mamma fotograferar den varje söndag."),
        ("h2", "Uppföljning"),
        ("p", "Uppföljningsmöte med beställaren 2026-10-26. Avslutande uppföljning februari 2027."),
    ]),
    "uppfoljning.docx": ("docx", [
        ("h1", "Uppföljning av familjebehandling"),
        ("kv", [("Datum", "2026-10-26"), ("Närvarande", "Maria Lund, Ebba (första 20 min), Jonas Ahl, Lise Moberg, "
                 "Sanna Holmberg"), ("Nästa uppföljning", "2027-01-18")]),
        ("h2", "Hur har det gått?"),
        ("p", "Ebba har haft fem eller fler egen-säng-kvällar i tre av de senaste fyra veckorna (v. 40, 41 och 43). Hon har "
              "själv ritat på nattkartan att hon är rädd för \"att mamma också åker\" och att det hjälper att dörren står "
              "på glänt. Mammas dagbok: skrikit vid 2 av 9 noterade bråk i oktober. Ebba sa på mötet: \"Jag är stor nu, "
              "nästan.\""),
        ("h2", "Fortsättning"),
        ("p", "Insatsen fortsätter enligt plan. Samtalsmålet med Ebba är uppnått. Nästa uppföljning 2027-01-18."),
    ]),
}, """check_date: "2026-11-25"
style: detailed
producer: python-docx
expected: []
traps:
  - {category: GOAL_NOT_SMART, note: "The first goal is phrased as a question ('Hur vet vi att det har blivit bättre? – När ...') but is specific, measured (stars in the calendar, 5 of 7, four weeks in a row), accepted (Ebba chose the word) and dated."}
  - {category: GOALS_SET_LATE, note: "Goals in the uppdrag 2026-08-12, before the start 2026-08-31; beslut points to them."}
  - {category: REVIEW_OVERDUE, note: "Follow-up set for 2026-10-26 was held (uppfoljning.docx); the next is 2027-01-18, after the check date."}
  - {category: IMPLEMENTATION_PLAN_MISSING, note: "genomforandeplan.docx exists, dated a week after start."}
""")

# ==========================================================================
# h19 – Norrå kommun. Felix, 9 år. Terse. Protection assessment two days after
# a morning anmälan; the child is never heard in the utredning although the
# plan said he would be; risks named bare.
# ==========================================================================
case("h19_felix_barnets_rost_saknas", {
    "forhandsbedomning.docx": ("docx", [
        ("h3", "Norrå kommun. Förhandsbedömning"),
        ("kv", [("Barn", "Felix Wallin, 20161203-9910"), ("Anmälan inkom", "2026-02-09 kl. 10.05"),
                ("Anmälare", "Skolsköterska, Norråskolan"), ("Skyddsbedömning", "2026-02-11"),
                ("Beslut", "2026-02-16, utredning inleds")]),
        ("h3", "Anmälan"),
        ("p", "Felix har ett rött märke på halsen. Säger att han \"bråkade med pappa\". Pappa flyttade hem igen i januari."),
        ("h3", "Skyddsbedömning 2026-02-11"),
        ("p", "Felix i skolan. Mamma nås på telefon: märket kom från en brottningslek. Pappa bor hemma. Ej akut."),
        ("h3", "Bedömning"),
        ("p", "Pappa dömd 2022 för misshandel. Märke på halsen på ett barn behöver utredas. Utredning inleds 20 kap. 2 § SoL. "
              "/Lars Åkesson"),
    ]),
    "utredningsplan.docx": ("docx", [
        ("h3", "Utredningsplan – Felix Wallin"),
        ("p", "2026-02-19. Hl Lars Åkesson."),
        ("li", "Samtal med Felix x2 (skolan) – feb/mars"),
        ("li", "Samtal mamma, pappa – feb"),
        ("li", "Hembesök – mars"),
        ("li", "Skolsköterska, mentor, frivård (pappa) – mars"),
        ("li", "Klar senast 2026-06-16"),
    ]),
    "utredning.docx": ("docx", [
        ("h3", "UTREDNING Felix Wallin 20161203-9910"),
        ("p", "Inledd 2026-02-16. Avslutad 2026-05-29. Hl Lars Åkesson."),
        ("h3", "Familj"),
        ("p", "Felix bor med mamma Jessica, pappa Kim och syster Tilde 5 år. Pappa flyttade tillbaka januari 2026 efter två "
              "år isär."),
        ("h3", "Hälsa"),
        ("p", "Frisk. Skolsköterskan: märket på halsen 9/2 var ca 3 cm, rodnad, inget blåmärke dagen efter. Inga tidigare "
              "skador noterade."),
        ("h3", "Skola"),
        ("p", "Åk 3. Mentor: Felix är orolig, har svårt att koncentrera sig sedan jul. Frånvaro 8 %."),
        ("h3", "Mamma"),
        ("p", "Mamma har psykisk ohälsa. Hon säger att familjen har det bra nu när pappa är hemma igen."),
        ("h3", "Pappa"),
        ("p", "Pappa är dömd för våld. Han har avtjänat straffet. Frivården: avslutad kontakt 2024. Pappa säger att han "
              "och Felix brottas på kvällarna och att Felix \"tycker det är kul\"."),
        ("h3", "Hembesök 2026-03-18"),
        ("p", "Lägenhet i ordning. Felix och Tilde var hemma och spelade spel. Stämningen lugn."),
        ("h3", "Analys"),
        ("p", "Riskfaktorer: mammas psykiska ohälsa, pappas våldsbrott. Skyddsfaktorer: skolan ser Felix varje dag och "
              "reagerade snabbt, hemmet var lugnt vid hembesöket, och föräldrarna har kommit på alla möten."),
        ("p", "Märket på halsen har en förklaring som båda föräldrarna ger likadant och som skolsköterskans beskrivning inte "
              "motsäger. Samtidigt har Felix blivit oroligare i skolan samma period som pappa flyttade hem, och det är "
              "oklart om det hänger ihop. Felix centrala behov är att känna sig trygg hemma och att få hjälp med oron i "
              "skolan. Skolan erbjuder samtal med kuratorn."),
        ("h3", "Förslag"),
        ("p", "Utredningen avslutas utan insats. Beslut 2026-05-29. Lars Åkesson, Gunilla Berg (gruppledare)."),
    ]),
}, """check_date: "2026-11-25"
style: terse
producer: python-docx
expected:
  - {category: PROTECTION_ASSESSMENT_LATE, document: null, note: "Anmälan 2026-02-09 kl. 10.05 (morning) about a mark on a child's neck; skyddsbedömning 2026-02-11, two days later, no reason given."}
  - {category: CHILD_VOICE_MISSING, document: utredning.docx, note: "The plan promised two barnsamtal; the utredning reports none and gives no reason. Felix is only seen playing at the hembesök. (The förhandsbedömning's 'bråkade med pappa' is the anmälare's report, not a barnsamtal.)"}
  - {category: RISK_UNEXPLAINED, document: utredning.docx, note: "'Mamma har psykisk ohälsa', 'Pappa är dömd för våld' / 'pappas våldsbrott': no nature, extent, or what it means for Felix."}
traps:
  - {category: PREASSESSMENT_OVERDUE, note: "2026-02-09 -> 2026-02-16: 7 days."}
  - {category: CENTRAL_NEEDS_MISSING, note: "A sentence names Felix's central needs."}
  - {category: INVESTIGATION_OVERDUE, note: "Opened 2026-02-16, closed 2026-05-29, limit 2026-06-16."}
""")

# ==========================================================================
# h20 – Vikby kommun. Astrid, 7 år. Detailed. A Word comment from the
# gruppledare on the vague goal in the proposal. The analysis lists every
# need, so none stands out as central. A risk explained in the next paragraph.
# ==========================================================================
case("h20_astrid_kommentar_vaga_mal", {
    "utredningsplan.docx": ("docx", [
        ("h1", "Utredningsplan"),
        ("p", "Vikby kommun, Barn och familj. Astrid Forsell, 20190708-9931. Upprättad 2026-05-28 tillsammans med mamma "
              "Louise Forsell och, vid ett separat möte samma dag, pappa Viktor Hallberg."),
        ("h2", "Utredningens frågor"),
        ("p", "Hur påverkas Astrid av föräldrarnas konflikt efter separationen? Vad behöver hon av var och en av dem? "
              "Behöver familjen stöd för att kunna samarbeta kring henne?"),
        ("h2", "Metoder och kontakter"),
        ("grid", ["Vad", "Med vem", "När"], [
            ["Barnsamtal med bildstöd (två gånger)", "Astrid", "juni och augusti"],
            ["Observation vid överlämning", "Astrid, båda föräldrarna", "juni"],
            ["Samtal och hembesök", "Mamma, pappa var för sig", "juni–augusti"],
            ["Uppgifter från skola och fritids", "Mentor, fritidspedagog", "augusti"],
        ]),
        ("h2", "Tid"),
        ("p", "Utredningen inleddes 2026-05-25 och ska vara klar senast 2026-09-25."),
    ]),
    "utredning.docx": ("docx", [
        ("title", "Utredning – Astrid Forsell"),
        ("p", "Vikby kommun. Astrid Forsell, 20190708-9931. Utredningen inleddes 2026-05-25 och avslutades 2026-09-18. "
              "Utredare: Erik Sandström."),
        ("h1", "Bakgrund"),
        ("p", "Föräldrarna separerade i december 2025. Astrid bor växelvis en vecka hos mamma i Vikby centrum och en vecka hos "
              "pappa i Sörby. Skolan anmälde 2026-05-12 efter att föräldrarna grälat högljutt på skolgården vid hämtning och "
              "pappa tagit Astrid i armen och dragit henne till bilen medan hon grät."),
        ("h1", "Astrids vardag"),
        ("p", "Astrid går i årskurs 1 och på fritids. Hon är frisk, läser redan enkla böcker och har två nära kompisar. "
              "Fritidspedagogen beskriver att Astrid blir tyst och sitter vid fönstret de dagar hon vet att det är byte."),
        ("h1", "Astrids egen berättelse"),
        ("p", "Vid samtalen 2026-06-15 och 2026-08-20 ritade Astrid sina två hem. I båda husen ritade hon sig själv med sin "
              "katt-gosedjur. Hon sa att hon tycker om att vara hos både mamma och pappa men att hon får \"ont i magen på "
              "måndagar\" för att de \"pratar arga i telefon\". Hon sa att hon inte vill att de ska ses vid skolan."),
        ("h1", "Föräldrarna"),
        ("p", "Båda föräldrarna ger Astrid god omsorg i sina hem. De har svårt att tala med varandra utan att det blir bråk, "
              "och båda beskriver den andra som orsaken. Vid observationen av en överlämning 2026-06-22 höll föräldrarna sig "
              "lugna men pratade inte med varandra; Astrid gick mellan dem med sin väska och tittade ner i marken."),
        ("h1", "Analys"),
        ("p", "Den största risken för Astrid är föräldrarnas konflikt."),
        ("p", "Konflikten är en risk för henne eftersom den pågår vid varje byte, alltså varje vecka, och sedan december. "
              "Astrid hamnar mitt i den: hon hör grälen i telefon, hon bär sina saker mellan föräldrar som inte hälsar på "
              "varandra, och i maj blev hon dragen till bilen gråtande inför kamraterna. Det syns redan i att hon får ont i "
              "magen och blir tyst på fritids inför bytena. Om det fortsätter riskerar hon att känna att hon måste välja sida "
              "och att hennes oro växer."),
        ("p", "Det som skyddar Astrid är att båda föräldrarna var för sig är lyhörda och ger henne en trygg vardag, att hon "
              "har kompisar och en skola där hon trivs, och att hon själv kan sätta ord på hur hon har det."),
        ("p", "Astrid har behov av trygghet och stabilitet i båda hemmen, av att skolgången fungerar, av goda relationer "
              "till båda föräldrarna och sina kompisar, av att hennes hälsa följs och av att få vara barn. Hon behöver också "
              "fritidsaktiviteter och stimulans."),
        ("h1", "Förslag"),
        ("p", "Familjen föreslås få familjebehandling i form av samarbetssamtal för föräldrarna, med start i oktober 2026."),
        ("comment", "", "Målet är att familjen ska må bättre och att konflikterna mellan föräldrarna ska minska.", "",
         "Hur ska vi veta när konflikterna har minskat? Kan vi skriva in ett mått och ett datum innan uppdraget går till "
         "familjeteamet? /Eva", "Eva Lindmark"),
        ("p", "Föräldrarna har tagit del av utredningen 2026-09-10 och samtycker till förslaget."),
        ("p", "Beslut 2026-09-18: Utredningen avslutas. Familjebehandling beviljas fr.o.m. 2026-10-05. Eva Lindmark, gruppledare."),
    ]),
    "genomforandeplan.docx": ("docx", [
        ("h1", "Genomförandeplan – samarbetssamtal"),
        ("p", "Vikby familjeteam. Astrid Forsell, 20190708-9931. Upprättad 2026-10-05 med båda föräldrarna."),
        ("grid", ["Mål", "Insats", "Tidsram", "Ansvarig"], [
            ["Överlämningarna sker via fritids, utan att föräldrarna möts, varje vecka.", "Överenskommelse skrivs vid första "
             "samtalet", "fr.o.m. 2026-10-12", "Båda föräldrarna"],
            ["Föräldrarna skriver om praktiska frågor i en gemensam app i stället för att ringa; högst ett telefonsamtal "
             "per vecka.", "Samarbetssamtal varannan vecka, 8 tillfällen", "2027-01-31", "Familjebehandlare Nina Berg"],
            ["Astrid säger på fritids och vid uppföljningen att hon inte längre har ont i magen på måndagar.",
             "Samtal med Astrid i början och slutet av insatsen", "2027-01-31", "Nina Berg"],
        ]),
        ("p", "Uppföljning med handläggaren 2026-12-10."),
    ]),
}, """check_date: "2026-11-25"
style: detailed
producer: python-docx
expected:
  - {category: CENTRAL_NEEDS_MISSING, document: utredning.docx, note: "The last analysis paragraph lists every BBIC need (trygghet, skola, relationer, hälsa, fritid, stimulans) and none is singled out as central; the proposal does not name one either."}
  - {category: GOAL_NOT_SMART, document: utredning.docx, note: "'Målet är att familjen ska må bättre och att konflikterna mellan föräldrarna ska minska' — fails S, M and T. The Word comment asks for a measure and date but the text was not changed."}
traps:
  - {category: RISK_UNEXPLAINED, note: "'Den största risken för Astrid är föräldrarnas konflikt.' stands alone, but the next paragraph explains why, how often, since when and what it means for her."}
  - {category: GOALS_SET_LATE, note: "Goals (vague) were in the utredning's proposal before the start 2026-10-05; the genomförandeplan makes them SMART."}
  - {category: GOAL_NOT_SMART, note: "The genomförandeplan goals are concrete, measured and dated."}
  - {category: REVIEW_OVERDUE, note: "Follow-up 2026-12-10 is after the check date."}
  - {category: ANALYSIS_SUMMARY, note: "The analysis explains and weighs risk and protection."}
""")

# ==========================================================================
# h21 – Kronvik kommun. Alvin, 14 år. Experienced, compact. An otherwise sound
# utredning where the 14-year-old is never heard; the assignment's goals are
# slogans, the genomförandeplan then fixes them.
# ==========================================================================
case("h21_alvin_uppdrag_vaga_mal", {
    "utredning.docx": ("docx", [
        ("h1", "Barnavårdsutredning"),
        ("p", "Kronviks kommun, IFO. Alvin Berggren, 20120229-9958. Inledd 2026-04-09, avslutad 2026-06-26. "
              "Utredare Lotta Nord."),
        ("h2", "Utredningsplan (2026-04-14)"),
        ("p", "Frågor: orsak till skolfrånvaron; konflikterna hemma; behov av stöd. Källor: mamma, styvpappa, pappa, mentor, "
              "EHT, BUP-journal (samtycke). Klart senast 2026-08-09."),
        ("h2", "Underlag"),
        ("p", "Alvin, åk 8, bor med mamma Jenny, styvpappa Ali och halvsyskon 3 och 6 år. Pappa Mikael i Kronvik, umgänge "
              "efter Alvins önskemål, i praktiken sällan. Frånvaro vt 2026: 52 %, nästan helt ogiltig, från januari. "
              "Spelar datorspel nätterna igenom enligt mamma; somnar vid 05. BUP 2025: utredd för ADHD, inte uppfyllt "
              "kriterier, avslutad. Mentor: begåvad, \"försvinner\" i grupparbeten. Konflikter hemma: mamma och Ali tar "
              "routern på kvällen, Alvin har slagit sönder en dörr två gånger (februari, april), aldrig riktat våld mot "
              "person. Hembesök 2026-05-06 lugnt. Pappa: vill ha mer kontakt men \"Alvin svarar inte\"."),
        ("h2", "Analys"),
        ("p", "Frånvaron är den allvarligaste risken. På fem månader har Alvin missat halva terminen; fortsätter det riskerar "
              "han att sakna behörighet till gymnasiet och att isoleras från jämnåriga, som han redan bara träffar online. "
              "Nattspelandet är både orsak och följd: han sover bort förmiddagarna och spelet är där han har sina kompisar."),
        ("p", "Konflikterna om routern handlar om gränssättning som blivit en maktkamp; Alvins sönderslagna dörrar visar att "
              "han saknar andra sätt att säga ifrån, men det finns inget som tyder på att han är farlig för syskonen. "
              "Skyddsfaktorer: mamma och Ali är eniga, skolan vill och kan anpassa, och pappa vill mer."),
        ("p", "Alvins centrala behov: en dygnsrytm som gör skolan möjlig och en vuxen utanför familjen som han kan "
              "förhandla med."),
        ("h2", "Förslag och beslut"),
        ("p", "Ungdomsbehandling (individuella samtal + föräldrastöd), 6 mån. Kommunicerat 2026-06-18. Beslut 2026-06-26, "
              "Lotta Nord / Hans Ring, enhetschef."),
    ]),
    "uppdrag_till_utforare.docx": ("docx", [
        ("bh", "UPPDRAG TILL UTFÖRARE – Ungdomsteamet Kronvik"),
        ("kv", [("Ungdom", "Alvin Berggren, 20120229-9958"), ("Datum", "2026-07-02"),
                ("Insats", "Ungdomsbehandling 2026-08-17 – 2027-02-17"), ("Beställare", "Lotta Nord")]),
        ("bh", "Mål"),
        ("li", "Alvin ska må bättre."),
        ("li", "Förbättra kommunikationen i familjen."),
        ("li", "Öka skolnärvaron."),
        ("bh", "Återrapport"),
        ("p", "Genomförandeplan inom tre veckor. Rapport inför uppföljning."),
    ]),
    "genomforandeplan.docx": ("docx", [
        ("bh", "GENOMFÖRANDEPLAN"),
        ("p", "Ungdomsteamet Kronvik. Alvin Berggren. Upprättad 2026-08-24 med Alvin, mamma och Ali. Behandlare: Samir Eld."),
        ("grid", ["Mål", "Insats", "Tidsram", "Ansvarig"], [
            ["Alvin är i skolan minst 4 dagar av 5, alla lektioner före lunch, i fyra veckor i följd.",
             "Väckning med sms-påminnelse, samtal 1 g/v, anpassad studiegång", "2026-12-18", "Samir Eld, mentor"],
            ["Routern stängs 23.00 söndag–torsdag enligt skriftlig överenskommelse som Alvin har varit med om att skriva.",
             "Två familjesamtal om överenskommelsen", "2026-09-30", "Mamma, Ali, Alvin"],
        ]),
        ("p", "Alvin sa: \"Okej, men inte före nio på morgonen, då sover jag.\" Uppföljning med beställaren 2026-12-07."),
    ]),
}, """check_date: "2026-11-25"
style: experienced
producer: python-docx
expected:
  - {category: CHILD_VOICE_MISSING, document: utredning.docx, note: "A 14-year-old; the plan lists no samtal with Alvin and the utredning neither reports his views nor explains why he was not spoken with. (Alvin's quote in the later genomförandeplan does not cure the utredning.)"}
  - {category: GOAL_NOT_SMART, document: uppdrag_till_utforare.docx, note: "'Alvin ska må bättre', 'Förbättra kommunikationen i familjen', 'Öka skolnärvaron': fail S, M, T (and A — Alvin was not involved)."}
traps:
  - {category: GOALS_SET_LATE, note: "Goals existed in the uppdrag 2026-07-02 before the start 2026-08-17 (vague, but there)."}
  - {category: GOAL_NOT_SMART, note: "Genomförandeplan goals are specific, measured and dated."}
  - {category: RISK_UNEXPLAINED, note: "Frånvaro, nattspelande and the broken doors are explained."}
  - {category: PLAN_MISSING, note: "Plan section 'Utredningsplan (2026-04-14)' inside the utredning."}
  - {category: REVIEW_OVERDUE, note: "Follow-up 2026-12-07 is after the check date."}
""")

# ==========================================================================
# h22 – Lövsta kommun. Lily, 1 år 6 mån. Detailed; bold numbered headings.
# Too young for a barnsamtal: observation documented. Anmälan by e-mail at
# 17.10; protection assessment next morning with the reason.
# ==========================================================================
case("h22_lily_observation_smabarn", {
    "forhandsbedomning.docx": ("docx", [
        ("bh", "Lövsta kommun – Socialtjänsten, Barn och familj"),
        ("bh", "FÖRHANDSBEDÖMNING"),
        ("kv", [("Barn", "Lily Aho, 20241203-9944"), ("Vårdnadshavare", "Nina Aho och Kalle Aho"),
                ("Anmälan inkom", "2026-06-04 kl. 17.10 (e-post från barnakuten, Lövsta sjukhus)"),
                ("Skyddsbedömning", "2026-06-05 kl. 08.30"), ("Beslut", "2026-06-12")]),
        ("bh", "1. Anmälan"),
        ("p", "Lily kom till barnakuten 2026-06-04 kl. 12.40 med en brännskada (grad II, ca 2 × 3 cm) i handflatan. "
              "Föräldrarna uppgav att hon tagit tag i ugnsluckan. Skadan uppstod enligt dem vid 08-tiden men de sökte "
              "först efter fyra timmar. Läkaren bedömer att skadan passar med förklaringen men anmäler dröjsmålet."),
        ("bh", "2. Omedelbar skyddsbedömning"),
        ("p", "E-posten kom till funktionsbrevlådan 17.10, efter att mottagningen gått hem, och lästes nästa morgon. "
              "Skyddsbedömningen gjordes 2026-06-05 kl. 08.30 av Hampus Lind och gruppledare Ingrid Sahlin. Barnakuten "
              "bekräftade per telefon att Lily skrivits ut med föräldrarna kvällen innan och att inget annat tydde på "
              "skador. Ingen omedelbar skyddsåtgärd behövs."),
        ("bh", "3. Bedömning och beslut"),
        ("p", "Skadan i sig kan vara en olycka. Att föräldrarna väntade fyra timmar med ett småbarn med brännskada gör "
              "att vi behöver förstå deras omsorgsförmåga bättre. Utredning inleds enligt 20 kap. 2 § socialtjänstlagen "
              "(2025:400). Beslut 2026-06-12, Ingrid Sahlin."),
    ]),
    "utredningsplan.docx": ("docx", [
        ("bh", "UTREDNINGSPLAN – Lily Aho"),
        ("p", "Upprättad 2026-06-16 med båda föräldrarna. Utredare Hampus Lind."),
        ("bh", "1. Frågeställningar"),
        ("p", "Hur uppstod skadan och varför dröjde föräldrarna? Hur ser Lilys vardag, anknytning och utveckling ut? "
              "Har föräldrarna förmåga att skydda henne från olyckor och söka vård när det behövs?"),
        ("bh", "2. Hur Lily görs delaktig"),
        ("p", "Lily är 1,5 år och kan inte intervjuas. Vi observerar henne i hemmet vid två tillfällen, i vardagliga "
              "situationer med var och en av föräldrarna (måltid och lek), och tar del av BVC:s iakttagelser."),
        ("bh", "3. Kontakter och tidsplan"),
        ("p", "Barnakuten (journal, med samtycke), BVC, förskolan (Lily började i augusti), föräldrarna. Två hembesök i "
              "juni och augusti. Klar senast 2026-10-12."),
    ]),
    "utredning.docx": ("docx", [
        ("bh", "UTREDNING – LILY AHO, 20241203-9944"),
        ("p", "Lövsta kommun. Inledd 2026-06-12, avslutad 2026-09-30. Hampus Lind, socialsekreterare."),
        ("bh", "1. Bakgrund"),
        ("p", "Lily bor med mamma Nina (26), pappa Kalle (29) och storebror Leo (4). Första aktualiseringen."),
        ("bh", "2. Lilys behov"),
        ("bh", "2.1 Hälsa och utveckling"),
        ("p", "BVC: Lily följer sin tillväxtkurva, går sedan 13 månaders ålder, säger sex–sju ord. Alla vaccinationer och "
              "besök gjorda. Brännskadan läkte utan ärr efter tre veckor; föräldrarna kom till alla omläggningar."),
        ("bh", "2.2 Observation av Lily"),
        ("p", "Lily är för liten för ett samtal. Jag har i stället observerat henne hemma 2026-06-25 (med mamma, lunch) och "
              "2026-08-13 (med pappa, lek på golvet), ungefär en timme varje gång. Lily sökte sig till mamma när jag kom in, "
              "tittade på mig från hennes knä och började efter tio minuter visa mig sina klossar. Hon åt själv med sked och "
              "räckte ut armarna mot mamma när hon ville ha mer. Med pappa lekte hon tittut och skrattade högt; när hon slog "
              "i huvudet mot bordskanten kröp hon direkt till honom och lugnade sig i hans famn inom en minut. Jag såg en "
              "flicka som använder båda föräldrarna som trygg bas. Spisen har nu ett ugnsluckeskydd."),
        ("bh", "2.3 Förskola"),
        ("p", "Inskolning i augusti med pappa. Förskolan beskriver en nyfiken flicka som blir lätt tröstad och som "
              "föräldrarna lämnar och hämtar pålitligt."),
        ("bh", "3. Föräldrarnas förmåga"),
        ("p", "Föräldrarna berättar att de först trodde att blåsan var en lindrig skada och kylde den med vatten i 20 minuter, "
              "och att de sökte vård när blåsan växte. De har sedan dess gått en kurs i barnolycksfall via 1177 och berättar "
              "utan att försvara sig vad de skulle göra annorlunda. Inga uppgifter om missbruk, våld eller psykisk ohälsa har "
              "kommit fram från BVC, förskolan eller barnakuten."),
        ("bh", "4. Analys"),
        ("p", "Det som ledde till anmälan var ett dröjsmål, inte ett mönster. Skadan stämmer med föräldrarnas förklaring, de "
              "gav rätt första hjälp, och Lilys hälsa och utveckling i övrigt visar att hennes grundläggande omsorg är god. "
              "Risken för Lily är den som alla småbarn har hemma – olyckor och att vuxna underskattar en skada – och den har "
              "minskat när föräldrarna både säkrat spisen och lärt sig när man ska söka vård."),
        ("p", "Observationerna väger tungt: en ettåring som söker tröst hos båda föräldrarna och snabbt lugnar sig har fått "
              "erfara att de vuxna är tillgängliga. Lilys centrala behov är en säker hemmiljö och föräldrar som söker vård "
              "i tid, och båda tillgodoses nu."),
        ("bh", "5. Beslut"),
        ("p", "Utredningen avslutas utan insats. Kommunicerad 2026-09-22. Beslut 2026-09-30, Ingrid Sahlin, gruppledare."),
    ]),
}, """check_date: "2026-11-25"
style: detailed
producer: python-docx
expected: []
traps:
  - {category: CHILD_VOICE_MISSING, note: "Lily is 1.5 years old: no barnsamtal, but the plan says why and section 2.2 documents two observations."}
  - {category: PROTECTION_ASSESSMENT_LATE, note: "Anmälan by e-mail 2026-06-04 kl. 17.10, after office hours; skyddsbedömning next morning 08.30, reason written."}
  - {category: RISK_UNEXPLAINED, note: "'Inga uppgifter om missbruk, våld eller psykisk ohälsa' is a negation, not a named risk."}
  - {category: PREASSESSMENT_OVERDUE, note: "2026-06-04 -> 2026-06-12: 8 days."}
  - {category: INVESTIGATION_OVERDUE, note: "Opened 2026-06-12, closed 2026-09-30, limit 2026-10-12."}
""")

# ==========================================================================
# h23 – Åsbro kommun. Moa, 12 år. Terse. Insats decided without goals; goals
# made up at the first meeting; no genomförandeplan at all. Follow-up held.
# ==========================================================================
case("h23_moa_ingen_genomforandeplan", {
    "beslut.docx": ("docx", [
        ("bh", "ÅSBRO KOMMUN – BESLUT"),
        ("kv", [("Barn", "Moa Ekström 20140415-9961"), ("Vh", "Annika Ekström"), ("Datum", "2026-08-24"),
                ("Hl", "Petra Lund")]),
        ("lead", "Ansökan: ", "Mamma ansöker om stöd för Moa efter utredning avslutad 2026-08-20 (mobbning, självskadetankar, "
                 "konflikter hemma)."),
        ("lead", "Beslut: ", "Beviljas öppenvårdsinsats via Åsbro familjestöd: stödsamtal för Moa 1 g/v och föräldrastöd till "
                 "mamma varannan vecka, 2026-09-07 – 2027-03-07."),
        ("lead", "Beslutsfattare: ", "Petra Lund enl. delegation."),
    ]),
    "uppfoljning.docx": ("docx", [
        ("bh", "Uppföljning – Åsbro familjestöd"),
        ("p", "2026-10-19. Närvarande: Moa, mamma Annika, behandlare Linnea Falk, handläggare Petra Lund."),
        ("bh", "Mål"),
        ("p", "Målen formulerades vid första träffen 2026-09-07 när insatsen startade, tillsammans med Moa och mamma:"),
        ("ol", "Moa ska senast 2026-12-20 kunna namnge tre vuxna på skolan hon kan gå till om någon är elak, och ha gått "
               "till någon av dem minst en gång."),
        ("ol", "Moa och mamma har en stund på 20 minuter utan mobil minst tre kvällar i veckan, enligt deras gemensamma "
               "kalender, fr.o.m. oktober."),
        ("ol", "Moa skattar sitt mående på en skala 1–10 varje vecka; målet är minst 6 i december (september: 3)."),
        ("bh", "Läget"),
        ("p", "Moa har gått på 6 av 6 samtal. Mående: 3, 4, 4, 5, 5, 6. Hon har gått till kuratorn två gånger efter "
              "kommentarer i omklädningsrummet. Kvällsstund: i snitt 2–3 kvällar/vecka. Mamma har varit på 3 av 3 träffar."),
        ("bh", "Fortsättning"),
        ("p", "Insatsen fortsätter. Nästa uppföljning 2027-01-11."),
    ]),
}, """check_date: "2026-11-25"
style: terse
producer: python-docx
expected:
  - {category: IMPLEMENTATION_PLAN_MISSING, document: null, note: "Öppenvårdsinsats decided 2026-08-24 and started 2026-09-07; no genomförandeplan in the case (and no uppdrag)."}
  - {category: GOALS_SET_LATE, document: null, note: "The beslut has no goals; the uppföljning states the goals were first formulated at the first meeting 2026-09-07, when the insats started."}
traps:
  - {category: GOAL_NOT_SMART, note: "The late goals are specific, measured (count, scale 1–10, calendar) and dated."}
  - {category: REVIEW_OVERDUE, note: "Follow-up held 2026-10-19; next 2027-01-11 is after the check date."}
""")

# ==========================================================================
# h24 – Dalby kommun. Isak, 6 år. Terse. The municipality's old template still
# prints the SoL 2001:453 sections; two content controls never filled.
# ==========================================================================
case("h24_isak_gammal_mall", {
    "forhandsbedomning.docx": ("docx", [
        ("h1", "Förhandsbedömning"),
        ("p", "Dalby kommun, Socialnämnden, Barn- och ungdomsenheten. Mall rev. 2023."),
        ("kv", [("Barn", "Isak Mohammed Larsson, 20200304-9919"), ("Anmälan inkom", "2026-09-08 kl. 09.15"),
                ("Anmälare", "Förskoleklassen, Dalby skola"), ("Handläggare", "Tove Engström")]),
        ("h2", "Anmälans innehåll"),
        ("p", "Isak kom till förskoleklassen tre dagar i rad i samma kläder, kissnödig och utan matsäck till utflykten. "
              "Mamma svarar inte i telefon."),
        ("h2", "Omedelbar skyddsbedömning (11 kap. 1 a § SoL)"),
        ("p", "2026-09-08 kl. 10.30. Isak är i skolan. Mamma nådd 10.50 via mormor; mamma har legat med feber i fem dagar. "
              "Mormor hämtar Isak i dag och bor hos dem veckan ut. Inget omedelbart skyddsbehov."),
        ("h2", "Kontakter"),
        ("p", "2026-09-10 hembesök: mamma på bättringsvägen, hemmet i ordning, Isak visade sina Lego. Vårdcentralen bekräftar "
              "att mamma hade covid-19. Skolan 2026-09-15: Isak ren, har matsäck, glad."),
        ("h2", "Barnets synpunkter"),
        ("sdt", "Klicka eller tryck här för att ange text.", "barnets_synpunkter"),
        ("h2", "Bedömning"),
        ("p", "Bristerna i omsorgen var kortvariga och hade en tydlig förklaring; mormor gick in direkt. Inget talar för att "
              "Isak far illa över tid."),
        ("h2", "Beslut"),
        ("p", "Utredning inleds inte enligt 11 kap. 1 § SoL. Beslut 2026-09-17, Tove Engström enligt delegation."),
        ("lead", "Anmälaren informerad: ", ""),
        ("sdt", "Klicka eller tryck här för att ange ett datum.", "anmalare_info_datum"),
    ]),
}, """check_date: "2026-11-25"
style: terse
producer: python-docx
expected:
  - {category: OTHER, document: forhandsbedomning.docx, note: "Written September 2026 but cites '11 kap. 1 a § SoL' and '11 kap. 1 § SoL' (SoL 2001:453, repealed 2025-07-01); the template was never updated."}
  - {category: TEMPLATE_UNFILLED, document: forhandsbedomning.docx, note: "Content controls with w:showingPlcHdr under 'Barnets synpunkter' ('Klicka eller tryck här för att ange text.') and after 'Anmälaren informerad:' ('... ange ett datum.')."}
traps:
  - {category: PREASSESSMENT_OVERDUE, note: "2026-09-08 -> 2026-09-17: 9 days."}
  - {category: PROTECTION_ASSESSMENT_LATE, note: "Skyddsbedömning on the same morning."}
  - {category: CHILD_VOICE_MISSING, note: "No utredning was opened; CHILD_VOICE_MISSING is about investigations (the empty field is the template finding)."}
""")

# --------------------------------------------------------------------------

def main() -> int:
    only = set(sys.argv[1:])
    for folder, docs, labels in CASES:
        if only and folder not in only:
            continue
        out = HERE / folder
        if out.exists():
            shutil.rmtree(out)
        out.mkdir()
        for name, (producer, content) in docs.items():
            path = out / name
            if producer == "docx":
                build_docx(path, content)
            elif producer == "md":
                path.write_text(content, encoding="utf-8")
            elif producer == "pandoc":
                build_pandoc(path, content)
            elif producer == "libreoffice":
                build_libreoffice(path, content)
            else:
                raise ValueError(producer)
        (out / "labels.yaml").write_text(labels, encoding="utf-8")
        print(f"{folder}: {', '.join(docs)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
