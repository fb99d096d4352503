"""Informal minutes that write people by their initials after the first mention, and a chair who was away."""

from __future__ import annotations

import pytest

from tests.answer.conftest import answering_over

MINUTES = """Brf Lindgården 3 – protokoll från styrelsemöte

Datum: 14 oktober 2025
Närvarande: Karl Nyström (vice ordf., mötesordförande), Mehmet Yilmaz, Sofie Bergström
Frånvarande: Jonas Håkansson (ordf.)

1. Mötets öppnande
Vice ordförande Karl Nyström öppnade mötet i ordförandens frånvaro.

2. Byte av förvaltare
Överlämningsmötet mellan förvaltarna hålls 15 november. MY ansvarar för överlämningen.

3. Laddplatser
SB tar in offerter på laddboxar till decembermötet.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    yield from answering_over(tmp_path_factory, "lindgarden-2025-10-14.md", MINUTES)


def test_initials_of_a_listed_person_hand_out_a_task_and_are_spelled_out(ask):
    answer = ask("vem sköter bytet av förvaltare?")
    assert answer.kind == "assignment" and "MY ansvarar för överlämningen" in answer.text
    assert "Mehmet Yilmaz" in answer.text
    assert "Sofie Bergström" in ask("vem fixar offerter på laddboxar").text


def test_the_chair_listed_as_away_is_named_beside_who_chaired_the_meeting(ask):
    answer = ask("vem är ordförande?")
    assert "Karl Nyström" in answer.text and "Jonas Håkansson" in answer.text
