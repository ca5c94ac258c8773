"""Swedish case material, part A: school absence with a depressed mother; violence in the home;
an infant and a mother's drug use. Each theme returns the building blocks of a case (texts per
section, risk and protective factors, analysis versions, goals). ``c`` is the case context."""

from __future__ import annotations


def skolfranvaro(c) -> dict:
    b, m, p = c.b, c.m, c.p
    return dict(
        gender="f",
        reporter="skolan (rektor och skolkurator)",
        anmalan=(f"{b}s frånvaro har ökat under hela terminen och ligger nu på 46 procent. Hon kommer ofta för sent, "
                 f"verkar trött och har sagt till mentor att hon ”måste hjälpa till hemma” eftersom mamma ligger i sängen "
                 f"på dagarna. Skolan har inte fått kontakt med mamma på tre veckor."),
        skydd=(f"Uppgifterna gäller skolfrånvaro och oro för omsorgen, inte våld eller akut fara. {b} går hem till "
               f"mamma varje dag och det finns inga uppgifter om att hon är utan tillsyn nattetid. Inget akut skyddsbehov "
               f"bedöms föreligga."),
        fhb=[f"Mamma {m} nåddes per telefon och bekräftade att hon är sjukskriven för depression sedan i våras. Hon är "
             f"positiv till kontakt och säger själv att hon ”inte orkar med morgnarna”.",
             f"Uppgifterna om hög frånvaro, att {b} tar ansvar för hemmet och att vårdnadshavaren är svår att nå ger "
             f"sammantaget anledning att utreda om {b} är i behov av stöd eller skydd."],
        fragor=[f"Vad beror {b}s skolfrånvaro på, och hur påverkas hon av den?",
                f"Hur påverkar mammas psykiska mående den dagliga omsorgen om {b} och hennes bror?",
                f"Vilket stöd har {b} från pappa och nätverket?",
                f"Vilka insatser behöver {b} och familjen, om några?"],
        kontakter=[f"Samtal med {b} enskilt (minst två tillfällen)", "Samtal med mamma, hembesök",
                   "Samtal med pappa (telefon/Teams)", "Mentor och skolkurator", "Elevhälsans skolsköterska",
                   "Mammas behandlare på vuxenpsykiatrin (med samtycke)", "Mormor"],
        bakgrund=[
            f"{b} bor med sin mamma {m} och lillebror Vincent, 8 år, i en trerumslägenhet. Föräldrarna separerade när {b} "
            f"var fem år. Pappa {p} bor sedan 2022 i Göteborg och har umgänge med barnen varannan helg under terminerna "
            f"och två veckor på sommaren.",
            f"Familjen har inte varit aktuell hos socialtjänsten tidigare, utöver en anmälan 2019 från förskolan om "
            f"Vincents språkutveckling som inte ledde till utredning.",
            f"Orosanmälan från skolan gällde {b}s ökande frånvaro och uppgifter om att hon tar ett stort ansvar hemma "
            f"när mamma mår dåligt. Mentor har beskrivit att {b} har sagt att hon väcker och klär Vincent på morgnarna "
            f"och att hon ”inte kan gå till skolan om mamma inte har ätit”."],
        bakgrund_kort=[f"{b} bor med mamma och lillebror Vincent (8). Pappa bor i Göteborg, umgänge varannan helg. "
                       f"Aktualiserad via orosanmälan från skolan om hög frånvaro (46 %) och ansvar i hemmet."],
        halsa=[f"{b} är enligt skolsköterskan frisk men har vid två hälsosamtal under hösten beskrivit huvudvärk och "
               f"svårt att somna. Hon har fått råd om sömn men uppger själv att hon ofta är vaken efter midnatt och "
               f"tittar på mobilen ”för att inte tänka”.",
               f"Hon är vaccinerad enligt programmet och har inga kända diagnoser."],
        utbildning=[f"{b} går i årskurs 7. Frånvaron var 46 procent vid anmälan och har under utredningstiden legat "
                    f"mellan 35 och 50 procent per månad. Frånvaron är störst måndagar och tisdagar och nästan alltid "
                    f"på förmiddagen.",
                    f"Mentor beskriver {b} som begåvad och omtyckt. Hon hade godkända betyg i alla ämnen i årskurs 6 men "
                    f"riskerar nu att inte nå kunskapskraven i matematik, engelska och NO. Skolan har erbjudit "
                    f"anpassad studiegång och studiero i ett mindre rum, vilket {b} har använt vid några tillfällen."],
        kanslor=[f"{b} beskrivs av mentor som ”vuxen för sin ålder” och av mormor som ”den som håller ihop familjen”. "
                 f"I samtalen med utredaren var hon vänlig och välformulerad men blev tyst och såg ned när mammas mående "
                 f"kom upp. Hon sade att hon ibland är arg på mamma och sedan skäms över det.",
                 f"Det finns inga uppgifter om självskada. {b} har själv sagt att hon ”oroar sig hela tiden” för vad som "
                 f"händer hemma när hon är i skolan."],
        sociala=[f"{b} har två nära kompisar från mellanstadiet men har slutat gå på innebandyträningen i höstas. Hon har "
                 f"god kontakt med mormor Birgitta som bor i samma område och som hon besöker flera gånger i veckan.",
                 f"Relationen till pappa beskrivs av båda som god men {b} vill inte berätta för honom hur det är hemma, "
                 f"eftersom hon inte vill att han ska ”bli arg på mamma”."],
        barnets=[f"{b} har haft tre enskilda samtal med utredaren, två i skolan och ett på socialkontoret. Mamma "
                 f"och pappa tillfrågades i förväg och var positiva till samtalen.",
                 f"{b} berättade att mamma ”ligger mest i sängen” och att hon själv gör frukost till Vincent, följer honom "
                 f"till skolan och ibland stannar hemma ”för att se att mamma äter”. Hon sade att det har varit så sedan "
                 f"sommarlovet. Hon vill gå i skolan och sade: ”Jag vill inte bli den som inte klarar nian.”",
                 f"På frågan om vad som skulle hjälpa svarade {b} att mamma behöver ”någon som hjälper henne på riktigt” "
                 f"och att hon själv vill ha någon vuxen att prata med som ”inte berättar allt för mamma direkt”. Hon vill "
                 f"bo kvar hemma."],
        foraldrar=[f"{m} har en depression sedan våren och är heltidssjukskriven. Hon har kontakt med vuxenpsykiatrin "
                   f"och har nyligen fått ny medicinering. Hon beskriver själv att hon har svårt att komma upp på "
                   f"morgnarna och att hon ”vet att {b} gör för mycket”.",
                   f"Vid hembesöken var hemmet städat och det fanns mat. {m} var varm och uppmärksam i kontakten med barnen "
                   f"och kunde reflektera kring {b}s situation. Samtidigt har hon under hösten inte svarat på skolans "
                   f"kontaktförsök och hon har inte själv kunnat se till att {b} kommer iväg på morgonen.",
                   f"Pappa {p} har regelbundet umgänge men har inte känt till frånvaron. Han är angelägen om att hjälpa till "
                   f"och har erbjudit sig att ta större ansvar, bland annat genom att ha kontakt med skolan."],
        familj=[f"Familjen har en stabil bostad och mamma har sjukpenning. Ekonomin beskrivs som ansträngd men "
                f"tillräcklig. Mormor Birgitta bor fem minuter bort och hjälper till med matinköp och ibland hämtning av "
                f"Vincent.",
                f"Det finns inget som tyder på missbruk hos någon av föräldrarna. Det finns inte heller några "
                f"uppgifter om våld i familjen."],
        vh_syn=[f"{m} delar bilden av att {b} tar för stort ansvar och vill ha hjälp. {p} är positiv till insatser och "
                f"vill vara delaktig i samverkan med skolan."],
        risker=[
            (f"Mammas depression påverkar hennes förmåga att ge {b} daglig omsorg och struktur.",
             f"Depressionen har pågått i minst sex månader och gör att mamma inte orkar med morgnarna. För {b} innebär det "
             f"att hon själv tar över vuxenuppgifter, vilket är den direkta orsaken till en stor del av frånvaron."),
            (f"Den höga skolfrånvaron är i sig en riskfaktor.",
             f"Frånvaron har legat över 35 procent i tre månader. Forskning visar att långvarig frånvaro i högstadiet ökar "
             f"risken för ofullständiga betyg och psykisk ohälsa; för {b} märks redan risk för underkänt i tre ämnen."),
            (f"{b} har tagit på sig ett föräldraansvar (parentifiering).",
             f"Hon tar hand om sin bror och vakar över mammas mående, vilket enligt henne själv gör att hon oroar sig hela "
             f"tiden och sover dåligt. Över tid riskerar hon att få egna ångestbesvär.")],
        skydd_f=[f"Mamma är medveten om problemen, tar emot vård och är positiv till stöd.",
                 f"Pappa och mormor är engagerade och tillgängliga.",
                 f"{b} är begåvad, har en stark vilja att klara skolan och har kompisar.",
                 "Skolan är engagerad och har redan erbjudit anpassningar."],
        analys=[
            f"{b}s frånvaro är enligt utredningen inte ett uttryck för skolvägran eller problem i skolan, utan en följd av "
            f"situationen hemma. Mammas depression gör att {b} tar över ansvar för sin bror och för mammas mående, vilket "
            f"innebär att hon stannar hemma när hon är orolig. Det talar för att frånvaron inte kommer att minska med "
            f"enbart skolans åtgärder.",
            f"Det som väger tyngst som risk är att {b} under lång tid har burit ett ansvar som inte motsvarar hennes ålder. "
            f"Hon sover dåligt, oroar sig ständigt och har börjat dra sig undan fritidsaktiviteter. Om situationen "
            f"fortsätter bedöms det sannolikt att hon inte når behörighet till gymnasiet och att hon utvecklar egen "
            f"psykisk ohälsa.",
            f"Samtidigt finns starka skyddsfaktorer. Mamma har insikt, tar emot behandling och har en varm relation till "
            f"barnen. Pappa och mormor kompenserar till viss del och kan ta en större roll. {b} själv är motiverad och "
            f"har en tydlig bild av vad hon behöver. Sammantaget bedöms riskerna kunna mötas med stöd i hemmet, och det "
            f"finns inget som talar för att {b} behöver vård utanför hemmet.",
            f"Utifrån {b}s ålder och mognad väger hennes egen uppfattning tungt. Hon vill bo kvar hemma, gå i skolan och "
            f"ha en vuxen att prata med. {b}s centrala behov är att bli avlastad från ansvaret för mamma och bror, att "
            f"komma tillbaka till en regelbunden skolgång och att få ett eget stöd för sin oro."],
        analys_kort=[
            f"Frånvaron är en följd av mammas depression och att {b} tar över vuxenansvar, inte av problem i skolan. "
            f"Det innebär att skolans åtgärder inte räcker. Risken är att {b} tappar behörighet och utvecklar egen ohälsa; "
            f"hon sover redan dåligt och oroar sig ständigt. Skyddsfaktorer: mammas insikt och behandling, pappa och "
            f"mormor, {b}s egen motivation. Sammantaget kan behoven mötas i hemmet.",
            f"Centrala behov: avlastning från ansvaret hemma, regelbunden skolgång och eget stöd för oron."],
        analys_summary=[
            f"Skolan har anmält oro för {b}s frånvaro som var 46 procent. Mamma {m} uppger att hon har en depression och "
            f"är sjukskriven. {b} berättar att hon hjälper till hemma och att hon gör frukost till Vincent.",
            f"Mentor uppger att {b} är begåvad och omtyckt. Skolsköterskan berättar att {b} har haft huvudvärk. Mormor "
            f"uppger att {b} är den som håller ihop familjen. Pappa uppger att han inte har känt till frånvaron.",
            f"Det har framkommit att {b} har slutat på innebandyn. Vid hembesöken var hemmet städat. Mamma har kontakt "
            f"med vuxenpsykiatrin."],
        analys_areas=[
            f"Hälsa: {b} har huvudvärk och sover dåligt, vilket bedöms hänga ihop med oro för mamma. Hon behöver få "
            f"hjälp med sömnen.",
            f"Utbildning: frånvaron är hög och hon riskerar underkänt i tre ämnen eftersom hon stannar hemma när mamma "
            f"mår dåligt. Hon behöver komma till skolan.",
            f"Känslor och beteende: {b} oroar sig mycket och skäms över sin ilska. Hon behöver någon att prata med.",
            f"Sociala relationer: {b} har kompisar och mormor men har slutat med innebandyn, vilket bedöms vara en följd "
            f"av att hon inte orkar. Hon behöver en fritidsaktivitet.",
            f"Föräldrarnas förmåga: mamma har insikt och tar emot vård men orkar inte med morgnarna, vilket gör att {b} tar "
            f"över. Pappa och mormor är resurser."],
        behov=(f"{b}s centrala behov är avlastning från ansvaret för mamma och bror, en regelbunden skolgång och eget "
               f"stöd för sin oro."),
        bedomning=[f"Socialtjänsten bedömer att {b} är i behov av stöd i form av familjebehandling i hemmet och "
                   f"enskilda stödsamtal. Insatserna ska syfta till att avlasta {b}, stärka mammas och pappas samarbete "
                   f"kring skolgången och ge {b} ett eget utrymme för sin oro. {b}s bästa bedöms vara att bo kvar hemma "
                   f"med det stödet."],
        bedomning_utan_behov=[f"Socialtjänsten bedömer att familjen är i behov av stöd. Familjebehandling föreslås."],
        insats="familjebehandling i hemmet samt enskilda stödsamtal för " + b,
        utforare="Familjeteamet, Individ- och familjeomsorgen",
        mal=[
            (f"{b} har minst 85 procent närvaro i skolan, mätt med skolans närvarorapport, senast {c.fd(c.mal1)}.",
             "Morgonrutin planeras med mamma; pappa har veckovis kontakt med mentor", c.fd(c.mal1), "Mamma, pappa, familjebehandlare"),
            (f"{b} väcker och klär inte Vincent på vardagsmorgnar; mamma eller mormor gör det minst fyra av fem "
             f"vardagar per vecka, enligt familjens veckoschema, från och med {c.fd(c.mal0)}.",
             "Veckoschema med mamma och mormor, gås igenom varje vecka", c.fd(c.mal0), "Mamma, mormor"),
            (f"{b} har haft minst åtta enskilda stödsamtal och skattar sin oro högst 4 på en skala 0–10 vid "
             f"uppföljningen {c.fd(c.uppf1)}.", "Enskilda stödsamtal varannan vecka", c.fd(c.uppf1), f"{b}, stödsamtalsbehandlare")],
        mal_vaga=[(f"Att {b} ska må bättre och känna sig tryggare.", "Familjebehandling", "Löpande", "Familjebehandlare"),
                  ("Att skolsituationen förbättras.", "Samverkan med skolan", "Under behandlingstiden", "Familjen"),
                  (f"Att mamma får ökad förståelse för {b}s behov.", "Samtal", "Framöver", "")],
    )


