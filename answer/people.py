"""People questions: who chairs, takes the minutes or checks them ("vem är ordförande", "vem var
sekreterare 6 september"), who attended ("var Florence med i oktober"), and who a person is
("vem är Anna Berg", "vad har Lisa föredragit"). Answers are the parsed header fields and
presenter lines, each cited to its meeting (header facts have no item)."""

from __future__ import annotations

import re
from dataclasses import replace

from index.support import is_written, topic_terms
from ingest.models import Attendee, Meeting
from swedish.analysis import tokens
from swedish.dates import bare_year
from swedish.questions import (ABSENCE, ATTENDANCE, PRESENTED, ROLE, SUCCEEDED, SUCCESSOR, WHO, asked_role,
                               asked_role_noun, asks, capitalised_places, listed_roles_asked)
from swedish.labels import ROLE_WORDS
from swedish.text import fold

from .bodies import meetings_of_named_body, narrowed_to, unlisted_organ
from .holders import ROLE_NAMES, absent_holder, held_by, successor
from .item_chair import answer_item_chair, asks_for_one_item
from .context import Context
from .movements import answer_movement, asked_movement, cite_movement
from .models import Answer, Citation, cite_item, cite_meeting
from .names import (find_attendee, listed_full_name, named_in_lists, person_in, same_person, split_names,
                    unknown_full_name, unknown_name)
from .quotes import candidate_sentences
from .representatives import answer_representatives, represented


def asks_role_or_attendance(question: str) -> bool:
    """'vem är ordförande', 'vem skrev protokollet', 'vilka var med'."""
    return bool(asks(WHO, question) and (asks(ROLE, question) or asks(ATTENDANCE, question)
                                         or listed_roles_asked(question)))


def names_person(ctx: Context) -> bool:
    """The question names a person of the minutes ('var Florence med'), or a full name after 'vem är'."""
    return bool(person_in(ctx.question, ctx.lookup.meetings()) or unknown_name(ctx.question))


def answer_people(ctx: Context) -> Answer | None:
    filters = ctx.retriever.resolve_dates(ctx.query, _named_bodies(ctx))
    year = bare_year(ctx.question) if ctx.query.dates is None and not (filters.date_from or filters.date_to) else None
    if year:  # "ordförande för styrgruppen 2021": the year says when
        filters = replace(filters, date_from=year.date_from, date_to=year.date_to)
    meetings = meetings_of_named_body(ctx.question, ctx.lookup.meetings(filters))
    if name := unknown_full_name(ctx.question, ctx.lookup.meetings()):  # "Lennart Håkansson" when only a
        return _not_listed(ctx, name)                                    # Marianne Håkansson is in the lists
    person = listed_full_name(ctx.question, ctx.lookup.meetings(filters)) or person_in(ctx.question, ctx.lookup.meetings())
    if organisation := represented(ctx.question):  # "vem representerar RSMH": the lists say it, or else an item
        return answer_representatives(ctx, organisation, meetings)
    if (came := asked_movement(ctx.question)) is not None:  # "vem kom sent": the sentences that say so, if any
        return answer_movement(ctx, came, person, meetings)
    role = asked_role(ctx.question)
    if asks(SUCCESSOR, ctx.question):  # the lists may say it; otherwise the item that records it (topic)
        if person and asks(SUCCEEDED, ctx.question):  # "vem efterträdde Birgitta som ordförande": the next holder
            return successor(ctx, role, person, meetings) if role else None
        return (_stand_in(ctx, person, meetings) or _stand_in(ctx, person, ctx.lookup.meetings(filters))) \
            if person else None
    if role == "chair" and asks_for_one_item(ctx.question) and (chaired := answer_item_chair(ctx)):
        return chaired  # "vem ledde punkten om X när ordföranden anmält jäv": the item says who stood in
    if role and not person:
        if unlisted_organ(ctx.question, {m.body for m in ctx.lookup.meetings()}):
            return None  # "kommunfullmäktiges ordförande" is not the kommunstyrelse's: only a text may say
        if not meetings and ctx.query.dates is not None:  # "ordförande på mötet 3 maj 2024": no minutes from then
            return _no_meeting_then(ctx, bool(ctx.lookup.meetings(replace(filters, bodies=()))))
        return _role_answer(ctx, role, meetings)
    if person and asks(ATTENDANCE, ctx.question):
        if (listed := _when_listed(ctx, person, filters)) != filters:
            meetings = meetings_of_named_body(ctx.question, ctx.lookup.meetings(listed))
        return _attendance_answer(ctx, person, meetings)
    if person:
        return _person_answer(ctx, person, meetings)
    if asks(ATTENDANCE, ctx.question) and meetings:
        return _attendance_list(ctx, meetings[0])
    if name := unknown_name(ctx.question):
        return _not_listed(ctx, name)
    # "vem är kommunpolis i Tallvika": the place may be in the person's organisation, not in the body's name; but
    # "vem är PRO Ekbackas revisor" asks for that body's own
    if ctx.body_words and not _named_as_a_place(ctx.question, ctx.body_words):
        return _described_role(ctx, meetings)
    return _described_role(ctx, meetings) or _described_role(ctx, ctx.lookup.meetings(replace(filters, bodies=())),
                                                             placed=True)


