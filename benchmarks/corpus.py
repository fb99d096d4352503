"""A realistic synthetic corpus: N meetings built from the items of real minutes.

Items (titles and sentences) are drawn from the sample minutes in ../shared/minutes when present,
else from the invented minutes in examples/ and tests/data/. Each generated paragraph recombines
sentences of a source item with one of another item and each item adds a line of its own, so
paragraphs rarely repeat word for word (repeated ones would count as boilerplate and leave the
lexical index unrealistically small); dates spread over 2015–2026 (weekdays), bodies over a
handful of groups.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from pathlib import Path

from ingest import find_files, parse_file

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [ROOT.parent / "shared" / "minutes", ROOT / "examples" / "minutes", ROOT / "tests" / "data" / "minutes"]
BODIES = ["Ledningsgrupp för samordning av länets hälso- och sjukvård, skola och socialtjänst",
          "Styrgrupp för Barnens bästa i Kronoberg", "Socialnämnden", "Barn- och utbildningsnämnden",
          "Arbetsgruppen för digitala tjänster", "Nätverket för elevhälsa", "Styrelsen för Roddklubben Forsen"]
NAMES = ["Anna Berg", "Omar Haddad", "Lena Ek", "Per Strand", "Sara Lind", "Jonas Kron", "Eva Ring", "Ali Reza"]


def source_items() -> list[tuple[str, list[str]]]:
    """(title, sentences) of every numbered agenda item in the source minutes (not an unnumbered section such as
    "Att göra", which a numbered copy would not make an item)."""
    folders = [p for p in SOURCES if p.is_dir()]
    files, _ = find_files(folders)
    items = []
    for path in files:
        for meeting in parse_file(path).meetings:
            for item in (i for i in meeting.items if i.number):
                sentences = [s for s in re.split(r"(?<=[.!?])\s+|\n", item.text) if len(s) > 20]
                if sentences:
                    items.append((item.title, sentences))
    return items


def _paragraph(rng: random.Random, own: list[str], other: list[str]) -> str:
    return " ".join(rng.sample(own, min(len(own), rng.randint(1, 3))) + [rng.choice(other)])


def write_corpus(folder: Path, chunks: int, *, seed: int = 1) -> int:
    """Write about `chunks` agenda items as meeting files into `folder`; returns the number of meetings."""
    rng = random.Random(seed)
    items = source_items()
    folder.mkdir(parents=True, exist_ok=True)
    start, days = dt.date(2015, 1, 1), (dt.date(2026, 6, 30) - dt.date(2015, 1, 1)).days
    written = meetings = 0
    while written < chunks:
        date = start + dt.timedelta(days=rng.randrange(days))
        while date.weekday() > 4:
            date += dt.timedelta(days=1)
        count = min(rng.randint(6, 12), chunks - written)
        lines = ["Protokoll", rng.choice(BODIES), f"Datum: {date.isoformat()}", ""]
        for number in range(1, count + 1):
            (title, first), (_, second) = rng.choice(items), rng.choice(items)
            body = [_paragraph(rng, first, second) for _ in range(rng.randint(1, 3))]
            lines += [f"{number}. {title}", *body,
                      f"{rng.choice(NAMES)} återkommer i ärende {rng.randint(100, 9999)}/{date.year}.", ""]
        (folder / f"m{meetings:06d}-{date.isoformat()}.txt").write_text("\n".join(lines), encoding="utf-8")
        written += count
        meetings += 1
    return meetings
