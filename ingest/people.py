"""Names of people: attendee lines, presenter lines and the side column of table minutes.

Minutes name presenters three ways: a label ("Föredragande: Lisa Öberg"), a
name line right under the item title ("Ewa Ekman"), or a name in a table's
presenter column that text extraction puts somewhere inside the item ("Ulrika/Magnus").
The last kind is only recognised for people the header already lists, so an
ordinary short line of text is never mistaken for a presenter.
"""

from __future__ import annotations

import re

from swedish.labels import ROLE_WORDS

from .models import Attendee

_SPLIT_NAMES = re.compile(r"\s*(?:,|/|&|\boch\b)\s*")
_NAME_WORD = re.compile(r"^[A-ZÅÄÖÉÜ][\w'’.-]*$|^[A-ZÅÄÖ]\.?$")
_CONNECTORS = {"och", "/", "&", "samt"}
_ENDS_IN_INITIAL = re.compile(r"\s[A-ZÅÄÖ]\.$")
_PAREN_NOTE = re.compile(r"\((?:punkt|p\.|§)[^)]*\)", re.IGNORECASE)
_PAREN_ANY = re.compile(r"\(([^)]{1,80})\)")
_ITEMS_PART = re.compile(r"^(?:(?:t\.?\s?o\.?\s?m\.?|fr\.?\s?o\.?\s?m\.?|från|till\s+och\s+med|efter)\s+)?"
                         r"(?:§§?\s*\d+(?:\s*[–-]\s*\d+)?|(?:punkt|punkterna|p\.)\s*\d+(?:\s*[–-]\s*\d+)?)$",
                         re.IGNORECASE)
_DASHES = re.compile(r"\s+[–—-]\s+")


def looks_like_names(line: str, max_words: int = 10) -> bool:
    """True for 'Anneli L / Catherine', 'Lisa Öberg RGK', 'Fredrik Wärn, Jenny Lundell och Jessica Roström'."""
    line = _PAREN_NOTE.sub("", line).strip().rstrip(",/")
    if not line or line.endswith((":", "?", "!")) or any(ch.isdigit() for ch in line):
        return False
    if line.endswith(".") and not _ENDS_IN_INITIAL.search(line):  # "Johan B." is a name, "Mötet öppnades." not
        return False
    words = [w for w in re.split(r"[\s,/]+", line) if w]
    if not words or len(words) > max_words:
        return False
    name_words = [w for w in words if w.lower() not in _CONNECTORS]
    if not name_words or not all(_NAME_WORD.match(w) for w in name_words):
        return False
    # "LUNCH", "OBS" or "RGK" alone is not a person.
    return any(not w.isupper() for w in name_words)


def split_names(line: str) -> list[str]:
    return [part.strip() for part in _SPLIT_NAMES.split(_PAREN_NOTE.sub("", line)) if part.strip()]


