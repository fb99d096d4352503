"""Swedish dates: in minutes ('6 februari 2026', 'Fredagen den 6 september', '2023-11-30') and as
phrases in questions ('i oktober 2023', 'hösten 2024', 'förra året').

When a date in minutes has no year, the year is inferred from the weekday ("Fredagen")
and the years the document mentions; the caller flags such dates as inferred. Relative
phrases in questions ("förra året", "i år") count from `today`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace

from .text import fold

MONTH_NAMES = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
               "november", "december"]
MONTHS = {
    **{name: number for number, name in enumerate(MONTH_NAMES, 1)},
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
# "5/12 2024", "12/3-24", "tisdag 12/3 -24": day/month with a year; without a year ("5/2") it is not a date.
SLASH_DATE = re.compile(r"(?<![\d/])(?P<day>\d{1,2})/(?P<month>\d{1,2})(?:\s*-\s*|\s+)(?P<year>(?:19|20)\d\d|\d\d)(?![\d/-])")
YEAR_MENTION = re.compile(r"(?<![\d-])(20\d\d)(?![\d-])")
SHORT_YEAR_MENTION = re.compile(r"\b(?:HT|VT)(\d\d)\b|\b(\d\d)/(\d\d)\b")


@dataclass(frozen=True)
class FoundDate:
    date: dt.date
    year_inferred: bool
    weekday: int | None = None


def find_date(text: str) -> FoundDate | None:
    """The first full date in `text` (ISO, Swedish words, or day/month with a year); a date in words without a
    year gets a placeholder year and `year_inferred` (see `infer_year`)."""
    matches = [m for m in (ISO_DATE.search(text), WORD_DATE.search(text), SLASH_DATE.search(text)) if m]
    if not matches:
        return None
    first = min(matches, key=lambda m: m.start())
    try:
        if first.re is ISO_DATE:
            return FoundDate(dt.date(int(first[1]), int(first[2]), int(first[3])), False)
        if first.re is SLASH_DATE:
            year = int(first["year"])
            return FoundDate(dt.date(year if year > 99 else 2000 + year, int(first["month"]), int(first["day"])), False)
        return _word_date(first)
    except ValueError:
        return None


def _word_date(word: re.Match) -> FoundDate:
    day, month = int(word["day"]), MONTHS[word["month"].lower()]
    weekday = WEEKDAYS.get((word["weekday"] or "").lower())
    if word["year"]:
        return FoundDate(dt.date(int(word["year"]), month, day), False, weekday)
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


# -- date phrases in questions -------------------------------------------------------------------------

_MONTH_NAMES = "|".join([*MONTH_NAMES, "sept"])  # in questions: full names (and "sept"), not "jan" or "mar"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
# With a year the short forms are months too: "beslut nov 2025", "dec. 2024".
# A year written short after a dash or an apostrophe in a chat: "april -24", "apr '24".
MONTH_YEAR = re.compile(rf"\b(?:i\s+|under\s+)?(?P<month>{_MONTH_RE})\.?(?:\s+{_YEAR}\b|\s*[-'’]\s?(?P<short>\d\d)\b(?![-/.]))",
                        re.I)
# A month without a year ("mötet i april") means its latest occurrence up to today.
MONTH_SPAN = re.compile(rf"\b(?:mellan\s+|från\s+)?(?P<first>{_MONTH_NAMES})(?:\s+(?P<first_year>(?:19|20)\d\d))?"
                        rf"\s*(?:och|till|[-–])\s*(?P<last>{_MONTH_NAMES})\s+{_YEAR}\b", re.I)
MONTH_ALONE = re.compile(rf"\b(?:i|under|på\s+mötet\s+i|mötet\s+i)\s+(?P<month>{_MONTH_NAMES})\b(?!\s+\d)", re.I)
# "junimötet", "på marssammanträdet 2025": the meeting of that month.
MONTH_MEETING = re.compile(rf"\b(?:på\s+|vid\s+)?(?P<month>{_MONTH_NAMES})s?-?(?:m[öo]tet?|sammantr[äa]det|tr[äa]ffen)"
                           rf"(?:\s+{_YEAR})?\b", re.I)
# Seasons as Swedish organisations use them: "våren" is the spring term (January–June), "hösten" the autumn
# term (August–December), "sommaren" June–August.
# Keyed folded: people type "hosten 2024" too.
SEASONS = {"varen": (1, 6), "varterminen": (1, 6), "sommaren": (6, 8), "hosten": (8, 12), "hostterminen": (8, 12)}
SEASON_YEAR = re.compile(r"\b(?:under\s+|i\s+)?(?P<season>v[åa]ren|v[åa]rterminen|sommaren|h[öo]sten|h[öo]stterminen)\s+"
                         + _YEAR + r"\b", re.I)
ISO_DAY = re.compile(r"\b(?:den\s+)?(?P<date>(?:19|20)\d\d-\d\d-\d\d)\b")
# After a day the short forms are months too: "styrelsemötet 26 aug".
DAY_MONTH = re.compile(rf"\b(?:den\s+)?(?P<day>\d{{1,2}})(?::e)?\s+(?P<month>{_MONTH_RE})\.?(?:\s+{_YEAR})?\b", re.I)
# A bare year only with a preposition: "i 2024" is a meeting date, "tas med till 2022" is content.
# "under 2022", and a bare year after the words for deciding: "vilka beslut togs 2022", "beslut 2023".
YEAR = re.compile(rf"\b(?:(?P<prep>i|under|år|året|från)|togs|fattades|beslutades|bestämdes|beslut|besluten"
                  rf"|årsstämman|årsstämma|årsmötet|årsmöte|stämman|föreningsstämman)\s+{_YEAR}"
                  r"\b(?![/-]\d)", re.I)
LAST_YEAR = re.compile(r"\b(?:förra\s+året|i\s+fjol)\b", re.I)
# Time words about what a decision concerns, not when the meeting was: "höjs taxan nästa år" was decided this year.
FUTURE_PHRASE = re.compile(r"\b(?:nästa|kommande|nästkommande)\s+(?:år|läsår|verksamhetsår)\b|\bframöver\b", re.I)
_SINCE_WORDS = r"\b(?:alltsedan|sedan|sen|från\s+och\s+med|fr\.\s?o\.\s?m\.)\s+"
SINCE = re.compile(rf"{_SINCE_WORDS}$", re.I)
SINCE_YEAR = re.compile(rf"{_SINCE_WORDS}{_YEAR}\b", re.I)
THIS_YEAR = re.compile(r"\b(?:i\s+år|detta\s+år|under\s+året)\b", re.I)


@dataclass(frozen=True)
class DatePhrase:
    """A date phrase found in a question: the range it means and the words that said it."""

    date_from: dt.date
    date_to: dt.date
    words: str
    day: bool = False  # one named day ("6 september"), not a month or a year
    year_given: bool = True  # False for "i april", "6 september": the caller picks the year with meetings
    week: int = 0  # the ISO week, for "vecka 12"

    def in_year(self, year: int) -> DatePhrase:
        """The same days of the month (or the same week) in another year (for a phrase without a year)."""
        if self.week:
            return replace(_week_phrase(year, self.week, self.words), year_given=True)
        last = calendar.monthrange(year, self.date_to.month)[1]
        return DatePhrase(self.date_from.replace(year=year), self.date_to.replace(year=year, day=min(self.date_to.day, last)),
                          self.words, self.day, True)


def _month_range(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _latest_year_of(month: int, day: int, today: dt.date) -> int:
    """The year in which (month, day) last occurred up to today."""
    return today.year if (month, day) <= (today.month, today.day) else today.year - 1


def date_phrase(text: str, today: dt.date | None = None) -> DatePhrase | None:
    """The first date phrase in a question, as a date range; None when it names no date. After "sedan" the
    range runs to today: "sedan hösten 2024", "sedan 2024"."""
    today = today or dt.date.today()
    if match := SINCE_YEAR.search(text):
        return DatePhrase(dt.date(int(match["year"]), 1, 1), today, match.group(0))
    for finder in (_iso_day, _slash_day, _day_month, _week, _month_span, _month_year, _season_year, _relative_year, _year,
                   _month_alone):
        found = finder(text, today)
        if found:
            return _since(found, text, today)
    return None


def _since(found: DatePhrase, text: str, today: dt.date) -> DatePhrase:
    """`found`, running on to today when "sedan"/"sen"/"från och med" comes right before it (a phrase with its
    year: without one, the caller picks the year and the range with it)."""
    before = text[:text.find(found.words)]
    match = SINCE.search(before)
    if match is None or not found.year_given or found.date_to >= today:
        return found
    return DatePhrase(found.date_from, today, before[match.start():] + found.words)


def _iso_day(text: str, today: dt.date) -> DatePhrase | None:
    if match := ISO_DAY.search(text):
        try:
            day = dt.date.fromisoformat(match["date"])
        except ValueError:
            return None
        return DatePhrase(day, day, match.group(0), day=True)
    return None


def _slash_day(text: str, today: dt.date) -> DatePhrase | None:
    """'15/10 2024', '15/10-24': one day, as minutes and chat write it."""
    if match := SLASH_DATE.search(text):
        year = int(match["year"]) if len(match["year"]) == 4 else 2000 + int(match["year"])
        try:
            day = dt.date(year, int(match["month"]), int(match["day"]))
        except ValueError:
            return None
        return DatePhrase(day, day, match.group(0), day=True)
    return None


def _day_month(text: str, today: dt.date) -> DatePhrase | None:
    if not (match := DAY_MONTH.search(text)):
        return None
    month, day_number = MONTHS[match["month"].lower()], int(match["day"])
    year = int(match["year"]) if match["year"] else _latest_year_of(month, day_number, today)
    try:
        day = dt.date(year, month, day_number)
    except ValueError:
        return None
    return DatePhrase(day, day, match.group(0), day=True, year_given=bool(match["year"]))


# "vecka 12", "v. 12", "v12 2025": an ISO week, as Swedish workplaces count them.
WEEK = re.compile(r"\b(?:vecka|v\.?)\s*(?P<week>[1-9]|[1-4]\d|5[0-3])\b(?:\s*(?:år\s*)?(?P<year>(?:19|20)\d\d)\b)?",
                  re.IGNORECASE)


def _week(text: str, today: dt.date) -> DatePhrase | None:
    if not (match := WEEK.search(text)):
        return None
    week = int(match["week"])
    if match["year"]:
        return _week_phrase(int(match["year"]), week, match.group(0))
    this_year = today.isocalendar().year
    year = this_year if week <= today.isocalendar().week else this_year - 1
    return replace(_week_phrase(year, week, match.group(0)), year_given=False)


def _week_phrase(year: int, week: int, words: str) -> DatePhrase:
    monday = dt.date.fromisocalendar(year, min(week, 52 if week == 53 and not _has_week_53(year) else week), 1)
    return DatePhrase(monday, monday + dt.timedelta(days=6), words, week=week)


def _has_week_53(year: int) -> bool:
    return dt.date(year, 12, 28).isocalendar().week == 53


def _month_span(text: str, today: dt.date) -> DatePhrase | None:
    """'mellan april och juni 2025', 'från mars till maj 2024', 'november 2024–februari 2025': the months between."""
    if match := MONTH_SPAN.search(text):
        last_year = int(match["year"])
        first_year = int(match["first_year"]) if match["first_year"] else last_year
        first, last = MONTHS[match["first"].lower()], MONTHS[match["last"].lower()]
        if not match["first_year"] and first > last:  # "november till februari 2025": from the year before
            first_year -= 1
        return DatePhrase(_month_range(first_year, first)[0], _month_range(last_year, last)[1], match.group(0))
    return None


def _month_year(text: str, today: dt.date) -> DatePhrase | None:
    if match := MONTH_YEAR.search(text):
        year = int(match["year"]) if match["year"] else 2000 + int(match["short"])
        return DatePhrase(*_month_range(year, MONTHS[match["month"].lower()]), match.group(0))
    return None


def _season_year(text: str, today: dt.date) -> DatePhrase | None:
    if match := SEASON_YEAR.search(text):
        year, (first, last) = int(match["year"]), SEASONS[fold(match["season"])]
        return DatePhrase(_month_range(year, first)[0], _month_range(year, last)[1], match.group(0))
    return None


def _relative_year(text: str, today: dt.date) -> DatePhrase | None:
    for pattern, year in ((LAST_YEAR, today.year - 1), (THIS_YEAR, today.year)):
        if match := pattern.search(text):
            return DatePhrase(dt.date(year, 1, 1), dt.date(year, 12, 31), match.group(0))
    return None


def _year(text: str, today: dt.date) -> DatePhrase | None:
    if match := YEAR.search(text):
        year = int(match["year"])
        return DatePhrase(dt.date(year, 1, 1), dt.date(year, 12, 31), match.group(0) if match["prep"] else match["year"])
    return None


BARE_YEAR = re.compile(rf"(?<![\d/-]){_YEAR}(?![\d/-])")


def bare_year(text: str) -> DatePhrase | None:
    """A year standing alone ('vem var ordförande för styrgruppen 2021'): when, for a question about people; not a
    date phrase in general, since 'budget 2025' is about the budget."""
    if match := BARE_YEAR.search(text):
        year = int(match["year"])
        return DatePhrase(dt.date(year, 1, 1), dt.date(year, 12, 31), match.group(0))
    return None


def _month_alone(text: str, today: dt.date) -> DatePhrase | None:
    """'beslut på mötet i april': the latest April up to today (minutes are about the past)."""
    if match := MONTH_ALONE.search(text) or MONTH_MEETING.search(text):
        month = MONTHS[match["month"].lower()]
        if match.groupdict().get("year"):
            return DatePhrase(*_month_range(int(match["year"]), month), match.group(0))
        return DatePhrase(*_month_range(_latest_year_of(month, 1, today), month), match.group(0), year_given=False)
    return None



def spoken_date(iso: str) -> str:
    """'2024-05-03' → '3 maj 2024', as minutes write dates."""
    try:
        day = dt.date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"
