"""Finding the decisions of an agenda item in its paragraphs.

Decisions are marked by a label ("Beslut:", "Ledningsgruppens beslut:"), by a
heading "Beslut" followed by "Att …" clauses, or by the wording itself
("Bestämdes att …", "… beslutar enligt förslag", "… ställer sig bakom …",
"Förslaget bifalles"). A "Förslag till beslut" is a proposal, not a decision —
but when the decision only says "enligt förslag", the proposal's text is kept
with it so the decision can be quoted.
"""

from __future__ import annotations

import re

from .models import Decision
from .paragraphs import BULLET, LABEL_START, sentences

# "Beslut:", "Ledningsgruppens beslut:", "Styrelsens beslut", "AU:s beslut:" – not "Förslag till beslut:".
DECISION_LABEL = re.compile(
    r"^(?:(?:[\wåäöÅÄÖ:]+s|mötets|\w+ns)\s+)?beslut(?:et)?\s*(?::|$|\s+(?=[A-ZÅÄÖ]))\s*", re.IGNORECASE
)
# "Förslag till beslut:", "AU:s förslag till beslut:", "Förslag:", or "Förslag till beslut" standing alone.
PROPOSAL_LABEL = re.compile(
    r"^(?:[\wåäöÅÄÖ:]+s\s+)?(?:förslag|forslag)(?:\s+till\s+beslut)?\s*:\s*|^beslutsförslag\s*:\s*"
    r"|^(?:[\wåäöÅÄÖ:]+s\s+)?(?:förslag\s+till\s+beslut|beslutsförslag)\s*$",
    re.IGNORECASE,
)
NOT_DECISION_LABEL = re.compile(r"^(?:beslutsunderlag|underlag|förslag|forslag|bakgrund)\b", re.IGNORECASE)
DECISION_WORDING = re.compile(
    r"\b(?:bestämdes|beslutades|beslutas|(?:beslutade|beslutar)\s+(?:att|enligt|om|i\s+enlighet)|ställer\s+sig\s+bakom|ställde\s+sig\s+bakom"
    r"|bifaller|bifalles|bifölls|avslås|avslogs|bordläggs|bordlades|återremitteras|återremitterades"
    r"|godkänns|godkändes|fastställs|fastställdes|antas|antogs|utsågs|utses|valdes|omvaldes|nyvaldes|väljs\s+till"
    r"|beviljade|beviljas|beviljar|förklarades|lades\s+till\s+handlingarna|läggs\s+till\s+handlingarna)\b",
    re.IGNORECASE,
)
# A decision that only points back at the proposal: it is quoted together with the proposal.
REFERS_TO_PROPOSAL = re.compile(
    r"enligt\s+(?:\w+\s+)?(?:förslag|forslag|förslaget|forslaget)"
    r"|(?:förslaget|yrkandet|motionen|ärendet)\s+(?:\w+\s+)?(?:bifalles|bifölls|antas|antogs|godkänns|avslås"
    r"|avslogs|bordläggs|bordlades|återremitteras|återremitterades)\s*\.?$"
    r"|^(?:bifalles|avslås|bordläggs|återremitteras)\b",
    re.IGNORECASE,
)
# "Om ansökan beviljas …" states a condition, not a decision.
CONDITIONAL = re.compile(r"^(?:om|ifall|såvida|innan|när|förutsatt\s+att)\b", re.IGNORECASE)
ATT_CLAUSE = re.compile(r"^(?:(?:\d{1,2}[.)]|[•\-–*])\s*)?att\s+", re.IGNORECASE)


# Labels whose text belongs with the decision rather than standing alone.
ATTACHED_LABEL = re.compile(r"^(omröstning|reservation|protokollsanteckning)\s*:?\s*", re.IGNORECASE)


def find_decisions(paras: list[str]) -> list[Decision]:
    """Labelled decisions when the item has any ("Beslut: …"); otherwise sentences worded as decisions."""
    labelled: list[Decision] = []
    worded: list[Decision] = []
    attached: list[str] = []
    proposal: str | None = None
    index = 0
    while index < len(paras):
        para = paras[index]
        if match := PROPOSAL_LABEL.match(para):
            proposal, index = _labelled_text(paras, index, match.end())
        elif match := ATTACHED_LABEL.match(para):
            text, index = _labelled_text(paras, index, match.end())
            attached.append(f"{match.group(1).capitalize()}: {text}")
        elif (match := DECISION_LABEL.match(para)) and not NOT_DECISION_LABEL.match(para):
            text, index = _labelled_text(paras, index, match.end())
            while index < len(paras) and _continues_decision(paras[index]):
                text = f"{text}\n{paras[index]}"
                index += 1
            if text:
                labelled.append(_with_proposal(text, proposal))
        else:
            worded.extend(_with_proposal(s, proposal) for s in _decision_sentences(para))
            index += 1
    if labelled and attached:  # vote and reservations stay with the decision they concern
        last = labelled[-1]
        labelled[-1] = Decision(text="\n".join([last.text, *attached]), proposal=last.proposal)
    return _dedupe(labelled or worded)


def _decision_sentences(para: str) -> list[str]:
    if not DECISION_WORDING.search(para) or _is_question(para):
        return []
    return [s for s in sentences(para)
            if DECISION_WORDING.search(s) and not PROPOSAL_LABEL.match(s) and not CONDITIONAL.match(s)]


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
    while index < len(paras) and ATT_CLAUSE.match(paras[index]) and ATT_CLAUSE.match(text or "att"):
        text = f"{text}\n{paras[index]}"
        index += 1
    if text.endswith(":") and index < len(paras) and (BULLET.match(paras[index]) or ATT_CLAUSE.match(paras[index])):
        while index < len(paras) and (BULLET.match(paras[index]) or ATT_CLAUSE.match(paras[index])):
            text = f"{text}\n{paras[index]}"
            index += 1
    return text.strip(), index


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
