"""How a Swedish question says what kind of answer it wants.

"vad betyder RGK" asks for an expansion, "vem är ordförande" for a role, "vem fick i uppdrag att"
for an assignment, "hur har frågan utvecklats" for a timeline, "vilka beslut togs i oktober" for
the decisions of a period. Patterns are written folded (no å/ä/ö, lower case) and matched on the
folded question, so "vad star FR for" is understood like "vad står FR för".
"""

from __future__ import annotations

import re

from .text import fold

GLOSSARY = re.compile(r"\bvad\s+(?:betyder|betydde|star|stod|innebar|menas\s+med)\b|\bforkortning"
                      r"|\bvad\s+heter\b.*\butskrivet")
# "vad är Prisdialogen", "vad e underhållsfonden", "vad är kafé älvbrinken för nåt": what a name or term is.
DEFINITION = re.compile(r"^\s*(?:och\s+)?vad\s+ar\s+(?:en\s+|ett\s+)?(?P<what>[\w-]+(?:\s+[\w-]+)*?)"
                        r"(?:\s+for\s+(?:nagot|nagonting|en|ett)(?:\s+\w+)?)?\s*[?.!]*\s*$")
# "vad är RGK": an upper-case word after "vad är" (matched on the question as typed).
GLOSSARY_UPPER = re.compile(r"\b[Vv]ad\s+är\s+(?:en\s+|ett\s+)?[A-ZÅÄÖ][A-ZÅÄÖ0-9-]{1,9}\b")
# "vad är pts": a short word alone after "vad är" may be an abbreviation typed in lower case (if it is no common word).
GLOSSARY_SHORT = re.compile(r"^\s*vad\s+ar\s+(?:en\s+|ett\s+)?(?P<word>[a-z0-9-]{2,5})\s*\??\s*$")
# The word after "betyder"/"står"/"är": what a lower-case glossary question asks about ("vad betyder rgk"), or the
# word before it when it is asked about as "det" ("rsa vad betyder det").
GLOSSARY_SUBJECT = re.compile(r"^\s*(?P<first>[\w-]{2,8})\s*[,:–-]?\s*vad\s+(?:betyder|star|ar)\s+(?:det|den|dom)\b"
                              r"|\b(?:betyder|betydde|star|stod|innebar|menas\s+med|ar|forkortningen)\s+"
                              r"(?:en\s+|ett\s+)?(?P<word>[\w-]{2,12})|^\s*(?P<before>[\w-]{2,8})\s+forkortning")
ROLES = {"ordforande": "chair", "ordf": "chair", "motesordforande": "chair", "leder": "chair", "ledde": "chair",
         "motesledare": "chair", "sekreterare": "secretary", "sekr": "secretary",
         "protokollforare": "secretary", "motessekreterare": "secretary", "antecknare": "secretary",
         "motesantecknare": "secretary", "justerare": "justerare",
         "justerade": "justerare", "justera": "justerare"}
# Who wrote the minutes, asked without the word "sekreterare": "vem skrev mötesanteckningarna", "vem förde protokollet".
_WROTE = r"(?:skrev|skriver|forde|for)\s+(?:motes|minnes)?(?:anteckningarna|anteckningar|protokollet|protokoll)|antecknade|protokollforde"
ROLE = re.compile(r"\b(?:(?P<word>" + "|".join(ROLES) + r")|(?P<wrote>" + _WROTE + r"))\b")
# A listed role asked without its name: "vem har hand om pengarna" asks for the kassör.
ROLE_PARAPHRASES = {"kassor": re.compile(r"\b(?:har|hade)\s+hand\s+om\s+(?:pengarna|ekonomin|kassan)\b"
                                         r"|\bskot(?:er|te)\s+(?:ekonomin|kassan)\b|\bansvarar\s+for\s+(?:ekonomin|kassan)\b")}
