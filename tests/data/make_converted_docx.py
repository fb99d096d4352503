"""Writes four DOCX minutes, three of which look like PDFs converted to Word, plus their gold JSON; the
outputs are committed (issue: "Word minutes whose styles lie").

    python tests/data/make_converted_docx.py      (needs python-docx: pip install -e ".[dev]")

The converted ones have one paragraph per visual line, item numbers typed in ordinary paragraphs,
a presenter line after each title, and heading styles that lie: the first file's title and one
line of an item's "Underlag" list are styled as headings; the third styles "Beslut" as Heading 1.
The fourth is a control whose heading styles are right.

Outputs:
    minutes/vardovergangar-vastermark-2024-03-12.docx   minutes/socialtjanst-psykiatri-norrbacka-2024-05-14.docx   minutes/barn-och-utbildningsnamnden-ekeby-2023-03-21.docx   minutes/koloniforeningen-larkangen-2025-02-25.docx
    gold/<filename>.docx.json

All organisations, people and places are invented.  See README.md for the traps in each file.

Conventions used for the gold:
  * "number" is the item number without a trailing dot ("1", "4.1", "§ 12").
  * "title" is the title as typed, joined over its broken lines with single spaces;
    presenter names, Dnr lines, running headers and page marks are not part of it.
  * A group line whose only content is its sub-items ("4<TAB>Verksamhetsrapporter" followed
    directly by 4.1, 4.2 ...) is not an item of its own (same convention as the existing
    gold for bostadsrattsforening / studentkaren-vega).
  * "decision" is true when the minutes record that THIS meeting decided something in the item.
"""

from __future__ import annotations

import json
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK

HERE = Path(__file__).resolve().parent
MINUTES = HERE / "minutes"
GOLD = HERE / "gold"

WIDTH = 72  # visual line width of the "PDF" the converter worked from


def wrap(text: str, width: int = WIDTH) -> list[str]:
    """Break a sentence into visual lines at spaces only (never inside a word, never at a hyphen)."""
    return textwrap.wrap(text, width=width, break_long_words=False, break_on_hyphens=False)


# --- body markup ---------------------------------------------------------------------------------
# A body is a list of entries:
#   str                 -> a running text paragraph, broken into visual lines (converted docs) or
#                          kept whole (styled-ok)
#   Lines([...])        -> explicit visual lines, each its own paragraph, exactly as given
#   Styled(text, style) -> one paragraph with a given style (e.g. a stray heading)
#   Bold(text)          -> one bold Normal paragraph (converted-3 sub-headings)
#   PageBreak(lines)    -> a paragraph holding only a page break, then the given running-header lines


@dataclass
class Lines:
    lines: list[str]


@dataclass
class Styled:
    text: str
    style: str


@dataclass
class Bold:
    text: str


@dataclass
class PageBreak:
    after: list[str] = field(default_factory=list)
    before: list[str] = field(default_factory=list)


@dataclass
class Item:
    number: str            # as in the gold
    title_lines: list[str]  # the title as broken in the document (first line carries the number)
    presenter: str | None
    body: list
    decision: bool
    in_gold: bool = True    # False for a bare group line such as "4  Verksamhetsrapporter"

    @property
    def title(self) -> str:
        return " ".join(line.strip() for line in self.title_lines)


@dataclass
class Minutes:
    filename: str
    date: str
    body_name: str
    header: list           # body entries before the first item
    items: list[Item]
    footer: list


# =================================================================================================
# converted-1: regional health care group, one paragraph per visual line, "1 Title", presenters
# =================================================================================================

