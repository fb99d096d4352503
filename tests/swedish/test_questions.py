"""swedish.questions: what a question asks for, read from its wording."""

import pytest

from swedish.questions import (ATTENDANCE, FINALLY, HOW_LONG, TIMELINE, TIMELINE_SPAN, asked_role_noun, asks,
                               capitalised_places)


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


def test_coming_late_and_leaving_early_as_people_ask_it():
    from swedish.questions import CAME_LATE, LEFT_EARLY, asks
    late = ["vem kom sent till au-mötet i augusti", "Vem kom för sent till styrelsemötet?", "vilka kom senare",
            "vem anslöt senare till mötet"]
    early = ["vem gick tidigt fran blaklintens styrelsemote i november", "Vem lämnade mötet?",
             "vilka avvek från sammanträdet", "vem gick innan mötet var slut",
             "Vem lämnade barn- och utbildningsnämndens sammanträde i förtid i september 2025?"]
    assert all(asks(CAME_LATE, q) for q in late) and not any(asks(CAME_LATE, q) for q in early)
    assert all(asks(LEFT_EARLY, q) for q in early)
    assert not any(asks(p, q) for p in (CAME_LATE, LEFT_EARLY)
                   for q in ["vad kom det fram för förslag", "när kom beslutet om bryggan", "vem gick på kursen"])


def test_how_a_matter_has_gone_asks_for_its_timeline():
    from swedish.questions import TIMELINE, asks
    assert asks(TIMELINE, "Hur har förhandlingen om stambytet gått?") and asks(TIMELINE, "hur har bygget gatt")
    assert not asks(TIMELINE, "hur har mötet gått till")
    assert asks(TIMELINE, "Hur har upphandlingen hos kommunen gått för Oxelby?")
    assert asks(TIMELINE, "Hur har brandskyddet följts upp efter tillsynen?")
    assert asks(TIMELINE, "gruppbostaden ekvagen hur langt har det kommit") and asks(TIMELINE, "hur har det gatt i ar")
    assert asks(TIMELINE, "Hur har frågan om de saknade nycklarna hanterats?")


def test_a_successor_for_good_is_asked_apart_from_a_stand_in():
    from swedish.questions import SUCCEEDED, SUCCESSOR, asks
    assert asks(SUCCEEDED, "Vem efterträdde Tobias Ek som ledamot?") and asks(SUCCEEDED, "vem tog görans plats")
    assert asks(SUCCESSOR, "vem ersatte Per Hedlund") and not asks(SUCCEEDED, "vem ersatte Per Hedlund")


def test_seasons_typed_without_a_ring_or_dots():
    from swedish.dates import date_phrase
    found = date_phrase("vad kom rådet överens om på första mötet hosten 2024")
    assert (found.date_from.isoformat(), found.date_to.isoformat()) == ("2024-08-01", "2024-12-31")


def test_a_short_month_with_a_year_is_a_month():
    from swedish.dates import date_phrase

    found = date_phrase("beslut styrelsen nov 2025?")
    assert (found.date_from.isoformat(), found.date_to.isoformat()) == ("2025-11-01", "2025-11-30")
    assert date_phrase("övriga frågor ks dec. 2024").date_from.isoformat() == "2024-12-01"

    # A chat writes the year short after a dash or an apostrophe.
    assert date_phrase("vem höll i dragningen i april -24?").date_from.isoformat() == "2024-04-01"
    assert date_phrase("beslut apr '25").date_to.isoformat() == "2025-04-30"
    # After a day number the short month names are months too.
    assert date_phrase("vem skrev protokollet på styrelsemötet 26 aug 2025?").date_from.isoformat() == "2025-08-26"


@pytest.mark.parametrize(("question", "attendance"), [
    ("var Anna Svensson med på mötet i oktober?", True),
    ("vilka var med på mötet 6 september", True),
    ("var Florence med", True),
    ("vilka andra län var Kronoberg i grupp med på lärandekonferensen?", False),  # a group at a conference
])
def test_attendance_is_asked_of_people_at_a_meeting(question, attendance):
    assert bool(asks(ATTENDANCE, question)) == attendance


@pytest.mark.parametrize("question", ["snöröjningsupphandlingen, hur gick det?", "hundrastgården i norrvik blev den av?",
                                      "hur slutade det för ombudet på vårdcentralen",
                                      "medlemsavgiften, hur har den ändrats det senaste året?"])
def test_asking_how_a_matter_went_is_a_timeline(question):
    assert asks(TIMELINE, question)


def test_a_timeline_questions_span_is_not_its_matter():
    assert TIMELINE_SPAN.sub("", "hur har halsingesprinten utvecklats sedan klubben atog sig att arrangera den") == \
        "hur har halsingesprinten utvecklats"
    assert TIMELINE_SPAN.sub("", "hur har projekt brobyggarna utvecklats fran ide till i dag?") == \
        "hur har projekt brobyggarna utvecklats?"


def test_till_slut_asks_for_the_outcome():
    assert asks(FINALLY, "hur mycket kostade nya taket på stugan till slut")
    assert not asks(FINALLY, "hur mycket kostar slutbesiktningen")


def test_how_long_asks_for_a_span():
    assert asks(HOW_LONG, "Hur lång projekttid har projektet?") and asks(HOW_LONG, "hur länge gäller avtalet")
    assert not asks(HOW_LONG, "hur många deltog")
