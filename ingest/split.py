"""One file, several meetings: splitting a document at each meeting's header.

A year's minutes in one file repeat the header for every meeting. A new
meeting starts at a labelled date line ("Datum: 2024-03-12") whose date differs
from the current meeting's, together with the title lines just above it.
Dates inside an ANSLAG/BEVIS block belong to the sign-off, not to a new meeting.
"""

from __future__ import annotations

import re

from swedish.dates import find_date
from swedish.labels import FOOTER_BLOCK


DATE_LABEL = re.compile(r"^(?:#+\s*)?(?:datum|sammanträdesdatum|mötesdatum|tid)\s*:?\s+\S", re.IGNORECASE)
TITLE_LINE = re.compile(r"^(?:#{1,3}\s+\S|(?:mötesanteckningar|minnesanteckningar|protokoll|anteckningar)\b)",
                        re.IGNORECASE)
MAX_TITLE_LINES = 3


def split_meetings(lines: list[str]) -> list[list[str]]:
    starts = [0]
    current_date = None
    in_footer = False
    for index, line in enumerate(lines):
        stripped = line.strip()
        if FOOTER_BLOCK.match(stripped.lstrip("#").strip()):
            in_footer = True
            continue
        if in_footer and TITLE_LINE.match(stripped):
            in_footer = False
        if in_footer or not DATE_LABEL.match(stripped):
            continue
        found = find_date(stripped)
        if found is None:
            continue
        if current_date is None:
            current_date = found.date
            continue
        if found.date != current_date:
            start = _title_start(lines, index, starts[-1])
            if start > starts[-1]:
                starts.append(start)
                current_date = found.date
    return [lines[a:b] for a, b in zip(starts, starts[1:] + [len(lines)])]


def _title_start(lines: list[str], date_line: int, floor: int) -> int:
    """The first of the few short title lines right above a meeting's date line."""
    start = date_line
    seen = 0
    index = date_line - 1
    while index > floor and seen < MAX_TITLE_LINES:
        stripped = lines[index].strip()
        if not stripped:
            index -= 1
            continue
        if len(stripped) > 90 or stripped.endswith((".", ",")) and not TITLE_LINE.match(stripped):
            break
        start = index
        seen += 1
        index -= 1
        if TITLE_LINE.match(stripped):
            break
    return start
