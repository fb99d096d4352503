"""Which lines open an agenda item.

A line is a *candidate* when it looks like a heading: a numbered line
("§ 12 Budget", "4. Ekonomi", "3.1 Kassör", "IV. Val"), a Markdown heading, a
line whose number OCR lost (". Kommunöverläkare"), or a standard unnumbered
agenda title ("Mötets öppnande"). A candidate only becomes an item when it fits
the numbering sequence of the document; otherwise it stays text of the current
item (a list under "Underlag:", "21 april kl 11", "50 kr per person").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

_TITLE_START = r"[A-ZÅÄÖÉÜ\"”“'«(]"
_DASH = r"(?:[–—-]\s*)?"  # "§ 5 – Budget", "Punkt 1 – Mötets öppnande"
NUMBERED = [
    # "§ 7 a) Delårsrapport": a paragraph's sub-item, its letter after a space and closed by a bracket
    ("§", re.compile(rf"^§\s*(?P<num>\d+(?:[a-z]|\s[a-h](?=[.)]))?)\s*[.:)]?\s+{_DASH}(?P<title>{_TITLE_START}.*)$")),
    ("§", re.compile(rf"^(?P<num>\d+[a-z]?)\s*§\s*[.:]?\s+{_DASH}(?P<title>{_TITLE_START}.*)$")),
    ("punkt", re.compile(rf"^(?:punkt|ärende|paragraf)\s+(?P<num>\d+(?:\.\d+)*[a-z]?)\s*[.:)]?\s+{_DASH}"
                         rf"(?P<title>{_TITLE_START}.*)$", re.IGNORECASE)),
    ("roman", re.compile(rf"^(?P<num>[IVX]{{1,5}})\.\s+{_DASH}(?P<title>{_TITLE_START}.*)$")),
    # "5 a) Ekonomisk rapport", "5 a Bidrag till nytt kök": a sub-item's letter after a space, closed by a bracket or
    # a dot, or followed by a title
    ("number", re.compile(rf"^(?P<num>\d{{1,3}}(?:\.\d{{1,2}}){{0,3}}(?:[a-z]|\s[a-h](?=[.)]|\s+{_TITLE_START}))?)"
                          rf"(?P<punct>[.):]?)\s+{_DASH}(?P<title>{_TITLE_START}.*)$")),
]
# "a) Fastställande av resultaträkning": a lettered sub-item, when it stands right under a numbered item.
LETTERED = re.compile(rf"^(?P<num>[a-h])\)\s+{_DASH}(?P<title>{_TITLE_START}.*)$")
# OCR dropped the digit but kept the dot: ". Kommunoverlikare".
LOST_NUMBER = re.compile(rf"^[.,·]\s*(?P<title>{_TITLE_START}[^.]*\.?)$")
MARKDOWN_HEADING = re.compile(r"^(?P<hashes>#{1,6})\s+(?P<text>.+?)\s*#*$")

# Standard agenda titles that minutes often leave unnumbered.
STANDARD_TITLES = re.compile(
    r"^(mötets?\s+öppnande|mötet\s+öppnas|öppnande|punkter\s+utanför\s+(?:programmet|dagordningen).*"
    r"|mötets?\s+avslutande|mötet\s+avslutas|avslutning|övriga\s+frågor|nästa\s+möte)\s*:?$",
    re.IGNORECASE,
)
# A number standing alone on its line ("§ 21"); the title follows on a later line, after any "Dnr …".
NUMBER_ONLY = re.compile(r"^(?:#+\s*)?(?:§\s*\d+[a-z]?|\d+[a-z]?\s*§|(?:punkt|ärende|paragraf)\s+\d+(?:\.\d+)*[a-z]?)"
                         r"\s*[.:]?$", re.IGNORECASE)
REFERENCE_LINE = re.compile(r"^(?:dnr|diarienummer|diarienr|ärendenummer)\b", re.IGNORECASE)
# The agenda printed as a list before the items is a table of contents, not items.
AGENDA_LABEL = re.compile(r"^(?:#+\s*)?(?:dagordning|föredragningslista|agenda|förslag\s+till\s+dagordning)\s*:?$",
                          re.IGNORECASE)
# "## Närvaro" over the attendance table: part of the header, not an item.
ATTENDANCE_HEADING = re.compile(r"^(?:närvaro|närvarolista|närvarande|deltagare|närvarande\s+och\s+frånvarande)\s*:?$",
                                re.IGNORECASE)
# Headings that label a part of an item; they never open an item of their own.
PART_LABELS = re.compile(
    r"^(?:\d+(?:\.\d+)*\.?\s+)?(beslut|förslag\s+till\s+beslut|beslutsunderlag|bakgrund|diskussion|dialog"
    r"|yrkanden?|ärendebeskrivning|underlag|handlingar|bilagor?|omröstning|reservation|ajournering"
    r"|[\wåäö]+s\s+beslut|[\wåäö]+s\s+förslag(?:\s+till\s+beslut)?)\s*:?$",
    re.IGNORECASE,
)
# Units after a number, and "Att"-clauses ("1. Att godkänna …"), never open an item.
_NOT_TITLE_START = re.compile(r"^(kr|st|tkr|mkr|sek|kl|procent|%|timmar|minuter|år|veckor|att)\b", re.IGNORECASE)
AUTO_NUMBER_MARK = "\u2063"  # put by the readers after a heading whose number Word, LibreOffice or HTML generated
ROMAN = {"I": 1, "V": 5, "X": 10}


@dataclass
class Candidate:
    line: int
    title: str
    kind: str  # "§", "punkt", "roman", "number", "letter", "lost", "standard", "markdown"
    number: str | None = None
    punct: str = ""
    md_level: int = 0
    flags: list[str] = field(default_factory=list)
    auto_numbered: bool = False
    rest: str = ""  # text on the heading's own line after its title: "a) Snöröjningen. Flera besökare har …"

    @property
    def style(self) -> str:
        return f"{self.kind}{self.punct}"

    def parts(self) -> tuple[int, ...] | None:
        """'3.1' → (3, 1); '4a' → (4, 1) (a letter is a sub-level); 'IV' → (4,); None when unnumbered."""
        if not self.number:
            return None
        if self.kind == "roman":
            return (_roman_value(self.number),)
        parts: list[int] = []
        for piece in self.number.split("."):
            letter = re.search(r"[a-z]$", piece)
            if piece.rstrip("abcdefghijklmnopqrstuvwxyz"):
                parts.append(int(piece.rstrip("abcdefghijklmnopqrstuvwxyz")))
            if letter:
                parts.append(ord(letter.group(0)) - ord("a") + 1)
        return tuple(parts)


def _roman_value(text: str) -> int:
    total = 0
    for index, char in enumerate(text):
        value = ROMAN[char]
        following = ROMAN[text[index + 1]] if index + 1 < len(text) else 0
        total += -value if value < following else value
    return total


def candidate_for(line_no: int, line: str) -> Candidate | None:
    """The heading this line would be, if it is one at all."""
    auto = AUTO_NUMBER_MARK in line
    line = line.replace(AUTO_NUMBER_MARK, "")
    md = MARKDOWN_HEADING.match(line)
    text = md["text"].strip() if md else line.strip()
    level = len(md["hashes"]) if md else 0
    if not text:
        return None
    if (lettered := LETTERED.match(text)) and (point := _titled_point(lettered["title"])):
        return Candidate(line_no, point[0], "letter", lettered["num"], ")", level, rest=point[1])
    if len(text) > 160:
        return None
    for kind, pattern in NUMBERED:
        match = pattern.match(text)
        if match and not _NOT_TITLE_START.match(match["title"]):
            number = match["num"]
            if kind == "number" and (int(number.split(".")[0].rstrip("abcdefghij") or 0) > 300
                                     or re.search(r"\.0\d?$", number)):
                return None  # a year or a time of day ("13.00 Lunch")
            return Candidate(line_no, match["title"].strip(), kind, number,
                             match.groupdict().get("punct") or "", level, auto_numbered=auto)
    lettered = LETTERED.match(text)
    if lettered and not _NOT_TITLE_START.match(lettered["title"]) and not _is_running_text(lettered["title"]):
        return Candidate(line_no, lettered["title"].strip(), "letter", lettered["num"], ")", level)
    lost = LOST_NUMBER.match(text)
    if lost:
        return Candidate(line_no, lost["title"].strip(), "lost", None, "", level)
    if md and not AGENDA_LABEL.match(text) and not ATTENDANCE_HEADING.match(text):
        return Candidate(line_no, text, "markdown", None, "", level)
    if STANDARD_TITLES.match(text):
        return Candidate(line_no, text.rstrip(":").strip(), "standard")
    return None


# "a) Bryggan vid badplatsen har två lösa bräder. Torbjörn lagar dem." under Övrigt: a point of a list, not a title.
_SENTENCES = re.compile(r"[.!?]\s+[A-ZÅÄÖ]")
MAX_TITLE_WORDS = 8


# "a) Snöröjningen. Flera besökare har klagat …": a title of a word or three, then the point's text.
_TITLE_THEN_TEXT = re.compile(r"^(?P<title>[A-ZÅÄÖ][\w-]*(?:\s+[\w-]+){0,4})\.\s+(?P<rest>[A-ZÅÄÖ].*)$")


def _titled_point(title: str) -> tuple[str, str] | None:
    """(title, text) of a lettered point whose short title runs on into its text; None otherwise."""
    match = _TITLE_THEN_TEXT.match(title.strip())
    if not match or _NOT_TITLE_START.match(match["title"]) or _SAYS_SOMETHING.search(match["title"]):
        return None
    return match["title"], match["rest"]


# "a) Bryggan har två lösa bräder. Torbjörn …" is a sentence, not a title: it has a verb.
_SAYS_SOMETHING = re.compile(r"\b(?:har|hade|är|var|blir|blev|ska|skall|kommer|kan|måste|behöver|finns|fick|får"
                             r"|\w+ade|\w+erar)\b", re.IGNORECASE)


def _is_running_text(title: str) -> bool:
    return bool(_SENTENCES.search(title)) or (title.endswith(".") and len(title.split()) > MAX_TITLE_WORDS)


def is_part_label(title: str) -> bool:
    return bool(PART_LABELS.match(title.strip()))


def dominant_style(candidates: list[Candidate]) -> str | None:
    """The numbering style of the items: '§' whenever two or more paragraphs are numbered so (a protocol's
    decision points '1. Nämnden godkänner …' under each § outnumber them), else the most common style."""
    styles = Counter(c.style for c in candidates if c.number and c.kind != "lost" and "." not in c.number)
    if styles.get("§", 0) >= 2:
        return "§"
    return styles.most_common(1)[0][0] if styles else None


def in_list_context(lines: list[str], line_no: int) -> bool:
    """True when the line belongs to a numbered list introduced by a 'label:' line ('Underlag:')."""
    index = line_no - 1
    while index >= 0:
        previous = lines[index].strip()
        if not previous:
            index -= 1
            continue
        if previous.endswith(":"):
            return True
        if (earlier := candidate_for(index, previous)) and earlier.number:
            index -= 1  # an earlier entry of the same list
            continue
        return False
    return False
