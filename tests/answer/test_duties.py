"""answer.duties: a role's or a person's tasks, found through the lists that name who holds the role."""

from __future__ import annotations

import pytest

from ingest.people import parse_attendee
from tests.answer.conftest import answering_over

MINUTES = """Åsby kommun, Omsorgsnämnden
Protokoll 2025-04-15

Beslutande: Eva Ek (S), ordförande
Övriga närvarande:
Karin Vestin, MAS, § 16
Lars Holm, ekonomichef
Åsa Berg, förvaltningschef

§ 16 Yttrande efter tillsyn
Karin Vestin svarar att bemanningen är oförändrad.
Nämnden beslutar att
1. anta yttrandet,
2. MAS följer upp handlingsplanen och återrapporterar till nämnden i juni.

§ 17 Budget
Ansvarig för prognosen: Lars Holm. Klart till nästa möte.

§ 18 Förvaltningschefen
Åsa Berg har sagt upp sin anställning och slutar den 30 juni 2025.
Nämnden uppdrar åt förvaltningschefen att utreda hemtjänstens taxor till september.
"""


def test_the_items_a_person_was_there_for_are_no_role():
    attendee = parse_attendee("Karin Vestin, MAS, § 16")
    assert (attendee.name, attendee.organisation, attendee.role) == ("Karin Vestin", "MAS", None)


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    yield from answering_over(tmp_path_factory, "omsorg-2025-04-15.txt", MINUTES)


def test_a_role_written_as_the_lists_write_it_finds_its_holders_tasks_not_what_they_said(ask):
    answer = ask("vilka uppdrag har MAS fått")
    quotes = [c.quote for c in answer.citations]
    assert answer.found and any("MAS följer upp handlingsplanen" in q for q in quotes)
    assert not any("svarar" in q for q in quotes)
    assert "Lars Holm" in ask("Vilka åtgärder är ekonomichefen ansvarig för?").text


def test_who_represents_an_organisation_is_read_from_the_lists(tmp_path):
    from ingest import parse_file
    from answer.representatives import _listed_for, represented

    path = tmp_path / "brukarrad-2025-01-27.md"
    path.write_text("# Minnesanteckningar – Brukarrådet\n\nDatum: 2025-01-27\n\nNärvarande\nFrån föreningarna: Leif "
                    "Åkerlund, RSMH Åsby (vice ordförande i rådet); Kent Sjöberg, FUB\n\n## 1. Välkommen\n\nHej.\n",
                    encoding="utf-8")
    (meeting,) = parse_file(path).meetings
    assert represented("vem representerar rsmh i rådet") == "rsmh"
    assert _listed_for(meeting, "rsmh") == ["Leif Åkerlund"] and _listed_for(meeting, "fub") == ["Kent Sjöberg"]
    assert parse_attendee("Per-Olof Hagström, socialchef, t.o.m. punkt 3").organisation is None


def test_a_first_name_doing_something_hands_out_a_task():
    from answer.assignments import _first_name_does
    assert _first_name_does("Anneli skickar ett utkast till föreningarna senast 31 oktober.")
    assert not _first_name_does("Kommunen skickar ut kallelsen.")


def test_a_role_with_swedish_letters_and_one_task_asked_for_by_name(ask):
    tasks = ask("vilka uppdrag har förvaltningschefen")
    assert tasks.found and any("uppdrar åt förvaltningschefen" in c.quote for c in tasks.citations)
    assert not any("sagt upp" in c.quote for c in tasks.citations)  # how she is, not what she is to do
    assert "Lars Holm" in ask("Vilket uppdrag fick Lars Holm?").text


def test_a_list_written_with_initials_is_the_person_written_in_full():
    from answer.duties import _initialled
    assert _initialled("Tove S.", "Tove Sjöberg") and not _initialled("Tove L.", "Tove Sjöberg")
