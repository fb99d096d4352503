"""swedish.questions: what a question asks for, read from its wording."""

import pytest

from swedish.questions import asked_role_noun, capitalised_places


@pytest.mark.parametrize(("question", "noun"), [
    ("Vem är bibliotekschef i Ormnäs?", "bibliotekschef"),
    ("vem ar chef for fastighetsavdelningen", "chef"),
    ("vem blir ny kassör efter Jonas", "kassör"),
    ("och vem var den nya tränaren", "tränaren"),
    ("Vem är Anna Berg?", None),  # a name, not a role
    ("vem är ansvarig för städningen", None),
    ("vem var med på mötet", None),
])
def test_the_role_noun_of_a_who_is_question(question, noun):
    assert asked_role_noun(question) == noun


def test_places_are_the_capitalised_names_after_i_pa_or_for():
    assert capitalised_places("Vem är chef för Fastighetsavdelningen i Ormnäs på Norrgården?") == [
        "Fastighetsavdelningen", "Ormnäs", "Norrgården"]
    assert capitalised_places("vem är chef i ormnäs") == []
