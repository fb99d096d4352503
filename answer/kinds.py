"""Recognising what a question asks for: the kind decides which strategy answers it."""

from __future__ import annotations

from index.support import topic_terms
from swedish.questions import ASSIGNMENT, GLOSSARY, ITEMS_WANTED, TIMELINE

from .context import Context
from .people import is_people_question

KINDS = ("topic", "period", "people", "assignment", "glossary", "timeline")


def kind_of(ctx: Context) -> str:
    """The first kind whose wording the question uses; 'topic' when none."""
    question = ctx.question
    if GLOSSARY.search(question):
        return "glossary"
    if is_people_question(ctx):
        return "people"
    if ASSIGNMENT.search(question):
        return "assignment"
    if TIMELINE.search(question):
        return "timeline"
    if is_period_question(ctx):
        return "period"
    return "topic"


def is_period_question(ctx: Context) -> bool:
    """A date phrase (or 'senaste mötet') and no topic: 'vilka beslut togs i oktober 2023'."""
    query = ctx.query
    has_period = query.dates is not None or query.latest_meeting
    return has_period and (not topic_terms(query.text) or bool(ITEMS_WANTED.search(ctx.question))
                           and len(topic_terms(query.text)) == 0)
