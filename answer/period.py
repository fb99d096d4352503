"""Period questions ("vilka beslut togs i oktober 2023", "vad togs upp på senaste mötet"): the decisions,
or the items when the question asks for them, of every meeting the date phrase points to, by meeting."""

from __future__ import annotations

import re
from dataclasses import replace

from ingest.models import AgendaItem, Meeting
from swedish.analysis import stem, words
from swedish.dates import spoken_date
from swedish.questions import CONSTITUTING, ITEMS_WANTED, asks
from swedish.text import fold
from swedish.wording import DECIDER, PROCEDURAL_TITLE

from .bodies import meetings_of_named_body, narrowed_to
from .context import Context
from .models import Answer, Citation, cite_item
from .quotes import candidate_sentences, in_pieces, what_a_short_decision_is_about

MAX_MEETINGS = 12
GIST_CHARS = 300


def answer_period(ctx: Context) -> Answer:
    if asks(CONSTITUTING, ctx.question):
        return _constituting_meeting(ctx)
    named = _named_bodies_only(ctx)
    filters = ctx.retriever.resolve_dates(ctx.query, named)
    if not ctx.lookup.meetings(filters):  # the named bodies did not meet then: whichever did
        filters = ctx.retriever.resolve_dates(ctx.query, ctx.filters)
    in_period = ctx.lookup.meetings(filters)
    # not narrowed to the named bodies (or none named): narrow now; but not again when the question's words already
    # chose them ("avdelningsstyrelsen" also names the same board's minutes headed "styrelsen")
    if filters.bodies == ctx.filters.bodies and not ctx.body_words:
        in_period = meetings_of_named_body(ctx.question, in_period)
    meetings = _first_if_asked(ctx.question, in_period)[:MAX_MEETINGS]
    if named is ctx.filters and (each := _each_bodys_own(ctx)):
        meetings = each
    if not meetings:
        period = ctx.query.dates.words.strip() if ctx.query.dates else "den perioden"
        if recounted := _decided_in(ctx, filters):
            lead = f"Inga mötesanteckningar från ”{period}”, men senare anteckningar återger beslut från då:"
            return Answer(ctx.question, "period", True, "\n".join([lead, *(c.line() for c in recounted)]),
                          recounted, lead=lead)
        whose = " från det organ frågan nämner" if ctx.lookup.meetings(filters) else ""
        return Answer(ctx.question, "period", False, f"Jag hittar inga mötesanteckningar{whose} från ”{period}”.")
    return _meetings_answer(ctx, meetings)


def _meetings_answer(ctx: Context, meetings: list[Meeting]) -> Answer:
    """The meetings' decisions (or items, when asked), grouped by meeting, oldest first."""
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
        lines.extend(f"• {c.item_label}: ”{c.quote}”" + (f" Förslaget: ”{c.proposal}”" if c.proposal else "")
                     + (f" (beslutat {spoken_date(c.decided_on)}, återgivet här)" if c.decided_on else "") for c in found)
        citations.extend(found)
    lead = f"{'Punkterna' if wants_items else 'Besluten'}, möte för möte:"
    return Answer(ctx.question, "period", bool(citations), "\n".join(lines), citations, lead=lead)


def _constituting_meeting(ctx: Context) -> Answer:
    """The decisions (or items) of the named body's latest meeting that calls itself constituting
    ("Ålderspresidenten … förklarar förbundsstyrelsens konstituerande sammanträde öppnat")."""
    filters = ctx.retriever.resolve_dates(ctx.query, ctx.filters)  # "… styrelsemötet i juni 2025"
    meetings = meetings_of_named_body(ctx.question, ctx.lookup.meetings(filters))
    found = next((m for m in meetings if _says_constituting(m)), None)  # newest first
    if found is None:
        return Answer(ctx.question, "period", False, "Jag hittar inget konstituerande sammanträde i mötesanteckningarna.")
    return _meetings_answer(ctx, [found])


def _says_constituting(meeting: Meeting) -> bool:
    """Its name, an item's title or its opening items say so ('Konstituering', 'konstituerande sammanträde')."""
    text = " ".join([meeting.body, *(item.title for item in meeting.items),
                     *(item.text for item in meeting.items[:3])])
    return "konstituer" in fold(text)


# "på första mötet hösten 2024": the earliest meeting of the period, not all of them.
_FIRST_MEETING = re.compile(r"\bforsta\s+(?:motet|sammantradet|traffen)\b")


def _first_if_asked(question: str, meetings: list[Meeting]) -> list[Meeting]:
    if not meetings or not asks(_FIRST_MEETING, question):
        return meetings
    return [min(meetings, key=lambda m: m.date or "9999")]


def _each_bodys_own(ctx: Context) -> list[Meeting]:
    """For "senaste mötet" or "mötet i april" in an archive of several bodies, when the question names none: each
    body's own latest (April) meeting, bodies that met most recently first. Whose meeting was meant is not said,
    and the newest of any body would answer only for that body."""
    phrase = ctx.query.dates
    if ctx.body_words or not (ctx.query.latest_meeting or (phrase and not phrase.year_given)):
        return []  # a body named ("granas ryttarforening", perhaps written two ways): its newest meeting
    everyone = ctx.lookup.meetings(ctx.filters)
    if len(meetings_of_named_body(ctx.question, everyone)) < len(everyone):  # a body is named after all
        return []
    by_body: dict[str, list[Meeting]] = {}
    for meeting in everyone:
        if meeting.date:
            by_body.setdefault(meeting.body, []).append(meeting)
    if len(by_body) < 2:
        return []
    found: list[Meeting] = []
    for own in sorted(by_body.values(), key=lambda ms: max(m.date for m in ms), reverse=True):
        found += _first_if_asked(ctx.question, _latest(own, None if ctx.query.latest_meeting else phrase))
        if len(found) >= MAX_MEETINGS:
            break
    return found[:MAX_MEETINGS]


