"""Every test document in tests/data/minutes parses as its gold file says.

Gold: tests/data/gold/<file>.json = {"meetings": [{"date", "body", "items": [{"number", "title", "decision"}]}]}.
Bars (issue "Minutes from any Swedish organisation"): item recall ≥ 0.95, no invented items, decisions
found where the gold has them, dates and bodies right.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ingest import parse_file

DATA = Path(__file__).parents[1] / "data"
DOCUMENTS = sorted(p for p in (DATA / "minutes").iterdir() if p.suffix != ".py")


def compare(path: Path) -> dict:
    gold = json.loads((DATA / "gold" / f"{path.name}.json").read_text(encoding="utf-8"))["meetings"]
    parsed = parse_file(path).meetings
    gold_items = [(g["date"], i["number"], i["title"]) for g in gold for i in g["items"]]
    found_items = [(m.date, i.number, i.title) for m in parsed for i in m.items]
    recovered = set(found_items) | sections(parsed)
    decided = {(m.date, i.number, i.title) for m in parsed for i in m.items if _decided_here(i, m.date)}
    gold_decided = [(g["date"], i["number"], i["title"]) for g in gold for i in g["items"] if i["decision"]]
    return {
        "recall": sum(item in recovered for item in gold_items) / len(gold_items),
        "invented": [item for item in found_items if item not in gold_items],
        "decisions_missed": [item for item in gold_decided if item not in decided],
        "meetings": [(m.date, m.body) for m in parsed],
        "gold_meetings": [(g["date"], g["body"]) for g in gold],
    }


def sections(meetings) -> set[tuple]:
    """Numbered headings with nothing but sub-items under them ('§ 9' over '9a', '9b'; '3' over '3.1'): they
    are recovered as the sub-items' `parents`, and the sub-items carry the citations."""
    found = set()
    for m in meetings:
        for item in m.items:
            number = (item.number or "").removeprefix("§ ")
            for depth, title in enumerate(item.parents):
                parent = ".".join(number.split(".")[: depth + 1]) if "." in number else number.rstrip("abcdefgh")
                found |= {(m.date, parent, title), (m.date, f"§ {parent}", title)}
    return found


def _decided_here(item, date) -> bool:
    """The item holds a decision of this meeting, not only one quoted from an earlier meeting."""
    return any(d.decided_on in (None, date) for d in item.decisions)


@pytest.mark.parametrize("path", DOCUMENTS, ids=[p.name for p in DOCUMENTS])
def test_document_matches_its_gold(path):
    result = compare(path)
    assert result["recall"] >= 0.95
    assert result["invented"] == []
    assert result["decisions_missed"] == []
    assert result["meetings"] == result["gold_meetings"]


def test_there_are_at_least_eight_documents_in_the_required_shapes():
    suffixes = {p.suffix for p in DOCUMENTS}
    assert len(DOCUMENTS) >= 8 and {".txt", ".md", ".docx", ".pdf"} <= suffixes
