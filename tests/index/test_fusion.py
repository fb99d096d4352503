"""Weighted reciprocal-rank fusion: ranks, not raw scores, are combined; weights say how much each list counts."""

from __future__ import annotations

import pytest

from index.fusion import RRF_K, weighted_rrf


def test_one_list_keeps_its_order_with_reciprocal_rank_scores():
    fused = weighted_rrf([(1.0, ["a", "b", "c"])])
    assert [item for item, _ in fused] == ["a", "b", "c"]
    assert [score for _, score in fused] == pytest.approx([1 / (RRF_K + 1), 1 / (RRF_K + 2), 1 / (RRF_K + 3)])


def test_an_item_in_both_lists_gets_both_contributions_and_rises():
    fused = dict(weighted_rrf([(1.0, ["a", "b"]), (1.0, ["c", "b"])]))
    assert fused["b"] == pytest.approx(2 / (RRF_K + 2))
    assert max(fused, key=fused.get) == "b"


def test_weights_scale_each_lists_share():
    # Lexical first place against dense first place: the heavier list wins the top.
    fused = weighted_rrf([(1.0, ["lexical"]), (0.1, ["dense"])])
    assert [item for item, _ in fused] == ["lexical", "dense"]
    assert fused[1][1] == pytest.approx(0.1 / (RRF_K + 1))
    assert [item for item, _ in weighted_rrf([(0.1, ["lexical"]), (1.0, ["dense"])])] == ["dense", "lexical"]


def test_zero_or_negative_weight_turns_a_list_off():
    assert weighted_rrf([(1.0, ["a"]), (0.0, ["b"]), (-1.0, ["c"])]) == [("a", pytest.approx(1 / (RRF_K + 1)))]
    assert weighted_rrf([(0.0, ["a", "b"])]) == []
    assert weighted_rrf([]) == []


def test_k_flattens_the_difference_between_ranks():
    steep = dict(weighted_rrf([(1.0, ["a", "b"])], k=0))
    flat = dict(weighted_rrf([(1.0, ["a", "b"])], k=1000))
    assert steep["a"] / steep["b"] == pytest.approx(2.0)
    assert flat["a"] / flat["b"] == pytest.approx(1002 / 1001)


def test_ties_keep_first_seen_order():
    # Same rank in two equally weighted lists: sorting is stable, so the first list's item comes first.
    assert [item for item, _ in weighted_rrf([(1.0, ["x"]), (1.0, ["y"])])] == ["x", "y"]
