"""How Swedish minutes word decisions, proposals and assignments, and how questions ask about them.

One list of decision verbs serves both sides: ingest finds decisions with it and a question
that uses one of them ("vad beslutades", "bestämdes", "vem utsågs") asks for decisions.
"""

from __future__ import annotations

import re

# "Beslut:", "Ledningsgruppens beslut:", "Styrelsens beslut", "AU:s beslut:" – not "Förslag till beslut:".
DECISION_LABEL = re.compile(
    r"^(?:(?:[\wåäöÅÄÖ:]+s|mötets|\w+ns)\s+)?beslut(?:et)?\s*(?::|$|\s+(?=(?-i:[A-ZÅÄÖ])))\s*", re.IGNORECASE
)
# "Utsedda representanter:", "Valda revisorer: …": the outcome of an appointment, labelled by it.
APPOINTED_LABEL = re.compile(r"^(?:utsedda?|valda?|nyvalda?|omvalda?)\s+[\wåäö -]{3,40}:\s*", re.IGNORECASE)
# "Förslag till beslut:", "AU:s förslag till beslut:", "Förslag:", or "Förslag till beslut" standing alone.
PROPOSAL_LABEL = re.compile(
    r"^(?:[\wåäöÅÄÖ:]+s\s+)?(?:förslag|forslag)(?:\s+till\s+beslut)?\s*:\s*|^beslutsförslag\s*:\s*"
    r"|^(?:[\wåäöÅÄÖ:]+s\s+)?(?:förslag\s+till\s+beslut|beslutsförslag)\s*$",
    re.IGNORECASE,
)
NOT_DECISION_LABEL = re.compile(r"^(?:beslutsunderlag|underlag|förslag|forslag|bakgrund)\b", re.IGNORECASE)
DECISION_WORDING = re.compile(
    r"\b(?:bestämdes|beslutades|beslutas|beslöts|(?:beslutade|beslutar|beslöt)\s+(?:att|enligt|om|i\s+enlighet)"
    r"|(?:beslutade|beslutar|beslöt)\s+[a-zåäö]+(?:en|et|na|an)\s+(?:att|enligt|om)"  # "beslutade stämman att"
    r"|ställer\s+sig\s+bakom|ställde\s+sig\s+bakom|enades\s+om|enas\s+om|kom\s+överens\s+om"
    r"|(?:beslutade|beslutar|beslöt)\s+för\s+egen\s+del\s+att"
    # "Styrelsen ger Gun Ivarsson i uppdrag att …", "Nämnden uppdrar åt förvaltningen att …": a task handed out;
    # "Styrelsen godkänner årsredovisningen": the organ as subject, not "om föreningen godkänner"
    r"|\w*(?:styrelsen|nämnden|gruppen|utskottet|rådet|stämman|mötet|direktionen)\s+"
    r"(?:(?:ger|gav)\s+(?:\S+\s+){1,6}?i\s+uppdrag\s+att|(?:uppdrar|uppdrog)\s+åt|godkänner|fastställer)"
    r"|bestämde\s+(?:att|oss|sig)|(?:fattade|fattar)\s+(?:även\s+|också\s+)?beslut\s+om"
    r"|fastställde|godkände|antog|utsåg|biföll|avslog|bordlade|återremitterade|(?:mötet|stämman|årsmötet|styrelsen)\s+valde"
    r"|bifaller|bifalles|bifölls|avslås|avslogs|bordläggs|bordlades|återremitteras|återremitterades"
    r"|godkänns|godkändes|fastställs|fastställdes|antas|antogs|utsågs|utses|valdes|omvaldes|nyvaldes|väljs\s+till"
    r"|(?<!\bav\s)(?<!\bde\s)(?<!\bmed\s)(?<!\bsina\s)beviljade"  # not "av beviljade 70 000 kr": a participle
    r"|beviljas|beviljar|förklarades|lades\s+till\s+handlingarna|läggs\s+till\s+handlingarna)\b",
    re.IGNORECASE,
)
# A decision that only points back at the proposal: it is quoted together with the proposal.
REFERS_TO_PROPOSAL = re.compile(
    r"enligt\s+(?:\w+\s+)?(?:förslag|forslag|förslaget|forslaget)"
    r"|(?:förslaget|yrkandet|motionen|ärendet)\s+(?:\w+\s+)?(?:bifalles|bifölls|antas|antogs|godkänns|avslås"
    r"|avslogs|bordläggs|bordlades|återremitteras|återremitterades)\s*\.?$"
    r"|^(?:bifalles|avslås|bordläggs|återremitteras)\b",
    re.IGNORECASE,
)
# "Om ansökan beviljas …" states a condition, not a decision.
CONDITIONAL = re.compile(r"^(?:om|ifall|såvida|innan|när|förutsatt\s+att)\b", re.IGNORECASE)
# Sentences with decision words that record no decision: "Ingen åtgärd beslutades", "inget beslut fattades",
# a recommendation ("revisionsberättelsen, som tillstyrker att … fastställs"), or a passive verb in a
# clause of its own ("… återkoppling när en remiss avslås").
NO_DECISION = re.compile(
    r"\b(?:ingen|inget|inga)\s+(?:\w+\s+){0,2}(?:beslutades|bestämdes|fattades|togs|beslut)\b"
    r"|\binte\s+(?:\w+\s+)?(?:beslutades|bestämdes|beslutat)\b",
    re.IGNORECASE,
)
RECOMMENDATION = re.compile(
    r"\b(?:tillstyrker|tillstyrkte|föreslår|föreslog|rekommenderar|rekommenderade|yrkar|yrkade|önskar|önskade)\b",
    re.IGNORECASE,
)
SUBORDINATE_PASSIVE = re.compile(
    r"\b(?:när|om|ifall|innan|då|eftersom|hur|huruvida)\s+(?:\w+\s+){1,6}?"
    r"(?:beslutas|avslås|beviljas|godkänns|fastställs|antas|bifalles|bordläggs|utses|väljs)\b",
    re.IGNORECASE,
)
# A line that only leads into the 'att'-clauses under it: "Styrelsen beslutade", "Rådet beslutar:".
# A preparing body's outcome, in its own minutes: "Arbetsutskottet föreslår kommunstyrelsen besluta att …",
# "Utskottet föreslår kommunstyrelsen att föreslå kommunfullmäktige besluta att …". What the body decided is to propose.
OWN_PROPOSAL = re.compile(r"^(?:[A-ZÅÄÖ][\wåäö-]*(?:utskott(?:et)?|beredning(?:en)?|styrelsen|nämnden|rådet|gruppen)\s+)"
                          r"(?:för\s+egen\s+del\s+)?föreslår\s+(?:[\wåäö-]+\s+){1,4}?(?:att\s+föreslå\s+(?:[\wåäö-]+\s+){1,3}?)?"
                          r"besluta\b")
