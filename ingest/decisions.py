"""Finding the decisions of an agenda item in its paragraphs.

Decisions are marked by a label ("Beslut:", "Ledningsgruppens beslut:"), by a
heading "Beslut" followed by "Att …" clauses, or by the wording itself
("Bestämdes att …", "… beslutar enligt förslag", "… ställer sig bakom …",
"Förslaget bifalles"). A "Förslag till beslut" is a proposal, not a decision —
but when the decision only says "enligt förslag", the proposal's text is kept
with it so the decision can be quoted.
"""

from __future__ import annotations

import datetime as dt
import re

from swedish.dates import find_date
from swedish.text import sentences
from swedish.wording import (APPOINTED_LABEL, ATT_CLAUSE, ATTACHED_LABEL, CONDITIONAL, DECISION_LABEL, DECISION_LEAD,
                             DECISION_WORDING, NO_DECISION, NOT_DECISION_LABEL, OWN_PROPOSAL, PROPOSAL_LABEL,
                             RECOMMENDATION, REFERS_TO_PROPOSAL, SUBORDINATE_PASSIVE)

from .models import Decision
from .paragraphs import BULLET, LABEL_START





SYMBOL_BULLET = re.compile(r"^[-•*–▪]\s+")


def find_decisions(paras: list[str], meeting_date: str | None = None) -> list[Decision]:
    """Labelled decisions when the item has any ("Beslut: …"); otherwise sentences worded as decisions.

    A decision that the minutes quote from an earlier meeting ("Bakgrund mötesanteckning från
    ledningsgrupp 3 maj 2024: Beslut: …", "Styrelsen beslutade den 12 mars 2024 att …") gets
    that date as `decided_on`.
    """
    listed = _listed_clauses(paras)
    paras = [SYMBOL_BULLET.sub("", para) for para in paras]  # "- Beslut: …" in a Markdown list
    found = [_with_provenance(d, paras, meeting_date) for d in _decisions(paras, listed)]
    known = {d.text for d in found}
    return found + [d for d in _quoted_earlier(paras, meeting_date) if d.text not in known]


_NUMBERED_CLAUSE = re.compile(r"^\d{1,2}[.)]\s+\S")
# A clause in a list under "… beslutar att": dashed, or numbered in lower case ("1. godkänna granskningsrapporten,").
_LISTED = re.compile(r"^(?:[-•*–▪]\s+|\d{1,2}[.)]\s+(?=[a-zåäö]))")


def _listed_clauses(paras: list[str]) -> dict[int, tuple[str, int]]:
    """A decision worded up to 'att' over a list ('Styrelsen beslutade att' / '– jakten startar …,' / '– …', or
    '1. godkänna …,'):
    paragraph index → (the lead and its list as written, the index after the list)."""
    found: dict[int, tuple[str, int]] = {}
    for index, para in enumerate(paras[:-1]):
        decides = DECISION_WORDING.search(para) or OWN_PROPOSAL.match(para)
        if decides and re.search(r"(?:\batt|:)\s*$", para) and _LISTED.match(paras[index + 1]):
            end = index + 1
            while end < len(paras) and _LISTED.match(paras[end]):
                end += 1
            found[index] = ("\n".join(paras[index:end]), end)
    return found


def _decisions(paras: list[str], listed: dict[int, tuple[str, int]]) -> list[Decision]:
    labelled: list[Decision] = []
    worded: list[Decision] = []
    attached: list[str] = []
    proposal: str | None = None
    index = 0
    while index < len(paras):
        para = paras[index]
        if (match := PROPOSAL_LABEL.match(para)) and _own_proposal_follows(paras, index, match.end()):
            index += 1  # "Arbetsutskottets förslag" over "Arbetsutskottet föreslår kommunstyrelsen besluta att …"
        elif match:
            proposal, index = _labelled_text(paras, index, match.end())
        elif match := ATTACHED_LABEL.match(para):
            text, index = _labelled_text(paras, index, match.end())
            label = match.group(0).strip()  # as written: "Reservation:" or "Reservation" on a line of its own
            attached.append(f"{label} {text}" if label.endswith(":") else f"{label}\n{text}")
        elif (match := DECISION_LABEL.match(para)) and not NOT_DECISION_LABEL.match(para):
            text, index = _labelled_text(paras, index, match.end())
            while index < len(paras) and _continues_decision(paras[index]):
                text = f"{text}\n{paras[index]}"
                index += 1
            if text:
                labelled.append(_with_proposal(text, proposal))
        elif match := APPOINTED_LABEL.match(para):  # "Utsedda representanter:" over the names: who was appointed
            text, index = _labelled_text(paras, index, match.end())
            if text:
                labelled.append(_with_proposal(f"{match.group(0).strip()}\n{text}" if match.end() == len(para)
                                               else para, proposal))
        elif index in listed:  # "Styrelsen beslutade att" over a dashed list: the list is what was decided
            text, index = listed[index]
            labelled.append(_with_proposal(text, proposal))
        elif DECISION_LEAD.match(para) and index + 1 < len(paras) and ATT_CLAUSE.match(paras[index + 1]):
            text, index = _lead_and_clauses(paras, index)  # "Styrelsen beslutade" over "- att …" lines
            labelled.append(_with_proposal(text, proposal))
        else:
            worded.extend(_with_proposal(s, proposal) for s in _decision_sentences(para))
            index += 1
    decided = labelled or worded
    if decided and attached:  # vote and reservations stay with the decision they concern
        last = decided[-1]
        decided[-1] = Decision(text="\n".join([last.text, *attached]), proposal=last.proposal)
    return _dedupe(decided)


