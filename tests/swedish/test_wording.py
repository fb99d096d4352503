"""Question wording: what a phrase says about the kind of question and its dates."""

from __future__ import annotations

import datetime as dt

from swedish.dates import date_phrase
from swedish.questions import ASSIGNMENT, ITEMS_WANTED, asks

TODAY = dt.date(2026, 11, 26)


def test_a_month_meeting_compound_is_a_date_phrase():
    june = date_phrase("Vilka frågor behandlade styrelsen på junimötet?", TODAY)
    assert (june.date_from, june.date_to, june.year_given) == (dt.date(2026, 6, 1), dt.date(2026, 6, 30), False)
    march = date_phrase("beslut på marssammanträdet 2025", TODAY)
    assert (march.date_from, march.year_given) == (dt.date(2025, 3, 1), True)
    assert date_phrase("vad sades om mötesrummet", TODAY) is None


def test_asking_what_someone_shall_produce_and_by_when_is_an_assignment():
    assert asks(ASSIGNMENT, "Vad ska Linnea och Daniel ta fram till föräldramötena?")
    assert asks(ASSIGNMENT, "när ska det vara klart")
    assert not asks(ASSIGNMENT, "vad beslutades om taket")


def test_which_matters_a_body_dealt_with_asks_for_the_items():
    assert asks(ITEMS_WANTED, "Vilka frågor behandlade distriktsstyrelsen?")


def test_who_does_something_in_the_present_tense_asks_for_a_task():
    assert asks(ASSIGNMENT, "vem skriver underlaget om mer pengar")
    assert not asks(ASSIGNMENT, "vem representerar AMK i ledningsgruppen")
    assert not asks(ASSIGNMENT, "vem är ordförande")
