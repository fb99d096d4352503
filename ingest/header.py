"""Meeting metadata from the lines above the first agenda item (and the sign-off below the last).

Fields are found by their Swedish labels ("Tid:", "Plats:", "Närvarande:",
"Ordförande:", "Mötesanteckningar: …"); the body is the name printed above the
labels. Each value records where it came from so `inspect` can show it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from swedish.dates import date_in_filename, find_date, infer_year
from swedish.labels import (CHAIR, CHAIR_ROLE, FIELD_LABELS, JUSTERARE, NOT_A_PERSON_START, PEOPLE_LABELS,
                            SECRETARY, SECRETARY_ROLE, is_field_line)

from .bodyname import body_name
from .headerlines import (join_label_lines, join_open_endings, join_sign_off_labels, join_wrapped_values, label_of,
                          table_rows_read)
from .models import Attendee
from .people import (list_sentence_and_rest, listed_in_sentence, looks_like_names, minutes_taker, parse_attendee,
                     people_in_sentence, with_role_after_name)

TIME = re.compile(
    r"(?:kl\.?\s*)?(?<![\d-])(\d{1,2}(?:[.:]?\d{2})?\s*[-–]\s*\d{1,2}(?:[.:]?\d{2})?)(?![\d-])"
    r"|kl\.?\s*(\d{1,2}(?:[.:]\d{2})?)"
)
# "Fredagen den 20 mars 2026, " before the place in a "Tid och plats" field.
_DATE_PHRASE = re.compile(r"^(?:[a-zåäö]+dag(?:en)?\s+)?(?:den\s+)?(?:\d{1,2}\s+[a-zåäö]+\.?(?:\s+\d{4})?|\d{4}-\d\d-\d\d)"
                          r"\s*(?:,\s*|$)", re.IGNORECASE)
TIME_PHRASE = re.compile(r",?\s*(?:kl\.?\s*)?\d{1,2}[.:]\d{2}\s*[-–]\s*\d{1,2}[.:]\d{2}|,?\s*kl\.?\s*\d{1,2}(?:[.:]\d{2})?")


@dataclass
class Header:
    body: str = ""
    date: str | None = None
    time: str | None = None
    place: str | None = None
    chair: str | None = None
    secretary: str | None = None
    justerare: str | None = None
    attendees: list[Attendee] = field(default_factory=list)
    absentees: list[Attendee] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    sources: dict[str, str] = field(default_factory=dict)


def parse_header(lines: list[str], footer: list[str], full_text: str, filename: str, *,
                 page_edges: list[str] | None = None) -> Header:
    header = Header()
    plain = join_label_lines(table_rows_read([_plain(line) for line in lines]))
    header.body = body_name(plain)
    header.sources["body"] = "raden/raderna överst i dokumentet"
    _people_blocks(plain, header)
    _attendance_tables([line.strip() for line in lines], header)
    for line in join_wrapped_values(plain) + join_sign_off_labels([_plain(line) for line in footer]):
        for field_line in _SECOND_FIELD.split(line):  # "Plats: Klubbstugan   Tid: 18.30–20.40" on one line
            _single_fields(field_line, header)
    _date(plain, full_text, filename, header, page_edges or [])
    if header.chair is None:  # "Camilla Rydén (verksamhetschef, ordf.)": the role may come second
        header.chair = next((a.name for a in header.attendees if _listed_as(CHAIR_ROLE, a)), None)
        header.sources["chair"] = FROM_THE_LIST
    if header.secretary is None:
        header.secretary = next((a.name for a in header.attendees if _listed_as(SECRETARY_ROLE, a)), None)
        header.sources["secretary"] = FROM_THE_LIST
    return header


# Where a role was read from the attendance list's descriptions: the organisation's chair listed as "ordförande" at
# an annual meeting is not the meeting's chair when an opening item elects another.
FROM_THE_LIST = "närvarolistan"


_SECOND_FIELD = re.compile(r"\s+(?=(?:Tid|Datum|Plats|Lokal|Justerare|Sekreterare|Ordförande|Vid protokollet|Justeras)"
                           r"\s*:)")


def _listed_as(role: re.Pattern, person: Attendee) -> bool:
    described = [part.strip() for text in (person.role, person.organisation) if text for part in text.split(",")]
    return any(role.match(part) for part in described)


_BULLET = re.compile(r"^[-*•]\s+")  # "- **Närvarande:** …": a header written as a Markdown list


def _plain(line: str) -> str:
    return _BULLET.sub("", line.lstrip("#").strip().strip("|").strip())


def _people_blocks(lines: list[str], header: Header) -> None:
    lines = join_open_endings(join_wrapped_values(lines))
    kind: str | None = None
    previous_empty_label: str | None = None
    listed_as: str | None = None
    merged = False
    for line in lines:
        label, value = label_of(line)
        if label is not None and label.lower() in PEOPLE_LABELS:
            new_kind = PEOPLE_LABELS[label.lower()]
            if kind is not None and previous_empty_label is not None and not merged:
                header.flags.append("närvaro- och frånvarolistorna gick inte att skilja åt; alla namn lades som närvarande")
                merged = True
                continue
            kind = new_kind
            previous_empty_label = listed_as = label
            if value:
                _add_people(value, kind, header, inline=True, listed_as=label)
                previous_empty_label = None
            continue
        if label is not None and value and kind is not None and _is_group_label(label, line):
            _add_group(value, label, kind, header, listed_as)  # "  Region Älvmark:  Susanne Carlén, Hampus Bredberg"
            previous_empty_label = None
            continue
        if label is not None or is_field_line(line):
            kind, previous_empty_label = None, None
            continue
        if kind is None or not line:
            continue
        if _add_people(line, kind if not merged else "present", header, inline=_several_on_one_line(line),
                       listed_as=None if merged else listed_as):
            previous_empty_label = None
        elif line and not line[:1].isupper():
            kind = None


def _several_on_one_line(line: str) -> bool:
    """'A, ordförande; B; C' or 'Ingela Svärd (C), ordförande, Tomas Berglöf (S)' under a label: a list, where a
    line of its own is otherwise one person ('Anna Ek, Region Norr, ordförande')."""
    names = [part for part in _top_level_parts(line) if _PERSON.match(part) and not _ORGANISATION_HINT.search(part)]
    return ";" in line or len(names) >= 2


_PERSON = re.compile(r"^[A-ZÅÄÖÉ][\wåäöé'-]+(?:\s+[A-ZÅÄÖÉ][\wåäöé'-]+){1,2}(?:\s*\([^)]*\))?$")


_NAME_COLUMN = re.compile(r"^(namn|ledamot|ledamöter|deltagare|person)$", re.I)
_ROLE_COLUMN = re.compile(r"^(roll|funktion|uppdrag|befattning|titel|organisation|parti)$", re.I)
_PRESENCE_COLUMN = re.compile(r"^(närvarande|närvaro|närv\.?|deltog|närvarande\s*\(ja/nej\))$", re.I)
_ABSENT_VALUES = {"nej", "-", "–", "frånvarande", "f", "anmält förhinder", "förhinder", "nej, anmält förhinder"}


def _attendance_tables(lines: list[str], header: Header) -> None:
    """Tables with a name column ('| Namn | Roll | Närvarande |'): present and absent people."""
    columns: dict[str, int] | None = None
    for line in lines:
        if "|" not in line:
            columns = None
            continue
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if all(re.fullmatch(r":?-{2,}:?", c) or not c for c in cells):
            continue  # Markdown separator row
        if columns is None:
            names = [i for i, c in enumerate(cells) if _NAME_COLUMN.match(c)]
            if names:
                columns = {"name": names[0]}
                for key, pattern in (("role", _ROLE_COLUMN), ("present", _PRESENCE_COLUMN)):
                    found = [i for i, c in enumerate(cells) if pattern.match(c)]
                    if found:
                        columns[key] = found[0]
            continue
        if columns["name"] >= len(cells) or not cells[columns["name"]]:
            continue
        # "Kerstin Lindqvist (S), ordförande" in the name column: the name, party and role as in a list
        person = parse_attendee(cells[columns["name"]]) or Attendee(name=cells[columns["name"]])
        if "role" in columns and columns["role"] < len(cells) and cells[columns["role"]]:
            if person.role is None:
                person.role = cells[columns["role"]]
            else:
                person.organisation = cells[columns["role"]]
        presence = cells[columns["present"]].lower() if "present" in columns and columns["present"] < len(cells) else ""
        absent = presence in _ABSENT_VALUES or presence.startswith("nej")  # "Nej (ersättare Camilla Strömberg)"
        (header.absentees if absent else header.attendees).append(person)
        if CHAIR_ROLE.match(person.role or "") and header.chair is None:
            header.chair = person.name
            header.sources["chair"] = FROM_THE_LIST


def _is_group_label(label: str, line: str) -> bool:
    """Under 'Närvarande' on a line of its own, 'Region Älvmark: …' or 'Polisen: …' names the organisation of the
    people after it; a field ('Justerare: …') ends the list."""
    return label.lower() not in FIELD_LABELS and not is_field_line(line) and label[:1].isupper()


def _add_group(value: str, organisation: str, kind: str, header: Header, listed_as: str | None) -> None:
    listed = header.absentees if kind == "absent" else header.attendees
    before = len(listed)
    # one name each: "Björn Hammarlund (lämnade mötet …), Conny Ekdahl"; or, between semicolons, a name with its
    # own organisation: "Leif Åkerlund, RSMH Högmora; Birgitta Holm, FUB"
    parts = [p.strip() for p in value.split(";") if p.strip()] if ";" in value else _top_level_parts(value)
    for part in parts:
        _add_people(part, kind, header, inline=False, listed_as=listed_as)
    for person in listed[before:]:
        person.organisation = person.organisation or organisation


# "Närvarande var ledamöterna Bengt Axelsson (ordförande), …": the list starts at the first name.
_VERB_BEFORE_LIST = re.compile(r"^(?:var|är|blev)\s+(?:[a-zåäö]+\s+){0,2}(?=[A-ZÅÄÖÉ])")


def _add_people(text: str, kind: str, header: Header, inline: bool, listed_as: str | None = None) -> bool:
    later: list[str] = []
    if inline:
        text, later = list_sentence_and_rest(_VERB_BEFORE_LIST.sub("", text))
    parts = _with_descriptions([with_role_after_name(p) for p in _top_level_parts(text)]) if inline \
        else _top_level_parts(text)
    if inline and ";" in text:  # "Ingrid Tallqvist, ordförande; Bertil Svahn, vice ordförande; Agneta Norrby"
        people = [p for p in (parse_attendee(part.strip()) for part in text.split(";") if part.strip()) if p]
    elif inline and len(parts) >= 3 or (inline and len(parts) == 2 and all("(" in p for p in parts)):
        people = [p for p in (parse_attendee(part) for part in parts) if p]
    else:
        person = parse_attendee(text)
        people = [person] if person else []
    people = [p for p in people if p.name.split()[0].lower() not in NOT_A_PERSON_START]
    if not people:  # "34 röstberättigade medlemmar … Från styrelsen deltog A, B och C."
        return _add_sentence_people(later, header, kind, listed_as)
    for person in people:
        person.listed_as = listed_as
        if kind == "absent":
            header.absentees.append(person)
        else:
            if kind == "guest" and person.role is None:
                person.role = "övrig deltagare"
            header.attendees.append(person)
    _add_sentence_people(later, header, kind, listed_as)
    return True


def _add_sentence_people(sentences: list[str], header: Header, kind: str, listed_as: str | None) -> bool:
    """The people the sentences after an attendance list name: a list after 'deltog', the absent, those who came
    later, who took the minutes. Whether any was found."""
    found_any = False
    for sentence in sentences:
        if (listed := listed_in_sentence(sentence)) is not None:
            found_any |= _add_people(listed, kind, header, inline=True, listed_as=listed_as)
        elif found := people_in_sentence(sentence, header.absentees[-1] if header.absentees else None):
            presence, person = found
            (header.absentees if presence == "absent" else header.attendees).append(person)
            found_any = True
    if header.secretary is None and (taker := minutes_taker(sentences)):
        header.secretary = taker
        header.sources["secretary"] = " ".join(sentences)
    return found_any


_ORGANISATION_HINT = re.compile(r"\b(?:AB|HB|kommun|region|förvaltning\w*|polisen|stiftelse\w*)\b", re.IGNORECASE)


def _with_descriptions(parts: list[str]) -> list[str]:
    """'Johan Kvist', 'kommunpolis (Polisen, Tallvika)' → 'Johan Kvist, kommunpolis (Polisen, Tallvika)': in a list on
    one line, a part in lower case (or naming an organisation) describes the person before it; a one-word part too,
    unless most parts are one word (a list of first names)."""
    joined: list[str] = []
    words = [len(re.sub(r"\(.*?\)", "", part).split()) for part in parts]
    first_names = len(parts) >= 3 and words.count(1) * 2 > len(parts)  # "Jonas (ordf), Elin, Oskar, Sara": people
    for part, size in zip(parts, words):
        text = part.strip()
        one_word = size == 1 and not first_names  # "Försäkringskassan": a person has two names
        if joined and (text[:1].islower() or one_word or _ORGANISATION_HINT.search(text)):
            joined[-1] = f"{joined[-1]}, {text}"
        else:
            joined.append(text)
    return joined


def _top_level_parts(text: str) -> list[str]:
    """'A (ordf.), B, C och D' → ['A (ordf.)', 'B', 'C', 'D']: commas and 'och' outside parentheses."""
    parts, depth, current = [], 0, ""
    for char in text:
        depth += char == "("
        depth -= char == ")"
        if char == "," and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
    parts.append(current)
    result = []
    for part in parts:
        result.extend(p for p in re.split(r"\s+(?:och|samt)\s+(?![^(]*\))", part) if p.strip())
    return [p.strip() for p in result if p.strip()]


def _names_only(value: str) -> str:
    """'Gunilla Ahlqvist, Länsstyrelsen' → 'Gunilla Ahlqvist': a one-word part after a name is where the person
    works; two names ('Ulrika Boström, Magnus Frithiof') are both kept."""
    parts = [part.strip() for part in value.split(",")]
    return ", ".join([parts[0], *(p for p in parts[1:] if len(p.split()) >= 2)]).strip()


def _single_fields(line: str, header: Header) -> None:
    if not line:
        return
    secretary = SECRETARY.match(line)
    if secretary and header.secretary is None and len(line) < 90 \
            and secretary["name"].split()[0].lower() not in NOT_A_PERSON_START:  # "Vid protokollet    Justeras"
        header.secretary = _names_only(secretary["name"])
        header.sources["secretary"] = line
        return
    justerare = JUSTERARE.match(line)
    if justerare and header.justerare is None:
        header.justerare = justerare["name"].strip()
        header.sources["justerare"] = line
        return
    chair = CHAIR.match(line)
    if chair and header.chair is None and len(line) < 120 and (name := _chair_name(chair["name"].strip())):
        header.chair = name
        header.sources["chair"] = line
        return
    label, value = label_of(line)
    lower = label.lower() if label else ""
    if lower in ("plats", "lokal", "tid och plats", "plats och tid") and header.place is None:
        header.place = _DATE_PHRASE.sub("", TIME_PHRASE.sub("", value)).strip(" ,") if lower != "plats" else value
        header.sources["place"] = line
    if lower in ("tid", "tid och plats", "plats och tid") and header.time is None:
        match = TIME.search(value)
        if match:
            header.time = (match[1] or match[2]).replace(" ", "")
            header.sources["time"] = line


def _chair_name(value: str) -> str | None:
    """The chair's name from the label's value: all of it when it is names; else a name that opens it ('Tomas Ekdahl
    (vice ordf.), eftersom ordförande Pia Grönlund var på kurs')."""
    if value.split()[0].lower() in NOT_A_PERSON_START:
        return None
    if looks_like_names(_names_only(value)):
        return _names_only(value)
    opening = _OPENING_NAME.match(value)
    return opening["name"] if opening and opening.end() < len(value) else None


_OPENING_NAME = re.compile(r"^(?P<name>[A-ZÅÄÖÉ][\wåäöé'-]+\s+[A-ZÅÄÖÉ][\wåäöé'-]+)(?:\s*\([^)]*\))?\s*[,;]")


def _date(lines: list[str], full_text: str, filename: str, header: Header, page_edges: list[str]) -> None:
    labelled = [line for line in lines if re.match(r"^(datum|tid|sammanträdesdatum|tid\s+och\s+plats)\b", line, re.I)]
    for source in labelled + lines:
        found = find_date(source)
        if found:
            break
    else:
        found, source = None, ""
    if found and not found.year_inferred:
        header.date = found.date.isoformat()
        header.sources["date"] = source
        return
    if found:
        inferred = infer_year(found, full_text)
        if inferred:
            header.date = inferred.isoformat()
            header.sources["date"] = source
            header.flags.append(f"året saknas i datumet ('{source.strip()[:60]}'); {inferred.year} härlett ur "
                                "veckodagen och årtalen i texten")
            return
    if edge := next((line for line in page_edges if (d := find_date(line)) and not d.year_inferred), None):
        header.date = find_date(edge).date.isoformat()
        header.sources["date"] = edge
        header.flags.append("datumet står bara i sidhuvudet eller sidfoten")
        return
    from_name = date_in_filename(filename)
    if from_name:
        header.date = from_name.isoformat()
        header.sources["date"] = f"filnamnet {filename}"
        header.flags.append("inget datum i texten; datumet är taget ur filnamnet")
        return
    header.flags.append("inget mötesdatum hittades")




def is_sign_off(line: str) -> bool:
    """'Mötesanteckningar: Marcus Johansson', 'Justerare: Jenny Smedberg' – wherever they stand."""
    line = _plain(line)
    match = SECRETARY.match(line) or JUSTERARE.match(line)
    return bool(match) and looks_like_names(re.sub(r"\(.*?\)", "", match["name"]).strip(), max_words=8)