DEPUTY = re.compile(r"\b(?:vice|v\.|bitradande|ersattare\s+for)\s+(?:ordforande|sekreterare|ordf)\b")
WHO = re.compile(r"\b(?:vem|vilka|vilken)\b")
# "vilket företag …", "vilken leverantör …", "vilket konsultbolag …": a company's name is the answer.
WHICH_COMPANY = re.compile(r"\b(?:vilket|vilken|vilka)\s+\w*(?:foretag|bolag|firma|leverantor|entreprenor|konsult)\w*")
# Who came after someone: answered by the item that records the change, not by the lists ("vem ersatte Britt-Marie").
SUCCESSOR = re.compile(r"\bvem\s+(?:ersatte|ersatter|eftertradde|eftertrader|tjanstgjorde\s+for|tjanstgor\s+for|"
                       r"var\s+ersattare\s+for|vikarierade\s+for|(?:har\s+)?(?:tog|tagit|tar)\s+over\s+efter"
                       r"|kom\s+in\s+(?:\w+\s+){0,4}(?:istallet|i\s+stallet)\s+for|blev\s+ny\s+\w+\s+(?:\w+\s+){0,4}efter"
                       r"|valdes\s+(?:\w+\s+){0,3}efter|(?:tog|tar|fick)\s+(?:\w+\s+){1,3}plats)\b")
# Of those, a successor for good, whom an item records ("valde Hanna Sjöqvist till ledamot efter Tobias Ek"), not
# a stand-in for one meeting, whom the lists name.
SUCCEEDED = re.compile(r"\bvem\s+(?:eftertradde|eftertrader|(?:tog|tar|fick)\s+(?:\w+\s+){1,3}plats"
                       r"|blev\s+ny\s+\w+|valdes\s+(?:\w+\s+){0,3}efter)\b")
WHO_IS = re.compile(r"\b(?:vem|vilka)\s+(?:ar|var|blev)\b")
# "var Anna Ek med på mötet", "vilka var med"; not "vilka län var Kronoberg i grupp med på konferensen"
ATTENDANCE = re.compile(r"\b(?:var\s+(?:\S+\s+){1,2}?med|narvarande|narvaro|deltog|deltagare|franvarande|"
                        r"narvarolista|var\s+med|inte\s+med|saknades|missade|franvaro|var\s+borta|uteblev|"
                        r"forhinder|kunde\s+inte\s+komma|inte\s+kom)\b")
ABSENCE = re.compile(r"\b(?:franvarande|franvaro|saknades|forhinder|inte\s+med|missade|var\s+borta|uteblev|"
                     r"kunde\s+inte\s+komma|inte\s+kom)\b")
# Who came after the start or left before the end ("vem kom sent", "vem gick tidigt från mötet i november").
CAME_LATE = re.compile(r"\b(?:kom|kommit|anlande|anslot|dok\s+upp)\s+(?:\w+\s+){0,2}?(?:sent|senare|for\s+sent|sist)\b"
                       r"|\bsen\s+ankomst|\bkom\s+(?:in\s+)?mitt\s+i\b"
                       # a person late ("vem var försenad till mötet"), not "de försenade rekommendationerna"
                       r"|\b(?:var|blev|kom)\s+(?:\w+\s+){0,2}?forsenad\b|\bforsenad\s+(?:till|in\s+pa)\b")
LEFT_EARLY = re.compile(r"\b(?:gick|lamnade|avvek|drog)\s+(?:\S+\s+){0,6}?(?:tidigt|tidigare|tidig|i\s+fortid|innan|fore)\b"
                        r"|\b(?:lamnade|avvek\s+fran|gick\s+fran)\s+(?:\S+\s+){0,4}?(?:\w*mote\w*|sammantrade\w*|"
                        r"stamma\w*)\b|\bavvek\b")
PRESENTED = re.compile(r"\b(?:foredr\w*|presenter\w*|redovisa\w*|dragit|rapporter\w*|aterrapporter\w*|informera\w*)\b")
# A task asked about; not "vad återrapporterades från konferensen", which asks what was said.
ASSIGNMENT = re.compile(r"\b(?:uppdrag\w*|aterrapport(?!erades\b|erade\b)\w*|aterkoppla\w*|aterkomm\w*|"
                        r"ska\s+(?:\S+\s+){1,3}?(?:gora|fixa|ordna|kolla|komma\s+med|redovisa|presentera|skicka)|ansvarar|ansvarig\w*|ansvara|ta\s+over|tar\s+over|"
                        r"vem\s+(?:ska|skulle|tar|tog|fick|far|ordnar|fixar)|till\s+nasta\s+mote|deadline|att\s+gora|"
                        r"ska\s+(?:\w+\s+){1,4}?ta\s+fram|ska\s+(?:\w+\s+){0,4}?vara\s+klart?|klart?\s+till|"
                        # "vem skriver underlaget", "vem bokar lokalen": who does a task, in the present tense
                        r"vem\s+(?!(?:ar|var|blir|blev|har|hade|representerar|sitter|ingar|deltar|leder|heter)\b)"
                        r"\w+(?:ar|er)\b)\b")
