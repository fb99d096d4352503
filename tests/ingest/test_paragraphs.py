"""Rebuilding paragraphs from lines (ingest.paragraphs)."""

from __future__ import annotations

from ingest.paragraphs import paragraphs


def test_a_wrapped_sentence_is_one_paragraph():
    assert paragraphs(["Styrelsen beslutade att anta", "offerten från Myrby Bygg."]) == [
        "Styrelsen beslutade att anta offerten från Myrby Bygg."]


def test_each_row_of_a_task_list_written_with_dashes_is_its_own_paragraph():
    lines = ["Att göra", "Omid Rahimi – boka två utbildningar – 21/2", "Alla – semesterönskemål till Lena – 15/3"]
    assert paragraphs(lines) == lines
