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
