"""Scanned PDFs: self-written minutes drawn as page images (Pillow), read back with Tesseract, compared with
what the same minutes give as text. Tests that run Tesseract are marked `ocr` and skipped without it."""

from __future__ import annotations

import os
import random
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ContentStream, DictionaryObject, NameObject

from benchmarks.ocr_pages import font_path, page_images, scanned_pdf
from ingest import parse_file
from ingest.scan import MIN_LETTERS, needs_ocr, page_list, restore_section_signs

from tests.conftest import MINUTES, invoke_cli, needs_shared, sample


def _tesseract_reads_swedish() -> bool:
    try:
        import pytesseract

        return "swe" in pytesseract.get_languages(config="")
    except Exception:  # not installed, or not runnable
        return False


needs_tesseract = pytest.mark.skipif(not _tesseract_reads_swedish(), reason="Tesseract med svenska saknas "
                                     "(apt-get install tesseract-ocr tesseract-ocr-swe)")
needs_font = pytest.mark.skipif(font_path() is None,
                                reason="inget typsnitt med å/ä/ö (apt-get install fonts-dejavu-core)")


def ocr(test):
    """Reads scans with Tesseract: marked `ocr`, skipped without Tesseract's Swedish model or a font to draw with."""
    return pytest.mark.ocr(needs_tesseract(needs_font(test)))


NAMNDEN = """SAMMANTRÄDESPROTOKOLL
Lönnviks kommun
Miljö- och byggnadsnämnden

Datum: 2024-10-08
Tid: 18.00–20.45
Plats: Kommunhuset, sammanträdesrum Ljungen

Beslutande
Ingrid Åkesson (S), ordförande
Göran Björklund (M), vice ordförande
Sara Öhman (C)
Mikael Fält (V)
Helena Rydén (KD)

Övriga närvarande
Tobias Ek, miljö- och byggchef
Linnéa Storm, nämndsekreterare

Justerare: Sara Öhman

§ 41 Val av justerare
Nämnden beslutar att utse Sara Öhman att jämte ordföranden justera protokollet.

§ 42 Godkännande av dagordning
Dagordningen godkänns utan ändringar.

§ 43 Bygglov för förskola på Tallåsen
Dnr 2024/112
Förvaltningen har prövat ansökan om bygglov för en förskola med sex avdelningar på fastigheten Tallåsen 4:2. \
Grannar har hörts och två yttranden har kommit in om trafiken på Skolvägen.
Beslut
Nämnden beviljar bygglov med villkor om att en vändplan för hämtning och lämning anläggs före inflyttning.

§ 44 Tillsynsplan för livsmedelskontroll 2025
Tobias Ek redovisar förslaget till tillsynsplan. Antalet planerade kontroller ökar från 180 till 210, främst hos \
restauranger och skolkök.
Beslut
Nämnden fastställer tillsynsplanen för 2025.
\f
§ 45 Strandskyddsdispens vid Gäddviken
Dnr 2024/087
Sökanden vill bygga en brygga på 12 meter vid sin fritidsfastighet. Området är klassat som värdefullt för fågellivet.
Beslut
Nämnden avslår ansökan om strandskyddsdispens.

§ 46 Ekonomisk uppföljning september
Nämnden redovisar ett överskott på 1,3 miljoner kronor, främst till följd av högre intäkter från bygglovsavgifter.
Nämnden noterar informationen.

§ 47 Delegationsbeslut
Förteckningen över delegationsbeslut för perioden 1 augusti–30 september läggs till handlingarna.

§ 48 Övriga frågor
Mikael Fält frågar om kommunens arbete med enskilda avlopp. Tobias Ek återkommer med en lägesrapport i december.

Vid protokollet
Linnéa Storm
"""

