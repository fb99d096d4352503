"""Which meetings a question's words name by their body ("ordförande i ledningsgruppen")."""

from __future__ import annotations

from ingest.models import Meeting
from swedish.analysis import stem, words
from swedish.text import fold

GENERIC = {"mot", "grupp", "styrels"}  # stems too common in body names to pick one body


def meetings_of_named_body(question: str, meetings: list[Meeting]) -> list[Meeting]:
    """The meetings whose body the question names (any of its words, stemmed), or all when it names none."""
    wanted = {stem(w) for w in words(question) if len(w) > 3} - GENERIC
    named = [m for m in meetings if wanted & {stem(w) for w in words(fold(m.body))}]
    return named or meetings
