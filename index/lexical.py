"""BM25 over Swedish tokens (bm25s), rebuilt from the store's chunks, boilerplate left out.

Item titles are also indexed as a field of their own: a question usually names
the topic the way the agenda does, so a chunk whose title matches the question
gains `TITLE_WEIGHT` × its title score over a chunk that only mentions the
words in passing.

The index keeps the chunks it was built from, with their dates and bodies as
arrays, so filters become a vectorised mask over all scores. It can be saved
to and loaded from a folder, so a service restarts without re-analysing every
chunk; the store's generation number says whether a saved index is current.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import pickle
import shutil
import tempfile
from collections import Counter
from pathlib import Path
from typing import NamedTuple

import bm25s
import numpy as np

from swedish.analysis import tokens
from swedish.text import fold

from .boilerplate import repeated_paragraphs, searchable_text
from .chunks import Chunk

_STATE_FILE = "state.pickle"
TITLE_WEIGHT = 0.2  # measured: README, "Sökkvalitet" (0.15–0.25 help, 0.35 and more hurt)


class Fields(NamedTuple):
    """The two BM25 indexes: over the searchable text, and over the item titles alone."""

    text: bm25s.BM25
    titles: bm25s.BM25


_FIELD_FOLDERS = ("bm25", "bm25-titles")  # where each field is saved, in the order of Fields


class LexicalIndex:
    def __init__(self, chunks: list[Chunk], *, generation: int = 0, drop_boilerplate: bool = True,
                 _bm25: Fields | None = None, _document_frequency: Counter | None = None):
        self.chunks = chunks
        self.generation = generation
        self._position = {chunk.id: i for i, chunk in enumerate(chunks)}
        self._dates = np.array([c.date_number for c in chunks], dtype=np.int32)
        self._bodies = np.array([fold(c.body) for c in chunks], dtype=object)
        self._meeting_codes = {m: i for i, m in enumerate(dict.fromkeys(c.meeting_id for c in chunks))}
        self._meetings = np.array([self._meeting_codes[c.meeting_id] for c in chunks], dtype=np.int32)
        self._meeting_masks: dict[frozenset[str], np.ndarray] = {}
        self.body_tokens = frozenset(t for body in set(self._bodies) for t in tokens(body))
        self.boilerplate: set[tuple[str, str]] = set()
        self._passage_tokens: dict[str, frozenset[str]] = {}
        if _bm25 is not None or not chunks:  # loaded from a saved index, or empty
            self._bm25, self._document_frequency = _bm25, _document_frequency or Counter()
            return
        boilerplate = repeated_paragraphs(chunks) if drop_boilerplate else set()
        self.boilerplate = boilerplate
        corpus = [tokens(searchable_text(chunk, boilerplate)) or ["_"] for chunk in chunks]
        self._document_frequency = Counter(token for doc in corpus for token in set(doc))
        self._bm25 = Fields(text=_bm25_of(corpus), titles=_bm25_of([tokens(c.search_title) or ["_"] for c in chunks]))

    def __len__(self) -> int:
        return len(self.chunks)

    def position(self, chunk_id: str) -> int | None:
        """Where the chunk is in `chunks` (and in a filter mask); None for a chunk not indexed."""
        return self._position.get(chunk_id)

    def chunk(self, chunk_id: str) -> Chunk | None:
        position = self.position(chunk_id)
        return self.chunks[position] if position is not None else None

    def idf(self, token: str) -> float:
        """How distinctive a token is in these minutes; unseen tokens count as the rarest."""
        df = self._document_frequency.get(token, 0)
        return math.log(1 + (len(self.chunks) - df + 0.5) / (df + 0.5))

    def mask(self, *, date_from: int = 0, date_to: int = 0, body: str | None = None,
             bodies: tuple[str, ...] = (), meeting_ids: frozenset[str] | None = None) -> np.ndarray | None:
        """Which chunks pass the filters (dates as YYYYMMDD ints, body as part of the name, bodies as whole
        names, meeting ids as the meetings a person may read); None = all."""
        if not (date_from or date_to or body or bodies) and meeting_ids is None:
            return None
        allowed = np.ones(len(self.chunks), dtype=bool) if meeting_ids is None else self._of_meetings(meeting_ids)
        if date_from:
            allowed &= self._dates >= date_from
        if date_to:
            allowed &= (self._dates <= date_to) & (self._dates > 0)
        if body:
            wanted = fold(body)
            matching = {b for b in set(self._bodies) if wanted in b}
            allowed &= np.isin(self._bodies, list(matching))
        if bodies:
            allowed &= np.isin(self._bodies, [fold(b) for b in bodies])
        return allowed

    def _of_meetings(self, meeting_ids: frozenset[str]) -> np.ndarray:
        """The chunks of these meetings. Kept per set: a reader's set is one object, asked for on every search."""
        found = self._meeting_masks.get(meeting_ids)
        if found is None:
            codes = [code for m in meeting_ids if (code := self._meeting_codes.get(m)) is not None]
            found = np.isin(self._meetings, np.array(codes, dtype=np.int32))
            if len(self._meeting_masks) > 64:
                self._meeting_masks.clear()
            self._meeting_masks[meeting_ids] = found
        return found.copy()

    def latest_date(self, mask: np.ndarray | None = None) -> dt.date | None:
        """The newest meeting date among the chunks (within the mask), if any has a date."""
        dates = self._dates if mask is None else self._dates[mask]
        day = int(dates.max()) if len(dates) else 0
        return dt.date(day // 10000, day // 100 % 100, day % 100) if day > 0 else None

    def passage_tokens(self, chunk: Chunk) -> frozenset[str]:
        """Every token of the chunk as a person reads it (boilerplate included): what the support rule looks in."""
        found = self._passage_tokens.get(chunk.id)
        if found is None:
            found = frozenset(tokens(f"{chunk.label}\n{chunk.search_text}"))
            if len(self._passage_tokens) > 50_000:
                self._passage_tokens.clear()
            self._passage_tokens[chunk.id] = found
        return found

    def scores(self, query_tokens: tuple[str, ...] | list[str]) -> np.ndarray:
        """BM25 score of every chunk for the query tokens (zeros when nothing matches)."""
        query_tokens = list(query_tokens)
        if self._bm25 is None or not query_tokens:
            return np.zeros(len(self.chunks), dtype=np.float32)
        scores = self._bm25.text.get_scores(query_tokens) + TITLE_WEIGHT * self._bm25.titles.get_scores(query_tokens)
        return np.asarray(scores, dtype=np.float32)

    def search(self, query_tokens: tuple[str, ...] | list[str], k: int,
               mask: np.ndarray | None = None) -> list[tuple[str, float]]:
        """(chunk id, score) of the k best chunks with a positive score, within the mask."""
        scores = self.scores(query_tokens)
        if mask is not None:
            scores = np.where(mask, scores, 0.0)
        if not len(scores):
            return []
        k = min(k, len(scores))
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.argsort(-scores[top], kind="stable")]
        return [(self.chunks[i].id, float(scores[i])) for i in top if scores[i] > 0]

    # -- persistence -----------------------------------------------------------------------------
    def save(self, folder: Path) -> None:
        """Write the index atomically: a reader sees the old complete index or the new one."""
        folder.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".lexical-", dir=folder.parent))
        if self._bm25 is not None:
            for index, name in zip(self._bm25, _FIELD_FOLDERS):
                index.save(str(staging / name))
        with open(staging / _STATE_FILE, "wb") as handle:
            pickle.dump((self.generation, self.chunks, self._document_frequency, self.boilerplate), handle,
                        protocol=pickle.HIGHEST_PROTOCOL)
        old = folder.with_name(folder.name + ".old")
        shutil.rmtree(old, ignore_errors=True)
        if folder.exists():
            os.replace(folder, old)
        os.replace(staging, folder)
        shutil.rmtree(old, ignore_errors=True)

    @classmethod
    def load(cls, folder: Path, generation: int) -> LexicalIndex | None:
        """The saved index if it belongs to this generation of the store; otherwise None."""
        try:
            with open(folder / _STATE_FILE, "rb") as handle:
                saved_generation, chunks, document_frequency, boilerplate = pickle.load(handle)
            if saved_generation != generation:
                return None
            bm25 = Fields(*(bm25s.BM25.load(str(folder / name)) for name in _FIELD_FOLDERS)) if chunks else None
        except (OSError, EOFError, pickle.UnpicklingError, ValueError):
            return None
        index = cls(chunks, generation=generation, _bm25=bm25, _document_frequency=document_frequency)
        index.boilerplate = boilerplate
        return index


def _bm25_of(corpus: list[list[str]]) -> bm25s.BM25:
    index = bm25s.BM25(k1=1.2, b=0.75)
    index.index(corpus, show_progress=False)
    return index
