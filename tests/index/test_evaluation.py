"""Scoring helpers: item numbers written differently are the same item."""

from __future__ import annotations

from index.evaluation import normalised_item


def test_item_numbers_written_differently_are_the_same_item():
    assert normalised_item("§ 12") == normalised_item("12.") == normalised_item("12") == "12"
    assert normalised_item("7 a)") == normalised_item("7a") == normalised_item("7 A") == "7a"
    assert normalised_item(None) is None and normalised_item(" ") is None
    assert normalised_item("3.1") == "3.1" != normalised_item("3")
