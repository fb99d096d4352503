"""Timeline questions ("hur har frågan om heder utvecklats", "vad har hänt med X"): every meeting's item
on the topic, oldest first, decisions marked."""

from __future__ import annotations

from .context import Context
from .models import Answer, not_found
from .quotes import quote_hit

MAX_MEETINGS = 12
ITEMS_PER_MEETING = 2


def answer_timeline(ctx: Context) -> Answer:
    ranking = ctx.retriever.search(ctx.query, top_k=max(ctx.top_k, 30), filters=ctx.filters)
    per_meeting: dict[str, list] = {}
    for hit in ranking.hits:  # best first: a meeting's best items come first
        kept = per_meeting.setdefault(hit.chunk.meeting_id, [])
        if len(kept) < ITEMS_PER_MEETING:
            kept.append(hit)
    hits = sorted((h for kept in per_meeting.values() for h in kept),
                  key=lambda h: (h.chunk.date or "", h.chunk.item_index))[-MAX_MEETINGS * ITEMS_PER_MEETING:]
    if not hits:
        return not_found(ctx.question, "timeline")
    citations = []
    for hit in hits:  # what was said (the best sentences) and, where the item has one, what was decided
        meeting = ctx.lookup.meeting(hit.chunk.meeting_id)
        said, decided = quote_hit(hit, meeting, ctx.wanted, prefer_text=True), quote_hit(hit, meeting, ctx.wanted)
        citations += [said] if decided.quote in said.quote or not decided.is_decision else [said, decided]
    lines = [f"Så har frågan behandlats ({len(per_meeting)} möten):"]
    for citation in citations:
        mark = " [beslut]" if citation.is_decision else ""
        lines.append(f"{citation.date or 'okänt datum'}{mark}: {citation.line()}")
    return Answer(ctx.question, "timeline", True, "\n".join(lines), citations, ranking.hits, lead=lines[0])
