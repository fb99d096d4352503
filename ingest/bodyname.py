"""The name of the body that met, from the lines above the first label of a document's header.

"BRÄNNHAMMARS KOMMUN" over "Tekniska nämnden", "Kallmora HC – protokoll fört vid ordinarie årsmöte",
"Styrelsemöte Kallmora HC" and "LÖVSJÖ HEMBYGDSFÖRENING" over "Styrelseprotokoll nr 5/2025" all name an
organisation and the organ that met: "Organisation, organ". Document types, dates and organisation
numbers printed with the name are left out.
"""

from __future__ import annotations

import re

from swedish.dates import find_date
from swedish.dictionary import without_capitals
from swedish.labels import DOC_TYPE, LABEL, is_field_line


def body_name(lines: list[str]) -> str:
    """The name printed above the first label, less the document type ('Mötesanteckningar till …').

    Wrapped lines are joined ('… samordning av länets' + 'hälso- och sjukvård …'); an
    upper-case organisation line is joined with the organ under it ('KOMMUN X' + 'Socialnämnden').
    """
    body = ""
    header = _above_first_label(lines)
    organ = _organ_printed_apart(header)
    for line in (_without_address(_left_column(line)) for line in header):
        if _ORG_NUMBER_LINE.match(line) or _RECEIVED_STAMP.match(line) or _REFERENCE.match(line) \
                or _TIME_LINE.match(line) or _PAGE_METADATA.match(line):
            continue  # "Org.nr 556412-7730" under the company's name; a scanned copy's "Ink. LEN 2025-09-15";
            #           "kl 13-16, Björkhagaskolan" under the title: when and where, unlabelled
        if body and _MET_SENTENCE.search(line):
            break  # "Styrelsen sammanträdde tisdagen den 9 september …": a sentence, not the organ's name
        held_at = _HELD_AT.search(line)  # "Lövsjö hembygdsförening – protokoll fört vid styrelsemöte"
        if held_at:
            organ = _ORGAN_OF_MEETING.get(" ".join(held_at["kind"].lower().split()), "")
            if held_at.start() == 0:  # "Protokoll fört vid styrelsesammanträde i Vrångsjö Fiber AB": whose, after "i"
                line = held_in["org"] if (held_in := _HELD_IN.search(line[held_at.end():])) else ""
        if held_by := _HELD_BY_ORGAN.search(line):  # "Protokoll från kårstyrelsens möte": the organ, in the genitive
            organ = held_by["organ"][:-1].lower()
            line = line[:held_by.start()]
        stripped = _TRAILING_DOC_TYPE.sub("", _ORG_NUMBER.sub("", DOC_TYPE.sub("", line))).strip()
        stripped = _TRAILING_SESSION.sub("", stripped)  # "avdelningsstyrelsen – konstituerande sammanträde"
        undated = _strip_date_phrase(stripped).strip()
        if trailing_kind := _TRAILING_MEETING.search(undated):  # "Mossbacka GK – styrelsemöte (15 oktober 2025)"
            organ = _ORGAN_OF_MEETING[trailing_kind["kind"].lower()]
            stripped = undated[:trailing_kind.start()]
        meeting_kind = _MEETING_WORDS.match(stripped) or _MEETING_LINE.match(stripped)
        if meeting_kind:
            organ = _ORGAN_OF_MEETING.get(" ".join(meeting_kind["kind"].lower().split()), "")
            stripped = stripped[meeting_kind.end():].strip()
        stripped = _TRAILING_DOC_TYPE.sub("", " ".join(_strip_date_phrase(stripped).split())).strip()
        if not stripped or (stripped.islower() and len(stripped.split()) == 1 and not ORGAN.search(stripped)) \
                or _YEAR_OR_RULE.match(stripped):
            continue  # nothing left but the document type or a date ('Protokoll styrelsemöte', 'Protokoll 2024-03-12')
        if body and stripped.endswith(".") and len(stripped.split()) > 6:
            break  # a sentence describing the group, not its name
        if not body:
            body = stripped
        elif body[:1].islower() and ORGAN.search(stripped) and not ORGAN.search(body):
            body = stripped  # "Minnesanteckningar – budgetberedning …" said what met about, the next line who met
        elif ORGAN.search(stripped) and (len(stripped.split()) <= 4 or body.isupper()) and not ORGAN.search(body):
            body = f"{body}, {stripped}"  # organisation, then the organ that met
        elif ORGAN.search(body) and (_MUNICIPALITY.match(stripped) or (_ORGAN_ONLY.match(body)
                                                                     and _ORGANISATION.match(stripped))):
            body = f"{stripped}, {body}"  # the organ first, its kommun under it: named as when printed the other way
            break
        elif stripped[:1].islower() or body.endswith(_OPEN_ENDINGS) or (body.isupper() and len(body.split()) <= 4):
            body = f"{body} {stripped}"
        elif DOC_TYPE.match(line) and (acronym := _GROUP_ACRONYM.match(stripped)):
            body = f"{body}, {acronym['name']}"  # "Minnesanteckningar EHT – övergripande möte": the group that met
            break
        else:
            break
    body = _first_sentence(body).strip().rstrip(".")
    body = " ".join(_strip_date_phrase(body).split())
    body = without_capitals(_organisation_first(body))  # a letterhead in capitals: "BRÄNNHAMMARS KOMMUN" → "Brännhammars kommun"
    if not body:
        return organ.capitalize()  # only the kind of meeting was printed ("Styrelsemöte 2024-05-02")
    return f"{body}, {organ}" if organ and organ.split()[-1] not in body.lower() else body


