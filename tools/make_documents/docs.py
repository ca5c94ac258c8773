"""Document builders: one function per BBIC document type. They take the case context ``c``, the
theme material ``t`` and options that switch on the deficiencies (or traps) a case needs."""

from __future__ import annotations

from .dates import add_months
from .model import B, Bullets, Cm, Del, Doc, H, Ins, P, Sdt, Table

SCHEMES = {
    "ny": dict(bakgrund="Bakgrund", genomforande="Utredningens genomförande", plan="Utredningsplan",
               utv="Barnets utveckling", halsa="Hälsa", utbildning="Utbildning", kanslor="Känslor och beteende",
               sociala="Sociala relationer", barnets="Barnets berättelse", foraldrar="Föräldrarnas förmåga",
               familj="Familj och miljö", risk="Risk- och skyddsfaktorer", analys="Analys", bedomning="Bedömning",
               forslag="Förslag till beslut", vh="Vårdnadshavarnas synpunkter", kom="Kommunicering"),
    "gammal": dict(bakgrund="Anledning till utredning", genomforande="Utredningsarbete", plan="Utredningsplan",
                   utv="Barnets behov", halsa="Hälsa", utbildning="Utbildning",
                   kanslor="Känslo- och beteendemässig utveckling", sociala="Familj och sociala relationer",
                   barnets="Samtal med barnet", foraldrar="Omsorgsförmåga", familj="Familjens bakgrund och situation",
                   risk="Riskfaktorer och skyddsfaktorer", analys="Sammanfattande analys",
                   bedomning="Socialtjänstens bedömning", forslag="Beslutsförslag", vh="Föräldrarnas synpunkter",
                   kom="Synpunkter på utredningen"),
    "kombi": dict(bakgrund="Ärendet", genomforande="Kontakter och samtal", plan="Planering av utredningen",
                  utv="Barnets behov och utveckling", halsa="Hälsa", utbildning="Skola",
                  kanslor="Känslor och beteende", sociala="Sociala relationer och fritid",
                  barnets="Barnets egen uppfattning", foraldrar="Vårdnadshavarnas förmåga",
                  familj="Nätverk och miljö", risk="Risk- och skyddsfaktorer", analys="Analys och bedömning",
                  bedomning=None, forslag="Förslag", vh="Vårdnadshavarnas inställning", kom="Kommunicering"),
}

NEW_LAW = {"fhb": "14 kap. 2 § och 20 kap. 2 § socialtjänstlagen (2025:400)",
           "utr": "20 kap. 3 § SoL (2025:400)", "skydd": "20 kap. 1 § SoL"}


def header_line(c, kind: str, day) -> str:
    if c.header_style == 1:
        return f"SEKRETESS enligt 26 kap. 1 § OSL    {c.full} {c.pnr}    {c.fd(day)}"
    if c.header_style == 2:
        return f"{c.kommun} – Socialtjänsten | {kind} | {c.full}, {c.pnr}"
    return f"{c.full}  {c.pnr}  |  {c.enhet}  |  Utskriftsdatum {day.isoformat()}"


def _doc(c, filename, title, day, **kw) -> Doc:
    o = dict(producer=c.producer, heading_mode=c.heading_mode, header=header_line(c, title, day),
             author=c.handl)
    o.update(kw)
    return Doc(filename=filename, title=title, date=day, **o)


def _paras(ps):
    return [P(x) for x in ps]


def _take(c, ps, n=1):
    return ps[:n] if c.style == "terse" else ps


def _person_table(c, extra=()):
    rows = [["Barn", f"{c.full}, {c.pnr}"], ["Vårdnadshavare", c.vh], ["Handläggare", c.handl]]
    rows += [list(r) for r in extra]
    return Table(rows, label_col=True)


# --------------------------------------------------------------------------- förhandsbedömning

