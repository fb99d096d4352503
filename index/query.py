"""Understanding a Swedish question: date expressions become filters, decision wording becomes intent.

"Vad beslutades om heder i oktober 2023?" → text "heder", dates 2023-10-01…2023-10-31,
decision intent. Relative phrases ("förra året", "i år") count from `today`;
"senaste mötet" is resolved by the searcher, which knows the latest meeting date.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from ingest.dates import MONTHS

_MONTH_NAMES = "|".join(m for m in MONTHS if len(m) > 3)
MONTH_YEAR = re.compile(rf"\b(?:i\s+|under\s+)?(?P<month>{_MONTH_NAMES})\s+(?P<year>(?:19|20)\d\d)\b", re.I)
# Seasons as Swedish organisations use them: "våren" is the spring term (January–June), "hösten" the autumn
# term (August–December), "sommaren" June–August.
SEASONS = {"våren": (1, 6), "vårterminen": (1, 6), "sommaren": (6, 8), "hösten": (8, 12), "höstterminen": (8, 12)}
SEASON_YEAR = re.compile(rf"\b(?:under\s+|i\s+)?(?P<season>{'|'.join(SEASONS)})\s+(?P<year>(?:19|20)\d\d)\b", re.I)
ISO_DAY = re.compile(r"\b(?:den\s+)?(?P<date>(?:19|20)\d\d-\d\d-\d\d)\b")
# A bare year only with a preposition: "i 2024" is a meeting date, "tas med till 2022" is content.
YEAR = re.compile(r"\b(?:i|under|år|året|från)\s+(?P<year>(?:19|20)\d\d)\b", re.I)
LAST_YEAR = re.compile(r"\b(?:förra\s+året|i\s+fjol)\b", re.I)
THIS_YEAR = re.compile(r"\b(?:i\s+år|detta\s+år|under\s+året)\b", re.I)
LATEST_MEETING = re.compile(r"\b(?:på\s+|vid\s+|i\s+)?(?:det\s+)?senaste\s+mötet\b", re.I)
DECISION_INTENT = re.compile(
    r"\b(?:beslut\w*|bestämdes|bestämde|beslöt|utsågs|utsåg|valdes|vem\s+utses|godkändes|antogs|bifölls|avslogs)\b",
    re.I,
)


@dataclass(frozen=True)
class ParsedQuery:
    text: str
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    latest_meeting: bool = False
    decision_intent: bool = False


def parse_query(query: str, today: dt.date | None = None) -> ParsedQuery:
    today = today or dt.date.today()
    text = query
    date_from = date_to = None
    latest = bool(LATEST_MEETING.search(text))
    text = LATEST_MEETING.sub(" ", text)
    if match := ISO_DAY.search(text):
        try:
            date_from = date_to = dt.date.fromisoformat(match["date"])
            text = text.replace(match.group(0), " ")
        except ValueError:
            pass
    elif match := MONTH_YEAR.search(text):
        year, month = int(match["year"]), MONTHS[match["month"].lower()]
        date_from = dt.date(year, month, 1)
        date_to = dt.date(year, month, calendar.monthrange(year, month)[1])
        text = text.replace(match.group(0), " ")
    elif match := SEASON_YEAR.search(text):
        year, (first, last) = int(match["year"]), SEASONS[match["season"].lower()]
        date_from, date_to = dt.date(year, first, 1), dt.date(year, last, calendar.monthrange(year, last)[1])
        text = text.replace(match.group(0), " ")
    elif match := LAST_YEAR.search(text):
        date_from, date_to = dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31)
        text = text.replace(match.group(0), " ")
    elif match := THIS_YEAR.search(text):
        date_from, date_to = dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)
        text = text.replace(match.group(0), " ")
    elif match := YEAR.search(text):
        year = int(match["year"])
        date_from, date_to = dt.date(year, 1, 1), dt.date(year, 12, 31)
        text = text.replace(match.group(0), " ")
    text = " ".join(text.split()) or query
    return ParsedQuery(text=text, date_from=date_from, date_to=date_to, latest_meeting=latest,
                       decision_intent=bool(DECISION_INTENT.search(query)))
