"""How much of the agenda structure is recovered: numbered items and decisions against gold files.

    python -m benchmarks.structure tests/data/heldout/minutes [tests/data/minutes …]

Each file FILE in a folder has its gold in ../gold/FILE.json ({"meetings": [{"date", "body", "items":
[{"number", "title", "decision"}]}]}). An item is recovered when a parsed item has its date, number and title,
or when it is a section whose sub-items carry it as their parent heading ('§ 9' over '9a'); a decision when
that item holds a decision taken at the meeting. Prints the shares per folder.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from ingest import parse_file


def recovered(path: Path) -> tuple[int, int, int, int]:
    """(items found, gold items, decisions found, gold decisions) for one file."""
    gold = json.loads((path.parent.parent / "gold" / f"{path.name}.json").read_text(encoding="utf-8"))["meetings"]
    meetings = parse_file(path).meetings
    found = {(m.date, i.number, i.title) for m in meetings for i in m.items} | sections(meetings)
    decided = {(m.date, i.number, i.title) for m in meetings for i in m.items if decided_here(i, m.date)}
    items = [(g["date"], i["number"], i["title"], i["decision"]) for g in gold for i in g["items"]]
    return (sum(item[:3] in found for item in items), len(items),
            sum(item[:3] in decided for item in items if item[3]), sum(item[3] for item in items))


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


def decided_here(item, date) -> bool:
    """The item holds a decision of this meeting, not only one quoted from an earlier meeting."""
    return any(d.decided_on in (None, date) for d in item.decisions)


def main() -> None:
    for folder in map(Path, sys.argv[1:]):
        totals = [0, 0, 0, 0]
        for path in sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")):
            totals = [a + b for a, b in zip(totals, recovered(path))]
        items, gold_items, decisions, gold_decisions = totals
        print(f"{folder}: punkter {items}/{gold_items} = {items / max(gold_items, 1):.3f}, "
              f"beslut {decisions}/{gold_decisions} = {decisions / max(gold_decisions, 1):.3f}")


if __name__ == "__main__":
    main()
