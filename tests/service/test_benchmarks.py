"""The benchmark harness runs end to end at a smoke size (the real sizes are run by hand, see README)."""

from __future__ import annotations

import numpy as np
import pytest

from benchmarks import run
from benchmarks.run import measure, table

pytestmark = [pytest.mark.server, pytest.mark.model]

SMOKE_QUERIES = 24  # per batch; the harness's own 100/200/400 queries are for the real measurements


def test_benchmark_measures_every_figure_at_smoke_size(tmp_path, monkeypatch):
    all_queries = run.queries
    monkeypatch.setattr(run, "queries", lambda count, seed: all_queries(min(count, SMOKE_QUERIES), seed))
    result = measure(60, tmp_path)
    assert result["chunks"] == 60
    for key in ("ingest_chunks_per_s", "raw_encode_chunks_per_s", "query_embed_ms", "rss_mb", "startup_to_ready_s"):
        assert result[key] > 0
    assert result["search_sequential"]["p50_ms"] > 0 and result["search_8_clients"]["p99_ms"] > 0
    assert "| 60 |" in table([result])


def test_million_benchmark_measures_both_stores_at_smoke_size(tmp_path, monkeypatch):
    """The million-passage harness end to end at 300 chunks: both stores loaded, indexed and measured, and a
    second run reuses what the first built. Random unit vectors stand in for the encoded source texts."""
    from benchmarks import million

    def stand_ins(path, texts):
        vectors = np.random.default_rng(0).normal(size=(len(texts), 384)).astype(np.float32)
        return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)

    monkeypatch.setattr(million, "_base_vectors", stand_ins)
    report = million.run(tmp_path, 300, ["embedded", "server"], count=5)
    for store in ("embedded", "server"):
        measured = report["measured"][store]
        assert measured["chunks"] == 300 and measured["ready_s"] > 0 and measured["rss_mb"] > 0
        assert measured["search"]["p50_ms"] > 0 and measured["query_embed"]["p95_ms"] > 0
        assert report["build"][store]["chunks"] == 300
    assert report["measured"]["server"]["server_rss_mb"] > 0 and report["build"]["lexical"]["lexical_mb"] > 0
    assert "| embedded | 300 |" in million.table(report)
    assert million.build(tmp_path, 300, ["embedded", "server"], server_copy=False) == report["build"]


def test_generated_chunks_are_the_same_for_the_same_seed(monkeypatch, tmp_path):
    from benchmarks import million

    monkeypatch.setattr(million, "_base_vectors", lambda path, texts: np.eye(len(texts), 16, dtype=np.float32) + 0.1)
    sources = million.Sources(tmp_path)
    first, second = list(million.batches(sources, 250)), list(million.batches(sources, 250))
    assert sum(len(parts) for _, parts, _ in first) == 250
    assert [c for _, parts, _ in first for c in parts] == [c for _, parts, _ in second for c in parts]
    vectors = np.concatenate([v for _, _, v in first])
    assert vectors.shape == (250, 16) and np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert len({c.meeting_id for _, parts, _ in first for c in parts}) == sum(len(m) for m, _, _ in first)