C1 = Minutes(
    filename="vardovergangar-vastermark-2024-03-12.docx",
    date="2024-03-12",
    body_name="Samverkansgruppen för vårdövergångar i Västermarks län",
    header=[
        Lines([Styled("Mötesanteckningar", "Heading 1"),
               "Samverkansgruppen för vårdövergångar i Västermarks län",
               "Datum: 2024-03-12",
               "Tid: 13.00–16.00",
               "Plats: Regionhuset i Sandvik, rum Ljusnan, samt via Teams",
               "Närvarande: Ewa Lindqvist (ordförande, Region Västermark), Magnus Berg",
               "(Sandviks kommun), Roger Nyström (Åby kommun), Fatima Osman (Region",
               "Västermark, primärvården), Jonas Ek (Lunda kommun), Pia Sjöberg",
               "(sekreterare, Region Västermark)",
               "Frånvarande: Henrik Dahl (Åby kommun)",
               "Ärende    Föredragande"]),
    ],
    items=[
        Item("1", ["Mötets öppnande och godkännande av dagordning"], "Ewa", [
            "Ewa hälsade alla välkomna, särskilt Jonas Ek som ersätter Lena Hult för Lunda kommun. "
            "Dagordningen godkändes med tillägg av punkt 8 om sommarplanering.",
        ], True),
        Item("2", ["Föregående mötesanteckningar"], "Pia", [
            "Pia gick igenom anteckningarna från mötet den 6 februari. Uppdraget att sammanställa "
            "statistik över återinskrivningar inom 30 dagar pågår och redovisas i april. Inga "
            "synpunkter framkom.",
        ], False),
        Item("3", ["Överenskommelse avseende in- och utskrivning av patienter i", "slutenvård"], "Ewa", [
            "Den reviderade överenskommelsen har varit på remiss hos länets kommuner och "
            "primärvården. Ändringarna gäller främst hur kallelse till samordnad individuell plan "
            "ska skickas och vilka tidsgränser som gäller för betalningsansvar.",
            Lines(["Underlag:",
                   "1.       Överenskommelse om in- och utskrivning, version 2024-02-20",
                   Styled("2.       Riktlinje för samordnad individuell plan (SIP)", "Heading 2"),
                   "3.       Remissvar från Sandviks, Åby och Lunda kommuner"]),
            "Remissvaren var i huvudsak positiva. Åby kommun efterfrågade ett förtydligande om "
            "helgutskrivningar, vilket har arbetats in i den nya versionen.",
            "Gruppen enades om att rekommendera regionstyrelsen och kommunerna att anta "
            "överenskommelsen med giltighet från den 1 juni 2024.",
        ], True),
        Item("4", ["Uppföljning av utskrivningsklara patienter, helår", "2023"], "Magnus och Roger", [
            Lines(["Magnus och Roger redovisade uppföljningen för 2023. Antalet vårddagar för",
                   "utskrivningsklara patienter minskade med 18 procent jämfört med 2022.",
                   "12 av länets 14 vårdavdelningar låg under målet på i genomsnitt 1,5",
                   "dagar. Kommunerna lyfte att bristen på korttidsplatser under sommaren",
                   "påverkade resultatet i juli och augusti.",
                   "Frågan om gemensamma korttidsplatser tas upp för beslut vid nästa möte."]),
        ], False),
        Item("5", ["Samordnad individuell plan (SIP) i primärvården"], "Fatima", [
            Lines(["Fatima beskrev hur primärvården arbetar med SIP i dag. Det finns stora",
                   "skillnader mellan vårdcentralerna och dokumentationen sker i olika mallar.",
                   "Beslut: Primärvården och kommunerna inför en gemensam SIP-mall från och",
                   "med den 1 maj 2024. Fatima ansvarar för att mallen sprids till",
                   "vårdcentralerna."]),
        ], True),
        Item("6", ["Läkemedelsgenomgångar i särskilt boende"], "Jonas", [
            "Jonas informerade om att Lunda kommun har genomfört en enkät bland sjuksköterskor i "
            "särskilt boende. Av svaren framgår att läkemedelsgenomgångar ofta skjuts upp när "
            "läkare byts ut. Resultatet kommer att presenteras för läkemedelskommittén i maj.",
        ], False),
        Item("7", ["Trygg hemgång – rapport från arbetsgruppen"], "Roger", [
            "Roger rapporterade från arbetsgruppen för trygg hemgång. Regionstyrelsen beslutade i "
            "januari att förlänga projektmedlen till och med 2025. Arbetsgruppen fortsätter därför "
            "med samma sammansättning och återkommer med en delrapport i oktober.",
        ], False),
        Item("8", ["Sommarplanering och vårdplatser juni–augusti"], "Ewa och Fatima", [
            "Regionen planerar att stänga 46 vårdplatser under veckorna 27–32. Kommunerna uttryckte "
            "oro för att fler patienter skrivs ut sent på fredagar.",
            "Gruppen beslöt att utskrivning till kommunal hemsjukvård under sommaren i första hand "
            "ska ske måndag till torsdag och att en gemensam avstämning hålls varje tisdag.",
        ], True),
        Item("9", ["Kommunikation till medarbetare om den nya", "överenskommelsen"], "Magnus", [
            "Magnus visade ett förslag till informationsblad och en kort film för medarbetare i "
            "slutenvården och hemsjukvården. Informationsmaterialet fastställdes med den ändringen "
            "att kontaktuppgifter till respektive kommun läggs till.",
        ], True),
        Item("10", ["Övriga frågor"], "Ewa", [
            "Inga övriga frågor anmäldes.",
        ], False),
        Item("11", ["Nästa möte"], None, [
            "Nästa möte hålls den 16 april 2024 kl. 13.00–16.00 via Teams.",
        ], False),
    ],
    footer=[Lines(["Vid anteckningarna", "Pia Sjöberg"])],
)