BATKLUBBEN = """Protokoll styrelsemöte
Båtklubben Sjöstjärnan
Datum: 2025-03-04
Plats: Klubbstugan vid Norrviken
Närvarande: Agneta Lund (ordförande), Jöran Ståhl, Märta Wik, Olle Fredén (sekreterare)

1. Mötets öppnande
Ordföranden öppnade mötet och hälsade alla välkomna.

2. Föregående protokoll
Protokollet från februarimötet godkändes och lades till handlingarna.

3. Ekonomi
Kassören rapporterade att 84 av 97 medlemmar har betalat årsavgiften.
Beslut: Styrelsen beslutade att höja avgiften för vinterförvaring till 1 200 kr.

4. Sjösättning i maj
\f
Sjösättningen planeras till lördagen den 10 maj. Märta bokar kranbilen och gör schemat.

5. Bryggan vid gästhamnen
Två bryggdäck behöver bytas före sommaren. Jöran har tagit in en offert på 18 500 kr.
Beslut: Styrelsen beslutade att anta offerten.

6. Övriga frågor
Olle föreslog en städdag den 26 april. Förslaget bifölls.

7. Mötets avslutande
Ordföranden tackade för visat intresse och avslutade mötet.
"""


def as_text(text: str, tmp_path: Path):
    """The meeting that the minutes give when read as a .txt file."""
    path = tmp_path / "som-text.txt"
    path.write_text(text, encoding="utf-8")
    return parse_file(path).meetings[0]


def item_keys(meeting) -> set[tuple]:
    return {(item.number, " ".join(item.title.replace("–", "-").split()).casefold()) for item in meeting.items}


def share_of_items(scanned, text) -> float:
    """How many of the text version's (number, title) pairs the scan gave too."""
    expected = item_keys(text)
    return len(expected & item_keys(scanned)) / len(expected)


def ocr_flag(meeting) -> str:
    return next(flag for flag in meeting.flags if flag.startswith("OCR: s."))


@ocr
def test_scanned_minutes_read_like_their_text_version(tmp_path):
    pdf = scanned_pdf(NAMNDEN, tmp_path / "skannat.pdf", dpi=200, tilts=(-1.0, 1.5), noise=0.001)
    assert all(not page.extract_text().strip() for page in PdfReader(pdf).pages)  # image only
    result = parse_file(pdf)
    assert result.error is None, result.error
    scanned, text = result.meetings[0], as_text(NAMNDEN, tmp_path)
    assert (scanned.date, scanned.body) == (text.date, text.body)
    assert text.body == "Lönnviks kommun, Miljö- och byggnadsnämnden" and text.date == "2024-10-08"
    assert share_of_items(scanned, text) >= 0.9, sorted(item_keys(text) - item_keys(scanned))
    flag = ocr_flag(scanned)
    assert flag.startswith("OCR: s. 1–2 av 2 saknade textlager och lästes med Tesseract (swe), medelkonfidens ")
    assert int(flag.split("medelkonfidens ")[1].split(" %")[0]) >= 80
    assert any("paragraftecken återställda" in f for f in scanned.flags)  # the Swedish model has no "§"
    assert not any(f.startswith("VARNING") for f in scanned.flags)
    assert "Nämnden avslår ansökan om strandskyddsdispens." in {d.text for i in scanned.items for d in i.decisions}
    pages = [item.page for item in scanned.items]
    assert pages[0] == 1 and pages[-1] == 2 and pages == sorted(pages)  # citations can say "s. 2"


@ocr
def test_inspect_shows_which_pages_were_read_with_ocr(tmp_path):
    pdf = scanned_pdf(BATKLUBBEN.replace("\f", ""), tmp_path / "styrelsemote.pdf", dpi=150, tilts=(1.0,))
    shown = invoke_cli("inspect", str(pdf))
    assert shown.returncode == 0, shown.stderr
    assert "Datum: 2025-03-04" in shown.stdout
    assert "Flagga: OCR: s. 1 av 1 saknade textlager och lästes med Tesseract (swe), medelkonfidens " in shown.stdout