def forhandsbedomning(c, t, filename="forhandsbedomning.docx", *, skydd="normal", skydd_reason=None,
                      open_=False, late_reason=None, synnerliga=None, law="new", placeholders=False,
                      day=None, filled_sdt=False, **kw) -> Doc:
    """skydd: normal (as dated in c.skydd) | missing (no record at all)."""
    day = day or (c.fhb if not open_ else c.check_doc)
    doc = _doc(c, filename, "Förhandsbedömning", day, **kw)
    kl = f" kl. {c.anm_kl}" if c.anm_kl else ""
    rows = [["Anmälan inkom", f"{c.anm.isoformat()}{kl}"], ["Anmälare", t["reporter"].capitalize()]]
    if skydd == "normal":
        rows.append(["Omedelbar skyddsbedömning", c.skydd.isoformat()])
    if filled_sdt:
        rows.append(["Tidigare aktualiseringar", [Sdt("Inga tidigare aktualiseringar.", filled=True)]])
    if placeholders:
        rows.append(["Tidigare aktualiseringar", [Sdt()]])
        rows.append(["Datum för återkoppling till anmälare", [Sdt("Klicka eller tryck för att ange ett datum.", kind="date")]])
    doc.add(H(f"Förhandsbedömning – {c.full}", 0), _person_table(c, rows))
    doc.add(H("Anmälan"), P(f"Orosanmälan från {t['reporter']} inkom {c.fd(c.anm)}{kl}. " + t["anmalan"]))
    if skydd == "normal":
        doc.add(H("Omedelbar skyddsbedömning"))
        if c.skydd == c.anm:
            lead = c.pick(["Skyddsbedömning gjordes samma dag.", f"Omedelbar skyddsbedömning {c.fd(c.skydd)}.",
                           f"Skyddsbedömning gjordes {c.fd(c.skydd)} av {c.handl}."])
        else:
            lead = f"Omedelbar skyddsbedömning gjordes {c.fd(c.skydd)}."
        text = lead + " " + t["skydd"]
        if skydd_reason:
            text = skydd_reason + " " + text
        doc.add(P(text))
    doc.add(H("Förhandsbedömning"), *_paras(t["fhb"]))
    if law == "old_bad":
        doc.add(P("Förhandsbedömningen görs enligt 11 kap. 1 a § SoL (2001:453), som anger att beslut ska fattas "
                  "inom 14 dagar från att anmälan inkom."))
    elif law == "old_ok":
        doc.add(P("Förhandsbedömning enligt 11 kap. 1 a § socialtjänstlagen (2001:453)."))
    else:
        doc.add(P(f"Förhandsbedömning enligt {NEW_LAW['fhb']}."))
    doc.add(H("Beslut"))
    if open_:
        doc.add(P(f"Förhandsbedömningen pågår. Kontakt med vårdnadshavare är bokad. Beslut ska fattas senast "
                  f"{c.fd(c.anm_limit)}."))
        if placeholders:
            doc.add(P("Beslut: ", Sdt("Välj ett objekt.", kind="dropdown")))
    else:
        if late_reason:
            doc.add(P(late_reason))
        if synnerliga:
            doc.add(P(synnerliga))
        doc.add(P(c.pick([f"Beslut om att inleda utredning fattades {c.fd(c.fhb)}.",
                          f"Utredning inleds enligt 14 kap. 2 § SoL. Beslutsdatum {c.fd(c.fhb)}.",
                          f"{c.fd(c.fhb).capitalize()} beslutades att inleda utredning."])))
        doc.add(Table([["Beslutsfattare", c.chef], ["Datum", c.fhb.isoformat()]], label_col=True))
    return doc


# --------------------------------------------------------------------------- utredningsplan

