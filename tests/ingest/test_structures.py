"""Minutes shapes beyond the samples, on the invented example minutes shipped in examples/."""

from __future__ import annotations

from pathlib import Path

from ingest import parse_file
from ingest.normalize import normalize_pages

from tests.conftest import EXAMPLES

DATA = Path(__file__).parents[1] / "data" / "minutes"


def meeting(name):
    return parse_file(EXAMPLES / name).meetings[0]


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


DATA = EXAMPLES.parents[1] / "tests" / "data" / "minutes"


def test_vote_and_reservation_stay_with_the_decision_and_proposal_is_quoted():
    m = parse_file(DATA / "byggnadsnamnden-2024-04-16.txt").meetings[0]
    items = {i.number: i for i in m.items}
    # the labels as written, on lines of their own (a colon added once made the quote words the file lacks)
    assert "\nReservation\nTobias Wikström" in items["§ 47"].decisions[0].text
    assert "\nOmröstning\n" in items["§ 47"].decisions[0].text
    assert "vite om 50 000 kronor" in items["§ 48"].decisions[0].proposal
    assert "21 april 11.00–12.00" in items["§ 48"].text  # a line starting with a number, kept as text
    assert (m.chair, m.secretary, m.place) == ("Johan Axelsson", "Per Alm", "Stadshuset, sammanträdesrum Hjorten")
    assert "ANSLAG" not in items["§ 50"].text and "Justerandes" not in items["§ 47"].text


def test_numbered_beslut_heading_is_a_label_and_bifalles_carries_the_proposal():
    m = parse_file(DATA / "bostadsrattsforening-styrelsemote-2024-09-10.txt").meetings[0]
    fee = next(i for i in m.items if i.number == "3.2")
    assert fee.presenter is None
    assert fee.decisions[0].text == "Förslaget bifalles."
    assert fee.decisions[0].proposal == "Att höja årsavgiften med 5 procent från 1 januari 2025."


def test_word_heading_numbers_and_attendance_table():
    m = parse_file(DATA / "kulturradet-2024-06-04.docx").meetings[0]
    assert all("automatisk numrering" in " ".join(i.flags) for i in m.items)
    assert [a.name for a in m.absentees] == ["Kerstin Björk"] and m.chair == "Ylva Strand"


def test_one_file_with_three_meetings_is_three_meetings():
    meetings = parse_file(DATA / "natverk-elevhalsa-2023.txt").meetings
    assert [m.date for m in meetings] == ["2023-02-14", "2023-05-09", "2023-10-03"]
    assert len({m.id for m in meetings}) == 3 and all(len(m.items) == 3 for m in meetings)


def test_company_board_with_punkt_and_letter_subitems():
    m = parse_file(DATA / "nordljus-ab-styrelseprotokoll-2024-03-12.txt").meetings[0]
    assert m.body == "Nordljus Energi AB, styrelsen"
    assert next(i for i in m.items if i.number == "4b").label == "punkt 4b – Ekonomisk rapport › Prognos 2024"


