"""Text clean-up before parsing: Unicode, page furniture, hyphenation, whitespace.

Input is a list of page texts (see `readers`); output is one list of lines where
blank lines are kept (they still hint at paragraph breaks).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from swedish.labels import DOC_TYPE, SIGNATURE_LINE

from .bodyname import ORGAN
from .columns import one_column

# "Sida 4 av 4", "Sida 2", "2 (7)", "2/7", "- 3 -"; page numbers have at most three digits, so that a
# school year "2023/2024" standing on its own line stays text.
PAGE_MARK = re.compile(
    r"^(?:sida\s+\d{1,3}(?:\s*(?:av|\(|/)\s*\d{1,3}\)?)?|\d{1,3}\s*\(\d{1,3}\)|\d{1,3}\s*/\s*\d{1,3}"
    r"|-\s*\d{1,3}\s*-)$",
    re.IGNORECASE,
)
# A page mark at the end of a line: "SAMMANTRÄDESPROTOKOLL      Sida 1 av 3".
TRAILING_PAGE_MARK = re.compile(r"(?<=\S)\s{2,}(?:sida\s+)?\d{1,3}\s*(?:av|\(|/)\s*\d{1,3}\)?\s*$", re.IGNORECASE)
MAX_HEADER_LINES = 8  # how far down a page a running header reaches
# Paired Markdown emphasis only ("**Datum:**", "*Bildspel*"); a lone "__" or "*" in text is kept.
_MARKDOWN_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1|(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])")
# Words that follow a suspended compound ("hälso- och sjukvård"): the hyphen stays.
_SUSPENDED_COMPOUND_NEXT = ("och ", "eller ", "samt ", "som ", "resp", "till ")


def normalize_pages(pages: list[str]) -> list[str]:
    """Return the document as clean lines: NFC, no page marks or running headers, hyphens joined, attendance
    printed in two columns as one list after the other (`columns`)."""
    page_lines = [[_clean_line(TRAILING_PAGE_MARK.sub("", line))
                   for line in one_column(unicodedata.normalize("NFC", page).splitlines())] for page in pages]
    furniture = _running_lines(page_lines)
    lines: list[str] = []
    for number, page in enumerate(page_lines):
        # The first page's letterhead stays ("BERGSJÖ KOMMUN" over "Kommunstyrelsen"): it names who met, even
        # though every later page repeats it.
        letterhead = _letterhead(page, furniture) if number == 0 else 0
        if number == 0 and not letterhead:
            lines += _letterhead_at_foot(page, furniture)
        for index, line in enumerate(page):
            if index >= letterhead and (PAGE_MARK.match(line) or SIGNATURE_LINE.match(line) or line in furniture
                                        or _is_footer_next_to_page_mark(page, index)):
                continue
            lines.append(line)
        lines.append("")
    lines = _without_repeated_page_headers(_without_email_preamble(lines), pages)
    return _join_hyphenated(_strip_outer_blanks(lines))


_EMAIL_FIELD = re.compile(r"^(?:från|from|skickat|sent|till|to|kopia|cc|ämne|subject|datum|date)\s*:", re.IGNORECASE)
_MIN_EMAIL_FIELDS = 3


def _without_email_preamble(lines: list[str]) -> list[str]:
    """Minutes pasted into an e-mail ('Från: …', 'Skickat: …', 'Ämne: …', a greeting): the minutes begin at the first
    line that names the kind of document ('PROTOKOLL'), or else right after the e-mail's fields."""
    opening = [i for i, line in enumerate(lines[:12]) if _EMAIL_FIELD.match(line)]
    if len(opening) < _MIN_EMAIL_FIELDS:
        return lines
    after_fields = opening[-1] + 1
    starts = (i for i in range(after_fields, len(lines)) if DOC_TYPE.match(lines[i]) and len(lines[i].split()) <= 6
              and not lines[i].rstrip().endswith("."))
    start = next(starts, after_fields)
    if start > after_fields and _NAME_ABOVE.match(lines[start - 1]):  # "VRÅNGSJÖ FIBER AB" over "PROTOKOLL …"
        start -= 1
    return lines[start:]


# A short line naming the organisation right above the document type, not a greeting or a rule ("-----").
_NAME_ABOVE = re.compile(r"^[A-ZÅÄÖ][\wåäöÅÄÖ&.-]*(?:\s+[\wåäöÅÄÖ&.-]+){0,5}$")


