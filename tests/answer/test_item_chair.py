"""answer.item_chair: who chaired one item, when the chair stood aside (jäv)."""

from __future__ import annotations

import pytest

from answer.item_chair import asks_for_one_item
from tests.answer.conftest import answering_over

MINUTES = """Åsby kommun, Kommunstyrelsens arbetsutskott
Protokoll 2025-03-11

Beslutande: Mikael Forsberg (C), ordförande
Lars-Erik Holm (S), vice ordförande

§ 26 Val av justerare
Lars-Erik Holm utses att justera protokollet.

§ 27 Bidrag till Åsby hembygdsförening
Jäv
Mikael Forsberg (C) anmäler jäv och deltar inte i handläggningen av ärendet. Lars-Erik Holm (S) är ordförande under paragrafen.
Arbetsutskottet beslutar att bevilja hembygdsföreningen 25 000 kr till jubileet.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    yield from answering_over(tmp_path_factory, "ksau-2025-03-11.txt", MINUTES)


def test_a_question_about_one_item_is_told_from_one_about_the_meeting():
    assert asks_for_one_item("vem ledde punkten om bidraget när ordföranden anmält jäv")
    assert not asks_for_one_item("vem var ordförande den 11 mars")


@pytest.mark.model
def test_the_stand_in_chair_of_an_item_and_the_meetings_own_chair(ask):
    stand_in = ask("vem var ordförande när arbetsutskottet behandlade bidraget till hembygdsföreningen?")
    assert stand_in.found and "Lars-Erik Holm (S) är ordförande under paragrafen." in stand_in.text
    assert [c.item_number for c in stand_in.citations] == ["§ 27"]
    assert "Mikael Forsberg" in ask("vem var ordförande på mötet den 11 mars 2025?").text