DECISION_LEAD = re.compile(r"^(?:[\wåäöÅÄÖ-]+\s+){1,3}(?:beslutade|beslutar|beslöt|beslutades)(?:\s+att)?\s*:?\s*$",
                           re.IGNORECASE)
ATT_CLAUSE = re.compile(r"^(?:(?:\d{1,2}[.)]|[•\-–*])\s*)?att\s+", re.IGNORECASE)
# Labels whose text belongs with the decision rather than standing alone.
ATTACHED_LABEL = re.compile(r"^(omröstning|reservation|protokollsanteckning)\s*:?\s*", re.IGNORECASE)

# A question about decisions: "vad beslutades", "bestämdes", "vem utsågs", "godkändes".
DECISION_QUESTION = re.compile(
    r"\b(?:beslut\w*|bestämdes|bestämde|beslöt|utsågs|utsåg|valdes|vem\s+utses|godkändes|antogs|bifölls|avslogs)\b",
    re.I,
)
# "senaste mötet", "på det senaste mötet", "vid senaste mötet"; "… om sist?", "… senast?" closing a question.
# "senaste ledningsgruppsmötet", "sista styrelsemötet": the kind of meeting written into the compound
LATEST_MEETING = re.compile(r"\b(?:på\s+|pa\s+|vid\s+|i\s+)?(?:det\s+)?(?:senaste|sista)\s+(?:[a-zåäö]{3,}?s?)?(?:m[öo]tet?"
                            r"|sammantr[äa]det?|tr[äa]ffen|tr[äa]ff)\b"  # also typed without å, ä, ö
                            # "vad pratade rektorsgruppen om sist?", "vad beslutade styrelsen senast?"
                            r"|\b(?:om\s+sist|senast)(?=\s*[?.!]*\s*$)", re.I)

