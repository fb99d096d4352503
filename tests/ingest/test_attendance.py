"""Attendance written as prose, wrapped list lines and a chair's label with a reason (ingest.header, ingest.people)."""

from __future__ import annotations

from ingest import parse_file

PROSE = """Styrelsemöte Granbo GK

Tid: tisdag 19/8-25, kl. 18.00–20.15
Närvarande: ordf. Gunnar Ek, Carina Lind, kassören Lars-Erik Mo, Sanna Berg (junioransvarig), Björn Teg och Eva-Lena Hjelm. Pernilla Tors var bortrest, så Carina Lind förde protokollet. Klubbchef Daniel Frisk var adjungerad.
Förhinder: Ulla Matt, Grytvik. I hennes ställe kom kollegan Petter Wik.

1) Mötet öppnas
Gunnar öppnade mötet.
"""

COLUMNS = """ÅSBY KOMMUN          SAMMANTRÄDESPROTOKOLL
Direktionen

Sammanträdesdatum    2025-12-11

Mötesordförande: Tomas Ek (vice ordf.), eftersom ordförande Pia Grön var på kurs

Beslutande           Anna Fors (S), ordförande
                     Roger Sand (SD), tjänstgörande ersättare för
                     Fredrik Oskar (SD)

Justeringens         Förbundskontoret, onsdag 17 december 2025
plats och tid

§ 49 Val av justerare
Anna utses.
"""


