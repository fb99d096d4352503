"""Helpers for the index tests: real embedded Chroma stores in temporary folders."""

from __future__ import annotations

import numpy as np

from index.chunks import chunks_for
from index.store import ChromaStore

DIMENSION = 8
MAX_CHARS = 1500  # the default of MINUTES_CHUNK_MAX_CHARS


def vectors_for(chunks) -> np.ndarray:
    """One fixed unit vector per chunk, derived from its id: stand-ins where no test reads the vectors' meaning."""
    rows = [np.random.default_rng(sum(map(ord, c.id)) * 7919 + len(c.id)).normal(size=DIMENSION) for c in chunks]
    matrix = np.asarray(rows, dtype=np.float32).reshape(len(chunks), DIMENSION)
    return matrix / np.linalg.norm(matrix, axis=1, keepdims=True)


def put(store: ChromaStore, meetings, *, max_chars: int = MAX_CHARS) -> list:
    """Store the meetings with stand-in vectors (no model); returns their chunks."""
    chunks = [c for m in meetings for c in chunks_for(m, max_chars=max_chars)]
    store.put_meetings(meetings, chunks, vectors_for(chunks))
    return chunks
