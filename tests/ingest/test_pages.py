"""ingest.pages: which pages an agenda item stands on, found in the pages as read."""

from __future__ import annotations

from pathlib import Path

from ingest import parse_file
from ingest.models import AgendaItem
from ingest.pages import with_pages
from tests.conftest import TEST_MINUTES, needs_shared

FORMATS = Path(__file__).resolve().parents[2].parent / "shared" / "minutes-formats"


def test_items_get_the_pages_they_start_and_end_on_whatever_reading_cleaned_up():
    items = [AgendaItem(number="1", title="Mötets öppnande", text="Ordföranden hälsade välkommen."),
             AgendaItem(number="2", title="Regiondirektörens rapport", text="Regiondirektören rapporterade om "
                        "ekonomin. Underskottet väntas minska under våren."),
             AgendaItem(number="3", title="Övriga frågor", text="Inga.")]
    pages = ["Protokoll\n1. Mötets öppnande\nOrdföranden hälsade välkommen.\n2. Regiondirek-\ntörens rapport\n"
             "Regiondirektören rapporterade om ekonomin.\nSida 1 av 2",
             "Underskottet väntas minska\nunder våren.\n3. Övriga frågor\nInga."]
    placed = with_pages(items, pages)
    assert [(i.page, i.last_page, i.pages) for i in placed] == [(1, 1, "s. 1"), (1, 2, "s. 1–2"), (2, 2, "s. 2")]
    assert with_pages(items, ["allt på en sida"]) == items  # text files: no page numbers


def test_a_pdf_test_document_cites_its_pages():
    meeting = parse_file(TEST_MINUTES / "idrottsforbundet-2024-11-20.pdf").meetings[0]
    assert [(item.number, item.page) for item in meeting.items] == [("I", 1), ("II", 1), ("III", 2), ("IV", 2)]
    assert parse_file(next(TEST_MINUTES.glob("*.txt"))).meetings[0].items[0].page is None


@needs_shared
def test_the_sample_rendered_as_pdf_has_its_items_on_pages_in_order():
    meeting = parse_file(next(FORMATS.glob("003_*.pdf"))).meetings[0]
    pages = [item.page for item in meeting.items]
    assert None not in pages and pages == sorted(pages) and pages[0] == 1 and pages[-1] >= 3


def test_a_date_only_in_the_running_footer_dates_the_meeting(tmp_path):
    from pypdf import PdfWriter

    from tests.ingest.test_ocr_pdf import text_layer_pdf

    footer = "ÅOK styrelsemöte 2025-11-18 - Protokoll nr 8/2025"
    first = text_layer_pdf(["Åsby Orienteringsklubb - Styrelsen", "PROTOKOLL nr 8/2025", "Plats: Klubbstugan",
                            "1. Mötets öppnande", "Ordföranden öppnade mötet.", "2. Ekonomi", "Kassan är god.",
                            footer, "Sida 1 av 2"], tmp_path / "s1.pdf")
    second = text_layer_pdf(["3. Kartor", "Kartan är klar.", "4. Mötets avslutande", "Mötet avslutades.", footer,
                             "Sida 2 av 2"], tmp_path / "s2.pdf")
    writer = PdfWriter(clone_from=first)
    writer.append(second)
    writer.write(tmp_path / "protokoll_nr8.pdf")
    meeting = parse_file(tmp_path / "protokoll_nr8.pdf").meetings[0]
    assert meeting.date == "2025-11-18" and "sidfoten" in " ".join(meeting.flags)
    assert [i.number for i in meeting.items] == ["1", "2", "3", "4"]
    assert not any(footer in item.text for item in meeting.items)  # still page furniture in the text
