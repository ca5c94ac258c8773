"""Swedish case material, part B: a teenager with drugs and crime; neglect of a young child; a placed
child in a foster home; a teenage girl with self-harm; a boy with ADHD and exhausted parents; a boy
caught in his parents' conflict."""

from __future__ import annotations


def ungdom(c) -> dict:
    b, m, p = c.b, c.m, c.p
    return dict(
        gender="m",
        reporter="polisen",
        anmalan=(f"{b}, 16 år, greps i centrum med 4 gram cannabis och misstänks för ringa narkotikabrott. Han "
                 f"förekommer sedan tidigare i en utredning om snatteri. Polisen beskriver att han umgås med en grupp "
                 f"äldre ungdomar som är kända för narkotikaförsäljning."),
        skydd=(f"{b} hämtades av mamma på polisstationen samma kväll. Han bor hemma och mamma är tillgänglig. Ingen "
               f"uppgift om hot eller våld mot {b}. Inget akut skyddsbehov."),
        fhb=[f"Upprepade brott, narkotikainnehav och umgänge med kriminellt aktiva äldre personer tyder på att {b} "
             f"riskerar en negativ utveckling."],
        fragor=[f"Hur omfattande är {b}s narkotikabruk och kriminalitet?",
                f"Vad behöver {b} för att bryta med det kriminella umgänget?",
                f"Vilken förmåga har mamma och pappa att sätta gränser och ha tillsyn?",
                f"Vilken insats kan minska risken för fortsatt brottslighet?"],
        kontakter=[f"Samtal med {b} (minst tre)", "Samtal med mamma och pappa, var för sig och gemensamt",
                   "Mentor och elevhälsa", "Polisen (kommunpolis)", "Fritidsgården", "Strukturerad riskbedömning (ESTER)",
                   "Urinprov (med samtycke)"],
        bakgrund=[
            f"{b} bor med sin mamma {m}. Pappa {p} bor i samma stad och {b} övernattar där ibland. Föräldrarna har "
            f"gemensam vårdnad. {b} har en storasyster, 20 år, som har flyttat hemifrån.",
            f"Socialtjänsten fick en första anmälan om {b} för ett år sedan, gällande snatteri. Förhandsbedömningen ledde "
            f"då inte till utredning eftersom föräldrarna själva ordnade kontakt med fältassistenterna. Kontakten "
            f"upphörde efter två månader.",
            f"Under det senaste halvåret har mamma märkt att {b} kommer hem allt senare, har fått nya kompisar och har "
            f"pengar som hon inte vet var de kommer ifrån."],
        bakgrund_kort=[f"{b} (16) bor med mamma. Gripen med cannabis; tidigare snatteri. Nytt äldre umgänge, sena kvällar, "
                       f"oklara pengar."],
        halsa=[f"{b} är frisk. Han uppger att han röker cannabis ”några gånger i veckan” för att kunna sova. Två av tre "
               f"urinprov under utredningen var positiva för cannabis; det senaste var negativt."],
        utbildning=[f"{b} går i årskurs 9. Frånvaron är 38 procent, nästan all ogiltig. Han har betyg i fem ämnen och "
                    f"riskerar att inte bli behörig till gymnasiet. Mentor beskriver honom som duktig i idrott och "
                    f"teknik och omtyckt av lärarna."],
        kanslor=[f"{b} beskrivs som lugn men kort i tonen hemma. Han blir arg när mamma frågar var han varit. I samtalen "
                 f"med utredaren var han först avvisande men öppnade sig efterhand."],
        sociala=[f"{b} har slutat spela fotboll. Han umgås främst med en grupp äldre ungdomar i centrum. Han har kvar "
                 f"en barndomsvän som han beskriver som ”den enda som inte håller på”."],
        barnets=[f"{b} har haft tre samtal med utredaren. Han säger att han röker för att sova och att han ”inte säljer, "
                 f"bara känner folk som gör det”. Han vill inte ha någon behandling men säger att han vill gå klart "
                 f"nian och bli elektriker.",
                 f"Han tycker att mamma ”tjatar” men säger också att han tycker det är bra att hon bryr sig. Han skulle "
                 f"kunna tänka sig att träffa någon ”om det inte är en psykolog”."],
        foraldrar=[f"{m} är engagerad och har försökt sätta gränser men beskriver sig som maktlös. Hon arbetar skift och "
                   f"är inte hemma alla kvällar. {p} har haft mindre insyn men är beredd att ta mer ansvar, bland annat "
                   f"genom att {b} bor hos honom fler nätter."],
        familj=[f"Familjen har god ekonomi och stabilt boende. Bostadsområdet har öppen narkotikaförsäljning enligt "
                f"polisen."],
        vh_syn=[f"Båda föräldrarna delar utredningens bild och är positiva till insats. {b} godtar insatsen men vill inte "
                f"ha fler urinprov än nödvändigt."],
        risker=[
            (f"{b} använder cannabis flera gånger i veckan.",
             f"Bruket har pågått i minst sex månader och bekräftas av två positiva prover. För en 16-åring innebär "
             f"regelbundet cannabisbruk risk för beroende, sämre minne och koncentration, vilket redan syns i "
             f"skolresultaten."),
            (f"Umgänget med äldre kriminellt aktiva personer.",
             f"Umgänget är den starkaste riskfaktorn för fortsatt brottslighet. Det har på ett halvår lett till att "
             f"{b} dragits in i narkotikamiljön, och det finns en risk att han utnyttjas för försäljning."),
            ("Hög skolfrånvaro.",
             f"Frånvaron på 38 procent gör att {b} riskerar att inte bli behörig till gymnasiet, vilket i sin tur ökar "
             f"risken att han blir kvar i det kriminella umgänget.")],
        skydd_f=["Engagerade föräldrar som samarbetar.", f"{b} har ett tydligt mål att bli elektriker.",
                 "En prosocial barndomsvän.", "Skolan är positiv och har erbjudit stöd."],
        analys=[
            f"{b} befinner sig i en tydlig riskutveckling: på ett år har han gått från snatteri till regelbundet "
            f"cannabisbruk och ett umgänge med äldre personer i narkotikamiljön. Umgänget bedöms vara den viktigaste "
            f"riskfaktorn, eftersom det både ger tillgång till narkotika och riskerar att {b} utnyttjas för "
            f"försäljning. Den höga frånvaron förstärker risken, eftersom skolan är den miljö som ger honom struktur och "
            f"prosociala kontakter.",
            f"Samtidigt har {b} flera skyddsfaktorer. Föräldrarna samarbetar och vill ta ansvar, och han har ett eget mål "
            f"som han återkommer till: att bli elektriker. Att han själv säger att han vill gå klart nian talar för att "
            f"han kan motiveras. Det senaste negativa provet tyder på att han kan avstå.",
            f"Riskbedömningen (ESTER) visar hög risk inom områdena kamrater och skola och låg risk inom familj. "
            f"Det talar för en insats som arbetar med {b} och föräldrarna tillsammans, med fokus på tillsyn, "
            f"skolnärvaro och alternativ till umgänget.",
            f"{b}s centrala behov är att bryta med det kriminella umgänget, att sluta använda cannabis och att komma "
            f"tillbaka till skolan så att han blir behörig till gymnasiet."],
        analys_kort=[f"Tydlig riskutveckling på ett år; umgänget är den viktigaste riskfaktorn, frånvaron förstärker. "
                     f"Skyddsfaktorer: föräldrarnas samarbete, eget yrkesmål, negativt senaste prov. ESTER: hög risk "
                     f"kamrater och skola. Centrala behov: bryta umgänget, sluta med cannabis, komma tillbaka till skolan."],
        analys_summary=[
            f"Polisen har anmält att {b} hade cannabis. {b} uppger att han röker för att sova. Mamma berättar att han "
            f"kommer hem sent och har nya kompisar. Pappa uppger att han har haft mindre insyn.",
            f"Skolan uppger att frånvaron är 38 procent. Mentor säger att {b} är duktig i idrott och teknik. Två urinprov "
            f"var positiva och ett negativt.",
            f"{b} säger att han vill bli elektriker. Sammanfattningsvis har {b} hög frånvaro och röker cannabis och "
            f"umgås med äldre ungdomar."],
        analys_areas=[
            f"Hälsa: cannabisbruket påverkar sömn och koncentration. {b} behöver sluta.",
            f"Utbildning: frånvaron gör att han riskerar att inte bli behörig. Han behöver gå i skolan.",
            f"Sociala relationer: umgänget ger tillgång till narkotika och risk för brott. Han behöver nya sammanhang.",
            f"Föräldrarnas förmåga: föräldrarna är engagerade men behöver stöd i tillsyn."],
        behov=f"{b}s centrala behov är att bryta med umgänget, sluta använda cannabis och komma tillbaka till skolan.",
        bedomning=[f"Socialtjänsten bedömer att {b} behöver en strukturerad öppenvårdsinsats för ungdomar och hans "
                   f"föräldrar, med drogtester. Vård utanför hemmet bedöms inte nödvändig nu eftersom föräldrarna "
                   f"samarbetar och {b} har visat att han kan avstå."],
        bedomning_utan_behov=[f"Socialtjänsten bedömer att {b} behöver stöd från öppenvården."],
        insats="ungdomsbehandling i öppenvård (Ungdomsteamet) med drogtester",
        utforare="Ungdomsteamet",
        mal=[
            (f"{b} lämnar negativa urinprov vid samtliga provtagningar (minst två per månad) från {c.fd(c.mal0)} till "
             f"{c.fd(c.mal2)}.", "Slumpmässiga urinprov", c.fd(c.mal2), f"{b}, behandlare"),
            (f"{b} har minst 80 procent närvaro i skolan varje månad till och med vårterminens slut, enligt skolans "
             f"närvarorapport.", "Veckovis kontakt behandlare–mentor", c.fd(c.mal1), f"{b}, mamma, mentor"),
            (f"{b} är hemma senast kl. 21 på vardagar och kl. 23 på helger minst sex av sju dagar per vecka, enligt "
             f"föräldrarnas veckoanteckningar, fram till uppföljningen {c.fd(c.uppf1)}.",
             "Föräldrasamtal varannan vecka", c.fd(c.uppf1), "Mamma, pappa")],
        mal_vaga=[(f"Att {b} ska sluta umgås med fel personer.", "Behandling", "", ""),
                  (f"Att {b} tar ansvar för sin skolgång.", "Samtal", "Löpande", ""),
                  ("Att föräldrarna ska bli bättre på att sätta gränser.", "Föräldrastöd", "", "")],
    )


