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