def vald(c) -> dict:
    b, m, p = c.b, c.m, c.p
    return dict(
        gender="m",
        reporter="polisen",
        anmalan=(f"Polisen larmades till familjens bostad efter att grannar hört skrik och slag. {p} greps misstänkt "
                 f"för misshandel av {m}. {b}, 8 år, och hans lillasyster Ella, 4 år, var hemma och vakna. {b} hade "
                 f"låst in sig i badrummet med Ella när polisen kom."),
        skydd=(f"Pappa är gripen och mamma har uppgett att hon och barnen kan bo hos hennes syster de närmaste dagarna. "
               f"Mamma har skyddat barnen och samarbetar. Skyddsbehovet bedöms tillgodosett för stunden; ny bedömning "
               f"när pappa släpps."),
        fhb=[f"Barnet har bevittnat våld i hemmet. Enligt Socialstyrelsens föreskrifter ska utredning inledas "
             f"skyndsamt när ett barn kan ha bevittnat våld av närstående."],
        fragor=[f"Vad har {b} varit med om och hur påverkas han av våldet?",
                f"Kan {m} skydda {b} och Ella från fortsatt våld?",
                f"Hur ser {b} på sin pappa och på umgänge?",
                f"Vilket stöd behöver {b} för att bearbeta det han har upplevt?"],
        kontakter=[f"Samtal med {b} (minst två)", "Samtal med mamma", "Samtal med pappa", "Skolan och fritids",
                   "Förskolan (Ella)", "Polisen, förundersökningsuppgifter", "Kvinnojouren (med samtycke)"],
        bakgrund=[
            f"{b} bor med sin mamma {m} och lillasyster Ella. Pappa {p} har bott i familjen fram till händelsen i "
            f"{c.fmon(c.anm)} och har därefter flyttat till sin bror. Föräldrarna har gemensam vårdnad.",
            f"Familjen aktualiserades efter en polisanmälan. Mamma har i utredningen berättat att pappa har varit "
            f"våldsam mot henne vid ett tiotal tillfällen de senaste två åren, oftast efter alkohol på helger. Barnen "
            f"har enligt mamma varit hemma vid de flesta tillfällena.",
            f"Det har inte funnits tidigare kontakter med socialtjänsten. Förundersökningen mot pappa pågår."],
        bakgrund_kort=[f"Aktualiserad efter polisanmälan: pappa misstänkt för misshandel av mamma i hemmet med {b} och "
                       f"Ella närvarande. Mamma beskriver ett tiotal våldstillfällen på två år. Pappa har flyttat ut."],
        halsa=[f"{b} är frisk. Mamma berättar att han sedan i somras har börjat kissa i sängen igen, ungefär en natt i "
               f"veckan, och att han har svårt att somna om han inte får sova i hennes säng."],
        utbildning=[f"{b} går i årskurs 2. Läraren beskriver honom som en duktig läsare men med svårt att koncentrera "
                    f"sig. Han har efter händelsen varit frånvarande tre dagar och har vid två tillfällen börjat gråta "
                    f"på lektionen utan att kunna säga varför."],
        kanslor=[f"{b} beskrivs som en omtänksam pojke som gärna hjälper sin syster. Fritidspersonalen har märkt att han "
                 f"blir mycket rädd vid höga ljud och att han har svårt att hantera konflikter med andra barn; han "
                 f"antingen drar sig undan helt eller blir arg och slår."],
        sociala=[f"{b} har kompisar i klassen och spelar fotboll en gång i veckan. Han har en nära relation till "
                 f"morfar som han träffar varje helg."],
        barnets=[f"Utredaren har träffat {b} två gånger, en gång på skolan och en gång i hemmet. Båda föräldrarna "
                 f"tillfrågades och var positiva till samtalen.",
                 f"{b} berättade att ”pappa blir en annan när han dricker öl” och att han brukar ta med Ella in i "
                 f"badrummet ”så att hon inte ser”. Han sade att han var rädd att pappa skulle ”slå ihjäl mamma” den "
                 f"senaste gången.",
                 f"{b} sade att han saknar pappa och vill träffa honom, men ”bara om någon annan vuxen är med”. Han ville "
                 f"att utredaren skulle säga till pappa att sluta dricka."],
        foraldrar=[f"{m} har skyddat barnen genom att polisanmäla och låta pappa flytta ut. Hon är ledsen och trött men "
                   f"har hållit ihop vardagen: barnen kommer till skola och förskola och hon söker själv stöd hos "
                   f"kvinnojouren. Hon har svårt att prata med {b} om det som hänt och säger att hon ”inte vill riva upp”.",
                   f"{p} medger att han har ”tappat kontrollen” vid några tillfällen men förnekar att barnen sett våldet. "
                   f"Han vill träffa barnen och har ansökt om plats i behandling för våldsutövare. Han har inte velat "
                   f"diskutera sitt alkoholbruk."],
        familj=[f"Familjen bor i en hyresrätt. Mamma arbetar som undersköterska, pappa som lagerarbetare. Mammas "
                f"syster och morfar finns nära och stöttar."],
        vh_syn=[f"{m} instämmer i utredningens beskrivning. {p} anser att våldet är överdrivet beskrivet men godtar "
                f"förslaget om att umgänge ska ske med stöd."],
        risker=[
            (f"{b} har upprepade gånger bevittnat pappas våld mot mamma.",
             f"Våldet har enligt mamma pågått i två år, ungefär en gång i månaden. För {b} har det inneburit att han "
             f"tagit ansvar för att skydda sin syster, och han visar nu tecken på stress: sängvätning, sömnsvårigheter och "
             f"rädsla vid höga ljud. Att bevittna våld är i sig en form av psykisk utsatthet som ökar risken för "
             f"ångest och beteendeproblem."),
            (f"Pappas alkoholkonsumtion.",
             f"Våldet har i stort sett bara skett när pappa druckit. Så länge han inte vill se över alkoholen finns "
             f"risk att våldet upprepas vid umgänge utan stöd.")],
        skydd_f=[f"Mamma har agerat skyddande och pappa har flyttat ut.",
                 f"{b} har ett fungerande nätverk med morfar och moster.",
                 f"{b} kan sätta ord på vad han varit med om."],
        analys=[
            f"{b} har under lång tid levt med pappas våld mot mamma. Våldet har varit återkommande, i regel när pappa "
            f"druckit, och {b} har varit närvarande vid de flesta tillfällena. Det innebär att {b} har levt med en "
            f"ständig beredskap: han har skyddat sin syster och varit rädd för mammas liv. De symtom som skola, fritids och "
            f"mamma beskriver, sängvätning, sömnsvårigheter, koncentrationssvårigheter och rädsla vid höga ljud, är "
            f"typiska stressreaktioner hos barn som upplevt våld.",
            f"Mamma har agerat skyddande genom att polisanmäla och låta pappa flytta ut, vilket är den viktigaste "
            f"skyddsfaktorn. Risken bedöms i nuläget främst gälla umgänget med pappa. Eftersom pappa inte vill se över "
            f"alkoholen och förnekar att barnen sett våldet, bedöms det finnas en risk att {b} utsätts för nya "
            f"skrämmande situationer om umgänge sker utan stöd.",
            f"{b} vill träffa sin pappa men bara med en annan vuxen närvarande. Hans önskan bedöms vara väl "
            f"genomtänkt och stämmer med socialtjänstens bedömning. Mamma har svårt att prata med {b} om våldet, vilket "
            f"gör att han riskerar att bära upplevelserna själv.",
            f"{b}s centrala behov är att vara skyddad från fortsatt våld, att få bearbeta det han upplevt med stöd "
            f"av en vuxen och att få en trygg och förutsägbar kontakt med sin pappa."],
        analys_kort=[
            f"{b} har under två år bevittnat återkommande våld, vilket förklarar hans stressreaktioner (sängvätning, "
            f"sömn, rädsla). Mamma har skyddat barnen; risken finns nu främst vid umgänge eftersom pappa förnekar och inte "
            f"vill se över alkoholen. Centrala behov: skydd, bearbetning, trygg kontakt med pappa."],
        analys_summary=[
            f"Polisen har anmält att pappa misshandlat mamma när barnen var hemma. Mamma uppger att våldet har pågått i "
            f"två år. {b} berättar att pappa blir en annan när han dricker öl.",
            f"Skolan uppger att {b} har svårt att koncentrera sig. Fritids berättar att han blir rädd vid höga ljud. "
            f"Mamma uppger att han kissar i sängen. Pappa uppger att han har tappat kontrollen några gånger.",
            f"{b} säger att han vill träffa pappa om en annan vuxen är med. Mamma har sökt stöd hos kvinnojouren."],
        analys_areas=[
            f"Hälsa: sängvätning och sömnsvårigheter bedöms vara stressreaktioner på våldet. {b} behöver sova tryggt.",
            f"Utbildning: koncentrationssvårigheterna hänger sannolikt ihop med oro. Han behöver stöd i skolan.",
            f"Känslor och beteende: rädsla och utbrott vid konflikter. Han behöver bearbeta det han varit med om.",
            f"Sociala relationer: morfar och fotbollen är viktiga resurser. Relationen till pappa behöver vara trygg."],
        behov=(f"{b}s centrala behov är skydd från fortsatt våld, bearbetning av det han har upplevt och en trygg "
               f"kontakt med pappa."),
        bedomning=[f"Socialtjänsten bedömer att {b} är i behov av stödsamtal för barn som upplevt våld och att umgänge "
                   f"med pappa bör ske med umgängesstöd tills vidare. Mamma bör erbjudas stödsamtal för att kunna prata "
                   f"med {b} om våldet. Detta bedöms vara förenligt med {b}s bästa och med hans egen önskan."],
        bedomning_utan_behov=[f"Socialtjänsten bedömer att {b} är i behov av stöd och föreslår stödsamtal."],
        insats=f"stödsamtal för barn som upplevt våld (Trappan-modellen) för {b} och stödsamtal för mamma",
        utforare="Barn- och ungdomsenheten, våldsteamet",
        mal=[
            (f"{b} har genomfört samtliga åtta Trappan-samtal senast {c.fd(c.mal1)} och kan i det avslutande samtalet "
             f"berätta vad han kan göra och vem han ringer om han blir rädd hemma.",
             "Trappan-samtal varje vecka", c.fd(c.mal1), "Samtalsbehandlare, mamma skjutsar"),
            (f"Mamma och {b} har minst tre gemensamma samtal om det som hänt, och mamma kan vid uppföljningen "
             f"{c.fd(c.uppf1)} beskriva hur hon svarar när {b} frågar om våldet.",
             "Stödsamtal för mamma varannan vecka", c.fd(c.uppf1), "Mamma, behandlare"),
            (f"Umgänge mellan {b} och pappa sker varannan lördag kl. 10–13 med umgängesstöd; minst fem av sex "
             f"planerade tillfällen genomförs till och med {c.fd(c.mal2)}.",
             "Umgängesstöd", c.fd(c.mal2), "Umgängesstödjare, pappa")],
        mal_vaga=[(f"Att {b} ska bearbeta sina upplevelser.", "Samtal", "", "Behandlare"),
                  ("Att mamma ska stärkas i sitt föräldraskap.", "Stödsamtal", "Under tiden", "Mamma"),
                  (f"Att {b} ska ha en bra relation till pappa.", "Umgänge", "På sikt", "")],
    )