def text_layer_pdf(lines: list[str], path: Path) -> Path:
    """A one-page PDF whose text is a real text layer (Helvetica, WinAnsi: å, ä, ö and – are in it)."""
    writer = PdfWriter()
    page = writer.add_blank_page(595, 842)
    font = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                             NameObject("/BaseFont"): NameObject("/Helvetica"),
                             NameObject("/Encoding"): NameObject("/WinAnsiEncoding")})
    fonts = DictionaryObject({NameObject("/F1"): font})
    page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): fonts})
    shown = [line.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
             for line in lines]
    stream = ContentStream(None, writer)
    stream.set_data(b"BT /F1 11 Tf 15 TL 60 780 Td " + b" ".join(b"(" + line + b") Tj T*" for line in shown) + b" ET")
    page.replace_contents(stream)
    writer.write(path)
    return path


def mixed_pdf(text: str, path: Path) -> Path:
    """Page 1 with a text layer, page 2 scanned (150 dpi, turned 1°): the text's two parts split at "\\f"."""
    first, second = text.split("\f")
    writer = PdfWriter(clone_from=text_layer_pdf(first.strip("\n").splitlines(), path.with_suffix(".sida1.pdf")))
    writer.append(scanned_pdf(second, path.with_suffix(".sida2.pdf"), dpi=150, tilts=(1.0,)))
    writer.write(path)
    return path


@ocr
def test_mixed_pdf_keeps_its_text_layer_and_reads_the_scanned_page(tmp_path):
    pdf = mixed_pdf(BATKLUBBEN, tmp_path / "blandad.pdf")
    pages = PdfReader(pdf).pages
    assert "Båtklubben Sjöstjärnan" in pages[0].extract_text() and needs_ocr(pages[1].extract_text())
    result = parse_file(pdf)
    assert result.error is None, result.error
    scanned, text = result.meetings[0], as_text(BATKLUBBEN.replace("\f", ""), tmp_path)
    assert scanned.date == "2025-03-04" and scanned.body == text.body
    assert share_of_items(scanned, text) >= 0.9, sorted(item_keys(text) - item_keys(scanned))
    assert ocr_flag(scanned).startswith("OCR: s. 2 av 2 saknade textlager")
    items = {item.number: item for item in scanned.items}
    assert "kranbilen" in items["4"].text  # the item's title on page 1, its text on the scanned page 2
    assert [d.text for d in items["5"].decisions] == ["Styrelsen beslutade att anta offerten."]


def test_a_short_page_of_real_text_keeps_its_text_layer(tmp_path):
    """Few letters but no scan on the page (a signature page): not OCR'd, so Tesseract is not needed."""
    first, _ = BATKLUBBEN.split("\f")
    writer = PdfWriter(clone_from=text_layer_pdf(first.strip("\n").splitlines(), tmp_path / "sida1.pdf"))
    writer.append(text_layer_pdf(["Justeras:", "Agneta Lund"], tmp_path / "sida2.pdf"))
    writer.write(tmp_path / "text.pdf")
    assert needs_ocr(PdfReader(tmp_path / "text.pdf").pages[1].extract_text())
    meeting = parse_file(tmp_path / "text.pdf").meetings[0]
    assert meeting.date == "2025-03-04" and [i.number for i in meeting.items] == ["1", "2", "3", "4"]
    assert not any("OCR" in flag for flag in meeting.flags)


def scribbles(dpi: int = 150):
    """A page of pen strokes and no letters (a signature page, a drawing): ink that OCR cannot read."""
    from PIL import Image, ImageDraw

    image = Image.new("L", (round(8.27 * dpi), round(11.69 * dpi)), 255)
    draw, rng = ImageDraw.Draw(image), random.Random(3)
    for _ in range(40):
        x, y = rng.randrange(image.width), rng.randrange(image.height)
        draw.line([(x + rng.randint(-200, 200), y + rng.randint(-60, 60)) for _ in range(12)], fill=0, width=4)
    return image


def blank(dpi: int = 150):
    from PIL import Image

    return Image.new("L", (round(8.27 * dpi), round(11.69 * dpi)), 255)


