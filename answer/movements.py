"""Who came late or left early ("vem kom sent till mötet i augusti", "när gick Marcus"): the sentences the
minutes record it with (`Meeting.movements`), cited to the meeting, or to the item they stand in."""

from __future__ import annotations

from ingest.models import Meeting, Movement
from swedish.questions import CAME_LATE, LEFT_EARLY, asks

from .context import Context
from .models import Answer, Citation, cite_item, cite_meeting
from .names import same_person

MEETINGS_SHOWN = 3  # without a date in the question: the newest meetings that record one


def asked_movement(question: str) -> bool | None:
    """True for a question about coming late, False for leaving early, None for neither."""
    if asks(CAME_LATE, question):
        return True
    if asks(LEFT_EARLY, question):
        return False
    return None


def answer_movement(ctx: Context, came: bool, person: str | None, meetings: list[Meeting]) -> Answer | None:
    """The late arrivals (or early departures) of the newest meetings that record any; None when none does, so
    the question is searched as any other."""
    found = [(m, [mv for mv in m.movements if mv.came == came and (person is None or same_person(person, mv.name))])
             for m in meetings]
    found = [(m, moved) for m, moved in found if moved][:MEETINGS_SHOWN]
    if not found:
        return None
    verb = "Kom senare" if came else "Gick tidigare"
    lines, citations = [], []
    for meeting, moved in found:
        lines.append(f"{verb} på mötet {meeting.date} ({meeting.body}): {', '.join(mv.name for mv in moved)}.")
        citations += [cite_movement(meeting, mv) for mv in moved]
    return Answer(ctx.question, "people", True, "\n".join(lines), citations)


def cite_movement(meeting: Meeting, movement: Movement) -> Citation:
    """The movement's sentence, cited to the item it stands in, or to the meeting when it is in the header."""
    if movement.item_index is not None:
        return cite_item(meeting, movement.item_index, movement.text)
    return cite_meeting(meeting, movement.text)
