"""Minutes shapes beyond the samples, on the invented example minutes shipped in examples/."""

from __future__ import annotations

from ingest import parse_file

from .conftest import EXAMPLES


def meeting(name):
    return parse_file(EXAMPLES / name).parsed.meeting


def test_municipal_protocol_with_paragraph_numbers_and_anslag():
    m = meeting("2024-03-12-socialnamnden-protokoll.txt")
    assert m.body == "Bergsjö kommun, Socialnämnden"
    assert m.date == "2024-03-12"
    assert [i.number for i in m.items] == ["§ 12", "§ 13", "§ 14", "§ 15", "§ 16"]
    assert m.items[3].label == "§ 15 – Riktlinjer för hemtjänst i ordinärt boende"
    assert (m.chair, m.secretary, m.justerare) == ("Karin Holm", "Maria Sundin", "Amina Yusuf")
    items = {i.number.lstrip("§ "): i for i in m.items}
    assert "åtgärdsplan" in items["14"].decisions[0].text
    # "21 placeringar …" and "12 timvikarier …" start with numbers but are text.
    assert "21 placeringar" in items["14"].text and "12 timvikarier" in items["16"].text
    assert "ANSLAG" not in items["16"].text


def test_board_markdown_with_sections_subitems_and_att_clauses():
    m = meeting("2024-05-20-roddklubben-styrelsemote.md")
    assert [(i.number, i.title) for i in m.items] == [
        ("1", "Mötets öppnande"), ("2.1", "Ordförande"), ("2.2", "Kassör"), ("3.1", "Inköp av tvåa"),
        ("3.2", "Försäljning av gammal singelsculler"), ("4", "Sommarläger för juniorer"), ("5", "Nästa möte")]
    kassor = m.items[2]
    assert kassor.parents == ["Rapporter"] and kassor.label == "punkt 2.2 – Rapporter › Kassör"
    assert m.items[3].decisions[0].text.startswith("Att köpa tvåan")
    assert "bordläggs" in m.items[5].decisions[0].text
    assert m.chair == "Sara Nyberg" and [a.name for a in m.absentees] == ["Petra Lund"]


def test_working_group_notes_with_iso_date_and_numbers_inside_text():
    m = meeting("2023-11-30-arbetsgrupp-digitalisering.txt")
    assert (m.date, m.time, m.secretary) == ("2023-11-30", "09.00–11.00", "Helena Åberg")
    assert [i.number for i in m.items] == ["1", "2", "3", "4", "5"]
    assert "3 st datorer" in m.items[2].text
    assert m.items[1].decisions[0].text.startswith("Bestämdes att Gustav")
