"""Which bodies' meetings a timeline follows a thread through (answer.timeline)."""

from __future__ import annotations

import pytest

from answer.bodies import proper_names
from answer.timeline import _same_name


def test_a_body_named_with_and_without_its_acronym_is_one_body():
    assert _same_name("Ekbackens skolas föräldraförening (FF), styrelsen") == _same_name(
        "Ekbackens skolas föräldraförening, styrelsen")
    assert _same_name("Verkstadsklubben Hedtorps Gjuteri") == _same_name("Verkstadsklubben Hedtorps gjuteri")
    assert _same_name("Kulturrådet") != _same_name("Kultur- och fritidsnämnden")


@pytest.mark.model
def test_a_thread_goes_on_at_another_organ_of_the_same_organisation(ask):
    # The annual meeting of Tallbackens BK handed the floodlight question to the board; the board took it up.
    answer = ask("hur har frågan om belysningen vid träningsplanen utvecklats i tallbackens bk")
    assert answer.kind == "timeline"
    assert {("2025-03-09", "8a"), ("2025-05-14", "2")} <= {(c.date, c.item_number) for c in answer.citations}
    # the board's own decision marks its step, not the annual meeting's that it quotes as background
    assert "Styrelsen beslutade att uppdra åt kassören att ta fram en finansieringsplan till nästa möte." in answer.text


def test_an_organisation_is_known_by_the_proper_names_of_its_name_not_by_its_kind_of_group():
    assert proper_names("Tallbackens BK, årsmötet") == proper_names("Tallbackens BK, styrelsen") == {"tallbackens"}
    assert proper_names("Ledningsgrupp för samordning av hälso- och sjukvård, socialtjänst och skola") == frozenset()


def test_an_everyday_word_right_after_the_kind_of_group_is_its_name():
    assert proper_names("Teaterföreningen Spegeln i Brännmora") & proper_names("Teaterföreningen Spegeln, styrelsen")
    assert proper_names("Kommunstyrelsens arbetsutskott") == frozenset()