# =================================================================================================
# converted-2: social services group, "3<TAB>Title", sub-items, page break with running header
# =================================================================================================

C2_BODY = "Ledningsgruppen för socialtjänst och psykiatri i Norrbacka"
C2_RUNNING = f"{C2_BODY} – Mötesanteckningar 2024-05-14"

C2 = Minutes(
    filename="socialtjanst-psykiatri-norrbacka-2024-05-14.docx",
    date="2024-05-14",
    body_name=C2_BODY,
    header=[
        Lines([C2_RUNNING,
               "Sida 1 av 3",
               "Mötesanteckningar",
               C2_BODY,
               "Datum: 2024-05-14",
               "Tid: 09.00–12.00",
               "Plats: Socialkontoret, Storgatan 12, Norrbacka",
               "Närvarande: Lena Forsman (socialchef, ordförande), Anders Wiklund",
               "(IFO-chef), Maria Lindgren (chef funktionsstöd), Johan Sandberg",
               "(verksamhetschef psykiatri, Region Västermark), Sara Holm (utvecklingsledare)",
               "Ärende    Föredragande"]),
    ],
    items=[
        Item("1", ["1\tMötets öppnande"], "Lena", [
            "Lena öppnade mötet och gick igenom dagordningen.",
        ], False),
        Item("2", ["2\tVal av antecknare"], "Lena", [
            "Sara Holm valdes till antecknare för dagens möte.",
        ], True),
        Item("3", ["3\tFöregående mötesanteckningar"], "Sara", [
            "Anteckningarna från den 9 april godkändes och lades till handlingarna.",
        ], True),
        Item("4", ["4\tVerksamhetsrapporter"], None, [], False, in_gold=False),
        Item("4.1", ["4.1\tIndivid- och familjeomsorgen"], "Anders", [
            Lines(["Antalet orosanmälningar gällande barn ökade under första kvartalet till",
                   "212, jämfört med 168 samma period i fjol. Utredningstiderna ligger",
                   "fortfarande inom lagstadgad tid. Två socialsekreterartjänster är vakanta",
                   "och rekrytering pågår."]),
        ], False),
        Item("4.2", ["4.2\tFunktionsstöd"], "Maria", [
            "Den nya gruppbostaden på Björkvägen tas i bruk i september. Sex personer har fått "
            "beslut om bostad med särskild service och väntar på inflyttning. Maria informerade "
            "också om att personalgruppen har gått utbildning i lågaffektivt bemötande.",
        ], False),
        Item("4.3", ["4.3\tPsykiatrisk öppenvård"], "Johan", [
            "Johan redovisade att väntetiden till första bedömning i vuxenpsykiatrin är i "
            "genomsnitt 34 dagar. Ledningsgruppen godkände förslaget att psykiatrin och "
            "socialtjänsten provar gemensamma inskrivningsmöten på onsdagar under hösten.",
        ], True),
        Item("5", ["5\tSamverkansavtal om mobila team för barn och unga med psykisk", "ohälsa"],
             "Johan och Anders", [
            "Det nuvarande avtalet om mobila team löper ut den 30 juni 2024. Utvärderingen visar "
            "att teamen har haft kontakt med 87 familjer och att antalet akuta placeringar har "
            "minskat.",
            Lines(["Efter diskussion beslutade ledningsgruppen att förlänga avtalet om mobila",
                   "team med Region Västermark till och med den 31 december 2025 och att ge",
                   "Johan i uppdrag att återrapportera utfallet vid mötet i november."]),
        ], True),
        Item("6", ["6\tHemlöshet och boendestöd – kartläggning våren 2024"], "Maria", [
            Lines(["Maria presenterade den årliga kartläggningen av hemlöshet. Kartläggningen",
                   "visar att 41 personer saknade egen bostad vid"]),
            PageBreak(after=[C2_RUNNING, "Sida 2 av 3"]),
            Lines(["mätningen i april, varav nio är under 25 år. Flest har tillfälliga",
                   "lösningar hos vänner eller släktingar. Resultatet ska användas i arbetet",
                   "med den bostadssociala planen."]),
        ], False),
        Item("7", ["7\tHandlingsplan mot våld i nära relationer 2024–2026"], "Sara", [
            "Sara gick igenom förslaget till handlingsplan. Planen omfattar fyra insatsområden: "
            "upptäcka, skydda, stödja och förebygga. Handlingsplanen fastställdes med de "
            "ändringar som framkom på mötet.",
        ], True),
        Item("8", ["8\tKompetensförsörjning"], "Lena", [
            "Lena lyfte svårigheterna att rekrytera erfarna socialsekreterare. Gruppen diskuterade "
            "introduktionsprogram, handledning och möjligheten att samarbeta med grannkommunerna "
            "om en gemensam traineetjänst. Frågan återkommer i augusti.",
        ], False),
        Item("9", ["9\tÖvriga frågor"], None, [], False, in_gold=False),
        Item("9.1", ["9.1\tSommarvikarier"], "Anders", [
            "Samtliga sommarvikariat inom IFO är tillsatta utom två inom ekonomiskt bistånd.",
        ], False),
        Item("9.2", ["9.2\tLokalfrågan på Storgatan"], "Lena", [
            "Hyresavtalet för Storgatan 12 ska sägas upp senast den 1 oktober om verksamheten ska "
            "flytta. Gruppen enades om att stanna kvar i lokalerna till och med 2026.",
        ], True),
        Item("10", ["10\tNästa möte"], "Lena", [
            "Nästa möte hålls den 11 juni kl. 09.00 på socialkontoret.",
        ], False),
    ],
    footer=[Lines(["Vid anteckningarna", "Sara Holm"])],
)