def _without_repeated_page_headers(lines: list[str], pages: list[str]) -> list[str]:
    """In text without page breaks: the document's opening lines repeated right after a page mark."""
    if len(pages) > 1:
        return lines
    raw = [_clean_line(line) for line in unicodedata.normalize("NFC", pages[0]).splitlines()]
    opening = {_clean_line(TRAILING_PAGE_MARK.sub("", line)) for line in raw[:6] if line}
    after_mark = set()
    for index, line in enumerate(raw):
        if PAGE_MARK.match(line) or TRAILING_PAGE_MARK.search(line) or PAGE_MARK.search(line.split(" ")[-1]):
            for following in raw[index + 1: index + 4]:
                cleaned = _clean_line(TRAILING_PAGE_MARK.sub("", following))
                if cleaned in opening:
                    after_mark.add(cleaned)
    if not after_mark:
        return lines
    seen: set[str] = set()
    kept = []
    for line in lines:
        if line in after_mark:
            if line in seen:
                continue
            seen.add(line)
        kept.append(line)
    return kept


def _clean_line(line: str) -> str:
    line = line.replace("\u00a0", " ").replace("\u00ad", "").replace("\ufeff", "")
    line = _MARKDOWN_EMPHASIS.sub(lambda m: m.group(2) if m.group(2) is not None else m.group(3), line)
    return re.sub(r"[ \t\f\v]+", " ", line).strip()


def _running_lines(page_lines: list[list[str]]) -> set[str]:
    """Lines that open or close at least two pages and half of them: running headers and footers."""
    if len(page_lines) < 2:
        return set()
    counts: Counter[str] = Counter()
    for page in page_lines:
        content = [line for line in page if line]
        counts.update(set(content[:2] + content[-2:]))
    needed = max(2, len(page_lines) // 2)
    running = {line for line, count in counts.items() if count >= needed and len(line) <= 120}
    footers = _rest_of_running_header([page[::-1] for page in page_lines], running, needed)  # read from the foot up
    return running | _rest_of_running_header(page_lines, running, needed) | footers


def _rest_of_running_header(page_lines: list[list[str]], running: set[str], needed: int) -> set[str]:
    """Lines further down a running header ('SAMMANTRÄDESPROTOKOLL', 'Sammanträdesdatum', '2025-10-21' under
    the name and organ): the same line right under the running lines at the top of enough pages, one at a time."""
    found: set[str] = set()
    for _ in range(MAX_HEADER_LINES):
        following: Counter[str] = Counter()
        known = running | found
        for page in page_lines:
            content = [line for line in page if line and not PAGE_MARK.match(line)]
            top = next((i for i, line in enumerate(content) if line not in known), None)
            if top is not None and 0 < top < MAX_HEADER_LINES:
                following[content[top]] += 1
        more = {line for line, count in following.items() if count >= needed and len(line) <= 120}
        if not more:
            break
        found |= more
    return found


def _letterhead(page: list[str], furniture: set[str]) -> int:
    """How many of the page's opening lines are running lines (blank ones and page marks among them), when they
    name an organ ('Kommunstyrelsen'); 0 when they name none ('Region Kronoberg' over each page's text)."""
    for index, line in enumerate(page):
        if line and line not in furniture and not PAGE_MARK.match(line):
            return index if any(ORGAN.search(above) for above in page[:index]) else 0
    return 0


def _letterhead_at_foot(page: list[str], furniture: set[str]) -> list[str]:
    """A letterhead that a PDF's text layer reads after the page's text ('TALLNÄS FÖRSAMLING', 'Kyrkorådet',
    'Sammanträdesprotokoll' over the page mark, last on every page): the running lines at the foot of the first
    page, up to the page mark, when they name an organ; they name who met, so they head the text."""
    foot: list[str] = []
    for line in reversed(page):
        if line and line not in furniture and not PAGE_MARK.match(line):
            break
        foot.insert(0, line)
    marks = [i for i, line in enumerate(foot) if PAGE_MARK.match(line)]
    head = [line for line in foot[:marks[0]] if line] if marks else []
    return [*head, ""] if any(ORGAN.search(line) for line in head) else []


def _is_footer_next_to_page_mark(page: list[str], index: int) -> bool:
    """An upper-case line ('REGION KRONOBERG') a few lines from a page mark is page furniture."""
    line = page[index]
    if not line or not line.isupper() or len(line) > 60:
        return False
    window = page[max(0, index - 4): index + 5]
    return any(PAGE_MARK.match(other) for other in window if other)


def _join_hyphenated(lines: list[str]) -> list[str]:
    """Join 'regiondirek-' + 'tören'; keep the hyphen in 'hälso-' + 'och sjukvård'."""
    out: list[str] = []
    for line in lines:
        if out and out[-1].endswith("-") and len(out[-1]) > 1 and out[-1][-2].isalpha() and line[:1].islower():
            previous = out.pop()
            if line.startswith(_SUSPENDED_COMPOUND_NEXT):
                out.append(f"{previous} {line}")
            else:
                out.append(previous[:-1] + line)
        else:
            out.append(line)
    return out


def _strip_outer_blanks(lines: list[str]) -> list[str]:
    start, end = 0, len(lines)
    while start < end and not lines[start]:
        start += 1
    while end > start and not lines[end - 1]:
        end -= 1
    return lines[start:end]
