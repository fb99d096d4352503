"""Answers a person would notice, on the repo's own minutes of other organisations (tests/data/minutes)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def cited(answer) -> set[tuple[str, str | None]]:
    return {(c.date, c.item_number) for c in answer.citations}


def said(answer) -> str:
    return " ".join([answer.text, *(c.quote for c in answer.citations)])


def test_a_question_that_names_a_body_is_answered_from_that_body(ask):
    answer = ask("vad togs upp på senaste mötet i måltidsnätverket")
    assert answer.kind == "period" and {date for date, _ in cited(answer)} == {"2024-12-05"}
    assert "35 gram" not in answer.text or "Måltidsnätverket" in answer.text


def test_an_organisation_that_is_not_in_the_minutes_is_not_found(ask):
    answer = ask("vem är ordförande i socialnämnden i brännhammar")
    assert not answer.found and "hittar inget" in answer.text


def test_the_chair_of_an_organ_whose_minutes_are_not_here_is_not_another_organs_chair(ask):
    # Råvsjö's kommunstyrelsens arbetsutskott is here, its kommunfullmäktige is not.
    assert not ask("vem är kommunfullmäktiges ordförande i råvsjö").found
    answer = ask("vem är ordförande i kommunstyrelsens arbetsutskott i råvsjö")
    assert answer.found and "Karin Sjöberg" in answer.text


def test_how_much_needs_a_figure_about_the_topic(ask):
    raised = ask("hur mycket höjs va-taxan nästa år i brännhammar")
    assert raised.found and ("2024-09-24", "§ 63") in cited(raised) and "9 procent" in said(raised)
    # The minutes only say that the cost will be looked into.
    assert not ask("hur mycket kostar det att sätta in vattenmätare på alla lotter i solgläntan").found


def test_who_questions_quote_the_sentence_that_names_someone(ask):
    answer = ask("vem skickar skolfrånvaroriktlinjen till friskolorna")
    assert "Nadia" in said(answer)
    assert not ask("vem ansvarar för att vända komposten i solgläntan").found  # only discussed, nobody named


def test_abbreviations_spelled_out_in_a_heading_and_not_confused_with_the_verb(ask):
    answer = ask("vad menas med SKA på tornbacksskolan")
    assert answer.found and "Systematiskt kvalitetsarbete" in answer.text


def test_the_chair_from_the_attendance_list_when_the_header_has_no_chair_field(ask):
    answer = ask("vem var ordförande på hälso- och sjukvårdsnämndens möte 19 november")
    assert answer.kind == "people" and "Eva Lindqvist" in answer.text
    assert ("2024-11-19", None) in cited(answer)


def test_an_abbreviation_that_no_minutes_use_is_not_found(ask):
    answer = ask("vad betyder ÅVS")
    assert answer.kind == "glossary" and not answer.found and "förekommer inte" in answer.text


def test_a_meeting_of_a_body_in_a_month_it_did_not_meet_is_not_found(ask):
    # The student union's board met in December 2024; another association met in January 2025.
    assert not ask("vad beslutades på kårstyrelsens möte i januari 2025").found
    december = ask("vad beslutades på kårstyrelsens möte i december 2024")
    assert december.kind == "period" and {date for date, _ in cited(december)} == {"2024-12-03"}


def test_a_person_named_only_in_the_text_is_quoted_where_named(ask):
    answer = ask("Vem är Bertil Ek?")
    assert answer.found and all("Bertil Ek" in c.quote for c in answer.citations)
    assert ("2024-03-10", "§ 11") in cited(answer)


def test_a_body_named_as_the_topic_of_another_bodys_minutes(ask):
    # "kvarnsjöns" names the sports club's own minutes too, but here it is what the council's committee decided about.
    answer = ask("vad beslutade arbetsutskottet i tallvika om kvarnsjöns konstgräsplan")
    assert answer.found and ("2024-09-24", "§ 142") in cited(answer)


def test_a_cost_question_quotes_the_decided_sum(ask):
    answer = ask("vad kostar konstgräsplanen i kvarnsjö")
    assert answer.found and "anta anbudet från Nordgräs Anläggning AB på 3 950 000 kr" in said(answer)


def test_a_day_without_minutes_gets_the_decisions_later_minutes_recount_from_it(ask):
    answer = ask("vad beslutade styrgruppen för nära vård den 4 mars")
    assert answer.found and answer.kind == "period"
    assert [(c.date, c.item_number, c.decided_on) for c in answer.citations] == [("2025-04-08", "3", "2025-03-04")]


def test_a_role_asked_with_a_place_found_in_the_persons_organisation(ask):
    answer = ask("vem är kommunpolis i tallvika")
    assert answer.kind == "people" and "Johan Kvist" in answer.text and ("2024-10-15", None) in cited(answer)


def test_who_missed_a_meeting_is_an_attendance_question(ask):
    answer = ask("vem i kvarnsjöns styrelse missade mötet i november")
    assert answer.kind == "people" and "Mikael Dahl" in answer.text


def test_a_secretary_elected_in_an_item_when_the_sign_off_only_says_justeras(ask):
    answer = ask("vem var sekreterare på fiberstämman")
    assert "Oskar Lindahl" in said(answer) and ("2024-04-25", "§ 3") in cited(answer)


def test_each_part_of_a_compound_may_be_written_in_another_form(ask):
    answer = ask("hur mycket höjs månadsavgiften i fiberföreningen")  # "den månatliga nätavgiften höjs"
    assert answer.found and "135 kronor" in said(answer)


def test_earlier_chairs_are_of_the_same_group_not_of_another_groups_with_a_like_name(ask):
    # Tornbacksskolan's and the county's (LLBU) are both "ledningsgrupper"; the newest chair is Tornbacksskolan's.
    answer = ask("vem är ordförande i ledningsgruppen")
    assert answer.kind == "people" and "Tidigare, 2024-10-17" not in answer.text
    assert "(Länsgemensam ledningsgrupp för barn och unga (LLBU) i Norrmarkens län): Anders Jäderholm" in answer.text


def test_a_short_decision_that_points_back_comes_with_what_the_item_is_about(ask):
    answer = ask("vilka beslut tog brf måsen i oktober 2023")
    quotes = [c.quote for c in answer.citations if c.item_number == "§ 8"]
    assert quotes[0].startswith("Medlem i lgh 1102 har ansökt") and quotes[1] == "Ansökan beviljas för den sökta perioden."


def test_a_body_called_by_a_short_form_of_its_name(ask):
    # "vägföreningen" for Björkmyrans vägsamfällighetsförening; its chair is listed as "Karin Lööf, ordf".
    answer = ask("vem leder vägföreningen")
    assert answer.found and "Karin Lööf" in answer.text and {d for d, _ in cited(answer)} == {"2025-05-06"}


def test_decisions_of_a_month_leave_out_how_the_meeting_ran(ask):
    answer = ask("vilka beslut tog vägföreningen i maj 2025")
    items = {item for _, item in cited(answer)}
    assert "§ 4" in items and not items & {"§ 2", "§ 3"}
    assert "slitlagergrus" in said(answer) and "beslutat 4 mars" not in answer.text


def test_a_task_with_its_deadline_and_no_count_taken_for_a_date(ask):
    answer = ask("vem samlar in mejladresserna till vägföreningen och till när")
    assert "Sofia Ek" in said(answer) and "senast den 30 juni 2025" in answer.text
    assert "till 18 av" not in answer.text


def test_when_is_answered_by_the_sentence_with_the_date(ask):
    answer = ask("när hålls nästa möte i vägföreningen")
    assert "2 september 2025" in said(answer)


def test_a_word_no_minutes_use_finds_the_passage_by_the_word_they_do_use(ask):
    answer = ask("vad kostar fartguppen i vägföreningen")  # the minutes say "farthinder"
    assert answer.found and "6 200 kr" in said(answer)


def test_an_organisation_named_by_its_kind_that_no_minutes_write_is_not_found(ask):
    answer = ask("vad beslutade brf Trasten om tvättstugan")
    assert not answer.found and "Trasten" in answer.text and "förekommer inte" in answer.text


def test_who_does_a_task_is_the_sentence_where_someone_does_it(ask):
    answer = ask("vem skriver underlaget om extra medel till nämnden")
    assert answer.found and "Karin" in said(answer)


def test_who_keeps_the_money_is_the_treasurer(ask):
    answer = ask("vem har hand om pengarna i vägföreningen")
    assert answer.found and "Sofia Ek" in answer.text


def test_who_came_after_someone_is_the_item_that_records_it(ask):
    answer = ask("vem blev ny ordförande i tallbackens bk efter göran sundelin")
    assert ("2025-03-09", "7a") in cited(answer) and "Maja Lindqvist" in said(answer)


def test_an_annual_meetings_decisions_leave_out_the_formalities_but_keep_the_elections(ask):
    answer = ask("vad beslutade tallbackens bk:s årsmöte i mars 2025")
    numbers = {n for _, n in cited(answer)}
    assert {"7a", "8b"} <= numbers and not numbers & {"2", "3", "4"}


def test_the_items_of_a_meeting_leave_out_the_formalities(ask):
    answer = ask("vad togs upp på tallbackens bk:s styrelsemöte i maj 2025")
    assert {n for _, n in cited(answer)} == {"2", "3"}


def test_a_task_handed_to_a_role_names_who_holds_it(ask):
    answer = ask("vem ska ta fram finansieringsplanen för belysningen")
    assert answer.kind == "assignment" and ("2025-05-14", "2") in cited(answer)
    assert "kassör enligt mötets närvarolista: Petra Kullberg" in answer.text


def test_a_task_on_the_topic_is_no_answer_when_the_thing_asked_is_never_mentioned(ask):
    # Punkt 2 on the lighting hands the finance plan to the treasurer; nobody is to draw up a drawing
    answer = ask("vem ska ta fram ritningen för belysningen till nästa möte")
    assert answer.kind == "assignment" and not answer.found  # nor is the item's text given as if it said who



def test_a_figure_may_follow_the_sentence_that_names_the_place(ask):
    # "… oro kring Centrumgallerian … Under september har det kommit in tre anmälningar om rån …"
    answer = ask("hur många rån har det varit vid centrumgallerian")
    assert answer.found and "tre anmälningar" in said(answer)


def test_a_figure_next_to_a_sentence_about_the_topic_is_not_its_cost(ask):
    # Tornbohus: "lägre kostnader för snöröjning", but no sum for the snow clearing itself
    assert not ask("vad kostade snöröjningen").found


def test_a_role_asked_for_a_named_place_is_not_someone_elses_place(ask):
    assert "Johan Kvist" in ask("vem är kommunpolis i Tallvika?").text
    assert "Johan Kvist" not in ask("vem är kommunpolis i Gävlevik?").text


def test_a_role_is_answered_only_by_a_quote_that_names_it_and_someone(ask):
    answer = ask("vem är tränare för damsektionen i tallbacken")
    assert answer.found and "Camilla Öhrn" in answer.text
    assert not ask("vem är tränare för herrlaget i tallbacken").found  # no trainer of the men's team is named
    assert not ask("vem är chef för fastighetsavdelningen i tallvika").found  # no "chef" of that name anywhere


def test_who_served_for_a_member_is_read_from_the_lists(ask):
    answer = ask("vem tjänstgjorde för Ulla Rehn i tekniska nämnden")
    assert answer.kind == "people" and "Stefan Grahn" in answer.text
    assert "Ingrid Sjövall" in ask("vem ersatte Per Hedlund i hälso- och sjukvårdsnämnden").text


def test_a_month_a_task_is_due_is_not_when_it_was_handed_out(ask):
    answer = ask("vad ska förvaltningen återrapportera till kultur- och fritidsnämnden i september 2025")
    assert answer.kind == "assignment" and ("2025-03-18", "§ 27") in cited(answer)


def test_one_organisation_named_two_ways_and_asked_without_å_ä_ö(ask):
    latest = ask("vad tog granas ryttarforening upp pa senaste motet")  # "Granås RF" wrote the newest minutes
    assert latest.kind == "period" and {c.date for c in latest.citations} == {"2025-04-08"}
    secretary = ask("vem förde protokollet på granås ryttarförenings möte i april")
    assert "Hampus Grenmark" in secretary.text  # "Ebba var bortrest, så Hampus Grenmark förde protokollet"


def test_a_role_of_a_body_named_by_its_name_is_not_looked_for_elsewhere(ask):
    # "Granås ryttarförenings" names the club: its own lists have no revisor, so nobody else's is given
    assert not ask("vem är granås ryttarförenings revisor").found


def test_who_came_late_and_who_left_early_are_the_sentences_that_say_so(ask):
    late = ask("Vem kom för sent till kommunstyrelsens arbetsutskott i Råvsjö den 11 juni 2025?")
    assert late.kind == "people" and "Mikael Åström" in late.text
    assert [(c.date, c.item_number) for c in late.citations] == [("2025-06-11", None)]
    assert late.citations[0].quote.startswith("Mikael Åström (M) kom kl. 09.25 under § 90")
    from answer.movements import asked_movement
    assert asked_movement("vem var försenad till mötet i juni") is True
    assert asked_movement("när ska Anders återrapportera om de försenade rekommendationerna") is None  # things late
    early = ask("Vem lämnade arbetsutskottets sammanträde i förtid?")
    assert "Johanna Ek" in early.text and early.citations[0].quote == "Johanna Ek (V) lämnade sammanträdet efter § 95."


def test_what_an_arbetsutskott_proposed_is_what_it_decided(ask):
    answer = ask("vad foreslog arbetsutskottet om forskolan pa bjorkudden")
    assert answer.found and ("2025-06-11", "§ 92") == (answer.citations[0].date, answer.citations[0].item_number)
    assert "68 500 000 kronor" in answer.text


def test_an_abbreviation_that_is_also_a_common_word_is_not_found_in_the_word(ask):
    # "HAR" is written nowhere in capitals; the verb "har" in every other sentence is not it
    answer = ask("Vad betyder HAR?")
    assert answer.kind == "glossary" and not answer.found


def test_the_verb_of_who_did_it_picks_the_sentence_that_answers():
    from answer.topic import _what_someone_did
    assert _what_someone_did("Vem reserverade sig mot beslutet?").search("Stefan Hult (C) reserverar sig mot beslutet")
    assert _what_someone_did("vem är ordförande") is None and _what_someone_did("vem ska boka lokalen") is None


def test_present_at_a_meeting_but_not_all_of_it(ask):
    answer = ask("var Johanna Ek med på hela sammanträdet i juni 2025")
    assert answer.kind == "people" and "Johanna Ek (V) lämnade sammanträdet efter § 95." in answer.text


def test_the_latest_meeting_of_the_kind_of_body_asked(ask):
    # newer minutes of an arbetsutskott and of clubs are in the index; "nämnden" is the newest nämnd's
    answer = ask("vad tog nämnden upp på senaste mötet")
    assert answer.kind == "period" and {c.date for c in answer.citations} == {"2025-03-18"}


def test_the_tasks_of_a_role_are_those_handed_to_its_holder(ask):
    answer = ask("vilka uppdrag har kassoren i vägföreningen")
    assert answer.kind == "assignment" and answer.text.startswith("Uppdrag för Sofia Ek (kassör enligt närvarolistan)")
    assert "Sofia Ek samlar in e-postadresser från övriga medlemmar senast den 30 juni 2025." in said(answer)
    tallbacken = ask("vilka uppdrag har kassören i tallbackens bk")
    assert "uppdra åt kassören att ta fram en finansieringsplan" in said(tallbacken)


def test_who_someone_is_also_shows_the_items_that_name_them(ask):
    answer = ask("vem är sofia ek")
    assert answer.kind == "people" and "Sofia Ek (kassör) står i närvarolistan" in answer.text
    assert "Sofia Ek samlar in e-postadresser från övriga medlemmar senast den 30 juni 2025." in said(answer)


def test_the_latest_meeting_unnamed_in_an_archive_of_several_bodies_is_each_ones_own(ask):
    answer = ask("vad togs upp på senaste mötet")  # whose is not said: every body's newest, not only the newest one's
    bodies = {c.body for c in answer.citations}
    assert answer.kind == "period" and len(bodies) > 1
    assert all(len({c.date for c in answer.citations if c.body == body}) == 1 for body in bodies)


def test_a_constituting_meeting_that_is_only_announced_is_not_found(ask):
    # Solgläntan's board writes that a constituting meeting will follow the annual meeting; no minutes of it.
    answer = ask("vad beslutades på det konstituerande mötet i solgläntan")
    assert answer.kind == "period" and not answer.found