def _decision_sentences(para: str) -> list[str]:
    if not (DECISION_WORDING.search(para) or OWN_PROPOSAL.match(para)) or _is_question(para):
        return []
    return [s for s in sentences(para) if _records_a_decision(s)]


def _own_proposal_follows(paras: list[str], index: int, offset: int) -> bool:
    """A proposal label standing alone over the body's own proposal to another organ: that is its decision."""
    return not paras[index][offset:].strip() and index + 1 < len(paras) and bool(OWN_PROPOSAL.match(paras[index + 1]))


def _records_a_decision(sentence: str) -> bool:
    """Worded as a decision, and not a condition, a negation, a clause of its own or a recommendation
    ("… som tillstyrker att balansräkningen fastställs"; but "ställer sig bakom … och rekommenderar" is one).
    A body's own proposal to another organ ("Arbetsutskottet föreslår kommunstyrelsen besluta att …") is one."""
    if OWN_PROPOSAL.match(sentence):
        return True
    worded = DECISION_WORDING.search(sentence)
    if not worded or PROPOSAL_LABEL.match(sentence) or CONDITIONAL.match(sentence):
        return False
    if NO_DECISION.search(sentence) or SUBORDINATE_PASSIVE.search(sentence):
        return False
    recommended = RECOMMENDATION.search(sentence)
    return not (recommended and recommended.start() < worded.start())


def _continues_decision(para: str) -> bool:
    """A paragraph right after a labelled decision that is itself worded as one."""
    return (bool(DECISION_WORDING.search(para)) and not DECISION_LABEL.match(para) and not PROPOSAL_LABEL.match(para)
            and not ATTACHED_LABEL.match(para) and not LABEL_START.match(para) and not _is_question(para))


def _labelled_text(paras: list[str], index: int, offset: int) -> tuple[str, int]:
    """The text after a label; when the label stands alone, the following paragraph and its 'Att'-clauses."""
    text = paras[index][offset:].strip()
    index += 1
    if not text and index < len(paras):
        text = paras[index]
        index += 1
    if ATT_CLAUSE.match(text or "att"):
        text, index = _with_att_clauses(text, paras, index)
    if _NUMBERED_CLAUSE.match(text):  # "1. Remissversionen … godkänns", "2. …": the numbered decisions that follow
        while index < len(paras) and _NUMBERED_CLAUSE.match(paras[index]):
            text = f"{text}\n{paras[index]}"
            index += 1
    if text.endswith(":") and index < len(paras) and (BULLET.match(paras[index]) or ATT_CLAUSE.match(paras[index])):
        while index < len(paras) and (BULLET.match(paras[index]) or ATT_CLAUSE.match(paras[index])):
            text = f"{text}\n{paras[index]}"
            index += 1
    return text.strip(), index


def _lead_and_clauses(paras: list[str], index: int) -> tuple[str, int]:
    """A lead line ('Rådet beslutar') with the 'att'-clauses under it, as one decision."""
    return _with_att_clauses(paras[index].strip(), paras, index + 1)


def _with_att_clauses(text: str, paras: list[str], index: int) -> tuple[str, int]:
    """The text with the 'att'-clauses from `index` on, one per line, and the index after them."""
    while index < len(paras) and ATT_CLAUSE.match(paras[index]):
        text = f"{text}\n{paras[index]}"
        index += 1
    return text, index


def _with_proposal(text: str, proposal: str | None) -> Decision:
    if proposal and REFERS_TO_PROPOSAL.search(text):
        return Decision(text=text, proposal=proposal)
    return Decision(text=text)


