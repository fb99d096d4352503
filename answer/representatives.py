"""Who represents an organisation ("vem representerar RSMH i rådet", "vem företräder FUB"): the people the
attendance lists write with that organisation, newest meeting first, each cited to the meeting's list."""

from __future__ import annotations

import re

from ingest.models import Meeting
from swedish.questions import asks
from swedish.text import fold

from .context import Context
from .models import Answer, cite_meeting

REPRESENTS = re.compile(r"\bvem\s+(?:representerar|foretrader|sitter\s+for|kommer\s+fran)\s+(?P<org>[\w-]{2,})")
MAX_MEETINGS = 3


def represented(question: str) -> str | None:
    """The organisation a "vem representerar X" question asks about, folded; None for other questions."""
    found = asks(REPRESENTS, question)
    return found["org"] if found else None


def answer_representatives(ctx: Context, organisation: str, meetings: list[Meeting]) -> Answer | None:
    """None when no list writes anyone with the organisation (an item may say it: the topic answer looks)."""
    found = [(meeting, names) for meeting in meetings if (names := _listed_for(meeting, organisation))]
    if not found:
        return None
    lines, citations = [], []
    for meeting, names in found[:MAX_MEETINGS]:
        lines.append(f"{', '.join(names)} enligt närvarolistan för mötet {meeting.date} ({meeting.body}).")
        citations += [cite_meeting(meeting, name) for name in names]
    return Answer(ctx.question, "people", True, "\n".join(lines), citations)


def _listed_for(meeting: Meeting, organisation: str) -> list[str]:
    """The people of the meeting's lists written with the organisation ('Leif Åkerlund, RSMH Högmora')."""
    return [person.name for person in meeting.attendees + meeting.absentees
            if any(organisation in fold(field or "").split() for field in (person.organisation, person.role))]
