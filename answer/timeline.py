"""Timeline questions ("hur har frågan om heder utvecklats", "vad har hänt med X"): every meeting's item
on the topic, oldest first, decisions marked."""

from __future__ import annotations

import re
from dataclasses import replace

from index.query import Query, parse_query
from index.search import Hit
from index.support import Term, is_present, topic_terms
from swedish.analysis import compound_parts, in_word_list, stem, tokens, words
from swedish.dictionary import frequency

from swedish.questions import TIMELINE_SPAN
from swedish.text import fold
from swedish.wording import FIGURE_OR_DATE, is_formality

from .bodies import proper_names
from .context import Context
from .models import Answer, not_found
from .quotes import quote_hit

MAX_MEETINGS = 12
ITEMS_PER_MEETING = 2
THREAD_SUPPORT = 0.25
MIN_ALIAS = 8  # letters of a compound that may name the thread's matter
RELATIVE_SUPPORT = 0.7  # of the best hit's support, for a hit to be on the same thread


def answer_timeline(ctx: Context) -> Answer:
    ctx = replace(ctx, query=_matter_of(ctx.query))
    ranking = ctx.retriever.search(ctx.query, top_k=max(ctx.top_k, 30), filters=ctx.filters)
    key = _key_term(ctx.query.text)
    found = _on_the_thread(ranking.hits, key)
    per_meeting: dict[str, list] = {}
    candidates = found + _thread(ctx, found, key)
    # "Nästa möte … på Gammelgården" names the place, not the matter: how a meeting ran is no step of a thread
    candidates = [h for h in candidates if not is_formality(h.chunk.title.strip())] or candidates
    for hit in candidates:  # best first: a meeting's best items come first
        kept = per_meeting.setdefault(hit.chunk.meeting_id, [])
        if len(kept) < ITEMS_PER_MEETING and hit not in kept:
            kept.append(hit)
    hits = sorted((h for kept in per_meeting.values() for h in kept),
                  key=lambda h: (h.chunk.date or "", h.chunk.item_index))[-MAX_MEETINGS * ITEMS_PER_MEETING:]
    if not hits:
        return not_found(ctx.question, "timeline")
    citations = []
    for hit in hits:  # what was said (the best sentences) and, where the item has one, what was decided
        meeting = ctx.lookup.meeting(hit.chunk.meeting_id)
        said = quote_hit(hit, meeting, ctx.wanted, prefer_text=True, wants_figure=FIGURE_OR_DATE,
                         sentences=3)  # figures and dates show the change
        decided = quote_hit(hit, meeting, ctx.wanted, taken_here=True)
        citations += [said] if decided.quote in said.quote or not decided.is_decision else [said, decided]
    lines = [f"Så har frågan behandlats ({len(per_meeting)} möten):"]
    for citation in citations:
        mark = " [beslut]" if citation.is_decision else ""
        lines.append(f"{citation.date or 'okänt datum'}{mark}: {citation.line()}")
    return Answer(ctx.question, "timeline", True, "\n".join(lines), citations, ranking.hits, lead=lines[0])


def _matter_of(query: Query) -> Query:
    """The query without what the question says about the span ("… sedan klubben åtog sig att arrangera den",
    "från idé till i dag"), when it names a matter without it."""
    folded = fold(query.text)
    match = TIMELINE_SPAN.search(folded)
    if match is None or len(folded) != len(query.text) or not topic_terms(query.text[:match.start()]):
        return query
    kept = query.text[:match.start()]
    return replace(query, text=kept, tokens=tuple(tokens(kept)))


def _key_term(question: str) -> Term | None:
    """The question's rarest topic word ('CGM' of 'CGM vid typ 2-diabetes', 'Mounjaro'): what every step of the
    thread must be about. None when the question has fewer than two topic words."""
    terms = [t for t in topic_terms(question) if not t.word.isdigit()]
    return min(terms, key=lambda t: frequency(t.word)) if len(terms) >= 2 else None


def _holds(hit: Hit, term: Term | None) -> bool:
    return term is None or is_present(term, frozenset(tokens(f"{hit.chunk.title}\n{hit.chunk.search_content}")))