def parse_attendee(line: str) -> Attendee | None:
    """'Anna-Karin Pålsson, Markaryd' → name + organisation; 'Anders Elingfors Växjö, Ordförande' too."""
    line = line.strip().strip("•-–* ").strip()
    if _DASHES.search(line):  # "Gunilla Ahlqvist – Länsstyrelsen – beredskapsdirektör": dashes between the fields
        line = _DASHES.sub(", ", line)
    note = _PAREN_NOTE.search(line)
    line = _PAREN_NOTE.sub("", line).strip()
    paren_role, party = None, None
    for inner in _PAREN_ANY.findall(line):
        if re.fullmatch(r"[A-ZÅÄÖ]{1,3}", inner.strip()):
            party = inner.strip()  # political party: (S), (M), (SD)
        else:
            paren_role = inner.strip().lower() if inner.strip().lower() in ROLE_WORDS else inner.strip()
    line = _PAREN_ANY.sub("", line).strip()
    if not line or len(line) > 90:
        return None
    # "Karin Vestin, MAS, § 16": the items the person was there for are neither organisation nor role
    parts = [p.strip() for p in line.split(",") if p.strip() and not _ITEMS_PART.match(p.strip())]
    if not parts:
        return None
    name, organisation, role = parts[0], None, None
    if len(parts) >= 2:
        organisation = parts[1]
    if len(parts) >= 3:
        role = ", ".join(parts[2:])  # "beredskapsdirektör, ordförande"
    # After the name, a role word, or anything written in lower case ('Jonas Eklöf, ordf', 'Therese Bergkvist,
    # studieansvarig'), is what the person is; an organisation is written with a capital.
    if organisation and (organisation.lower() in ROLE_WORDS or organisation[:1].islower()):
        role, organisation = organisation.lower() if organisation.lower() in ROLE_WORDS else organisation, role
        if organisation is None and paren_role and paren_role not in ROLE_WORDS:  # "socialsekreterare (Åby kommun)"
            organisation, paren_role = paren_role, None
    # "…, Region Vittmark (ordförande)": a role word in brackets is the role, whatever the commas held.
    role = paren_role if paren_role in ROLE_WORDS else role or paren_role
    organisation = organisation or party
    words = name.split()
    if organisation is None and len(words) >= 3 and words[-1][:1].isupper():
        # "Anders Elingfors Växjö" – a trailing third word is the organisation.
        name, organisation = " ".join(words[:-1]), words[-1]
    if not looks_like_names(name, max_words=5):
        return None
    if note:
        role = note.group(0).strip("()")
    return Attendee(name=name, organisation=organisation, role=role)


class KnownPeople:
    """People named in the header; recognises their names in a presenter column."""

    def __init__(self, names: list[str]):
        self.full = {n.lower() for n in names}
        self.first = {n.split()[0].lower() for n in names if n.split()}

    def __bool__(self) -> bool:
        return bool(self.full)

    def is_name_line(self, line: str) -> bool:
        """A short line made only of known people: 'Ulrika/Magnus', 'Torbjörn Forkby,'."""
        if not self or not looks_like_names(line, max_words=6):
            return False
        parts = split_names(line)
        if not parts or len(parts) > 3:
            return False
        return all(p.lower() in self.full or p.split()[0].lower() in self.first for p in parts)


# Attendance written as prose ("Närvarande: A, B och C. Pernilla Thorsell var bortrest, så Carina Lindqvist förde
# protokollet. Klubbchef Daniel Frisk var adjungerad."): the list is the first sentence; later sentences may name
# someone absent, someone who came later, or who took the minutes.
_ABBREVIATED = r"(?<!\bordf)(?<!\bsekr)(?<!\bbitr)(?<!\bresp)(?<!\bstf)(?<!\bkl)(?<!\bca)(?<!\bv)(?<!\btf)"
_SENTENCE_END = re.compile(rf"(?<=[\w)]){_ABBREVIATED}\.\s+(?=[A-ZÅÄÖ])")
_PERSON = r"(?P<name>[A-ZÅÄÖÉ][\wåäöé'-]+\s+[A-ZÅÄÖÉ][\wåäöé'-]+)(?:\s+\((?P<note>[^)]*)\))?"
_ABSENT_SENTENCE = re.compile(rf"^{_PERSON}\s+(?:(?:var|är)\s+(?:bortrest|frånvarande|sjuk|förhindrad|ledig|borta)"
                              rf"|(?:hade|har)\s+(?:anmält\s+)?förhinder)\b")
_LATE_SENTENCE = re.compile(rf"^(?:(?P<role>[A-ZÅÄÖ][a-zåäö]+(?:\s+[a-zåäö]+)?)\s+)?{_PERSON}\s+(?:kom|anslöt|deltog"
                            r"|närvarade|var\s+adjungerad|var\s+med|var\s+inbjuden|var\s+närvarande)\b")
