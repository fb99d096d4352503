"""The five sample minutes and their PDF/DOCX renderings parse into the right meetings and items."""

from __future__ import annotations

import pytest

from ingest import parse_file

from tests.conftest import FORMATS, needs_shared, sample

pytestmark = needs_shared

EXPECTED = {
    "000": ("2024-09-06", "Ledningsgrupp för samordning av länets hälso- och sjukvård, skola och socialtjänst",
            [None, None, "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]),
    "001": ("2023-10-06", "Ledningsgrupp", ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]),
    "002": ("2026-02-06", "Ledningsgrupp för samordning av hälso- och sjukvård, socialtjänst och skola",
            [None, "1", "2", "3", "4", "5", "6", "7", "8", "9"]),
    "003": ("2024-04-05", "Ledningsgrupp för samordning av länets hälso- och sjukvård, skola och socialtjänst",
            ["1", "2", "3", "4", "4", "5"]),
    "004": ("2021-11-05", "Styrgrupp för Barnens bästa", [str(n) for n in range(1, 12)]),
}


def meeting_of(path):
    result = parse_file(path)
    assert result.error is None, result.error
    return result.meetings[0]


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_sample_has_date_body_and_every_item_number(prefix):
    date, body, numbers = EXPECTED[prefix]
    meeting = meeting_of(sample(prefix))
    assert meeting.date == date
    assert meeting.body.startswith(body)
    assert [item.number for item in meeting.items] == numbers


def test_a_presenter_line_taken_out_leaves_the_paragraphs_around_it_apart():
    item = next(i for i in meeting_of(sample("000")).items if i.number == "1")
    assert item.presenter == "Ewa"
    assert "juni-augusti\nEwa redogör för bakgrund" in item.text


def test_year_missing_is_inferred_from_weekday_and_flagged():
    meeting = meeting_of(sample("000"))
    assert meeting.date == "2024-09-06"
    assert any("året saknas" in flag for flag in meeting.flags)


def test_table_minutes_keep_titles_presenters_and_decisions():
    meeting = meeting_of(sample("000"))
    items = {item.number: item for item in meeting.items}
    assert items["8"].title == "Arbetsgrupp Heder"
    assert items["8"].presenter == "Ulrika/Cristina"
    assert "säger upp avtalet med resurscentrumheder" in items["8"].decisions[0].text
    assert items["1"].title == "Överenskommelse avseende in- och utskrivning av patienter i slutenvård"
    # "7 Sammanfattning …" and "7.1 …" under "Underlag:" are a list inside item 7, not items.
    assert "Sammanfattning projektets syfte" in items["7"].text
    assert items["2"].presenter.startswith("Torbjörn Forkby")
    opening = [item for item in meeting.items if item.number is None]
    assert [item.title for item in opening] == ["Mötets öppnande", "Punkter utanför programmet till dagens möte"]
    assert any("bifaller utbetalning enligt förslag" in d.text for d in opening[1].decisions)


def test_ocr_file_gets_lost_numbers_inferred_and_flagged():
    meeting = meeting_of(sample("001"))
    items = {item.number: item for item in meeting.items}
    assert "Kommun" in items["2"].title and any("härlett" in f for f in items["2"].flags)
    assert items["2"].presenter == "Roland Olofsson-Dolk"
    assert items["6"].decisions[0].proposal.startswith("Lanssamordnare")  # verbatim: the OCR text as printed
    assert meeting.secretary == "Marcus Johansson"


def test_second_body_decisions_from_bestamdes():
    meeting = meeting_of(sample("004"))
    items = {item.number: item for item in meeting.items}
    assert "Cosmic Link" in items["6"].decisions[0].text
    assert items["8"].presenter == "Fredrik Wärn, Jenny Lundell och Jessica Roström"
    assert "REGION KRONOBERG" not in items["7"].text and "Sida 4 av 4" not in items["7"].text


def test_markdown_sample_reads_header_fields():
    meeting = meeting_of(sample("002"))
    assert (meeting.time, meeting.secretary) == ("11:00-15:00", "Marcus Johansson")
    items = {item.number: item for item in meeting.items}
    assert items["6"].decisions and "ställer sig bakom" in items["6"].decisions[0].text
    assert items["2"].presenter == "Marcus"


@pytest.mark.parametrize("prefix", ["002", "003"])
def test_pdf_and_docx_renderings_parse_like_their_text(prefix):
    rendering = next(FORMATS.glob(f"{prefix}_*"))
    text_meeting, rendered = meeting_of(sample(prefix)), meeting_of(rendering)
    assert rendered.date == text_meeting.date
    assert rendered.body == text_meeting.body
    assert [(i.number, i.title) for i in rendered.items] == [(i.number, i.title) for i in text_meeting.items]


def test_a_group_named_by_its_acronym_after_the_document_type_joins_the_body(tmp_path):
    path = tmp_path / "eht.txt"
    path.write_text("Lindskolan F–6, Åby kommun\nMinnesanteckningar EHT – övergripande möte\n\n"
                    "Datum: 2025-01-14\nNärvarande: Anna Berg (ordförande), Per Ek\n\n"
                    "1. Inledning\nAnna hälsade välkommen.\n\n2. Frånvaro\nBeslut: Rutinen antas.\n", encoding="utf-8")
    assert meeting_of(path).body == "Lindskolan F–6, Åby kommun, EHT"


def test_a_decision_recounted_from_an_earlier_day_without_a_year_gets_that_day(tmp_path):
    path = tmp_path / "styrgrupp.txt"
    path.write_text("Styrgruppen för Nära vård\n\nDatum: 2025-04-08\n\n1. Överenskommelse\n"
                    "Vid styrgruppens möte den 4 mars beslutades att en arbetsgrupp skulle ta fram ett förslag.\n"
                    "Styrgruppen beslutade att skicka förslaget på remiss.\n", encoding="utf-8")
    decided = {d.decided_on for d in meeting_of(path).items[0].decisions}
    assert decided == {"2025-03-04", None}


def test_people_listed_on_one_line_keep_their_roles_and_organisations(tmp_path):
    path = tmp_path / "samverkan.txt"
    path.write_text("Samverkansmöte skola – polis\n\nDatum: 2024-10-15\nNärvarande: Ulrika Berg, rektor "
                    "(Solbergaskolan), Lars Wik, socialsekreterare (Individ- och familjeomsorgen, Åby kommun), "
                    "Johan Kvist, kommunpolis (Polisen, lokalpolisområde Åby)\n\n1. Lägesbild\nText.\n",
                    encoding="utf-8")
    people = {p.name: f"{p.role} {p.organisation}" for p in meeting_of(path).attendees}
    assert set(people) == {"Ulrika Berg", "Lars Wik", "Johan Kvist"}
    assert "kommunpolis" in people["Johan Kvist"] and "Åby kommun" in people["Lars Wik"]


def test_the_meeting_electing_someone_is_a_decision(tmp_path):
    path = tmp_path / "val.txt"
    path.write_text("Distriktsstyrelsen\n\nDatum: 2025-03-04\n\n1. Val av justerare\n"
                    "Mötet valde Fatima Haddad att jämte ordföranden justera dagens protokoll.\n", encoding="utf-8")
    assert meeting_of(path).items[0].decisions


def test_a_lead_line_over_att_clauses_is_one_decision_and_an_earlier_protocol_no_provenance(tmp_path):
    path = tmp_path / "vag.md"
    path.write_text("# Myrbyns vägförening\n\nProtokoll, styrelsemöte\n\nDatum: 2025-05-06\n\nNärvarande:\n"
                    "- Karin Lööf, ordf\n- Anton Berg, sekr\n- Sofia Ek, kassör\n\n## § 1 Föregående protokoll\n\n"
                    "Protokollet från mötet den 4 mars 2025 gicks igenom.\n\nBeslut: Protokollet lades till handlingarna."
                    "\n\n## § 2 Grus\n\nVägen har hjulspår.\n\nStyrelsen beslutade\n- att beställa grus,\n"
                    "- att Anton bokar leveransen.\n", encoding="utf-8")
    meeting = meeting_of(path)
    assert meeting.body == "Myrbyns vägförening, styrelsen"
    assert (meeting.chair, meeting.secretary) == ("Karin Lööf", "Anton Berg")
    assert [a.role for a in meeting.attendees] == ["ordf", "sekr", "kassör"]
    assert meeting.items[0].decisions[0].decided_on is None
    (decision,) = meeting.items[1].decisions
    assert decision.text.startswith("Styrelsen beslutade") and "att Anton bokar leveransen" in decision.text


def test_the_organ_on_the_line_under_a_letterhead_in_capitals(tmp_path):
    path = tmp_path / "klubb.txt"
    path.write_text("GJUTERIKLUBBEN NORRFORS\nMinnesanteckningar – klubbstyrelsen\n\nTid: 12/6 2025 kl 16.30\n\n"
                    "1) Ekonomi\nKassan är god.\n", encoding="utf-8")
    assert meeting_of(path).body.endswith(", klubbstyrelsen")


def test_attendance_written_name_dash_organisation_dash_role(tmp_path):
    path = tmp_path / "samverkan.txt"
    path.write_text("MINNESANTECKNINGAR\n\nSamverkansgrupp för räddningstjänst i Norrås\n\nDatum: 10 april 2025\n"
                    "Ordförande: Ingrid Lax, Länsstyrelsen\nAntecknare: Olof Berg, Länsstyrelsen\n\n"
                    "Deltagare (Namn – Organisation – Roll)\nIngrid Lax – Länsstyrelsen i Norrås – beredskapsdirektör, "
                    "ordförande\nOlof Berg – Länsstyrelsen i Norrås – handläggare\nSara Mäki – Norrås kommun – "
                    "säkerhetschef\n\nFörhinder: Per Holm – Ås kommun – räddningschef\n\nPunkt 1 – Inledning\n"
                    "Dagordningen godkändes.\n", encoding="utf-8")
    meeting = meeting_of(path)
    assert (meeting.chair, meeting.secretary) == ("Ingrid Lax", "Olof Berg")
    assert [(a.name, a.organisation) for a in meeting.attendees][2] == ("Sara Mäki", "Norrås kommun")
    assert [(a.name, a.role) for a in meeting.absentees] == [("Per Holm", "räddningschef")]



def test_attendees_separated_by_semicolons_and_a_meeting_leader_as_chair(tmp_path):
    minutes = tmp_path / "apt.txt"
    minutes.write_text("Hemtjänsten Åsby – APT\n\nDatum: 2025-02-12\nMötesledare: Lena Berg, enhetschef\n"
                       "Närvarande ledamöter: Lena Berg, enhetschef; Omid Rahimi, undersköterska; Kim Ek\n"
                       "Närvarande suppleant: Sara Lund\nDessutom närvarande: Per Ås, distriktssköterska\n\n"
                       "1. Inledning\nLena hälsade välkommen.\n", encoding="utf-8")
    meeting = meeting_of(minutes)
    assert meeting.chair == "Lena Berg"
    assert [(a.name, a.role) for a in meeting.attendees] == [
        ("Lena Berg", "enhetschef"), ("Omid Rahimi", "undersköterska"), ("Kim Ek", None), ("Sara Lund", None),
        ("Per Ås", "distriktssköterska")]


def test_the_chair_from_a_second_role_in_the_attendance_list(tmp_path):
    team = tmp_path / "vc.txt"
    team.write_text("VÅRDCENTRALEN ÅSBY\nLedningsgruppen vecka 25\n\nDatum: 2025-06-17\n"
                    "Närvarande: Camilla Ryd (verksamhetschef, ordf.), Maja Lind (sekreterare, protokollförare), Ola Ek\n\n"
                    "1) Inledning\nCamilla öppnade.\n", encoding="utf-8")
    assert meeting_of(team).chair == "Camilla Ryd"
