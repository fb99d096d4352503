"""Questions about one person's or one role's tasks ("vilka uppdrag har kassören", "vilka uppdrag har Paulina
fått"): every sentence in the minutes asked about that hands that person a task, newest meeting first. A
search would give the few items most like the question; a person's tasks are spread over many."""

from __future__ import annotations

import re

from ingest.models import Meeting
from swedish.text import fold
from swedish.wording import ASSIGNMENT_WORDING, DUE

from .assignments import REPORTED
from .context import Context
from .models import Answer, Citation, cite_item
from .quotes import candidate_sentences

_ASKED = re.compile(r"\bvilk(?:a|et|en)\s+(?:uppdrag(?:et)?|uppgift(?:er|en)?|atgard(?:er)?)\s+"
                    r"(?:(?:har|fick|ska|gavs\s+till)\s+(?P<who>[\w-]+)"
                    r"|ar\s+(?P<responsible>[\w-]+)\s+ansvarig)")
# The roles a task is handed to by name of the role: "kassören skickar …", "uppdra åt sekreteraren att …".
_ROLES = {"kassoren": "kassör", "sekreteraren": "sekreterare", "ordforanden": "ordförande", "vd": "vd"}
MAX_TASKS = 8


def answer_duties(ctx: Context) -> Answer | None:
    """None when the question is not of this shape or names nobody the minutes list."""
    found = _ASKED.search(fold(ctx.question))
    if found is None:
        return None
    meetings = ctx.lookup.meetings(ctx.retriever.resolve_dates(ctx.query, ctx.filters))  # "i juni 2025"
    asked = found["who"] or found["responsible"]
    role = _ROLES.get(asked) or _listed_role(asked, meetings)
    person = _holder(role, meetings) if role else _listed_person(asked, meetings)
    if person is None:
        return None
    citations = _tasks(person, role, _of_their_bodies(person, meetings))[:MAX_TASKS]
    if not citations:
        return None
    said = f" ({role} enligt närvarolistan)" if role else ""
    lines = [f"Uppdrag för {person}{said}, senaste mötet först:"]
    for citation in citations:
        due = DUE.search(citation.quote)
        lines.append(citation.line() + (f" Klart: {due.group(0).strip()}." if due else ""))
    return Answer(ctx.question, "assignment", True, "\n".join(lines), citations)


def _holder(role: str, meetings: list[Meeting]) -> str | None:
    """Who the newest meeting's lists name for the role."""
    for meeting in meetings:
        fields = {"ordförande": meeting.chair, "sekreterare": meeting.secretary}
        if fields.get(role):
            return fields[role]
        for person in meeting.attendees + meeting.absentees:
            if any(title.startswith(fold(role)) for title in _titles(person)):
                return person.name
    return None


def _of_their_bodies(person: str, meetings: list[Meeting]) -> list[Meeting]:
    """The meetings of the bodies whose lists name the person: another body's 'MAS' is someone else."""
    bodies = {m.body for m in meetings
              if person in (m.chair, m.secretary) or any(p.name == person for p in m.attendees + m.absentees)}
    return [m for m in meetings if m.body in bodies] or meetings


def _titles(person) -> list[str]:
    """What the lists write a person as, folded: role and organisation, each comma part ("Karin Vestin, MAS")."""
    return [fold(part.strip()) for part in f"{person.role or ''},{person.organisation or ''}".split(",") if part.strip()]


def _listed_role(word: str, meetings: list[Meeting]) -> str | None:
    """The role the lists write for a word of the question ('ekonomichefen' → 'ekonomichef', 'mas' → 'mas');
    None when no one is listed with it."""
    listed = {title for m in meetings for p in m.attendees + m.absentees for title in _titles(p)}
    forms = [word] + [word[:-len(e)] for e in ("en", "n", "et") if word.endswith(e) and len(word) - len(e) >= 3]
    return next((form for form in forms if any(role.startswith(form) for role in listed)), None)


def _listed_person(word: str, meetings: list[Meeting]) -> str | None:
    """The full name of the one person the lists name by this first name or surname ('paulina')."""
    names = {p.name for m in meetings for p in m.attendees + m.absentees if word in fold(p.name).split()}
    full = {name for name in names if not name.endswith(".")}  # "Tove S." in one list is "Tove Sjöberg" in another
    if len(full) == 1 and all(_initialled(name, *full) for name in names - full):
        return full.pop()
    return names.pop() if len(names) == 1 else None


def _initialled(short: str, full: str) -> bool:
    """'Tove S.' is 'Tove Sjöberg' written with the surname's initial."""
    first, _, initial = short.partition(" ")
    return full.startswith(f"{first} {initial.rstrip('.')}")


def _tasks(person: str, role: str | None, meetings: list[Meeting]) -> list[Citation]:
    called = set(person.split()) | ({role.capitalize(), f"{role.capitalize()}n", f"{role}n", f"{role}en"}
                                    | ({role.upper()} if len(role) <= 4 else set()) if role else set())  # "MAS" 
    found = []
    for meeting in meetings:
        for index, item in enumerate(meeting.items):
            found += [cite_item(meeting, index, s) for s in candidate_sentences(item.text)
                      if _hands_a_task(s, called)]
    return found


# Verbs of telling, not doing: "Karin svarar att …", "Karin redovisar handlingsplanen" report, they hand out nothing.
_SAYS = r"(?:svarar|berättar|informerar|redovisar|presenterar|föredrar|frågar|påpekar|menar|tycker|konstaterar)\b"


def _hands_a_task(sentence: str, called: set[str]) -> bool:
    """A sentence that names the person and hands them something to do: 'Gun betalar ut ersättningen senast 30
    april', 'Styrelsen ger Gun i uppdrag att …'; not what they reported on ('Gun redovisade ekonomin')."""
    folded = {fold(name) for name in called}  # "förbundschefen" as the lists' folded "forbundschef" + "en"
    named = [w for w in re.findall(r"[\wåäöÅÄÖé-]+", sentence) if fold(w) in folded]
    if not named or REPORTED.search(sentence):
        return False
    acts = any(re.search(rf"\b{re.escape(w)}\s+(?:och\s+\w+\s+)?(?!{_SAYS}|{_BEING})\w+(?:ar|er|ir)\b", sentence)
               for w in named)
    return bool(ASSIGNMENT_WORDING.search(sentence) or acts)


# Verbs that say how someone is, not what they are to do: "Helena har sagt upp sin anställning".
_BEING = r"(?:har|är|var|blir|kommer|heter)\b"