@ocr
def test_unreadable_pages_are_named_and_left_out_loudly(tmp_path):
    pages = page_images(BATKLUBBEN.replace("\f", ""), dpi=150) + [scribbles(), blank()]
    pdf = tmp_path / "med-klotter.pdf"
    pages[0].save(pdf, "PDF", save_all=True, append_images=pages[1:], resolution=150)
    result = parse_file(pdf)
    assert result.error is None, result.error
    meeting = result.meetings[0]
    assert meeting.date == "2025-03-04" and len(meeting.items) == 7
    assert ocr_flag(meeting).startswith("OCR: s. 1 av 3 saknade textlager")
    assert "OCR: s. 3 är tom (ingen text att läsa)" in meeting.flags
    warning = next(f for f in meeting.flags if f.startswith("VARNING"))
    assert warning.startswith("VARNING: s. 2 (ingen text) gick inte att läsa med OCR och saknas i sökningen")
    assert warning in result.warnings  # `minutes ingest` prints it


@ocr
def test_a_scan_where_nothing_can_be_read_is_refused_with_its_pages(tmp_path):
    pdf = tmp_path / "bara-klotter.pdf"
    scribbles().save(pdf, "PDF", save_all=True, append_images=[scribbles()], resolution=150)
    result = parse_file(pdf)
    assert result.documents == []
    assert result.error.startswith("PDF-filen är skannad men ingen sida gick att läsa med OCR: s. 1 (ingen text), "
                                   "s. 2 (ingen text)")


@needs_font
def test_without_tesseract_a_scan_gets_a_swedish_reason(tmp_path):
    pdf = scanned_pdf("Protokoll\nDatum: 2025-01-01\n\n1. Mötets öppnande\n", tmp_path / "skannat.pdf", dpi=150)
    # An empty PATH: the `minutes` command as on a machine where Tesseract was never installed.
    shown = subprocess.run(MINUTES + ["inspect", str(pdf)], capture_output=True, text=True, timeout=120,
                           env={**os.environ, "PATH": str(tmp_path)})
    assert shown.returncode != 0
    assert "Traceback" not in shown.stderr
    assert ("PDF-filen är skannad (s. 1 saknar textlager) och behöver OCR, men Tesseract är inte installerat; "
            "installera tesseract-ocr och tesseract-ocr-swe") in shown.stderr


def test_paragraph_signs_the_swedish_model_cannot_read_are_restored_only_where_unambiguous():
    assert restore_section_signs("$ 12 Val av justerare\n8 13 Dagordning\n&14 Budget") == (
        "§ 12 Val av justerare\n§ 13 Dagordning\n§14 Budget", 3)
    assert restore_section_signs("Paragrafer $$ 12-16") == ("Paragrafer §§ 12-16", 1)
    unchanged = "8 st stolar köptes in.\n8 12\nDet kostade $ 14 styck.\n812 Budget"
    assert restore_section_signs(unchanged) == (unchanged, 0)


def test_a_page_needs_ocr_when_its_text_layer_has_hardly_any_letters():
    assert needs_ocr("") and needs_ocr("  3 (7)  ") and needs_ocr("Skannad med X")
    assert not needs_ocr("1. Mötets öppnande. Ordföranden öppnade mötet.")
    assert len("Skannad med X") < MIN_LETTERS
    assert page_list([5, 1, 2, 3]) == "s. 1–3, 5"


@ocr
@needs_shared
def test_a_scanned_copy_of_a_sample_keeps_its_date_and_items(tmp_path):
    """One of the real samples, drawn as a 200-dpi scan with tilted, speckled pages (its text is not kept)."""
    text_version = parse_file(sample("003")).meetings[0]
    pdf = scanned_pdf(sample("003").read_text(encoding="utf-8"), tmp_path / "skannat-prov.pdf", dpi=200,
                      tilts=(0.0, 1.5, -1.0))
    scanned = parse_file(pdf).meetings[0]
    assert scanned.date == text_version.date
    assert share_of_items(scanned, text_version) >= 0.9, sorted(item_keys(text_version) - item_keys(scanned))
    assert ocr_flag(scanned).startswith("OCR: s. 1")
    pages = [item.page for item in scanned.items]
    assert None not in pages and pages == sorted(pages) and pages[-1] > 1  # answers cite the scan's pages
