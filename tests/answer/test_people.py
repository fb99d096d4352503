"""answer.people: who held a role, and who came after them."""

from __future__ import annotations

import pytest

from tests.answer.conftest import answering_over


SUCCESSION = """Minnesanteckningar
Åsby brukarråd

Datum: 2025-02-11
Ordförande: Birgitta Lind
Närvarande: Birgitta Lind, Jonas Hå, Karl Ny

1. Inledning
Birgitta öppnade mötet.

Minnesanteckningar
Åsby brukarråd

Datum: 2025-06-10
Ordförande: Jonas Hå
Närvarande: Jonas Hå, Karl Ny

1. Inledning
Jonas öppnade mötet.

Minnesanteckningar
Åsby brukarråd

Datum: 2025-11-18
Ordförande: Karl Ny
Frånvarande: Jonas Hå (ordf.)

1. Inledning
Karl öppnade mötet i Jonas frånvaro.
"""


@pytest.fixture(scope="module")
def ask_succession(tmp_path_factory):
    yield from answering_over(tmp_path_factory, "brukarrad-2025.txt", SUCCESSION)


@pytest.mark.model
def test_who_succeeded_a_chair_is_the_next_holder_of_the_office_not_a_stand_in(ask_succession):
    answer = ask_succession("vem efterträdde Birgitta Lind som ordförande?")
    assert answer.kind == "people" and "Jonas Hå" in answer.text and "Karl Ny" not in answer.text
    assert [(c.date, c.item_number) for c in answer.citations] == [("2025-02-11", None), ("2025-06-10", None)]
