"""A matter followed over several meetings: its outcome ('till slut'), its course ('sedan …'), the task asked about
among tasks worded alike, decisions other organs took that the minutes recount, and a chair's successor
(answer.topic, answer.timeline, answer.assignments, answer.period, answer.holders)."""

from __future__ import annotations

import pytest

from tests.answer.conftest import answering_over_files

MEETINGS = {
    "hbf-2025-01-20.txt": """Åsby hembygdsförening, styrelsen
Protokoll 2025-01-20

Närvarande: Eva Lind (ordförande), Per Holm, Stina Berg (sekreterare)

§ 4 Taket på hembygdsgården
Taket läcker vid skorstenen. Två offerter har kommit in. Takbytet pågår från 3 mars till 28 mars 2025.
Styrelsen beslutar att anta offerten från Åsby Bygg AB om 120 000 kr.

§ 5 Sommarens öppethållande
Styrelsen ger Eva Lind i uppdrag att ta fram förslag på öppettider för sommaren. Redovisas på mötet i mars.
Per Holm får i uppdrag att ta fram förslag på ny hemsida.
""",
    "hbf-2025-03-17.txt": """Åsby hembygdsförening, styrelsen
Protokoll 2025-03-17

Närvarande: Eva Lind (ordförande), Per Holm, Stina Berg (sekreterare)

§ 3 Taket – slutbesiktning
Takbytet är klart och besiktigat. Slutkostnaden blev 131 500 kr på grund av ruttna läkt.

§ 5 Bidrag
Länsstyrelsen beslutade 2025-02-10 att bevilja föreningen bidrag om 40 000 kr till takbytet.
""",
    "hbf-2025-05-12.txt": """Åsby hembygdsförening, styrelsen
Protokoll 2025-05-12

Närvarande: Per Holm (ordförande), Stina Berg (sekreterare)

§ 1 Öppnande
Per Holm öppnade mötet som ny ordförande, vald av årsmötet i april efter Eva Lind.

§ 2 Taket
Garantibesiktning av taket bokas till hösten.
""",
}


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    yield from answering_over_files(tmp_path_factory, "hembygd", MEETINGS)


def cited(answer):
    return {(c.date, c.item_number) for c in answer.citations}


@pytest.mark.model
def test_the_cost_at_last_is_where_the_matter_was_last_reported(ask):
    answer = ask("hur mycket kostade taket till slut?")
    assert answer.found and ("2025-03-17", "§ 3") in cited(answer) and "131 500 kr" in answer.text


@pytest.mark.model
def test_a_thread_since_an_event_follows_the_matter_not_the_event(ask):
    answer = ask("hur har frågan om taket utvecklats sedan styrelsen antog offerten?")
    assert answer.kind == "timeline"
    assert {("2025-01-20", "§ 4"), ("2025-03-17", "§ 3"), ("2025-05-12", "§ 2")} <= cited(answer)


@pytest.mark.model
def test_the_task_asked_about_among_tasks_worded_alike(ask):
    answer = ask("Vem fick i uppdrag att ta fram förslag på öppettider?")
    assert answer.kind == "assignment" and answer.citations[0].quote.startswith("Styrelsen ger Eva Lind i uppdrag")


@pytest.mark.model
def test_another_organs_decision_recounted_later_is_not_the_boards(ask):
    answer = ask("vilka beslut tog styrelsen i februari 2025?")
    assert "Länsstyrelsen beslutade" not in answer.text


@pytest.mark.model
def test_a_successor_with_the_sentence_that_records_the_change(ask):
    answer = ask("vem efterträdde Eva Lind som ordförande?")
    assert answer.kind == "people" and "Per Holm" in answer.text
    assert ("2025-05-12", "§ 1") in cited(answer)


@pytest.mark.model
def test_how_long_is_answered_by_the_dates_of_the_span(ask):
    answer = ask("hur länge pågick takbytet?")
    assert answer.found