_PAGE_METADATA = re.compile(r"^(?:publicerad|uppdaterad|senast\s+(?:ändrad|uppdaterad)|skapad\s+av)\b", re.IGNORECASE)
_TIME_LINE = re.compile(r"^kl\.?\s*\d{1,2}(?:[.:]\d{2})?\b", re.IGNORECASE)
_REFERENCE = re.compile(r"^(?:dnr|diarienummer|diarienr)\b", re.IGNORECASE)
_RECEIVED_STAMP = re.compile(r"^(?:ink\.|inkom|inkommen|inkommit|inkommet|ankom|registrerad)\s.*\d{4}", re.IGNORECASE)
# Abbreviations whose full stop ends no sentence: "Vårdförbundet avd. Sörmark".
_ABBREVIATIONS = {"avd", "kl", "nr", "resp", "ca", "tf", "st", "org", "adj", "jfr", "ev", "fd", "ordf", "sekr"}


def _first_sentence(text: str) -> str:
    for found in re.finditer(r"(?<=[a-zåäö])[.!]\s+(?=[A-ZÅÄÖ])", text):
        if text[:found.start()].split()[-1].lower() not in _ABBREVIATIONS:
            return text[:found.start()]
    return text


# A street address or postcode beside the name in a letterhead: "VÅRDFÖRBUNDET AVD SÖRMARK · Storgatan 14, 652 24 Hallvik".
_ADDRESS = re.compile(r"\b[\wåäöÅÄÖ]+(?:gatan|vägen|gränd|torget|backen|allén|gata|väg)\s+\d|\b\d{3}\s?\d{2}\s+[A-ZÅÄÖ]"
                      r"|\bbox\s+\d", re.IGNORECASE)


def _without_address(line: str) -> str:
    """'Region Fjällmark · Läkemedelskommittén · Protokoll 2024-10-17' → 'Region Fjällmark, Läkemedelskommittén':
    parts set apart by '·' or '|' that are an address or the document's type are left out."""
    parts = re.split(r"\s+[·|]\s+", line)
    kept = [part for part in parts if not _ADDRESS.search(part) and not _DOC_TYPE_ONLY.match(part.strip())]
    return ", ".join(kept) if kept and len(parts) > 1 else line


_DOC_TYPE_ONLY = re.compile(r"^(?i:protokoll|sammanträdesprotokoll|minnesanteckningar|mötesanteckningar|anteckningar)"
                            r"(?:\s+(?:nr\s*)?[\d/.-]+|\s+[a-zåäö]+\s+\d.*)?$")


