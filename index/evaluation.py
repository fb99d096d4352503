"""Retrieval evaluation on a question file, scored the way `shared/eval/score.py` scores.

A question file has one JSON object a line: {"id", "question", "relevant":
[{"date", "item", "evidence"}]}. Results are matched on meeting date, the
evidence phrase inside the passage (case-, accent- and punctuation-insensitive)
and, where the question names one, the item number.
"""

from __future__ import annotations

import json
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


def load_raw(path: Path) -> list[dict]:
    """The file's JSON lines as they are (for telling question files apart); unreadable lines are skipped."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            row = json.loads(line) if line.strip() else None
        except json.JSONDecodeError:
            continue
        if isinstance(row, dict):
            rows.append(row)
    return rows


def load_questions(path: Path) -> list[dict]:
    questions = []
    for line_no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            if not isinstance(row.get("question"), str) or "id" not in row or not isinstance(row.get("relevant"), list):
                raise ValueError("fälten id, question och relevant krävs")
        except (json.JSONDecodeError, ValueError, AttributeError) as exc:
            raise QuestionFileError(f"{path}, rad {line_no}: ogiltig fråga ({exc})") from exc
        questions.append(row)
    return questions


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


def _norm_item(value) -> str | None:
    if value is None:
        return None
    value = str(value).strip().rstrip(".").lstrip("§").strip()
    return value or None


def _match(entry: dict, result: dict) -> str | None:
    if result.get("date") != entry["date"] or folded_words(entry["evidence"]) not in folded_words(result.get("text")):
        return None
    if entry.get("item") is not None and _norm_item(result.get("item")) != _norm_item(entry["item"]):
        return "miscited"
    return "hit"