def _latest(meetings: list[Meeting], phrase) -> list[Meeting]:
    """The latest of these meetings, or those in the latest year that has any within the yearless `phrase`."""
    if phrase is None:
        newest = max(m.date for m in meetings)
        return [m for m in meetings if m.date == newest]
    for year in sorted({int(m.date[:4]) for m in meetings}, reverse=True):
        days = phrase.in_year(year)
        if within := [m for m in meetings if days.date_from.isoformat() <= m.date <= days.date_to.isoformat()]:
            return within
    return []


def _named_bodies_only(ctx: Context):
    """The filters, narrowed to the bodies the question names ("biblioteken" for Biblioteksnätverket), so that
    "i februari" is the latest February in which they met, not any body's."""
    everyone = ctx.lookup.meetings(ctx.filters)
    named = meetings_of_named_body(ctx.question, everyone)
    if len(named) == len(everyone):
        named = _of_the_kind_asked(ctx.question, everyone)
    return narrowed_to(ctx.filters, everyone, named)


# "vad tog nämnden upp på senaste mötet": a question that names no body may still say what kind of body met.
# (Only for whose meetings a period means: elsewhere "nämnden" is as often whom a group writes to.)
_KINDS_OF_ORGAN = ("namnd", "utskott", "ledningsgrupp", "styrgrupp", "styrelse")


def _of_the_kind_asked(question: str, meetings: list[Meeting]) -> list[Meeting]:
    asked = {kind for word in words(question) for kind in _KINDS_OF_ORGAN if word in (f"{kind}en", f"{kind}et")}
    of_kind = [m for m in meetings if any(kind in fold(m.body) for kind in asked)]
    return of_kind or meetings


def _decided_in(ctx: Context, filters) -> list[Citation]:
    """Decisions that later minutes of the named body record as taken in the period ('Vid styrgruppens möte den 4
    mars beslutades att …'), when no minutes of the period itself are in the archive."""
    if filters.date_from is None and filters.date_to is None:
        return []
    low = filters.date_from.isoformat() if filters.date_from else ""
    high = filters.date_to.isoformat() if filters.date_to else "9999"
    any_year = ctx.query.dates is not None and not ctx.query.dates.year_given  # "den 4 mars": of whichever year
    if any_year:
        low, high = low[4:], high[4:]
    later = replace(filters, date_from=None if any_year else filters.date_from, date_to=None)
    found = [c for meeting in meetings_of_named_body(ctx.question, ctx.lookup.meetings(later))
             for c in _decisions(meeting)
             if c.decided_on and low <= (c.decided_on[4:] if any_year else c.decided_on) <= high
             and not _another_organs(c.quote, meeting.body)]
    return sorted(found, key=lambda c: c.decided_on, reverse=True)[:MAX_MEETINGS]


def _another_organs(quote: str, body: str) -> bool:
    """Whether the recounted decision was another organ's ('Domkapitlet beslutade 2025-08-21 att …' in the parish
    council's minutes): not one the body took in the period."""
    found = DECIDER.match(quote)
    if found is None:
        return False
    organ = stem(fold(found["organ"]))
    return not any(stem(word).startswith(organ) or organ.startswith(stem(word)) for word in words(body)
                   if len(word) >= 4)


def _decisions(meeting: Meeting) -> list[Citation]:
    """The meeting's decisions; those on how the meeting ran (justerare, dagordning) only when it decided nothing
    else."""
    found = []
    procedural = [bool(PROCEDURAL_TITLE.match(item.title.strip())) for item in meeting.items]
    substantive = any(item.decisions and not procedural[i] for i, item in enumerate(meeting.items))
    for index, item in enumerate(meeting.items):
        if substantive and procedural[index]:
            continue
        for decision in item.decisions:  # "beslutar enligt förslag": with the proposal it points back at
            found += [] if decision.proposal else _what_it_is_about(meeting, index, decision.text)
            found.append(cite_item(meeting, index, in_pieces(decision.text), is_decision=True,
                                   decided_on=decision.decided_on,
                                   proposal=in_pieces(decision.proposal) if decision.proposal else None))
    return found


def _what_it_is_about(meeting: Meeting, index: int, decision: str) -> list[Citation]:
    """The item's sentence that says what a short decision points back at ('Förslaget är ett nytt avtal … 54 000 kr
    per år' before 'beslutades att godkänna det nya arrendeavtalet'); none when the decision says enough itself."""
    matter = what_a_short_decision_is_about(meeting.items[index].text, decision)
    return [cite_item(meeting, index, matter)] if matter else []


def _items(meeting: Meeting, note: str | None = None) -> list[Citation]:
    """The meeting's items, each quoted by its decision or its opening sentences (the citation names the title),
    those on how the meeting ran left out when there are others; `note` stands above the first of them."""
    shown = [index for index, item in enumerate(meeting.items) if not PROCEDURAL_TITLE.match(item.title.strip())]
    return [cite_item(meeting, index, _gist(meeting.items[index]), is_decision=bool(meeting.items[index].decisions),
                      note=note if n == 0 else None)
            for n, index in enumerate(shown or range(len(meeting.items)))]


def _gist(item: AgendaItem) -> str:
    if item.decisions:  # the item's own decision before one it quotes from an earlier meeting
        return in_pieces(min(item.decisions, key=lambda d: d.decided_on is not None).text)
    opening = candidate_sentences(item.text.split("\n", 1)[0])[:2]  # one paragraph: a quote never spans two
    return in_pieces(" ".join(opening)) if opening and len(" ".join(opening)) <= GIST_CHARS else \
        (opening[0] if opening else item.title)