def _plan_blocks(c, t, level=1):
    end = add_months(c.utr_start, 4)
    blocks = [P(f"Utredningen inleddes {c.fd(c.utr_start)} och ska enligt 20 kap. 3 § SoL vara avslutad senast "
                f"{c.fd(end)}."),
              H("Utredningsfrågor", level + 1), Bullets(t["fragor"]),
              H("Planerade kontakter", level + 1), Bullets(t["kontakter"]),
              H("Tidsplan", level + 1),
              P(f"Samtal med barnet och vårdnadshavare under de första sex veckorna. Referenter kontaktas löpande. "
                f"Utkast till utredning klart {c.fd(add_months(c.utr_start, 3))}. Kommunicering två veckor före "
                f"beslut."),
              H("Barnets delaktighet", level + 1),
              P(f"{c.b} informeras om utredningen på ett sätt som är anpassat till ålder och mognad. "
                f"Vårdnadshavarna tillfrågas om sin inställning till att {c.b} samtalar med utredaren.")]
    return blocks


def utredningsplan(c, t, filename="utredningsplan.docx", **kw) -> Doc:
    day = kw.pop("day", c.plan_day)
    doc = _doc(c, filename, "Utredningsplan", day, **kw)
    doc.add(H("Utredningsplan", 0), _person_table(c, [["Utredning inledd", c.utr_start.isoformat()]]))
    doc.add(*_plan_blocks(c, t))
    doc.add(P(f"Planen har gåtts igenom med vårdnadshavarna {c.fd(day)}."))
    return doc


# --------------------------------------------------------------------------- utredning

