"""Scoring answers: a question file of {"id", "question", "kind", "found", "cites": [{"date", "item"}],
"mentions": [...]} → share correct, overall and per kind.

An answer is correct when it is found as expected and, for an answerable question, cites one of
the gold items (same date, same item number; item null = the meeting itself) and contains every
mention (case-, accent- and punctuation-insensitive) in its text or quotes.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from index.evaluation import normalised_item
from swedish.text import folded_words

from .models import Answer


@dataclass
class AnswerReport:
    n: int
    correct: float
    by_kind: dict[str, float]
    wrong_not_found: float  # answerable questions answered "nothing found"
    made_up: float  # unanswerable questions answered anyway
    failed: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"n": self.n, "correct": self.correct, "by_kind": self.by_kind,
                "wrong_not_found": self.wrong_not_found, "made_up": self.made_up, "failed": self.failed}


def verdict(question: dict, answer: Answer) -> bool:
    if answer.found != question["found"]:
        return False
    if not question["found"]:
        return True
    cited = {(c.date, normalised_item(c.item_number if c.item_index is not None else None)) for c in answer.citations}
    gold = {(c["date"], normalised_item(c.get("item"))) for c in question.get("cites", [])}
    if gold and not cited & gold:
        return False
    said = folded_words(" ".join([answer.text, *(c.quote for c in answer.citations)]))
    return all(folded_words(m) in said for m in question.get("mentions", []))


def score_answers(questions: list[dict], answers: list[Answer]) -> AnswerReport:
    by_kind: dict[str, list[bool]] = defaultdict(list)
    failed, wrong_not_found, made_up = [], 0, 0
    for question, answer in zip(questions, answers):
        ok = verdict(question, answer)
        by_kind[question.get("kind", "topic")].append(ok)
        if not ok:
            failed.append(question["id"])
        wrong_not_found += question["found"] and not answer.found
        made_up += not question["found"] and answer.found
    n = len(questions)
    answerable = sum(q["found"] for q in questions) or 1
    unanswerable = (n - sum(q["found"] for q in questions)) or 1
    return AnswerReport(n=n, correct=round((n - len(failed)) / (n or 1), 3),
                        by_kind={k: round(sum(v) / len(v), 3) for k, v in sorted(by_kind.items())},
                        wrong_not_found=round(wrong_not_found / answerable, 3),
                        made_up=round(made_up / unanswerable, 3), failed=failed)

