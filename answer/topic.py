"""Topic questions ("vad beslutades om X", "vad sades om X"): the matching items' decisions or best
sentences, quoted verbatim, newest meeting first.

An answer is only given when the minutes support it (index.support); otherwise the answer says
plainly that nothing was found. When the question's date phrase ruled out every supporting
passage, the answer comes from all dates and says so.
"""

from __future__ import annotations

from swedish.questions import AMOUNT, WHO, asks

from .context import Context
from .models import Answer, cite_item, not_found
from .quotes import in_pieces, quote_hit


def answer_topic(ctx: Context, kind: str = "topic") -> Answer:
    ranking = ctx.retriever.search(ctx.query, top_k=ctx.top_k, filters=ctx.filters)
    notes = dates_dropped_note(ctx) if ranking.dates_dropped else []
    if not ranking.hits:
        return not_found(ctx.question, kind, notes=notes)
    chosen = sorted(ranking.hits[:ctx.max_quotes], key=lambda h: (h.chunk.date or "", -h.chunk.item_index),
                    reverse=True)
    amount = bool(asks(AMOUNT, ctx.question))
    wants_name = bool(asks(WHO, ctx.question))
    citations = [quote_hit(hit, ctx.lookup.meeting(hit.chunk.meeting_id), ctx.wanted, prefer_text=amount,
                           wants_name=wants_name)
                 for hit in chosen]
    citations += earlier_decisions(ctx, citations)
    text = "\n".join(notes + [c.line() for c in citations])
    return Answer(ctx.question, kind, True, text, citations, ranking.hits, notes)


def earlier_decisions(ctx: Context, citations: list) -> list:
    """Decisions of the quoted items that the minutes record as taken at an earlier meeting: their date
    answers "när beslutades …" even when another decision of the item matched the words better."""
    extra = []
    for citation in citations:
        meeting = ctx.lookup.meeting(citation.meeting_id)
        if meeting is None or citation.item_index is None:
            continue
        for decision in meeting.items[citation.item_index].decisions:
            if decision.decided_on and in_pieces(decision.text) != citation.quote:
                extra.append(cite_item(meeting, citation.item_index, in_pieces(decision.text),
                                       is_decision=True, decided_on=decision.decided_on))
    return extra


def dates_dropped_note(ctx: Context) -> list[str]:
    words = ctx.query.dates.words if ctx.query.dates else "den angivna tiden"
    return [f"Inget i mötesanteckningarna från ”{words.strip()}” handlar om detta; svaret gäller alla datum."]
