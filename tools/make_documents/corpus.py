"""The labelled evaluation corpus (tests/corpus/). Each case is written from what an experienced BBIC
supervisor would flag, independently of the checker's rules. Labels: (category, document, note)."""

from __future__ import annotations

from .case import Case
from .presets import (BE, DETAILED, DETAILED2, F, GP, LO, MD, MIXED, MIXED2, NEWGRAD, NEWGRAD2, OV, PD, PL, TERSE,
                      TERSE2, U, UD, UF, VP)
from .themes_a import skolfranvaro as SKOL, spadbarn as SPAD, vald as VALD
from .themes_b import npf as NPF, omsorgsbrist as OMS, placering as PLAC, psykisk as PSYK, ungdom as UNG, umgange as UMG

STD = [F(), PL(), U(), UD(), GP()]

EXTENSION_NOAH = (
    "Beslut om förlängning av utredningen fattades 2026-05-20 av sociala utskottet. Utredningstiden förlängs till "
    "och med 2026-08-05 eftersom förundersökningen mot pappa pågår och polisens förhör med Noah inte har kunnat "
    "hållas före 2026-06-15. Förhörsuppgifterna behövs för att kunna bedöma om umgänge med pappa kan ske utan risk "
    "för Noah. Detta utgör särskilda skäl enligt 20 kap. 3 § SoL.")

EXTENSION_EXPIRED = (
    "Beslut om förlängning av utredningen fattades 2026-05-04. Utredningen förlängs till och med 2026-07-12 "
    "eftersom BUP:s neuropsykiatriska utredning av Elias väntas bli klar i juni och resultatet behövs för att "
    "bedöma vilken insats som passar honom (särskilda skäl).")

REUSED_TYRA = [
    "Frånvaron var 46 procent vid anmälan och har legat mellan 35 och 50 procent under utredningen. Att den är "
    "störst på måndags- och tisdagsförmiddagar, efter helger ensam med mamma, talar för att frånvaron hänger ihop "
    "med situationen hemma och inte med skolan. Tyra har själv berättat att mamma ligger mest i sängen och att hon "
    "stannar hemma för att se att mamma äter; det bekräftar bilden.",
    "Att mamma ligger mest i sängen innebär för Tyra att hon tar över vuxenuppgifter: hon väcker och klär sin bror "
    "och vakar över mammas mående. Det är den uppgiften, inte skolan, som tar hennes ork, och det förklarar varför "
    "hon sover dåligt och har slutat med innebandyn. Om ingenting förändras bedöms risken som stor att hon inte når "
    "behörighet till gymnasiet.",
    "Mammas insikt och behandling, pappas engagemang och mormors närhet är skyddsfaktorer som väger tungt, och "
    "Tyra själv vill gå i skolan. Sammantaget bedöms Tyras centrala behov vara att slippa ansvaret för mamma och "
    "bror, att återfå en regelbunden skolgång och att få en egen vuxen att tala med om sin oro."]

NOAH_GOAL = ("Senast vid höstlovet 2026 går Noah till skolan fyra av fem dagar varje vecka, enligt skolans "
             "närvarorapport.", "Veckovis avstämning mentor–mamma", "Höstlovet 2026 (vecka 44)", "Mamma, mentor")


