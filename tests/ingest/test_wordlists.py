"""Word's numbered lists (ingest.wordlists): the numbers Word shows, which the paragraphs' text lacks."""

from __future__ import annotations

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from ingest import parse_file
from ingest.readers import read_pages


def _numbered(document, formats: list[tuple[str, str]]) -> str:
    """A list definition with one level per (numFmt, lvlText); returns its numId."""
    numbering = document.part.numbering_part.element
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), "77")
    for ilvl, (fmt, text) in enumerate(formats):
        level = OxmlElement("w:lvl")
        level.set(qn("w:ilvl"), str(ilvl))
        for tag, value in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", text)):
            child = OxmlElement(tag)
            child.set(qn("w:val"), value)
            level.append(child)
        abstract.append(level)
    numbering.insert(0, abstract)  # abstract lists come before the list instances
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), "77")
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), "77")
    num.append(ref)
    numbering.append(num)
    return "77"


def _entry(document, text: str, num_id: str, ilvl: int) -> None:
    paragraph = document.add_paragraph(text)
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = ilvl
    num_pr.get_or_add_numId().val = int(num_id)


def test_an_agenda_written_as_a_word_list_keeps_its_numbers(tmp_path):
    document = docx.Document()
    document.add_paragraph("Minnesanteckningar – Styrelsen för Ekbacka fritidsgård")
    document.add_paragraph("Datum: 2025-03-04")
    document.add_paragraph("Närvarande: Eva Lind, Per Holm")
    num_id = _numbered(document, [("decimal", "%1."), ("decimal", "%1.%2"), ("lowerLetter", "%3)")])
    _entry(document, "Mötets öppnande", num_id, 0)
    document.add_paragraph("Eva öppnade mötet.")
    _entry(document, "Ekonomi", num_id, 0)
    _entry(document, "Budget 2025", num_id, 1)
    document.add_paragraph("Beslut: Budgeten fastställdes.")
    _entry(document, "Bidrag", num_id, 1)
    _entry(document, "kommunens bidrag", num_id, 2)
    _entry(document, "Övrigt", num_id, 0)
    path = tmp_path / "lista.docx"
    document.save(path)

    text = "\n".join(read_pages(path))
    assert "1. Mötets öppnande" in text and "2.2 Bidrag" in text and "a) kommunens bidrag" in text
    assert "3. Övrigt" in text  # the sub-levels' counters do not run on into the next top-level entry
    items = parse_file(path).meetings[0].items
    assert [item.number for item in items] == ["1", "2.1", "2.2", "3"]  # "2. Ekonomi", without text, heads its
    assert items[1].title.startswith("Ekonomi") or "Ekonomi" in str(items[1].parents)  # sub-items
    assert items[1].decisions[0].text == "Budgeten fastställdes."


def test_paragraphs_without_numbering_and_bullets_read_as_before(tmp_path):
    document = docx.Document()
    document.add_paragraph("Vanlig text.")
    document.add_paragraph("En punkt i en punktlista", style="List Bullet")
    path = tmp_path / "punkter.docx"
    document.save(path)
    assert read_pages(path)[0].split("\n") == ["Vanlig text.", "- En punkt i en punktlista"]
