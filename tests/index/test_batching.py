"""Micro-batching of query embeddings: concurrent queries share model calls and get their own vectors."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest

from index.batching import QueryBatcher
from index.embedder import QUERY_CACHE_SIZE, Embedder

QUESTIONS = [f"Vad beslutades om punkt {n} i budgeten?" for n in range(24)]


@pytest.mark.model
def test_concurrent_queries_share_model_calls_and_get_their_own_vectors(embedder):
    batcher = QueryBatcher(embedder.encode, max_batch=32)
    start = threading.Barrier(8)

    def ask(question: str) -> np.ndarray:
        if question in QUESTIONS[:8]:
            start.wait()  # the first eight arrive together
        return batcher.embed(question)

    with ThreadPoolExecutor(8) as pool:
        vectors = list(pool.map(ask, QUESTIONS))
    assert batcher.texts == len(QUESTIONS) and batcher.calls < len(QUESTIONS)
    alone = embedder.encode(QUESTIONS)
    assert np.min(np.sum(np.vstack(vectors) * alone, axis=1)) > 0.9999


def test_a_lone_query_is_encoded_at_once_and_errors_reach_every_caller():
    calls = []

    def encode(texts):
        calls.append(list(texts))
        if "trasig" in texts:
            raise RuntimeError("modellen föll")
        return np.ones((len(texts), 2), dtype=np.float32)

    batcher = QueryBatcher(encode)
    assert batcher.embed("hej").tolist() == [1.0, 1.0] and calls == [["hej"]]
    with pytest.raises(RuntimeError, match="modellen föll"):
        batcher.embed("trasig")
    assert batcher.embed("igen").shape == (2,)  # a failed call leaves the batcher usable


def test_a_waiting_window_gathers_queries_that_arrive_a_little_later():
    sizes = []

    def encode(texts):
        sizes.append(len(texts))
        return np.zeros((len(texts), 2), dtype=np.float32)

    batcher = QueryBatcher(encode, window_s=0.2)
    with ThreadPoolExecutor(4) as pool:
        list(pool.map(batcher.embed, ["a", "b", "c", "d"]))
    assert sum(sizes) == 4 and len(sizes) < 4


@pytest.mark.model
def test_the_query_cache_is_a_bounded_lru(embedder):
    cached = Embedder(model=embedder.model_name)
    cached._encoder = embedder._encoder  # the session's loaded model, not a second copy
    first = cached.embed_query("första frågan")
    for n in range(QUERY_CACHE_SIZE - 1):
        cached._query_cache[f"fråga {n}"] = first
    cached.embed_query("första frågan")  # used again: now the most recent
    cached.embed_query("en ny fråga")  # over the bound: the oldest other entry goes
    assert len(cached._query_cache) == QUERY_CACHE_SIZE
    assert "första frågan" in cached._query_cache and "fråga 0" not in cached._query_cache