def omsorgsbrist(c) -> dict:
    b, p = c.b, c.p
    return dict(
        gender="f",
        reporter="förskoleklassen",
        anmalan=(f"{b}, 6 år, kommer ofta hungrig till skolan, har samma kläder flera dagar i rad och luktar urin. "
                 f"Hon har synliga hål i tänderna och har sagt att det gör ont när hon äter. Pappa har inte kommit till "
                 f"två inbokade samtal."),
        skydd=(f"Inga uppgifter om våld eller att {b} lämnas ensam. Pappa hämtar varje dag. Omsorgsbristerna är "
               f"allvarliga men inte akuta; inget omedelbart skyddsbehov."),
        fhb=[f"Uppgifterna om hunger, hygien och obehandlad karies är tecken på omsorgsbrist som behöver utredas."],
        fragor=[f"Får {b} tillräcklig grundläggande omsorg (mat, hygien, tandvård, kläder)?",
                "Vad ligger bakom bristerna: ekonomi, pappas arbetstider, ork eller kunskap?",
                f"Vilket stöd kan göra att pappa klarar omsorgen om {b} och hennes syskon?"],
        kontakter=[f"Samtal med {b} (två tillfällen, med lek och bilder)", "Samtal med pappa och hembesök (två)",
                   "Lärare i förskoleklass", "Skolsköterska", "Folktandvården", "Mormor"],
        bakgrund=[
            f"{b} bor med sin pappa {p} och två bröder, 9 och 3 år, i en tvårumslägenhet. Mamma bor sedan två år i "
            f"Norge och har sporadisk kontakt per telefon. Pappa har ensam vårdnad sedan 2024.",
            f"Pappa arbetar natt på ett bageri fem nätter i veckan. Familjen har inte tidigare varit aktuell hos "
            f"socialtjänsten."],
        bakgrund_kort=[f"{b} (6) bor med pappa och två bröder i tvåa. Pappa nattarbetar. Anmälan från förskoleklass om "
                       f"hunger, hygien, karies."],
        halsa=[f"Folktandvården bekräftar karies i sex tänder och att två kallelser har uteblivit. Skolsköterskan har "
               f"noterat att {b} är liten för sin ålder men följer sin kurva."],
        utbildning=[f"{b} går i förskoleklass och trivs. Läraren beskriver att hon är trött på förmiddagarna och "
                    f"ibland somnar i vilan. Hon äter mycket vid skollunchen och frågar efter extra frukt."],
        kanslor=[f"{b} är en glad och social flicka men blir ledsen när andra barn kommenterar hennes kläder."],
        sociala=[f"{b} har kompisar i klassen. Hon träffar sin mormor, som bor i en grannkommun, ungefär en gång i månaden."],
        barnets=[f"Utredaren har träffat {b} två gånger i skolan, med pappas medgivande. Samtalen fördes med hjälp av "
                 f"bilder och ritande.",
                 f"{b} ritade sin familj och sade att pappa ”sover på dagen och jobbar på natten”. Hon sade att storebror "
                 f"gör frukost ”när det finns” och att hon tycker om skolmaten ”för att man får ta mer”. Hon berättade "
                 f"att det gör ont i tänderna när hon äter godis. På frågan om vad hon önskar sade hon ”att pappa är vaken "
                 f"när jag kommer hem”."],
        foraldrar=[f"{p} är mån om barnen och är själv bekymrad. Han beskriver att han sover mellan 08 och 14 och att "
                   f"niåringen har fått ta ansvar på morgnarna. Han har inte orkat boka om tandläkartiderna.",
                   f"Vid hembesöken var det stökigt och kylskåpet nästan tomt, men barnen hade sängar och pappa var varm "
                   f"och lyhörd mot dem. Han tog emot råd och bokade en tandläkartid samma dag."],
        familj=[f"Familjen bor trångt. Pappas lön räcker knappt till hyra och mat. Pappa har inte ansökt om "
                f"bostadsbidrag eller underhållsstöd. Mormor kan hjälpa till mer om hon får stöd med resor."],
        vh_syn=[f"{p} håller med om beskrivningen och vill ha hjälp, särskilt med ekonomin och morgnarna."],
        risker=[
            (f"{b} får inte regelbunden frukost och går hungrig till skolan.",
             f"Det sker flera dagar i veckan eftersom pappa sover och niåringen ansvarar. För {b} innebär det trötthet "
             f"och svårt att orka under förmiddagen, och på sikt risk för sämre tillväxt."),
            (f"Obehandlad karies i sex tänder.", f"{b} har ont när hon äter. Utan behandling riskerar hon infektioner "
             f"och att förlora tänder, och smärtan påverkar redan hennes ätande."),
            ("Pappas nattarbete och brist på ork.", f"Pappa sover när barnen behöver honom på morgonen och "
             f"eftermiddagen, vilket är den direkta orsaken till bristerna i mat, hygien och tandvård.")],
        skydd_f=["Pappa är kärleksfull och tar emot råd.", f"{b} trivs i skolan och äter skollunch.",
                 "Mormor vill hjälpa till."],
        analys=[
            f"Bristerna i {b}s omsorg är verkliga och har pågått länge: hon får inte regelbunden frukost, hennes hygien "
            f"brister och karies har inte behandlats. Utredningen visar att bristerna inte beror på ovilja utan på att "
            f"pappa ensam och med nattarbete inte har tid eller ork över när barnen är vakna. Det innebär att "
            f"råd inte räcker; familjen behöver praktiskt stöd och en förändrad vardag.",
            f"Pappas värme och hans vilja att ta emot hjälp är viktiga skyddsfaktorer, liksom att {b} trivs i skolan. "
            f"Att han bokade tandläkartid direkt visar att han kan agera när han får konkret stöd. Riskerna bedöms "
            f"därför kunna mötas med öppna insatser.",
            f"{b}s centrala behov är att äta frukost varje dag, att få sina tänder behandlade och att ha en vuxen som "
            f"är vaken och tillgänglig på morgnar och eftermiddagar."],
        analys_kort=[f"Bristerna är långvariga men beror på pappas situation, inte ovilja. Pappas värme och vilja att "
                     f"ta emot stöd väger upp. Centrala behov: daglig frukost, tandbehandling, tillgänglig vuxen."],
        analys_summary=[
            f"Skolan uppger att {b} kommer hungrig och har samma kläder. Tandvården uppger att hon har karies. Pappa "
            f"berättar att han jobbar natt. {b} säger att hon tycker om skolmaten.",
            f"Vid hembesöken var det stökigt. Pappa bokade tandläkartid. Mormor uppger att hon kan hjälpa till."],
        analys_areas=[
            f"Hälsa: karies i sex tänder, vilket ger smärta. Hon behöver tandvård.",
            f"Utbildning: trött på förmiddagarna på grund av utebliven frukost. Hon behöver äta frukost.",
            f"Känslor: ledsen när kläderna kommenteras. Hon behöver rena kläder.",
            f"Föräldrarnas förmåga: pappa är varm men orkar inte, vilket är orsaken till bristerna."],
        behov=f"{b}s centrala behov är daglig frukost, tandbehandling och en tillgänglig vuxen.",
        bedomning=[f"Socialtjänsten bedömer att familjen behöver familjebehandling med praktiskt stöd i hemmet och "
                   f"hjälp att söka de ekonomiska stöd familjen har rätt till."],
        bedomning_utan_behov=["Socialtjänsten bedömer att familjen behöver stöd."],
        insats="familjebehandling med praktiskt stöd i hemmet",
        utforare="Familjeteamet",
        mal=[
            (f"{b} äter frukost hemma eller på fritids varje skoldag, enligt lärarens veckorapport, från {c.fd(c.mal0)}.",
             "Frukostrutin planeras; fritids frukost ansöks", c.fd(c.mal0), "Pappa, familjebehandlare"),
            (f"{b}s karies är färdigbehandlad senast {c.fd(c.mal1)}, enligt Folktandvården.",
             "Behandlare följer med till tandvården", c.fd(c.mal1), "Pappa"),
            (f"Pappa har ansökt om bostadsbidrag och underhållsstöd senast {c.fd(c.mal0)}.",
             "Stöd vid ansökan", c.fd(c.mal0), "Pappa, behandlare")],
        mal_vaga=[(f"Att {b} får en bättre omsorg.", "Familjebehandling", "", ""),
                  ("Att pappa hittar strategier för vardagen.", "Samtal", "Löpande", "")],
    )