def spadbarn(c) -> dict:
    b, m = c.b, c.m
    return dict(
        gender="f",
        reporter="BVC-sjuksköterskan",
        anmalan=(f"Vid besök på BVC uppfattades mamma {m} som påverkad: hon var sluddrig, hade svårt att hålla i {b} "
                 f"och somnade nästan i väntrummet. {b}, 10 månader, har inte ökat i vikt sedan förra besöket och två "
                 f"besök har uteblivit."),
        skydd=(f"Socialsekreterare och polis gjorde hembesök samma kväll. Mamma var nykter enligt polisens bedömning "
               f"och mormor fanns på plats. Mormor stannar över natten och nästa dag; inget omedelbart skyddsbehov "
               f"utöver det."),
        fhb=[f"{b} är ett spädbarn som är helt beroende av sin förälder. Uppgifterna om påverkan och utebliven "
             f"viktuppgång är allvarliga."],
        fragor=[f"Använder mamma droger eller läkemedel på ett sätt som påverkar omsorgen om {b}?",
                f"Får {b} den grundläggande omsorg hon behöver: mat, sömn, hygien och vård?",
                "Vilket stöd finns i nätverket?",
                f"Vad behöver {b} för att hennes omsorg ska vara säker?"],
        kontakter=["Hembesök (minst tre, varav ett oanmält)", "Observation av samspel mamma–barn",
                   "BVC-sjuksköterska och BVC-läkare", "Mammas kontakt på beroendemottagningen",
                   "Mormor", "Pappa (om möjligt)", "Urinprov (med samtycke)"],
        bakgrund=[
            f"{b} bor med sin mamma {m}, 21 år, i en tvårumslägenhet. Pappan finns inte med i {b}s liv; "
            f"faderskapet är fastställt men han har ingen kontakt med henne.",
            f"Mamma har tidigare haft ett missbruk av amfetamin och cannabis som ungdom och var aktuell hos "
            f"socialtjänsten som 16-åring. Hon uppger att hon har varit drogfri sedan hon blev gravid. Under "
            f"graviditeten hade hon kontakt med mödrahälsovården och lämnade negativa prover."],
        bakgrund_kort=[f"{b}, 10 mån, bor med mamma (21). Mamma har tidigare missbruk, uppger drogfrihet sedan "
                       f"graviditeten. Anmälan från BVC: mamma påverkad vid besök, {b} har stått still i vikt."],
        halsa=[f"{b} föddes fullgången. Viktkurvan har planat ut de senaste två månaderna och hon ligger nu under sin "
               f"egen kurva. BVC-läkaren har inte funnit någon medicinsk förklaring. Efter att mormor började hjälpa till "
               f"med måltiderna har {b} ökat 300 gram på tre veckor."],
        utbildning=[f"{b} är för liten för förskola. Hon har inte plats i förskola och mamma har inte ansökt."],
        kanslor=[f"{b} är enligt BVC en kontaktsökande flicka som ler och jollrar. Vid observationerna sökte hon "
                 f"tröst hos mamma när hon blev ledsen och lugnade sig när mamma tog upp henne."],
        sociala=[f"{b} träffar mormor flera gånger i veckan. Mammas sociala nätverk är i övrigt litet."],
        barnets=[f"{b} var 10 månader när utredningen inleddes och har inte kunnat samtala. Hennes situation har i stället belysts genom "
                 f"observation vid tre hembesök, varav ett oanmält, och genom BVC:s iakttagelser.",
                 f"Observation vid hembesök visade att {b} var ren, adekvat klädd och alert. Hon sökte ögonkontakt med "
                 f"mamma och lekte en stund själv på golvet. Vid det oanmälda besöket sov hon när utredaren kom; mamma "
                 f"väckte henne varsamt och gav henne välling. Samspelet bedömdes som varmt men ibland osynkront: "
                 f"mamma missade vid några tillfällen {b}s signaler om hunger när hon själv var trött."],
        foraldrar=[f"{m} är kärleksfull och mån om {b}. Hon medger att hon vid BVC-besöket hade tagit ”några "
                   f"tabletter” (bensodiazepiner som hon fått av en bekant) för att hon inte sovit på flera nätter. "
                   f"Hon har därefter lämnat fyra urinprov, samtliga negativa.",
                   f"Hon har svårt att hålla rutiner för mat och sömn och blir lätt överväldigad. Hon tar emot råd och har "
                   f"själv bett om hjälp med sömnen."],
        familj=[f"Mamma har försörjningsstöd och bor i en liten lägenhet. Mormor Eva är mammas och {b}s viktigaste "
                f"stöd och har sagt att hon kan hjälpa till dagligen under en period."],
        vh_syn=[f"{m} har tagit del av utredningen. Hon tycker att den är rättvis men hade inte velat att "
                f"tablettintaget skulle stå med. Hon är positiv till stöd."],
        risker=[
            (f"Mamma har ett tidigare missbruk och har nyligen tagit icke förskrivna lugnande tabletter.",
             f"Tablettintaget ledde till att mamma var påverkad när hon ensam ansvarade för {b}. För ett spädbarn "
             f"innebär en påverkad förälder en direkt risk: {b} kan inte själv påkalla hjälp, och hennes mat och "
             f"säkerhet beror helt på mamma. Ett återfall skulle få allvarliga konsekvenser."),
            (f"{b} har stått still i vikt.",
             f"Viktkurvan planade ut under två månader då mamma inte orkade hålla måltidsrutiner, vilket visar att "
             f"brister i omsorgen redan har fått konkreta följder för {b}s hälsa.")],
        skydd_f=[f"Mormor är ett starkt och tillgängligt stöd.", "Mamma tar emot råd och har lämnat negativa prover.",
                 f"Samspelet mellan mamma och {b} är varmt."],
        analys=[
            f"{b} är 10 månader och helt beroende av att hennes omsorgsgivare är nykter, uppmärksam och håller rutiner. "
            f"Utredningen visar att mamma vid minst ett tillfälle var påverkad av icke förskrivna tabletter när hon "
            f"ensam hade ansvaret för {b}, och att {b} under en period inte fått tillräckligt med mat, vilket syns i "
            f"viktkurvan. Det är allvarligt eftersom ett spädbarn snabbt tar skada av brister i grundläggande omsorg.",
            f"Mot detta står att mamma har varit öppen om tablettintaget, lämnat negativa prover och själv bett om hjälp. "
            f"Samspelet är varmt och {b} söker tröst hos mamma, vilket talar för en trygg anknytning. Mormors dagliga "
            f"stöd har redan lett till att {b} ökat i vikt. Skyddsfaktorerna bedöms väga upp riskerna så länge stödet finns "
            f"kvar och mamma förblir drogfri.",
            f"{b}s centrala behov är en nykter och förutsägbar omsorgsgivare, regelbundna måltider med god "
            f"viktuppgång och en mamma som får hjälp med sin sömn och sina rutiner."],
        analys_kort=[f"Påverkan vid ett tillfälle och utebliven viktuppgång är allvarligt för ett spädbarn som är "
                     f"helt beroende av mamma. Mammas öppenhet, negativa prover, varmt samspel och mormors stöd väger "
                     f"upp så länge stödet finns. Centrala behov: nykter omsorgsgivare, regelbundna måltider, stöd till "
                     f"mamma i rutiner."],
        analys_summary=[
            f"BVC har anmält att mamma var påverkad vid besök. Mamma uppger att hon tagit tabletter. {b} har stått "
            f"still i vikt enligt BVC. Mormor uppger att hon hjälper till med måltiderna.",
            f"Vid hembesöken var {b} ren och alert. Mamma har lämnat fyra negativa urinprov."],
        analys_areas=[
            f"Hälsa: {b} har stått still i vikt men ökar nu. Hon behöver regelbundna måltider.",
            f"Känslor: samspelet är varmt. Hon behöver fortsatt nära kontakt med mamma.",
            f"Föräldrarnas förmåga: mamma har varit påverkad en gång, vilket är en risk eftersom {b} är helt "
            f"beroende av henne. Mamma tar emot råd."],
        behov=f"{b}s centrala behov är en nykter och förutsägbar omsorgsgivare och regelbundna måltider.",
        bedomning=[f"Socialtjänsten bedömer att {b} kan bo kvar hos mamma med stöd: föräldra-barnbehandling i hemmet "
                   f"och regelbundna drogtester. Mormors stöd är en förutsättning."],
        bedomning_utan_behov=["Socialtjänsten bedömer att mamma behöver stöd i föräldraskapet."],
        insats="föräldra-barnbehandling i hemmet samt drogtester",
        utforare="Spädbarnsteamet",
        mal=[
            (f"{b} följer sin viktkurva vid varje BVC-besök fram till {c.fd(c.mal1)}, enligt BVC:s journal.",
             "BVC-besök varannan vecka; matschema med behandlare", c.fd(c.mal1), "Mamma, BVC"),
            (f"Mamma lämnar negativa urinprov vid samtliga slumpmässiga provtagningar, minst två per månad, fram till "
             f"{c.fd(c.mal2)}.", "Provtagning på beroendemottagningen", c.fd(c.mal2), "Mamma"),
            (f"Mamma följer ett skriftligt dagsschema för mat och sömn minst sex av sju dagar per vecka, enligt "
             f"behandlarens veckouppföljning, senast {c.fd(c.mal1)}.", "Hembesök två gånger i veckan", c.fd(c.mal1),
             "Mamma, behandlare")],
        mal_vaga=[("Att mamma ska stärkas i sin föräldraroll.", "Behandling", "", ""),
                  (f"Att {b} ska ha det bra.", "", "", "")],
    )