def parse_text(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return parse_file(path).meetings[0]


def test_paragraph_number_alone_with_dnr_before_the_title(tmp_path):
    m = parse_text(tmp_path, "ksau.txt", "Protokoll\nKommunstyrelsens arbetsutskott\nSammanträdesdatum: 2025-02-18\n\n"
                   "§ 21\nDnr KS 2025/014\nEkonomisk uppföljning januari\nEkonomichefen redovisar utfallet.\n"
                   "Arbetsutskottets beslut\nArbetsutskottet godkänner redovisningen.\n\n"
                   "§ 22\nMedborgarförslag om hundrastgård\nFörslaget avslås.\n")
    assert [(i.number, i.title) for i in m.items] == [("§ 21", "Ekonomisk uppföljning januari"),
                                                      ("§ 22", "Medborgarförslag om hundrastgård")]
    assert m.items[0].text.startswith("Dnr KS 2025/014")
    assert m.items[0].decisions[0].text == "Arbetsutskottet godkänner redovisningen."


def test_printed_agenda_list_is_not_items(tmp_path):
    m = parse_text(tmp_path, "dagordning.txt", "Styrelsemöte\nDatum: 2025-03-03\n\nDagordning\n1. Mötets öppnande\n"
                   "2. Ekonomi\n3. Övrigt\n\n1. Mötets öppnande\nKim öppnade mötet.\n\n2. Ekonomi\nKassan är god.\n\n"
                   "3. Övrigt\nInget.\n")
    assert [(i.number, i.title) for i in m.items] == [("1", "Mötets öppnande"), ("2", "Ekonomi"), ("3", "Övrigt")]
    assert m.items[1].text == "Kassan är god."
    assert any("dagordningen" in note for note in m.parse_notes)


def test_arende_numbering_and_date_line_without_label(tmp_path):
    m = parse_text(tmp_path, "samverkan.txt", "MINNESANTECKNINGAR\nSamverkansmöte skola–socialtjänst\n"
                   "2025-04-09 kl. 13.00–15.00\n\nÄrende 1: Rutin för orosanmälan\nBeslutades att rutinen gäller "
                   "från 1 maj.\n\nÄrende 2: Sommarlov\nAktiviteter planeras.\n")
    assert (m.date, m.body) == ("2025-04-09", "Samverkansmöte skola–socialtjänst")
    assert [(i.number, i.title) for i in m.items] == [("1", "Rutin för orosanmälan"), ("2", "Sommarlov")]


def test_body_from_date_only_title_lines_and_meeting_kind_lines(tmp_path):
    m = parse_text(tmp_path, "e.txt", "Protokoll 2024-03-12\nStyrelsen för Föreningen Ekorren\n\n"
                   "1. Mötets öppnande\nOrdföranden öppnade.\n")
    assert (m.body, m.date) == ("Styrelsen för Föreningen Ekorren", "2024-03-12")
    m = parse_text(tmp_path, "f.txt", "Föreningen Ekorren\nStyrelsemöte 12 mars 2024\n\n§ 1 Öppnande\nMötet öppnades.\n")
    assert (m.body, m.date) == ("Föreningen Ekorren, styrelsen", "2024-03-12")


def test_dash_between_number_and_title(tmp_path):
    m = parse_text(tmp_path, "dash.txt", "Protokoll\nFöreningen Tallen, styrelsen\nDatum: 2025-01-14\n\n"
                   "Punkt 1 – Mötets öppnande\nMötet öppnades.\n\nPunkt 2 – Ekonomi\nMötet hålls 21 – 23 april.\n")
    assert [(i.number, i.title) for i in m.items] == [("1", "Mötets öppnande"), ("2", "Ekonomi")]


def test_typed_numbers_win_over_heading_styles_that_lie():
    """A PDF converted to Word: the title and one line of an item's 'Underlag' list are styled as headings,
    the items are typed '3 Överenskommelse …' in ordinary paragraphs, one paragraph per visual line."""
    document = parse_file(DATA / "vardovergangar-vastermark-2024-03-12.docx").documents[0]
    items = document.meeting.items
    assert [i.number for i in items] == [str(n) for n in range(1, 12)]
    assert items[2].title == "Överenskommelse avseende in- och utskrivning av patienter i slutenvård"
    assert items[2].presenter == "Ewa" and items[3].title.endswith("helår 2023")
    assert any("inskrivna numren 11 i följd" in note for note in document.notes)


def test_docx_running_header_after_a_page_break_is_not_the_body_or_text():
    meeting = parse_file(DATA / "socialtjanst-psykiatri-norrbacka-2024-05-14.docx").meetings[0]
    assert meeting.body == "Ledningsgruppen för socialtjänst och psykiatri i Norrbacka"
    assert not any("Sida 2 av 3" in item.text or "Mötesanteckningar 2024" in item.text for item in meeting.items)


def test_school_year_on_its_own_line_is_text_not_a_page_mark():
    assert normalize_pages(["§ 15 Riktlinjer för skolskjuts från och med läsåret\n2023/2024\nText.\n3/7"]) == [
        "§ 15 Riktlinjer för skolskjuts från och med läsåret", "2023/2024", "Text."]


def test_a_sub_items_letter_after_a_space_and_a_bracket(tmp_path):
    path = tmp_path / "kooperativet.txt"
    path.write_text("Föräldrakooperativet Humlan, styrelsemöte 2025-11-18\n\n4) Ekonomi\n\n4 a) Ekonomisk rapport\n"
                    "Resultatet godkändes.\n\n4 b) Budget 2026\nBudgeten fastställdes.\n\n5) Nästa möte\n"
                    "Tisdag 9 december. 5 a) i förra protokollet gäller inte.\n", encoding="utf-8")
    items = parse_file(path).meetings[0].items
    assert [(i.number, i.title, i.parents) for i in items] == [
        ("4 a", "Ekonomisk rapport", ["Ekonomi"]), ("4 b", "Budget 2026", ["Ekonomi"]), ("5", "Nästa möte", [])]


def test_numbers_alone_on_their_lines_with_the_title_under_them(tmp_path):
    m = parse_text(tmp_path, "ledningsgrupp.txt", "Ledningsgrupp för barn och unga\nMötesanteckningar 18/9 2025\n\n"
                   "Närvarande\n  Region: Anna Berg\n\n\n1\nInledning\nAnna hälsade välkommen.\n\n2\nUppföljning\n"
                   "- Mallen är klar, se punkt 3.\n\n3\nKöerna till BUP\nKön är 290 barn.\nBeslut: Regionen erbjuder två "
                   "utbildningar.\n\nSida\n2\nAv 3\n")
    assert [(i.number, i.title) for i in m.items] == [("1", "Inledning"), ("2", "Uppföljning"), ("3", "Köerna till BUP")]
    assert m.items[2].decisions[0].text.startswith("Regionen erbjuder")
    lone = parse_text(tmp_path, "sidnummer.txt", "Styrelsemöte 2025-03-03\n\n1. Ekonomi\nKassan är god.\n2\n"
                      "Fortsättning från förra sidan\nText.\n")
    assert [i.number for i in lone.items] == ["1"]  # one number alone is a page number, not an item


def test_html_paragraph_heading_with_the_title_in_the_next_heading(tmp_path):
    m = parse_text(tmp_path, "nämnd.html", "<html><body><h1>Barn- och utbildningsnämnden</h1><p>Sammanträde "
                   "2025-11-19</p><h2>&sect; 98</h2><h3>Val av justerare</h3><p>Nämndens beslut</p><p>Ali Sharif utses "
                   "att justera protokollet.</p><h2>&sect; 99</h2><h3>Internbudget 2026</h3><p>Budgeten fastställs.</p>"
                   "</body></html>")
    assert [(i.number, i.title) for i in m.items] == [("§ 98", "Val av justerare"), ("§ 99", "Internbudget 2026")]


def test_a_sub_items_letter_before_its_title_and_lettered_points_under_ovrigt(tmp_path):
    m = parse_text(tmp_path, "bygdegard.txt", "Bygdegårdsföreningen, styrelsemöte 2025-03-11\n\n5 Köket\n\n"
                   "5 a Bidrag till nytt kök\nAnsökan skickas.\n\n5 b Arbetsgrupp för köket\nGreta sammankallar.\n\n"
                   "6 Övrigt\na) Bryggan har två lösa bräder. Torbjörn lagar dem före midsommar.\n\nb) Koden till bommen "
                   "byts 1 maj.\n\n7 Nästa möte\nLördag 9 augusti.\n")
    assert [i.number for i in m.items] == ["5 a", "5 b", "6", "7"]
    assert "Torbjörn lagar dem" in m.items[2].text


def test_lettered_points_with_a_short_title_running_into_their_text_are_sub_items(tmp_path):
    m = parse_text(tmp_path, "folketshus.md", "# Styrelsemöte 2025-01-21\n\n## 10. Övriga frågor\n\n"
                   "a) Snöröjningen. Flera besökare har klagat på att det inte plogats vid entrén före biovisningarna "
                   "på helgerna. Per-Erik kontaktar Ljusne Entreprenad AB, som har avtalet.\n\n"
                   "b) Julbord för de frivilliga. Beslöts att bjuda på julbord.\n\n## 11. Nästa möte\n\n3 mars.\n")
    assert [(i.number, i.title) for i in m.items] == [("10a", "Snöröjningen"), ("10b", "Julbord för de frivilliga"),
                                                      ("11", "Nästa möte")]
    assert m.items[0].text.startswith("Flera besökare har klagat") and m.items[1].decisions


def test_a_running_header_several_lines_deep_is_taken_out_after_the_first_page():
    head = ["BERGSJÖ KOMMUN", "Kommunstyrelsen", "SAMMANTRÄDESPROTOKOLL", "Sammanträdesdatum", "2025-10-21"]
    pages = ["\n".join(head + ["Sida 1 (3)", "Plats och tid", "Kommunhuset", "§ 131 Budget", "Förslaget är en"]),
             "\n".join(head + ["Sida 2 (3)", "oförändrad skattesats.", "§ 132 Taxor", "Taxan höjs."]),
             "\n".join(head + ["Sida 3 (3)", "§ 133 Övrigt", "Inget."])]
    lines = [line for line in normalize_pages(pages) if line]
    assert lines[:5] == head  # the first page's letterhead names who met
    assert lines.count("Sammanträdesdatum") == 1 and "Förslaget är en" in lines
    assert lines[lines.index("Förslaget är en") + 1] == "oförändrad skattesats."


def test_minutes_pasted_into_an_e_mail_begin_at_their_document_type(tmp_path):
    m = parse_text(tmp_path, "Fwd_protokoll.txt", "Från: Lina Rydh <lina@exempel.se>\nSkickat: den 10 december 2025 15:42\n"
                   "Till: Styrelsen <styrelsen@exempel.se>\nÄmne: Justerat protokoll 5 dec\n\nHej alla!\n\n"
                   "Här kommer protokollet från i fredags.\n\nHälsningar\nLina\n\nPROTOKOLL\n"
                   "Samordningsförbundet Åsmark, förbundsstyrelsen\n\nDatum: 2025-12-05\n\n§ 39 Öppnande\nText.\n"
                   "§ 40 Budget\nStyrelsen beslutar att fastställa budgeten.\n")
    assert (m.body, m.date) == ("Samordningsförbundet Åsmark, förbundsstyrelsen", "2025-12-05")
    assert [i.number for i in m.items] == ["§ 39", "§ 40"]


def test_notes_typed_in_a_hurry_with_lower_case_item_titles(tmp_path):
    m = parse_text(tmp_path, "ungdom.txt", "ungdomssektionen ÅOK - möte tis 13/5 2025, klubbstugan\nnärv: Sara (ordf), "
                   "Jenny, Olle\nanteckn: Jenny\n\n1) träningar maj-juni\n- tisd kl 18 vid stugan\n\n2) lok\n"
                   "- närvaron ska in senast 25/8\n\n3) sommarläger\n- beslut: vi åker! anmälan till Sara senast 1/6\n")
    assert [(i.number, i.title) for i in m.items] == [("1", "träningar maj-juni"), ("2", "lok"), ("3", "sommarläger")]
    assert (m.body, m.secretary) == ("ungdomssektionen ÅOK", "Jenny")
    lone = parse_text(tmp_path, "lista.txt", "Styrelsemöte 2025-03-03\n\nVi pratade om:\n1) budget\nText.\n")
    assert [i.number for i in lone.items] == [None]  # one lower-case line is no run of items


def test_a_letterhead_the_text_layer_reads_last_on_every_page_heads_the_text():
    foot = ["ÅSBY FÖRSAMLING", "Kyrkorådet", "Sammanträdesprotokoll", "Sammanträdesdatum 2024-09-17"]
    signs = ["Justerandes sign.", "Ordförandes sign.", "Utdragsbestyrkande"]
    pages = ["\n".join(["Plats och tid", "Församlingshemmet", "§ 61 Öppnande", "Mötet öppnades."] + foot
                       + ["Sida 1 (3)"] + signs),
             "\n".join(["§ 62 Budget", "Budgeten fastställs."] + foot + ["Sida 2 (3)"] + signs),
             "\n".join(["§ 63 Övrigt", "Inget."] + foot + ["Sida 3 (3)"] + signs)]
    lines = [line for line in normalize_pages(pages) if line]
    assert lines[:5] == foot + ["Plats och tid"]  # who met, first; not after § 61's text
    assert lines.count("Kyrkorådet") == 1 and "Budgeten fastställs." in lines and "Utdragsbestyrkande" not in lines


def test_minutes_in_an_e_mail_begin_at_the_organisation_over_the_document_type(tmp_path):
    m = parse_text(tmp_path, "Fwd.txt", "Från: Malin <m@exempel.se>\nSkickat: den 29 januari 2026 08:47\nTill: Styrelsen\n"
                   "Ämne: Justerat protokoll\n\nHej!\nHär kommer protokollet.\n\nHälsningar\nMalin\n\n-----------\n"
                   "ÅSBY FIBER AB\nPROTOKOLL STYRELSESAMMANTRÄDE\n\nDatum: 22 januari 2026\n\n§ 1 Öppnande\nÖppnat.\n")
    assert (m.body, m.date) == ("Åsby fiber AB, styrelsen", "2026-01-22")


def test_hurried_notes_with_abbreviated_titles_sub_items_and_lower_case_decisions(tmp_path):
    m = parse_text(tmp_path, "vsf.txt", "åsby vsf - extra styrelsemöte\ntis 14/5 -24 kl 18\n\n1. öppn.\ngunnar öppnade.\n\n"
                   "2. bakgr\nstämman gav mandat.\n\n3. trumman\n\n3a. läget\ntrumman kollapsad.\n\n3b. offerter\n"
                   "- hagbys: 214 000 kr\nbeslut: styrelsen beslutade anta offerten fr åsby rör ab.\n\n4. övr\ninget.\n")
    assert [(i.number, i.title) for i in m.items] == [("1", "öppn."), ("2", "bakgr"), ("3a", "läget"), ("3b", "offerter"),
                                                      ("4", "övr")]
    assert m.items[3].decisions[0].text.startswith("styrelsen beslutade anta offerten")