TIMELINE = re.compile(r"\b(?:utvecklats|utvecklingen|utvecklat|har\s+hant|hant\s+med|historik|historiken|tidslinje|"
                      r"hur\s+gar\s+det|blivit\s+(?:bat+re|sam+re)|"
                      r"hur\s+har\s+det\s+gatt|hur\s+har\s+(?:\w+\s+){1,6}?gatt(?=\W*$|\s+(?:for|med|hittills|i\s+ar)\b)|"
                      r"hur\s+langt\s+har\s+(?:\w+\s+){0,4}?(?:kommit|hunnit)|"
                      r"hur\s+har\s+(?:\w+\s+){1,8}?(?:hanterats|behandlats|skotts)|foljts\s+upp|hur\s+gick\s+det\s+med|forandr\w*\s+under|hande\s+med|"
                      r"forandrats\s+mellan|hur\s+gick\s+det\s+for|"
                      r"over\s+tid|genom\s+aren|forandrats|gatt\s+vidare|fran\s+borjan|hittills|"
                      # "snöröjningsupphandlingen, hur gick det?", "blev den av?", "hur slutade det för ombudet"
                      r"hur\s+gick\s+det(?=\W*$)|blev\s+(?:den|det|de)\s+av|hur\s+slutade\s+(?:det|den|\w+en|\w+et)|"
                      r"hur\s+har\s+(?:\w+\s+){1,3}?andrats)\b")
# What a timeline question says about the span it wants, not about its matter: "… sedan klubben åtog sig att
# arrangera den", "… från idé till i dag". Folded text.
TIMELINE_SPAN = re.compile(r"\s+(?:sedan|sen)\s+(?!\d)\S.*$|\s+(?:anda\s+)?fran\s+\w+\s+till\s+(?:i\s+dag|idag|nu|\w+)(?=\W*$)")
# The meeting a body holds first in its term of office: "vad beslutades på det konstituerande sammanträdet".
CONSTITUTING = re.compile(r"\bkonstituerande\s+\w*(?:sammantrade|mote)t?\b")
# A period question that asks for the items, not only the decisions: "vad togs upp på senaste mötet".
ITEMS_WANTED = re.compile(r"\b(?:togs\s+upp|tas\s+upp|tagits\s+upp|tog\s+(?:\S+\s+){0,10}?upp|punkter|dagordning\w*|"
                          r"behandlades|behandlade|diskuterades|diskuterade|pratade|pratades|snackade|"
                          r"handlade|gick\s+igenom|avhandlades|arenden)\b")
# A question about an amount: the sentence with the number answers it, not the decision.
AMOUNT = re.compile(r"\b(?:hur\s+mycket|hur\s+mkt|hur\s+manga|vad\s+(?:\w+\s+){0,6}?kosta(?:de|r)?|hur\s+stor\w*|vilket\s+belopp|"
                    r"hur\s+lang\w*|hur\s+hog\w*)\b")
