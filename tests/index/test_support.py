"""The support rule's word matching (index.support) on passages' token sets."""

from __future__ import annotations

from index.support import is_present, topic_terms
from swedish.analysis import tokens


def present(question: str, passage: str) -> bool:
    (term,) = topic_terms(question)
    return is_present(term, frozenset(tokens(passage)))


def test_each_part_of_a_compound_in_another_compound_or_form():
    # "kvällstillägget" / "skiftformstillägg för kvällen": the head in the definite form, the other part alone
    assert present("kvällstillägget", "ett höjt skiftformstillägg för kvällen")
    assert not present("kvällstillägget", "ett höjt skiftformstillägg för natten")


def test_a_question_word_in_the_form_the_stemmer_cuts_short():
    assert is_present(topic_terms("utkastet")[0], frozenset(["utk", "utkast"]))  # "utkast" as written


def test_synonyms_that_minutes_and_people_use_for_the_same_thing():
    assert present("fartguppen", "två avtagbara farthinder vid lekplatsen")
    assert present("löneökningen", "den lokala lönerevisionen är klar")


def test_private_wells_are_the_minutes_enskilda_brunnar():
    assert present("privata", "hushåll med enskilda brunnar")