def utredning(c, t, filename="utredning.docx", *, scheme="ny", analysis="good", risks="explained",
              voice="yes", plan_section=False, proposal="insats", goals="smart", placeholders=None,
              extension=None, closing=True, law="new", late_note=None, tracked=None, comment=None,
              negated_risk=False, subareas=True, day=None, extra_risks=None, **kw) -> Doc:
    h = SCHEMES[scheme]
    day = day or (c.utr_end if c.utr_end else c.check_doc)
    doc = _doc(c, filename, "Utredning", day, **kw)
    placeholders = placeholders or set()
    title = c.pick(["Utredning", "Barnavårdsutredning", "Utredning enligt 20 kap. SoL avseende barn"])
    doc.add(H(title, 0))
    rows = [["Utredningen inleddes", c.utr_start.isoformat()]]
    if closing and c.utr_end:
        rows.append(["Utredningen avslutades", c.utr_end.isoformat()])
    if "table" in placeholders:
        rows.append(["Tolk", [Sdt()]])
        rows.append(["Skolans namn", [Sdt()]])
    doc.add(_person_table(c, rows))

    doc.add(H(h["bakgrund"]))
    doc.add(P(f"Orosanmälan från {t['reporter']} inkom {c.fd(c.anm)}. Utredningen inleddes {c.fd(c.utr_start)}."))
    doc.add(*_paras(t["bakgrund_kort"] if c.style == "terse" else t["bakgrund"]))

    doc.add(H(h["genomforande"]))
    doc.add(P(c.pick(["Utredningen har genomförts genom följande kontakter:",
                      "Under utredningen har följande samtal och kontakter tagits:",
                      "Underlag:"])), Bullets(t["kontakter"]))
    if plan_section:
        doc.add(H(h["plan"]), *_plan_blocks(c, t, level=1))

    doc.add(H(h["utv"]))
    ng = c.style == "newly_graduated"
    for key, src in (("halsa", "skolsköterskan och vårdnadshavare"), ("utbildning", "skolan"),
                     ("kanslor", "vårdnadshavare och skolan"), ("sociala", "barnet och vårdnadshavare")):
        if subareas:
            doc.add(H(h[key], 2))
        if key in placeholders:
            doc.add(P(Sdt()))
            continue
        if ng:
            doc.add(P(f"Utredaren har pratat med {src} som har berättat följande."))
        doc.add(*_paras(_take(c, t[key])))

    if voice != "none":
        doc.add(H(h["barnets"]))
        if voice == "yes":
            doc.add(*_paras(_take(c, t["barnets"], 2)))
        elif voice == "parents_only":
            doc.add(P(f"Vårdnadshavarna uppger att {c.b} mår bra och inte vill prata med socialtjänsten. Utredaren "
                      f"har därför inte träffat {c.b}. Enligt mamma tycker {c.b} att det är skönt att slippa."))
    if "barnets_empty" in placeholders:
        doc.add(H("Barnets egen berättelse"))

    doc.add(H(h["foraldrar"]), *_paras(_take(c, t["foraldrar"], 2)))
    doc.add(H(h["familj"]), *_paras(_take(c, t["familj"])))
    if negated_risk:
        doc.add(P("Det finns inget som tyder på missbruk hos någon av föräldrarna. Ingen av dem förekommer i "
                  "polisens register och båda har lämnat negativa prover på eget initiativ."))

    doc.add(H(h["risk"]))
    if risks == "explained":
        doc.add(P(B("Riskfaktorer")))
        for name, expl in t["risker"]:
            doc.add(P(name + " " + expl))
        for extra in extra_risks or ():
            doc.add(P(extra))
    else:  # bare list: named, never explained
        doc.add(P(B("Riskfaktorer")), Bullets([name for name, _ in t["risker"]]))
    doc.add(P(B("Skyddsfaktorer")), Bullets(t["skydd_f"]))

    # analysis
    if analysis != "missing":
        doc.add(H(h["analys"]))
        if analysis == "good":
            paras = t["analys_kort"] if (c.style == "terse" and t["analys_kort"]) else t["analys"]
            blocks = _paras(paras)
            if comment:  # an existing reviewer comment anchored to the first analysis paragraph
                blocks[0] = P(Cm(paras[0], comment[1], c.chef.split(",")[0]))
            doc.add(*blocks)
        elif analysis == "summary":
            doc.add(*_paras(t["analys_summary"]))
        elif analysis == "summary_needs":
            doc.add(*_paras(t["analys_summary"]))
            doc.add(P(f"Socialtjänstens bedömning är att {t['behov'][0].lower() + t['behov'][1:]}"))
        elif analysis == "areas":
            doc.add(*_paras(t["analys_areas"]))
        elif analysis == "placeholder":
            doc.add(P(Sdt()))
        elif analysis == "bracket":
            doc.add(P("[Ange analys av risk- och skyddsfaktorer samt barnets behov]"))
        elif analysis == "empty":
            pass
        elif analysis == "reused":  # trap: reuses phrases from the facts but reasons properly
            doc.add(*_paras(c.reused_analysis))
    if h["bedomning"]:
        doc.add(H(h["bedomning"]))
        if analysis in ("areas", "summary") or "no_needs" in placeholders:
            doc.add(*_paras(t["bedomning_utan_behov"]))
        elif analysis in ("missing", "empty", "placeholder", "bracket"):
            doc.add(P(f"Socialtjänsten bedömer att {t['behov'][0].lower() + t['behov'][1:]} " + t["bedomning"][0]))
        else:
            doc.add(*_paras(t["bedomning"]))
    elif analysis == "missing":
        pass

    doc.add(H(h["forslag"]))
    if proposal == "insats":
        doc.add(P(f"Socialtjänsten föreslår att {c.b} och familjen beviljas {t['insats']} som bistånd enligt socialtjänstlagen."))
        if goals:
            doc.add(P(B("Mål med insatsen")))
            ml = t["mal"] if goals == "smart" else t["mal_vaga"]
            doc.add(Bullets([g[0] for g in ml]))
        doc.add(P(f"Utredningen avslutas med insats. En genomförandeplan ska upprättas tillsammans med familjen "
                  f"och utföraren."))
    elif proposal == "ingen":
        doc.add(P("Utredningen avslutas utan insats. " + (t["bedomning"][0] if t["bedomning"] else "")))
    elif proposal == "placering":
        doc.add(P(f"Socialtjänsten föreslår att {c.b} beviljas {t['insats']}."))
    if extension:
        doc.add(H("Förlängning av utredningstiden", 2 if c.heading_mode != "bold" else 1))
        doc.add(P(extension))
    if late_note:
        doc.add(P(late_note))
    if law == "old_bad":
        doc.add(P("Utredningen har genomförts enligt 11 kap. 1 § och 11 kap. 2 § SoL (2001:453). Förhandsbedömning "
                  "gjordes enligt 11 kap. 1 a § SoL (2001:453)."))
    doc.add(H(h["vh"]), *_paras(t["vh_syn"]))
    doc.add(H(h["kom"]))
    kom_day = c.kom_day
    if "kom" in placeholders:
        doc.add(P("Utredningen kommunicerades ", Sdt("Klicka eller tryck för att ange ett datum.", kind="date"), "."))
    else:
        doc.add(P(f"Utredningen har kommunicerats med vårdnadshavarna {c.fd(kom_day)} vid ett möte på "
                  f"socialkontoret." + (f" {c.b} har fått utredningens innehåll återberättat." if c.age_y >= 10 else "")))
    if tracked:  # (deleted text, inserted text): the deleted part is not in the document
        doc.add(P("Övrigt: ", Del(tracked[0], c.handl), Ins(tracked[1], c.handl)))

    if closing and c.utr_end:
        doc.add(P(f"Utredningen avslutades {c.fd(c.utr_end)}."),
                Table([["Handläggare", c.handl], ["Beslutsfattare", c.chef], ["Beslut fattat", c.utr_end.isoformat()]],
                      label_col=True))
    return doc