# A second question after a who-question, on the sum: "vem fick jobbet … och vad kostar det".
AND_THE_COST = re.compile(r"\boch\s+(?:vad\s+(?:\w+\s+){0,2}?kosta\w*|hur\s+(?:mycket|mkt)|till\s+vilket\s+pris)\b")
# An amount of money: "vad kostar", "hur mycket dyrare", "vilken avgift", "till vilket pris".
COST = re.compile(r"\b(?:kost\w*|pris\w*|dyr\w*|billig\w*|avgift\w*|belopp\w*|budget\w*|pengar|kronor|hyra\w*)\b")
# "när hålls …", "vilket datum": the answer is a date in the text.
WHEN = re.compile(r"^\s*(?:och\s+)?nar\b|\bvilket\s+datum\b|\bvilken\s+dag\b")
# "hur lång projekttid har …", "hur länge gäller …": a span, answered by dates as well as by numbers
HOW_LONG = re.compile(r"\bhur\s+(?:lang|lange|langt)\b")
# "hur mycket kostade taket till slut": the outcome, recorded at the latest meeting on the matter
FINALLY = re.compile(r"\b(?:till\s+slut|till\s+sist|slutligen|i\s+slutandan|slutgiltig\w*|slutlig(?:a|t)?)\b")
# "varför …", "vad är skälet": the reasons stand in the text, not in the decision.
WHY = re.compile(r"\b(?:varfor|av\s+vilken\s+anledning|vad\s+ar\s+(?:skalet|anledningen|orsaken)|hur\s+motiver\w*)\b")
# A yes/no question starts with its verb: "blir det solpaneler på taket", "ska mobilerna samlas in", "höjs avgiften".
YES_NO = re.compile(r"^\s*(?:blir|blev|ska|skall|kommer|far|fick|har|hade|ar|kan|kunde|behover|maste|hojs|hojdes|"
                    r"sanks|sanktes|godkandes|antogs|beslutades|bestamdes|gick|finns|fanns|togs|avslogs|bifolls)\b")
# A turn that leans on the previous one: "och när beslutades det?", "vem ansvarar?", "men i år då?".
FOLLOW_UP_START = re.compile(r"^\s*(?:och|men|an|sa|samt|ocksa|sen|sedan)\b")


def asks(pattern: re.Pattern, question: str) -> re.Match | None:
    """The pattern matched on the folded question, chat forms written out ("vem e" → "vem ar")."""
    return pattern.search(written_out(fold(question)))


# How people type in a chat box: "vem e ordförande", "vad e underhållsfonden", "nån", "nåt".
_CHAT_FORMS = ((re.compile(r"\b(vem|vad|vilka|vilken|vilket|det|hur|var)\s+e\b"), r"\1 ar"),
               (re.compile(r"\bnan\b"), "nagon"), (re.compile(r"\bnat\b"), "nagot"))


def written_out(folded: str) -> str:
    for pattern, replacement in _CHAT_FORMS:
        folded = pattern.sub(replacement, folded)
    return folded


def listed_roles_asked(question: str) -> set[str]:
    """Roles (folded, as attendance lists write them) that the question asks for in other words."""
    return {role for role, pattern in ROLE_PARAPHRASES.items() if asks(pattern, question)}


def asked_role(question: str) -> str | None:
    """The header field a role question asks for ('chair', 'secretary', 'justerare'), or None."""
    match = asks(ROLE, question)
    if not match or asks(DEPUTY, question):  # "vice ordförande" is a role of its own, asked from the lists
        return None
    return ROLES[match["word"]] if match["word"] else "secretary"


# "vem är tränare för A-laget", "vem var ny kassör": the noun that names the role asked about (typed in lower case;
# "vem är Anna" asks for a person).
_ROLE_NOUN = re.compile(r"^\s*(?i:(?:och\s+)?vem\s+(?:är|ar|var|blir|blev)\s+(?:den\s+)?(?:nya?\s+)?)"
                        r"(?P<word>[a-zåäö][\wåäö-]{3,})\b")


def asked_role_noun(question: str) -> str | None:
    """The role noun of a 'vem är <roll> …' question, or None (a name, or a word such as 'ansvarig' or 'med')."""
    match = _ROLE_NOUN.match(question)
    if not match or fold(match["word"]) in _NOT_ROLE_NOUNS:
        return None
    return match["word"]


_NOT_ROLE_NOUNS = {"med", "inte", "ansvarig", "ansvariga", "ansvarar", "kontaktperson", "egentligen", "det", "detta"}


def capitalised_places(question: str) -> list[str]:
    """The names the question writes with a capital after 'i', 'på' or 'för' ('Vem är bibliotekschef i Ormnäs'):
    where the person asked about must be."""
    return re.findall(r"\b(?:i|på|för)\s+([A-ZÅÄÖ][a-zåäö]{2,})", question)
