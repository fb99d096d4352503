"""Which bodies a question names: distinctive words of a body's name, never its generic head."""

from __future__ import annotations

from answer.bodies import meetings_of_named_body, named_bodies, proper_names, unlisted_organ, with_namesakes
from ingest.models import Meeting

BODIES = {
    "Bergsjö kommun, Socialnämnden",
    "Brännhammars kommun, Tekniska nämnden",
    "Måltidsnätverket i Gränsbygden",
    "Nätverket för elevhälsans medicinska insats",
    "Tornbacksskolans ledningsgrupp",
    "Länsgemensam ledningsgrupp för barn och unga (LLBU) i Norrmarkens län",
    "Granlidens Fiberförening ekonomisk förening, föreningsstämman",
    "Östra Dalarnas Idrottsförbund, styrelsen",
}


def test_a_distinctive_word_names_its_body_and_is_what_the_question_leaves_out_of_the_search():
    scope = named_bodies("vilka beslut tog ledningsgruppen på tornbacksskolan i september", BODIES)
    assert scope.bodies == ("Tornbacksskolans ledningsgrupp",)
    assert "tornbacksskolan" in scope.words
    assert named_bodies("vem för anteckningar i llbu", BODIES).bodies == (
        "Länsgemensam ledningsgrupp för barn och unga (LLBU) i Norrmarkens län",)


def test_no_body_named_gives_an_empty_scope():
    assert named_bodies("vad beslutades om heder", BODIES).bodies == ()
    # "nätverket" and "förening" are common words: they name no body ("Måltidsnätverket", "Fiberförening").
    assert named_bodies("vad tog nätverket upp i oktober", BODIES).bodies == ()
    assert named_bodies("hur mycket pengar fick föreningarna i idrottsförbundet", BODIES).bodies == (
        "Östra Dalarnas Idrottsförbund, styrelsen",)


def test_words_of_two_bodies_that_no_body_holds_name_nothing_in_the_minutes():
    assert named_bodies("vem är ordförande i socialnämnden i brännhammar", BODIES) is None


def test_a_body_called_what_it_is_or_by_a_contracted_name():
    bodies = BODIES | {"Gjuteriklubben Norrfors, klubbstyrelsen", "Björkmyrans vägsamfällighetsförening, styrelsen"}
    assert named_bodies("vad beslutade klubben i juni", bodies).bodies == ("Gjuteriklubben Norrfors, klubbstyrelsen",)
    assert named_bodies("vem leder vägföreningen", bodies).bodies == (
        "Björkmyrans vägsamfällighetsförening, styrelsen",)
    assert named_bodies("hur mycket pengar fick klubbarna", bodies).bodies == ()  # not "the club"


def test_a_company_called_the_company_and_the_common_words_of_its_name():
    bodies = BODIES | {"Brännvikens Energi AB, styrelsen"}
    assert named_bodies("vem är ordf i bolagets styrelse", bodies).bodies == ("Brännvikens Energi AB, styrelsen",)
    assert named_bodies("vad bestämde bolagsstyrelsen i juni", bodies).bodies == ("Brännvikens Energi AB, styrelsen",)
    scope = named_bodies("vilka beslut fattade Brännvikens Energis styrelse i februari", bodies)
    assert scope.bodies == ("Brännvikens Energi AB, styrelsen",) and "energis" in scope.words


def test_a_short_word_names_a_body_only_as_its_name_is_written():
    bodies = {"Bostadsrättsföreningen Måsen i Gävlevik, styrelsen", "Hemtjänsten Åsby – APT"}
    assert named_bodies("vem är mas i kommunen", bodies).bodies == ()  # "mas" is the stem of "Måsen", not its name
    assert named_bodies("vad beslutade brf måsen", bodies).bodies == ("Bostadsrättsföreningen Måsen i Gävlevik, styrelsen",)


def test_a_word_common_in_one_form_names_no_body_in_a_rarer_form():
    # "hembygdsföreningen" is rarer than "hembygdsförening"; neither tells two hembygdsföreningar apart
    bodies = {"Lövsjö hembygdsförening, styrelsen", "Hembygdsföreningen Gamla Tuna, årsmötet"}
    assert named_bodies("vem är kassör i Lövsjö hembygdsförening", bodies).bodies == ("Lövsjö hembygdsförening, styrelsen",)