# --------------------------------------------------------------------------- beslut

def beslut(c, t, filename="beslut.docx", *, with_goals=False, day=None, until=True, **kw) -> Doc:
    day = day or c.utr_end
    doc = _doc(c, filename, "Beslut", day, **kw)
    doc.add(H("Beslut om bistånd", 0), _person_table(c, [["Beslutsdatum", day.isoformat()]]))
    doc.add(H("Beslut"), P(f"{c.b} och familjen beviljas {t['insats']} som bistånd enligt socialtjänstlagen (2025:400) "
                           f"från och med {c.fd(c.insats_start)}" +
                           (f", tills vidare dock längst till {c.fd(add_months(c.insats_start, 6))}." if until else ".")))
    if with_goals:
        doc.add(H("Mål"), Bullets([g[0] for g in t["mal"]]))
    doc.add(H("Skäl för beslutet"), P(t["behov"]))
    doc.add(H("Hur man överklagar"), P("Beslutet kan överklagas hos förvaltningsrätten. Överklagandet ska ha "
                                       "kommit in inom tre veckor från den dag du fick del av beslutet."))
    doc.add(P(f"{c.chef}"))
    return doc


# --------------------------------------------------------------------------- uppdrag till utförare

def uppdrag(c, t, filename="uppdrag.docx", *, goals="smart", followup=None, day=None, placeholders=False,
            goals_in_doc=True, **kw) -> Doc:
    day = day or c.uppdrag_day
    doc = _doc(c, filename, "Uppdrag till utförare", day, **kw)
    doc.add(H("Uppdrag till utförare", 0),
            _person_table(c, [["Utförare", t["utforare"]], ["Uppdraget lämnat", day.isoformat()],
                              ["Insatsen startar", c.insats_start.isoformat()]]))
    doc.add(H("Bakgrund"), P(f"Utredningen avslutades {c.fd(c.utr_end)} med beslut om {t['insats']}. " +
                             (t["behov"] if c.needs_stated else t["anmalan"])) if c.utr_end else P(t["behov"]))
    doc.add(H("Uppdrag"), P(f"Utföraren uppdras att ge {t['insats']}. Insatsen startade {c.fd(c.insats_start)}."
                            if c.insats_start <= day else
                            f"Utföraren uppdras att ge {t['insats']} med start {c.fd(c.insats_start)}."))
    if goals_in_doc:
        ml = t["mal"] if goals == "smart" else t["mal_vaga"]
        doc.add(H("Mål"), Table([["Mål", "Insats", "Tidsram", "Ansvarig"]] + [list(g) for g in ml], header=True))
    else:
        doc.add(H("Mål"), P("Målen formuleras tillsammans med familjen vid uppstarten."))
    fu = followup or c.uppf1
    if placeholders:
        doc.add(H("Uppföljning"), P("Uppföljning ska ske ", Sdt("Klicka eller tryck för att ange ett datum.", kind="date"),
                                    ". Ansvarig: ", Sdt()))
    else:
        doc.add(H("Uppföljning"), P(f"Uppföljning ska ske {c.fd(fu)} med familjen, utföraren och socialsekreteraren."))
    return doc