def _is_question(text: str) -> bool:
    return text.rstrip().endswith("?")


def _dedupe(decisions: list[Decision]) -> list[Decision]:
    seen: set[str] = set()
    unique = []
    for decision in decisions:
        if decision.text not in seen:
            seen.add(decision.text)
            unique.append(decision)
    return unique


# The paragraph before a quoted decision introduces it: "Bakgrund mötesanteckning från ledningsgrupp 3 maj 2024:".
# Whole words: "från" is not the start of "frånluftsflödet".
QUOTING_INTRODUCTION = re.compile(r"\b(?:bakgrund|från|återges|citat|protokoll\w*|mötesanteckning\w*|beslutade|beslöt)\b"
                                  r"|:\s*$", re.IGNORECASE)
# A paragraph of its own that leads into a quoted decision ("Bakgrund mötesanteckning från ledningsgrupp 3 maj
# 2024:"); not any paragraph naming an earlier protocol ("Protokollet från mötet den 12 februari gicks igenom.").
QUOTING_LEAD = re.compile(r"\b(?:bakgrund|återges|citat)\b|:\s*$", re.IGNORECASE)
PAST_DECISION = re.compile(r"\b(?:beslutade|beslöt|beslutades|bestämde|bestämdes|fattade\s+beslut|tog\s+beslut)\b",
                           re.IGNORECASE)


def _with_provenance(decision: Decision, paras: list[str], meeting_date: str | None) -> Decision:
    """The decision with `decided_on` when the text says it was taken at an earlier meeting."""
    if not meeting_date:
        return decision
    first_line = decision.text.split("\n", 1)[0]
    position = next((i for i, para in enumerate(paras) if first_line[:60] in para), None)
    if position is None:
        return decision
    # The decision's own words, and what introduces it ("Bakgrund … 3 maj 2024: Beslut: …"), not the
    # paragraph's other sentences ("Kallelse har skickats den 2 april 2024. Stämman beslutade att …").
    own = paras[position]
    before = own[: own.find(first_line[:60])]
    candidates = [(_the_act(decision.text), True)] if PAST_DECISION.search(decision.text) else []
    if before.strip() and QUOTING_INTRODUCTION.search(before.rstrip().removesuffix("Beslut:").rstrip()):
        candidates.append((before, False))
    if position > 0 and _introduces(paras[position - 1]):
        candidates.append((paras[position - 1], False))
    for text, own_words in candidates:  # a day without a year only in the decision's own words, not in the lead
        if decided := _earlier_date(text, meeting_date, without_year=own_words):
            return decision.model_copy(update={"decided_on": decided})
    return decision


def _introduces(para: str) -> bool:
    """A paragraph that introduces the decision under it as quoted ("Bakgrund mötesanteckning från ledningsgrupp 3
    maj 2024:"), not a long account of the background ("Bakgrund: avgiften höjdes med 8 % 1 januari 2025 …"),
    whose dates are not the decision's."""
    return bool(QUOTING_LEAD.search(para)) and (para.rstrip().endswith(":") or len(para) <= 100)


def _the_act(sentence: str) -> str:
    """The words on the deciding, before what was decided: "Nämnden beslutade den 28 januari att …" dates the
    decision, "Styrelsen beslutade att lönen höjs från den 1 april 2025" does not."""
    return sentence.split(" att ", 1)[0]


def _quoted_earlier(paras: list[str], meeting_date: str | None) -> list[Decision]:
    """Sentences that recount a decision of an earlier meeting ("Bakgrund: Styrelsen beslutade den 14 maj
    2024 att …"): decisions too, with the date they were taken."""
    if not meeting_date:
        return []
    quoted = []
    for para in paras:
        for sentence in sentences(para):
            if PAST_DECISION.search(sentence) and (decided := _earlier_date(_the_act(sentence), meeting_date)):
                quoted.append(Decision(text=sentence, decided_on=decided))
    return quoted


def _earlier_date(text: str, meeting_date: str, *, without_year: bool = True) -> str | None:
    """The date (ISO) before the meeting that the text's first date means; None when it is not earlier. 'Vid
    mötet den 4 mars beslutades att …' without a year is the last 4 March before the meeting (`without_year`)."""
    found = find_date(text)
    if found is None or (found.year_inferred and not without_year):
        return None
    if not found.year_inferred:
        return found.date.isoformat() if found.date.isoformat() < meeting_date else None
    meeting = dt.date.fromisoformat(meeting_date)
    try:
        day = found.date.replace(year=meeting.year)
        day = day if day < meeting else found.date.replace(year=meeting.year - 1)
    except ValueError:  # 29 February
        return None
    return day.isoformat()
