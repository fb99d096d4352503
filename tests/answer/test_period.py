"""answer.period: the meetings a period or a kind of meeting points to, and their decisions with what they decide."""

from __future__ import annotations

import pytest

from tests.answer.conftest import answering_over

MINUTES = """Samordningsförbundet Åsmark, förbundsstyrelsen
Protokoll 2025-01-24

Beslutande: Eva Ek (C), ordförande

§ 1 Sammanträdets öppnande
Ålderspresidenten förklarar förbundsstyrelsens konstituerande sammanträde öppnat.

§ 2 Val av arbetsutskott
Styrelsen beslutar att arbetsutskottet består av Eva Ek och Per Lind.

§ 3 Representation
Förslag till beslut: att Anna Berg representerar förbundet i länsgruppen.
Beslut: Styrelsen beslutar enligt förslag.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    yield from answering_over(tmp_path_factory, "fs-2025-01-24.txt", MINUTES)


@pytest.mark.model
def test_the_constituting_meeting_and_a_decision_with_the_proposal_it_points_back_at(ask):
    answer = ask("vad beslutades på det konstituerande sammanträdet?")
    assert answer.kind == "period" and answer.found
    assert "arbetsutskottet består av Eva Ek" in answer.text
    assert "Anna Berg representerar förbundet" in answer.text  # "enligt förslag" is shown with the proposal