# =================================================================================================
# converted-3: municipal committee, bold Normal "§ 12 Title", stray Heading 1 "Beslut"
# =================================================================================================

BESLUT = Styled("Beslut", "Heading 1")

C3 = Minutes(
    filename="barn-och-utbildningsnamnden-ekeby-2023-03-21.docx",
    date="2023-03-21",
    body_name="Ekeby kommun, Barn- och utbildningsnämnden",
    header=[
        Bold("Ekeby kommun"),
        Lines(["SAMMANTRÄDESPROTOKOLL",
               "Barn- och utbildningsnämnden",
               "Sammanträdesdatum: 2023-03-21",
               "Plats och tid: Kommunhuset, sal Ekbacken, kl. 18.00–20.40",
               "Beslutande: Anna-Karin Wester (S), ordförande, Per Svensson (M), Leila",
               "Haddad (S), Tomas Nord (C), Birgitta Lund (SD), Erik Ahlström (KD), Sofia",
               "Berg (V)",
               "Övriga: Malin Åberg, förvaltningschef, Karl Nyberg, nämndsekreterare",
               "Paragrafer: §§ 12–23"]),
    ],
    items=[
        Item("§ 12", ["§ 12 Val av justerare"], None, [
            BESLUT,
            "Barn- och utbildningsnämnden beslutar att utse Per Svensson (M) att jämte "
            "ordföranden justera protokollet den 24 mars 2023.",
        ], True),
        Item("§ 13", ["§ 13 Fastställande av dagordning"], None, [
            "Ordföranden meddelar att ärendet om lokalförsörjningsplanen utgår och i stället "
            "behandlas som information. Dagordningen fastställs med denna ändring.",
        ], True),
        Item("§ 14", ["§ 14 Uppföljning av avtal om hälso-",
                      "och sjukvård inom elevhälsans medicinska insats"], None, [
            Lines(["Dnr BUN 2023/31"]),
            Bold("Ärendebeskrivning"),
            "Verksamhetschef Malin Åberg informerar om uppföljningen av avtalet med Region "
            "Västermark om skolläkarinsatser. Samtliga grundskolor har haft tillgång till "
            "skolläkare under höstterminen, men väntetiden till läkarbesök har ökat från två till "
            "fem veckor. Informationen noteras.",
        ], False),
        Item("§ 15", ["§ 15 Riktlinjer för skolskjuts från och med läsåret", "2023/2024"], None, [
            Lines(["Dnr BUN 2022/208"]),
            Bold("Ärendebeskrivning"),
            Lines(["Förvaltningen har sett över riktlinjerna för skolskjuts. Rätten till",
                   "skolskjuts regleras i 10 kap. 32 och 40",
                   "§§ skollagen (2010:800). Förslaget innebär att avståndsgränsen för",
                   "elever i förskoleklass till årskurs 3 sänks från 3 till 2 kilometer."]),
            Bold("Beslutsunderlag"),
            Lines(["Tjänsteskrivelse 2023-02-27",
                   "Förslag till riktlinjer för skolskjuts, bilaga 1"]),
            BESLUT,
            Lines(["Barn- och utbildningsnämnden beslutar att",
                   "1. anta reviderade riktlinjer för skolskjuts enligt bilaga 1,",
                   "2. riktlinjerna gäller från och med den 1 juli 2023,",
                   "3. uppdra åt förvaltningen att informera vårdnadshavare före",
                   "sommarlovet."]),
        ], True),
        Item("§ 16", ["§ 16 Revidering av nämndens delegationsordning"], None, [
            Lines(["Dnr BUN 2023/12"]),
            "Delegationsordningen behöver ändras efter den nya organisationen av "
            "elevhälsan. Beslut om skolskjuts på grund av växelvis boende delegeras till "
            "skolskjutshandläggaren.",
            "Barn- och utbildningsnämnden beslutar att anta reviderad delegationsordning att gälla "
            "från och med den 1 april 2023.",
        ], True),
        Item("§ 17", ["§ 17 Ekonomisk uppföljning februari 2023"], None, [
            Lines(["Dnr BUN 2023/5"]),
            "Förvaltningen redovisar ett prognostiserat underskott om 4,2 miljoner kronor för "
            "helåret, främst på grund av ökade kostnader för tilläggsbelopp och skolskjuts. "
            "Ärendet återkommer för beslut om åtgärder vid nämndens sammanträde i april.",
            PageBreak(before=["Justerandes sign    Utdragsbestyrkande"],
                      after=["Ekeby kommun    SAMMANTRÄDESPROTOKOLL    Sida 2 (3)",
                             "Barn- och utbildningsnämnden    2023-03-21"]),
        ], False),
        Item("§ 18", ["§ 18 Ansökan om godkännande av utökad verksamhet vid",
                      "Ekorrens förskola"], None, [
            Lines(["Dnr BUN 2023/19"]),
            Bold("Ärendebeskrivning"),
            "Ekorrens förskola AB ansöker om att utöka verksamheten från 45 till 60 barn i nya "
            "lokaler på Granvägen 4. Förvaltningen har granskat ansökan och bedömer att "
            "förutsättningarna enligt skollagen är uppfyllda.",
            BESLUT,
            "Barn- och utbildningsnämnden beslutar att godkänna Ekorrens förskola AB som huvudman "
            "för utökad verksamhet med 60 platser från och med den 1 augusti 2023.",
        ], True),
        Item("§ 19", ["§ 19 Svar på medborgarförslag om övergångsställe vid",
                      "Lindskolan"], None, [
            Lines(["Dnr BUN 2022/187"]),
            "Ett medborgarförslag har inkommit om ett övergångsställe vid Lindskolans "
            "busshållplats. Frågan ligger inom samhällsbyggnadsnämndens ansvarsområde, som har "
            "planerat en ombyggnad av hållplatsen under sommaren.",
            BESLUT,
            "Barn- och utbildningsnämnden beslutar att medborgarförslaget ska anses besvarat.",
        ], True),
        Item("§ 20", ["§ 20 Lokalförsörjningsplan för förskola och skola", "2024–2030"], None, [
            Lines(["Dnr BUN 2022/150"]),
            "Kommunstyrelsen beslutade den 14 februari 2023 att ge nämnderna i uppdrag att ta fram "
            "lokalförsörjningsplaner. Förvaltningschefen presenterar arbetet hittills, bland annat "
            "elevprognoser för Västra Ekeby där en ny förskola kan behövas 2026. Ett förslag "
            "till plan kommer att behandlas på nämndens sammanträde i maj.",
        ], False),
        Item("§ 21", ["§ 21 Redovisning av delegationsbeslut"], None, [
            "Förteckning över delegationsbeslut fattade under perioden 2023-02-01 – 2023-02-28 "
            "redovisas. Besluten gäller bland annat skolskjuts, tilläggsbelopp och "
            "mottagande i grundsärskolan.",
        ], False),
        Item("§ 22", ["§ 22 Meddelanden"], None, [
            Lines(["Skolinspektionens beslut efter tillsyn av Norrskolan, 2023-02-20",
                   "Protokoll från samverkansgruppen, 2023-03-06"]),
        ], False),
        Item("§ 23", ["§ 23 Information från förvaltningschefen"], None, [
            "Malin Åberg informerar om rekryteringen av ny rektor till Ekeby gymnasium, "
            "resultatet av elevenkäten i årskurs 5 och 8 samt planeringen av sommarskolan.",
        ], False),
    ],
    footer=[Lines(["Justerandes sign    Utdragsbestyrkande"])],
)


