"""Hybrid search: BM25 and dense retrieval fused, filtered, one hit per agenda item.

The lexical index is rebuilt from the store whenever the store's generation
changes, so every process that serves searches follows the same data.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import math
import threading
from collections import OrderedDict
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from pathlib import Path
from typing import Protocol

import numpy as np

from swedish import analysis
from swedish.dates import DatePhrase
from swedish.synonyms import synonyms

from .chunks import Chunk
from .embedder import Embedder
from .fusion import weighted_rrf
from .lexical import LexicalIndex
from .provenance import check
from .query import Query, parse_query
from .store import ChromaStore
from .support import describing_a_name, is_present, named_places, support, topic_terms

log = logging.getLogger("minutes.search")

EXACT_DENSE_LIMIT = 1000  # at most this many chunks allowed (or in the store): exact cosine over their vectors (≤ 30 ms)
EXACT_DENSE_SHARE = 0.25  # ... and at most this share of all chunks (else the neighbour search is cheaper)
DENSE_OVERSAMPLING = 10  # broader filters: up to ten times the candidates from the unfiltered neighbours
GENERATION_RECHECK_S = 0.5  # another process's writes reach searches this much later at most
VECTOR_SETS = 32  # the allowed vectors of this many narrow filters are kept (≤ 1.5 MB each)


@dataclass(frozen=True)
class SearchFilters:
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    body: str | None = None  # part of the body's name, as a person types it in a filter
    bodies: tuple[str, ...] = ()  # whole body names, any of them: the bodies a question names
    meeting_ids: frozenset[str] | None = None  # the meetings the person asking may read; None = every meeting

    def mask(self, lexical: LexicalIndex, *, dates: bool = True) -> np.ndarray | None:
        """Which of the lexical index's chunks these filters let through (the dates left out when not `dates`)."""
        return lexical.mask(date_from=_day(self.date_from) if dates else 0, date_to=_day(self.date_to) if dates else 0,
                            body=self.body, bodies=self.bodies, meeting_ids=self.meeting_ids)


@dataclass(frozen=True)
class Hit:
    chunk: Chunk
    score: float
    support: float = 1.0  # share of the question's topic words the passage holds (index.support)

    @property
    def citation(self) -> str:
        return citation_text(self.chunk.body, self.chunk.date, self.chunk.label, self.chunk.pages)


def _with_synonyms(query_tokens: tuple[str, ...], lexical: LexicalIndex) -> tuple[str, ...]:
    """The query's tokens, and for a token no passage holds: the words the minutes use for the same thing
    (swedish.synonyms: 'löneökning' finds 'lönerevisionen'), the words it is a typo of ('teamindelnigen' finds
    'teamindelningen') and the commonest words it starts, as the support rule counts them ('invester'). A token
    the minutes do use is not widened, so the ranking of questions in the minutes' own words stays as it is."""
    unwritten = [token for token in query_tokens if not lexical.writes(token)]
    extra = [alt for token in unwritten for alt in sorted(synonyms(token)) if lexical.writes(alt)]
    extra += [alt for token in unwritten for alt in lexical.spelled_like(token) + lexical.completions(token)]
    return query_tokens + tuple(dict.fromkeys(extra)) if extra else query_tokens


@lru_cache(maxsize=4096)
def _name_tokens(body: str) -> frozenset[str]:
    return frozenset(analysis.tokens(body))


def citation_text(body: str, date: str | None, item_label: str | None = None, pages: str | None = None) -> str:
    """How every citation reads: 'Body, 2024-09-06, punkt 8 – Title, s. 3' (no item for the meeting itself, no
    page for files without pages)."""
    return ", ".join(p for p in (body, date or "okänt datum", item_label, pages) if p)


@dataclass(frozen=True)
class Ranking:
    """What a search found, with the filters it applied and whether the question's date phrase was dropped."""

    query: Query
    hits: list[Hit]
    filters: SearchFilters
    dates_dropped: bool = False


def _day(date: dt.date | None) -> int:
    return int(date.strftime("%Y%m%d")) if date else 0


