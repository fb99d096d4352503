"""The benchmark harness runs end to end at a smoke size (the real sizes are run by hand, see README)."""

from __future__ import annotations

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
