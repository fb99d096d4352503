"""BM25 over Swedish tokens (bm25s), rebuilt from the store's chunks, boilerplate left out.

The index keeps the chunks it was built from, so filters (date, body) can be
applied as a mask over all scores before ranking.
"""

from __future__ import annotations

import math
from collections import Counter

import bm25s
import numpy as np

from .analysis import tokens
from .boilerplate import repeated_paragraphs, searchable_text
from .chunks import Chunk


class LexicalIndex:
    def __init__(self, chunks: list[Chunk], *, generation: int = 0, drop_boilerplate: bool = True):
        self.chunks = chunks
        self.generation = generation
        self._position = {chunk.id: i for i, chunk in enumerate(chunks)}
        self._bm25: bm25s.BM25 | None = None
        self.boilerplate = repeated_paragraphs(chunks) if drop_boilerplate else set()
        corpus = [tokens(searchable_text(chunk, self.boilerplate)) or ["_"] for chunk in chunks]
        self._document_frequency = Counter(token for doc in corpus for token in set(doc))
        if corpus:
            self._bm25 = bm25s.BM25(k1=1.2, b=0.75)
            self._bm25.index(corpus, show_progress=False)

    def __len__(self) -> int:
        return len(self.chunks)

    def chunk(self, chunk_id: str) -> Chunk | None:
        position = self._position.get(chunk_id)
        return self.chunks[position] if position is not None else None

    def idf(self, token: str) -> float:
        """How distinctive a token is in these minutes; unseen tokens count as the rarest."""
        df = self._document_frequency.get(token, 0)
        return math.log(1 + (len(self.chunks) - df + 0.5) / (df + 0.5))

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of every chunk for the query (zeros when nothing matches)."""
        query_tokens = tokens(query)
        if self._bm25 is None or not query_tokens:
            return np.zeros(len(self.chunks), dtype=np.float32)
        return np.asarray(self._bm25.get_scores(query_tokens), dtype=np.float32)

    def search(self, query: str, k: int, mask: np.ndarray | None = None) -> list[tuple[str, float]]:
        """(chunk id, score) of the k best chunks with a positive score, within the mask."""
        scores = self.scores(query)
        if mask is not None:
            scores = np.where(mask, scores, 0.0)
        if not len(scores):
            return []
        top = np.argsort(-scores, kind="stable")[:k]
        return [(self.chunks[i].id, float(scores[i])) for i in top if scores[i] > 0]
