"""BM25 over Swedish tokens (bm25s), rebuilt from the store's chunks, boilerplate left out.

Item titles are also indexed as a field of their own: a question usually names
the topic the way the agenda does, so a chunk whose title matches the question
gains `TITLE_WEIGHT` × its title score over a chunk that only mentions the
words in passing.

Besides the two BM25 fields the index keeps, per chunk and in chunk order, its id,
date, body and meeting as arrays, so filters become a vectorised mask over all
scores. It can be saved to and loaded from a folder, so a service restarts without
re-analysing every chunk; the store's generation number says whether a saved index
is current. A loaded index memory-maps what it saved (the BM25 matrices, the arrays
and the chunks themselves, `index.chunktable`): at a million chunks it opens in about
a second and holds in memory only what searches read.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import math
import os
import pickle
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

import bm25s
import numpy as np

from swedish.analysis import ANALYSIS_VERSION, tokens, tokens_of, words
from swedish.text import fold

from .boilerplate import repeated_paragraphs, searchable_text
from .chunks import Chunk
from .chunktable import ChunkTable, write_chunks
from .support import MIN_PREFIX, edits_within

MIN_TYPO_LENGTH = 6  # shorter words one letter off are other words ("beslut" / "besluts" aside)

_STATE_FILE = "index.pickle"  # not the former "state.pickle": an index saved in the old format is rebuilt once
_FORMAT = (2, ANALYSIS_VERSION)  # a saved index of another format or analysis is rebuilt
TITLE_WEIGHT = 0.2  # measured: README, "Sökkvalitet" (0.15–0.25 help, 0.35 and more hurt)


class Fields(NamedTuple):
    """The two BM25 indexes: over the searchable text, and over the item titles alone."""

    text: bm25s.BM25
    titles: bm25s.BM25


_FIELD_FOLDERS = ("bm25", "bm25-titles")  # where each field is saved, in the order of Fields


class Columns(NamedTuple):
    """Per chunk, in chunk order: what filters and result lists read, without the chunks themselves."""

    ids: np.ndarray  # chunk ids as UTF-8 bytes
    sorted_ids: np.ndarray  # the same, sorted: a chunk is found by binary search ...
    id_order: np.ndarray  # ... and this is where each sorted id is in chunk order
    dates: np.ndarray  # YYYYMMDD, 0 = unknown
    bodies: np.ndarray  # index into body_names
    meetings: np.ndarray  # index into meeting_ids
    body_names: list[str]  # folded, as filters compare them
    meeting_ids: list[str]

    @classmethod
    def of(cls, chunks: Sequence[Chunk]) -> Columns:
        folded: dict[str, int] = {}
        body_codes = {}
        for chunk in chunks:
            if chunk.body not in body_codes:
                body_codes[chunk.body] = folded.setdefault(fold(chunk.body), len(folded))
        meetings = {m: i for i, m in enumerate(dict.fromkeys(c.meeting_id for c in chunks))}
        ids = np.array([c.id.encode() for c in chunks], dtype=bytes) if chunks else np.zeros(0, dtype="S1")
        order = np.argsort(ids, kind="stable").astype(np.int32)
        return cls(ids=ids, sorted_ids=ids[order], id_order=order,
                   dates=np.array([c.date_number for c in chunks], dtype=np.int32),
                   bodies=np.array([body_codes[c.body] for c in chunks], dtype=np.int32),
                   meetings=np.array([meetings[c.meeting_id] for c in chunks], dtype=np.int32),
                   body_names=list(folded), meeting_ids=list(meetings))

    _ARRAYS = ("ids", "sorted_ids", "id_order", "dates", "bodies", "meetings")

    def save(self, folder: Path) -> None:
        for name in self._ARRAYS:
            np.save(folder / f"{name}.npy", getattr(self, name))

    @classmethod
    def load(cls, folder: Path, body_names: list[str], meeting_ids: list[str]) -> Columns:
        arrays = {name: np.load(folder / f"{name}.npy", mmap_mode="r") for name in cls._ARRAYS}
        return cls(**arrays, body_names=body_names, meeting_ids=meeting_ids)


class LexicalIndex:
    def __init__(self, chunks: Sequence[Chunk], *, generation: int = 0, drop_boilerplate: bool = True,
                 _saved: tuple[Columns, Fields | None] | None = None):
        self.chunks = chunks
        self.generation = generation
        self.boilerplate: set[tuple[str, str]] = set()
        if _saved is not None:
            self._columns, self._bm25 = _saved
        else:
            self._columns = Columns.of(chunks)
            self._bm25 = self._indexed(chunks, drop_boilerplate) if chunks else None
        self._meeting_codes = {m: i for i, m in enumerate(self._columns.meeting_ids)}
        self._meeting_masks: dict[frozenset[str], np.ndarray] = {}
        self.body_tokens = frozenset(t for body in self._columns.body_names for t in tokens(body))
        self._passage_tokens: dict[str, frozenset[str]] = {}
        self._vocabulary: list[str] | None = None  # sorted, built on first use (`weight`)

    def _indexed(self, chunks: Sequence[Chunk], drop_boilerplate: bool) -> Fields:
        self.boilerplate = repeated_paragraphs(chunks) if drop_boilerplate else set()
        text = _bm25_of([tokens(searchable_text(chunk, self.boilerplate)) or ["_"] for chunk in chunks])
        return Fields(text=text, titles=_bm25_of([tokens(c.search_title) or ["_"] for c in chunks]))

    def __len__(self) -> int:
        return len(self._columns.dates)

    def position(self, chunk_id: str) -> int | None:
        """Where the chunk is in `chunks` (and in a filter mask); None for a chunk not indexed."""
        # (searchsorted with a `sorter` copies the whole order on every call: 80 µs at 100 000 chunks)
        key, ids = chunk_id.encode(), self._columns.sorted_ids
        if not len(ids) or len(key) > ids.dtype.itemsize:
            return None
        found = int(np.searchsorted(ids, key))
        return int(self._columns.id_order[found]) if found < len(ids) and ids[found] == key else None

    def positions(self, chunk_ids: Sequence[str]) -> np.ndarray:
        """`position` of many chunks at once, -1 for those not indexed (one binary search over them all). Not the
        way to find one chunk: the arrays cost 14 µs a call where `position` takes 3."""
        ids = self._columns.sorted_ids
        if not len(ids) or not len(chunk_ids):
            return np.full(len(chunk_ids), -1, dtype=np.int64)
        keys = np.array([c.encode() for c in chunk_ids], dtype=ids.dtype)  # longer ids are cut, then not equal
        found = np.minimum(np.searchsorted(ids, keys), len(ids) - 1)
        known = (ids[found] == keys) & np.array([len(c.encode()) <= ids.dtype.itemsize for c in chunk_ids])
        return np.where(known, self._columns.id_order[found], -1).astype(np.int64)

    def chunk(self, chunk_id: str) -> Chunk | None:
        position = self.position(chunk_id)
        return self.chunks[position] if position is not None else None

    def ids(self, positions: Sequence[int] | np.ndarray) -> list[str]:
        """The ids of the chunks at these positions, without reading the chunks."""
        return [chunk_id.decode() for chunk_id in self._columns.ids[np.asarray(positions, dtype=np.int64)]]

    def idf(self, token: str) -> float:
        """How distinctive a token is in these minutes; unseen tokens count as the rarest."""
        df = self._document_frequency(token)
        return math.log(1 + (len(self) - df + 0.5) / (df + 0.5))

    def weight(self, token: str) -> float:
        """How much a question word weighs in the support rule: its idf. A word the minutes write only in
        longer forms ('investera' → 'investeringen', 'investeringsbudget') weighs as the commonest of them,
        not as a word nobody wrote."""
        if len(token) < MIN_PREFIX or self.writes(token):
            return self.idf(token)
        return min((self.idf(longer) for longer in self._written_starting_with(token)), default=self.idf(token))

    def completions(self, token: str, most: int = 5) -> list[str]:
        """The commonest written words that start with the token (as the support rule's compounds do)."""
        if len(token) < MIN_PREFIX:
            return []
        longer = self._written_starting_with(token)
        return sorted(longer, key=self._document_frequency, reverse=True)[:most]

    def spelled_like(self, token: str) -> list[str]:
        """The written words the token is a typo of: one letter off, two for long words (as the support rule
        allows); the first three letters as typed, since a typo seldom starts a word."""
        if len(token) < MIN_TYPO_LENGTH:
            return []
        limit = 1 if len(token) < 8 else 2
        return [written for written in self._written_starting_with(token[:3], limit=2000)
                if abs(len(written) - len(token)) <= limit and edits_within(token, written, limit)]

    def _written_starting_with(self, prefix: str, limit: int = 200) -> list[str]:
        if self._vocabulary is None:
            self._vocabulary = sorted(self._bm25.text.vocab_dict) if self._bm25 is not None else []
        start = bisect.bisect_left(self._vocabulary, prefix)
        found = []
        for token in itertools.islice(self._vocabulary, start, start + limit):
            if not token.startswith(prefix):
                break
            found.append(token)
        return found

    def writes(self, token: str) -> bool:
        """Does any chunk's searchable text hold the token?"""
        return self._document_frequency(token) > 0

    def _document_frequency(self, token: str) -> int:
        """How many chunks' searchable text holds the token: its column's length in the BM25 matrix."""
        if self._bm25 is None or (column := self._bm25.text.vocab_dict.get(token)) is None:
            return 0
        indptr = self._bm25.text.scores["indptr"]
        return int(indptr[column + 1] - indptr[column])

    def mask(self, *, date_from: int = 0, date_to: int = 0, body: str | None = None,
             bodies: tuple[str, ...] = (), meeting_ids: frozenset[str] | None = None) -> np.ndarray | None:
        """Which chunks pass the filters (dates as YYYYMMDD ints, body as part of the name, bodies as whole
        names, meeting ids as the meetings a person may read); None = all."""
        if not (date_from or date_to or body or bodies) and meeting_ids is None:
            return None
        columns = self._columns
        allowed = np.ones(len(self), dtype=bool) if meeting_ids is None else self._of_meetings(meeting_ids)
        if date_from:
            allowed &= columns.dates >= date_from
        if date_to:
            allowed &= (columns.dates <= date_to) & (columns.dates > 0)
        if body:
            wanted = fold(body)
            allowed &= np.isin(columns.bodies, [i for i, name in enumerate(columns.body_names) if wanted in name])
        if bodies:
            wanted_names = {fold(b) for b in bodies}
            allowed &= np.isin(columns.bodies, [i for i, name in enumerate(columns.body_names) if name in wanted_names])
        return allowed

    def _of_meetings(self, meeting_ids: frozenset[str]) -> np.ndarray:
        """The chunks of these meetings. Kept per set: a reader's set is one object, asked for on every search."""
        found = self._meeting_masks.get(meeting_ids)
        if found is None:
            codes = [code for m in meeting_ids if (code := self._meeting_codes.get(m)) is not None]
            found = np.isin(self._columns.meetings, np.array(codes, dtype=np.int32))
            if len(self._meeting_masks) > 64:
                self._meeting_masks.clear()
            self._meeting_masks[meeting_ids] = found
        return found.copy()

    def latest_date(self, mask: np.ndarray | None = None) -> dt.date | None:
        """The newest meeting date among the chunks (within the mask), if any has a date."""
        dates = self._columns.dates if mask is None else self._columns.dates[mask]
        day = int(dates.max()) if len(dates) else 0
        return dt.date(day // 10000, day // 100 % 100, day % 100) if day > 0 else None

    def passage_tokens(self, chunk: Chunk) -> frozenset[str]:
        """Every token of the chunk as a person reads it (boilerplate included): what the support rule looks in."""
        found = self._passage_tokens.get(chunk.id)
        if found is None:
            written = words(f"{chunk.label}\n{chunk.search_text}")
            # The words as written too: the stemmer cuts some words short ('utkast' → 'utk', as if a superlative),
            # and a question's 'utkastet' is then found only as a longer form of the whole word.
            found = frozenset(tokens_of(written)) | frozenset(w for w in written if len(w) >= 5)
            if len(self._passage_tokens) > 50_000:
                self._passage_tokens.clear()
            self._passage_tokens[chunk.id] = found
        return found

    def scores(self, query_tokens: tuple[str, ...] | list[str]) -> np.ndarray:
        """BM25 score of every chunk for the query tokens (zeros when nothing matches)."""
        query_tokens = list(query_tokens)
        if self._bm25 is None or not query_tokens:
            return np.zeros(len(self), dtype=np.float32)
        # In place: at a million chunks every temporary array is 4 MB written and read again.
        scores = np.asarray(self._bm25.text.get_scores(query_tokens), dtype=np.float32)
        titles = np.asarray(self._bm25.titles.get_scores(query_tokens), dtype=np.float32)
        titles *= TITLE_WEIGHT
        scores += titles
        return scores

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
        top = top[scores[top] > 0]
        return list(zip(self.ids(top), map(float, scores[top])))

    # -- persistence -----------------------------------------------------------------------------
    def save(self, folder: Path) -> None:
        """Write the index atomically: a reader sees the old complete index or the new one."""
        folder.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".lexical-", dir=folder.parent))
        try:
            self._write(staging)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        old = folder.with_name(folder.name + ".old")
        shutil.rmtree(old, ignore_errors=True)
        if folder.exists():
            os.replace(folder, old)
        os.replace(staging, folder)
        shutil.rmtree(old, ignore_errors=True)

    def _write(self, folder: Path) -> None:
        if self._bm25 is not None:
            for index, name in zip(self._bm25, _FIELD_FOLDERS):
                index.save(str(folder / name), show_progress=False)
        self._columns.save(folder)
        write_chunks(self.chunks, folder)
        # The state last: a folder without it is never loaded.
        with open(folder / _STATE_FILE, "wb") as handle:
            pickle.dump((_FORMAT, self.generation, self._columns.body_names, self._columns.meeting_ids,
                         self.boilerplate), handle, protocol=pickle.HIGHEST_PROTOCOL)

    @classmethod
    def load(cls, folder: Path, generation: int) -> LexicalIndex | None:
        """The saved index if it belongs to this generation of the store; otherwise None."""
        try:
            with open(folder / _STATE_FILE, "rb") as handle:
                saved_format, saved_generation, body_names, meeting_ids, boilerplate = pickle.load(handle)
            if saved_format != _FORMAT or saved_generation != generation:
                return None
            columns = Columns.load(folder, body_names, meeting_ids)
            chunks = ChunkTable(folder)
            bm25 = Fields(*(bm25s.BM25.load(str(folder / name), mmap=True, show_progress=False)
                            for name in _FIELD_FOLDERS)) if len(chunks) else None
        except (OSError, EOFError, pickle.UnpicklingError, ValueError, TypeError):
            return None
        index = cls(chunks, generation=generation, _saved=(columns, bm25))
        index.boilerplate = boilerplate
        return index


def _bm25_of(corpus: list[list[str]]) -> bm25s.BM25:
    index = bm25s.BM25(k1=1.2, b=0.75)
    index.index(corpus, show_progress=False)
    return index
