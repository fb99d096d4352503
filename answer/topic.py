"""Topic questions ("vad beslutades om X", "vad sades om X"): the matching items' decisions or best
sentences, quoted verbatim, newest meeting first.

An answer is only given when the minutes support it (index.support); otherwise the answer says
plainly that nothing was found. When the question's date phrase ruled out every supporting
passage, the answer comes from all dates and says so.
"""

from __future__ import annotations

from .context import Context
from .models import Answer, not_found
from .quotes import quote_hit


def answer_topic(ctx: Context, kind: str = "topic") -> Answer:
    ranking = ctx.retriever.search(ctx.query, top_k=ctx.top_k, filters=ctx.filters)
    notes = dates_dropped_note(ctx) if ranking.dates_dropped else []
    if not ranking.hits:
        return not_found(ctx.question, kind, notes=notes)
    chosen = sorted(ranking.hits[:ctx.max_quotes], key=lambda h: (h.chunk.date or "", -h.chunk.item_index),
                    reverse=True)
    citations = [quote_hit(hit, ctx.lookup.meeting(hit.chunk.meeting_id), ctx.wanted) for hit in chosen]
    text = "\n".join(notes + [c.line() for c in citations])
    return Answer(ctx.question, kind, True, text, citations, ranking.hits, notes)


def dates_dropped_note(ctx: Context) -> list[str]:
    words = ctx.query.dates.words if ctx.query.dates else "den angivna tiden"
    return [f"Inget i mötesanteckningarna från ”{words.strip()}” handlar om detta; svaret gäller alla datum."]
