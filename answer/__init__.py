"""Answers: a question → its kind → the strategy that answers that kind from the right data.

Kinds: topic, period, people, assignment, glossary, timeline (and follow-up turns, resolved
against the previous questions first). Every statement is a verbatim quote from the minutes or
a parsed field, with its citation. Depends on `index` only through the `Retriever` and
`MeetingLookup` protocols, and on `swedish` for the language.
"""

from .models import Answer, Citation
from .pipeline import Answerer

__all__ = ["Answer", "Answerer", "Citation"]
