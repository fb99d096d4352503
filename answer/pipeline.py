"""The ask pipeline: question (+ earlier turns) → understood once → kind → strategy → answer.

A strategy that finds nothing of its kind hands over to the topic strategy, so a question is
never answered "not found" only because its wording suggested the wrong kind.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from index.catalog import MeetingLookup, ReadableMeetings
from index.query import parse_query, without_words
from index.search import Retriever, SearchFilters
from swedish.analysis import tokens

from .assignments import answer_assignment, asked_task
from .bodies import named_bodies, unknown_organisation
from .context import Context
from .conversation import with_context
from .duties import answer_duties
from .glossary import answer_glossary
from .kinds import kind_of
from .models import Answer, not_found
from .people import answer_people
from .period import answer_period
from .timeline import answer_timeline
from .topic import answer_topic


def _assignment(ctx: Context) -> Answer | None:
    """A question that names who is to do what ('vem ska grilla korven') and finds no such task is not answered
    with whatever the topic's items say: that is how a made-up answer to 'who' looks."""
    answer = answer_duties(ctx) or answer_assignment(ctx)
    if answer is None and asked_task(ctx.question):
        return not_found(ctx.question, "assignment")
    return answer


STRATEGIES: dict[str, Callable[[Context], Answer | None]] = {
    "period": answer_period, "people": answer_people, "assignment": _assignment,
    "glossary": answer_glossary, "timeline": answer_timeline, "topic": answer_topic,
}


class Answerer:
    """Answers questions from the minutes. `max_quotes` limits the quotes of a topic answer."""

    def __init__(self, *, retriever: Retriever, lookup: MeetingLookup, max_quotes: int = 3):
        self.retriever = retriever
        self.lookup = lookup
        self.max_quotes = max_quotes

    def warm_up(self) -> None:
        for component in (self.retriever, self.lookup):
            if hasattr(component, "warm_up"):
                component.warm_up()

    def run(self, question: str, *, top_k: int = 5, filters: SearchFilters | None = None,
            history: list[str] | None = None) -> Answer:
        asked = with_context(question, history or [])
        filters = filters or SearchFilters()
        lookup = self.lookup if filters.meeting_ids is None else ReadableMeetings(self.lookup, filters.meeting_ids)
        ctx = Context(query=parse_query(asked), filters=filters, retriever=self.retriever,
                      lookup=lookup, top_k=top_k, max_quotes=self.max_quotes)
        if not ctx.query.text.strip():
            return not_found(question, "topic")
        scope = named_bodies(asked, {m.body for m in lookup.meetings()}, writes=_writer(lookup))
        if scope is None:  # the organisation it names is not among the minutes
            return not_found(question, kind_of(ctx))
        if not scope.bodies and (name := unknown_organisation(asked, _anywhere(lookup))):
            return Answer(question, kind_of(ctx), False, f"”{name}” förekommer inte i mötesanteckningarna.")
        if scope.bodies:  # answer from those bodies; their names are not what is searched for
            ctx = replace(ctx, filters=replace(ctx.filters, bodies=scope.bodies),
                          query=without_words(ctx.query, scope.words), body_words=scope.words)
        kind = kind_of(ctx)
        answer = STRATEGIES[kind](ctx) or answer_topic(ctx, kind)
        answer.question = question
        return answer


def _anywhere(lookup: MeetingLookup) -> Callable[[set[str]], bool]:
    """Whether any readable minutes (body names, people's organisations, titles, texts) hold all the word stems."""
    def writes(stems: set[str]) -> bool:
        for meeting in lookup.meetings():
            people = " ".join(f"{p.name} {p.organisation or ''}" for p in meeting.attendees + meeting.absentees)
            if stems <= set(tokens(f"{meeting.body}\n{people}")) | _item_stems(meeting):
                return True
        return False
    return writes


def _writer(lookup: MeetingLookup) -> Callable[[str, set[str]], bool]:
    """Whether a body's minutes (titles and texts) hold all of the given word stems."""
    def writes(body: str, stems: set[str]) -> bool:
        held: set[str] = set()
        for meeting in lookup.meetings():
            if meeting.body == body:
                held |= _item_stems(meeting)
        return stems <= held
    return writes


def _item_stems(meeting) -> set[str]:
    """The word stems of a meeting's item titles and texts."""
    return {t for item in meeting.items for t in tokens(f"{item.title}\n{item.text}")}