# =================================================================================================
# styled-ok: association, correct Heading 2 items "1. Title", whole paragraphs
# =================================================================================================

S = Minutes(
    filename="koloniforeningen-larkangen-2025-02-25.docx",
    date="2025-02-25",
    body_name="Koloniträdgårdsföreningen Lärkängen, styrelsen",
    header=[
        Styled("Protokoll från styrelsemöte", "Heading 1"),
        "Koloniträdgårdsföreningen Lärkängen, styrelsen",
        "Datum: 2025-02-25",
        "Plats: Föreningsstugan, Lärkängen",
        "Närvarande: Ingrid Holmberg (ordförande), Bo Lindahl (kassör), Gunnel Ås, "
        "Sonja Eriksson, Ahmed Karimi (sekreterare)",
    ],
    items=[
        Item("1", ["1. Mötets öppnande"], None, [
            "Ordföranden Ingrid Holmberg öppnade mötet och hälsade alla välkomna.",
        ], False),
        Item("2", ["2. Val av justerare"], None, [
            "Till justerare valdes Gunnel Ås.",
        ], True),
        Item("3", ["3. Godkännande av dagordning"], None, [
            "Dagordningen godkändes.",
        ], True),
        Item("4", ["4. Föregående protokoll"], None, [
            "Protokollet från styrelsemötet den 21 januari godkändes och lades till handlingarna.",
        ], True),
        Item("5", ["5. Ekonomisk rapport"], None, [
            "Kassören Bo Lindahl redovisade läget. Kassabehållningen uppgick till 84 312 kr och "
            "samtliga arrenden för 2024 är betalda utom två, där påminnelse har skickats.",
        ], False),
        Item("6", ["6. Arrendeavgifter 2025"], None, [
            "Kommunen har höjt arrendet för hela området med sju procent från den 1 januari.",
            "Styrelsen beslöt att föreslå årsmötet att höja medlemmarnas lottarrende med "
            "fem procent och att täcka resten ur föreningens underhållsfond.",
        ], True),
        Item("7", ["7. Vattenledningen i område C"], None, [
            "Vattenledningen i område C frös sönder i januari och behöver bytas före säsongsstart. "
            "Tre offerter har kommit in:",
            "1. Rörfirman Nord AB, 48 000 kr",
            "2. VVS-service i Bergsjö, 52 500 kr",
            "3. Grävkompaniet Åsen, 61 000 kr",
            "Styrelsen beslutade att anta offerten från Rörfirman Nord AB under förutsättning att "
            "arbetet är klart senast den 15 april.",
        ], True),
        Item("8", ["8. Årsmöte 2025"], None, [
            "Årsmötet hålls söndagen den 23 mars kl. 14.00 i föreningsstugan. Kallelsen skickas "
            "ut senast den 2 mars. Styrelsen fastställde förslaget till dagordning för årsmötet.",
        ], True),
        Item("9", ["9. Vårstädning"], None, [
            "Den gemensamma vårstädningen planeras till lördagen den 26 april. Sonja Eriksson "
            "samordnar och tar fram en lista över arbetsuppgifter.",
        ], False),
        Item("10", ["10. Övriga frågor"], None, [
            "Ahmed Karimi tog upp frågan om nya regler för växthus på lotterna. Frågan tas upp för "
            "beslut på nästa styrelsemöte.",
        ], False),
        Item("11", ["11. Mötets avslutande"], None, [
            "Ordföranden tackade för ett bra möte och avslutade det.",
        ], False),
    ],
    footer=[
        "Vid protokollet: Ahmed Karimi",
        "Justeras: Ingrid Holmberg, Gunnel Ås",
    ],
)


