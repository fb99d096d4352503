"""Which meetings a question's words name by their body ("ordförande i ledningsgruppen", "roddklubben")."""

from __future__ import annotations

from ingest.models import Meeting
from swedish.analysis import stem, words

GENERIC = {"mot", "grupp", "styrels", "kommun", "och", "for"}  # too common in body names to pick one body


def body_words(meetings: list[Meeting]) -> frozenset[str]:
    """Stems of the words of every body's name (and of its parts: 'Humlan' in 'Föräldrakooperativet Humlan')."""
    return frozenset(stem(w) for body in {m.body for m in meetings} for w in words(body) if len(w) > 2) - GENERIC


def _named(question_stems: set[str], body: str, *, exact: bool) -> bool:
    own = {stem(w) for w in words(body) if len(w) > 2} - GENERIC
    if exact:
        return bool(question_stems & own)
    return any(len(b) >= 5 and len(q) >= 5 and (q.startswith(b) or b.startswith(q))
               for q in question_stems for b in own)


def meetings_of_named_body(question: str, meetings: list[Meeting]) -> list[Meeting]:
    """The meetings whose body the question names (a word of its name, stemmed; failing that, a word that
    starts or ends one: "kulturrådets" names "Kulturrådet" before "Kultur- och fritidsnämnden"), or all."""
    wanted = {stem(w) for w in words(question) if len(w) > 3} - GENERIC
    for exact in (True, False):
        named = [m for m in meetings if _named(wanted, m.body, exact=exact)]
        if named:
            return named
    return meetings