_TRAILING_SESSION = re.compile(r"\s+[–-]\s+(?:konstituerande|ordinarie|extra|extrainsatt)\s+(?:sammanträde|möte|"
                               r"styrelsemöte)\s*$", re.IGNORECASE)


def _organisation_first(body: str) -> str:
    """One way of writing an organisation and its organ, 'Organisation, organ', whichever way it was printed:
    "HÄLLEBRO KOMMUN – Miljö- och byggnadsnämnden", "Skogsvik Energi AB – Ledningsgruppen", "Ledningsgruppen,
    Skogsvik Energi AB", "Arbetsmiljökommittén – Skogsvik Energi AB" (so that one organ's minutes share a name)."""
    parts = re.match(r"^(?P<first>.+?)(?:,| [–-]) (?P<second>.+)$", body)  # ('Org – organ' is left as printed)
    if not parts:
        return body
    first, second = parts["first"].strip(), parts["second"].strip()
    if _ORGAN_ONLY.match(first) and _ORGANISATION.match(second) and not ORGAN.search(second):
        return f"{second}, {first}"
    if ORGAN.search(second) and first.isupper() and not ORGAN.search(first):  # a letterhead in capitals
        return f"{first}, {second}"
    return body


# An organ named by itself ("Ledningsgruppen", "Arbetsmiljökommittén"), and an organisation's name ("Skogsvik Energi
# AB", "Vintersjö kommun", "Föreningen Ljusnebygdens folkets hus").
_ORGAN_ONLY = re.compile(r"^[a-zåäö-]+(?:nämnd|styrelse|utskott|grupp|råd|kommitté|direktion)(?:en|et|n)?"
                         r"(?:\s+[a-zåäö-]{4,})?"  # "Arbetsgrupp fallprevention": what the group works on
                         r"(?:\s+\([A-ZÅÄÖ]{2,6}\))?$", re.IGNORECASE)  # "Arbetsutskottet (AU)"
_ORGANISATION = re.compile(r"^(?:[A-ZÅÄÖ][\wåäö&.-]*\s+){0,5}(?:AB|HB|KB|kommun|region|förening|föreningen|"
                           r"förbund|förbundet)$|^[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,4}"
                           r"(?:,\s+(?:Region\s+[A-ZÅÄÖ][\wåäö-]+|[A-ZÅÄÖ][\wåäö-]+\s+kommun))?$",  # "Vårdcentralen X, Region Y"
                           re.IGNORECASE)


def _above_first_label(lines: list[str]) -> list[str]:
    """The lines before the first label ('Datum:', 'Närvarande') or field line."""
    for index, line in enumerate(lines):
        if LABEL.match(line) or is_field_line(line):
            return lines[:index]
    return lines


def _left_column(line: str) -> str:
    """A letterhead set in two columns ('RÄDDNINGSTJÄNSTEN X    SAMMANTRÄDESPROTOKOLL' over 'Kommunalförbund
    Direktionen', spaces collapsed): the organisation is the left column; the organ on the right is taken apart."""
    found = _RIGHT_ORGAN.search(line)
    return line[:found.start()].rstrip() if found else line


def _organ_printed_apart(lines: list[str]) -> str:
    """The organ printed on a line of its own after the organisation's lines, after the document type
    ('SAMMANTRÄDESPROTOKOLL – Direktionen') or in a letterhead's right column ('Kommunalförbund Direktionen');
    '' when none is."""
    for line in lines:
        found = _RIGHT_ORGAN.search(line) or _DOC_TYPE_THEN_ORGAN.match(line.strip())
        if found:
            return found["organ"].lower()
    return ""