# =================================================================================================
# writers
# =================================================================================================

def add_page_break(document) -> None:
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def emit(document, entry, *, broken: bool) -> None:
    """Write one body entry.  broken=True: one paragraph per visual line (converted docs)."""
    if isinstance(entry, str):
        for line in (wrap(entry) if broken else [entry]):
            document.add_paragraph(line)
    elif isinstance(entry, Lines):
        for line in entry.lines:
            if isinstance(line, str):
                document.add_paragraph(line)   # an explicit visual line, never re-wrapped
            else:
                emit(document, line, broken=broken)
    elif isinstance(entry, Styled):
        document.add_paragraph(entry.text, style=entry.style)
    elif isinstance(entry, Bold):
        document.add_paragraph().add_run(entry.text).bold = True
    elif isinstance(entry, PageBreak):
        for line in entry.before:
            document.add_paragraph(line)
        add_page_break(document)
        for line in entry.after:
            document.add_paragraph(line)
    else:
        raise TypeError(entry)


def write_converted(m: Minutes, *, bold_titles: bool = False) -> None:
    document = docx.Document()
    for entry in m.header:
        emit(document, entry, broken=True)
    for item in m.items:
        for line in item.title_lines:
            paragraph = document.add_paragraph()
            run = paragraph.add_run(line)
            if bold_titles:
                run.bold = True
        if item.presenter:
            document.add_paragraph(item.presenter)
        for entry in item.body:
            emit(document, entry, broken=True)
    for entry in m.footer:
        emit(document, entry, broken=True)
    document.save(MINUTES / m.filename)


