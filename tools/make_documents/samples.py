"""Demo cases for samples/: one exemplary case and several with typical deficiencies. All are meant to be
checked at the same date, SAMPLE_CHECK_DATE."""

from __future__ import annotations

from .case import Case
from .presets import BE, DETAILED, DETAILED2, F, GP, LO, MD, MIXED, NEWGRAD, PD, PL, TERSE, U, UD, VP
from .themes_a import skolfranvaro as SKOL, spadbarn as SPAD, vald as VALD
from .themes_b import npf as NPF, placering as PLAC, ungdom as UNG, umgange as UMG

SAMPLE_CHECK_DATE = "2026-11-25"


def cases() -> list[Case]:
    ck = SAMPLE_CHECK_DATE
    return [
        Case("01_alva_exemplarisk", SKOL, ("Alva", "Lindqvist", "2013-04-12", 981), "Jenny Lindqvist",
             "Marcus Lindqvist", ck, dict(anm="2026-05-04", fhb="2026-05-11", utr_end="2026-09-04",
                                          insats_start="2026-09-14"),
             [F(filled_sdt=True), PL(), U(negated_risk=False,
                                          comment=("Analysen väger risk- och skyddsfaktorer tydligt.",
                                                   "Mycket bra. Godkänd för kommunicering.")), UD(), GP()],
             anm_kl="09.40", **DETAILED,
             summary_sv="Alva, 13 år, skolfrånvaro och mamma med depression. Komplett kedja: förhandsbedömning, "
                        "utredningsplan, utredning med god analys, uppdrag och genomförandeplan med SMARTA mål. "
                        "Avsedd att ge (nästan) inga fynd.",
             summary_en="Alva, 13, school absence, depressed mother. Complete and well written; should give (almost) no findings."),
        Case("02_noah_vald_sammanfattning", VALD, ("Noah", "Sandberg", "2018-02-20", 982), "Sanna Sandberg",
             "Daniel Sandberg", ck, dict(anm="2026-06-01", fhb="2026-06-03", utr_end="2026-09-25",
                                         insats_start="2026-10-05"),
             [F(), U(analysis="summary"), UD(**LO()), GP()], anm_kl="10.00", **NEWGRAD, producer="libreoffice",
             needs_stated=False, facts=dict(PLAN_MISSING=True),
             expected=[("PLAN_MISSING", None, "ingen utredningsplan"),
                       ("ANALYSIS_SUMMARY", "utredning.docx", "analysen återger vad polis, skola och föräldrar uppger"),
                       ("CENTRAL_NEEDS_MISSING", "utredning.docx", "inga centrala behov")],
             summary_sv="Noah, 8 år, har bevittnat pappas våld mot mamma. Nyutexaminerad handläggare: analysen är en "
                        "sammanfattning, centrala behov saknas, ingen utredningsplan. Gjord med LibreOffice.",
             summary_en="Noah, 8, witnessed domestic violence. Summary instead of analysis, no central needs, no plan."),
        Case("03_kevin_forsenad_utredning", UNG, ("Kevin", "Ahlberg", "2010-08-14", 988), "Linda Ahlberg",
             "Tomas Ahlberg", ck, dict(anm="2026-04-06", fhb="2026-04-13", utr_end="2026-09-01",
                                       insats_start="2026-09-14"),
             [F(), PL(), U(), UD(goals="vague"), GP(goals="vague")], anm_kl="10.00", **TERSE,
             expected=[("INVESTIGATION_OVERDUE", None, "inledd 2026-04-13, avslutad 2026-09-01 (gräns 2026-08-13)"),
                       ("GOAL_NOT_SMART", "uppdrag.docx", "vaga mål"),
                       ("GOAL_NOT_SMART", "genomforandeplan.docx", "vaga mål")],
             summary_sv="Kevin, 16 år, cannabis och kriminellt umgänge. Kortfattad handläggare, VERSALA fetstilsrubriker. "
                        "Utredningen blev klar 19 dagar för sent och målen i uppdrag och genomförandeplan är vaga.",
             summary_en="Kevin, 16, cannabis. Investigation 19 days late; vague goals in assignment and implementation plan."),
        Case("04_maja_placering", PLAC, ("Maja", "Lindgren", "2017-03-19", 983), "Sofia Lindgren", None, ck,
             dict(plac_start="2026-03-16", insats_start="2026-03-16", utr_end="2026-03-16"),
             [VP(), BE(filename="beslut_placering.docx", until=False)], **DETAILED2,
             facts=dict(REVIEW_OVERDUE=True, IMPLEMENTATION_PLAN_MISSING=True),
             expected=[("REVIEW_OVERDUE", None, "placering 2026-03-16, inget övervägande (skulle ske senast 2026-09-16)"),
                       ("IMPLEMENTATION_PLAN_MISSING", None, "vårdplan finns, genomförandeplan saknas")],
             summary_sv="Maja, 9 år, placerad i familjehem sedan mars 2026 när mamma insjuknade. Vårdplan och beslut "
                        "finns, men ingen genomförandeplan och inget övervägande efter sex månader. Numrerade rubriker.",
             summary_en="Maja, 9, in foster care since March 2026. No implementation plan, no six-month review."),
        Case("05_selma_spadbarn_mall", SPAD, ("Selma", "Håkansson", "2025-09-10", 990), "Matilda Håkansson", None, ck,
             dict(anm="2026-07-06", skydd="2026-07-08", fhb="2026-07-13", utr_end="2026-10-30",
                  insats_start="2026-11-09", uppdrag="2026-10-30", gp="2026-11-23"),
             [F(filename="forhandsbedomning.md", **MD), PL(**PD), U(placeholders={"table", "kom"}), UD(), GP()],
             anm_kl="09.15", **MIXED,
             expected=[("PROTECTION_ASSESSMENT_LATE", None, "anmälan 2026-07-06 kl. 09.15, skyddsbedömning 2026-07-08"),
                       ("TEMPLATE_UNFILLED", "utredning.docx", "ofyllda innehållskontroller (tolk, skola, kommuniceringsdatum)")],
             traps=[("CHILD_VOICE_MISSING", "spädbarn, observation dokumenterad")],
             summary_sv="Selma, 10 månader, mamma med tablettbruk. Förhandsbedömning som markdown, plan via pandoc, "
                        "utredning i Word med ofyllda innehållskontroller. Skyddsbedömningen gjordes två dagar sent.",
             summary_en="Selma, 10 months. Late protection assessment; unfilled Word content controls. Mixed formats."),
        Case("06_hugo_mal_vid_start", NPF, ("Hugo", "Wallin", "2016-01-22", 987), "Johanna Wallin", "Erik Wallin", ck,
             dict(anm="2026-04-13", fhb="2026-04-20", utr_end="2026-08-14", insats_start="2026-08-24",
                  gp="2026-08-24", uppf1="2026-12-10"),
             [F(), PL(), U(goals=None, extra_risks=["Mamma har en psykisk ohälsa."],
                           tracked=("Mål: Att Hugo ska må bättre.", "Målen formuleras i genomförandeplanen.")),
              GP(late=True)], anm_kl="10.00", **{**DETAILED2, "heading_mode": "style+num"},
             facts=dict(GOALS_SET_LATE=True),
             expected=[("GOALS_SET_LATE", None, "målen formulerades först vid uppstarten 2026-08-24"),
                       ("RISK_UNEXPLAINED", "utredning.docx", "'Mamma har en psykisk ohälsa.' utan förklaring")],
             traps=[("GOAL_NOT_SMART", "det vaga målet är struket som spårad ändring")],
             summary_sv="Hugo, 10 år, ADHD, pappa tog hårt i honom. Mål sätts först vid insatsens start, en riskfaktor "
                        "förklaras inte. Utredningen har spårade ändringar.",
             summary_en="Hugo, 10, ADHD. Goals first set at the start of the intervention; one unexplained risk; tracked changes."),
        Case("07_leo_oppen_utredning", UMG, ("Leo", "Björk", "2015-03-17", 993), "Camilla Björk", "Fredrik Björk", ck,
             dict(anm="2026-07-20", fhb="2026-07-27"),
             [F(filename="forhandsbedomning.odt"), PL(filename="utredningsplan.pdf")], anm_kl="15.10", **TERSE,
             producer="libreoffice",
             expected=[("DEADLINE_APPROACHING", None, "öppen utredning inledd 2026-07-27; gräns 2026-11-27")],
             summary_sv="Leo, 11 år, fast i föräldrarnas konflikt. Öppen utredning två dagar före fyramånadersgränsen. "
                        "Förhandsbedömning som .odt, utredningsplan som PDF.",
             summary_en="Leo, 11, parental conflict. Open investigation two days before the four-month limit (.odt, .pdf)."),
    ]