# --------------------------------------------------------------------------- genomförandeplan

def genomforandeplan(c, t, filename="genomforandeplan.docx", *, goals="smart", late=False, followup=None,
                     day=None, layout="table", placeholders=False, tracked_goal=False, xxl=False, **kw) -> Doc:
    day = day or c.gp_day
    doc = _doc(c, filename, "Genomförandeplan", day, **kw)
    doc.add(H("Genomförandeplan", 0),
            _person_table(c, [["Insats", t["insats"]], ["Utförare", t["utforare"]],
                              ["Planen upprättad", day.isoformat()]]))
    doc.add(H("Närvarande"), P(c.gp_present))
    ml = t["mal"] if goals == "smart" else t["mal_vaga"]
    start = c.insats_start or c.plac_start
    started = (f"Placeringen påbörjades {c.fd(start)}." if c.plac_start and not c.insats_start
               else f"Insatsen startade {c.fd(start)}.")
    if late:
        doc.add(P(f"{started} Målen formulerades vid uppstartsmötet {c.fd(start)} tillsammans med familjen."))
    else:
        doc.add(P(f"{started} Målen är hämtade från {c.goal_source} och har konkretiserats tillsammans med "
                  f"{'familjehemmet och ' + c.b if c.plac_start else 'familjen'}."))
    if layout == "table":
        doc.add(H("Mål och aktiviteter"),
                Table([["Mål", "Insats", "Tidsram", "Ansvarig"]] + [list(g) for g in ml], header=True))
    else:
        areas = ["HÄLSA", "UTBILDNING", "KÄNSLOR OCH BETEENDE", "SOCIALA RELATIONER"]
        for area, g in zip(areas, ml):
            doc.add(H(area), P(B("Mål: "), g[0]), P(B("Insats och tidsram: "), f"{g[1]}. {g[2]}."),
                    P(B("Ansvarig: "), g[3] or "–"))
    if tracked_goal:
        doc.add(P(Del(f"Målet är att familjen ska må bättre. ", c.handl),
                  Ins(f"Samtliga mål ovan följs upp med familjen vid varje uppföljning.", c.handl)))
    if xxl:
        doc.add(P(f"Praktiskt: {c.b} behöver nya vinterkläder i storlek XXL i jacka (hon är lång för sin ålder). "
                  f"Familjehemmet köper in, X-antal par vantar ingår i klädpengen."))
    fu = followup or c.uppf1
    if placeholders:
        doc.add(H("Uppföljning"), P("Nästa uppföljning: ", Sdt("Klicka eller tryck för att ange ett datum.", kind="date")),
                P("Övriga överenskommelser: [Ange överenskommelser]"))
    else:
        doc.add(H("Uppföljning"), P(f"Uppföljning ska ske {c.fd(fu)}."))
    doc.add(H(c.pick(["Barnets synpunkter", "Barnets delaktighet"])),
            P(f"{c.b} har varit med vid delar av mötet och har fått säga vad som är viktigt för " +
              ("henne" if t["gender"] == "f" else "honom") + "."))
    return doc


# --------------------------------------------------------------------------- uppföljning

