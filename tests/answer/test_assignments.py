"""answer.assignments: which task a "vem ska / vem fick i uppdrag att …" question asks about."""

from __future__ import annotations

from answer.assignments import asked_task
from swedish.analysis import tokens


def test_the_verb_and_the_thing_and_whose_thing_it_is():
    asked = asked_task("vem ska boka bussen till lägret")
    assert (asked.verb, asked.thing.word, asked.owner) == ("bok", "bussen", None)
    # "caféets framtid": the minutes may name the café and not its future
    asked = asked_task("Vem fick i uppdrag att utreda caféets framtid efter att arrendatorn sagt upp avtalet?")
    assert (asked.thing.word, asked.owner.word) == ("framtid", "cafeets")
    assert asked.named_in(frozenset(tokens("Caféet: Helena får i uppdrag att utreda alternativen.")))
    assert not asked_task("vad ska Jessica fixa")  # asks what, not who