# Words that frame a question without naming its topic: "vad beslutades om X", "hur mycket fick X kosta",
# "vad hände med X". Support is judged on the other words (folded).
FRAME_WORDS = frozenset("""
beslutades beslutade beslut besluten beslutet bestamdes bestamde beslots togs tog tas sades sade sagt sagts
handlade hande hant hander gallde galler gjordes gors gor gjorde fick far fa kosta kostade kostar mycket
manga vilken vilket vilka vem vems nar var hur varfor vad betyder betydde star stod innebar innebar
utvecklats utvecklat utvecklades utvecklingen diskuterades diskuterade togs upp tagits aktuellt aktuella
nagon nagot nagra senaste mote motet moten kring angaende ang uppdrag uppdraget uppdragen ansvarar ansvarig
ansvara ansvaret styrelsemote styrelsemotet sammantrade sammantradet stamma stamman stammans stammo traff traffen
traffar arsmote arsmotet motesanteckningar anteckningarna protokollet reda
lage laget forandrats forandrat forandring forandringar hande status utfall utfallet kom pratade pratades
styrelse styrelsen styrelsens namnden namndens gruppen gruppens utskottet radet beslot beslutat bestamt
dom dem snackade snackar snacka brf infor klar klart stort istallet stallet blivit bli blir blev battre samre
tills
tyckte tycker tycka ansag anser ga gar gatt gick drog drar lagger lade lagt gjort overens enades enats
langt kommit hunnit hanterats behandlats skotts hittills fixar fixa fixade betala betalar betalade betalat plats
forsta overenskommelser
per manad manaden valdes skoter nan ofta tagit jobbet jobet perioden ingick ingar inga lang lange riktar riktas slut slutligen sist slutandan slutgiltiga slutgiltigt slutliga
ny nya nytt gammal gamla gamle stor stora extra mkt dyrare billigare totalt sammanlagt ungefar cirka ca
januari februari mars april maj juni juli augusti september oktober november december ta fram fraga fragan fragor fragorna arendet gora fattade fattades fattat utvecklats utvecklat hant punkter punkt dagordningen arenden togs tagits behandlades tog
""".split())

# What a task delivers, whatever it is about: "ta fram förslag på kontaktvägar" is about the contact paths (folded).
DELIVERABLES = frozenset("""
forslag forslaget underlag underlaget plan planen rapport rapporten redovisning redovisningen analys analysen
sammanstallning sammanstallningen beskrivning beskrivningen utkast utkastet skrivelse skrivelsen
""".split())

# What a "vilket …" asks for, not what it is about: "vilket företag levererar klätterställningen" asks for a name.
ANSWER_NOUNS = frozenset("""
foretag foretaget bolag bolaget firma firman leverantor leverantoren entreprenor entreprenoren konsult konsulten
""".split())

# Last parts of compounds that name a body or its meeting, not a topic: "kårstyrelsens möte", "nämndsammanträdet",
# "årsstämman" (folded).
ORGAN_TAILS = frozenset("""
styrelse styrelsen styrelsens namnd namnden namndens grupp gruppen gruppens utskott utskottet utskottets
stamma stamman stammans mote motet motets sammantrade sammantradet fullmaktige fullmaktiges
""".split())


def organ_head(word: str) -> str | None:
    """What comes before a body or meeting at the end of a folded compound ('karstyrelsens' → 'kar',
    'namndsammantradet' → 'namnd'); None when the word does not end in one."""
    tail = next((t for t in ORGAN_TAILS if word.endswith(t) and len(word) >= len(t) + 3), None)
    return word[:-len(tail)] if tail else None


# Second halves of compounds that name no topic of their own: "indikatorarbetet" is about "indikator",
# "sångboksfrågan" about "sångbok" (folded, stemmed forms included).
COMPOUND_TAILS = frozenset("""
arbete arbetet arbet fragan fraga frag fragor arendet arende arend processen process planen plan gruppen grupp
satsningen satsning projektet projekt verksamheten verksamhet
""".split())

