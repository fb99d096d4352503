"""Which person a question names: a full name or a first name that the meetings' lists hold, a name that no
list holds though one of its words is known, and a capitalised pair that is an organisation, not a person."""

from __future__ import annotations

import re

from ingest.models import Attendee, Meeting
from swedish.dictionary import frequency
from swedish.questions import WHO_IS
from swedish.text import fold


def unknown_name(question: str) -> str | None:
    """'Vem är Gunilla Strandberg?': a first name and surname, capitalised, after 'vem är/var'."""
    match = WHO_IS.search(fold(question))
    if not match:
        return None
    rest = question[match.end():].strip(" ?.!").split()
    if 2 <= len(rest) <= 3 and all(w[:1].isupper() and w[1:].islower() for w in rest):
        return " ".join(rest)
    return None


def find_attendee(person: str, people: list[Attendee]) -> Attendee | None:
    return next((p for p in people if same_person(person, p.name)), None)


def same_person(wanted: str, name: str) -> bool:
    wanted_words, name_words = fold(wanted).split(), fold(name).split()
    return bool(wanted_words) and all(w in name_words for w in wanted_words)


def split_names(value: str) -> list[str]:
    return [p.strip() for p in value.replace(" och ", ",").replace("/", ",").split(",") if p.strip()]


def person_in(question: str, meetings: list[Meeting]) -> str | None:
    """The longest known person's name (or first name) that the question mentions, as the question writes it.
    Lower-case words count when they are rare ('florence') or together make a known full name ('maria linden')."""
    words = [w.strip("?.,!:;()”\"'") for w in question.split()]
    known, full_names = _known_names(tuple(m.id for m in meetings), meetings)
    best: list[str] = []
    for start in range(len(words)):
        pair = words[start:start + 2]
        if len(pair) == 2 and pair[1][:1].isupper() and _names_an_organisation(" ".join(pair), meetings):
            continue  # "i Region Västmark": an organisation, though a presenter line named "Region"
        run: list[str] = []
        for word in words[start:start + 3]:
            if fold(word) not in known:
                break
            run.append(word)
        while run and not (fold(" ".join(run)) in full_names
                           or all(w[:1].isupper() or _rare(w) for w in run)):
            run.pop()
        if len(run) > len(best):
            best = run
    return " ".join(best) or None


def _capitalised_pairs(question: str) -> list[str]:
    words = [w.strip("?.,!:;()”\"'") for w in question.split()][1:]  # the first word is capitalised anyway
    return [f"{a} {b}" for a, b in zip(words, words[1:])
            if a[:1].isupper() and b[:1].isupper() and a[1:].islower() and b[1:].islower()]


def listed_full_name(question: str, meetings: list[Meeting]) -> str | None:
    """A full name the question gives that stands in someone else's entry of a list ('ersättare för Per Hedlund')."""
    return next((name for name in _capitalised_pairs(question)
                 if named_in_lists(name, meetings) and not _names_an_organisation(name, meetings)), None)


def unknown_full_name(question: str, meetings: list[Meeting]) -> str | None:
    """A first name and surname, capitalised, that no one in the minutes has, though one of the words is known."""
    known, full_names = _known_names(tuple(m.id for m in meetings), meetings)
    for name in _capitalised_pairs(question):
        first, last = name.split()
        if last.endswith("s") and fold(f"{first} {last[:-1]}") in full_names:
            continue  # "Henrik Bergqvists roll": the genitive of a listed name
        if fold(name) not in full_names and (fold(first) in known or fold(last) in known) \
                and not named_in_lists(name, meetings) and not _names_an_organisation(name, meetings):
            return name
    return None


def _names_an_organisation(name: str, meetings: list[Meeting]) -> bool:
    """'Region Västmark' is a body's or an attendee's organisation, not a person."""
    wanted = fold(name)
    return any(wanted in text for text in _organisations(tuple(m.id for m in meetings), meetings))


_ORGANISATION_CACHE: dict[tuple[str, ...], tuple[str, ...]] = {}


def _organisations(key: tuple[str, ...], meetings: list[Meeting]) -> tuple[str, ...]:
    """The folded names of the meetings' bodies and of their people's organisations, each once; kept per meeting set
    like `_known_names`, since every question asks it."""
    if key not in _ORGANISATION_CACHE:
        texts = {fold(t) for m in meetings for t in (m.body, *(p.organisation for p in m.attendees + m.absentees)) if t}
        _ORGANISATION_CACHE.clear()
        _ORGANISATION_CACHE[key] = tuple(sorted(texts))
    return _ORGANISATION_CACHE[key]


def named_in_lists(person: str, meetings: list[Meeting]) -> list[tuple[Meeting, Attendee]]:
    """Attendees whose role or organisation names the person: 'tjänstgörande ersättare för Per Hedlund (M)'."""
    wanted = fold(person)
    return [(m, a) for m in meetings for a in m.attendees + m.absentees
            if a.name and wanted in fold(f"{a.role or ''} {a.organisation or ''}")]


def _rare(word: str) -> bool:
    """A lower-case word that is no common Swedish word: 'florence' typed without its capital."""
    return len(word) >= 4 and frequency(word.lower()) < 3.5


_NAME_CACHE: dict[tuple[str, ...], tuple[frozenset[str], frozenset[str]]] = {}


# An organisation written where a person could stand ("Amir Haddad, Region Västerdal"): an acronym first ("FoU",
# "BUP"), or a word that names an organisation first or last.
_NO_PERSON = re.compile(r"^[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]*[A-ZÅÄÖ]\w*\b|^(?:Region|Kommunen|Landstinget|Föreningen|Stiftelsen)\b"
                        r"|\s(?:kommun|region|AB|HB|förening|förbund)$")


def _known_names(key: tuple[str, ...], meetings: list[Meeting]) -> tuple[frozenset[str], frozenset[str]]:
    """(every folded word of a person's name, every folded full name) in the meetings; cached per meeting set."""
    if key not in _NAME_CACHE:
        names: set[str] = set()
        for meeting in meetings:
            values = [a.name for a in meeting.attendees + meeting.absentees]
            values += [v for v in (meeting.chair, meeting.secretary, meeting.justerare) if v]
            values += [item.presenter for item in meeting.items if item.presenter]
            names.update(part for value in values for part in split_names(value))
        names = {name for name in names if not _NO_PERSON.search(name)}  # "FoU Västerdal", "Region Västerdal"
        words = {fold(w) for name in names for w in name.split() if w[:1].isupper() and len(w) > 1}
        _NAME_CACHE.clear()
        _NAME_CACHE[key] = (frozenset(words), frozenset(fold(n) for n in names))
    return _NAME_CACHE[key]
