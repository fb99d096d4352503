"""Swedish dates in minutes: '6 februari 2026', 'Fredagen den 6 september', '2023-11-30'.

When a date has no year, the year is inferred from the weekday ("Fredagen")
and the years the document mentions; the caller flags such dates as inferred.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

MONTHS = {
    "januari": 1, "februari": 2, "mars": 3, "april": 4, "maj": 5, "juni": 6, "juli": 7,
    "augusti": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "okt": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {"måndag": 0, "tisdag": 1, "onsdag": 2, "torsdag": 3, "fredag": 4, "lördag": 5, "söndag": 6}

_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY_RE = "|".join(WEEKDAYS)
ISO_DATE = re.compile(r"\b(20\d\d|19\d\d)-(\d\d)-(\d\d)\b")
WORD_DATE = re.compile(
    rf"(?:\b(?P<weekday>{_WEEKDAY_RE})(?:en)?\s+(?:den\s+)?)?\b(?P<day>\d{{1,2}})(?:e|:e)?\s+"
    rf"(?P<month>{_MONTH_RE})\.?(?:\s+(?P<year>(?:19|20)\d\d))?\b",
    re.IGNORECASE,
)
YEAR_MENTION = re.compile(r"(?<![\d-])(20\d\d)(?![\d-])")
SHORT_YEAR_MENTION = re.compile(r"\b(?:HT|VT)(\d\d)\b|\b(\d\d)/(\d\d)\b")


@dataclass(frozen=True)
class FoundDate:
    date: dt.date
    year_inferred: bool
    weekday: int | None = None


def find_date(text: str) -> FoundDate | None:
    """The first full date in `text` (ISO or Swedish words); a date without year gets year 0 marker."""
    iso = ISO_DATE.search(text)
    word = WORD_DATE.search(text)
    if iso and (not word or iso.start() < word.start()):
        try:
            return FoundDate(dt.date(int(iso[1]), int(iso[2]), int(iso[3])), False)
        except ValueError:
            return None
    if not word:
        return None
    day, month = int(word["day"]), MONTHS[word["month"].lower()]
    weekday = WEEKDAYS.get((word["weekday"] or "").lower())
    if word["year"]:
        try:
            return FoundDate(dt.date(int(word["year"]), month, day), False, weekday)
        except ValueError:
            return None
    return FoundDate(dt.date(2000, month, day), True, weekday)  # year filled in by infer_year()


def infer_year(found: FoundDate, document_text: str) -> dt.date | None:
    """Choose the year for a date printed without one.

    Candidates are the years the document mentions (and the year after each, for
    minutes that mention "HT24" in the autumn before). The weekday, when printed,
    must match; among matches the most mentioned year wins.
    """
    mentions: dict[int, int] = {}
    for match in YEAR_MENTION.finditer(document_text):
        mentions[int(match[1])] = mentions.get(int(match[1]), 0) + 1
    for match in SHORT_YEAR_MENTION.finditer(document_text):
        for group in match.groups():
            if group and 15 <= int(group) <= 60:
                year = 2000 + int(group)
                mentions[year] = mentions.get(year, 0) + 1
    ranked = sorted(mentions, key=lambda year: (-mentions[year], -year))
    candidates = ranked + [year + 1 for year in ranked] + [year - 1 for year in ranked]
    for year in candidates:
        try:
            date = found.date.replace(year=year)
        except ValueError:
            continue
        if found.weekday is None or date.weekday() == found.weekday:
            return date
    if found.weekday is not None:
        today = dt.date.today()
        for year in range(today.year, today.year - 15, -1):
            try:
                date = found.date.replace(year=year)
            except ValueError:
                continue
            if date.weekday() == found.weekday:
                return date
    return None


def date_in_filename(name: str) -> dt.date | None:
    """'protokoll_2024-03-12.pdf' or '20240312-styrelse.docx' → the date."""
    match = re.search(r"(20\d\d)[-_]?(\d\d)[-_]?(\d\d)", name)
    if not match:
        return None
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None