def test_the_same_organ_of_an_organisation_named_otherwise_is_the_same_body():
    bodies = BODIES | {"Mossby Golfklubb, styrelsen", "Mossby GK, styrelsen", "Mossby GK, årsmötet",
                       "Räddningstjänsten Norrådalen, direktionen",
                       "Räddningstjänsten Norrådalen Kommunalförbund, direktionen"}
    assert with_namesakes(("Mossby Golfklubb, styrelsen",), bodies) == (
        "Mossby GK, styrelsen", "Mossby Golfklubb, styrelsen")  # not the årsmöte: another organ
    assert named_bodies("vad har direktionen i kommunalförbundet beslutat", bodies).bodies == (
        "Räddningstjänsten Norrådalen Kommunalförbund, direktionen", "Räddningstjänsten Norrådalen, direktionen")


def test_a_proper_name_that_ends_like_a_kind_of_group_is_still_a_name():
    assert proper_names("Räddningstjänsten Norrådalen, direktionen") == {"norradalen"}  # not "-rådet"
    assert proper_names("Kulturrådet i Åsby") == {"asby"} or "kulturradet" not in proper_names("Kulturrådet i Åsby")


def test_a_name_written_in_capitals_names_its_body_typed_in_lower_case():
    bodies = BODIES | {"PRO Ekbacka, styrelsen"}
    assert named_bodies("vad tog pro styrelsen upp", bodies).bodies == ("PRO Ekbacka, styrelsen",)


def test_a_group_for_something_no_body_is_named_for_is_not_a_body():
    bodies = BODIES | {"Styrgrupp för Barnens bästa gäller! i Kronoberg"}
    assert named_bodies("vilka utsågs som representanter till styrgruppen för SKRUVAS", bodies).bodies == ()
    assert named_bodies("vem leder styrgruppen för barnens bästa", bodies).bodies == (
        "Styrgrupp för Barnens bästa gäller! i Kronoberg",)


def test_an_organ_of_a_kind_no_body_is_named_by_its_word():
    assert unlisted_organ("vem är kommunfullmäktiges ordförande i bergsjö", BODIES) == "kommunfullmaktiges"
    assert unlisted_organ("vem är ordförande i elevhälsochefsnätverket", {"Bergsjö kommun, Socialnämnden"}) == \
        "elevhalsochefsnatverket"
    # Organs that the bodies are, and those every organisation has, whatever its minutes are called.
    assert unlisted_organ("vem är ordförande i nätverket", BODIES) is None
    assert unlisted_organ("vem är ordförande i tekniska nämnden", BODIES) is None
    assert unlisted_organ("vem är styrelsens ordförande", BODIES) is None


def test_one_body_named_longer_and_shorter_and_a_kind_of_meeting_that_names_no_body():
    bodies = {"Björkhaga skolområde, Rektorsgruppen", "Rektorsgruppen Björkhaga", "Åsby kommun, Kommunstyrelsen"}
    assert set(with_namesakes(("Björkhaga skolområde, Rektorsgruppen",), bodies)) == {
        "Björkhaga skolområde, Rektorsgruppen", "Rektorsgruppen Björkhaga"}
    meetings = [Meeting(id=f"m{i}", body=body, date="2024-08-14", source="x.txt",
                        content_hash="h") for i, body in enumerate(sorted(bodies))]
    assert meetings_of_named_body("Vad bestämdes på uppstartsmötet i augusti 2024?", meetings) == meetings


def test_a_council_named_without_its_municipality_is_the_same_council():
    bodies = {"Åsby kommun, Kommunala pensionärsrådet (KPR)", "Kommunala pensionärsrådet", "Åsby kommun, Kommunstyrelsen"}
    assert "Kommunala pensionärsrådet" in with_namesakes(("Åsby kommun, Kommunala pensionärsrådet (KPR)",), bodies)
    assert "Åsby kommun, Kommunstyrelsen" not in with_namesakes(("Kommunala pensionärsrådet",), bodies)


def test_an_organ_asked_of_an_organisation_named_by_its_acronym():
    bodies = {"Hälsinglands Orienteringsklubb, HOK, Styrelsen", "ungdomssektionen HOK",
              "Hälsinglands Orienteringsklubb, årsmötet", "Åsby kommun, Kommunstyrelsen"}
    scope = named_bodies("Vem var mötesordförande på HOK:s årsmöte 2025?", bodies)
    assert "Hälsinglands Orienteringsklubb, årsmötet" in scope.bodies
    assert "Åsby kommun, Kommunstyrelsen" not in scope.bodies
    assert "Hälsinglands Orienteringsklubb, årsmötet" not in named_bodies("vem är ordförande i HOK?", bodies).bodies