_MET_SENTENCE = re.compile(r"\b(?:sammanträdde|träffades|möttes|samlades)\b", re.IGNORECASE)
_ORGANS = r"(?:nämnden|styrelsen|direktionen|utskottet|fullmäktige)"
# A capitalised organ after another word, as a right column joined to the left: not "Barn- och Utbildningsnämnden".
_RIGHT_ORGAN = re.compile(rf"(?<=[\w)])(?<!\boch)(?<!\bför)(?<!\bi)\s+(?P<organ>(?=[A-ZÅÄÖ])(?i:[a-zåäö]*{_ORGANS}))\s*$")
_DOC_TYPE_THEN_ORGAN = re.compile(rf"^(?i:sammanträdesprotokoll|protokoll|mötesprotokoll)\s*[–-]\s*"
                                  rf"(?P<organ>(?i:[a-zåäö]*{_ORGANS}))$")
_TRAILING_MEETING = re.compile(r"\s+[–-]\s+(?P<kind>(?i:styrelsemöte|styrelseprotokoll|styrelsesammanträde|årsmöte"
                               r"|föreningsstämma|årsstämma|möte))"
                               r"(?:\s+(?i:mån|tis|ons|tors|fre|lör|sön)\w*)?\s*$")  # "ungdomssektionen HOK - möte tis"


WEEKDAY = r"(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?"
_WEEK_OR_DAY_AT_END = re.compile(r"\s+(?:(?:vecka|v\.?)\s*\d{1,2}|\d{1,2}/\d{1,2})\s*$", re.IGNORECASE)
# "Minnesanteckningar 2024" less its type; "====="; a page number over the letterhead
_YEAR_OR_RULE = re.compile(r"^(?:(?:19|20)\d\d|\d{1,3}|(?i:nr\.?\s*)?\d{1,3}/\d{2,4}|[=_*~-]{3,})$")  # "nr 8/2025"
ISO_ONLY = re.compile(r"^\d{4}-\d\d-\d\d\b.*$")
ORGAN = re.compile(r"(nämnd|styrelse|fullmäktige|utskott|grupp|råd|stämma|årsmöte|kommitté|direktion)(en|et|n)?\b",
                   re.I)
_OPEN_ENDINGS = (" i", " för", " av", " och", " med", " till", " inom", ",")
# "styrelsemöte i Nordljus AB" → "Nordljus AB, styrelsen": the organ that met, after the organisation.
_MEETING_WORDS = re.compile(r"^(?:ordinarie\s+)?(?P<kind>sammanträde|möte|styrelsemöte|årsmöte|extra\s+årsmöte"
                            r"|föreningsstämma|årsstämma|extra\s+bolagsstämma|bolagsstämma)"
                            r"(?:\s+(?:med|i|för)\s+|\s*[–-]\s+|\s+(?=(?-i:[A-ZÅÄÖ])))",  # "Styrelsemöte Kallmora HC"
                            re.IGNORECASE)
_ORGAN_OF_MEETING = {"möte": "", "styrelsemöte": "styrelsen", "styrelsesammanträde": "styrelsen",
                     "ordinarie styrelsesammanträde": "styrelsen", "styrelsemötet": "styrelsen", "styrelseprotokoll": "styrelsen", "årsmöte": "årsmötet",
                     "ordinarie årsmöte": "årsmötet", "årsmötesprotokoll": "årsmötet", "extra årsmöte": "extra årsmötet",
                     "ordinarie styrelsemöte": "styrelsen", "extra styrelsemöte": "styrelsen",
                     "föreningsstämma": "föreningsstämman", "årsstämma": "årsstämman",
                     "bolagsstämma": "bolagsstämman", "extra bolagsstämma": "extra bolagsstämman"}
# A line that only names the kind of meeting and its date: "Styrelsemöte 12 mars 2024".
_MEETING_LINE = re.compile(r"^(?P<kind>styrelsemötet?|styrelsesammanträde|styrelseprotokoll|årsmötet?|årsmötesprotokoll|extra\s+årsmöte"
                           r"|extra\s+styrelsemöte"
                           r"|föreningsstämma|årsstämma|bolagsstämma)"
                           r"(?:\s+nr\.?\s*\d+(?:/\d+)?)?"  # "Styrelsemöte nr 3/2025"
                           rf"(?=\s*(?:{WEEKDAY}\s+)?(?:den\s+)?\d|\s*$)", re.IGNORECASE)
