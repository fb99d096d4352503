"""ingest.decisions: what an item decided, as the minutes word it."""

from __future__ import annotations

from ingest.decisions import find_decisions


def test_a_decision_worded_up_to_att_over_a_dashed_list_is_the_whole_list_as_written():
    paras = ["22 jägare har anmält sig.", "Styrelsen beslutade att",
             "– jakten startar måndagen den 8 september kl. 07.00,", "– hundförarna får 300 kr per jaktdag.",
             "Köttet fördelas som tidigare."]
    (decision,) = find_decisions(paras)
    assert decision.text == "Styrelsen beslutade att\n– jakten startar måndagen den 8 september kl. 07.00,\n" \
                            "– hundförarna får 300 kr per jaktdag."


def test_numbered_clauses_under_beslutar_att():
    paras = ["Revisorerna beslutar att", "1. godkänna granskningsrapporten,",
             "2. överlämna rapporten till VON senast den 28 november 2025."]
    (decision,) = find_decisions(paras)
    assert decision.text == "\n".join(paras)


def test_numbered_decisions_under_a_label_are_one_decision():
    paras = ["Nämndens beslut", "1. Remissversionen av programmet godkänns.", "2. Förvaltningen får i uppdrag att "
             "sammanställa svaren till juni.", "Dnr 2025/3"]
    (decision,) = find_decisions(paras)
    assert decision.text == "\n".join(paras[1:3])


def test_a_preparing_bodys_own_proposal_to_another_organ_is_its_decision():
    # In an arbetsutskott's minutes, what it decided is to propose: "Arbetsutskottets förslag" is no draft here.
    paras = ["Helårsprognosen visar ett underskott på 11,6 miljoner kr.", "Arbetsutskottets förslag",
             "Arbetsutskottet föreslår kommunstyrelsen besluta att", "1. godkänna ekonomisk uppföljning per april 2025,",
             "2. uppdra åt socialnämnden att senast 15 augusti 2025 redovisa åtgärder."]
    (decision,) = find_decisions(paras)
    assert decision.text == "\n".join(paras[2:])
    (one,) = find_decisions(["Arbetsutskottet föreslår kommunstyrelsen att föreslå kommunfullmäktige besluta att "
                             "bifalla medborgarförslaget och anlägga en hundrastgård vid Idrottsvägen."])
    assert one.text.startswith("Arbetsutskottet föreslår")
    (own,) = find_decisions(["Arbetsutskottet beslutar för egen del att ge kommundirektören i uppdrag att redovisa "
                             "inventeringen senast 20 augusti 2025."])
    assert "för egen del" in own.text


def test_a_proposal_to_be_decided_on_stays_a_proposal():
    paras = ["Förslag till beslut", "Nämnden föreslås besluta att godkänna budgeten.", "Beslut",
             "Nämnden beslutar enligt förslaget."]
    (decision,) = find_decisions(paras)
    assert decision.text == "Nämnden beslutar enligt förslaget." and decision.proposal


def test_a_reservation_stays_with_a_decision_found_by_its_wording():
    paras = ["Arbetsutskottets förslag", "Arbetsutskottet föreslår kommunstyrelsen att föreslå kommunfullmäktige "
             "besluta att sälja marken till Nordkust AB för 1 785 000 kr.", "Reservation",
             "Stefan Hult (C) reserverar sig mot beslutet."]
    (decision,) = find_decisions(paras)
    assert decision.text == "\n".join(paras[1:])  # the label as written, without a colon the file lacks


def test_a_task_the_body_hands_out_is_its_decision():
    paras = ["Två fastighetsägare har ännu inte betalat årsavgiften.",
             "Styrelsen ger Gun Ivarsson i uppdrag att lämna avgifterna till inkasso om de inte är betalda senast 31 augusti.",
             "Kommunen gav oss i uppdrag att rensa diket 2019."]  # what another party asked, reported: no decision
    (decision,) = find_decisions(paras)
    assert decision.text == paras[1]
    (other,) = find_decisions(["Nämnden uppdrar åt förvaltningen att utreda frågan till mars."])
    assert other.text.startswith("Nämnden uppdrar")


def test_a_date_in_what_was_decided_is_not_when_it_was_decided():
    paras = ["Ordföranden har haft medarbetarsamtal med Helena Strand den 6 maj.",
             "Styrelsen beslutade att Helena Strands lön höjs med 3,2 procent från den 1 april 2025.",
             "Bakgrund: Nämnden beslutade den 28 januari 2025 att ge förvaltningen i uppdrag att göra en förstudie."]
    decided = {d.text[:20]: d.decided_on for d in find_decisions(paras, meeting_date="2025-05-13")}
    assert decided == {"Styrelsen beslutade ": None, "Bakgrund: Nämnden be": "2025-01-28"}


def test_the_organ_approving_in_the_present_tense_decides():
    (decision,) = find_decisions(["Styrelsen godkänner årsredovisningen för 2024 och överlämnar den till årsmötet."])
    assert decision.text.startswith("Styrelsen godkänner")


def test_a_label_naming_who_was_appointed_is_a_decision_with_the_names():
    paras = ["AUs förslag till beslut: Skolcheferna utser representanter.", "Utsedda representanter:",
             "Bodil Gustafsson, Uppvidinge, Marit Persson, Alvesta"]
    (decision,) = find_decisions(paras)
    assert decision.text == "Utsedda representanter:\nBodil Gustafsson, Uppvidinge, Marit Persson, Alvesta"
    assert find_decisions(["Valda revisorer: Anna Ek och Bo Ström."])[0].text == "Valda revisorer: Anna Ek och Bo Ström."


def test_a_background_paragraph_does_not_date_the_decision_under_it():
    paras = ["Kassören presenterade budgeten. Bakgrund: avgiften höjdes med 8 % 1 januari 2025 (beslut 8 oktober "
             "2024) med en ny bedömning utlovad när stambytets kostnad var känd.",
             "Beslut: Årsavgiften höjs med 12 % från och med 1 januari 2026."]
    assert [(d.text, d.decided_on) for d in find_decisions(paras, "2025-11-18")] == [
        ("Årsavgiften höjs med 12 % från och med 1 januari 2026.", None)]
    quoted = ["Bakgrund mötesanteckning från ledningsgrupp 3 maj 2024:", "Beslut: Ledningsgruppen ställer sig bakom."]
    assert find_decisions(quoted, "2024-09-06")[0].decided_on == "2024-05-03"
