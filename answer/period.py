"""Period questions ("vilka beslut togs i oktober 2023", "vad togs upp på senaste mötet"): the decisions,
or the items when the question asks for them, of every meeting the date phrase points to, by meeting."""

from __future__ import annotations

from ingest.models import AgendaItem, Meeting
from swedish.dates import spoken_date
from swedish.questions import ITEMS_WANTED, asks

from .bodies import meetings_of_named_body
from .context import Context
from .models import Answer, Citation, cite_item
from .quotes import candidate_sentences, in_pieces

MAX_MEETINGS = 12
GIST_CHARS = 300


def answer_period(ctx: Context) -> Answer:
    filters = ctx.retriever.resolve_dates(ctx.query, ctx.filters)
    in_period = ctx.lookup.meetings(filters)
    meetings = meetings_of_named_body(ctx.question, in_period)[:MAX_MEETINGS]
    if not meetings:
        period = ctx.query.dates.words.strip() if ctx.query.dates else "den perioden"
        whose = " från det organ frågan nämner" if in_period else ""
        return Answer(ctx.question, "period", False, f"Jag hittar inga mötesanteckningar{whose} från ”{period}”.")
    wants_items = bool(asks(ITEMS_WANTED, ctx.question))
    lines: list[str] = []
    citations: list[Citation] = []
    for meeting in sorted(meetings, key=lambda m: m.date or ""):
        found = _items(meeting) if wants_items else _decisions(meeting)
        heading = f"{'Punkter' if wants_items else 'Beslut'} på mötet {meeting.date} ({meeting.body}):"
        if not found and not wants_items:  # say so, and show what the meeting did take up
            heading = f"Inga beslut antecknade på mötet {meeting.date} ({meeting.body}); punkterna var:"
            found = _items(meeting, note="Inga beslut antecknade; punkterna var:")
        lines.append(heading)
        lines.extend(f"• {c.item_label}: ”{c.quote}”" + (f" (beslutat {spoken_date(c.decided_on)}, återgivet här)"
                                                         if c.decided_on else "") for c in found)
        citations.extend(found)
    lead = f"{'Punkterna' if wants_items else 'Besluten'}, möte för möte:"
    return Answer(ctx.question, "period", bool(citations), "\n".join(lines), citations, lead=lead)


def _decisions(meeting: Meeting) -> list[Citation]:
    return [cite_item(meeting, index, in_pieces(decision.text), is_decision=True,
                      decided_on=decision.decided_on)
            for index, item in enumerate(meeting.items) for decision in item.decisions]


def _items(meeting: Meeting, note: str | None = None) -> list[Citation]:
    """The meeting's items, each quoted by its decision or its opening sentences (the citation names the title);
    `note` stands above the first of them."""
    return [cite_item(meeting, index, _gist(item), is_decision=bool(item.decisions), note=None if index else note)
            for index, item in enumerate(meeting.items)]


def _gist(item: AgendaItem) -> str:
    if item.decisions:
        return in_pieces(item.decisions[0].text)
    opening = candidate_sentences(item.text.split("\n", 1)[0])[:2]  # one paragraph: a quote never spans two
    return in_pieces(" ".join(opening)) if opening and len(" ".join(opening)) <= GIST_CHARS else \
        (opening[0] if opening else item.title)
