"""Synonym groups (swedish.synonyms): which stems count as the same word."""

from __future__ import annotations

from swedish.analysis import stem
from swedish.synonyms import synonyms


def test_a_group_counts_its_words_as_one():
    assert stem("parkeringsplatsen") in synonyms(stem("parkering"))


def test_a_hyphenated_entry_lends_no_part_of_itself():
    # "p-plats" and "e-post" would make "plats" a parking place and "post" an e-mail
    assert not synonyms(stem("parkering")) & {"p", "plats", "plat"}
    assert "post" not in synonyms(stem("mejl"))


def test_a_hyphenated_entry_counts_by_its_uncommon_part():
    assert "postadress" in synonyms(stem("mejladresser"))  # passages split "e-postadresser" the same way