def write_styled(m: Minutes) -> None:
    document = docx.Document()
    for entry in m.header:
        emit(document, entry, broken=False)
    for item in m.items:
        assert len(item.title_lines) == 1
        document.add_paragraph(item.title_lines[0], style="Heading 2")
        for entry in item.body:
            emit(document, entry, broken=False)
    for entry in m.footer:
        emit(document, entry, broken=False)
    document.save(MINUTES / m.filename)


def strip_number(m: Minutes, item: Item) -> str:
    """Gold title: the joined title lines without the typed number."""
    title = item.title
    for prefix in (item.number + ".", item.number):
        if title.startswith(prefix):
            return title[len(prefix):].strip()
    return title


def write_gold(m: Minutes) -> None:
    items = [{"number": item.number, "title": strip_number(m, item), "decision": item.decision}
             for item in m.items if item.in_gold]
    gold = {"meetings": [{"date": m.date, "body": m.body_name, "items": items}]}
    path = GOLD / f"{m.filename}.json"
    path.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main() -> None:
    MINUTES.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    # converted-1 types the number with a space; converted-2 with a tab (already in title_lines)
    for item in C1.items:
        item.title_lines = [f"{item.number} {item.title_lines[0]}"] + item.title_lines[1:]
    write_converted(C1)
    write_converted(C2)
    write_converted(C3, bold_titles=True)
    write_styled(S)
    for m in (C1, C2, C3, S):
        write_gold(m)
        print(f"wrote minutes/{m.filename} and gold/{m.filename}.json "
              f"({sum(i.in_gold for i in m.items)} items)")


if __name__ == "__main__":
    main()
