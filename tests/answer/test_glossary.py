"""answer.glossary: where the minutes spell an abbreviation out, as written."""

from __future__ import annotations

from answer.glossary import asked_abbreviation, expansion_in


def test_an_expansion_in_brackets_or_after_the_abbreviation_in_the_words_minutes_use():
    assert expansion_in("Ärendet gick till RGK (regionala gruppen för kunskapsstyrning).", "RGK") == \
        "regionala gruppen för kunskapsstyrning"
    assert expansion_in("Enligt rutinen ska en SIP, det vill säga samordnad individuell plan, upprättas inom tre "
                        "veckor.", "SIP") == "samordnad individuell plan"
    assert expansion_in("OVK, det vill säga den obligatoriska ventilationskontrollen, gjordes i mars.", "OVK") == \
        "obligatoriska ventilationskontrollen"


def test_words_that_do_not_spell_it_are_no_expansion():
    assert expansion_in("Vi söker LOK-stöd för hösten.", "LOK") is None
    assert expansion_in("MBL, alltså förhandlingen i oktober, sköts av ordföranden.", "MBL") is None


def test_an_abbreviation_typed_without_a_ring_or_dots_is_read_as_the_minutes_write_it():
    from answer.glossary import _written_form
    from index.chunks import Chunk
    from index.search import Hit

    chunk = Chunk(id="m#4", meeting_id="m", date="2025-03-09", body="Viltvårdsområdet", source="m.txt",
                  item_index=3, number="4", title="Älgjakten", label="punkt 4 – Älgjakten", presenter=None,
                  has_decision=False, text="Myrbäcken ingår i Västra Åsens älgskötselområde (ÄSO).")
    assert _written_form("ASO", [Hit(chunk=chunk, score=1.0)]) == "ÄSO"
    assert expansion_in(chunk.text, "ÄSO") == "älgskötselområde"


def test_an_abbreviation_typed_first_and_asked_about_as_det():
    assert asked_abbreviation("rsa vad betyder det") == "RSA"
    assert asked_abbreviation("vad betyder rgk") == "RGK"


def test_an_abbreviation_from_another_language_is_explained_by_the_words_it_stands_after():
    from answer.glossary import _named_before_brackets
    assert _named_before_brackets("Förslag på teman: kontinuerlig glukosmätning (CGM) i primärvården.", "CGM") == \
        "kontinuerlig glukosmätning"
    assert _named_before_brackets("Anna Berg (CGM) kom senare.", "CGM") is None  # a name, not words


def test_an_expansion_read_by_ocr_with_a_digit_for_o_still_spells_the_abbreviation():
    from answer.glossary import expansion_in
    assert expansion_in("7. SOK (Strategisk 6verenskommelse - mottagande och etablering)", "SOK") == \
        "Strategisk 6verenskommelse - mottagande och etablering"  # as the file writes it