def placering(c) -> dict:
    b, m = c.b, c.m
    return dict(
        gender="f",
        reporter="vuxenpsykiatrin",
        anmalan=(f"Mamma {m} har lagts in akut på psykiatrisk klinik i psykotiskt tillstånd. {b}, 9 år, var ensam "
                 f"hemma när ambulansen kom och har ingen annan vårdnadshavare."),
        skydd=(f"{b} behövde omedelbart boende. Hon placerades samma kväll i jourhem med mammas samtycke."),
        fhb=[f"{b} saknar i nuläget vårdnadshavare som kan ge omsorg."],
        fragor=[f"Hur länge kommer mamma att behöva vård och kan hon därefter ge {b} omsorg?",
                f"Var kan {b} bo under tiden: i nätverket eller i familjehem?",
                f"Vad har {b} varit med om under mammas försämring?"],
        kontakter=[f"Samtal med {b}", "Mamma och hennes behandlare", "Skolan", "Morbror", "Jourhemmet"],
        bakgrund=[
            f"{b} har bott ensam med mamma {m} som har en bipolär sjukdom. Pappan är okänd. Mamma har tidigare "
            f"vårdats inneliggande två gånger, då {b} bodde hos morbror. Morbror har nu flyttat utomlands.",
            f"{b} placerades i jourhem och därefter i familjehemmet Eriksson i grannkommunen. Mamma har samtyckt till "
            f"vård enligt SoL."],
        bakgrund_kort=[f"{b} (9) placerad i familjehem efter mammas akuta insjuknande (bipolär sjukdom, psykos). "
                       f"Mamma samtycker."],
        halsa=[f"{b} är frisk men hade vid placeringen sömnsvårigheter och mardrömmar. Hon har fått en hälsoundersökning "
               f"och en tandläkarkontroll efter placeringen."],
        utbildning=[f"{b} har bytt till en skola nära familjehemmet och går i årskurs 3. Hon har läs- och "
                    f"skrivsvårigheter och får specialpedagogiskt stöd två gånger i veckan."],
        kanslor=[f"{b} oroar sig för mamma och har svårt att somna dagar före umgänge. Hon har knutit an till "
                 f"familjehemsmamman."],
        sociala=[f"{b} har fått två kompisar i nya klassen och har börjat på dans."],
        barnets=[f"{b} säger att hon trivs i familjehemmet men saknar mamma. Hon vill träffa mamma oftare men ”inte "
                 f"när hon är sjuk”. Hon vill bo kvar i familjehemmet tills mamma är frisk."],
        foraldrar=[f"Mamma har stabiliserats med medicin men behandlaren bedömer att hon behöver minst ett år innan hon "
                   f"kan ta ansvar för den dagliga omsorgen."],
        familj=[f"Familjehemmet Eriksson består av två vuxna och en son, 14 år. De har tidigare erfarenhet av "
                f"familjehemsuppdrag."],
        vh_syn=[f"Mamma samtycker till placeringen och önskar umgänge varannan vecka."],
        risker=[(f"Mammas psykiska sjukdom med återkommande skov.",
                 f"Vid skov kan mamma inte ge {b} omsorg; senast var {b} ensam när ambulansen kom. Det har gjort {b} "
                 f"orolig och vaksam, vilket märks i hennes sömnsvårigheter.")],
        skydd_f=["Stabilt familjehem.", f"{b} har en god relation till mamma när mamma mår bra.", "Stöd i skolan."],
        analys=[f"{b} behöver ett tryggt boende under mammas behandling, fortsatt kontakt med mamma och stöd i skolan."],
        analys_kort=[],
        analys_summary=[],
        analys_areas=[],
        behov=(f"{b}s centrala behov är ett stabilt boende under mammas behandling, en trygg och förutsägbar kontakt "
               f"med mamma och stöd i läsning och skrivning."),
        bedomning=[],
        bedomning_utan_behov=[],
        insats="vård i familjehem",
        utforare="Familjehemmet Eriksson",
        mal=[
            (f"{b} somnar före kl. 21 minst fem av sju kvällar per vecka, enligt familjehemmets anteckningar, senast "
             f"{c.fd(c.mal1)}.", "Kvällsrutin med familjehemsmamma", c.fd(c.mal1), "Familjehemmet"),
            (f"{b} träffar mamma varannan söndag kl. 11–15; minst 80 procent av planerade umgängen genomförs till "
             f"{c.fd(c.mal2)}.", "Umgänge på mammas hemort, familjehemmet skjutsar", c.fd(c.mal2), "Mamma, familjehemmet, socialsekreterare"),
            (f"{b} läser en bok på sin nivå på 20 minuter tre gånger i veckan och når skolans läsmål för årskurs 3 senast "
             f"{c.fd(c.mal1)}.", "Specialpedagog två gånger per vecka; läsning hemma", c.fd(c.mal1), "Skolan, familjehemmet")],
        mal_vaga=[(f"Att {b} ska känna sig trygg i familjehemmet.", "", "", "Familjehemmet"),
                  (f"Att {b} har en bra kontakt med mamma.", "Umgänge", "Löpande", ""),
                  (f"Att {b} utvecklas i skolan.", "Stöd", "", "Skolan")],
    )


