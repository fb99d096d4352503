"""Who held a role at a meeting (the header's field, else the lists), and who succeeded someone in it: "vem
efterträdde Kerstin Lindqvist som ordförande" is the next holder of the office, with the sentence that records the
change when the minutes have one."""

from __future__ import annotations

import re

from ingest.models import Attendee, Meeting

from .context import Context
from .models import Answer, Citation, cite_item, cite_meeting
from .names import same_person
from .quotes import candidate_sentences

ROLE_NAMES = {"chair": "Ordförande", "secretary": "Sekreterare", "justerare": "Justerare"}

# The role as an attendee list gives it: "Eva Lindqvist (S), ordförande", "Oskar Wiklund, nämndsekreterare".
LISTED_ROLES = {"chair": re.compile(r"^(?:mötes)?ordförande$|^sammankallande$|^ordf\.?$|^(?:projekt|grupp)?ledare$"),
                "secretary": re.compile(r"sekreterare$|^protokollförare$|^antecknare$"),
                "justerare": re.compile(r"^justerare$")}


def descriptions(person: Attendee) -> list[str]:
    """What the lists write after a person's name, part by part, lower case ('ordf.', 'vice ordförande')."""
    return [p.strip().lower() for value in (person.role, person.organisation) if value for p in value.split(",")]


def absent_holder(meeting: Meeting, role: str) -> str | None:
    """The absentee listed with the role itself ('ordf.'), whom another stood in for as the meeting's chair."""
    for person in meeting.absentees:
        if any(LISTED_ROLES[role].search(p) and not p.startswith("mötes") for p in descriptions(person)):
            return person.name
    return None


def held_by(meeting: Meeting, role: str) -> str | None:
    """Who the meeting's header field, or else its lists, names for the role."""
    return getattr(meeting, role) or listed_as(meeting, role)


def listed_as(meeting: Meeting, role: str) -> str | None:
    """The attendee listed with the role, when the header has no field for it ('vice ordförande' is not it)."""
    for person in meeting.attendees:
        if any(LISTED_ROLES[role].search(p) for p in descriptions(person)):
            return person.name
    return None


def successor(ctx: Context, role: str, person: str, meetings: list[Meeting]) -> Answer | None:
    """The first other holder of the role after the person's last meeting in it; None when the minutes show none."""
    holders = [(m, name) for m in sorted(meetings, key=lambda m: m.date or "")  # the office's holder, when absent
               if (name := absent_holder(m, role) or held_by(m, role))]
    last = max((i for i, (_, name) in enumerate(holders) if same_person(person, name)), default=None)
    after = next(((m, name) for m, name in holders[last + 1:] if not same_person(person, name)), None) \
        if last is not None else None
    if after is None:
        return None
    (before, held), (meeting, name) = holders[last], after
    text = f"{ROLE_NAMES[role]} på mötet {before.date}: {held}. Nästa möte med en annan {ROLE_NAMES[role].lower()}, " \
           f"{meeting.date} ({meeting.body}): {name}."
    citations = [cite_meeting(before, held), cite_meeting(meeting, name)]
    if recorded := _change_recorded(meetings, role, name, after_date=before.date or ""):
        text += f"\n{recorded.line()}"
        citations.append(recorded)
    return Answer(ctx.question, "people", True, text, citations)


_ROLE_IN_TEXT = {"chair": re.compile(r"\bordförande\b|\bordf\b", re.IGNORECASE),
                 "secretary": re.compile(r"\bsekreterare\b|\bprotokollförare\b", re.IGNORECASE),
                 "justerare": re.compile(r"\bjustera", re.IGNORECASE)}


def _change_recorded(meetings: list[Meeting], role: str, name: str, after_date: str) -> Citation | None:
    """The first sentence after the predecessor's last meeting that names the new holder with the role ('Mattias
    Grönberg (S) är ny ordförande sedan KS valde honom 28 oktober'): where the minutes record the change."""
    surname = name.split()[-1]
    for meeting in sorted(meetings, key=lambda m: m.date or ""):
        if (meeting.date or "") <= after_date:
            continue
        for index, item in enumerate(meeting.items):
            for sentence in candidate_sentences(item.text):
                if surname in sentence and _ROLE_IN_TEXT[role].search(sentence):
                    return cite_item(meeting, index, sentence)
    return None