def cases() -> list[Case]:
    C = []
    add = C.append

    # ---------------------------------------------------------------- investigation deadlines
    add(Case("c01_terse_overdue_investigation", SKOL, ("Alva", "Lindqvist", "2013-04-12", 981), "Jenny Lindqvist",
             "Marcus Lindqvist", "2026-08-20", dict(anm="2026-01-02", fhb="2026-01-09", utr_end="2026-06-02",
                                                    insats_start="2026-06-15"),
             STD, anm_kl="10.20", **TERSE,
             expected=[("INVESTIGATION_OVERDUE", None, "inledd 2026-01-09, avslutad 2026-06-02 (gräns 2026-05-09), ingen förlängning")],
             summary_sv="Skolfrånvaro, mamma deprimerad. Kortfattad handläggare. Utredningen blev klar tre veckor för sent."))
    add(Case("c02_detailed_extension_documented", VALD, ("Noah", "Sandberg", "2018-02-20", 982), "Sanna Sandberg",
             "Daniel Sandberg", "2026-10-01", dict(anm="2026-02-03", fhb="2026-02-05", utr_end="2026-07-28",
                                                   insats_start="2026-08-10"),
             [F(), PL(), U(extension=EXTENSION_NOAH), UD(), GP()], anm_kl="08.40", **DETAILED,
             producer="libreoffice", extra_goal=NOAH_GOAL, facts=dict(ext_to="2026-08-05"),
             traps=[("INVESTIGATION_OVERDUE", "förlängning beslutad 2026-05-20 med särskilda skäl och nytt slutdatum 2026-08-05; avslutad 2026-07-28"),
                    ("GOAL_NOT_SMART", "ovanligt men SMART mål: 'Senast vid höstlovet 2026 går Noah till skolan fyra av fem dagar ...'"),
                    ("RISK_UNEXPLAINED", "riskfaktorerna förklaras i meningen efter att de nämnts")],
             summary_sv="Våld i hemmet. Förlängd utredning med dokumenterade särskilda skäl. Välskriven, inga brister."))
    add(Case("c14_closed_exactly_four_months", SKOL, ("Tyra", "Holmgren", "2013-09-03", 983), "Emma Holmgren",
             "Johan Holmgren", "2026-07-01", dict(anm="2026-01-02", fhb="2026-01-10", utr_end="2026-05-10",
                                                  insats_start="2026-05-25"),
             [F(filename="forhandsbedomning.odt", **LO()), PL(**LO()), U(analysis="reused", filename="utredning.pdf", **LO()),
              UD(), GP()], anm_kl="11.00", **DETAILED, reused_analysis=REUSED_TYRA,
             traps=[("INVESTIGATION_OVERDUE", "inledd 2026-01-10, avslutad 2026-05-10: exakt fyra månader, i tid"),
                    ("ANALYSIS_SUMMARY", "analysen återanvänder några formuleringar från faktadelen men resonerar, väger och drar slutsatser")],
             summary_sv="Skolfrånvaro. Avslutad på sista dagen. Analys som citerar fakta men analyserar. Utredningen som PDF."))
    add(Case("c15_open_investigation_overdue", OMS, ("Nora", "Lund", "2020-01-15", 984), "Sofia Lund", "Peter Lund",
             "2026-09-15", dict(anm="2026-03-20", fhb="2026-03-27"), [F(), PL()], anm_kl="09.00", **TERSE2,
             vh="Peter Lund (ensam vårdnadshavare)",
             expected=[("INVESTIGATION_OVERDUE", None, "inledd 2026-03-27, fortfarande öppen 2026-09-15 (gräns 2026-07-27)")],
             summary_sv="Omsorgsbrist. Utredningen är fortfarande öppen långt efter fyra månader."))
    add(Case("c16_extension_expired", UNG, ("Elias", "Nordin", "2010-05-30", 985), "Linda Nordin", "Tomas Nordin",
             "2026-10-10", dict(anm="2026-01-05", fhb="2026-01-12", utr_end="2026-08-03", insats_start="2026-08-17"),
             [F(), PL(), U(extension=EXTENSION_EXPIRED), UD(), GP()], anm_kl="10.00", **DETAILED2,
             facts=dict(ext_to="2026-07-12"),
             expected=[("INVESTIGATION_OVERDUE", None, "förlängd till 2026-07-12 men avslutad först 2026-08-03")],
             summary_sv="Ungdom, cannabis. Förlängning beslutad, men även den förlängda tiden överskreds."))
    add(Case("c17_late_workload_no_plan_for_insats", PSYK, ("Wilma", "Ekström", "2011-03-08", 986), "Maria Ekström",
             "Anders Ekström", "2026-09-01", dict(anm="2026-01-20", fhb="2026-01-27", utr_end="2026-06-30",
                                                  insats_start="2026-07-13"),
             [F(), PL(), U(late_note="Utredningstiden har överskridits på grund av hög arbetsbelastning i gruppen."),
              UD(**LO())], anm_kl="11.00", **MIXED, facts=dict(IMPLEMENTATION_PLAN_MISSING=True),
             expected=[("INVESTIGATION_OVERDUE", None, "gräns 2026-05-27, avslutad 2026-06-30; arbetsbelastning är inget särskilt skäl och ingen förlängning beslutades"),
                       ("IMPLEMENTATION_PLAN_MISSING", None, "FFT startade 2026-07-13, ingen genomförandeplan")],
             summary_sv="Självskada, konflikter. Sen utredning (arbetsbelastning) och ingen genomförandeplan."))

    # ---------------------------------------------------------------- pre-assessment
    add(Case("c04_terse_preassessment_late", NPF, ("Hugo", "Wallin", "2016-01-22", 987), "Johanna Wallin",
             "Erik Wallin", "2026-09-10", dict(anm="2026-03-02", fhb="2026-03-20", utr_end="2026-07-10",
                                               insats_start="2026-07-27"),
             STD, anm_kl="09.10", **{**TERSE, "heading_mode": "style"},
             expected=[("PREASSESSMENT_OVERDUE", None, "anmälan 2026-03-02, beslut 2026-03-20 (dag 18)")],
             summary_sv="ADHD, pappa tog hårt. Förhandsbedömningen tog 18 dagar."))
    add(Case("c05_open_preassessment_overdue", UNG, ("Kevin", "Ahlberg", "2010-08-14", 988), "Linda Ahlberg",
             "Tomas Ahlberg", "2026-10-22", dict(anm="2026-10-01"), [F(open_=True, filename="forhandsbedomning.odt")],
             anm_kl="14.00", **DETAILED, producer="libreoffice", facts=dict(fhb_open=True),
             expected=[("PREASSESSMENT_OVERDUE", None, "anmälan 2026-10-01, inget beslut 2026-10-22 (dag 21)")],
             summary_sv="Ungdom, cannabis. Förhandsbedömningen är fortfarande öppen efter 21 dagar (.odt)."))
    add(Case("c06_preassessment_workload_reason", PSYK, ("Saga", "Berglund", "2011-06-02", 989), "Karin Berglund",
             "Stefan Berglund", "2026-10-05", dict(anm="2026-04-07", fhb="2026-04-24", utr_end="2026-08-14",
                                                   insats_start="2026-08-24"),
             [F(late_reason="Beslutet har dröjt på grund av hög arbetsbelastning och vakanser i mottagningsgruppen.", **PD),
              PL(**PD), U(negated_risk=True), UD(), GP(**PD)], anm_kl="13.20", **MIXED,
             expected=[("PREASSESSMENT_OVERDUE", None, "beslut dag 17; arbetsbelastning är inte synnerliga skäl")],
             traps=[("RISK_UNEXPLAINED", "'Det finns inget som tyder på missbruk hos någon av föräldrarna' är en negation, ingen risk")],
             summary_sv="Självskada. Sen förhandsbedömning med ogiltigt skäl (arbetsbelastning)."))
    add(Case("c07_infant_day14_observation", SPAD, ("Selma", "Håkansson", "2025-06-05", 990), "Matilda Håkansson",
             None, "2026-11-10", dict(anm="2026-04-07", fhb="2026-04-21", utr_end="2026-08-18",
                                      insats_start="2026-09-01"),
             [F(), PL(), U(comment=("Observationerna är noggrant beskrivna.", "Bra! Lägg gärna till datum för det oanmälda besöket.")),
              UD(), GP()], anm_kl="11.30", **DETAILED,
             traps=[("PREASSESSMENT_OVERDUE", "anmälan 2026-04-07, beslut 2026-04-21: dag 14, i tid"),
                    ("CHILD_VOICE_MISSING", "barnet var 10 månader; skälet är dokumenterat och observation ersätter samtal")],
             summary_sv="Spädbarn, mammas tablettbruk. Beslut på dag 14. Barnets situation belyst genom observation. Word-kommentar."))
    add(Case("c08_newgrad_compact_dates_late", SKOL, ("Ella", "Persson", "2013-02-11", 991), "Anna Persson",
             "Mats Persson", "2026-07-15", dict(anm="2026-01-12", fhb="2026-01-29", utr_end="2026-05-20",
                                                insats_start="2026-06-01"),
             [F(), PL(), U(analysis="summary_needs"), UD(), GP()], anm_kl="13.00", **NEWGRAD2,
             expected=[("PREASSESSMENT_OVERDUE", None, "anmälan 20260112, beslut 20260129 (dag 17)"),
                       ("ANALYSIS_SUMMARY", "utredning.docx", "analysen återger vad olika personer uppger, ingen vägning")],
             summary_sv="Skolfrånvaro. Nyutexaminerad, datum som 20260112. Sen förhandsbedömning, sammanfattande analys."))

    # ---------------------------------------------------------------- protection assessment
    add(Case("c09_protection_three_days", VALD, ("Liam", "Forsberg", "2018-06-21", 992), "Sara Forsberg",
             "Robert Forsberg", "2026-10-15", dict(anm="2026-08-18", skydd="2026-08-21", fhb="2026-08-24"),
             [F(), PL()], anm_kl="10.05", **TERSE,
             expected=[("PROTECTION_ASSESSMENT_LATE", None, "anmälan 2026-08-18 kl. 10.05, skyddsbedömning 2026-08-21, inget skäl")],
             summary_sv="Våld i hemmet. Skyddsbedömningen gjordes tre dagar efter anmälan."))
    add(Case("c10_protection_after_weekend", UMG, ("Leo", "Björk", "2015-03-17", 993), "Camilla Björk",
             "Fredrik Björk", "2026-09-30", dict(anm="2026-05-08", skydd="2026-05-11", fhb="2026-05-15",
                                                 utr_end="2026-08-28"),
             [F(), PL(), U(proposal="ingen", goals=None)], anm_kl="10.15", **DETAILED, producer="libreoffice",
             expected=[("PROTECTION_ASSESSMENT_LATE", None, "anmälan fredag 2026-05-08 kl. 10.15, skyddsbedömning måndag 2026-05-11")],
             summary_sv="Föräldrakonflikt. Skyddsbedömning först efter helgen. Avslutad utan insats."))
    add(Case("c11_protection_not_documented", UNG, ("Adam", "Lindberg", "2010-02-02", 994), "Eva Lindberg",
             "Mikael Lindberg", "2026-08-30", dict(anm="2026-02-16", fhb="2026-02-26", utr_end="2026-06-12",
                                                   insats_start="2026-06-22"),
             [F(skydd="missing", **PD), PL(**PD), U(), UD(), GP()], anm_kl="13.00", **MIXED2,
             facts=dict(skydd_missing=True),
             expected=[("PROTECTION_ASSESSMENT_LATE", None, "ingen omedelbar skyddsbedömning dokumenterad")],
             summary_sv="Ungdom, cannabis. Skyddsbedömning saknas helt i förhandsbedömningen."))
    add(Case("c12_protection_two_days_old_law", PSYK, ("Alice", "Sundqvist", "2011-10-10", 995), "Helena Sundqvist",
             "Per Sundqvist", "2026-12-15", dict(anm="2026-09-01", skydd="2026-09-03", fhb="2026-09-08"),
             [F(law="old_bad"), PL()], anm_kl="09.30", **{**NEWGRAD, "heading_mode": "style+num"},
             expected=[("PROTECTION_ASSESSMENT_LATE", None, "anmälan kl. 09.30, skyddsbedömning två dagar senare"),
                       ("OTHER", "forhandsbedomning.docx", "hänvisar 2026 till upphävda 11 kap. 1 a § SoL (2001:453)")],
             summary_sv="Självskada. Sen skyddsbedömning; förhandsbedömningen citerar den gamla lagen."))
    add(Case("c13_late_afternoon_plan_inside", NPF, ("Melvin", "Strand", "2016-04-04", 996), "Lisa Strand",
             "Oskar Strand", "2026-08-05", dict(anm="2026-02-19", skydd="2026-02-20", fhb="2026-02-24",
                                                utr_end="2026-06-10", insats_start="2026-06-22"),
             [F(skydd_reason="Anmälan inkom kl. 16.40, efter mottagningens telefontid."), U(plan_section=True), UD(),
              GP(tracked_goal=True)], anm_kl="16.40", **DETAILED2,
             traps=[("PROTECTION_ASSESSMENT_LATE", "anmälan inkom kl. 16.40; skyddsbedömning nästa morgon"),
                    ("PLAN_MISSING", "utredningsplanen är ett avsnitt i utredningen, inte ett eget dokument"),
                    ("GOAL_NOT_SMART", "ett vagt mål är struket som spårad ändring (w:del) och ska inte räknas")],
             summary_sv="ADHD. Sen eftermiddagsanmälan, plan inne i utredningen, struken mening i spårade ändringar."))

    # ---------------------------------------------------------------- deadline approaching
    add(Case("c18_open_investigation_approaching", VALD, ("Ibrahim", "Nilsson", "2017-11-30", 997), "Amina Nilsson",
             "Karl Nilsson", "2026-11-06", dict(anm="2026-07-14", fhb="2026-07-16"), [F(), PL()], anm_kl="09.00",
             **TERSE2, expected=[("DEADLINE_APPROACHING", None, "öppen utredning, gräns 2026-11-16, 10 dagar kvar")],
             summary_sv="Våld i hemmet. Öppen utredning tio dagar före fyramånadersgränsen."))
    add(Case("c19_open_preassessment_two_days", SKOL, ("Maja", "Eriksson", "2012-12-01", 998), "Lina Eriksson",
             "Jonas Eriksson", "2026-10-17", dict(anm="2026-10-05"), [F(open_=True)], anm_kl="10.30", **DETAILED,
             producer="pandoc", facts=dict(fhb_open=True),
             expected=[("DEADLINE_APPROACHING", None, "öppen förhandsbedömning, gräns 2026-10-19, två dagar kvar")],
             summary_sv="Skolfrånvaro. Öppen förhandsbedömning två dagar före gränsen."))
    add(Case("c20_investigation_three_days_left", NPF, ("Theo", "Magnusson", "2016-07-07", 999), "Frida Magnusson",
             "David Magnusson", "2026-09-28", dict(anm="2026-05-25", fhb="2026-06-01"),
             [F(filename="forhandsbedomning.odt"), PL(filename="utredningsplan.odt")], anm_kl="13.00", **NEWGRAD,
             producer="libreoffice",
             expected=[("DEADLINE_APPROACHING", None, "öppen utredning, gräns 2026-10-01, tre dagar kvar")],
             summary_sv="ADHD. Öppen utredning tre dagar före gränsen (.odt)."))
    add(Case("c21_preassessment_last_day", UMG, ("Elliot", "Sjögren", "2015-09-09", 980), "Malin Sjögren",
             "Henrik Sjögren", "2026-11-23", dict(anm="2026-11-10"), [F(open_=True)], anm_kl="10.00", **TERSE,
             facts=dict(fhb_open=True),
             expected=[("DEADLINE_APPROACHING", None, "öppen förhandsbedömning, gräns 2026-11-24, en dag kvar")],
             summary_sv="Föräldrakonflikt. Förhandsbedömning dagen före gränsen."))

    # ---------------------------------------------------------------- reviews and follow-ups
    add(Case("c22_placement_no_review", PLAC, ("Vera", "Lindgren", "2017-03-19", 981), "Sofia Lindgren", None,
             "2026-08-20", dict(plac_start="2026-01-06", uppf1="2026-04-06"),
             [VP(), GP(), UF()], **DETAILED, goal_source="vårdplanen",
             facts=dict(REVIEW_OVERDUE=True),
             expected=[("REVIEW_OVERDUE", None, "placering 2026-01-06, inget övervägande till 2026-08-20 (skulle ske senast 2026-07-06)")],
             traps=[("GOALS_SET_LATE", "målen står i vårdplanen före genomförandeplanen")],
             summary_sv="Familjehemsplacering. Vårdplan, genomförandeplan och uppföljning finns, men inget övervägande."))
    add(Case("c23_placement_second_review_missed", PLAC, ("Hanna", "Åberg", "2016-10-25", 982), "Jessica Åberg", None,
             "2026-10-15", dict(plac_start="2025-09-01", uppf1="2025-12-01"),
             [VP(), GP(), UF(), OV("2026-02-20", "overvagande_2026-02-20.docx")], **TERSE, producer="libreoffice",
             goal_source="vårdplanen", facts=dict(REVIEW_OVERDUE=True),
             expected=[("REVIEW_OVERDUE", None, "senaste övervägande 2026-02-20; nästa skulle ske senast 2026-08-20")],
             summary_sv="Familjehem. Första övervägandet i tid, det andra har uteblivit."))
    add(Case("c24_followup_date_passed", NPF, ("Ali", "Yilmaz", "2016-02-14", 983), "Leyla Yilmaz", "Murat Yilmaz",
             "2026-11-25", dict(anm="2026-03-16", fhb="2026-03-23", utr_end="2026-07-01", insats_start="2026-07-15",
                                uppf1="2026-09-15"),
             [F(), PL(), U(tracked=("Kommunicering: Klicka eller tryck här för att ange text.",
                                    "Utredningen kommunicerades muntligt vid mötet.")), UD(), GP()],
             anm_kl="10.00", **DETAILED, facts=dict(REVIEW_OVERDUE=True),
             expected=[("REVIEW_OVERDUE", None, "'Uppföljning ska ske 2026-09-15' – ingen uppföljning dokumenterad")],
             traps=[("TEMPLATE_UNFILLED", "platshållartexten är struken som spårad ändring (w:del)")],
             summary_sv="ADHD. Planerad uppföljning har passerat utan anteckning. Struken platshållare i spårade ändringar."))
    add(Case("c25_uppdrag_followup_missed", UNG, ("Nils", "Hedlund", "2010-01-28", 984), "Karin Hedlund",
             "Ola Hedlund", "2026-09-01", dict(anm="2026-01-12", fhb="2026-01-19", utr_end="2026-03-04",
                                               insats_start="2026-03-10"),
             [F(**PD), PL(**PD), U(**PD), UD(**PD), GP(goals="vague", **PD)], anm_kl="09.00", **TERSE2,
             facts=dict(REVIEW_OVERDUE=True),
             expected=[("REVIEW_OVERDUE", None, "uppföljning planerad 2026-06-10 i uppdrag och genomförandeplan, ingen dokumenterad"),
                       ("GOAL_NOT_SMART", "genomforandeplan.docx", "'Att Nils ska sluta umgås med fel personer' m.fl.: ej mätbart, ingen tid")],
             summary_sv="Ungdom. Uppföljningen har inte gjorts; genomförandeplanens mål är vaga (pandoc)."))
    add(Case("c26_placement_reviews_old_law", PLAC, ("Lova", "Öberg", "2016-05-05", 985), "Therese Öberg", None,
             "2026-09-10", dict(plac_start="2025-02-03", uppf1="2025-05-03"),
             [VP(law="old"), GP(xxl=True), UF(), OV("2025-07-30", "overvagande_1.docx"),
              OV("2026-01-22", "overvagande_2.docx"), OV("2026-07-15", "overvagande_3.docx", **LO())],
             **MIXED, goal_source="vårdplanen",
             traps=[("REVIEW_OVERDUE", "övervägande 2025-07-30, 2026-01-22 och 2026-07-15: var sjätte månad"),
                    ("OTHER", "vårdplanen 2025-02-13 hänvisar till 11 kap. 3 § SoL (2001:453), korrekt före 2025-07-01"),
                    ("TEMPLATE_UNFILLED", "'XXL' och 'X-antal' i vanlig text är inga platshållare"),
                    ("GOALS_SET_LATE", "målen fanns i vårdplanen före genomförandeplanen")],
             summary_sv="Familjehem sedan 2025. Överväganden i tid, gammal lag före lagbytet, XXL i texten."))

    # ---------------------------------------------------------------- plan missing
    add(Case("c27_no_plan_terse", UNG, ("Lucas", "Falk", "2010-09-19", 986), "Nina Falk", "Patrik Falk",
             "2026-10-01", dict(anm="2026-04-13", fhb="2026-04-20", utr_end="2026-08-10", insats_start="2026-08-24"),
             [F(), U(), UD(), GP()], anm_kl="10.00", **TERSE2, facts=dict(PLAN_MISSING=True),
             expected=[("PLAN_MISSING", None, "ingen utredningsplan, varken dokument eller avsnitt")],
             summary_sv="Ungdom. Utredningsplan saknas."))
    add(Case("c28_no_plan_no_child_voice", OMS, ("Elin", "Nyberg", "2019-11-11", 987), "Jenny Nyberg",
             "Robin Nyberg", "2026-08-01", dict(anm="2026-02-02", fhb="2026-02-09", utr_end="2026-05-29",
                                                insats_start="2026-06-08"),
             [F(**LO()), U(voice="none"), UD(**LO()), GP()], anm_kl="09.00", **MIXED2,
             vh="Robin Nyberg (ensam vårdnadshavare)", facts=dict(PLAN_MISSING=True),
             expected=[("PLAN_MISSING", None, "ingen utredningsplan"),
                       ("CHILD_VOICE_MISSING", "utredning.docx", "inget om vad Elin (6 år) säger eller varför hon inte hörts")],
             summary_sv="Omsorgsbrist. Ingen plan och inget barnsamtal."))
    add(Case("c29_no_plan_no_analysis", VALD, ("Omar", "Hassan", "2017-08-08", 988), "Nadia Hassan",
             "Yusuf Hassan", "2026-10-20", dict(anm="2026-05-04", fhb="2026-05-06", utr_end="2026-08-25",
                                                insats_start="2026-09-07"),
             [F(**PD), U(analysis="missing", **PD), UD(**PD), GP(**PD)], anm_kl="09.00", **NEWGRAD,
             facts=dict(PLAN_MISSING=True),
             expected=[("PLAN_MISSING", None, "ingen utredningsplan"),
                       ("ANALYSIS_MISSING", "utredning.docx", "inget analysavsnitt; bara en kort bedömning")],
             summary_sv="Våld i hemmet. Nyutexaminerad; plan och analys saknas (pandoc)."))
    add(Case("c30_no_plan_vague_goals", SKOL, ("Stella", "Bergman", "2013-07-27", 989), "Petra Bergman",
             "Niklas Bergman", "2026-12-01", dict(anm="2026-08-03", fhb="2026-08-10", utr_end="2026-11-02",
                                                  insats_start="2026-11-16", uppdrag="2026-11-06", gp="2026-11-30"),
             [F(), U(goals="vague"), UD(goals="vague"), GP(goals="vague")], anm_kl="09.00", **DETAILED2,
             facts=dict(PLAN_MISSING=True),
             expected=[("PLAN_MISSING", None, "ingen utredningsplan"),
                       ("GOAL_NOT_SMART", "utredning.docx", "'Att Stella ska må bättre och känna sig tryggare': S, M, T saknas"),
                       ("GOAL_NOT_SMART", "uppdrag.docx", "samma vaga mål i måltabellen"),
                       ("GOAL_NOT_SMART", "genomforandeplan.docx", "samma vaga mål")],
             summary_sv="Skolfrånvaro. Ingen plan; vaga mål genom hela kedjan."))

    # ---------------------------------------------------------------- analysis missing
    add(Case("c31_analysis_empty_heading", PSYK, ("Tilde", "Norberg", "2011-01-19", 990), "Ulrika Norberg",
             "Jens Norberg", "2026-11-25", dict(anm="2026-06-01", fhb="2026-06-08", utr_end="2026-09-30",
                                                insats_start="2026-10-12"),
             [F(), PL(), U(analysis="empty"), UD(), GP()], anm_kl="10.00", **{**TERSE, "heading_mode": "style+caps"},
             expected=[("ANALYSIS_MISSING", "utredning.docx", "rubriken ANALYS finns men är tom"),
                       ("TEMPLATE_UNFILLED", "utredning.docx", "mallrubrik utan innehåll")],
             summary_sv="Självskada. Tom analysrubrik."))
    add(Case("c32_analysis_placeholder_infant", SPAD, ("Iris", "Kronqvist", "2025-03-10", 991), "Moa Kronqvist",
             None, "2026-07-10", dict(anm="2026-01-13", fhb="2026-01-20", utr_end="2026-05-12",
                                      insats_start="2026-05-25"),
             [F(), PL(), U(analysis="placeholder", placeholders={"table"}), UD(), GP()], anm_kl="10.00", **MIXED,
             expected=[("ANALYSIS_MISSING", "utredning.docx", "analysen är bara en tom innehållskontroll"),
                       ("TEMPLATE_UNFILLED", "utredning.docx", "'Klicka eller tryck här för att ange text.' (w:showingPlcHdr) i analys och tabell")],
             traps=[("CHILD_VOICE_MISSING", "spädbarn; observation i stället för samtal, skälet dokumenterat")],
             summary_sv="Spädbarn. Analysen är en ofylld innehållskontroll."))
    add(Case("c33_no_analysis_section", NPF, ("Sixten", "Lundgren", "2016-09-30", 992), "Anna Lundgren",
             "Mattias Lundgren", "2026-10-12", dict(anm="2026-04-20", fhb="2026-04-27", utr_end="2026-08-20",
                                                    insats_start="2026-08-31"),
             [F(), PL(), U(analysis="missing"), UD(), GP()], anm_kl="10.00", **DETAILED, producer="libreoffice",
             expected=[("ANALYSIS_MISSING", "utredning.docx", "utredningen går direkt från risk- och skyddsfaktorer till bedömning")],
             summary_sv="ADHD. Analysavsnitt saknas (LibreOffice)."))

    # ---------------------------------------------------------------- analysis as summary, risk, central needs
    add(Case("c34_newgrad_summary_bare_risks", UNG, ("William", "Sandström", "2010-04-16", 993), "Jessica Sandström",
             "Marko Sandström", "2026-09-20", dict(anm="2026-03-09", fhb="2026-03-16", utr_end="2026-07-03",
                                                   insats_start="2026-07-13"),
             [F(), PL(), U(analysis="summary", risks="bare"), UD(), GP()], anm_kl="10.00", **NEWGRAD,
             needs_stated=False,
             expected=[("ANALYSIS_SUMMARY", "utredning.docx", "analysen räknar upp vad polis, skola och föräldrar uppger"),
                       ("CENTRAL_NEEDS_MISSING", "utredning.docx", "inga centrala behov anges"),
                       ("RISK_UNEXPLAINED", "utredning.docx", "riskfaktorerna är en punktlista utan förklaring, omfattning eller konsekvens")],
             summary_sv="Ungdom. Nyutexaminerad: sammanfattning i stället för analys, riskfaktorer bara uppräknade."))
    add(Case("c35_summary_old_law", VALD, ("Viktor", "Ström", "2018-12-12", 994), "Elin Ström", "Kristian Ström",
             "2027-01-10", dict(anm="2026-09-14", fhb="2026-09-16", utr_end="2026-11-30", insats_start="2026-12-07",
                                uppdrag="2026-11-27", gp="2026-12-21"),
             [F(law="old_bad"), PL(), U(analysis="summary_needs"), UD(), GP()], anm_kl="11.00", **NEWGRAD2,
             producer="libreoffice",
             expected=[("ANALYSIS_SUMMARY", "utredning.docx", "analysen återger uppgifter; centrala behov nämns men utan resonemang"),
                       ("OTHER", "forhandsbedomning.docx", "hänvisar 2026 till 11 kap. 1 a § SoL (2001:453)")],
             summary_sv="Våld. Sammanfattande analys; gammal lag citerad efter lagbytet."))
    add(Case("c36_risk_unexplained_debts", OMS, ("Wilda", "Hellström", "2020-02-29", 995), "Ida Hellström",
             "Jimmy Hellström", "2026-11-02", dict(anm="2026-05-11", fhb="2026-05-18", utr_end="2026-09-10",
                                                   insats_start="2026-09-21"),
             [F(**PD), PL(**PD), U(extra_risks=["Pappa har skulder hos Kronofogden.", "Pappa är tidigare dömd för rattfylleri."], **PD),
              UD(**PD), GP(**PD)], anm_kl="10.00", **DETAILED, vh="Jimmy Hellström (ensam vårdnadshavare)",
             expected=[("RISK_UNEXPLAINED", "utredning.docx", "skulder och rattfylleri nämns som risker utan förklaring eller betydelse för Wilda")],
             summary_sv="Omsorgsbrist. Två riskfaktorer nämns utan förklaring (pandoc)."))
    add(Case("c37_risk_unexplained_no_gp", NPF, ("Oliver", "Dahl", "2016-11-03", 996), "Sara Dahl", "Fredrik Dahl",
             "2026-08-10", dict(anm="2026-02-09", fhb="2026-02-16", utr_end="2026-06-05", insats_start="2026-06-15"),
             [F(), PL(), U(extra_risks=["Mamma har psykisk ohälsa."]), BE()], anm_kl="10.00", **TERSE2,
             facts=dict(IMPLEMENTATION_PLAN_MISSING=True),
             expected=[("RISK_UNEXPLAINED", "utredning.docx", "'Mamma har psykisk ohälsa.' utan omfattning eller konsekvens för Oliver"),
                       ("IMPLEMENTATION_PLAN_MISSING", None, "beslut om föräldrastöd från 2026-06-15, ingen genomförandeplan")],
             summary_sv="ADHD. Oförklarad riskfaktor; beslut utan genomförandeplan."))
    add(Case("c38_risk_unexplained_alcohol", PSYK, ("Agnes", "Fransson", "2011-08-21", 997), "Lena Fransson",
             "Mikael Fransson", "2026-10-01", dict(anm="2026-03-23", fhb="2026-03-30", utr_end="2026-07-24",
                                                   insats_start="2026-08-03"),
             [F(filename="forhandsbedomning.odt"), PL(filename="utredningsplan.odt"),
              U(filename="utredning.odt", extra_risks=["Pappa har ett alkoholmissbruk."]), UD(), GP()],
             anm_kl="10.00", **DETAILED2, producer="libreoffice",
             expected=[("RISK_UNEXPLAINED", "utredning.odt", "'Pappa har ett alkoholmissbruk.' utan förklaring")],
             summary_sv="Självskada. Pappas alkoholmissbruk nämns men förklaras aldrig (.odt)."))
    add(Case("c39_areas_no_central_needs", VALD, ("Alvin", "Mattsson", "2018-03-03", 998), "Jenny Mattsson",
             "Simon Mattsson", "2026-11-20", dict(anm="2026-06-08", fhb="2026-06-10", utr_end="2026-09-28",
                                                  insats_start="2026-10-05"),
             [F(), PL(), U(analysis="areas"), UD(), GP()], anm_kl="10.00", **DETAILED, needs_stated=False,
             expected=[("CENTRAL_NEEDS_MISSING", "utredning.docx", "analysen går igenom BBIC-områdena men pekar inte ut centrala behov")],
             summary_sv="Våld. Analysen går område för område utan att säga vilka behov som är centrala."))
    add(Case("c40_areas_youth", UNG, ("Hampus", "Jakobsson", "2010-06-06", 999), "Maria Jakobsson",
             "Stefan Jakobsson", "2026-12-10", dict(anm="2026-07-06", fhb="2026-07-13", utr_end="2026-10-30",
                                                    insats_start="2026-11-09"),
             [F(**LO()), PL(**LO()), U(analysis="areas", **LO()), UD(), GP()], anm_kl="10.00", **MIXED,
             needs_stated=False,
             expected=[("CENTRAL_NEEDS_MISSING", "utredning.docx", "behov per område, inga centrala behov")],
             summary_sv="Ungdom. Områdesvis analys utan centrala behov."))

    # ---------------------------------------------------------------- child's voice, goals
    add(Case("c41_no_child_voice_goals_late", SKOL, ("Julia", "Engström", "2013-05-05", 980), "Sanna Engström",
             "Viktor Engström", "2026-10-05", dict(anm="2026-04-06", fhb="2026-04-13", utr_end="2026-08-07",
                                                   insats_start="2026-08-17", gp="2026-08-17"),
             [F(**PD), PL(**PD), U(voice="none", goals=None, **PD), GP(late=True, **PD)], anm_kl="10.00", **TERSE,
             facts=dict(GOALS_SET_LATE=True),
             expected=[("CHILD_VOICE_MISSING", "utredning.docx", "Julia (13) har inte hörts och skäl anges inte"),
                       ("GOALS_SET_LATE", None, "målen formulerades vid uppstartsmötet 2026-08-17, inga mål i utredningens förslag")],
             summary_sv="Skolfrånvaro. Barnet inte hört; mål först vid uppstart."))
    add(Case("c42_parents_speak_for_child", NPF, ("Edvin", "Lindholm", "2015-12-24", 981), "Annika Lindholm",
             "Tobias Lindholm", "2026-08-15", dict(anm="2026-01-26", fhb="2026-02-02", utr_end="2026-05-28",
                                                   insats_start="2026-06-08", gp="2026-06-08"),
             [F(**PD), PL(**PD), U(voice="parents_only", goals=None, **PD), UD(goals_in_doc=False, **PD),
              GP(late=True, **PD)], anm_kl="10.00", **NEWGRAD, facts=dict(GOALS_SET_LATE=True),
             expected=[("CHILD_VOICE_MISSING", "utredning.docx", "under rubriken om barnets berättelse återges bara föräldrarnas uppfattning"),
                       ("GOALS_SET_LATE", None, "uppdraget saknar mål; målen formulerades vid uppstart 2026-06-08")],
             summary_sv="ADHD. Föräldrarna talar för barnet; mål sätts först vid uppstart."))
    add(Case("c43_empty_child_heading", UNG, ("Filip", "Östlund", "2010-10-01", 982), "Camilla Östlund",
             "Roger Östlund", "2027-02-15", dict(anm="2026-08-24", fhb="2026-08-31", utr_end="2026-12-15",
                                                 insats_start="2027-01-11"),
             [F(), PL(), U(voice="none", placeholders={"barnets_empty"}), UD(), GP()], anm_kl="10.00", **DETAILED,
             expected=[("CHILD_VOICE_MISSING", "utredning.docx", "rubriken 'Barnets egen berättelse' är tom"),
                       ("TEMPLATE_UNFILLED", "utredning.docx", "mallrubrik utan innehåll")],
             summary_sv="Ungdom. Tom rubrik för barnets berättelse."))
    add(Case("c44_placement_vague_goals", PLAC, ("Siri", "Hedberg", "2017-07-17", 983), "Jennie Hedberg", None,
             "2026-10-01", dict(plac_start="2026-03-02", uppf1="2026-06-02"),
             [VP(goals="vague"), GP(goals="vague"), UF(goals="vague"), OV("2026-08-25", "overvagande.docx")],
             **NEWGRAD, goal_source="vårdplanen",
             expected=[("GOAL_NOT_SMART", "vardplan.docx", "'Att Siri ska känna sig trygg i familjehemmet' m.fl.: ej mätbara, ingen tid"),
                       ("GOAL_NOT_SMART", "genomforandeplan.docx", "samma vaga mål")],
             summary_sv="Familjehem. Vaga mål i vårdplan och genomförandeplan."))
    add(Case("c45_uppdrag_vague", PSYK, ("Ronja", "Åkesson", "2011-04-27", 984), "Hanna Åkesson", "Erik Åkesson",
             "2026-08-20", dict(anm="2026-02-23", fhb="2026-03-02", utr_end="2026-06-19", insats_start="2026-06-29"),
             [F(), PL(), U(), UD(goals="vague", **LO()), GP()], anm_kl="10.00", **MIXED2,
             expected=[("GOAL_NOT_SMART", "uppdrag.docx", "'Att Ronja ska må bättre', 'bättre kommunikation': S, M, T saknas")],
             summary_sv="Självskada. Uppdraget till FFT har vaga mål."))
    add(Case("c46_gp_area_headings_vague", UNG, ("Love", "Sjöberg", "2010-03-12", 985), "Annelie Sjöberg",
             "Göran Sjöberg", "2026-11-15", dict(anm="2026-05-18", fhb="2026-05-25", utr_end="2026-09-15",
                                                 insats_start="2026-09-28"),
             [F(), PL(), U(), UD(), GP(goals="vague", layout="areas", filename="genomforandeplan.odt", **LO())],
             anm_kl="10.00", **DETAILED,
             expected=[("GOAL_NOT_SMART", "genomforandeplan.odt", "mål per område ('tar ansvar för sin skolgång') utan mått och tid")],
             summary_sv="Ungdom. Genomförandeplan med gamla områdesrubriker och vaga mål (.odt)."))
    add(Case("c47_goals_at_start", NPF, ("Anton", "Blom", "2016-06-18", 986), "Emelie Blom", "Joakim Blom",
             "2026-12-01", dict(anm="2026-06-15", fhb="2026-06-22", utr_end="2026-10-09", insats_start="2026-10-19",
                                gp="2026-10-19"),
             [F(), PL(), U(goals=None), BE(), UD(goals_in_doc=False), GP(late=True)], anm_kl="10.00", **DETAILED2,
             facts=dict(GOALS_SET_LATE=True),
             expected=[("GOALS_SET_LATE", None, "inga mål i förslag, beslut eller uppdrag; målen formulerades vid uppstarten 2026-10-19")],
             summary_sv="ADHD. Mål formuleras först vid insatsens start."))
    add(Case("c48_goals_late_neglect", OMS, ("Minna", "Granath", "2019-08-30", 987), "Jenny Granath",
             "Tony Granath", "2026-09-30", dict(anm="2026-03-30", fhb="2026-04-06", utr_end="2026-07-31",
                                                insats_start="2026-08-10", gp="2026-08-10"),
             [F(), PL(), U(goals=None), GP(late=True)], anm_kl="10.00", **NEWGRAD2, producer="libreoffice",
             vh="Tony Granath (ensam vårdnadshavare)", facts=dict(GOALS_SET_LATE=True),
             expected=[("GOALS_SET_LATE", None, "målen formulerades vid uppstarten 2026-08-10")],
             summary_sv="Omsorgsbrist. Mål sätts vid uppstart (LibreOffice)."))

    # ---------------------------------------------------------------- implementation plan, template, other
    add(Case("c49_youth_decision_no_gp_old_law", UNG, ("Jonatan", "Berg", "2010-07-22", 988), "Susanne Berg",
             "Lars Berg", "2026-08-01", dict(anm="2026-02-02", fhb="2026-02-09", utr_end="2026-05-22",
                                             insats_start="2026-06-01"),
             [F(), PL(), U(law="old_bad"), BE()], anm_kl="10.00", **TERSE,
             facts=dict(IMPLEMENTATION_PLAN_MISSING=True),
             expected=[("IMPLEMENTATION_PLAN_MISSING", None, "beslut om ungdomsbehandling, ingen genomförandeplan"),
                       ("OTHER", "utredning.docx", "utredningen 2026 hänvisar till 11 kap. 1 a § och 11 kap. 2 § SoL (2001:453)")],
             summary_sv="Ungdom. Beslut utan genomförandeplan; gammal lag i utredningen."))
    add(Case("c50_placement_no_gp", PLAC, ("Elsa", "Wikström", "2017-01-09", 989), "Johanna Wikström", None,
             "2026-10-20", dict(plac_start="2026-04-01"), [VP(), OV("2026-09-25", "overvagande.docx")], **DETAILED,
             producer="libreoffice", facts=dict(IMPLEMENTATION_PLAN_MISSING=True),
             expected=[("IMPLEMENTATION_PLAN_MISSING", None, "placering sedan 2026-04-01, vårdplan och övervägande men ingen genomförandeplan")],
             summary_sv="Familjehem. Genomförandeplan saknas."))
    add(Case("c51_infant_decision_pdf", SPAD, ("Alma", "Nyström", "2025-07-01", 990), "Julia Nyström", None,
             "2026-11-01", dict(anm="2026-05-04", fhb="2026-05-11", utr_end="2026-09-04", insats_start="2026-09-14"),
             [F(), PL(), U(), BE(filename="beslut.pdf", **LO())], anm_kl="10.30", **MIXED,
             facts=dict(IMPLEMENTATION_PLAN_MISSING=True),
             expected=[("IMPLEMENTATION_PLAN_MISSING", None, "beslut om föräldra-barnbehandling, ingen genomförandeplan")],
             traps=[("CHILD_VOICE_MISSING", "spädbarn; observation dokumenterad")],
             summary_sv="Spädbarn. Beslut (PDF) men ingen genomförandeplan."))
    add(Case("c52_unfilled_uppdrag_gp", SKOL, ("Ines", "Carlsson", "2013-11-29", 991), "Sara Carlsson",
             "Martin Carlsson", "2026-10-30", dict(anm="2026-05-04", fhb="2026-05-11", utr_end="2026-09-02",
                                                   insats_start="2026-09-14"),
             [F(), PL(), U(), UD(placeholders=True), GP(placeholders=True)], anm_kl="10.00", **TERSE,
             expected=[("TEMPLATE_UNFILLED", "uppdrag.docx", "ofyllda innehållskontroller för uppföljningsdatum och ansvarig"),
                       ("TEMPLATE_UNFILLED", "genomforandeplan.docx", "ofylld datumkontroll och '[Ange överenskommelser]'")],
             summary_sv="Skolfrånvaro. Ofyllda mallfält i uppdrag och genomförandeplan."))
    add(Case("c53_markdown_clean", UMG, ("Arvid", "Holm", "2015-04-14", 992), "Petra Holm", "Mats Holm",
             "2026-07-01", dict(anm="2026-02-02", fhb="2026-02-09", utr_end="2026-05-20"),
             [F(filename="forhandsbedomning.md", **MD), PL(filename="utredningsplan.md", **MD),
              U(filename="utredning.md", proposal="ingen", goals=None, negated_risk=True, **MD)], anm_kl="14.00",
             **TERSE2,
             traps=[("RISK_UNEXPLAINED", "'Det finns inget som tyder på missbruk' och 'skyddsfaktorer' är inga risker"),
                    ("IMPLEMENTATION_PLAN_MISSING", "utredningen avslutades utan insats; ingen genomförandeplan behövs")],
             summary_sv="Föräldrakonflikt, markdown-filer. Avslutad utan insats. Inga brister."))
    add(Case("c03_newgrad_summary_analysis", OMS, ("Tindra", "Johansson", "2020-03-03", 993), "Lisa Johansson",
             "Peter Johansson", "2026-09-01", dict(anm="2026-03-02", fhb="2026-03-10", utr_end="2026-06-22",
                                                   insats_start="2026-07-06"),
             [F(**PD), PL(**PD), U(analysis="summary", **PD), UD(**PD), GP(**PD)], anm_kl="08.50", **NEWGRAD,
             producer="pandoc", needs_stated=False, vh="Peter Johansson (ensam vårdnadshavare)",
             expected=[("ANALYSIS_SUMMARY", "utredning.docx", "analysen upprepar vad skola, tandvård och pappa uppger"),
                       ("CENTRAL_NEEDS_MISSING", "utredning.docx", "inga centrala behov; bedömningen säger bara att familjen behöver stöd")],
             summary_sv="Omsorgsbrist. Nyutexaminerad: sammanfattning i stället för analys (pandoc)."))
    return C
