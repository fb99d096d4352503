"""OCR repair of å/ä/ö against the Swedish dictionary, on real lines of the OCR'd sample."""

from __future__ import annotations

from ingest import parse_file
from swedish.ocr import looks_ocr_damaged, repair_lines, repair_word

from tests.conftest import needs_shared, sample


def test_common_ocr_confusions_are_repaired():
    assert [repair_word(w) for w in ["f6r", "Vixj6", "Nirvarande", "6verenskommelsen", "I6pande", "behGver"]] == [
        "för", "Växjö", "Närvarande", "överenskommelsen", "löpande", "behöver"]


def test_the_commonest_reading_wins():
    # Real readings from the OCR'd sample: two dictionary words fit, the commoner one is meant.
    assert [repair_word(w) for w in ["forbittring", "frin", "Kontaktvagarna", "nuldge", "moijligheten"]] == [
        "förbättring", "från", "Kontaktvägarna", "nuläge", "möjligheten"]


def test_a_real_word_changes_only_for_a_far_commoner_one():
    assert [repair_word(w) for w in ["ar", "giller", "linets"]] == ["är", "gäller", "länets"]
    assert [repair_word(w) for w in ["svar", "vara", "hand", "den"]] == ["svar", "vara", "hand", "den"]


def test_real_words_and_acronyms_are_left_alone():
    assert [repair_word(w) for w in ["mötet", "AMK", "RGK", "Kronoberg", "ledningsgruppen"]] == [
        "mötet", "AMK", "RGK", "Kronoberg", "ledningsgruppen"]


def test_clean_text_is_not_considered_damaged():
    assert not looks_ocr_damaged("Ledningsgruppen beslutar enligt förslag. Nästa möte hålls i Växjö 16 maj.")


@needs_shared
def test_ocr_sample_lines_are_repaired_and_flagged():
    lines, changes = repair_lines(["Ledningsgruppen beslutar enligt forslag",
                                   "Behover se Gver vad som kan atgirdas. Tas upp f6r information",
                                   "da kommunerna mobiliserar {61"])
    assert lines == ["Ledningsgruppen beslutar enligt förslag",
                     "Behöver se över vad som kan åtgärdas. Tas upp för information",
                     "då kommunerna mobiliserar för"]
    assert ("{61", "för") in changes
    meeting = parse_file(sample("001")).meetings[0]
    assert any(f.startswith("OCR-skadad text") for f in meeting.flags)
    assert meeting.ocr_repairs["f6r"] == "för"
    # Repairs serve search only: what is shown and quoted is the source's text.
    titles = {item.number: item.title for item in meeting.items}
    assert titles["1"] == "Motets 6ppnande" and titles["2"] == "Kommunoverlikare"
    text = "\n".join(item.text for item in meeting.items)
    assert "Verksamhetssystemet Link" in text and "Länk" not in text
    # The body's name is a parsed field that groups meetings: it is read with the repairs.
    assert meeting.body.startswith("Ledningsgrupp för samordning av länets hälso- och sjukvård")


def test_first_half_of_a_suspended_compound_is_repaired():
    lines, changes = repair_lines(["Ledningsgrupp för samordning av linets hilso- och sjukvård, skola"])
    assert lines == ["Ledningsgrupp för samordning av länets hälso- och sjukvård, skola"]
    assert ("hilso", "hälso") in changes