def _named_as_a_place(question: str, words_: tuple[str, ...]) -> bool:
    """Whether the words that named a body stand as a place ('i Tallvika', 'på Solbacken'), not as its name."""
    return any(re.search(rf"\b(?:i|på|pa|från|fran|inom)\s+{re.escape(word)}\b", question, re.IGNORECASE)
               for word in words_)


def _role_answer(ctx: Context, role: str, meetings: list[Meeting]) -> Answer | None:
    holders = [(m, name) for m in meetings if (name := held_by(m, role))]
    if not holders:
        return None
    meeting, name = holders[0]  # newest first: who holds the role now
    text = f"{ROLE_NAMES[role]} på mötet {meeting.date} ({meeting.body}): {name}."
    citations = [cite_meeting(meeting, name)]
    if (away := absent_holder(meeting, role)) and fold(away) != fold(name):  # "Frånvarande: Jonas Håkansson (ordf.)"
        text += f"\n{away} står som {ROLE_NAMES[role].lower()} bland de frånvarande på det mötet."
        citations.append(cite_meeting(meeting, away))
    earlier = [(m, n) for m, n in holders[1:] if fold(n) != fold(name) and _same_group(m.body, meeting.body)][:2]
    for other, other_name in earlier:
        text += f"\nTidigare, {other.date}: {other_name}."
        citations.append(cite_meeting(other, other_name))
    for other, other_name in _other_groups(holders, meeting):  # the question fits several groups: each one's
        text += f"\n{ROLE_NAMES[role]} på mötet {other.date} ({other.body}): {other_name}."
        citations.append(cite_meeting(other, other_name))
    return Answer(ctx.question, "people", True, text, citations)


def _no_meeting_then(ctx: Context, others_met: bool) -> Answer:
    whose = " från det organ frågan nämner" if others_met else ""
    return Answer(ctx.question, "people", False,
                  f"Jag hittar inga mötesanteckningar{whose} från ”{ctx.query.dates.words.strip()}”.")


def _other_groups(holders: list[tuple[Meeting, str]], first: Meeting, most: int = 2) -> list[tuple[Meeting, str]]:
    """The newest holder in each other group the question fits ('justerare i oktober 2023' when two groups met)."""
    found: list[tuple[Meeting, str]] = []
    for meeting, name in holders[1:]:
        if len(found) < most and not any(_same_group(meeting.body, m.body) for m in [first, *(m for m, _ in found)]):
            found.append((meeting, name))
    return found


def _same_group(body: str, other: str) -> bool:
    """The same body, perhaps renamed ('… av länets hälso- och sjukvård, skola …' / '… av hälso- och sjukvård,
    socialtjänst …'): most of the longer words shared. Another school's 'ledningsgrupp' is not it."""
    words, others = ({w for w in fold(b).replace("-", " ").split() if len(w) > 3} for b in (body, other))
    return body == other or len(words & others) >= 0.6 * max(1, min(len(words), len(others)))


