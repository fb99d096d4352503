"""Question wording: what a phrase says about the kind of question and its dates."""

from __future__ import annotations

import datetime as dt

from swedish.dates import date_phrase
from swedish.questions import ASSIGNMENT, ITEMS_WANTED, asks
from swedish.wording import PROCEDURAL_TITLE

TODAY = dt.date(2026, 11, 26)


def test_a_month_meeting_compound_is_a_date_phrase():
    june = date_phrase("Vilka frågor behandlade styrelsen på junimötet?", TODAY)
    assert (june.date_from, june.date_to, june.year_given) == (dt.date(2026, 6, 1), dt.date(2026, 6, 30), False)
    march = date_phrase("beslut på marssammanträdet 2025", TODAY)
    assert (march.date_from, march.year_given) == (dt.date(2025, 3, 1), True)
    typed = date_phrase("vad beslutade direktionen pa decembermotet", TODAY)  # without å, ä, ö
    assert (typed.date_from, typed.date_to) == (dt.date(2025, 12, 1), dt.date(2025, 12, 31))
    assert date_phrase("vem skrev protokollet pa augustimote", TODAY).date_from.month == 8
    assert date_phrase("vad sades om mötesrummet", TODAY) is None


def test_asking_what_someone_shall_produce_and_by_when_is_an_assignment():
    assert asks(ASSIGNMENT, "Vad ska Linnea och Daniel ta fram till föräldramötena?")
    assert asks(ASSIGNMENT, "när ska det vara klart")
    assert not asks(ASSIGNMENT, "vad beslutades om taket")


def test_which_matters_a_body_dealt_with_asks_for_the_items():
    assert asks(ITEMS_WANTED, "Vilka frågor behandlade distriktsstyrelsen?")
    assert asks(ITEMS_WANTED, "Vad tog ledningsgruppen för barn och unga i Älvmarks län upp på mötet i maj 2025?")


def test_who_does_something_in_the_present_tense_asks_for_a_task():
    assert asks(ASSIGNMENT, "vem skriver underlaget om mer pengar")
    assert not asks(ASSIGNMENT, "vem representerar AMK i ledningsgruppen")
    assert not asks(ASSIGNMENT, "vem är ordförande")


def test_a_deadline_is_a_date_or_a_meeting_not_any_number_after_till():
    from swedish.wording import DUE

    assert DUE.search("Sofia samlar in adresserna senast den 30 juni 2025.").group(0) == "senast den 30 juni 2025"
    assert DUE.search("Sara tar fram förslaget till 15/10 och mejlar styrelsen.")
    assert DUE.search("utkastet skickas senast 2025-10-03")
    assert not DUE.search("Föreningen har e-postadresser till 18 av 40 fastigheter.")
    assert not DUE.search("Reservpumpen klarar normal förbrukning men inte helgtopparna.")  # 'klarar' is no 'klar:'


def test_items_on_how_the_meeting_runs():
    from swedish.wording import PROCEDURAL_TITLE

    for title in ("Val av justerare", "Godkännande av dagordningen", "Föregående protokoll", "Mötets öppnande",
                  "Nästa möte", "Öppning och dagordning"):
        assert PROCEDURAL_TITLE.match(title), title
    assert not PROCEDURAL_TITLE.match("Val av revisorer för 2026") and not PROCEDURAL_TITLE.match("Ekonomi")


def test_a_listed_role_asked_in_other_words_and_a_cost_asked_after_who():
    from swedish.questions import AND_THE_COST, asks, listed_roles_asked

    assert listed_roles_asked("vem har hand om pengarna i föräldraföreningen") == {"kassor"}
    assert asks(AND_THE_COST, "vem fick jobbet och vad kostar det")
    assert not asks(AND_THE_COST, "vem fick i uppdrag att ta reda på vad vattenmätare kostar")


def test_agreeing_is_no_topic_and_welcome_items_run_the_meeting():
    from swedish.wording import FRAME_WORDS, PROCEDURAL_TITLE

    assert {"kom", "overens", "enades"} <= FRAME_WORDS
    assert PROCEDURAL_TITLE.match("Inledning") and PROCEDURAL_TITLE.match("Välkomna")


def test_a_week_is_a_date_phrase_in_the_latest_year_it_has_passed():
    found = date_phrase("vad snackade ledningsgruppen om vecka 12", dt.date(2026, 11, 26))
    assert (found.date_from, found.date_to, found.year_given) == (dt.date(2026, 3, 16), dt.date(2026, 3, 22), False)
    assert found.in_year(2025).date_from == dt.date(2025, 3, 17)  # the week, not the same days of March
    assert date_phrase("beslut v. 14 2025", dt.date(2026, 11, 26)).date_from == dt.date(2025, 3, 31)
    assert date_phrase("Lisa Ek, v. ordf", dt.date(2026, 11, 26)) is None


def test_how_is_it_going_asks_for_a_timeline():
    from swedish.questions import TIMELINE
    assert asks(TIMELINE, "läkemedelsgenomgångarna på solgården, hur går det")
    assert asks(TIMELINE, "har telefontillgängligheten blivit bätre")  # typo kept
    assert not asks(TIMELINE, "vad går budgeten till")


def test_sums_in_millions_as_minutes_abbreviate_them():
    from swedish.wording import MONEY
    assert all(MONEY.search(t) for t in ("631,0 mnkr", "2,5 mkr", "1,2 mdkr", "350 tkr", "48 500 kronor"))


def test_adjusting_a_matter_is_no_procedural_item():
    assert PROCEDURAL_TITLE.match("Justering av protokollet") and PROCEDURAL_TITLE.match("Justering")
    assert not PROCEDURAL_TITLE.match("Justering av närvarotrappan")