def psykisk(c) -> dict:
    b, m, p = c.b, c.m, c.p
    return dict(
        gender="f",
        reporter="BUP",
        anmalan=(f"{b}, 15 år, har vid två besök på BUP visat färska skärsår på underarmarna. Hon har berättat om "
                 f"svåra konflikter hemma och att pappa kallar henne ”lat och värdelös”. BUP är oroliga för att "
                 f"föräldrarna inte förstår allvaret."),
        skydd=(f"{b} har pågående kontakt med BUP som har gjort en suicidriskbedömning och inte funnit akut risk. "
               f"Inga uppgifter om fysiskt våld. Inget omedelbart skyddsbehov, men skyndsam utredning."),
        fhb=[f"Självskadebeteende i kombination med nedsättande bemötande hemma ger anledning att utreda."],
        fragor=[f"Hur ser {b}s självskadebeteende ut och vad utlöser det?",
                "Hur fungerar kommunikationen och konflikthanteringen i familjen?",
                f"Vilket stöd behöver {b} och föräldrarna utöver BUP:s behandling?"],
        kontakter=[f"Samtal med {b} (tre)", "Samtal med mamma och pappa", "BUP-behandlare", "Elevhälsan", "Mentor"],
        bakgrund=[
            f"{b} bor med mamma {m}, pappa {p} och två yngre syskon. Familjen har inte varit aktuell tidigare.",
            f"{b} har haft kontakt med BUP sedan i våras för nedstämdhet. Självskadandet började enligt henne själv i "
            f"höstas efter en konflikt med en kompis och har ökat."],
        bakgrund_kort=[f"{b} (15), BUP-kontakt för nedstämdhet; skär sig sedan hösten. Konflikter hemma."],
        halsa=[f"{b} skär sig på underarmarna, enligt henne själv ungefär en gång i veckan, oftast på kvällen efter "
               f"bråk hemma. Hon sover dåligt och äter oregelbundet. BUP har påbörjat DBT-inspirerad behandling."],
        utbildning=[f"{b} går i årskurs 9 och har höga betyg men har börjat missa lektioner. Mentor har märkt att hon "
                    f"drar sig undan."],
        kanslor=[f"{b} beskriver sig själv som ”tom” och säger att skärandet gör att hon ”känner något”. Hon blir "
                 f"lätt arg på sina föräldrar och stänger in sig på rummet."],
        sociala=[f"{b} har en nära vän men har tappat kontakten med den tidigare kompisgruppen."],
        barnets=[f"{b} har haft tre samtal med utredaren. Hon säger att hon vill att föräldrarna ”slutar skrika” och att "
                 f"pappa ”bara ser betygen”. Hon vill bo kvar hemma men vill ha ”någon som kan prata med mamma och "
                 f"pappa så att de fattar”. Hon vill inte att skolan ska veta om självskadan."],
        foraldrar=[f"Föräldrarna är oroliga men har svårt att förstå självskadan och blir rädda och arga. Pappa säger att "
                   f"han ”vill få henne att skärpa sig” och inser efter samtal att orden sårar. Mamma är mer lyhörd men "
                   f"undviker konflikter med pappa."],
        familj=[f"Båda föräldrarna arbetar heltid. God ekonomi och boende. Farmor bor nära och har god kontakt med {b}."],
        vh_syn=[f"Föräldrarna godtar utredningens bedömning. Pappa anser att beskrivningen av honom är hård men "
                f"vill delta i familjebehandling."],
        risker=[(f"{b} skadar sig själv.",
                 f"Självskadan sker ungefär en gång i veckan sedan i höstas och utlöses ofta av konflikter hemma. Den "
                 f"är ett sätt att hantera svåra känslor och innebär risk för allvarligare skador och fördjupad psykisk "
                 f"ohälsa."),
                (f"Nedsättande bemötande från pappa och hög konfliktnivå.",
                 f"Konflikterna sker flera gånger i veckan. Pappas ord förstärker {b}s känsla av att vara värdelös och "
                 f"utlöser självskadan.")],
        skydd_f=["Pågående BUP-behandling.", "Föräldrarna är oroliga och vill ta emot stöd.", f"{b} har en nära vän och farmor."],
        analys=[
            f"{b}s självskadebeteende är det allvarligaste i utredningen. Det har ökat under hösten och utlöses "
            f"i regel av konflikter hemma. Det innebär att BUP:s individuella behandling inte räcker så länge "
            f"konflikterna fortsätter; familjens sätt att kommunicera behöver förändras för att självskadan ska minska.",
            f"Föräldrarnas oro och vilja att delta, liksom BUP-kontakten, är viktiga skyddsfaktorer. Pappas insikt "
            f"efter samtalen talar för att en förändring är möjlig. {b}s önskan att bo kvar hemma och få hjälp att nå "
            f"fram till föräldrarna väger tungt utifrån hennes ålder.",
            f"{b}s centrala behov är att konflikterna hemma minskar, att föräldrarna bemöter henne utan nedsättande ord "
            f"och kan hantera självskadan lugnt, och att hon fortsätter sin behandling på BUP."],
        analys_kort=[f"Självskadan utlöses av konflikter hemma; individuell behandling räcker inte utan förändrad "
                     f"kommunikation. Föräldrarnas vilja och BUP är skyddsfaktorer. Centrala behov: färre konflikter, "
                     f"bemötande utan nedsättande ord, fortsatt BUP."],
        analys_summary=[
            f"BUP har anmält att {b} skär sig. {b} berättar att föräldrarna skriker. Pappa uppger att han vill att hon "
            f"skärper sig. Mamma uppger att hon är orolig.",
            f"Mentor uppger att {b} har börjat missa lektioner. {b} har en nära vän. Av utredningen framgår att familjen "
            f"har god ekonomi."],
        analys_areas=[
            f"Hälsa: självskadan utlöses av konflikter. {b} behöver behandling.",
            f"Känslor och beteende: känsla av tomhet. Hon behöver hjälp att hantera känslor.",
            f"Föräldrarnas förmåga: pappas bemötande förstärker problemen. Föräldrarna behöver stöd."],
        behov=f"{b}s centrala behov är färre konflikter hemma, ett respektfullt bemötande och fortsatt behandling på BUP.",
        bedomning=[f"Socialtjänsten bedömer att familjen behöver familjebehandling (FFT) och att en samordnad individuell "
                   f"plan (SIP) med BUP och skolan upprättas."],
        bedomning_utan_behov=["Socialtjänsten bedömer att familjen behöver stöd."],
        insats="familjebehandling enligt FFT samt SIP med BUP och skolan",
        utforare="FFT-teamet",
        mal=[
            (f"{b} skadar sig högst en gång per månad under perioden {c.fd(c.mal0)}–{c.fd(c.mal1)}, enligt hennes "
             f"egen veckoskattning hos BUP.", "DBT-färdigheter på BUP; FFT-sessioner varje vecka", c.fd(c.mal1), f"{b}, BUP"),
            (f"Familjen har högst en konflikt per vecka där någon höjer rösten, enligt familjens egen "
             f"veckoskattning, vid uppföljningen {c.fd(c.uppf1)}.", "FFT-sessioner", c.fd(c.uppf1), "Hela familjen"),
            (f"En SIP med BUP, skolan och familjen är upprättad senast {c.fd(c.mal0)}.", "Kallelse till SIP-möte",
             c.fd(c.mal0), "Socialsekreterare")],
        mal_vaga=[(f"Att {b} ska må bättre.", "Behandling", "", ""),
                  ("Att familjen får bättre kommunikation.", "FFT", "Löpande", "Familjen"),
                  ("Att föräldrarna får ökad förståelse för självskadebeteende.", "", "", "")],
    )


