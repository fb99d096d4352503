"""Reading files: encodings, formats, and bad input named with a reason."""

from __future__ import annotations

import docx

from ingest import find_files, parse_file
from ingest.readers import ReadError, read_pages

from tests.conftest import EXAMPLES


def test_utf16_and_latin1_text_are_decoded(tmp_path):
    text = "Protokoll\nDatum: 2024-01-15\n\n1. Mötets öppnande\nOrdföranden öppnade mötet.\n"
    (tmp_path / "a.txt").write_bytes(text.encode("utf-16"))
    (tmp_path / "b.txt").write_bytes(text.encode("latin-1"))
    for name in ("a.txt", "b.txt"):
        meeting = parse_file(tmp_path / name).meetings[0]
        assert meeting.items[0].title == "Mötets öppnande"


def test_empty_corrupt_and_unsupported_files_are_named_with_reason(tmp_path):
    (tmp_path / "tom.txt").write_text("")
    (tmp_path / "trasig.pdf").write_bytes(b"%PDF-1.4 inte en riktig pdf")
    (tmp_path / "slump.docx").write_bytes(bytes(range(256)) * 4)
    for name, reason in [("tom.txt", "tom"), ("trasig.pdf", "PDF"), ("slump.docx", "DOCX")]:
        result = parse_file(tmp_path / name)
        assert result.documents == [] and reason in result.error


def test_unsupported_suffix_is_refused(tmp_path):
    path = tmp_path / "bild.png"
    path.write_bytes(b"\x89PNG")
    try:
        read_pages(path)
    except ReadError as exc:
        assert ".png" in str(exc)
    else:
        raise AssertionError("ReadError väntades")


def test_folders_are_read_recursively_and_missing_paths_reported(tmp_path):
    files, missing = find_files([EXAMPLES, tmp_path / "finns-inte"])
    assert len(files) == len(list(EXAMPLES.iterdir()))
    assert missing[0].error == "filen eller mappen finns inte"


def test_docx_heading_styles_and_attendance_table(tmp_path):
    document = docx.Document()
    document.add_heading("Protokoll", level=1)
    document.add_paragraph("Datum: 2024-02-01")
    table = document.add_table(rows=3, cols=2)
    for row, (name, role) in zip(table.rows, [("Namn", "Roll"), ("Eva Ek", "ordförande"), ("Bo Ask", "ledamot")]):
        row.cells[0].text, row.cells[1].text = name, role
    document.add_heading("1. Budget 2025", level=2)
    document.add_paragraph("Beslut: Styrelsen fastställer budgeten.")
    document.add_heading("2. Övrigt", level=2)
    document.add_paragraph("Inget att ta upp.")
    path = tmp_path / "styrelse.docx"
    document.save(path)
    meeting = parse_file(path).meetings[0]
    assert meeting.date == "2024-02-01"
    assert [(i.number, i.title) for i in meeting.items] == [("1", "Budget 2025"), ("2", "Övrigt")]
    assert meeting.items[0].decisions[0].text == "Styrelsen fastställer budgeten."


def test_file_without_agenda_is_kept_as_one_item_with_flag(tmp_path):
    path = tmp_path / "lapp.txt"
    path.write_text("Vi pratade om sommarfesten och bestämde att den blir i juni.\n", encoding="utf-8")
    meeting = parse_file(path).meetings[0]
    assert len(meeting.items) == 1 and meeting.items[0].number is None
    assert any("ingen dagordning" in flag for flag in meeting.flags)


def _table_document(path, rows, paragraphs=()):
    """A DOCX with the paragraphs and then a table of the rows (tuples of cell texts)."""
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for row, values in zip(table.rows, rows):
        for cell, value in zip(row.cells, values):
            cell.text = value
    document.save(path)
    return path


def test_docx_agenda_table_rows_become_items_with_presenters(tmp_path):
    rows = [("Punkt", "Ärende", "Föredragande"), ("1", "Mötets öppnande\nOrdföranden öppnade mötet.", "Ann Ek"),
            ("2", "Simhallen\nBeslut: Nämnden beslutar att renovera simhallen 2026.", "Bo Ahl")]
    path = _table_document(tmp_path / "fritid.docx", rows, ("Protokoll", "Fritidsnämnden", "Datum: 2025-05-06"))
    meeting = parse_file(path).meetings[0]
    assert [(i.number, i.title, i.presenter) for i in meeting.items] == [
        ("1", "Mötets öppnande", "Ann Ek"), ("2", "Simhallen", "Bo Ahl")]
    assert "renovera simhallen" in meeting.items[1].decisions[0].text


def test_minutes_set_as_one_table_name_the_body_and_fill_the_header_from_its_first_row(tmp_path):
    rows = [("Punkt", "Ärende", "Anteckning", "Ansvarig"),
            ("Mötesuppgifter", "Ledningsgruppen, Åskliniken, Åsby sjukhus; Datum: 2024-12-10; Ordförande: Karin Lund; "
                               "Sekreterare: Lena Ek; Närvarande: Karin Lund, Lena Ek, Per Holm", "", ""),
            ("1", "Öppnande", "Karin öppnar mötet.", "Karin Lund"),
            ("2", "Vårdplatser", "Beslut: Fyra vårdplatser öppnas.", "Per Holm")]
    meeting = parse_file(_table_document(tmp_path / "lg.docx", rows)).meetings[0]
    assert meeting.body == "Ledningsgruppen, Åskliniken, Åsby sjukhus"  # not the column headings
    assert (meeting.date, meeting.chair, meeting.secretary) == ("2024-12-10", "Karin Lund", "Lena Ek")


def test_a_docx_header_table_with_one_paragraph_per_person_in_a_cell(tmp_path):
    document = docx.Document()
    document.add_heading("ÅSBY KOMMUN", level=1)
    document.add_heading("Omsorgsnämnden", level=1)
    document.add_paragraph("Sammanträdesdatum 2025-06-10")
    table = document.add_table(rows=0, cols=2)
    for label, entries in [("Beslutande", ["Johan Ek (M), mötesordförande", "Lena Berg (C)", "Per Nyström (S)"]),
                           ("Anmält förhinder", ["Maria Lind (S), ordförande"]),
                           ("Justerare", ["Lena Berg (C)"])]:
        cells = table.add_row().cells
        cells[0].text = label
        cells[1].text = entries[0]
        for entry in entries[1:]:
            cells[1].add_paragraph(entry)
    document.add_heading("§ 22 Val av justerare", level=2)
    document.add_paragraph("Lena Berg utses.")
    path = tmp_path / "omsorg.docx"
    document.save(path)
    (meeting,) = parse_file(path).meetings
    assert meeting.chair == "Johan Ek" and meeting.justerare.startswith("Lena Berg")
    assert [p.name for p in meeting.attendees] == ["Johan Ek", "Lena Berg", "Per Nyström"]
    assert [(p.name, p.role) for p in meeting.absentees] == [("Maria Lind", "ordförande")]
