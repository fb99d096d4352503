"""One file, several meetings: splitting a document at each meeting's header.

A year's minutes in one file repeat the header for every meeting. A new
meeting starts at a labelled date line ("Datum: 2024-03-12") whose date differs
from the current meeting's, together with the title lines just above it, or at a
title line with its own date and header fields below it ("Anteckningar från
nätverksträff 14 mars 2024" + "Plats: …"). Dates inside an ANSLAG/BEVIS block
belong to the sign-off, not to a new meeting. A file title above the first
meeting ("MÅLTIDSNÄTVERKET I GRÄNSBYGDEN / Minnesanteckningar 2024") names the
body of every meeting, so it is put in front of each of them.
"""

from __future__ import annotations

import re

from swedish.dates import find_date
from swedish.labels import FOOTER_BLOCK, HEADER_FIELD


# "Datum: 2024-03-12", "Datum 12 mars 2024", "Tid: fredag 6 sept"; not "Mötesdatum för 2025 fastställdes: …".
DATE_LABEL = re.compile(r"^(?:#+\s*)?(?:datum|sammanträdesdatum|mötesdatum|tid)(?:\s*:\s*|\s+(?=\d|\w+dag))\S",
                        re.IGNORECASE)
TITLE_LINE = re.compile(r"^(?:#{1,3}\s+\S|(?:mötesanteckningar|minnesanteckningar|protokoll|anteckningar)\b)",
                        re.IGNORECASE)
MAX_TITLE_LINES = 3
# "Anteckningar från nätverksträff 14 mars 2024", "Styrgruppsmöte 2025-01-21", "Protokoll styrelsemöte 3/5 2024".
MEETING_TITLE = re.compile(r"^(?:#+\s*)?[\wåäöÅÄÖ-]*(?:anteckningar|protokoll|möte|mötet|träff|träffen|sammanträde"
                           r"|sammanträdet)\b", re.IGNORECASE)


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
        titled = _is_meeting_title(lines, index)
        if in_footer or not (titled or DATE_LABEL.match(stripped)):
            continue
        found = find_date(stripped)
        if found is None:
            continue
        if current_date is None:
            current_date = found.date
            continue
        if found.date != current_date:
            start = index if titled else _title_start(lines, index, starts[-1])
            if start > starts[-1]:
                starts.append(start)
                current_date = found.date
    blocks = [lines[a:b] for a, b in zip(starts, starts[1:] + [len(lines)])]
    preamble = _file_title(blocks[0]) if len(blocks) > 1 else []
    return [blocks[0]] + [preamble + block for block in blocks[1:]]


def _is_meeting_title(lines: list[str], index: int) -> bool:
    """A short title line with a full date of its own and header fields right below it."""
    line = lines[index].strip()
    if len(line) > 100 or line.endswith(".") or not MEETING_TITLE.match(line):
        return False
    found = find_date(line)
    if found is None or found.year_inferred:
        return False
    below = [other.strip() for other in lines[index + 1: index + 8] if other.strip()][:4]
    return any(HEADER_FIELD.match(other.lstrip("#*").strip()) for other in below)


def _file_title(first: list[str]) -> list[str]:
    """The lines above the first meeting's own title, when that title is a dated title line."""
    for index in range(len(first)):
        if _is_meeting_title(first, index):
            return list(first[:index]) if index else []
        if DATE_LABEL.match(first[index].strip()):
            return []
    return []


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