def npf(c) -> dict:
    b, m, p = c.b, c.m, c.p
    return dict(
        gender="m",
        reporter="skolan",
        anmalan=(f"{b}, 10 år, kom till skolan med blåmärken på överarmen och berättade för fritidspersonalen att pappa "
                 f"”tog tag hårt” när han vägrade gå och lägga sig. {b} har ADHD och har många konflikter i skolan."),
        skydd=(f"{b} har berättat om ett enstaka tillfälle. Han vill gå hem. Mamma nåddes och bekräftade händelsen; "
               f"pappa har själv tagit kontakt och vill ha hjälp. Inget omedelbart skyddsbehov."),
        fhb=[f"Uppgift om fysiskt våld från förälder. Utredning ska inledas."],
        fragor=[f"Har {b} utsatts för våld vid fler tillfällen?", f"Hur klarar föräldrarna att hantera {b}s ADHD-relaterade svårigheter?",
                "Vilket stöd behöver familjen för att konflikterna inte ska leda till våld?"],
        kontakter=[f"Samtal med {b} (två)", "Samtal med mamma och pappa", "Skolan och fritids", "Habiliteringen",
                   "BUP (utredande läkare)"],
        bakgrund=[
            f"{b} bor med mamma {m}, pappa {p} och lillasyster, 6 år. {b} fick diagnosen ADHD för ett år sedan och "
            f"medicineras. Familjen har sökt stöd hos habiliteringen men står i kö.",
            f"Föräldrarna beskriver att kvällarna är kaotiska: {b} har svårt att varva ner och bråken om läggning kan "
            f"pågå i över en timme."],
        bakgrund_kort=[f"{b} (10), ADHD. Pappa tog hårt i honom vid läggning, blåmärke. Föräldrarna utmattade."],
        halsa=[f"{b} har ADHD och tar medicin på morgonen. Effekten går ur vid 17-tiden. Han sover sällan före 22.30."],
        utbildning=[f"{b} har en elevassistent delar av dagen. Han klarar kunskapskraven men har konflikter med "
                    f"klasskamrater ungefär varannan dag."],
        kanslor=[f"{b} blir snabbt frustrerad och kan slå och kasta saker, men är också lättad och ångerfull efteråt."],
        sociala=[f"{b} har en bästa kompis och går på parkour en gång i veckan, vilket han älskar."],
        barnets=[f"{b} har haft två samtal med utredaren. Han säger att pappa ”blev jättearg och höll hårt” och att det "
                 f"gjorde ont. Han säger att det bara hänt en gång men att pappa ofta skriker på kvällen. Han vill att "
                 f"kvällarna ska vara ”lugna” och att pappa ”inte blir så arg”. Han vill inte att pappa ska flytta."],
        foraldrar=[f"Föräldrarna är engagerade och har läst på om ADHD, men de är utmattade. Pappa tar själv upp händelsen, "
                   f"skäms och säger att han ”aldrig vill göra om det”. Mamma bekräftar att det är första gången pappa "
                   f"tagit fysiskt i {b}, men att tonen blivit hårdare det senaste året."],
        familj=[f"Båda föräldrarna arbetar. Farföräldrarna bor nära och tar {b} en helg i månaden."],
        vh_syn=[f"Föräldrarna håller med om beskrivningen och vill delta i föräldrastöd."],
        risker=[(f"Pappa har använt fysiskt våld mot {b} vid ett tillfälle.",
                 f"Våldet skedde i en situation som upprepas varje kväll: konflikter vid läggning när båda är trötta. "
                 f"För {b} innebär det en risk att utsättas igen och att han blir rädd för sin pappa. Att pappa själv "
                 f"tar avstånd från handlingen minskar men tar inte bort risken."),
                ("Föräldrarnas utmattning.", f"Föräldrarna har kört fast i ett mönster av skrik och hot under det senaste "
                 f"året. Det gör att {b}s utbrott blir fler och att risken för nya våldssituationer ökar.")],
        skydd_f=["Föräldrar som tar ansvar och söker hjälp.", "Farföräldrarna avlastar.", f"{b} har en kompis och parkour."],
        analys=[
            f"Utredningen visar att pappas våld mot {b} var en enskild händelse, men att den skedde i en situation som "
            f"återkommer varje kväll. Föräldrarna är utmattade och har fastnat i ett mönster där skrik och hot ersatt "
            f"strategier som fungerar för ett barn med ADHD. Det innebär att risken för nya våldssituationer är verklig om "
            f"inget förändras.",
            f"Pappas öppenhet och ånger, föräldrarnas engagemang och farföräldrarnas avlastning är betydande "
            f"skyddsfaktorer. {b} själv vill att kvällarna ska bli lugna och att pappa inte ska flytta, vilket stämmer med "
            f"bedömningen att familjen kan förändra situationen med rätt stöd.",
            f"{b}s centrala behov är att vara skyddad från våld, att ha föräldrar som kan hantera hans utbrott lugnt och "
            f"förutsägbart, och att kvällarna får en struktur som gör att han kan varva ner."],
        analys_kort=[f"En våldshändelse, men i en situation som upprepas varje kväll; föräldrarna utmattade. Pappas ånger och "
                     f"engagemang väger upp. Centrala behov: skydd, lugnt bemötande, kvällsstruktur."],
        analys_summary=[f"Skolan har anmält att {b} hade blåmärken. Pappa uppger att han tog hårt i {b}. Mamma berättar att "
                        f"kvällarna är kaotiska. {b} säger att pappa skriker. Skolan uppger att {b} har konflikter."],
        analys_areas=[f"Hälsa: ADHD, medicinen går ur på kvällen. Han behöver kvällsstruktur.",
                      f"Känslor: utbrott. Han behöver bemötas lugnt.",
                      f"Föräldrarnas förmåga: utmattade; risk för ny våldssituation. De behöver föräldrastöd."],
        behov=f"{b}s centrala behov är skydd från våld, lugnt bemötande av hans utbrott och en kvällsstruktur.",
        bedomning=[f"Socialtjänsten bedömer att föräldrarna behöver föräldrastöd anpassat för barn med ADHD och att "
                   f"familjen bör få avlösning i form av kontaktfamilj en helg i månaden."],
        bedomning_utan_behov=["Föräldrarna behöver föräldrastöd."],
        insats="föräldrastöd (Komet, NPF-anpassat) och kontaktfamilj",
        utforare="Föräldrastödsteamet",
        mal=[
            (f"Föräldrarna deltar i samtliga elva träffar i föräldraprogrammet som avslutas senast {c.fd(c.mal1)}.",
             "Komet i grupp, torsdagar", c.fd(c.mal1), "Mamma, pappa"),
            (f"{b} ligger i sängen senast kl. 21.00 minst fem av sju kvällar per vecka, enligt föräldrarnas "
             f"kvällsschema, vid uppföljningen {c.fd(c.uppf1)}.", "Visuellt kvällsschema", c.fd(c.uppf1), "Föräldrarna"),
            (f"Ingen förälder tar fysiskt tag i {b} i konflikt; föräldrarna och {b} bekräftar det var för sig vid "
             f"uppföljningen {c.fd(c.uppf1)}.", "Föräldrastöd, säkerhetsplan", c.fd(c.uppf1), "Föräldrarna")],
        mal_vaga=[(f"Att {b} och föräldrarna får en bättre relation.", "Föräldrastöd", "", ""),
                  ("Att föräldrarna hittar strategier.", "Kurs", "Under hösten", ""),
                  (f"Att {b} utvecklas positivt.", "", "", "")],
    )