def _named_bodies(ctx: Context):
    """The filters narrowed to the bodies the question names ("på APT:n i februari"), so that a month without a
    year is the latest such month of those bodies' meetings; unchanged when it names none."""
    if ctx.filters.bodies or ctx.query.dates is None or ctx.query.dates.year_given:
        return ctx.filters
    every = ctx.lookup.meetings(ctx.filters)
    return narrowed_to(ctx.filters, every, meetings_of_named_body(ctx.question, every))


def _when_listed(ctx: Context, person: str, filters):
    """'var Florence med i oktober': the latest October in whose lists Florence stands, rather than the latest
    October; the filters unchanged when the question gives the year or no such month has her."""
    phrase = ctx.query.dates
    if phrase is None or phrase.year_given:
        return filters
    for meeting in ctx.lookup.meetings(ctx.filters):  # newest first
        if meeting.date and (find_attendee(person, meeting.attendees) or find_attendee(person, meeting.absentees)):
            window = phrase.in_year(int(meeting.date[:4]))
            if window.date_from.isoformat() <= meeting.date <= window.date_to.isoformat():
                return replace(filters, date_from=window.date_from, date_to=window.date_to)
    return filters


def _stand_in(ctx: Context, person: str, meetings: list[Meeting]) -> Answer | None:
    """'vem ersatte Per Hedlund': the attendee listed as standing in for the person ('Ingrid Sjövall (M),
    tjänstgörande ersättare för Per Hedlund (M)'), newest meeting first; None when no list says so."""
    surname = fold(person.split()[-1])
    for meeting in sorted(meetings, key=lambda m: m.date or "", reverse=True):
        for entry in meeting.attendees:
            described = fold(" ".join(_description(entry)))
            if not same_person(person, entry.name) and re.search(rf"\bfor\b.*\b{re.escape(surname)}\b", described):
                text = f"{entry.name} ({', '.join(_description(entry))}), enligt närvarolistan för mötet {meeting.date} " \
                       f"({meeting.body})."
                return Answer(ctx.question, "people", True, text, [cite_meeting(meeting, entry.name)])
    return None


def _attendance_answer(ctx: Context, person: str, meetings: list[Meeting]) -> Answer:
    lines, citations = [], []
    for meeting in meetings[:6]:
        present = find_attendee(person, meeting.attendees)
        absent = find_attendee(person, meeting.absentees)
        if present:
            lines.append(f"Ja, {present.name} var med på mötet {meeting.date} ({meeting.body}).")
            citations.append(cite_meeting(meeting, present.name))
            for moved in (m for m in meeting.movements if same_person(person, m.name)):  # not the whole meeting
                citation = cite_movement(meeting, moved)
                lines.append(f"Men: {citation.line()}")
                citations.append(citation)
        elif absent:
            listed = f", under ”{absent.listed_as}”" if absent.listed_as else ""
            lines.append(f"Nej, {absent.name} var frånvarande på mötet {meeting.date} ({meeting.body}{listed}).")
            citations.append(cite_meeting(meeting, absent.name))
        elif meeting.attendees and not asks(ABSENCE, ctx.question):
            lines.append(f"{person} står inte i närvarolistan för mötet {meeting.date} ({meeting.body}).")
            citations.append(cite_meeting(meeting, ", ".join(a.name for a in meeting.attendees)))
    if not lines:
        return Answer(ctx.question, "people", False, f"Jag hittar inga närvarolistor som nämner {person}.")
    return Answer(ctx.question, "people", True, "\n".join(lines), citations)


def _description(entry: Attendee) -> list[str]:
    return [p for p in (entry.organisation, entry.role) if p]


def _other_descriptions(roles: list[tuple[Meeting, Attendee]]) -> list[tuple[Meeting, Attendee]]:
    """Earlier list entries that describe the person with words the newest entry lacks, one per description."""
    seen = {fold(p) for p in _description(roles[0][1])}
    found = []
    for meeting, entry in roles[1:]:
        new = [p for p in _description(entry) if fold(p) not in seen]
        if new:
            seen.update(fold(p) for p in new)
            found.append((meeting, entry))
    return found


