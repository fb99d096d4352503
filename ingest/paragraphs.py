"""Rebuilding paragraphs from extracted lines.

PDF and table extraction break sentences over lines and often put a blank line
after every line, so blank lines alone cannot mark paragraphs. A line continues
the previous one when the previous did not end a sentence or this one starts in
lower case; bullets, labels ("Beslut:") and blank lines in documents that use
them sparingly start a new paragraph. Where a line was taken out (a presenter's
name between two paragraphs), the caller leaves `REMOVED` in its place: the text
on either side was not adjacent in the file, so it is joined only when the next
line plainly continues a sentence (starts in lower case).
"""

from __future__ import annotations

import re

from .headings import REFERENCE_LINE, is_part_label

# A list entry starts its own paragraph: bullets, "1." / "a)" and nested numbers ("1.1 Bilaga").
BULLET = re.compile(r"^(?:[•\-–*▪◦·]|\d{1,2}[.)]|\d{1,2}(?:\.\d{1,2})+\.?|[a-z][.)])\s+")
LABEL_START = re.compile(r"^[A-ZÅÄÖ][\wåäö/ -]{1,40}:(\s|$)"
                         r"|^(?:beslut|uppdrag|ansvar|åtgärd|att\s+göra)\s*:(\s|$)")  # hurried notes: "beslut: …"
# A row of a task list written with dashes: "Ahmed Farah – boka fyra TES-utbildningar – 21/2".
TASK_ROW = re.compile(r"^[A-ZÅÄÖ][^–]{1,80}\s[–-]\s[^–]+\s[–-]\s\S[^–]{0,40}$")
# Stands for a line the caller removed (Unicode's paragraph separator; blank to `str.strip`).
REMOVED = "\u2029"


def paragraphs(lines: list[str]) -> list[str]:
    """Lines → paragraphs, in order, without empty ones."""
    blank_noise = _blank_lines_are_noise(lines)
    result: list[str] = []
    current = ""
    pending_blank = removed = False
    for raw in lines:
        if raw == REMOVED:
            removed = True
            continue
        line = raw.strip()
        if not line:
            pending_blank = True
            continue
        starts_new = (
            not current
            or is_part_label(line)
            or is_part_label(current)
            or BULLET.match(line)
            or LABEL_START.match(line)
            or TASK_ROW.match(line)
            or current.endswith(":")
            or REFERENCE_LINE.match(current)  # "Dnr MHN 2024-0131", moved under its item's title: a line of its own
            or (pending_blank and not blank_noise)
            or (removed and not line[:1].islower())
            or (current.endswith((".", "!", "?", "”", '"', ")")) and not line[:1].islower())
        )
        if starts_new:
            if current:
                result.append(current)
            current = line
        else:
            current = f"{current} {line}"
        pending_blank = removed = False
    if current:
        result.append(current)
    return result


def _blank_lines_are_noise(lines: list[str]) -> bool:
    """True when most text lines are followed by a blank line (a PDF-to-text habit)."""
    text_lines = sum(1 for line in lines if line.strip())
    if text_lines < 4:
        return False
    lines = [line for line in lines if line != REMOVED]
    after_text_blank = sum(1 for a, b in zip(lines, lines[1:]) if a.strip() and not b.strip())
    return after_text_blank / text_lines > 0.45