# "Från styrelsen deltog A (ordförande), B och C": a list after the verb.
_LIST_SENTENCE = re.compile(r"^(?:\S+\s+){0,3}?(?:deltog|närvarade|var\s+närvarande)\s*:?\s+(?=[A-ZÅÄÖ])")
# "I hennes ställe kom kollegan Petter Wiklund": someone present for the person just named absent.
_STAND_IN_SENTENCE = re.compile(rf"^(?:I\s+(?:hennes|hans|dennes)\s+ställe|I\s+stället|Istället)\s+(?:kom|deltog|var)"
                                rf"\s+(?:(?P<role>[a-zåäö]+)\s+)?{_PERSON}")
_MINUTES_TAKER = re.compile(rf"\b{_PERSON}\s+(?:förde|skrev)\s+(?:protokollet|anteckningarna|minnesanteckningarna)\b")
# "ordf. Gunnar Wåhlin", "kassören Lars-Erik Modin": the role written before the name.
_ROLE_FIRST = re.compile(r"^(?P<role>(?:[a-zåäö][\wåäö.-]*\s+){1,2})(?P<name>[A-ZÅÄÖÉ][\wåäöé'-]+(?:\s+[A-ZÅÄÖÉ][\wåäöé'-]+)+)$")


def listed_in_sentence(sentence: str) -> str | None:
    """The list of a sentence such as 'Från styrelsen deltog A (ordförande), B och C', or None."""
    found = _LIST_SENTENCE.match(sentence)
    return sentence[found.end():] if found else None


def list_sentence_and_rest(value: str) -> tuple[str, list[str]]:
    """The attendance list (the first sentence of the value) and the sentences after it."""
    sentences = _SENTENCE_END.split(value.strip())
    return sentences[0].rstrip("."), [s.strip().rstrip(".") for s in sentences[1:]]


def with_role_after_name(part: str) -> str:
    """'kassören Lars-Erik Modin' → 'Lars-Erik Modin, kassören'; 'Gunnel Åkesson ordf.' → 'Gunnel Åkesson, ordf.';
    any other part unchanged."""
    if found := _ROLE_FIRST.match(part.strip()):
        return f"{found['name']}, {found['role'].strip()}"
    if found := _ROLE_AFTER.match(part.strip()):
        return f"{found['name']}, {found['role']}"
    return part


# "Gunnel Åkesson ordf.", "Birgitta Holm v. ordf.", "Karin Wallgren ekonomichef", "Henrik Dahl VD": the role after the
# name without a comma (a lower-case word, or VD)
_ROLE_AFTER = re.compile(r"^(?P<name>[A-ZÅÄÖÉ][\wåäöé'-]+(?:\s+[A-ZÅÄÖÉ][\wåäöé'-]+){1,2})\s+"
                         r"(?P<role>(?:[a-zåäö][\wåäö.-]*)(?:\s+[a-zåäö][\wåäö.-]*){0,2}|VD|vd)$")


def people_in_sentence(sentence: str, absent: Attendee | None = None) -> tuple[str, Attendee] | None:
    """('absent' | 'present', person) for a sentence after an attendance list that names one; `absent` is the
    person last named absent, whom a stand-in replaces."""
    if found := _ABSENT_SENTENCE.match(sentence):
        return "absent", Attendee(name=found["name"], role=found["note"])
    if (found := _STAND_IN_SENTENCE.match(sentence)) and absent:
        whom = ", ".join(p for p in (absent.name, absent.organisation) if p)
        role = ", ".join(r for r in (found["role"], f"i stället för {whom}") if r)
        return "present", Attendee(name=found["name"], role=role)
    if found := _LATE_SENTENCE.match(sentence):
        role = ", ".join(r for r in ((found["role"] or "").lower(), found["note"] or "") if r) or None
        return "present", Attendee(name=found["name"], role=role)
    return None


def minutes_taker(sentences: list[str]) -> str | None:
    """'… så Carina Lindqvist förde protokollet': who took the minutes, said in a sentence."""
    return next((found["name"] for s in sentences if (found := _MINUTES_TAKER.search(s))), None)