def _person_answer(ctx: Context, person: str, meetings: list[Meeting]) -> Answer | None:
    lines, citations = [], []
    roles = _roles_of(person, meetings)
    if roles:
        meeting, entry = roles[0]
        described = ", ".join(p for p in (entry.organisation, entry.role) if p)
        lines.append(f"{entry.name}{f' ({described})' if described else ''} står i närvarolistan på "
                     f"{len(roles)} möte(n), senast {meeting.date} ({meeting.body}).")
        citations.append(cite_meeting(meeting, entry.name))
        for earlier, other in _other_descriptions(roles)[:2]:  # "HSO" in one list, "huvudskyddsombud" in another
            lines.append(f"På mötet {earlier.date}: {other.name} ({', '.join(_description(other))}).")
            citations.append(cite_meeting(earlier, other.name))
    for meeting, other in named_in_lists(person, ctx.lookup.meetings(ctx.filters))[:2]:  # "ersättare för Per Hedlund"
        lines.append(f"{other.name} ({other.role or other.organisation}), på mötet {meeting.date} ({meeting.body}).")
        citations.append(cite_meeting(meeting, other.name))
    for meeting, field in _header_roles(person, meetings)[:3]:
        lines.append(f"{ROLE_NAMES[field]} på mötet {meeting.date}: {getattr(meeting, field)}.")
        citations.append(cite_meeting(meeting, getattr(meeting, field)))
    presented = _presented(person, meetings)
    if presented:
        lines.append(f"{person} är föredragande för:")
        lines.extend(f"• {c.date}, {c.item_label}" for c in presented[:8])
        citations.extend(presented[:8])
    if PRESENTED.search(ctx.question) and not presented:
        return Answer(ctx.question, "people", False, f"Jag hittar inga punkter där {person} är föredragande.")
    written = roles[0][1].name if roles else person  # as the lists write it, not as typed ('irene jakobsson')
    mentioned = _mentioned(written, meetings, {(c.meeting_id, c.item_index) for c in presented})[:MAX_MENTIONS]
    if mentioned and lines:  # what they do besides the lists: "Irene Jakobsson, chef för habiliteringen, …"
        lines.append(f"{written} nämns också i:")
        lines.extend(c.line() for c in mentioned)
        citations.extend(mentioned)
    if not lines:
        return None
    return Answer(ctx.question, "people", True, "\n".join(lines), citations)


def _attendance_list(ctx: Context, meeting: Meeting) -> Answer | None:
    """'vem var inte med på mötet' / 'vilka var med': the lists of the newest meeting asked about."""
    absent = bool(asks(ABSENCE, ctx.question))
    people = meeting.absentees if absent else meeting.attendees
    if not people:
        return None
    names = ", ".join(p.name for p in people)
    label = "Frånvarande" if absent else "Närvarande"
    return Answer(ctx.question, "people", True, f"{label} på mötet {meeting.date} ({meeting.body}): {names}.",
                  [cite_meeting(meeting, names)])


def _described_role(ctx: Context, meetings: list[Meeting], *, placed: bool = False) -> Answer | None:
    """'vem är kultur- och fritidschef': the attendee whose role or organisation the question names, in the
    newest meeting that has one; a role that is only the named words ('rektor') before a longer one
    ('biträdande rektor F–6'). `placed`: only a person whose role or organisation also holds a word of the
    question that is no role word ('kommunpolis i Tallvika', not any vice ordförande anywhere)."""
    wanted = ({w for w in re.findall(r"\w+", fold(ctx.question)) if len(w) > 3} - {"vem", "vilka"}) \
        | listed_roles_asked(ctx.question)
    places = {fold(name) for name in capitalised_places(ctx.question)}
    noun = asked_role_noun(ctx.question)
    asked = {fold(noun)} if noun else set()  # "chef" of "VA-chef" places no one
    for meeting in meetings:
        matches = []
        here = places - set(re.findall(r"\w+", fold(meeting.body)))  # "i Norrgärde" of Hemtjänsten Norrgärde's minutes
        for person in meeting.attendees + meeting.absentees:
            parts = [{w for w in re.split(r"[^\w]+", fold(p)) if w} for p in _description(person)]
            shared = wanted & set().union(*parts) if parts else set()
            if (placed and not shared - QUALIFIERS - ROLE_TERMS - asked) or not here <= shared or not shared - here:
                continue  # "bibliotekschef i Ormnäs" is neither Tallmo's bibliotekschef nor anyone from Ormnäs
            if noun and not _holds_role(person, noun):
                continue  # "chef för fastighetsavdelningen i Tallvika" is not any socialsekreterare from Tallvika
            if shared and not _only_generic(shared) and wanted & QUALIFIERS <= shared:  # "vice" must be there
                exact = any(part <= wanted for part in parts)
                matches.append((not exact, person))
        if matches:
            person = min(matches, key=lambda pair: pair[0])[1]
            text = f"{person.name} ({', '.join(p for p in (person.organisation, person.role) if p)}), " \
                   f"enligt mötet {meeting.date} ({meeting.body})."
            return Answer(ctx.question, "people", True, text, [cite_meeting(meeting, person.name)])
    return None


