"""Recognising what a question asks for: the kind decides which strategy answers it."""

from __future__ import annotations

from index.support import topic_terms
from swedish.dictionary import frequency
from swedish.questions import (AMOUNT, AND_THE_COST, ASSIGNMENT, CONSTITUTING, GLOSSARY, GLOSSARY_SHORT, GLOSSARY_UPPER,
                               ITEMS_WANTED, SUCCESSOR, TIMELINE, WHO_IS, asks)
from swedish.wording import organ_head

from .bodies import GENERIC, body_words, says_a_kind_of_body
from .context import Context
from .definitions import asked_thing
from .glossary import COMMON_WORD
from .movements import asked_movement
from .people import asks_role_or_attendance, names_person
from .representatives import represented

KINDS = ("topic", "period", "people", "assignment", "glossary", "timeline")


def kind_of(ctx: Context) -> str:
    """The first kind whose wording the question uses; 'topic' when none."""
    question = ctx.question
    if asks(GLOSSARY, question) or GLOSSARY_UPPER.search(question) or _short_uncommon_word(question) \
            or asked_thing(ctx):
        return "glossary"
    # "vem ersatte Bo Lindahl": a stand-in in the lists, or else the item that records it; "vem kom sent"
    if asks_role_or_attendance(question) or asks(SUCCESSOR, question) or asked_movement(question) is not None \
            or represented(question):
        return "people"
    # Before names: "vem återkopplar till Mats Anderberg" asks for a task; "vem fick jobbet och vad kostar det"
    # asks what was decided, a contractor and a sum.
    if asks(ASSIGNMENT, question) and not asks(AND_THE_COST, question):
        return "assignment"
    if is_period_question(ctx):  # "vilka beslut har styrelsen fattat hittills under 2026": no topic, a period
        return "period"
    # "vad har hänt med tjänsten sedan Helena Dahlgren sa upp sig": a matter's course, whoever it names
    if asks(TIMELINE, question):
        return "timeline"
    # "vem är kultur- och fritidschef": a role in the lists; but "hur mycket kostade lyften på Högmora badhus"
    # asks a sum, whatever names of the lists ("DHR Högmora") it holds
    if (names_person(ctx) and not asks(AMOUNT, question)) or asks(WHO_IS, question):
        return "people"
    return "topic"


def _short_uncommon_word(question: str) -> bool:
    """'vad är pts': asked like an abbreviation typed in lower case."""
    match = asks(GLOSSARY_SHORT, question)
    return bool(match) and frequency(match["word"]) < COMMON_WORD


def is_period_question(ctx: Context) -> bool:
    """A date phrase (or 'senaste mötet') and no topic but the body's name: 'vilka beslut togs i oktober 2023',
    'vad beslutade roddklubben i maj'."""
    query = ctx.query
    constituting = bool(asks(CONSTITUTING, ctx.question))  # "på det konstituerande sammanträdet": that meeting
    if query.dates is None and not query.latest_meeting and not constituting:
        return False
    names = body_words(ctx.lookup.meetings())
    # a compound ending in a body or its meeting ('kårstyrelsens') names who met, not a topic
    topic = [t for t in topic_terms(query.text)
             if not _names_a_body(t.stem, names) and not _names_a_body(_without_definite(t.word), names)
             and not says_a_kind_of_body(t.word) and not t.word.isdigit() and organ_head(t.word) is None
             and t.stem not in GENERIC  # "… revisorerna i Sörvalla kommun": "kommun" is no topic
             and not (constituting and t.word.startswith("konstituer"))]
    return not topic or (bool(asks(ITEMS_WANTED, ctx.question)) and len(topic) <= 1)


def _without_definite(word: str) -> str:
    """'teatern' → 'teater': the stemmer cuts it to 'teat', too short to be the first part of 'teaterföreningen'."""
    for ending in ("en", "et", "n", "t"):
        if word.endswith(ending) and len(word) - len(ending) >= 5:
            return word[:-len(ending)]
    return word


def _names_a_body(stem: str, names: frozenset[str]) -> bool:
    """A word of a body's name, or the first part of one: "biblioteken" for "Biblioteksnätverket"."""
    return stem in names or (len(stem) >= 5 and any(name.startswith(stem) for name in names))