class Retriever(Protocol):
    """What answering needs of search: ranked, supported passages and the dates a question points to."""

    def search(self, query: Query, *, top_k: int = 5, filters: SearchFilters | None = None,
               min_support: float | None = None) -> Ranking: ...

    def resolve_dates(self, query: Query, filters: SearchFilters | None = None) -> SearchFilters: ...


class HybridSearcher:
    """Searches the store. `lexical_weight`/`dense_weight` set the fusion; 0 turns a ranker off.

    Results scoring below `min_relative_score` × the best result are left out, in each ranker's
    list and after fusion, so weak matches never fill the list; results the question's words do
    not support (`min_support`, see index.support) are left out too.
    """

    def __init__(self, *, store: ChromaStore, embedder: Embedder | None, lexical_weight: float,
                 dense_weight: float, min_relative_score: float, min_support: float, decision_boost: float,
                 candidates: int = 50, cache_dir: Path | None = None):
        self.store = store
        self.embedder = embedder if dense_weight > 0 else None
        self.lexical_weight = lexical_weight
        self.dense_weight = dense_weight
        self.candidates = candidates
        self.min_relative_score = min_relative_score
        self.min_support = min_support
        self.decision_boost = decision_boost
        self.cache_dir = cache_dir
        self._lexical: LexicalIndex | None = None
        self._lock = threading.Lock()
        self._vector_sets: OrderedDict[tuple, tuple[list[str], np.ndarray]] = OrderedDict()

    def warm_up(self) -> None:
        if self.embedder is not None:
            self.embedder.warm_up()
        analysis.warm_up()
        self.lexical()

    def lexical(self) -> LexicalIndex:
        """The lexical index, rebuilt when another process changed the store (or loaded from the cache)."""
        generation = self.store.generation(max_age_s=GENERATION_RECHECK_S)
        with self._lock:
            if self._lexical is None or self._lexical.generation != generation:
                if self.embedder is not None:  # the store may have been re-embedded by another process
                    check(self.store, self.embedder)
                self._lexical = self._cached(generation) or self._rebuilt(generation)
            return self._lexical

    def _cached(self, generation: int) -> LexicalIndex | None:
        return LexicalIndex.load(self.cache_dir, generation) if self.cache_dir else None

    def _rebuilt(self, generation: int) -> LexicalIndex:
        # Only chunks of listed meetings: an interrupted ingest may leave chunks without their record.
        listed = set(self.store.meeting_hashes())
        index = LexicalIndex([c for c in self.store.all_chunks() if c.meeting_id in listed], generation=generation)
        if self.cache_dir:
            try:
                index.save(self.cache_dir)
            except OSError as exc:  # a read-only data folder still serves, just without the cache
                log.warning("kunde inte spara ordindexet i %s: %s", self.cache_dir, exc)
            else:  # the saved index reads its chunks from disk: the built one holds them all in memory
                return self._cached(generation) or index
        return index

    def run(self, query: str | Query, *, top_k: int = 5, filters: SearchFilters | None = None) -> list[Hit]:
        """Hits for the query; date phrases in it become filters unless `filters` has dates."""
        return self.search(query if isinstance(query, Query) else parse_query(query), top_k=top_k,
                           filters=filters).hits

    def search(self, query: Query, *, top_k: int = 5, filters: SearchFilters | None = None,
               min_support: float | None = None) -> Ranking:
        """`min_support` overrides the configured support rule for this search (hits always carry their share)."""
        filters = filters or SearchFilters()
        floor = self.min_support if min_support is None else min_support
        lexical = self.lexical()
        if not len(lexical):
            return Ranking(query, [], filters)
        understood = self._resolved(query, filters, lexical)
        hits = self._search(query, understood, lexical, top_k, floor)
        if not hits and understood != filters:  # the date phrase ruled out every supported passage: ignore it
            return Ranking(query, self._search(query, filters, lexical, top_k, floor), filters, dates_dropped=True)
        return Ranking(query, hits, understood)

    def resolve_dates(self, query: Query, filters: SearchFilters | None = None) -> SearchFilters:
        """The filters with the question's dates: 'senaste mötet' → its date; 'i april' → the latest April
        that has meetings. Dates given in `filters` win over the question's."""
        return self._resolved(query, filters or SearchFilters(), self.lexical())

    def _resolved(self, query: Query, filters: SearchFilters, lexical: LexicalIndex) -> SearchFilters:
        if filters.date_from or filters.date_to:
            return filters
        if query.latest_meeting:
            latest = lexical.latest_date(filters.mask(lexical, dates=False))
            if latest:
                return replace(filters, date_from=latest, date_to=latest)
        phrase = query.dates
        if phrase and not phrase.year_given:
            phrase = self._latest_year_with_meetings(phrase, filters, lexical)
        if phrase:
            return replace(filters, date_from=phrase.date_from, date_to=phrase.date_to)
        return filters

    @staticmethod
    def _latest_year_with_meetings(phrase: DatePhrase, filters: SearchFilters, lexical: LexicalIndex) -> DatePhrase:
        latest = lexical.latest_date(filters.mask(lexical, dates=False))
        for year in range(latest.year if latest else phrase.date_to.year, 1989, -1):
            candidate = phrase.in_year(year)
            mask = replace(filters, date_from=candidate.date_from, date_to=candidate.date_to).mask(lexical)
            if mask is not None and mask.any():
                return candidate
        return phrase

    def _search(self, query: Query, filters: SearchFilters, lexical: LexicalIndex, top_k: int,
                floor: float) -> list[Hit]:
        mask = filters.mask(lexical)
        rankings: list[tuple[float, list[str]]] = []
        # No relative cut here: one rare word ('fritidsgården') would push every other match under it; the
        # support rule below is what keeps weak matches out.
        lexical_ids = [cid for cid, _ in lexical.search(_with_synonyms(query.tokens, lexical), self.candidates, mask)]
        rankings.append((self.lexical_weight, lexical_ids))
        if self.embedder is not None:
            rankings.append((self.dense_weight, self._dense_ids(query.text, mask, lexical)))
        fused = weighted_rrf(rankings)
        if query.decision_intent and self.decision_boost:
            fused = self._boost_decisions(fused, lexical)
        return self._supported(self._best_per_item(self._strong(fused), lexical), query, lexical, top_k, floor)

    def _supported(self, hits: list[Hit], query: Query, lexical: LexicalIndex, top_k: int,
                   floor: float) -> list[Hit]:
        """The first `top_k` hits that the question's topic words support at least `floor` (index.support)."""
        terms = topic_terms(query.text)
        if not terms:
            return hits[:top_k]
        asked = analysis.words(query.text)  # once per query, not per hit
        weight = cache(lexical.weight)  # once per word and query, not per hit: a word written only in longer forms
        kept = []                        # looks them up in the vocabulary
        # a place the question names and the minutes write: the passage or its body's name must name it too
        places = [place for place in named_places(query.text) if lexical.writes(place)]
        for hit in hits:
            # Words of the passage's own body's name say where, not what: "vad beslutade brf Lönnen om
            # tvättstugan" is about the laundry in Brf Lönnen's passages; elsewhere "Lönnen" counts as a topic word.
            own = _name_tokens(hit.chunk.body)
            describing = describing_a_name(asked, own)
            topic = [t for t in terms if not is_present(t, own) and t.word not in describing] or terms
            passage = lexical.passage_tokens(hit.chunk) | own
            share = support(topic, passage, weight) if all(place in passage for place in places) else 0.0
            if share >= floor:
                kept.append(replace(hit, support=round(share, 3)))
                if len(kept) == top_k:
                    break
        return kept

    def _dense_ids(self, query: str, mask: np.ndarray | None, lexical: LexicalIndex) -> list[str]:
        """Ids of the chunks nearest to the query, within the filter mask.

        Chroma's own metadata filter is slow on a large store (about 180 ms at 100 000 chunks), so
        filters are applied here: a narrow filter compares the query with the allowed chunks' vectors
        directly; a broad one (dates over years, access rules that hide a few bodies) asks for as many more
        neighbours as the share it lets through calls for, at most `DENSE_OVERSAMPLING` × more.
        """
        allowed = len(lexical) if mask is None else int(mask.sum())
        if not allowed:
            return []
        vector = self.embedder.embed_query(query)
        share = allowed / max(1, len(lexical))
        # A small archive is compared whole: Chroma's HNSW graph is approximate and, built on several threads, not
        # the same every time; with 475 chunks it once left the true nearest passage out of the 50 it returned.
        if allowed <= EXACT_DENSE_LIMIT and (share <= EXACT_DENSE_SHARE or mask is None):
            if mask is None:  # the store is asked, as the neighbour search would: gone, it is an error (503), not
                self.store.generation()  # an answer from vectors kept in memory
            return self._nearest_exactly(vector, mask, lexical)
        wanted = min(self.candidates * DENSE_OVERSAMPLING, math.ceil(self.candidates * 1.5 / share))
        found = [cid for cid, _ in self.store.nearest(vector, wanted if mask is not None else self.candidates)]
        if not found:  # the store holds chunks (the lexical index has them) but its vector index gave none
            log.warning("vektorindexet gav inga grannar för %d textstycken; frågan jämförs med alla vektorer", allowed)
            return self._nearest_exactly(vector, mask, lexical)
        positions = lexical.positions(found)
        allowed_here = positions >= 0
        if mask is not None:
            allowed_here &= mask[np.maximum(positions, 0)]
        return [cid for cid, allowed_cid in zip(found, allowed_here) if allowed_cid][:self.candidates]

    def _nearest_exactly(self, vector: np.ndarray, mask: np.ndarray | None, lexical: LexicalIndex) -> list[str]:
        """Ids of the allowed chunks (all, without a mask) nearest to the vector, by cosine over their vectors."""
        ids, vectors = self._allowed_vectors(np.ones(len(lexical), dtype=bool) if mask is None else mask, lexical)
        return [ids[i] for i in np.argsort(-(vectors @ vector), kind="stable")[:self.candidates]]

    def _allowed_vectors(self, mask: np.ndarray, lexical: LexicalIndex) -> tuple[list[str], np.ndarray]:
        """The vectors of the chunks a narrow filter allows. The same filters recur ("i oktober", one reader's
        meetings), and reading the vectors from the store cost more than the rest of the search, so the last
        `VECTOR_SETS` are kept for the index generation they were read from."""
        key = (lexical.generation, hashlib.blake2b(np.packbits(mask).tobytes(), digest_size=16).digest())
        with self._lock:
            if (found := self._vector_sets.get(key)) is not None:
                self._vector_sets.move_to_end(key)
                return found
        found = self.store.vectors(lexical.ids(np.flatnonzero(mask)))
        with self._lock:
            self._vector_sets[key] = found
            while len(self._vector_sets) > VECTOR_SETS:
                self._vector_sets.popitem(last=False)
        return found

    def _boost_decisions(self, fused: list[tuple[str, float]], lexical: LexicalIndex) -> list[tuple[str, float]]:
        """For "vad beslutades …": items that record a decision rank a little higher."""
        boosted = [(cid, score * (1 + self.decision_boost) if lexical.chunk(cid).has_decision else score)
                   for cid, score in fused]
        return sorted(boosted, key=lambda pair: pair[1], reverse=True)

    def _strong(self, ranked: list[tuple[str, float]]) -> list[tuple[str, float]]:
        """Drop results scoring under `min_relative_score` of the best: weak matches are noise, not answers."""
        if not ranked:
            return ranked
        floor = ranked[0][1] * self.min_relative_score
        return [(cid, score) for cid, score in ranked if score >= floor]

    @staticmethod
    def _best_per_item(fused: list[tuple[str, float]], lexical: LexicalIndex) -> list[Hit]:
        hits: list[Hit] = []
        seen: set[tuple[str, int]] = set()
        for chunk_id, score in fused:
            chunk = lexical.chunk(chunk_id)
            if chunk is None or (chunk.meeting_id, chunk.item_index) in seen:
                continue
            seen.add((chunk.meeting_id, chunk.item_index))
            hits.append(Hit(chunk, round(score, 6)))
        return hits