def umgange(c) -> dict:
    b, m, p = c.b, c.m, c.p
    return dict(
        gender="m",
        reporter="mamma",
        anmalan=(f"Mamma {m} anmäler oro för sin son {b}, 11 år, som sedan tre månader vägrar komma till henne på "
                 f"umgänge. Hon tror att pappa påverkar honom och att {b} hör nedsättande saker om henne."),
        skydd=(f"{b} bor hos pappa, går i skolan och har inga skador. Konflikten gäller föräldrarna. Inget "
               f"omedelbart skyddsbehov."),
        fhb=[f"Konflikten mellan föräldrarna har pågått länge och {b} uppges må dåligt. Utredning inleds för att belysa "
             f"{b}s situation."],
        fragor=[f"Hur påverkas {b} av föräldrarnas konflikt?", f"Vad vill {b} själv?",
                f"Finns det omständigheter hos någon förälder som innebär risk för {b}?"],
        kontakter=[f"Samtal med {b} (två)", "Samtal med mamma", "Samtal med pappa", "Skolan", "Familjerätten"],
        bakgrund=[f"{b}s föräldrar separerade för fyra år sedan och har gemensam vårdnad. {b} har bott växelvis fram till "
                  f"i våras och bor nu hos pappa {p}. Mamma har en ny sambo sedan ett år.",
                  f"Föräldrarna har haft tre samarbetssamtal hos familjerätten utan att komma överens."],
        bakgrund_kort=[f"{b} (11) bor hos pappa, vill inte till mamma sedan tre månader. Långvarig konflikt."],
        halsa=[f"{b} är frisk men har ont i magen på söndagar, den dag han tidigare flyttade mellan föräldrarna."],
        utbildning=[f"Skolan beskriver {b} som ambitiös. Han har varit frånvarande vid några tillfällen med magont."],
        kanslor=[f"{b} beskrivs som en ansvarstagande pojke som vill att alla ska vara nöjda. Han gråter lätt när "
                 f"föräldrarna kommer på tal."],
        sociala=[f"{b} har många kompisar och spelar handboll."],
        barnets=[f"{b} säger att han vill bo hos pappa ”för att det är lugnt där” och att mammas sambo ”skriker på "
                 f"mamma”. Han saknar mamma och vill träffa henne, men helst utan sambon. Han säger att pappa ”säger dumma "
                 f"saker om mamma” och att han inte vill höra det."],
        foraldrar=[f"Båda föräldrarna ger {b} god omsorg i vardagen. Båda har svårt att hålla honom utanför konflikten, "
                   f"och pappa talar nedsättande om mamma i {b}s närvaro. Mamma bekräftar att hon och sambon har grälat högljutt."],
        familj=[f"Båda föräldrarna har bostad och arbete. Mormor är ett stöd för {b}."],
        vh_syn=[f"Mamma tycker att utredningen är för snäll mot pappa. Pappa godtar den."],
        risker=[(f"{b} är fast i föräldrarnas konflikt.",
                 f"Konflikten har pågått i fyra år. {b} hör nedsättande ord om mamma och högljudda gräl hos mamma, och "
                 f"reagerar med magont och oro. Risken är att han tvingas välja sida och förlorar relationen till mamma.")],
        skydd_f=["Båda föräldrarna ger god vardagsomsorg.", f"{b} har kompisar, handboll och mormor."],
        analys=[f"{b} påverkas tydligt av konflikten: magont vid byten och oro. Hans önskan att bo hos pappa är förståelig "
                f"men hans saknad efter mamma visar att han behöver båda. Föräldrarnas omsorg i vardagen är god, och risken "
                f"gäller konflikten, inte omsorgen. {b}s centrala behov är att hållas utanför konflikten och att få en "
                f"trygg kontakt med mamma."],
        analys_kort=[],
        analys_summary=[],
        analys_areas=[],
        behov=f"{b}s centrala behov är att hållas utanför konflikten och få en trygg kontakt med mamma.",
        bedomning=[f"Socialtjänsten bedömer att {b} inte behöver insatser från socialtjänsten utöver att föräldrarna "
                   f"hänvisas till familjerätten för samarbetssamtal. Utredningen avslutas utan insats."],
        bedomning_utan_behov=[],
        insats="",
        utforare="",
        mal=[],
        mal_vaga=[],
    )
