"""The compiled Hunspell tables give spylls' answer, word for word: on what OCR repair asks, on words built from
the dictionary at random, and on the cases where spylls' order or quirks decide; and they are cached on disk."""

from __future__ import annotations

import random

import pytest

import swedish.ocr as ocr
from ingest.normalize import normalize_pages
from ingest.readers import read_pages
from swedish.dictionary import is_word
from swedish.wordindex import AskHunspell, accepts, source_digest, word_tables

from tests.conftest import needs_shared, sample
from tests.swedish.test_ocr import DAMAGED

TRICKY = [
    # A stem marked forbidden ("gruppa", "tidszon", …) stops spylls' search through the forms after it.
    "Ledningsgruppen", "processgrupper", "tidzoner", "livakten", "beslutsfattat", "grundbankerna",
    # Compounds: made on the fly, refused by FORCEUCASE unless capitalised, by a tripled letter, or by no rule.
    "styrelsemötesprotokollet", "hyresgästföreningsmötet", "arbetsgruppsmötet", "koloniholmen", "Koloniholmen",
    "regresssamtidshistoria", "nattågen",
    # Capitals, numbers, OCR readings.
    "BOSTADSRÄTTSFÖRENINGEN", "BOSTADSRATTSFORENINGEN", "2024", "3.5", "f6r", "Nirvarande", "moijligheten",
]


def disagreements(words) -> list[tuple[str, bool, bool]]:
    """(word, tables' answer, spylls' answer) where they differ; words the tables hand to spylls are left out."""
    tables = word_tables()
    found = []
    for word in sorted(set(words)):
        try:
            answer = tables.accepts(word)
        except AskHunspell:
            continue
        if answer != is_word(word):
            found.append((word, answer, is_word(word)))
    return found


def words_asked_by_repair(lines: list[str], monkeypatch) -> list[str]:
    asked = []
    monkeypatch.setattr(ocr, "accepts", lambda word: asked.append(word) or accepts(word))
    ocr.repair_lines(lines)
    return asked


def test_the_tables_are_used_for_swedish():
    assert word_tables() is not None


def test_every_word_the_repair_asks_about_is_answered_as_spylls_does(monkeypatch):
    asked = words_asked_by_repair(DAMAGED, monkeypatch)
    assert len(set(asked)) > 100
    assert disagreements(asked) == []


@needs_shared
def test_every_word_asked_while_repairing_the_ocr_sample_is_answered_as_spylls_does(monkeypatch):
    asked = words_asked_by_repair(normalize_pages(read_pages(sample("001"))), monkeypatch)
    assert len(set(asked)) > 1000
    assert disagreements(asked) == []


def test_tricky_words_are_answered_as_spylls_does():
    assert disagreements(TRICKY) == []
    assert [accepts(w) for w in ("tidzoner", "koloniholmen", "Koloniholmen", "Ledningsgruppen")] == [
        False, False, True, True]


def test_words_built_from_the_dictionary_at_random_are_answered_as_spylls_does():
    tables, pick = word_tables(), random.Random(15)
    stems = sorted(stem for stem in tables.stems if stem.isalpha())
    words = []
    for _ in range(300):
        word = pick.choice(stems) + pick.choice(["", "", "s", "en", "er", "arna", "ens", pick.choice(stems)])
        words.append(pick.choice([word, word.lower(), word.capitalize(), word.upper()]))
    assert disagreements(words) == []


def test_words_with_break_points_go_to_spylls():
    with pytest.raises(AskHunspell):
        word_tables().accepts("hälso-och")
    assert accepts("hälso-och") == is_word("hälso-och")
    assert accepts("hälso-") == is_word("hälso-")


def test_the_tables_are_cached_and_a_broken_cache_is_rebuilt(tmp_path):
    build = word_tables.__wrapped__
    first = build(tmp_path)
    cached = tmp_path / f"sv_SE-{source_digest()}.marshal"
    assert cached.is_file()
    assert build(tmp_path).stems == first.stems
    cached.write_bytes(b"not a table")
    assert build(tmp_path).accepts("föreningsstämmoprotokollet")
    assert cached.read_bytes() != b"not a table"
