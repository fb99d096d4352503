"""Retrieval evaluation on a question file, scored the way `shared/eval/score.py` scores.

A question file has one JSON object a line: {"id", "question", "relevant":
[{"date", "item", "evidence"}]}. Results are matched on meeting date, the
evidence phrase inside the passage (case-, accent- and punctuation-insensitive)
and, where the question names one, the item number.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from swedish.text import folded_words

from .search import Retriever


@dataclass
class EvalReport:
    n: int
    hit_at_1: float
    hit_at_5: float
    mrr_at_10: float
    citation_accuracy: float
    missed: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"n": self.n, "hit_at_1": self.hit_at_1, "hit_at_5": self.hit_at_5, "mrr_at_10": self.mrr_at_10,
                "citation_accuracy": self.citation_accuracy, "missed": self.missed}


class QuestionFileError(Exception):
    pass


def load_questions(path: Path) -> list[dict]:
    """The questions of a file, read once and checked: a search question needs `relevant`; in an answer
    question file (every line has `found`, see answer.evaluation) each question needs a true/false `found`."""
    numbered = []
    for line_no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            numbered.append((line_no, _parsed(path, line_no, line)))
    answers = is_answer_file([row for _, row in numbered])
    wanted, kind = ("found", bool) if answers else ("relevant", list)
    for line_no, row in numbered:
        if not (isinstance(row.get("question"), str) and "id" in row and isinstance(row.get(wanted), kind)):
            raise QuestionFileError(f"{path}, rad {line_no}: ogiltig fråga (fälten id, question och {wanted} krävs)")
    return [row for _, row in numbered]


def is_answer_file(rows: list[dict]) -> bool:
    """Questions about answers ({"kind", "found", "cites", "mentions"}), not about ranking."""
    return bool(rows) and all("found" in row for row in rows)


def _parsed(path: Path, line_no: int, line: str) -> dict:
    try:
        row = json.loads(line)
        if not isinstance(row, dict):
            raise ValueError("varje rad ska vara ett JSON-objekt")
    except (json.JSONDecodeError, ValueError) as exc:
        raise QuestionFileError(f"{path}, rad {line_no}: ogiltig fråga ({exc})") from exc
    return row


def run_questions(retriever: Retriever, questions: list[dict], k: int = 10) -> list[dict]:
    """One result row per question: {"id", "results": [{"date", "item", "text"}]} best first."""
    rows = []
    for question in questions:
        hits = retriever.run(question["question"], top_k=k)
        rows.append({"id": question["id"], "results": [
            {"date": h.chunk.date, "item": h.chunk.number, "text": h.chunk.text} for h in hits]})
    return rows


def score(questions: list[dict], rows: list[dict], k: int = 5) -> EvalReport:
    results = {row["id"]: row.get("results") or [] for row in rows}
    hit1 = hitk = mrr = 0.0
    cited = found = 0
    missed = []
    for question in questions:
        first = None
        for rank, result in enumerate(results.get(question["id"], [])[:10]):
            verdicts = [_match(entry, result) for entry in question["relevant"]]
            if "hit" in verdicts or "miscited" in verdicts:
                found += 1
                cited += "hit" in verdicts
            if "hit" in verdicts and first is None:
                first = rank
        if first is not None:
            mrr += 1 / (first + 1)
            hit1 += first == 0
            hitk += first < k
        if first is None or first >= k:
            missed.append(question["id"])
    n = len(questions) or 1
    return EvalReport(n=len(questions), hit_at_1=round(hit1 / n, 3), hit_at_5=round(hitk / n, 3),
                      mrr_at_10=round(mrr / n, 3), citation_accuracy=round(cited / found, 3) if found else 0.0,
                      missed=missed)


def normalised_item(value) -> str | None:
    """'§ 12', '12.' and '12' are the same item number, as are '7 a)', '7a' and '7 A'."""
    if value is None:
        return None
    value = re.sub(r"\s+", "", str(value)).rstrip(".)").lstrip("§").lower()
    return value or None


def _match(entry: dict, result: dict) -> str | None:
    if result.get("date") != entry["date"] or folded_words(entry["evidence"]) not in folded_words(result.get("text")):
        return None
    if entry.get("item") is not None and normalised_item(result.get("item")) != normalised_item(entry["item"]):
        return "miscited"
    return "hit"