def _holds_role(person: Attendee, noun: str) -> bool:
    """Whether the person's role or organisation holds the asked role, in any form ('VA-chef' for 'chef')."""
    terms = topic_terms(noun)
    return bool(terms) and is_written(terms[0], frozenset(tokens(" ".join(_description(person)))))


QUALIFIERS = {"vice", "bitradande", "tjanstgorande", "ersattare", "adjungerad"}
ROLE_TERMS = {fold(w) for role in ROLE_WORDS for w in role.split()} | {"ordf", "sekr"}


def _only_generic(shared: set[str]) -> bool:
    return shared <= {"och", "for", "med", "kommun", "region"}


def _not_listed(ctx: Context, name: str) -> Answer | None:
    """A name in no list: the sentences that write it ('… att tilldela Bertil Holm distriktets förtjänsttecken'),
    newest first; when none does, say so."""
    wanted = fold(name)
    mentions = [cite_item(meeting, index, sentence)
                for meeting in sorted(ctx.lookup.meetings(ctx.filters), key=lambda m: m.date or "", reverse=True)
                for index, item in enumerate(meeting.items)
                for sentence in candidate_sentences(item.text) if wanted in fold(sentence)][:ctx.max_quotes]
    if not mentions:
        return Answer(ctx.question, "people", False, f"Jag hittar ingen {name} i mötesanteckningarna.")
    lead = f"{name} står inte i närvarolistorna men nämns här:"
    return Answer(ctx.question, "people", True, "\n".join([lead, *(c.line() for c in mentions)]), mentions, lead=lead)


def _roles_of(person: str, meetings: list[Meeting]) -> list[tuple[Meeting, Attendee]]:
    return [(m, found) for m in meetings if (found := find_attendee(person, m.attendees))]


def _header_roles(person: str, meetings: list[Meeting]) -> list[tuple[Meeting, str]]:
    return [(m, field) for m in meetings for field in ROLE_NAMES
            if getattr(m, field) and any(same_person(person, part) for part in split_names(getattr(m, field)))]


MAX_MENTIONS = 3


def _mentioned(person: str, meetings: list[Meeting], shown: set) -> list[Citation]:
    """The first sentence of each item that writes the person's full name, newest meeting first, leaving out the
    items already `shown` (meeting id, item index)."""
    found = []
    for meeting in meetings:
        for index, item in enumerate(meeting.items):
            if (meeting.id, index) in shown:
                continue
            sentence = next((s for s in candidate_sentences(item.text) if person in s), None)
            if sentence:
                found.append(cite_item(meeting, index, sentence))
    return found


def _presented(person: str, meetings: list[Meeting]) -> list[Citation]:
    """Items the person presents: named as presenter, or the text opens with them reporting."""
    found = []
    for meeting in meetings:
        for index, item in enumerate(meeting.items):
            if item.presenter and any(same_person(person, part) for part in split_names(item.presenter)):
                found.append(cite_item(meeting, index, item.presenter))
            elif sentence := _reporting_sentence(person, item.text):
                found.append(cite_item(meeting, index, sentence))
    return found


def _reporting_sentence(person: str, text: str) -> str | None:
    """'Sofie Brandt återrapporterade …': the person reporting or presenting in the item's text."""
    for sentence in candidate_sentences(text):
        head = sentence.split()[:4]
        if head and same_person(person, " ".join(head[:len(person.split())])) and asks(PRESENTED, " ".join(head)):
            return sentence
    return None

