"""answer.definitions: "vad är X" about a name or a term, answered by the sentence that says what it is."""

from __future__ import annotations

import pytest

from tests.answer.conftest import answering_over

MINUTES = """Protokoll styrelsemöte Föreningen Åsby bygdegård 2025-03-04

1. Caféet
Den 1 mars tecknade styrelsen avtal med Maja Lind, som driver Kafé Lärkan (enskild firma).
Kafé Lärkan öppnar i april.

2. Ekonomi
Taket lagas för 40 000 kr ur föreningens sparade medel för fastighetsunderhåll (underhållsfonden).
Kassören påminde om Bygdegårdarnas riksförbund, som föreningen är ansluten till.

3. Nästa möte
Nästa möte hålls hos Maja Lind i Kafé Lärkan.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    yield from answering_over(tmp_path_factory, "asby-bygdegard-2025-03-04.txt", MINUTES)


def test_a_name_typed_in_lower_case_is_answered_by_the_sentence_that_describes_it(ask):
    answer = ask("vad är kafé lärkan för nåt")
    assert answer.kind == "glossary" and answer.found
    assert answer.citations[0].quote == "Den 1 mars tecknade styrelsen avtal med Maja Lind, som driver Kafé Lärkan " \
                                        "(enskild firma)."
    assert answer.citations[0].item_number == "1"


def test_a_term_in_brackets_after_its_description(ask):
    answer = ask("vad e underhallsfonden")
    assert answer.found and "fastighetsunderhåll (underhållsfonden)" in answer.citations[0].quote


def test_everyday_words_and_names_nowhere_in_the_minutes_are_no_glossary_answer(ask):
    assert ask("vad är budgeten för 2026").kind != "glossary"
    assert not ask("vad är Kafé Trasten").found


def test_what_a_thing_is_written_right_before_its_name_describes_it():
    from answer.definitions import _describes
    sentence = "Lokalen där daglig verksamhet Verkstan finns i dag sägs upp."
    assert _describes(sentence, sentence.index("Verkstan"), sentence.index("Verkstan") + 8) > 0
    other = "Deltagarna på Verkstan har fått vänta."
    assert _describes(other, other.index("Verkstan"), other.index("Verkstan") + 8) == 0


def test_a_hyphened_name_is_found_written_apart():
    from answer.definitions import _phrase
    assert _phrase("ihi-konferensen").search("erica deltar pa ihi konferensen (institute for healthcare improvement)")
