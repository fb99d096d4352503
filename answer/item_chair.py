"""Who chaired one item ("vem ledde punkten om X när ordföranden anmält jäv"): minutes name a stand-in chair for an
item in its text ("Lars-Erik Holm (S) är ordförande under paragrafen", "Vice ordförande Karin Sundqvist ledde mötet
under punkten"), not in the meeting's header."""

from __future__ import annotations

import re

from swedish.questions import asks

from .context import Context
from .models import Answer, cite_item
from .quotes import candidate_sentences

# The question asks about one item, not the meeting: "punkten om", "när nämnden behandlade", "jäv".
_ONE_ITEM = re.compile(r"\b(?:punkten|paragrafen|arendet|behandlade\w*|behandlades|jav)\b")
_CHAIRED_ITEM = re.compile(r"\b(?:ledde|leder)\s+(?:mötet|sammanträdet|punkten|ärendet)\b"
                           r"|\b(?:är|var|blev)\s+ordförande\s+(?:under|för|vid)\s+(?:paragrafen|punkten|ärendet)\b"
                           r"|\btjänstgör(?:de)?\s+som\s+ordförande\b|\bövertog\s+ordförandeskapet\b", re.IGNORECASE)
MAX_ITEMS = 3


def asks_for_one_item(question: str) -> bool:
    return bool(asks(_ONE_ITEM, question))


def answer_item_chair(ctx: Context) -> Answer | None:
    """The sentence of the item asked about that names who chaired it; None when the item names nobody."""
    ranking = ctx.retriever.search(ctx.query, top_k=MAX_ITEMS, filters=ctx.filters)
    for hit in ranking.hits:
        meeting = ctx.lookup.meeting(hit.chunk.meeting_id)
        if meeting is None or hit.chunk.item_index >= len(meeting.items):
            continue
        text = meeting.items[hit.chunk.item_index].text
        if said := next((s for s in candidate_sentences(text) if _CHAIRED_ITEM.search(s)), None):
            citation = cite_item(meeting, hit.chunk.item_index, said)
            return Answer(ctx.question, "people", True, citation.line(), [citation], ranking.hits)
    return None
