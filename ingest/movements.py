"""Who came after the start or left before the end of a meeting, as the minutes say it.

"Kjell Dahlén (SD) kom kl. 09.10 under § 190 och deltog i besluten från och med § 191.", "Marcus Löfdahl
lämnade mötet efter punkt 5.", "Kom senare: Oskar Tidholm (teknikansvarig) kom kl. 19.20, under punkt 4.1."
Each is kept with the sentence as written, so an answer quotes the minutes' own words, and with the item it
stands in when it is not in the header. A verb alone is not enough: "Anna kom med ett förslag" came with
something; a time, an item or a word such as "senare" says when.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from swedish.labels import ROLE_WORDS

from .models import AgendaItem, Movement

_NAME_WORD = r"[A-ZÅÄÖÉÜÆØŠŽČĆ](?:[^\W\d_]|['’])+(?:-[^\W\d_]+)?"  # "Petrović", "Lars-Erik", "O'Neill"
_PERSON = rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})(?:\s*\([^)]{{1,60}}\))?,?"
_WHEN = (r"(?:kl\.?\s*\d|klockan\s+\d|under\s+(?:punkt|§|p\.|paragraf|behandlingen|ärende)|(?:till|efter|före|innan|"
         r"vid)\s+(?:punkt|§|p\.|paragraf|ärende|kl\.?\s*\d|lunch|pausen|kaffe)|från\s+och\s+med|fr\.\s?o\.\s?m\.?"
         r"|\bsenare\b|\bsent\b|för\s+sent|\btidigare\b|\btidigt\b|i\s+förtid|innan\s+mötet\s+(?:var\s+)?slut)")
_CAME = re.compile(rf"{_PERSON}\s+(?:kom|anlände|anslöt|tillkom|tillträdde)\b(?P<rest>[^\n]*)")
_LEFT = re.compile(rf"{_PERSON}\s+(?:lämnade|avvek|avvek\s+från|gick\s+från|gick\s+ifrån|gick)\b(?P<rest>[^\n]*)")
# "Kom senare: Oskar Tidholm", "Lämnade mötet: Ida Ek (efter § 5)": a label says it for the names after it.
_CAME_LABEL = re.compile(r"^(?:kom\s+(?:senare|sent|för\s+sent)|sen\s+ankomst|anlände\s+senare|anslöt\s+senare"
                         r"|tillkom(?:mande)?|senare\s+ankomst)\s*:\s*(?P<value>.+)$", re.IGNORECASE)
_LEFT_LABEL = re.compile(r"^(?:lämnade\s+(?:mötet|sammanträdet|stämman)(?:\s+\S+){0,3}|avvek(?:\s+\S+){0,3}"
                         r"|gick\s+(?:tidigare|tidigt|i\s+förtid))\s*:\s*(?P<value>.+)$", re.IGNORECASE)
# "Karl Westerlund (gick efter punkt 4 för ett kundmöte)" in a list of those present: the brackets say it.
_IN_BRACKETS = re.compile(rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})\s*\((?P<inside>[^)]{{1,100}})\)")
_CAME_START = re.compile(r"^(?:kom|anlände|anslöt|tillkom|tillträdde)\b")
_LEFT_START = re.compile(r"^(?:lämnade|avvek|gick)\b")
_SENTENCE_END = re.compile(r"(?<![\s.]kl)(?<!\bca)(?<!\bp)(?<!\bfr\.o\.m)\.(?=\s+[A-ZÅÄÖ(\"”]|\s*$)")
_MARKUP = re.compile(r"[*_]{1,2}")
_TITLES = frozenset("rektor förskolechef chef direktör suppleant ledamot ordförande kassör sekreterare "
                    "kommundirektör ekonomichef verksamhetschef rektorn".split())


def movements(header_lines: list[str], items: Iterable[AgendaItem], known: list[str]) -> list[Movement]:
    """Every late arrival and early departure the header and the items record, in the order written."""
    found = [m for line in _paragraphs(header_lines) for m in _in_line(line, None, known)]
    for index, item in enumerate(items):
        found += [m for line in _paragraphs(item.text.splitlines()) for m in _in_line(line, index, known)]
    unique: dict[tuple[str, bool], Movement] = {}
    for movement in found:
        unique.setdefault((movement.name, movement.came), movement)
    return list(unique.values())


def _paragraphs(lines: list[str]) -> list[str]:
    """Lines joined where a sentence was wrapped onto the next one (a blank line or a label ends it). Stricter than
    `paragraphs.paragraphs`, which joins a header's list lines too, and would put the list in the quoted sentence."""
    joined: list[str] = []
    for line in (line.strip() for line in lines):
        if joined and line and joined[-1] and not joined[-1].endswith((".", ":")) and line[:1].islower():
            joined[-1] += " " + line
        else:
            joined.append(line)
    return [line for line in joined if line]