# Who took a decision the minutes recount: "Domkapitlet beslutade 2025-08-21 att …", "Kyrkorådet har beslutat".
DECIDER = re.compile(r"^\W*(?P<organ>[A-ZÅÄÖ][\wåäö-]+)\s+(?:har\s+|hade\s+)?(?:beslutade|beslutat|beslöt|fattade\s+beslut)\b")

# Sentences that hand out or report on a task: "Anna får i uppdrag att …", "Uppdrag: …", "RGK tar huvudansvar för …".
ASSIGNMENT_WORDING = re.compile(
    r"(?:^\s*(?:[-*]\s*)?\[[\sxX]?\]\s*[A-ZÅÄÖ]\w+(?:\s+(?:och\s+)?[A-ZÅÄÖ]\w+)*\s*:)"  # "- [ ] Anders: boka lokal"
    r"|\b(?:i\s+uppdrag|uppdrag(?:et)?\s*:|uppdrag\s+till|uppdras|uppdrar?\s+åt|får\s+uppdraget|fick\s+uppdraget|ges\s+uppdraget|ansvarig(?:\s+för\s+[^:.]{1,40})?\s*:|"
    r"åtgärd\s*:|ansvar\s*:|"
    r"ansvarar\s+för|ansvara\s+för|tar\s+(?:fram|över|ansvar|huvudansvar\w*)|ska\s+(?:återrapportera|ta\s+fram|undersöka|"
    r"kontakta|bjuda\s+in|skicka|sammanställa|återkomma|ordna|boka|se\s+över)|återrapporter\w*|återkommer|återkopplar)(?!\w)",  # not \b: "Uppdrag:" ends in a colon
    re.IGNORECASE,
)
# When a task is due: "till nästa möte", "senast 15 oktober", "Klart: oktober", "i oktober".
DUE = re.compile(
    r"\b(?:till|senast|inför|före)\s+(?:den\s+)?(?:nästa\s+möte|\d{1,2}\s+(?:januari|februari|mars|april|maj|juni|juli"
    r"|augusti|september|oktober|november|december)(?:\s+\d{4})?|\d{1,2}/\d{1,2}(?:\s+\d{4})?|\d{4}-\d\d-\d\d"
    r"|[a-zåäö]+mötet)"
    r"|\b(?:klart|deadline|klar)\b\s*:?\s*[^.\n]{2,40}"
    r"|\b(?:redovisas|återrapporteras|rapporteras|presenteras)\s+(?:på|vid|till|i|senast)\s+[^.\n]{2,60}",
    re.IGNORECASE,
)

# A date or time in the text, which answers "när …": "8 oktober 2025", "2025-10-08", "19/2", "kl. 19.00", "vecka 12".
WHEN_TEXT = re.compile(r"\b\d{1,2}\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november"
                       r"|december)\b|\b(?:19|20)\d\d-\d\d-\d\d\b|(?<![\d/])\d{1,2}/\d{1,2}(?![\d/])|\bkl\.?\s*\d"
                       r"|\bvecka\s+\d", re.IGNORECASE)
# A figure that answers "hur mycket/hur många": a number and what it counts ("46 lotter", "148 hembesök",
# "9 procent", "fem procent"), not a year, a date or a time ("budget 2025", "1 juli", "kl 13").
_MONTHS = "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december"
FIGURE = re.compile(r"(?<![\w.,/:-])(?!(?:19|20)\d\d\b)\d[\d\s\u00a0]*(?:[.,]\d+)?\s*"
                    rf"(?:%|(?!(?:{_MONTHS}|kl|och|eller|till)\b)(?-i:[a-zåäöé])[a-zåäöé]+|(?-i:[A-ZÅÄÖ]{{2,5}})\b)"
                    r"|\b(?:två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|femton|tjugo|trettio|fyrtio|femtio|hundra|"
                    r"tusen)\s+[a-zåäöé]{3,}|\b(?:en|ett)\s+(?:procent|miljon|miljard|halv)\w*", re.IGNORECASE)