def uppfoljning(c, t, filename="uppfoljning.docx", *, day=None, goals="smart", **kw) -> Doc:
    day = day or c.uppf1
    doc = _doc(c, filename, "Uppföljning", day, **kw)
    doc.add(H("Uppföljning av genomförandeplan", 0),
            _person_table(c, [["Uppföljningsdatum", day.isoformat()]]))
    doc.add(P(f"Uppföljning gjordes {c.fd(day)} med {c.gp_present.lower()}"))
    rows = [["Mål", "Status"]]
    for g in (t["mal"] if goals == "smart" else t["mal_vaga"]):
        rows.append([g[0], c.pick(["Uppnått.", "Delvis uppnått; fortsätter.", "Pågår enligt plan."])])
    doc.add(H("Måluppfyllelse"), Table(rows, header=True))
    doc.add(H("Barnets synpunkter"), P(f"{c.b} tycker att det har blivit bättre och vill fortsätta."))
    nxt = add_months(day, 3)
    if c.plac_start:
        doc.add(H("Fortsatt planering"), P("Genomförandeplanen följs härefter upp i samband med varje övervägande."))
    elif nxt > c.check:
        doc.add(H("Fortsatt planering"), P(f"Nästa uppföljning ska ske {c.fd(nxt)}."))
    else:
        doc.add(H("Fortsatt planering"), P(f"Insatsen avslutades {c.fd(add_months(day, 2))} eftersom målen är uppnådda."))
    return doc


# --------------------------------------------------------------------------- vårdplan, övervägande

def vardplan(c, t, filename="vardplan.docx", *, goals="smart", day=None, law="new", **kw) -> Doc:
    day = day or c.vp_day
    doc = _doc(c, filename, "Vårdplan", day, **kw)
    lag = ("9 kap. 12 § SoL (2025:400)" if law == "new" else "11 kap. 3 § SoL (2001:453)")
    doc.add(H("Vårdplan", 0), _person_table(c, [["Placeringsform", t["insats"]], ["Placeringen påbörjades",
                                                                                  c.plac_start.isoformat()]]))
    doc.add(P(f"Vårdplanen upprättas enligt {lag}."))
    doc.add(H("Anledning till vården"), *_paras(t["bakgrund_kort"]))
    ml = t["mal"] if goals == "smart" else t["mal_vaga"]
    doc.add(H("Målet med vården"), P(t["behov"]), Bullets([g[0] for g in ml]))
    doc.add(H("Umgänge"), P(f"{c.b} och mamma träffas varannan söndag. Socialsekreteraren ansvarar för planeringen."))
    doc.add(H("Barnets och vårdnadshavarens inställning"), *_paras(t["barnets"]), *_paras(t["vh_syn"]))
    doc.add(H("Planerad vårdtid"), P(f"Placeringen påbörjades {c.fd(c.plac_start)}. Vården beräknas pågå minst ett år. "
                                     f"Övervägande görs minst var sjätte månad."))
    return doc


def overvagande(c, t, day, filename, *, law="new", **kw) -> Doc:
    doc = _doc(c, filename, "Övervägande", day, **kw)
    lag = "22 kap. 13 § SoL (2025:400)" if law == "new" else "6 kap. 8 § SoL (2001:453)"
    doc.add(H("Övervägande av vård", 0), _person_table(c, [["Datum", day.isoformat()]]))
    doc.add(P(f"Övervägande gjordes {c.fd(day)} enligt {lag}. Placeringen påbörjades {c.fd(c.plac_start)}."))
    doc.add(H("Hur vården har fungerat"), P(f"{c.b} har haft det stabilt i familjehemmet. Umgänge med mamma har "
                                            f"genomförts enligt plan med några inställda tillfällen när mamma var sjuk."))
    doc.add(H("Barnets synpunkter"), P(f"{c.b} säger att hon vill bo kvar i familjehemmet och träffa mamma."))
    doc.add(H("Bedömning"), P("Vården behövs fortfarande eftersom mamma ännu inte kan ge daglig omsorg. Vården "
                              "ska fortsätta med samma inriktning."))
    return doc
