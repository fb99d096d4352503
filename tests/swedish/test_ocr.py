"""OCR repair of å/ä/ö against the Swedish dictionary, on real lines of the OCR'd sample."""

from __future__ import annotations

import hashlib
import json

from ingest import parse_file
from ingest.normalize import normalize_pages
from ingest.readers import read_pages
from swedish.ocr import looks_ocr_damaged, repair_lines, repair_word

from tests.conftest import needs_shared, sample

# The OCR'd sample's repairs as the Hunspell look-ups made them before the compiled word index: how many
# (original → repaired) pairs, and sha256 digests of the pairs (in order of first change) and of the repaired
# lines. Digests, so that no text of ../shared is copied into the repo.
SAMPLE_REPAIRS = 116
SAMPLE_REPAIRS_SHA256 = "c9bda6f125d17b00a0bdad7ba2ea3ab9254a041724316c0f9460dbac12d7cfce"
SAMPLE_LINES_SHA256 = "009db2661c8535cc0e95f66d050c6638ee88cbcdf72248d329ece5c9c0259b89"

# Self-written minutes with the sample's kinds of damage: 6 and é for ö, a/i for å/ä, G for ö, "{61" for
# "för", a suspended compound, compounds in capitals, and real words that stay ("Svar", "FRAN" in capitals).
DAMAGED = [
    "PROTOKOLL FRAN STYRELSEMOTE I BOSTADSRATTSFORENINGEN",
    "Nirvarande: ordférande, sekreterare och tva ledaméter",
    "§ 4 Arsredovisning f6r 2023 och 6verenskommelse om f6rvaltning",
    "Styrelsen gick igenom arsredovisningen. Det ar oklart om fasadrenoveringen",
    "blir klar fére sommaren; entreprenéren behGver mer tid. Beslut: att skjuta {61",
    "arsstamman till den 12 juni och att uppdra at kassoren att ta fram ett f6rslag.",
    "Fragan om laddplatser och miljé- och energifragor giller hela féreningen.",
    "Nasta mote hålls i foreningslokalen. Svar pa motionen om cykelrum lamnas di.",
    "Ovriga fragor: moijligheten att byta hissleverantor, Overlatelse av lagenhet 14.",
]
REPAIRED = [
    "PROTOKOLL FRAN STYRELSEMÖTE I BOSTADSRÄTTSFÖRENINGEN",
    "Närvarande: ordförande, sekreterare och två ledamöter",
    "§ 4 Årsredovisning för 2023 och överenskommelse om förvaltning",
    "Styrelsen gick igenom årsredovisningen. Det är oklart om fasadrenoveringen",
    "blir klar före sommaren; entreprenören behöver mer tid. Beslut: att skjuta för",
    "årsstämman till den 12 juni och att uppdra åt kassören att ta fram ett förslag.",
    "Frågan om laddplatser och miljö- och energifrågor gäller hela föreningen.",
    "Nästa möte hålls i föreningslokalen. Svar på motionen om cykelrum lämnas då.",
    "Övriga frågor: möjligheten att byta hissleverantor, Överlåtelse av lägenhet 14.",
]
CHANGES = [
    ("STYRELSEMOTE", "STYRELSEMÖTE"), ("BOSTADSRATTSFORENINGEN", "BOSTADSRÄTTSFÖRENINGEN"),
    ("Nirvarande", "Närvarande"), ("ordférande", "ordförande"), ("tva", "två"), ("ledaméter", "ledamöter"),
    ("Arsredovisning", "Årsredovisning"), ("f6r", "för"), ("6verenskommelse", "överenskommelse"),
    ("f6rvaltning", "förvaltning"), ("arsredovisningen", "årsredovisningen"), ("ar", "är"), ("{61", "för"),
    ("fére", "före"), ("entreprenéren", "entreprenören"), ("behGver", "behöver"), ("arsstamman", "årsstämman"),
    ("at", "åt"), ("kassoren", "kassören"), ("f6rslag", "förslag"), ("miljé", "miljö"), ("Fragan", "Frågan"),
    ("energifragor", "energifrågor"), ("giller", "gäller"), ("féreningen", "föreningen"), ("Nasta", "Nästa"),
    ("mote", "möte"), ("foreningslokalen", "föreningslokalen"), ("pa", "på"), ("lamnas", "lämnas"),
    ("di", "då"), ("Ovriga", "Övriga"), ("fragor", "frågor"), ("moijligheten", "möjligheten"),
    ("Overlatelse", "Överlåtelse"), ("lagenhet", "lägenhet"),
]


def sha256_of(value) -> str:
    return hashlib.sha256(json.dumps(value, ensure_ascii=False).encode("utf-8")).hexdigest()


def test_self_written_damaged_minutes_are_repaired_as_pinned():
    assert looks_ocr_damaged("\n".join(DAMAGED))
    lines, changes = repair_lines(DAMAGED)
    assert lines == REPAIRED
    assert changes == CHANGES


@needs_shared
def test_repairs_of_the_ocr_sample_are_pinned():
    lines, changes = repair_lines(normalize_pages(read_pages(sample("001"))))
    assert len(changes) == SAMPLE_REPAIRS
    assert sha256_of([list(pair) for pair in changes]) == SAMPLE_REPAIRS_SHA256
    assert sha256_of("\n".join(lines)) == SAMPLE_LINES_SHA256


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
