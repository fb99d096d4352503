"""Rebuilding paragraphs from lines (ingest.paragraphs)."""

from __future__ import annotations

from ingest.paragraphs import REMOVED, paragraphs


def test_a_wrapped_sentence_is_one_paragraph():
    assert paragraphs(["Styrelsen beslutade att anta", "offerten från Myrby Bygg."]) == [
        "Styrelsen beslutade att anta offerten från Myrby Bygg."]


def test_each_row_of_a_task_list_written_with_dashes_is_its_own_paragraph():
    lines = ["Att göra", "Omid Rahimi – boka två utbildningar – 21/2", "Alla – semesterönskemål till Lena – 15/3"]
    assert paragraphs(lines) == lines


def test_text_on_either_side_of_a_removed_line_is_joined_only_when_a_sentence_runs_on():
    # A presenter's name taken out between a list entry and the next paragraph (blank lines after every line,
    # as PDF text has them): the two were not adjacent in the file, so no quote may run across them.
    lines = ["Underlag:", "", "1.2 Bilaga – Sammanställning utfall", "", REMOVED, "", "Ewa redogör för bakgrund",
             "", "och ambition.", "", "Ewa svarar att", "", "det gäller alla."]
    assert paragraphs(lines) == ["Underlag:", "1.2 Bilaga – Sammanställning utfall",
                                 "Ewa redogör för bakgrund och ambition.", "Ewa svarar att det gäller alla."]
    assert paragraphs(["Ledningsgruppen ställer sig", REMOVED, "bakom förslaget."]) == [
        "Ledningsgruppen ställer sig bakom förslaget."]


def test_a_reference_line_is_a_paragraph_of_its_own():
    assert paragraphs(["Dnr MHN 2024-0131", "", "Miljö- och hälsoskyddsnämndens beslut", "Bidrag beviljas."])[0] == \
        "Dnr MHN 2024-0131"
