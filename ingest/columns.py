"""Attendance printed in two columns: one list after the other.

Municipal minutes often set "Beslutande" and "Ersättare" side by side, aligned with spaces in
text and PDF renderings ("Göran Ekbom (C), ordförande        Ingela Sund (S)") or as a table
in Word ("Göran Ekbom (C), ordförande | Ingela Sund (S)"). Read line by line, each row would
join two people into one; this pre-pass rewrites such a block as the left column under its
label, then the right column under its label, before the header is read.
"""

from __future__ import annotations

import re

from swedish.labels import PEOPLE_LABELS

_SPACED = re.compile(r"^(?P<left>\S.*?)\s{3,}(?P<right>\S.*?)\s*$")
_GAP = re.compile(r"\s{3,}")
ALIGNMENT_SLACK = 3  # characters a right-hand cell may start before or after its label


def one_column(lines: list[str]) -> list[str]:
    """The lines, with each two-column attendance block (two list labels on one line, rows under them up to
    a blank line) written as two blocks."""
    result: list[str] = []
    index = 0
    while index < len(lines):
        labels = _two_labels(lines[index])
        if labels is None:
            result.append(lines[index])
            index += 1
            continue
        left, right, cut = [labels[0]], [labels[1]], labels[2]
        index += 1
        while index < len(lines) and lines[index].strip():
            first, second = _cells(lines[index], cut)
            if first and first[:1].islower() and len(left) > 1:
                left[-1] = f"{left[-1]} {first}"  # "Nils Brandt (KD), tjänstgörande ersättare" + "för Eva Hultgren"
            elif first:
                left.append(first)
            if second:
                right.append(second)
            index += 1
        result += left + right
    return result


def _two_labels(line: str) -> tuple[str, str, int | None] | None:
    """(left label, right label, the column where the right one starts; None for a table row)."""
    if "|" in line:
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        cut = None
    else:
        found = _SPACED.match(line)
        cells = [found["left"], found["right"]] if found else []
        cut = found.start("right") if found else None
    if len(cells) == 2 and all(c.lower().rstrip(":") in PEOPLE_LABELS for c in cells):
        return cells[0].rstrip(":"), cells[1].rstrip(":"), cut
    return None


def _cells(line: str, cut: int | None) -> tuple[str, str]:
    if cut is None:
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        return cells[0], (cells[1] if len(cells) > 1 else "")
    for gap in _GAP.finditer(line):
        if abs(gap.end() - cut) <= ALIGNMENT_SLACK:
            return line[:gap.start()].strip(), line[gap.end():].strip()
    if len(line) - len(line.lstrip()) >= cut - ALIGNMENT_SLACK:
        return "", line.strip()
    return line.strip(), ""
