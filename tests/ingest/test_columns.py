"""Attendance printed in two columns (ingest.columns)."""

from __future__ import annotations

from ingest.columns import one_column


def test_columns_aligned_with_spaces_become_one_list_after_the_other():
    lines = ["Beslutande                          Ersättare",
             "Göran Ek (C), ordförande            Ingrid Sand (S)",
             "Lena Berg (S)                       Rolf Vide (M)",
             "Nils Brant (KD), tjänstgörande ersättare",
             "  för Eva Holm (KD)",
             "",
             "Övriga närvarande                   Helena Vik, chef"]
    assert one_column(lines) == ["Beslutande", "Göran Ek (C), ordförande", "Lena Berg (S)",
                                 "Nils Brant (KD), tjänstgörande ersättare för Eva Holm (KD)",
                                 "Ersättare", "Ingrid Sand (S)", "Rolf Vide (M)", "", lines[-1]]


def test_a_table_row_with_two_cells_too():
    lines = ["Beslutande | Ersättare", "Göran Ek (C), ordförande | Ingrid Sand (S)", "Lena Berg (S)"]
    assert one_column(lines) == ["Beslutande", "Göran Ek (C), ordförande", "Lena Berg (S)", "Ersättare",
                                 "Ingrid Sand (S)"]


def test_other_tables_are_left_as_they_are():
    lines = ["| Vad | Vem | När |", "| Boka lokal | Anna | 3/4 |"]
    assert one_column(lines) == lines
