"""A seeded generator of realistic synthetic Swedish BBIC case files, at any scale.

    python -m bench.generate OUT --cases N --seed S [--scale K] [--only utredning] [--jobs J]

writes ``OUT/<case-id>/NN_<type>.docx``: 3–5 documents per case (förhandsbedömning, utredning of about
3,000 words at scale 1 — every document ×K — and sometimes utredningsplan, vårdplan, genomförandeplan,
uppdrag). Structure varies per document (Word heading styles with English or Swedish style names, bold
headings, numbered headings, ALL-CAPS headings), as do the fact tables ("Anmälan inkom | 2026-03-02",
"Handläggare | …"), goal tables, length and quality: a seeded share of cases has deficiencies (late dates,
an analysis that only retells, vague goals, unfilled placeholders and content controls, no child's voice,
an empty heading, a reference to the repealed SoL, risk factors listed without explanation).

Everything is fictional: names come from short lists, personnummer have random digits, places are generic.

The .docx files are built fast: python-docx writes one template package per style variant (once per
process); each document is then that package with a freshly generated ``word/document.xml`` and
``docProps/core.xml``. Output is deterministic for a seed (fixed zip timestamps, per-case RNG seeded with
``f"{seed}:{case_number}"``, so case *i* is the same whatever ``--cases`` is).

Library use::

    from bench.generate import generate
    manifest = generate(Path("out"), cases=1000, seed=1)   # -> list of CaseInfo
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import random
import re
import sys
import time
import zipfile
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

# --------------------------------------------------------------------------------------------
# Fictional people and places

GIRLS = ["Elsa", "Maja", "Alva", "Ella", "Wilma", "Saga", "Ebba", "Selma", "Nora", "Tyra", "Alicia", "Leah", "Stina",
         "Signe", "Juni", "Ester", "Hedda", "Lova", "Idun", "Vera", "Amira", "Nadia", "Mira", "Tuva"]
BOYS = ["Elias", "Noah", "Hugo", "Liam", "Oscar", "Lucas", "Vincent", "Adam", "Theo", "Olle", "Måns", "Ebbe", "Sixten",
        "Harry", "Malte", "Viggo", "Omar", "Yusuf", "Milo", "Levi", "Ture", "Isak", "Folke", "Sami"]
WOMEN = ["Anna", "Sara", "Maria", "Lina", "Jenny", "Emma", "Johanna", "Linnea", "Fatima", "Petra", "Karin", "Sofia",
         "Malin", "Therese", "Hanna", "Camilla", "Leyla", "Rebecka"]
MEN = ["Johan", "Mikael", "Daniel", "Ahmed", "Peter", "Andreas", "Fredrik", "Jonas", "Mattias", "Ali", "Tobias",
       "Stefan", "Marcus", "Henrik", "Robert", "Patrik", "Kristian", "Emil"]
SURNAMES = ["Lindqvist", "Berglund", "Holmgren", "Sandberg", "Ekström", "Nyberg", "Åberg", "Forsman", "Lundgren",
            "Wikström", "Hedlund", "Björk", "Strand", "Engström", "Dahl", "Sundin", "Mäkinen", "Öberg", "Kaya", "Haddad"]
SCHOOLS = ["Björkskolan", "Ekbackens skola", "Solhemsskolan", "Lärkskolan", "Norrskolan", "Centralskolan",
           "Vallaskolan", "Hagaskolan"]
PRESCHOOLS = ["förskolan Vitsippan", "förskolan Humlan", "förskolan Solrosen", "förskolan Ekorren"]
UNITS = ["Barn och unga", "Barn- och familjeenheten", "Mottagningsgruppen barn och unga", "Utredningsgruppen"]
PROVIDERS = ["Familjebehandlarna", "Öppenvården Nova", "Barn- och ungdomsteamet", "Familjecentrum Kompassen"]

THEMES = {
    "skolfranvaro": dict(oro="hög skolfrånvaro", riskfaktor="psykisk ohälsa hos mamma", risk2="skolfrånvaro",
                         anmalare="skolan", anmalare_def="rektor och skolkurator", behov="en regelbunden skolgång",
                         insats="familjebehandling i hemmet", omrade="skolgång", matt="närvaro i skolan"),
    "vald": dict(oro="våld i hemmet", riskfaktor="våld i nära relation", risk2="bevittnat våld",
                 anmalare="polisen", anmalare_def="polisen efter ett larm", behov="trygghet och skydd",
                 insats="stödsamtal för barn som upplevt våld", omrade="trygghet", matt="antal samtal"),
    "missbruk": dict(oro="föräldrarnas alkoholmissbruk", riskfaktor="missbruk", risk2="bristande omsorg",
                     anmalare="förskolan", anmalare_def="förskolan", behov="en förutsägbar vardag med nyktra vuxna",
                     insats="öppenvård för föräldrarna och stöd till barnet", omrade="omsorg", matt="antal nyktra veckor"),
    "psykisk": dict(oro="självskadebeteende", riskfaktor="självskadebeteende", risk2="psykisk ohälsa",
                    anmalare="BUP", anmalare_def="barn- och ungdomspsykiatrin", behov="behandling och en trygg vuxen",
                    insats="kontaktperson och samordnad vård med BUP", omrade="psykisk hälsa", matt="antal besök på BUP"),
    "forsummelse": dict(oro="bristande omsorg", riskfaktor="försummelse", risk2="omsorgssvikt",
                        anmalare="BVC", anmalare_def="BVC-sjuksköterskan", behov="regelbundna måltider och tillsyn",
                        insats="föräldrastöd i hemmet", omrade="grundläggande omsorg", matt="antal hembesök"),
}

MONTH_NAMES = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
               "november", "december"]


def iso(day: dt.date) -> str:
    return day.isoformat()


def textual(day: dt.date, year: bool = True) -> str:
    return f"{day.day} {MONTH_NAMES[day.month - 1]}" + (f" {day.year}" if year else "")


# --------------------------------------------------------------------------------------------
# The case: who, when, what is wrong


@dataclass
class CaseInfo:
    """What was generated for one case (written to OUT/manifest.json; ``flags`` are the planted deficiencies)."""

    id: str
    theme: str
    flags: list[str]
    documents: list[str] = field(default_factory=list)
    words: int = 0
    chars: int = 0


@dataclass
class Case:
    rng: random.Random
    id: str
    theme: dict
    theme_name: str
    girl: bool
    child: str
    surname: str
    age: int
    birth: dt.date
    pnr: str
    mother: str
    father: str
    sibling: str
    officer: str
    school: str
    provider: str
    unit: str
    flags: set[str]
    dates: dict[str, dt.date]
    skydd_time: str

    @property
    def slots(self) -> dict[str, str]:
        hon, henne, hennes = ("hon", "henne", "hennes") if self.girl else ("han", "honom", "hans")
        return dict(b=self.child, m=self.mother, p=self.father, s=self.sibling, hon=hon, Hon=hon.capitalize(),
                    henne=henne, hennes=hennes, Hennes=hennes.capitalize(), age=str(self.age), skola=self.school,
                    flickan="flickan" if self.girl else "pojken", off=self.officer, utf=self.provider,
                    dotter="dotter" if self.girl else "son", **self.theme)


def make_case(seed: int, number: int) -> Case:
    rng = random.Random(f"{seed}:{number}")
    theme_name = rng.choice(sorted(THEMES))
    girl = rng.random() < 0.5
    age = rng.randint(2, 16)
    surname = rng.choice(SURNAMES)
    flags = set()
    for flag, p in (("late_fhb", 0.2), ("late_skydd", 0.15), ("late_utr", 0.2), ("open_utr", 0.1),
                    ("summary_analysis", 0.25), ("vague_goals", 0.3), ("placeholders", 0.2), ("no_child_voice", 0.15),
                    ("missing_analysis", 0.05), ("empty_heading", 0.1), ("old_law", 0.1), ("unexplained_risk", 0.2),
                    ("goals_late", 0.15), ("no_plan", 0.2)):
        if rng.random() < p:
            flags.add(flag)
    if "open_utr" in flags:
        flags.discard("late_utr")
    anmalan = dt.date(2025, 10, 1) + dt.timedelta(days=rng.randint(0, 220))
    skydd = anmalan + dt.timedelta(days=rng.randint(1, 3) if "late_skydd" in flags else 0)
    fhb = anmalan + dt.timedelta(days=rng.randint(15, 30) if "late_fhb" in flags else rng.randint(3, 13))
    if "open_utr" in flags:  # still open on 2026-11-25: started 3.5–4 months before
        fhb = dt.date(2026, 11, 25) - dt.timedelta(days=rng.randint(100, 125))
        anmalan = fhb - dt.timedelta(days=rng.randint(3, 12))
        skydd = anmalan
    utr_end = fhb + dt.timedelta(days=rng.randint(130, 170) if "late_utr" in flags else rng.randint(60, 115))
    insats = utr_end + dt.timedelta(days=rng.randint(10, 40))
    goals = insats if "goals_late" in flags else utr_end + dt.timedelta(days=rng.randint(1, 9))
    birth = dt.date(2026 - age, rng.randint(1, 12), rng.randint(1, 28))
    return Case(
        rng=rng, id=f"case-{number:05d}", theme=THEMES[theme_name], theme_name=theme_name, girl=girl,
        child=rng.choice(GIRLS if girl else BOYS), surname=surname, age=age, birth=birth,
        pnr=f"{birth:%Y%m%d}-{rng.randint(0, 9999):04d}",
        mother=rng.choice(WOMEN), father=rng.choice(MEN), sibling=rng.choice(GIRLS + BOYS),
        officer=f"{rng.choice(WOMEN + MEN)} {rng.choice(SURNAMES)}",
        school=rng.choice(SCHOOLS) if age >= 6 else rng.choice(PRESCHOOLS), provider=rng.choice(PROVIDERS),
        unit=rng.choice(UNITS), flags=flags,
        dates=dict(anmalan=anmalan, skydd=skydd, fhb=fhb, utr_end=utr_end, insats=insats, goals=goals,
                   followup=insats + dt.timedelta(days=rng.randint(60, 120))),
        skydd_time=f"{rng.randint(8, 16):02d}.{rng.choice(['00', '15', '30', '45'])}",
    )


# --------------------------------------------------------------------------------------------
# Text: templates with {slot} and {a|b|c} alternatives

_SLOT = re.compile(r"\{([^{}]*)\}")


def fill(rng: random.Random, template: str, slots: dict[str, str]) -> str:
    def one(m: re.Match) -> str:
        inner = m.group(1)
        if "|" in inner:
            return rng.choice(inner.split("|"))
        return slots[inner]

    text = template
    for _ in range(4):  # inner braces first: "{a|b {b}}" takes two passes
        text, changed = _SLOT.subn(one, text)
        if not changed:
            break
    return text[:1].upper() + text[1:]


POOLS: dict[str, list[str]] = {
    "bakgrund": [
        "{b} är {age} år och bor {tillsammans med|med} mamma {m} och {syskonet|sin bror eller syster} {s} i en {tvårumslägenhet|trerumslägenhet|radhuslägenhet} {i centrala delen av kommunen|i ett bostadsområde i utkanten av staden|nära skolan}.",
        "Föräldrarna {separerade|flyttade isär|gick skilda vägar} när {b} var {liten|i förskoleåldern|fem år} och pappa {p} bor {numera|sedan några år} i en annan kommun.",
        "Familjen har {inte tidigare varit aktuell|tidigare varit aktuell vid ett tillfälle|varit känd} hos socialtjänsten {utöver en anmälan som inte ledde till utredning|för ekonomiskt bistånd|för ett kortare stöd}.",
        "Anmälan från {anmalare_def} gällde {oro} och {en oro för hur {b} har det hemma|uppgifter om att {b} tar stort ansvar hemma|att {b} har verkat ledsen och trött}.",
        "{anmalare} har {vid flera tillfällen|under hösten|under en längre period} {försökt nå|haft kontakt med} vårdnadshavarna {utan att få svar|och uttryckt sin oro}.",
        "Av anmälan framgår att {b} {har berättat|har sagt} för {en lärare|personalen|mentor} att {hon} {inte vill gå hem|är rädd för bråk hemma|måste ta hand om {s}}.",
        "{Mamma|Pappa} har {enligt anmälan|enligt uppgift} {haft svårt att orka med vardagen|varit sjukskriven under en längre tid|haft perioder av hög konsumtion av alkohol}.",
        "Ärendet aktualiserades {genom anmälan|efter en anmälan} från {anmalare} och {en förhandsbedömning gjordes|en skyddsbedömning gjordes samma dag}.",
    ],
    "genomforande": [
        "Utredningen har genomförts {enligt BBIC|med stöd av BBIC:s grundprinciper} och {bygger på|grundar sig på} samtal, hembesök och {kontakter med nätverket|inhämtade uppgifter}.",
        "{Handläggaren har haft|Det har hållits} {två|tre|fyra} samtal med {mamma|vårdnadshavarna} och {ett|två} hembesök {i familjens bostad|hos mamma}.",
        "Samtal har förts med {b} {enskilt|på skolan|i familjens hem} vid {två|tre} tillfällen.",
        "Uppgifter har inhämtats från {skola}, {elevhälsan|skolsköterskan|skolkuratorn} och {BVC|vårdcentralen|BUP} {med vårdnadshavarnas samtycke|efter samtycke}.",
        "Pappa {p} har deltagit {via telefon|i ett möte på kontoret|via Teams} och {lämnat sina synpunkter|gett sin bild av situationen}.",
        "{Ett nätverksmöte hölls|Ett möte med nätverket genomfördes} där {mormor|moster|farmor} och {en granne|en vän till familjen} deltog.",
        "Utredningen {har kommunicerats|kommuniceras} med vårdnadshavarna {innan beslut fattas|före beslut}.",
    ],
    "halsa": [
        "{b} är {i stort sett frisk|frisk men har astma|frisk enligt skolsköterskan} och {har gått på|har genomgått} {de hälsobesök som erbjudits|sina hälsokontroller}.",
        "{Skolsköterskan|BVC-sjuksköterskan} beskriver att {b} {ofta klagar på ont i magen|har sovit dåligt|verkar trött på förmiddagarna}.",
        "{b} {har en tandvårdsskuld|har missat två tandläkarbesök|har inte varit på tandvård} {under det senaste året|sedan förra hösten}.",
        "{Mamma|Vårdnadshavarna} berättar att {b} {äter dåligt|har svårt att somna|vaknar ofta på natten} {när det är oroligt hemma|i perioder}.",
        "Det finns {inga kända|inga} {allergier|diagnoser} men {en remiss till BUP har diskuterats|skolan har föreslagit en utredning av koncentrationen}.",
        "{b}s vikt och längd följer {kurvan|normalkurvan} enligt {elevhälsan|BVC}.",
    ],
    "utbildning": [
        "{b} går i {årskurs|klass} {age_grade} på {skola} och {har|beskrivs ha} {goda relationer till sin lärare|en mentor hon litar på|svårt att koncentrera sig}.",
        "Frånvaron {ligger på|har under terminen varit} {20|35|46|12} procent, {varav det mesta är ogiltig|främst på måndagar|främst på förmiddagarna}.",
        "Mentor beskriver att {b} {klarar kunskapskraven i de flesta ämnen|riskerar att inte nå målen i svenska och matematik|har tappat i skolarbetet}.",
        "{b} har {särskilt stöd|extra anpassningar} i form av {en lugn arbetsplats|kortare arbetspass|stöd av specialpedagog}.",
        "Skolan {har haft|har bjudit in till} {två|tre} möten med {mamma|vårdnadshavarna} om {frånvaron|skolsituationen} {under läsåret|sedan i våras}.",
        "{Rektor|Skolkuratorn} framför att skolan {gör vad den kan|saknar kontakt med hemmet|vill samarbeta med socialtjänsten}.",
    ],
    "kanslor_beteende": [
        "{b} beskrivs som {en glad och social|en tystlåten och försiktig|en känslig} {flicka|pojke} som {har lätt för att få kontakt|drar sig undan i grupp|blir lätt ledsen}.",
        "{Skolan|Förskolan|Mamma} har märkt att {b} {har blivit mer orolig|har utbrott när något ändras|är vaksam på vuxna} {det senaste halvåret|sedan separationen|i perioder}.",
        "{b} {har|uppvisar} {svårt att hantera besvikelser|ett stort kontrollbehov|en tendens att ta ansvar för andra} enligt {mentor|kuratorn|mamma}.",
        "{Hon} {ritar och spelar gärna fotboll|tycker om att vara i stallet|spelar dator med kompisar} på fritiden.",
    ],
    "sociala_relationer": [
        "{b} har {några nära kompisar|en bästa vän|få kamrater} i {klassen|området|förskolan} och {träffar dem på fritiden|umgås mest i skolan}.",
        "Relationen till {s} beskrivs som {nära|god men konfliktfylld|omsorgsfull}, och {b} {tar ofta hand om|leker gärna med} {s}.",
        "{b} har kontakt med {mormor|farmor|moster} som {bor i närheten|hälsar på varje vecka|är ett viktigt stöd}.",
        "Umgänget med pappa {sker varannan helg|har varit oregelbundet|har inte fungerat sedan i våras}.",
    ],
    "barnets_berattelse": [
        "{b} berättar att {hon} {tycker om skolan men är trött på morgnarna|är orolig för mamma|vill bo kvar hemma} och att {det är jobbigt när vuxna bråkar|hon vill att mamma ska må bra|hon saknar pappa}.",
        "I samtalet berättar {b} att {hon} {brukar väcka {s} på morgnarna|ofta är ensam hemma på kvällarna|inte vågar säga något hemma}.",
        "{b} säger att {hon} {vill ha en vuxen att prata med|önskar att det blev lugnare hemma|vill gå i skolan som andra barn}.",
        "Vid samtalet med barnet {ritade {b} sin familj|använde handläggaren bildstöd|fick {b} berätta om en vanlig dag}, och {b} {beskrev mamma som den viktigaste personen|pekade ut mormor som trygg|sa att hon är rädd när pappa är arg}.",
        "{b} uttrycker att {hon} {inte vill byta skola|vill träffa pappa oftare|vill att någon hjälper mamma}.",
    ],
    "foraldrarnas_formaga": [
        "Mamma {m} {tillgodoser|har i huvudsak tillgodosett} {b}s grundläggande behov av mat, kläder och boende {men har svårt att orka med struktur|trots sin egen ohälsa|i perioder}.",
        "{Mamma|Vårdnadshavarna} {har svårt att|klarar inte alltid att} {upprätthålla rutiner kring sömn och skola|sätta gränser|se {b}s behov} {när hon mår dåligt|i perioder av stress}.",
        "Pappa {p} {är känslomässigt tillgänglig|har en varm relation till {b}|har svårt att vara förutsägbar} {under umgängena|enligt mamma}.",
        "Vårdnadshavarna {är positiva till stöd|har uttryckt att de vill ha hjälp|är tveksamma till insatser} och {har samarbetat väl|har varit svåra att nå} under utredningen.",
        "Föräldrarnas förmåga att {ge stimulans och vägledning|skydda {b} från {oro}|erbjuda stabilitet} {bedöms vara begränsad|är varierande|är god}.",
    ],
    "familj_miljo": [
        "Familjen {bor|har bott} i {en hyresrätt|en bostadsrätt|ett radhus} sedan {2019|2021|flera år} och {ekonomin är ansträngd|mamma har försörjningsstöd|pappa arbetar heltid}.",
        "Nätverket består av {mormor|moster|farmor} och {en granne|en vän till mamma|en faster} som {är tillgänglig vid behov|hjälper till med hämtningar|bor på annan ort}.",
        "{Mamma arbetar deltid som undersköterska|Mamma är sjukskriven|Mamma studerar på komvux} och {pappa arbetar som snickare|pappa är arbetssökande|pappa har eget företag}.",
        "{Bostaden|Hemmet} {är ändamålsenlig men trång|var vid hembesöken städad|var vid ett hembesök stökig} och {b} {har eget rum|delar rum med {s}}.",
    ],
    "vardnadshavarnas_syn": [
        "Mamma {m} {håller med om|delar delvis} {skolans oro|bilden i anmälan} men {menar att situationen har förbättrats|vill själv ha stöd|tycker att oron är överdriven}.",
        "Pappa {p} {uppger att|säger att} han {är orolig för {b}|vill ta större ansvar|inte känner till situationen i detalj}.",
        "Vårdnadshavarna {har tagit del av utredningen|har fått läsa utredningen} och {har inga invändningar|har lämnat synpunkter som har förts in}.",
    ],
    "risk_skydd": [
        "En riskfaktor är {riskfaktor}, {eftersom den innebär att|vilket medför att} {b} {i perioder saknar en vuxen som orkar|lever med oro i vardagen|tar ett ansvar som inte är {hennes}}.",
        "{risk2} utgör en risk för {b}s {utveckling|skolgång|psykiska hälsa} {eftersom|då} {hon} {går miste om undervisning|blir otrygg|inte får sina behov tillgodosedda} {varje vecka|i perioder|sedan lång tid}.",
        "En skyddsfaktor är {mormor|relationen till pappa|skolan}, som {fungerar som ett skydd|kompenserar för brister hemma|ger {b} en trygg vuxen} {eftersom {hon} kan vända sig dit|varje vecka}.",
        "{b}s egna resurser, {att {hon} är social|att {hon} har lätt för att lära|att {hon} uttrycker sina behov}, är en styrka som {mildrar|motverkar} riskerna.",
    ],
    "risk_lista": [
        "Riskfaktorer: {riskfaktor}, {risk2}, konflikter mellan föräldrarna.",
        "Det förekommer {riskfaktor} i familjen.",
        "{risk2} och {riskfaktor} har noterats.",
    ],
    "analys": [
        "Sammantaget bedöms {b}s behov av {behov} inte vara tillgodosett, eftersom {riskfaktor} påverkar {hennes} vardag {varje vecka|i perioder|under lång tid}.",
        "{b}s {oro|ansvarstagande|frånvaro} förstås som en konsekvens av {riskfaktor}, vilket innebär att {hon} {riskerar att halka efter i skolan|får svårt att lita på vuxna|tar ansvar för vuxnas mående}.",
        "Det som talar för att {b} {klarar sig|har skydd} är {mormors stöd|skolans engagemang|relationen till pappa}, men {detta väger inte upp|det kompenserar inte fullt ut för} {riskerna i hemmet|bristerna i omsorgen}.",
        "Utifrån detta bedömer socialtjänsten att {b} {är i behov av|behöver} {insats} för att {hennes} behov av {behov} ska tillgodoses.",
        "Mot bakgrund av {b}s egen berättelse tolkas {hennes} {trötthet|oro|tystnad} som ett tecken på att {hon} {bär ett stort ansvar hemma|är otrygg|inte får den omsorg {hon} behöver}.",
        "Å ena sidan {är mamma motiverad|vill föräldrarna ha stöd}, å andra sidan {har tidigare stöd inte gett varaktig förändring|är situationen skör}, vilket gör att {en insats med tät uppföljning|stöd under längre tid} bedöms nödvändig.",
    ],
    "analys_referat": [
        "Mamma uppger att {hon|familjen} {har haft det svårt|mår bättre nu|vill ha hjälp}.",
        "Skolan berättar att {b} {har hög frånvaro|ofta är trött|har svårt med koncentrationen}.",
        "Pappa säger att han {inte vet så mycket|är orolig|vill träffa {b} oftare}.",
        "Enligt {BVC|skolsköterskan|mentor} {har {b} ont i magen|har {b} missat besök|mår {b} dåligt}.",
        "Det har framkommit att {b} {tar hand om {s}|är mycket hemma|har få kompisar}.",
    ],
    "centrala_behov": [
        "{b}s centrala behov är {behov}, {en stabil skolgång|stöd i att hantera oro|vuxna som tar ansvar för vardagen}.",
        "{b} behöver {en vuxen att prata med|förutsägbara rutiner|skydd från {oro}} för att {hennes} utveckling ska tryggas.",
    ],
    "bedomning": [
        "Socialtjänsten bedömer att {b} är i behov av {insats} och att insatsen kan ges med vårdnadshavarnas samtycke.",
        "Bedömningen är att {b}s situation {kräver stöd|behöver följas upp} {och att en ny bedömning görs efter sex månader|inom ramen för en insats}.",
        "Barnets bästa {talar för|bedöms tala för} att {b} {bor kvar hemma med stöd|får stöd i sin skolgång|får ett samordnat stöd}.",
    ],
    "forslag": [
        "Föreslås att {b} beviljas {insats} {enligt 4 kap. 1 § socialtjänstlagen|som bistånd|med start snarast}.",
        "Utredningen avslutas med {insats|förslag om insats} och {ärendet överförs till|insatsen verkställs av} {utf}.",
    ],
    "fhb_kontakter": [
        "{Mamma|Vårdnadshavaren} {nåddes per telefon|kom på ett möte} och {bekräftade uppgifterna|berättade om situationen|var positiv till kontakt}.",
        "{anmalare} {kompletterade anmälan|lämnade ytterligare uppgifter} om {oro} {samma vecka|efter några dagar}.",
        "Uppgifterna om {oro} och {riskfaktor} ger {sammantaget|tillsammans} anledning att {utreda|undersöka} om {b} är i behov av stöd eller skydd.",
        "{b}s {situation|behov} behöver {utredas närmare|belysas} {eftersom|då} {anmalare} {har återkommande oro|beskriver en försämring}.",
    ],
    "plan_fragor": [
        "Vad beror {b}s {oro} på, och hur påverkas {hon} av den?",
        "Hur påverkar {riskfaktor} den dagliga omsorgen om {b}?",
        "Vilket stöd har {b} från {pappa|nätverket|skolan}?",
        "Vilka insatser behöver {b} och familjen, om några?",
    ],
    "insats_text": [
        "{utf} ska ge {insats} {två gånger i veckan|en gång i veckan|varannan vecka} under {sex|nio|tolv} månader.",
        "Insatsen ska {stärka föräldrarnas förmåga att|hjälpa familjen att} {skapa rutiner|tillgodose {b}s behov av {behov}|samarbeta med {skola}}.",
        "Uppföljning ska ske {var tredje månad|efter tre månader|vid möten med familjen} och {den första uppföljningen planeras till|nästa uppföljning hålls} {followup}.",
        "Ansvarig handläggare är {off} och kontaktperson hos utföraren {utses vid uppstarten|är namngiven i uppdraget}.",
    ],
}

GOALS_GOOD = [
    ("{b} ska ha minst {80|85|90} procent närvaro i skolan senast {goal_due}, mätt med skolans närvarorapport.",
     "Familjebehandling två gånger i veckan", "{goal_due}", "Mamma och {utf}"),
    ("Mamma ska följa {b} till skolan minst fyra dagar i veckan under {tre|sex} månader från {insats_date}.",
     "Stöd i morgonrutiner", "{goal_due}", "Mamma"),
    ("{b} ska ha en trygg vuxen att prata med varje vecka, och senast {goal_due} ska {hon} ha haft minst {10|12} samtal.",
     "Stödsamtal", "{goal_due}", "{utf}"),
    ("Föräldrarna ska ha deltagit i minst {8|10} föräldrastödsträffar senast {goal_due}.",
     "Föräldrastöd i grupp", "{goal_due}", "Föräldrarna"),
]
GOALS_VAGUE = [
    ("Målet är att familjen ska må bättre.", "Familjebehandling", "Tills vidare", "Familjen"),
    ("Att {b} ska få det bra.", "Stöd", "Under insatsen", "Alla"),
    ("Att situationen hemma ska förbättras.", "Samtal", "", "Mamma"),
    ("Öka tryggheten.", "Stödsamtal", "Löpande", "{utf}"),
]

PLACEHOLDER_TEXTS = ["Klicka eller tryck här för att ange text.", "Klicka här för att ange ett datum.", "Välj ett objekt."]


class Writer:
    """Accumulates a document as abstract blocks; ``render`` turns them into OOXML in one variant."""

    def __init__(self, case: Case, kind: str, title: str):
        self.case, self.kind, self.title = case, kind, title
        self.rng = case.rng
        self.blocks: list[tuple] = []
        self.slots = dict(case.slots)
        grade = max(0, case.age - 6)
        self.slots.update(age_grade=str(grade) if grade else "förskoleklass",
                          followup=iso(case.dates["followup"]), insats_date=iso(case.dates["insats"]),
                          goal_due=iso(case.dates["insats"] + dt.timedelta(days=180)))
        self.words = 0

    def h(self, level: int, text: str):
        self.blocks.append(("h", level, text))

    def p(self, text: str):
        self.blocks.append(("p", text))
        self.words += len(text.split())

    def li(self, text: str):
        self.blocks.append(("li", text))
        self.words += len(text.split())

    def facts(self, rows: list[tuple[str, str | None]]):  # value None = an unfilled content control
        self.blocks.append(("facts", rows))

    def table(self, header: list[str], rows: list[list[str]]):
        self.blocks.append(("table", header, rows))
        self.words += sum(len(c.split()) for r in rows for c in r)

    def placeholder(self, before: str = ""):
        self.blocks.append(("ph", before, self.rng.choice(PLACEHOLDER_TEXTS)))

    def fill(self, template: str) -> str:
        return fill(self.rng, template, self.slots)

    def paragraphs(self, pool: str, words: int, per: tuple[int, int] = (2, 5)) -> list[str]:
        """Paragraphs of 2–5 sentences from ``pool`` until about ``words`` words are written."""
        written, out = 0, []
        templates = POOLS[pool]
        while written < words:
            k = self.rng.randint(*per)
            text = " ".join(self.fill(self.rng.choice(templates)) for _ in range(k))
            self.p(text)
            out.append(text)
            written += len(text.split())
        return out


# --------------------------------------------------------------------------------------------
# Documents


def _header_facts(w: Writer, extra: list[tuple[str, str | None]]):
    c = w.case
    rows = [("Barnets namn", f"{c.child} {c.surname}"), ("Personnummer", c.pnr)]
    rows += extra
    rows.append((w.rng.choice(["Handläggare", "Ansvarig handläggare", "Socialsekreterare"]), f"{c.officer}, {c.unit}"))
    if "placeholders" in c.flags and w.rng.random() < 0.6:
        rows.append(("Vårdnadshavare", None))
    w.facts(rows)


def forhandsbedomning(c: Case, scale: float) -> Writer:
    w = Writer(c, "forhandsbedomning", "Förhandsbedömning")
    d = c.dates
    w.h(0, w.rng.choice(["Förhandsbedömning", "Förhandsbedömning enligt socialtjänstlagen", "Beslut om att inleda utredning"]))
    _header_facts(w, [("Anmälan inkom", iso(d["anmalan"])), ("Anmälare", c.theme["anmalare"].capitalize()),
                      ("Datum", iso(d["fhb"]))])
    w.h(1, w.rng.choice(["Anmälan", "Inkommen anmälan", "Orosanmälan"]))
    w.p(w.fill(f"Anmälan inkom {textual(d['anmalan'])} från {{anmalare_def}} och gäller {{oro}}."))
    w.paragraphs("bakgrund", int(160 * scale))
    w.h(1, "Skyddsbedömning")
    when = "samma dag" if d["skydd"] == d["anmalan"] else iso(d["skydd"])
    w.p(w.fill(f"En omedelbar skyddsbedömning gjordes {when} kl. {c.skydd_time}. {{b}} bedöms inte vara i behov av "
               f"omedelbart skydd eftersom {{hon}} bor med en vuxen som kan ge tillsyn."))
    w.h(1, w.rng.choice(["Förhandsbedömning", "Kontakter", "Inhämtade uppgifter"]))
    w.paragraphs("fhb_kontakter", int(220 * scale))
    if "placeholders" in c.flags:
        w.p("Övriga uppgifter: [Ange datum för kompletterande kontakt]")
    w.h(1, "Beslut")
    w.p(f"Beslut att inleda utredning fattades {iso(d['fhb'])} av {c.officer}.")
    return w


def utredningsplan(c: Case, scale: float) -> Writer:
    w = Writer(c, "utredningsplan", "Utredningsplan")
    w.h(0, "Utredningsplan")
    _header_facts(w, [("Utredning inledd", iso(c.dates["fhb"])), ("Datum", iso(c.dates["fhb"] + dt.timedelta(days=3)))])
    w.h(1, "Utredningsfrågor")
    for t in POOLS["plan_fragor"]:
        w.li(w.fill(t))
    w.h(1, "Kontakter och samtal")
    for t in ("Samtal med {b} enskilt, minst två tillfällen", "Samtal med mamma, hembesök", "Samtal med pappa",
              "{skola}, mentor och elevhälsa", "Nätverket: mormor"):
        w.li(w.fill(t))
    w.h(1, "Tidsplan")
    w.paragraphs("genomforande", int(120 * scale))
    return w


def utredning(c: Case, scale: float) -> Writer:
    w = Writer(c, "utredning", "Utredning")
    d, rng, f = c.dates, c.rng, c.flags
    target = 3000 * scale * rng.uniform(0.8, 1.25)
    law = "11 kap. 1 § SoL" if "old_law" in f else "socialtjänstlagen (2025:400)"
    w.h(0, rng.choice([f"Utredning enligt {law}", "Utredning", "Barnavårdsutredning", "BBIC-utredning"]))
    extra = [("Anmälan inkom", iso(d["anmalan"])), ("Utredning inledd", iso(d["fhb"]))]
    if "open_utr" not in f:
        extra += [("Utredning avslutad", iso(d["utr_end"])), ("Datum", iso(d["utr_end"]))]
    _header_facts(w, extra)
    weights = dict(bakgrund=0.09, genomforande=0.06, halsa=0.06, utbildning=0.07, kanslor_beteende=0.06,
                   sociala_relationer=0.05, barnets_berattelse=0.08, foraldrarnas_formaga=0.1, familj_miljo=0.07,
                   vardnadshavarnas_syn=0.05, risk_skydd=0.08, analys=0.12, centrala_behov=0.03, bedomning=0.05, forslag=0.03)
    words = {k: int(v * target) for k, v in weights.items()}
    earlier: list[str] = []

    def section(title_choices, pool, level=1):
        w.h(level, rng.choice(title_choices))
        earlier.extend(w.paragraphs(pool, words[pool]))

    w.h(1, rng.choice(["Bakgrund", "Anledning till utredning", "Ärendets aktualisering"]))
    w.p(w.fill(f"Anmälan inkom {iso(d['anmalan'])} från {{anmalare_def}}."))
    earlier.extend(w.paragraphs("bakgrund", words["bakgrund"]))
    if "no_plan" not in f and rng.random() < 0.5:
        w.h(1, "Utredningsplan")
        for t in POOLS["plan_fragor"]:
            w.li(w.fill(t))
    section(["Utredningens genomförande", "Kontakter och samtal", "Utredningsarbetet"], "genomforande")
    w.p(f"Utredningen inleddes {iso(d['fhb'])} efter beslut av {c.officer}.")
    w.h(1, rng.choice(["Barnets behov", "Barnets utveckling och behov"]))
    section(["Hälsa", "Barnets hälsa"], "halsa", 2)
    section(["Utbildning", "Skola", "Förskola och skola"] if c.age >= 6 else ["Förskola"], "utbildning", 2)
    section(["Känslor och beteende", "Känslomässig utveckling och beteende"], "kanslor_beteende", 2)
    section(["Sociala relationer", "Familj och sociala relationer", "Fritid och kamrater"], "sociala_relationer", 2)
    if "no_child_voice" not in f:
        section(["Barnets berättelse", "Samtal med barnet", "Barnets egen uppfattning"], "barnets_berattelse")
    elif "empty_heading" in f:
        w.h(1, "Barnets berättelse")
    section(["Föräldrarnas förmåga", "Omsorgsförmåga", "Vårdnadshavarnas förmåga"], "foraldrarnas_formaga")
    if "placeholders" in f:
        w.placeholder("Grundläggande omsorg: ")
        w.p("Beskriv hur vårdnadshavarna tillgodoser barnets behov av stimulans...")
    section(["Familj och miljö", "Familjens bakgrund och situation", "Nätverk"], "familj_miljo")
    section(["Vårdnadshavarnas synpunkter", "Föräldrarnas uppfattning"], "vardnadshavarnas_syn")
    w.h(1, rng.choice(["Risk- och skyddsfaktorer", "Riskfaktorer och skyddsfaktorer"]))
    w.paragraphs("risk_lista" if "unexplained_risk" in f else "risk_skydd", words["risk_skydd"], per=(1, 3))
    if "missing_analysis" in f:
        w.h(1, "Analys")
        w.p("Se ovan.")
    else:
        w.h(1, rng.choice(["Analys", "Analys och bedömning", "Utredarens analys"]))
        if "summary_analysis" in f:
            written = 0
            while written < words["analys"]:
                # retelling: sentences lifted from earlier sections, and reported speech
                sents = [rng.choice(re.split(r"(?<=\.) ", rng.choice(earlier))) if rng.random() < 0.6
                         else w.fill(rng.choice(POOLS["analys_referat"])) for _ in range(rng.randint(2, 4))]
                text = " ".join(sents)
                w.p(text)
                written += len(text.split())
        else:
            w.paragraphs("analys", words["analys"])
    if "empty_heading" in f and rng.random() < 0.5:
        w.h(1, "Barnets centrala behov")
    else:
        section(["Barnets centrala behov", "Centrala behov"], "centrala_behov")
    section(["Bedömning", "Socialtjänstens bedömning", "Samlad bedömning"], "bedomning")
    section(["Förslag till beslut", "Förslag"], "forslag")
    w.h(1, "Kommunicering")
    w.p("Utredningen har kommunicerats med vårdnadshavarna." if "open_utr" not in f else
        "Utredningen pågår och kommuniceras innan den avslutas.")
    if "open_utr" not in f:
        w.p(f"Utredningen avslutades {iso(d['utr_end'])}.")
    if "late_utr" in f and rng.random() < 0.3:
        w.p("Beslut om förlängning av utredningstiden fattades inte.")
    return w


def _goal_rows(w: Writer) -> list[list[str]]:
    pool = GOALS_VAGUE if "vague_goals" in w.case.flags else GOALS_GOOD
    picks = w.rng.sample(range(len(pool)), k=w.rng.randint(2, min(4, len(pool))))
    return [[w.fill(cell) for cell in pool[i]] for i in picks]


def vardplan(c: Case, scale: float) -> Writer:
    w = Writer(c, "vardplan", "Vårdplan")
    d = c.dates
    w.h(0, w.rng.choice(["Vårdplan", "Vårdplan för barn och unga"]))
    _header_facts(w, [("Insatsen startade", iso(d["insats"])), ("Datum", iso(d["utr_end"] + dt.timedelta(days=5)))])
    w.h(1, "Bakgrund")
    w.paragraphs("bakgrund", int(150 * scale))
    w.h(1, w.rng.choice(["Mål", "Mål för vården", "Mål och insatser"]))
    w.p(f"Målen formulerades {iso(d['goals'])} tillsammans med familjen.")
    w.table(["Mål", "Insats", "Tidsram", "Ansvarig"], _goal_rows(w))
    w.h(1, "Insatser")
    w.paragraphs("insats_text", int(200 * scale))
    w.h(1, "Uppföljning")
    w.p(f"Vården ska följas upp senast {iso(d['followup'])}.")
    return w


def genomforandeplan(c: Case, scale: float) -> Writer:
    w = Writer(c, "genomforandeplan", "Genomförandeplan")
    d = c.dates
    w.h(0, "Genomförandeplan")
    _header_facts(w, [("Insatsen startade", iso(d["insats"])), ("Utförare", c.provider),
                      ("Datum", iso(d["insats"] + dt.timedelta(days=7)))])
    w.h(1, "Insatsens syfte")
    w.paragraphs("insats_text", int(150 * scale))
    w.h(1, w.rng.choice(["Mål och delmål", "Delmål"]))
    rows = _goal_rows(w)
    if w.rng.random() < 0.5:
        w.table(["Delmål", "Så här gör vi", "Klart senast", "Ansvarig"], rows)
    else:
        for i, r in enumerate(rows, 1):
            w.p(f"Delmål {i}: {r[0]}")
    w.h(1, "Uppföljning")
    w.p(f"Nästa uppföljning hålls {iso(d['followup'])}.")
    if "placeholders" in c.flags:
        w.p("[Skriv här]")
    return w


def uppdrag(c: Case, scale: float) -> Writer:
    w = Writer(c, "uppdrag", "Uppdrag")
    w.h(0, w.rng.choice(["Uppdrag till utförare", "Uppdragsbeskrivning"]))
    _header_facts(w, [("Utförare", c.provider), ("Insatsen startade", iso(c.dates["insats"])),
                      ("Datum", iso(c.dates["utr_end"] + dt.timedelta(days=8)))])
    w.h(1, "Uppdraget")
    w.paragraphs("insats_text", int(250 * scale))
    w.h(1, "Mål")
    for r in _goal_rows(w):
        goal = r[0]
        if not goal.startswith(("Målet", "Att")):
            first, _, rest = goal.partition(" ")
            goal = f"Målet är att {first.lower() if first in ('Mamma', 'Föräldrarna') else first} {rest}"
        w.p(goal)
    return w


BUILDERS = {"forhandsbedomning": forhandsbedomning, "utredningsplan": utredningsplan, "utredning": utredning,
            "vardplan": vardplan, "genomforandeplan": genomforandeplan, "uppdrag": uppdrag}


def plan_documents(c: Case, only: tuple[str, ...] | None) -> list[str]:
    if only:
        return list(only)
    kinds = ["forhandsbedomning"]
    if "no_plan" not in c.flags and c.rng.random() < 0.4:
        kinds.append("utredningsplan")
    kinds.append("utredning")
    if "open_utr" not in c.flags:
        for k, p in (("vardplan", 0.5), ("genomforandeplan", 0.5), ("uppdrag", 0.3)):
            if c.rng.random() < p and len(kinds) < 5:
                kinds.append(k)
    while len(kinds) < 3:
        kinds.append(c.rng.choice(["vardplan", "genomforandeplan", "uppdrag"]) if "open_utr" not in c.flags
                     else "utredningsplan")
        if kinds.count(kinds[-1]) > 1:
            kinds.pop()
    return kinds


# --------------------------------------------------------------------------------------------
# OOXML

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
VARIANTS = ("styled", "styled_sv", "bold", "numbered", "caps")
ZIP_TIME = (2026, 1, 1, 0, 0, 0)


@lru_cache(maxsize=None)
def template(variant: str) -> tuple[tuple[tuple[str, bytes], ...], str]:
    """The parts of a python-docx package (all but document.xml and core.xml) and its w:sectPr."""
    import docx

    buf = io.BytesIO()
    docx.Document().save(buf)
    parts, sect = [], ""
    with zipfile.ZipFile(buf) as z:
        for name in z.namelist():
            data = z.read(name)
            if name == "word/document.xml":
                sect = re.search(rb"<w:sectPr.*</w:sectPr>", data, re.S).group(0).decode()
                continue
            if name in ("docProps/core.xml", "docProps/thumbnail.jpeg"):
                continue
            if name == "_rels/.rels":
                data = re.sub(rb'<Relationship[^>]*thumbnail[^>]*/>', b"", data)
            if name == "[Content_Types].xml":
                data = re.sub(rb'<Default Extension="jpeg"[^>]*/>', b"", data)
            if name == "word/styles.xml" and variant == "styled_sv":
                # a Swedish Word: localised style ids, English built-in names (as Word writes them)
                data = re.sub(rb'w:styleId="Heading(\d)"', rb'w:styleId="Rubrik\1"', data)
                data = re.sub(rb'w:val="Heading(\d)"', rb'w:val="Rubrik\1"', data)
                data = data.replace(b'w:styleId="ListBullet"', b'w:styleId="Punktlista"')
            parts.append((name, data))
    return tuple(parts), sect


def _t(text: str) -> str:
    return f'<w:t xml:space="preserve">{escape(text)}</w:t>'


def _para(text: str, style: str | None = None, bold: bool = False) -> str:
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f"<w:p>{ppr}<w:r>{rpr}{_t(text)}</w:r></w:p>"


def _sdt_run(text: str) -> str:
    return (f'<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/>'
            f"</w:rPr>{_t(text)}</w:r></w:sdtContent></w:sdt>")


def _cell(content: str, width: int) -> str:
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{content}</w:tc>'


def _table(rows: list[list[str]], header: bool, widths: list[int], placeholders: bool = False) -> str:
    grid = "".join(f'<w:gridCol w:w="{x}"/>' for x in widths)
    out = [f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>']
    for i, row in enumerate(rows):
        trpr = "<w:trPr><w:tblHeader/></w:trPr>" if header and i == 0 else ""
        cells = []
        for text, width in zip(row, widths):
            if text is None:
                content = f"<w:p>{_sdt_run('Klicka eller tryck här för att ange text.')}</w:p>"
            else:
                content = _para(text, bold=header and i == 0)
            cells.append(_cell(content, width))
        out.append(f"<w:tr>{trpr}{''.join(cells)}</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def render_body(blocks: list[tuple], variant: str) -> str:
    sv = variant == "styled_sv"
    styled = variant in ("styled", "styled_sv")
    out: list[str] = []
    n1 = n2 = 0
    for block in blocks:
        kind = block[0]
        if kind == "h":
            level, text = block[1], block[2]
            if level == 0:
                out.append(_para(text, "Title") if styled else _para(text, bold=True))
            elif styled:
                out.append(_para(text, f"{'Rubrik' if sv else 'Heading'}{level}"))
            elif variant == "bold":
                out.append(_para(text, bold=True))
            elif variant == "numbered":
                if level == 1:
                    n1, n2 = n1 + 1, 0
                    out.append(_para(f"{n1}. {text}"))
                else:
                    n2 += 1
                    out.append(_para(f"{n1}.{n2} {text}"))
            else:  # caps: level 1 in capitals, level 2 bold
                out.append(_para(text.upper()) if level == 1 else _para(text, bold=True))
        elif kind == "p":
            out.append(_para(block[1]))
        elif kind == "li":
            out.append(_para(block[1], "Punktlista" if sv else "ListBullet") if styled else _para("– " + block[1]))
        elif kind == "ph":
            out.append(f"<w:p><w:r>{_t(block[1])}</w:r>{_sdt_run(block[2])}</w:p>")
        elif kind == "facts":
            out.append(_table([[label, value] for label, value in block[1]], False, [3000, 6000]))
            out.append("<w:p/>")
        elif kind == "table":
            header, rows = block[1], block[2]
            out.append(_table([header] + rows, True, [9000 // len(header)] * len(header)))
            out.append("<w:p/>")
    return "".join(out)


def document_xml(blocks: list[tuple], variant: str, sect: str) -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}">'
            f"<w:body>{render_body(blocks, variant)}{sect}</w:body></w:document>").encode()


def core_xml(title: str, author: str, created: dt.date) -> bytes:
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:title>{escape(title)}</dc:title><dc:creator>{escape(author)}</dc:creator>"
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{created.isoformat()}T09:00:00Z</dcterms:created>'
            "</cp:coreProperties>").encode()


def write_docx(path: Path, blocks: list[tuple], variant: str, title: str, author: str, created: dt.date) -> int:
    parts, sect = template(variant)
    doc = document_xml(blocks, variant, sect)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as z:
        for name, data in parts[:1]:  # [Content_Types].xml first
            z.writestr(zipfile.ZipInfo(name, ZIP_TIME), data, zipfile.ZIP_DEFLATED)
        for name, data in (("word/document.xml", doc), ("docProps/core.xml", core_xml(title, author, created))):
            z.writestr(zipfile.ZipInfo(name, ZIP_TIME), data, zipfile.ZIP_DEFLATED)
        for name, data in parts[1:]:
            z.writestr(zipfile.ZipInfo(name, ZIP_TIME), data, zipfile.ZIP_DEFLATED)
    path.write_bytes(buf.getvalue())
    return len(doc)


def _text_of(blocks: list[tuple]) -> str:
    texts = []
    for b in blocks:
        if b[0] in ("h", "p", "li"):
            texts.append(b[-1])
        elif b[0] == "ph":
            texts.append(b[1] + b[2])
        elif b[0] == "facts":
            texts.extend(f"{k}: {v or ''}" for k, v in b[1])
        elif b[0] == "table":
            texts.extend(c for r in [b[1]] + b[2] for c in r)
    return "\n\n".join(texts)


# --------------------------------------------------------------------------------------------
# Entry points


def generate_case(out: Path, seed: int, number: int, scale: float = 1.0,
                  only: tuple[str, ...] | None = None) -> CaseInfo:
    case = make_case(seed, number)
    folder = out / case.id
    folder.mkdir(parents=True, exist_ok=True)
    info = CaseInfo(case.id, case.theme_name, sorted(case.flags))
    for i, kind in enumerate(plan_documents(case, only), 1):
        w = BUILDERS[kind](case, scale)
        variant = case.rng.choice(VARIANTS)
        name = f"{i:02d}_{kind}.docx"
        write_docx(folder / name, w.blocks, variant, w.title, case.officer, case.dates["anmalan"])
        text = _text_of(w.blocks)
        info.documents.append(name)
        info.words += len(text.split())
        info.chars += len(text)
    return info


def _worker(args) -> CaseInfo:
    return generate_case(*args)


def generate(out: Path, cases: int, seed: int = 1, scale: float = 1.0, only: tuple[str, ...] | None = None,
             jobs: int = 1, start: int = 1) -> list[CaseInfo]:
    """Write ``cases`` cases under ``out`` (case numbers ``start`` …) and ``out/manifest.json``; return their infos."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    only = tuple(only) if only else None
    tasks = [(out, seed, n, scale, only) for n in range(start, start + cases)]
    if jobs > 1 and cases > 20:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(jobs) as pool:
            infos = list(pool.map(_worker, tasks, chunksize=16))
    else:
        infos = [_worker(t) for t in tasks]
    manifest = dict(seed=seed, scale=scale, only=list(only) if only else None, cases=[asdict(i) for i in infos])
    (out / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    return infos


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m bench.generate", description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--cases", type=int, default=10)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--scale", type=float, default=1.0, help="Length multiplier (utredning ≈ 3,000 words × K).")
    ap.add_argument("--only", help="Comma-separated document kinds per case instead of the usual mix, e.g. utredning.")
    ap.add_argument("--jobs", type=int, default=1)
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    infos = generate(args.out, args.cases, args.seed, args.scale, tuple(args.only.split(",")) if args.only else None,
                     args.jobs)
    docs = sum(len(i.documents) for i in infos)
    words = sum(i.words for i in infos)
    print(f"{len(infos)} cases, {docs} documents, {words:,} words in {time.perf_counter() - t0:.1f} s -> {args.out}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
