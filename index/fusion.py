"""Combining ranked lists: weighted reciprocal-rank fusion.

Ranks, not raw scores, are fused because BM25 scores and cosine similarities
live on different scales. The weights say how much each ranker is trusted;
they are set from measurements (see README, "Sökkvalitet").
"""

from __future__ import annotations

RRF_K = 60


def weighted_rrf(rankings: list[tuple[float, list[str]]], *, k: int = RRF_K) -> list[tuple[str, float]]:
    """[(weight, ranked ids)] → [(id, fused score)] best first."""
    fused: dict[str, float] = {}
    for weight, ranked in rankings:
        if weight <= 0:
            continue
        for rank, item in enumerate(ranked):
            fused[item] = fused.get(item, 0.0) + weight / (k + rank + 1)
    return sorted(fused.items(), key=lambda pair: pair[1], reverse=True)