# What shows a matter moving in a timeline: a figure or a date ("installerades 24 juli", "4 nya brandpersoner", "1 214
# MSEK"); not a section's number before its heading ("7 Sammanfattning").
FIGURE_OR_DATE = re.compile(f"{FIGURE.pattern}|{WHEN_TEXT.pattern}", re.IGNORECASE)
# A sum of money that answers "vad kostar …": "18 000 kronor", "2,1 miljoner", "4,2 mkr", "135 kr/månad".
# A company as minutes name it: "Cybernord AB", "Ljusne Snickeri & Montage AB", "Kafé Älvbrinken HB".
COMPANY_NAME = re.compile(r"\b[A-ZÅÄÖ][\wåäö&-]*(?:\s+(?:&\s+)?[\wåäö&-]+){0,4}\s+(?:AB|HB|KB|Aktiebolag)\b")
MONEY = re.compile(r"\d[\d\s\u00a0]*(?:[.,]\d+)?\s*(?:kr\b|kr\.|kronor|tkr|mkr|mnkr|mdkr|msek|sek\b|:-|miljon\w*|miljard\w*|tusen)"
                   r"|\b(?:en|två|tre|fyra|fem|sex|sju|åtta|nio|tio)\s+miljon\w*", re.IGNORECASE)


# Items every meeting has that decide only how the meeting runs: left out of "vilka beslut togs" when the meeting
# decided anything else ("Val av justerare", "Godkännande av dagordningen", "Föregående protokoll", "Nästa möte").
PROCEDURAL_TITLE = re.compile(
    r"^(?:(?:mötets?|stämmans|årsmötets|sammanträdets)\s+(?:öppnande|avslutande)|öppnande"
    r"|öppning(?:\s+och\s+dagordning)?|avslutning|mötet\s+öppnas"
    r"|inledning|välkomna|välkommen"
    r"|(?:val|utseende)\s+av\s+(?:(?:en|två|2)\s+)?(?:justerare(?:\s+tillika\s+rösträknare)?|justeringsperson\w*|protokolljusterare|sekreterare|mötessekreterare"
    r"|ordförande(?=\s+(?:och|samt|för|vid)\b)|mötesordförande|protokollförare)(?:\s+(?:och|samt)\s+\w+(?:\s+\w+)?)?"
    # not "Val av ordförande" alone: at an annual meeting, the organisation's chair; not "Justering av närvarotrappan"
    r"|justering\w*(?!\s+av\s+(?!(?:dagens\s+|mötets\s+|föregående\s+)?(?:protokoll|anteckningar|minnesanteckningar)))"
    r"|(?:godkännande|fastställande)\s+av\s+(?:dagordning\w*|föredragningslista\w*)|dagordning\w*"
    r"|föregående\s+(?:protokoll|mötesprotokoll|mötes\s+protokoll|anteckningar|minnesanteckningar|mötesanteckningar)\w*|nästa\s+(?:möte|sammanträde)"
    r"|mötets\s+behöriga\s+utlysande|upprop|(?:fastställande\s+av\s+)?röstlängd\w*|val\s+av\s+rösträknare"
    r"|fråga\s+om\s+(?:mötet|stämman|årsmötet)(?:s)?\s+(?:\w+\s+){0,2}(?:utly\w*|kallelse|behörig\w*))\b",
    re.IGNORECASE)

# Procedural items that may still carry a matter on: an "Inledning och uppföljning", "Välkomna" or "Föregående
# protokoll" item often reports on one.
_CARRIES_ON = re.compile(r"^(?:inledning|välkomna|välkommen|föregående)\b", re.IGNORECASE)


def is_formality(title: str) -> bool:
    """A procedural item (PROCEDURAL_TITLE) that never carries a matter on: no step of a timeline."""
    return bool(PROCEDURAL_TITLE.match(title)) and not _CARRIES_ON.match(title)

# An organisation named in a question by its kind: "brf Måsen", "föreningen Gröna vägen", "Gränsö IK", "Nordljus AB".
ORGANISATION_NAME = re.compile(
    r"\b(?:brf|bostadsrättsföreningen|föreningen|klubben|bolaget)\s+(?P<after>[^\W\d_][\w-]{2,})"
    r"|\b(?P<before>[^\W\d_][\w-]{2,})\s+(?:ik|if|sk|bk|ff|aik|gif|ifk|fk|hk|ab)\b",
    re.IGNORECASE)

