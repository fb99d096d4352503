"""Swedish date phrases and decision wording in questions."""

from __future__ import annotations

import datetime as dt

from index.query import parse_query

TODAY = dt.date(2026, 11, 25)


def test_month_and_year_becomes_a_date_range_and_leaves_the_topic():
    parsed = parse_query("Vad beslutades om hemtagning i oktober 2023?", TODAY)
    assert (parsed.date_from, parsed.date_to) == (dt.date(2023, 10, 1), dt.date(2023, 10, 31))
    assert parsed.text == "Vad beslutades om hemtagning ?" and parsed.decision_intent


def test_relative_and_plain_years():
    assert parse_query("workshop förra året", TODAY).date_from == dt.date(2025, 1, 1)
    assert parse_query("heder i år", TODAY).date_to == dt.date(2026, 12, 31)
    assert parse_query("beslut under 2024", TODAY).date_from == dt.date(2024, 1, 1)


def test_seasons_become_terms_of_that_year():
    autumn = parse_query("När är workshopen med processgrupperna hösten 2023?", TODAY)
    assert (autumn.date_from, autumn.date_to) == (dt.date(2023, 8, 1), dt.date(2023, 12, 31))
    assert autumn.text == "När är workshopen med processgrupperna ?"
    assert parse_query("beslut om hälsointyg under våren 2026", TODAY).date_to == dt.date(2026, 6, 30)
    assert parse_query("sommaren 2024 akutmottagningen", TODAY).date_from == dt.date(2024, 6, 1)


def test_a_year_that_is_content_is_not_a_filter():
    # From the development questions: 2022 is what the money is for, not when the meeting was.
    parsed = parse_query("Hur mycket pengar tas med till 2022 för kommunikationsstöd och hemsidan?", TODAY)
    assert parsed.date_from is None and not parsed.decision_intent


def test_latest_meeting_and_appointment_intent():
    assert parse_query("Vad sades på senaste mötet om heder?", TODAY).latest_meeting
    assert parse_query("Vem utsågs till representant?", TODAY).decision_intent


def test_since_a_date_runs_to_today():
    autumn = parse_query("vad har hänt med analysen sen hösten 2024", TODAY)
    assert (autumn.date_from, autumn.date_to) == (dt.date(2024, 8, 1), TODAY) and autumn.text == "vad har hänt med analysen"
    year = parse_query("Hur har ekonomin utvecklats sedan 2024?", TODAY)
    assert (year.date_from, year.date_to) == (dt.date(2024, 1, 1), TODAY)
    assert parse_query("beslut i oktober 2023", TODAY).date_to == dt.date(2023, 10, 31)  # not "since"


def test_a_span_of_months_and_a_day_written_with_a_slash():
    span = parse_query("beslut i rektorsgruppen mellan april och juni 2025", TODAY)
    assert (span.date_from, span.date_to) == (dt.date(2025, 4, 1), dt.date(2025, 6, 30))
    assert parse_query("vad hände från november till februari 2025", TODAY).date_from == dt.date(2024, 11, 1)
    day = parse_query("vem skrev anteckningarna på mötet 15/10 2024?", TODAY)
    assert (day.date_from, day.date_to) == (dt.date(2024, 10, 15), dt.date(2024, 10, 15))
    assert parse_query("beslut läsåret 2023/2024", TODAY).dates is None  # a school year, not a day


def test_the_annual_meeting_and_its_year():
    parsed = parse_query("Vad beslutade årsstämman 2025?", TODAY)
    assert (parsed.date_from, parsed.date_to) == (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    assert "årsstämman" in parsed.text