def _on_the_thread(hits: list[Hit], key: Term | None) -> list[Hit]:
    """The hits that hold nearly as much of the question as the best one: "nattskiftet, blev det uppsägningar"
    follows the night shift, not every item that mentions a notice of termination; and those that hold its
    rarest word ('Mounjaro'), when the best one does."""
    best = max((hit.support or 0 for hit in hits), default=0)
    keyed = bool(hits) and key is not None and _holds(max(hits, key=lambda h: h.support or 0), key)
    return [hit for hit in hits if (hit.support or 0) >= RELATIVE_SUPPORT * best or (keyed and _holds(hit, key))]


def _thread(ctx: Context, found: list[Hit], key: Term | None) -> list[Hit]:
    """The same thread at the other meetings of the bodies already found, where later minutes use fewer of the
    question's words ('Upphandlingen – återrapport' after 'Gemensam upphandling av livsmedel'): items those
    meetings hold with a lower share of the topic words (THREAD_SUPPORT), or that hold the question's rarest
    word; a name no dictionary has ('Mounjaro', 'Brobyggarna') is followed into other bodies' minutes too."""
    if not found:
        return []
    key = key if key is not None and any(_holds(hit, key) for hit in found) else None
    elsewhere = _name_elsewhere(ctx, found, key)
    found = found + elsewhere
    covered = {hit.chunk.meeting_id for hit in found}
    named = {_same_name(hit.chunk.body) for hit in found}
    names = {proper_names(hit.chunk.body) for hit in found}
    bodies = tuple(sorted({m.body for m in ctx.lookup.meetings(ctx.filters)
                           if _same_name(m.body) in named or any(proper_names(m.body) & n for n in names)}))
    within = replace(ctx.filters, bodies=bodies)
    wider = ctx.retriever.search(ctx.query, top_k=max(ctx.top_k, 30), filters=within,
                                 min_support=THREAD_SUPPORT if key is None else 0.0)
    found_later = [hit for hit in wider.hits if hit.chunk.meeting_id not in covered
                   and ((hit.support or 0) >= THREAD_SUPPORT or (key is not None and _holds(hit, key)))]
    for alias in _named_otherwise(ctx, found[0]):  # "kulturbidraget", which the decision calls "arrangörsbidrag"
        again = ctx.retriever.search(parse_query(alias), top_k=max(ctx.top_k, 30), filters=within)
        found_later += [hit for hit in again.hits if hit.chunk.meeting_id not in covered and hit not in found_later]
    return elsewhere + found_later


def _name_elsewhere(ctx: Context, found: list[Hit], key: Term | None) -> list[Hit]:
    """Other meetings' items, of any body, that hold the question's rarest word when it is a name no word list
    has ('Mounjaro' in the drug committee's and the diabetes group's minutes)."""
    if key is None or key.parts or in_word_list(key.word) or key.word.isdigit():
        return []
    covered = {hit.chunk.meeting_id for hit in found}
    ranking = ctx.retriever.search(ctx.query, top_k=max(ctx.top_k, 30), min_support=0.0, filters=ctx.filters)
    return [hit for hit in ranking.hits if hit.chunk.meeting_id not in covered and _holds(hit, key)]


def _named_otherwise(ctx: Context, hit: Hit) -> list[str]:
    """The question's thing as the best item's decision names it: a compound with the same last part as a
    compound of the question ('arrangörsbidrag' for 'kulturbidraget'). Later minutes may use only that name."""
    meeting = ctx.lookup.meeting(hit.chunk.meeting_id)
    if meeting is None or hit.chunk.item_index >= len(meeting.items):
        return []
    decided = " ".join(d.text for d in meeting.items[hit.chunk.item_index].decisions)
    heads = {stem(t.parts[-1]): t.word for t in topic_terms(ctx.query.text) if len(t.parts) >= 2}
    aliases = []
    for word in dict.fromkeys(words(decided)):
        parts = compound_parts(word) if len(word) >= MIN_ALIAS else ()
        if len(parts) >= 2 and stem(parts[-1]) in heads and word != heads[stem(parts[-1])]:
            aliases.append(word)
    return aliases[:1]


def _same_name(body: str) -> str:
    """A body's name as the same body's minutes may vary it: folded, without an acronym in brackets
    ('Ekbackens skolas föräldraförening (FF), styrelsen' / 'Ekbackens skolas föräldraförening, styrelsen')."""
    return " ".join(fold(re.sub(r"\s*\([^)]*\)", "", body)).split())
