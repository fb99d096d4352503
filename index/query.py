"""A question understood once: what ranking and answering share.

"Vad beslutades om heder i oktober 2023?" → text "heder" (what is searched), its tokens,
the date range 2023-10-01…2023-10-31 and decision intent. "Senaste mötet" is resolved by
the searcher, which knows the latest meeting date; a month or day without a year
("i april", "6 september") by the searcher too, as the latest such date that has meetings.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from swedish.analysis import tokens
from swedish.dates import FUTURE_PHRASE, DatePhrase, date_phrase
from swedish.wording import DECISION_QUESTION, LATEST_MEETING


@dataclass(frozen=True)
class Query:
    question: str
    text: str
    tokens: tuple[str, ...]
    dates: DatePhrase | None = None
    latest_meeting: bool = False
    decision_intent: bool = False

    @property
    def date_from(self) -> dt.date | None:
        return self.dates.date_from if self.dates else None

    @property
    def date_to(self) -> dt.date | None:
        return self.dates.date_to if self.dates else None


def parse_query(question: str, today: dt.date | None = None) -> Query:
    text = question
    latest = bool(LATEST_MEETING.search(text))
    text = FUTURE_PHRASE.sub(" ", LATEST_MEETING.sub(" ", text))
    phrase = date_phrase(text, today)
    if phrase:
        text = text.replace(phrase.words, " ")
    text = " ".join(text.split()) or question.strip()
    return Query(question=question, text=text, tokens=tuple(tokens(text)), dates=phrase, latest_meeting=latest,
                 decision_intent=bool(DECISION_QUESTION.search(question)))


def without_words(query: Query, words: tuple[str, ...]) -> Query:
    """The query with some words of its text left out (a body's name that became a filter); unchanged when
    nothing would be left to search for."""
    wanted = {w.lower() for w in words}
    kept = " ".join(w for w in query.text.split() if w.lower().strip("?.,!:;()\"'”") not in wanted)
    if not tokens(kept):
        return query
    return replace(query, text=kept, tokens=tuple(tokens(kept)))