# "Kallmora HC – protokoll fört vid ordinarie årsmöte": the meeting the name's document type names.
_HELD_AT = re.compile(r"\b(?:protokoll|mötesprotokoll|anteckningar)\s+(?:(?:fört|förda)\s+vid|från)\s+"
                      r"(?P<kind>(?:ordinarie\s+)?(?:styrelsemöte|styrelsesammanträde|årsmöte)|extra\s+årsmöte"
                      r"|föreningsstämma|årsstämma|bolagsstämma)\b", re.IGNORECASE)
_HELD_IN = re.compile(r"^\s+(?i:i|för|hos|med|inom)\s+(?P<org>[A-ZÅÄÖ].*)$")
_HELD_BY_ORGAN = re.compile(r"\b(?:protokoll|mötesprotokoll|anteckningar|minnesanteckningar)(?:\s+(?:fört|förda)\s+vid\s+"
                            r"|\s+från\s+|\s*,\s*|\s+[–-]\s+)(?P<organ>[a-zåäö]*(?:styrelse|nämnd|utskott|råd|grupp)(?:ns|ens|ets|s))\s+"
                            r"(?:möte|sammanträde)\b", re.IGNORECASE)
# "BRÄNNHAMMARS KOMMUN      SAMMANTRÄDESPROTOKOLL": the document type printed at the end of a letterhead.
_TRAILING_DOC_TYPE = re.compile(r"\s+(?:SAMMANTRÄDESPROTOKOLL|PROTOKOLL|MÖTESANTECKNINGAR|MINNESANTECKNINGAR)$"
                                r"|(?<=[a-zåäö])\s+(?:Sammanträdesprotokoll|Protokoll|Mötesanteckningar|Minnesanteckningar)$"
                                r"|\s+(?i:protokoll|minnesanteckningar|mötesanteckningar)\s+(?:nr\s*)?\d+/\d+$"
                                r"|(?:\s+(?i:sammanträdesdatum|datum|sida|blad|paragrafer|dnr))+$"
                                r"|\s+[–—-]\s+(?i:protokoll|mötesprotokoll|mötesanteckningar|minnesanteckningar|anteckningar)\b.*$"
                                r"|\s*:\s*(?i:sammanträdesprotokoll|protokoll|mötesprotokoll|minnesanteckningar"
                                r"|mötesanteckningar|anteckningar)\b.*$")
_GROUP_ACRONYM = re.compile(r"^(?P<name>[A-ZÅÄÖ]{2,6})(?=\s*(?:[–-]|\(|$))")
_MUNICIPALITY = re.compile(r"^(?:[A-ZÅÄÖ][\wåäö-]+\s+(?:kommun|stad|region|kommunalförbund)|Region\s+[A-ZÅÄÖ][\wåäö-]+)$")
_ORG_NUMBER_LINE = re.compile(r"^(?:org\.?\s*nr|organisationsnummer)\b", re.IGNORECASE)
_ORG_NUMBER = re.compile(r"\s*\((?:org\.?\s*nr|organisationsnummer)[^)]*\)", re.IGNORECASE)


def _strip_date_phrase(text: str) -> str:
    text = _WEEK_OR_DAY_AT_END.sub("", text)  # "Ledningsgruppen vecka 25", "träff 22/5"
    found = find_date(text)
    if not found:
        return text
    if ISO_ONLY.match(text):
        return ""
    return re.sub(rf"\s*(?:,|–|-)?\s*(?:{WEEKDAY}\s+)?(?:den\s+)?\d{{1,2}}(?::e)?\s+\w+\s+\d{{4}}.*$"
                  rf"|\s*(?:{WEEKDAY}\s+)?\d{{1,2}}/\d{{1,2}}(?:\s*-\s*|\s+)\d{{2,4}}.*$"
                  r"|\s*\d{4}-\d\d-\d\d.*$", "", text).strip()