def _meeting(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = parse_file(path)
    assert result.error is None, result.error
    return result.meetings[0]


def test_attendance_in_sentences_names_roles_before_names_absences_stand_ins_and_the_minutes_taker(tmp_path):
    meeting = _meeting(tmp_path, "gk.md", PROSE)
    present = {a.name: a.role for a in meeting.attendees}
    assert list(present)[:6] == ["Gunnar Ek", "Carina Lind", "Lars-Erik Mo", "Sanna Berg", "Björn Teg", "Eva-Lena Hjelm"]
    assert present["Lars-Erik Mo"] == "kassören" and present["Daniel Frisk"] == "klubbchef"
    assert "Ulla Matt" in present["Petter Wik"]  # came in her place
    assert [a.name for a in meeting.absentees] == ["Pernilla Tors", "Ulla Matt"]
    assert [a.listed_as for a in meeting.absentees] == [None, "Förhinder"]  # the list's label as written
    assert meeting.chair == "Gunnar Ek" and meeting.secretary == "Carina Lind"


def test_a_chair_label_with_a_reason_and_a_list_line_that_goes_on(tmp_path):
    meeting = _meeting(tmp_path, "d.txt", COLUMNS)
    assert meeting.chair == "Tomas Ek"
    roles = {a.name: a.role for a in meeting.attendees}
    assert roles["Roger Sand"] == "tjänstgörande ersättare för Fredrik Oskar"
    assert "Fredrik Oskar" not in roles and not any(name.startswith("Justeringens") for name in roles)


STAMMA = """ÅSBY VILTVÅRDSOMRÅDESFÖRENING
Protokoll fört vid ordinarie årsstämma

Tid: söndagen den 18 maj 2025, kl. 14.00–16.40
Mötets ordförande: Göran Lind
Närvarande: 34 röstberättigade medlemmar enligt bilagd närvarolista. Från styrelsen deltog Bengt Lid (ordförande), Sune Halv (kassör) och Jonas Vik. Föreningens revisor Kjell Sand var närvarande.

§ 1. Stämmans öppnande
Bengt öppnade stämman.
"""


def test_a_count_first_then_the_people_in_a_sentence_and_the_chair_of_the_meeting(tmp_path):
    meeting = _meeting(tmp_path, "stamma.txt", STAMMA)
    assert meeting.chair == "Göran Lind"
    assert [(a.name, a.role) for a in meeting.attendees] == [
        ("Bengt Lid", "ordförande"), ("Sune Halv", "kassör"), ("Jonas Vik", None), ("Kjell Sand", "föreningens revisor")]


PDF_COLUMNS = """RÅBY KOMMUN SAMMANTRÄDESPROTOKOLL
Kommunstyrelsens arbetsutskott Sammanträdesdatum 2025-05-14
Plats och tid Kommunhuset, sammanträdesrum Tjädern, kl. 08.30–12.10
Beslutande Anders Wik (S), ordförande
Carola Gran (M), vice ordförande
Maria Norr (S), tjänstgörande ersättare för Yvonne Ek (S)
Anmält förhinder Yvonne Ek (S)
Paragrafer §§ 143–154
§ 143 Val av justerare
Carola Gran utses att justera protokollet.
"""


def test_column_labels_without_colons_as_a_pdf_gives_them_are_not_one_long_place(tmp_path):
    # A place whose value has commas once swallowed every line after it ("Beslutande …" had no colon).
    meeting = _meeting(tmp_path, "au.txt", PDF_COLUMNS)
    assert meeting.place == "Kommunhuset, sammanträdesrum Tjädern"
    assert [a.name for a in meeting.attendees] == ["Anders Wik", "Carola Gran", "Maria Norr"]
    assert [a.name for a in meeting.absentees] == ["Yvonne Ek"]


MOVEMENTS = """Teaterföreningen Kulissen, styrelsemöte

Datum: tisdag 21/1 2025
Närvarande: Vera Alm (ordförande), Oskar Tid (teknik), Maja Lind, Hugo Wib. Rektor Helena Brodd anslöt senare, kl. 19.40.
**Kom senare:** Oskar Tid (teknik) kom kl. 19.20, under punkt 4.
Lämnade mötet: Maja Lind

1. Mötets öppnande
Vera öppnade mötet.

2. Ekonomi
Hugo kom med ett förslag om en ny bank. Vera lämnade mötet efter punkt 2, Hugo ledde resten.

3. Nästa möte
Tisdag 18 februari.
"""


def test_who_came_late_and_who_left_early_in_the_sentences_the_minutes_use(tmp_path):
    meeting = _meeting(tmp_path, "kulissen.md", MOVEMENTS)
    found = [(m.name, m.came, m.text, m.item_index) for m in meeting.movements]
    assert found == [
        ("Helena Brodd", True, "Rektor Helena Brodd anslöt senare, kl. 19.40.", None),
        ("Oskar Tid", True, "Oskar Tid (teknik) kom kl. 19.20, under punkt 4.", None),
        ("Maja Lind", False, "Maja Lind", None),
        ("Vera Alm", False, "Vera lämnade mötet efter punkt 2, Hugo ledde resten.", 1),  # the first name, listed once
    ]  # "Hugo kom med ett förslag" says nothing of when he came
    source = MOVEMENTS
    assert all(m.text in source for m in meeting.movements)  # quoted as written


GROUPED = """# Firma AB – ledningsgruppen

- **Datum:** måndag 5 maj 2025
- **Närvarande:** Rebecka Lind (ordförande), Tommy Wål, Karl Wester (gick efter punkt 4 för ett kundmöte)

## 1) Ekonomi
Text.

## 2) Övrigt
Text.
"""

BY_ORGANISATION = """LEDNINGSGRUPP FÖR BARN OCH UNGA
Mötesanteckningar 18/9 2025

Närvarande
  Region Älvmark:  Susanne Carl, Hampus Bred
  Polisen:         Björn Hamm (lämnade mötet efter punkt 5), Conny Ek
Justerare:         Hampus Bred

1. Inledning
Text.

2. Övrigt
Text.
"""

SENTENCE_LIST = """Getuddens samfällighetsförening, styrelsemöte 2025-04-26

Närvarande var ledamöterna Bengt Ax (ordförande), Kristina Hell (sekreterare) och Rolf Gran (ansvarig för vägen) samt suppleanterna Marianne Isak och Torbjörn Kall. Gun Iva (kassör) hade anmält förhinder, och Marianne Isak tjänstgjorde i hennes ställe.

§ 14 Mötets öppnande
Text.

§ 15 Övrigt
Text.
"""


def test_a_header_written_as_a_markdown_list_and_who_left_in_brackets(tmp_path):
    meeting = _meeting(tmp_path, "firma.md", GROUPED)
    assert [a.name for a in meeting.attendees] == ["Rebecka Lind", "Tommy Wål", "Karl Wester"]
    assert meeting.chair == "Rebecka Lind"
    assert [(m.name, m.came, m.text) for m in meeting.movements] == [
        ("Karl Wester", False, "Karl Wester (gick efter punkt 4 för ett kundmöte)")]


def test_attendance_grouped_by_organisation_under_a_label_of_its_own(tmp_path):
    meeting = _meeting(tmp_path, "lg.txt", BY_ORGANISATION)
    assert [(a.name, a.organisation) for a in meeting.attendees] == [
        ("Susanne Carl", "Region Älvmark"), ("Hampus Bred", "Region Älvmark"), ("Björn Hamm", "Polisen"),
        ("Conny Ek", "Polisen")]
    assert meeting.movements[0].text == "Björn Hamm (lämnade mötet efter punkt 5)"


def test_a_list_in_a_sentence_with_roles_and_samt_and_who_had_sent_apologies(tmp_path):
    meeting = _meeting(tmp_path, "getudden.txt", SENTENCE_LIST)
    assert [a.name for a in meeting.attendees] == ["Bengt Ax", "Kristina Hell", "Rolf Gran", "Marianne Isak",
                                                   "Torbjörn Kall"]
    assert [(a.name, a.role) for a in meeting.absentees] == [("Gun Iva", "kassör")]


LABELS_ABOVE_VALUES = """REGION NORRHED
PROTOKOLL  |  LK 2025-11-20
1
Dnr RN 2025/0877
Läkemedelskommittén
Protokoll, sammanträde 2025-11-20
Tid
13.00–15.45
Plats och tid
Regionhuset, Storsjön
Närvarande
Eva Sund, ordförande; Hans Åberg, vice ordförande; Anna Rönn; Ida Mark; Sofia Ny; Per-Olof
Wik (via Teams, punkt 1–6); Emil Fors, sekreterare
Adjungerade
Fredrik Lund (punkt 3), Malin Strand (punkt 5)
Justerare
Ida Mark
1.
Mötets öppnande
Ordföranden hälsade välkommen.
2.
Föregående protokoll
Protokollet är justerat.
3.
Läkemedelskostnader
Kostnaden blev 64 200 kr av beviljade 70 000 kr.
"""


def test_labels_on_lines_of_their_own_over_their_values_and_a_list_wrapped_inside_a_name(tmp_path):
    # A PDF's two-column header read row by row; the numbers stand on lines of their own, "1." as a page number too.
    meeting = _meeting(tmp_path, "lk.txt", LABELS_ABOVE_VALUES)
    assert meeting.time == "13.00–15.45" and meeting.place == "Regionhuset, Storsjön"
    assert meeting.chair == "Eva Sund" and meeting.secretary == "Emil Fors" and meeting.justerare == "Ida Mark"
    listed = {a.name: a.listed_as for a in meeting.attendees}
    assert list(listed)[:7] == ["Eva Sund", "Hans Åberg", "Anna Rönn", "Ida Mark", "Sofia Ny", "Per-Olof Wik",
                                "Emil Fors"]
    assert listed["Fredrik Lund"] == listed["Malin Strand"] == "Adjungerade"
    assert [(i.number, i.title) for i in meeting.items] == [
        ("1", "Mötets öppnande"), ("2", "Föregående protokoll"), ("3", "Läkemedelskostnader")]
    assert meeting.items[2].decisions == []  # "av beviljade 70 000 kr" grants nothing


def test_a_place_after_the_weekday_and_date_in_a_tid_och_plats_field(tmp_path):
    meeting = _meeting(tmp_path, "fs.txt", "Förbundsstyrelsen\nTid och plats: Fredagen den 20 mars 2026 kl. 09.00–12.15, "
                                           "Forshaga kommunhus, sammanträdesrum Klarälven\n\n§ 1 Öppnande\nText.\n")
    assert meeting.place == "Forshaga kommunhus, sammanträdesrum Klarälven" and meeting.time == "09.00–12.15"


def test_people_written_by_first_name_and_initial(tmp_path):
    meeting = _meeting(tmp_path, "avd.txt", "FACKFÖRBUNDET AVDELNING ÅSMARK\nPROTOKOLL AVDELNINGSSTYRELSEN\n\n"
                                            "Datum: Onsdag 11 juni 2025, kl. 09.00-12.00\n\n"
                                            "Närvarande: Johan B. (ordf.), Karin W., Sara N. (kassör), Lina H. (sekr.),\n"
                                            "            Tove S., Farid H. (HSA)\nFrånvarande: Ahmed Y.\n\n"
                                            "PUNKT 1 – ÖPPNANDE\nJohan B. öppnade mötet.\n")
    assert [a.name for a in meeting.attendees] == ["Johan B.", "Karin W.", "Sara N.", "Lina H.", "Tove S.", "Farid H."]
    assert meeting.chair == "Johan B." and meeting.secretary == "Lina H."
    assert [a.name.rstrip(".") for a in meeting.absentees] == ["Ahmed Y"]


def test_two_fields_on_one_line_and_a_secretary_elected_in_the_opening_item(tmp_path):
    meeting = _meeting(tmp_path, "ok.txt", "Åsby Orienteringsklubb\nProtokoll styrelsemöte 26 augusti 2025\n"
                                           "Plats: Klubbstugan, Idenor   Tid: 18.30–20.40\nNärvarande: Lars Ny (ordf.), "
                                           "Anna Hed, Magnus Åker\n\n1. Mötets öppnande\nOrdföranden öppnade mötet.\n"
                                           "2. Val av sekreterare och justerare\nDå sekreteraren hade förhinder valdes "
                                           "Anna Hed till sekreterare för mötet. Till justerare valdes Magnus Åker.\n"
                                           "3. Ekonomi\nKassan är god.\n")
    assert (meeting.place, meeting.time) == ("Klubbstugan, Idenor", "18.30–20.40")
    assert (meeting.chair, meeting.secretary, meeting.justerare) == ("Lars Ny", "Anna Hed", "Magnus Åker")


def test_a_list_of_first_names_is_people_and_the_one_taking_notes_is_the_secretary(tmp_path):
    meeting = _meeting(tmp_path, "rg.txt",
                       "REKTORSGRUPPEN ÅSBY  -  anteckningar 11/6 2025\nkl 13-16, Åsbyskolan (Ugglan)\n\n"
                       "Närvarande: Jonas (tf områdeschef, ordf), Elin, Oskar, Sara, Emir (antecknar)\nFrånvarande: -\n\n"
                       "1. Välkommen\nJonas hälsade välkommen.\n")
    assert [p.name for p in meeting.attendees] == ["Jonas", "Elin", "Oskar", "Sara", "Emir"]
    assert (meeting.chair, meeting.secretary, meeting.body) == ("Jonas", "Emir", "Rektorsgruppen Åsby")


def test_an_attendance_table_under_its_own_heading_with_party_role_and_a_stand_in(tmp_path):
    meeting = _meeting(tmp_path, "kpr.md",
                       "Åsby kommun\n# Kommunala pensionärsrådet\nPROTOKOLL\nTid: 20 februari 2025\n## Närvaro\n\n"
                       "| Namn | Organisation | Närvarande |\n|---|---|---|\n"
                       "| Karin Lund (S), ordförande | Kommunen, kommunalråd | Ja |\n"
                       "| Bo Ek (C) | Kommunen | Nej (ersättare Eva Ström) |\n| Eva Ström (C), ersättare | Kommunen | Ja |\n"
                       "| Sara Berg, sekreterare | Kommunledningskontoret | Ja |\n\n## § 1 Mötets öppnande\nÖppnat.\n")
    assert (meeting.chair, meeting.secretary) == ("Karin Lund", "Sara Berg")
    assert [p.name for p in meeting.attendees] == ["Karin Lund", "Eva Ström", "Sara Berg"]
    assert [p.name for p in meeting.absentees] == ["Bo Ek"] and [i.number for i in meeting.items] == ["§ 1"]


def test_roles_written_after_the_name_and_the_vice_chair_who_chaired(tmp_path):
    meeting = _meeting(tmp_path, "styrelse.txt",
                       "ÅSBY FIBER AB\nPROTOKOLL STYRELSESAMMANTRÄDE\n\nDatum: 22 januari 2026\n\n"
                       "Närvarande ledamöter: Gunnel Åkesson ordf., Birgitta Holm v. ordf., Ahmed Rashidi\n\n"
                       "§ 1 Öppnande\nOrdf. öppnade mötet.\n")
    assert meeting.chair == "Gunnel Åkesson" and meeting.body == "Åsby fiber AB, styrelsen"
    assert [p.name for p in meeting.attendees] == ["Gunnel Åkesson", "Birgitta Holm", "Ahmed Rashidi"]
    meeting = _meeting(tmp_path, "styrelse.txt",
                       "# Åsby Fiber AB – protokoll från styrelsesammanträde\n\n**Datum:** 18 september 2025\n\n"
                       "**Närvarande ledamöter**\n- Birgitta Holm, vice ordförande, tjänstgörande ordförande\n"
                       "- Ahmed Rashidi\n\n**Frånvarande:** Gunnel Åkesson (ordförande)\n\n## § 7 Ekonomi\n\n"
                       "### § 7 a) Delårsrapport\n\n**Beslut:** Styrelsen godkänner delårsrapporten.\n\n"
                       "### § 7 b) Ny finanspolicy\n\nText.\n")
    assert meeting.chair == "Birgitta Holm"
    assert [(i.number, i.title) for i in meeting.items] == [("§ 7 a", "Delårsrapport"), ("§ 7 b", "Ny finanspolicy")]


def test_the_chair_an_annual_meeting_elects_before_the_associations_chair_in_the_list(tmp_path):
    meeting = _meeting(tmp_path, "arsmote.md",
                       "# Protokoll fört vid årsmöte i Åsby Orienteringsklubb\nDatum: 16 mars 2025\n## Närvarande\n\n"
                       "| Namn | Funktion |\n|---|---|\n| Lars Nyström | Ordförande |\n| Karin Ek | Sekreterare |\n"
                       "| Bengt Hammar | Gäst |\n\n## 1. Mötets öppnande\nLars öppnade mötet.\n\n"
                       "## 2. Val av mötesordförande\nTill mötesordförande valdes Bengt Hammar.\n")
    assert (meeting.chair, meeting.secretary, meeting.body) == ("Bengt Hammar", "Karin Ek",
                                                                "Åsby Orienteringsklubb, årsmötet")


def test_a_role_label_on_its_own_line_over_the_name(tmp_path):
    meeting = _meeting(tmp_path, "lg.txt",
                       "MINNESANTECKNINGAR\nLedningsgrupp Åskliniken\nDatum\n2024-10-15\nOrdförande\nKarin Lund\n"
                       "Sekreterare\nLena Ek\nUtses att justera\nPer Holm\nNärvarande\nKarin Lund, Lena Ek, Per Holm\n\n"
                       "1 Mötets öppnande\nKarin öppnar mötet.\n")
    assert (meeting.chair, meeting.secretary, meeting.justerare) == ("Karin Lund", "Lena Ek", "Per Holm")
