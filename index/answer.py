"""Extractive answers: the decision (or best) sentences of the matching items, quoted verbatim with citations.

An answer is only given when the minutes support it: the best passages must
contain most of the question's distinctive words (weighted by how rare they
are in the minutes). Otherwise the answer says plainly that nothing was found.
When several meetings dealt with the topic, quotes are listed newest first.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ingest.paragraphs import sentences

from .analysis import tokens
from .lexical import LexicalIndex
from .query import parse_query
from .search import Hit, HybridSearcher, SearchFilters


@dataclass(frozen=True)
class Quote:
    hit: Hit
    text: str
    is_decision: bool


@dataclass
class Answer:
    question: str
    found: bool
    answer: str
    quotes: list[Quote] = field(default_factory=list)
    hits: list[Hit] = field(default_factory=list)


class Answerer:
    def __init__(self, *, searcher: HybridSearcher, min_coverage: float = 0.5, max_quotes: int = 3):
        self.searcher = searcher
        self.min_coverage = min_coverage
        self.max_quotes = max_quotes

    def warm_up(self) -> None:
        self.searcher.warm_up()

    def run(self, question: str, *, top_k: int = 5, filters: SearchFilters | None = None) -> Answer:
        hits = self.searcher.run(question, top_k=top_k, filters=filters)
        lexical = self.searcher.lexical()
        wanted = set(tokens(parse_query(question).text))
        supported = [h for h in hits if coverage(wanted, h, lexical) >= self.min_coverage]
        if not supported:
            return Answer(question, False, f"Jag hittar inget i mötesanteckningarna om ”{question.strip()}”.",
                          hits=hits)
        chosen = sorted(supported[: self.max_quotes], key=lambda h: (h.chunk.date or "", -h.chunk.item_index),
                        reverse=True)
        quotes = [self._quote(hit, wanted) for hit in chosen]
        lines = [f"”{q.text}” ({q.hit.citation})" for q in quotes]
        return Answer(question, True, "\n".join(lines), quotes, hits)

    def _quote(self, hit: Hit, wanted: set[str]) -> Quote:
        meeting = self.searcher.store.meeting(hit.chunk.meeting_id)
        if meeting is not None and hit.chunk.item_index < len(meeting.items):
            item = meeting.items[hit.chunk.item_index]
            if item.decisions:
                contexts = decision_contexts(item.text, [d.text for d in item.decisions])
                best = max(zip(item.decisions, contexts), key=lambda pair: _overlap(wanted, pair[1]))[0]
                text = best.text if not best.proposal else f"{best.text} Förslaget: {best.proposal}"
                return Quote(hit, text, True)
        if len(hit.chunk.text) <= SHORT_PASSAGE:
            return Quote(hit, " ".join(hit.chunk.text.split()), False)
        return Quote(hit, best_sentences(hit.chunk.text, wanted), False)


SHORT_PASSAGE = 300


def decision_contexts(item_text: str, decisions: list[str]) -> list[str]:
    """Each decision with the text since the previous one: what it decides about ('• Statsbidrag …')."""
    contexts, start = [], 0
    for decision in decisions:
        position = item_text.find(decision[:40], start)
        if position < 0:
            contexts.append(decision)
            continue
        end = position + len(decision)
        contexts.append(item_text[start:end])
        start = end
    return contexts


def coverage(wanted: set[str], hit: Hit, lexical: LexicalIndex) -> float:
    """Share of the query's distinctive tokens (idf-weighted) that the passage contains."""
    if not wanted:
        return 0.0
    present = set(tokens(hit.chunk.search_text))
    weights = {t: lexical.idf(t) for t in wanted}
    total = sum(weights.values())
    return sum(w for t, w in weights.items() if t in present) / total if total else 0.0


def best_sentences(text: str, wanted: set[str], limit: int = 2) -> str:
    """The one or two sentences of the passage that share most query tokens, in text order."""
    candidates = [s.strip() for line in text.split("\n") for s in sentences(line) if s.strip()]
    if not candidates:
        return text.strip()
    overlaps = [_overlap(wanted, candidate) for candidate in candidates]
    ranked = sorted(range(len(candidates)), key=lambda i: -overlaps[i])[:limit]
    keep = [i for i in sorted(ranked) if overlaps[i] > 0] or [ranked[0]]
    return " ".join(candidates[i] for i in keep)


def _overlap(wanted: set[str], text: str) -> int:
    return len(wanted & set(tokens(text)))
