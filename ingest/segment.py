"""Splitting a document's lines into a header and agenda-item segments.

The rule that keeps stray numbered lines out: a numbered candidate (see
`headings`) opens an item only when its number continues the sequence — the
next number, the next sub-number ("3.1" after "3"), a sibling one level up, or
a repeat of the same number in the same style (one sample really has two
items "4"). Lines in a list under a "label:" line are never headings.

Hierarchy: a numbered heading that has nothing but sub-headings under it is a
section, not an item; its children carry its title in `parents`. Deeper
numbers ("4.1.3") are items of their own. An unnumbered Markdown heading under
a numbered one is an item cited by its section's number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from swedish.labels import FOOTER_BLOCK, HEADER_FIELD
from swedish.text import ends_mid_phrase, folded_key

from .headings import (AGENDA_LABEL, MARKDOWN_HEADING, NUMBER_ONLY, REFERENCE_LINE, Candidate, candidate_for,
                       dominant_style, in_list_context, is_part_label)

@dataclass
class Segment:
    candidate: Candidate
    number: str | None
    title: str
    body: list[str] = field(default_factory=list)
    parents: list[str] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)


@dataclass
class Split:
    header: list[str]
    segments: list[Segment]
    footer: list[str]
    notes: list[str]


@dataclass
class Reading:
    """The items one kind of evidence gives: Word/Markdown heading styles, or the numbers typed in the text."""

    accepted: list[Candidate]
    consumed: set[int]
    notes: list[str]


def split_document(lines: list[str]) -> Split:
    lines = join_number_only_headings(lines)
    by_style = _heading_count(lines) >= 2
    reading = _read_items(lines, markdown_mode=by_style)
    notes: list[str] = []
    if by_style:
        typed = _read_items(lines, markdown_mode=False)
        numbered = sum(1 for c in reading.accepted if c.number)
        # Heading styles are evidence, not the rule: a converted or hand-edited file may style a stray line as a
        # heading while its items are typed "1 Överenskommelse …" in ordinary paragraphs.
        if len(typed.accepted) >= 3 and len(typed.accepted) > 2 * max(len(reading.accepted), numbered, 1):
            notes.append(f"rubrikformaten gav {len(reading.accepted)} punkt(er), de inskrivna numren "
                         f"{len(typed.accepted)} i följd; punkterna följer numren i texten")
            reading = typed
    notes += reading.notes
    accepted = reading.accepted or _lower_case_items(lines)
    if not accepted:
        return Split(header=[], segments=[], footer=[], notes=notes)
    if not reading.accepted:
        notes.append(f"punkternas rubriker börjar med liten bokstav ('{accepted[0].number}) {accepted[0].title}'); "
                     "de lästes som punkter eftersom de numreras i följd")
    header = [line for line in lines[: accepted[0].line]]
    segments, footer = _segments(lines, accepted, reading.consumed)
    return Split(header=header, segments=_apply_hierarchy(segments), footer=footer, notes=notes)


# "1) träningar maj-juni", "1. öppn.", "3a. läget": a number (a sub-item's letter), then a title in lower case that is
# no sentence (an abbreviation's dot may end it)
_LOWER_CASE_ITEM = re.compile(r"^(?P<num>\d{1,2}[a-h]?)(?P<punct>[.)])\s+(?P<title>[a-zåäö](?:[^.!?]|\.(?!\s*\S)){0,60})$")
MIN_LOWER_CASE_RUN = 3


def _lower_case_items(lines: list[str]) -> list[Candidate]:
    """Notes typed in a hurry ('1) träningar maj-juni', '2) lok'): when nothing else reads as items, numbered
    lower-case lines that count 1, 2, 3 … (with 3a, 3b under 3) from the start of a line, each with text under it."""
    found = [Candidate(i, m["title"].strip(), "number", m["num"], m["punct"]) for i, line in enumerate(lines[:-1])
             if (m := _LOWER_CASE_ITEM.match(line.strip())) and any(below.strip() for below in lines[i + 1:i + 3])]
    tops = [int(re.match(r"\d+", c.number)[0]) for c in found]
    if len(found) < MIN_LOWER_CASE_RUN or list(dict.fromkeys(tops)) != list(range(1, max(tops, default=0) + 1)) \
            or tops != sorted(tops):
        return []
    return found


def _candidates(lines: list[str]) -> tuple[dict[int, Candidate], set[int]]:
    """Every line that could open an item (fresh objects: reading them fills in titles), and the lines of an
    agenda printed as a list, which are not items."""
    candidates = {c.line: c for i, line in enumerate(lines) if (c := candidate_for(i, line))}
    agenda = agenda_list_lines(lines, candidates)
    for line_no in agenda:
        del candidates[line_no]
    return candidates, agenda


def _heading_count(lines: list[str]) -> int:
    candidates, _ = _candidates(lines)
    return sum(1 for c in candidates.values() if c.md_level and not is_part_label(c.title))


def _read_items(lines: list[str], *, markdown_mode: bool) -> Reading:
    candidates, agenda = _candidates(lines)
    style = dominant_style([c for c in candidates.values() if markdown_mode == bool(c.md_level)])
    first_field = next((i for i, line in enumerate(lines) if HEADER_FIELD.match(_plain(line))), None)
    accepted: list[Candidate] = []
    notes: list[str] = []
    last_parts: tuple[int, ...] | None = None
    consumed: set[int] = set()
    for line_no in sorted(candidates):
        if line_no in consumed:
            continue
        cand = candidates[line_no]
        if cand.kind == "letter":
            verdict = _lettered_sub_item(cand, accepted, lines) or None
        else:
            verdict = _judge(cand, lines, markdown_mode, style, last_parts, bool(accepted), first_field)
        if verdict is None:
            continue
        if verdict is False:
            notes.append(f"rad {line_no + 1} liknar en rubrik men passar inte numreringen; behölls som text: "
                         f"{lines[line_no].strip()[:60]!r}")
            continue
        _flag_derived_number(cand, last_parts)
        consumed |= _extend_title(cand, lines, candidates)
        accepted.append(cand)
        if cand.parts():
            last_parts = cand.parts()
    if agenda:
        notes.append(f"dagordningen på rad {min(agenda) + 1}–{max(agenda) + 1} är en lista över punkterna, inte punkter")
    return Reading(accepted, consumed, notes)


def _lettered_sub_item(cand: Candidate, accepted: list[Candidate], lines: list[str]) -> bool:
    """'a)' right under a numbered item (nothing but blank lines between), or the next letter after an accepted
    one, is a sub-item; it is numbered after its parent: '§ 9' + 'a)' → '9a'. Other 'a)' lines are lists."""
    if not accepted or not accepted[-1].number:
        return False
    last = accepted[-1]
    if last.kind == "letter":
        parent, follows = last.number[:-1], ord(cand.number) == ord(last.number[-1]) + 1
    else:
        parent = last.number
        follows = cand.number == "a" and all(not lines[k].strip() for k in range(last.line + 1, cand.line))
    if not follows or not parent[-1:].isdigit():
        return False
    cand.number = parent + cand.number
    return True


def _flag_derived_number(cand: Candidate, last_parts: tuple[int, ...] | None) -> None:
    if cand.kind == "lost":
        top = (last_parts or (0,))[0] + 1
        cand.number = str(top)
        cand.flags.append(f"punktnumret saknades i texten (OCR?); härlett till {top} ur ordningen")
    if cand.auto_numbered:
        cand.flags.append("numret fanns inte i texten (automatisk numrering i dokumentet); numrerat i ordning")


# "§ 140 Dnr KS 2024/298" with the title on the next line.
_NUMBER_AND_REFERENCE = re.compile(r"^(?P<number>§\s*\d+[a-z]?|\d+[a-z]?\s*§)\s+(?P<reference>(?i:dnr|diarienummer|diarienr"
                                   r"|ärendenummer)\b.*)$")


def join_number_only_headings(lines: list[str]) -> list[str]:
    """'§ 21' + 'Dnr KS 2025/014' + 'Ekonomisk uppföljning' → '§ 21 Ekonomisk uppföljning' + 'Dnr …';
    '§ 140 Dnr KS 2024/298' + 'Val av justerare' → '§ 140 Val av justerare' + 'Dnr KS 2024/298';
    '## § 98' + '### Val av justerare' (HTML) → '## § 98 Val av justerare'; and, where a run of them numbers the
    items, a bare '3' + 'Köerna till BUP' → '3 Köerna till BUP'."""
    lines = list(lines)
    bare = _bare_item_numbers(lines)
    for index, line in enumerate(lines):
        if with_reference := _NUMBER_AND_REFERENCE.match(line.strip()):
            line = with_reference["number"]
        elif not NUMBER_ONLY.match(line.strip()) and index not in bare:
            continue
        for j in range(index + 1, min(index + 5, len(lines))):
            following = _without_hashes(lines[j])
            if not following or REFERENCE_LINE.match(following):
                continue
            if _title_line(following):
                lines[index] = f"{line.rstrip()} {following}"
                lines[j] = with_reference["reference"] if with_reference else ""
            break
    return lines


def _without_hashes(line: str) -> str:
    heading = MARKDOWN_HEADING.match(line.strip())
    return heading["text"].strip() if heading else line.strip()


def _title_line(line: str) -> bool:
    return (line[:1].isupper() and len(line) <= 120 and not line.endswith((".", ":"))
            and not NUMBER_ONLY.match(line) and not is_part_label(line))


_BARE_NUMBER = re.compile(r"^\d{1,3}\.?$")
MIN_BARE_RUN = 3  # a page number alone on its line is one; items numbered so come as a run 1, 2, 3 …


def _bare_item_numbers(lines: list[str]) -> set[int]:
    """Lines holding only a number with a title right under them, where at least `MIN_BARE_RUN` of them count
    up one by one: items printed with the number on a line of its own."""
    found = [i for i, line in enumerate(lines[:-1]) if _BARE_NUMBER.match(line.strip())
             and _title_line(lines[i + 1].strip()) and not REFERENCE_LINE.match(lines[i + 1].strip())]
    numbers = [int(lines[i].strip().rstrip(".")) for i in found]
    steps = sum(b == a + 1 for a, b in zip(numbers, numbers[1:]))
    return set(found) if steps + 1 >= MIN_BARE_RUN else set()


def agenda_list_lines(lines: list[str], candidates: dict[int, Candidate]) -> set[int]:
    """Lines of an agenda printed as a list: a run of numbered lines with nothing between them whose
    titles come back later as the real items (or that follow a 'Dagordning' label)."""
    runs: list[list[int]] = []
    for line_no in sorted(candidates):
        if candidates[line_no].number is None:
            continue
        previous = candidates[runs[-1][-1]] if runs else None
        if (previous is not None and previous.md_level == candidates[line_no].md_level
                and (candidates[line_no].parts() or ()) > (previous.parts() or ())  # a restart ends the list
                and all(not lines[k].strip() for k in range(runs[-1][-1] + 1, line_no))):
            runs[-1].append(line_no)
        else:
            runs.append([line_no])
    result: set[int] = set()
    for run in runs:
        if len(run) < 2:
            continue
        later = {folded_key(candidates[k].title) for k in candidates if k > run[-1]}
        repeated = sum(folded_key(candidates[k].title) in later for k in run)
        labelled = any(AGENDA_LABEL.match(lines[k].strip()) for k in range(max(0, run[0] - 3), run[0]))
        if repeated >= max(2, len(run) // 2) or (labelled and repeated >= 1):
            result.update(run)
    return result


def _plain(line: str) -> str:
    return line.lstrip("#").strip()


def _judge(cand: Candidate, lines: list[str], markdown_mode: bool, style: str | None,
           last: tuple[int, ...] | None, any_accepted: bool, first_field: int | None) -> bool | None:
    """True: opens an item. False: looked like a heading but is text (worth a note). None: plain text."""
    if is_part_label(cand.title):
        return None
    if markdown_mode:
        if not cand.md_level:
            return None
        above_fields = first_field is not None and cand.line < first_field
        if cand.kind == "markdown" and not any_accepted and (above_fields or cand.line == 0):
            return None  # the document's title or body, above the header fields
        return True
    if cand.kind == "markdown":
        return None
    if cand.kind == "standard":
        return last is None  # only before the numbered items start
    if cand.kind == "lost":
        return last is not None and style is not None and style.startswith("number")
    if in_list_context(lines, cand.line):
        return False
    parts = cand.parts()
    if last is None:
        if len(parts) == 1 and (parts[0] <= 20 or cand.kind == "§") and (style is None or cand.style == style):
            return True
        return False
    return _fits_sequence(parts, last, cand, style)


def _fits_sequence(parts: tuple[int, ...], last: tuple[int, ...], cand: Candidate, style: str | None) -> bool:
    if len(parts) == 1:
        if style is not None and cand.style != style:
            return False
        top = last[0]
        if parts[0] == top + 1:
            return True
        if parts[0] == top and len(last) == 1:
            cand.flags.append(f"numret {parts[0]} förekommer två gånger i dokumentet")
            return True
        if cand.kind == "§":
            return top < parts[0] <= top + 30
        if top + 1 < parts[0] <= top + 3:
            cand.flags.append(f"numreringen hoppar från {top} till {parts[0]}")
            return True
        return False
    if parts == last + (1,):
        return True
    return any(parts == last[:k] + (last[k] + 1,) for k in range(1, len(last)))


# A year or school year that ends a title wrapped onto its own line: "2023", "2023/2024", "2024–2030".
_LIST_MARK = re.compile(r"^(?:[a-h][.)]|[•\-–*])\s")
_YEAR_LINE = re.compile(r"^(?:19|20)\d\d(?:\s*[/–-]\s*(?:19|20)?\d\d)?$")


def _extend_title(cand: Candidate, lines: list[str], candidates: dict[int, Candidate]) -> set[int]:
    """A title wrapped onto the next line is joined: '… utskrivning av patienter i' + 'slutenvård',
    '… övergångsställe vid' + 'Lindskolan', '… från och med läsåret' + '2023/2024'."""
    if len(cand.title) < 25 or cand.title.endswith((".", ":", "!", "?")):
        return set()
    for j in range(cand.line + 1, min(cand.line + 3, len(lines))):
        nxt = lines[j].strip()
        if not nxt:
            continue  # some text files put a blank line after every line
        if _LIST_MARK.match(nxt):  # "a) …" is a sub-item or a list, not the title's end
            return set()
        if _YEAR_LINE.match(nxt) or (j not in candidates and len(nxt.split()) <= 12
                                     and (nxt[:1].islower() or (ends_mid_phrase(cand.title) and len(nxt) <= 60))):
            cand.title = f"{cand.title} {nxt}"
            return {j}
        return set()
    return set()


def _segments(lines: list[str], accepted: list[Candidate], consumed: set[int]) -> tuple[list[Segment], list[str]]:
    segments: list[Segment] = []
    footer: list[str] = []
    for index, cand in enumerate(accepted):
        end = accepted[index + 1].line if index + 1 < len(accepted) else len(lines)
        body = [cand.rest] * bool(cand.rest) + [lines[i] for i in range(cand.line + 1, end) if i not in consumed]
        if index + 1 == len(accepted):
            for j, line in enumerate(body):
                if FOOTER_BLOCK.match(line.strip()):
                    body, footer = body[:j], body[j:]
                    break
        number = f"§ {cand.number}" if cand.kind == "§" else cand.number
        segments.append(Segment(cand, number, _clean_title(cand.title), body, flags=list(cand.flags)))
    return segments, footer


def _clean_title(title: str) -> str:
    return title.strip().rstrip(":").strip()


def _apply_hierarchy(segments: list[Segment]) -> list[Segment]:
    """Turn empty numbered headings with numbered children into sections; give children their parents."""
    result: list[Segment] = []
    open_sections: list[tuple[tuple[int, ...], str, int]] = []  # (parts, title, md_level)
    for index, seg in enumerate(segments):
        parts = seg.candidate.parts()
        nxt = segments[index + 1] if index + 1 < len(segments) else None
        if parts:
            open_sections = [s for s in open_sections if parts[: len(s[0])] == s[0] and len(parts) > len(s[0])]
            seg.parents = [s[1] for s in open_sections]
            has_text = any(line.strip() for line in seg.body)
            if nxt is not None and _is_child(seg, nxt):
                open_sections.append((parts, seg.title, seg.candidate.md_level))
                if not has_text:
                    continue
            result.append(seg)
        else:
            parent = next((s for s in reversed(open_sections)
                           if seg.candidate.md_level and s[2] and seg.candidate.md_level > s[2]), None)
            if parent is not None:
                seg.number = ".".join(str(p) for p in parent[0])
                seg.parents = [s[1] for s in open_sections[: open_sections.index(parent) + 1]]
            else:
                open_sections = []
            result.append(seg)
    return result


def _is_child(seg: Segment, nxt: Segment) -> bool:
    parts, child = seg.candidate.parts(), nxt.candidate.parts()
    if child:
        return len(child) > len(parts) and child[: len(parts)] == parts
    return bool(nxt.candidate.md_level and seg.candidate.md_level and nxt.candidate.md_level > seg.candidate.md_level)