def _in_line(line: str, item: int | None, known: list[str]) -> list[Movement]:
    plain = _MARKUP.sub("", line).strip()
    for label, came in ((_CAME_LABEL, True), (_LEFT_LABEL, False)):
        if found := label.match(plain):
            sentence_ones = _in_sentences(found["value"], item, known)
            return sentence_ones or [Movement(name=name, came=came, text=found["value"].strip(), item_index=item)
                                     for name in _names(found["value"], known)]
    return _in_sentences(line, item, known)


def _in_sentences(text: str, item: int | None, known: list[str]) -> list[Movement]:
    result = []
    for sentence in _sentences(text):
        for pattern, came in ((_CAME, True), (_LEFT, False)):
            found = pattern.search(sentence)
            if found and re.search(_WHEN, found["rest"]) and (name := _person(found["name"], known)):
                result.append(Movement(name=name, came=came, text=sentence, item_index=item))
        if not result:
            result += _in_brackets(sentence, item, known)
    return result


def _in_brackets(text: str, item: int | None, known: list[str]) -> list[Movement]:
    """'Björn Hammarlund (lämnade mötet efter punkt 5)': the name with its brackets is the quote."""
    result = []
    for found in _IN_BRACKETS.finditer(text):
        inside = found["inside"].strip()
        for start, came in ((_CAME_START, True), (_LEFT_START, False)):
            if start.match(inside) and re.search(_WHEN, inside) and (name := _person(found["name"], known)):
                result.append(Movement(name=name, came=came, text=found.group(0), item_index=item))
    return result


def _sentences(text: str) -> list[str]:
    starts = [0] + [m.end() for m in _SENTENCE_END.finditer(text)]
    return [s for a, b in zip(starts, starts[1:] + [len(text)]) if (s := text[a:b].strip())]


def _person(written: str, known: list[str]) -> str | None:
    """The name the words hold, a role word before it left out ('Rektor Helena Brodin'); a first name alone only
    when the header lists one person by it ('Oskar kom kl. 19.20' → 'Oskar Tidholm')."""
    words = written.split()
    for size in (3, 2):  # a name the header lists, at the end of the words
        if len(words) >= size and (tail := " ".join(words[-size:])) in known:
            return tail
    while words and (words[0].lower() in ROLE_WORDS or words[0].lower().rstrip("n") in _TITLES):
        words = words[1:]
    if len(words) >= 2:
        return " ".join(words[-3:] if len(words) > 3 else words)
    if len(words) == 1:
        matches = {name for name in known if name.split()[0] == words[0]}
        return matches.pop() if len(matches) == 1 else None
    return None


def _names(value: str, known: list[str]) -> list[str]:
    """The people a label's value lists: 'Oskar Tidholm (teknikansvarig), Ida Ek' → both names."""
    value = re.sub(r"\([^)]*\)", "", value)
    parts = [p.strip(" .") for p in re.split(r",|\boch\b|;", value)]
    return [name for part in parts if part and re.fullmatch(rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}", part)
            and (name := _person(part, known))]
