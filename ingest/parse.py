"""From clean lines to a `Meeting`: header fields, agenda items, presenters and decisions."""

from __future__ import annotations

import re

from dataclasses import dataclass, field

from .decisions import find_decisions
from .header import FROM_THE_LIST, Header, is_sign_off, parse_header
from .headerlines import join_sign_off_labels
from .headings import AUTO_NUMBER_MARK, MARKDOWN_HEADING, is_part_label
from .models import AgendaItem, Meeting, content_hash, meeting_id, parsed_hash
from .movements import movements
from .pages import with_pages
from .paragraphs import REMOVED, paragraphs
from swedish.labels import PRESENTER_LABEL
from swedish.ocr import apply_repairs

from .people import KnownPeople, looks_like_names
from .segment import Segment, Split, split_document


@dataclass(frozen=True)
class ParseContext:
    """What parsing a block of lines needs to know about its file."""

    source: str
    filename: str
    ocr_repairs: dict[str, str] = field(default_factory=dict)  # for search and the body's name; text stays verbatim
    meetings_in_file: int = 1
    read_flags: list[str] = field(default_factory=list)  # what reading found: pages read with OCR, unreadable pages
    pages: list[str] = field(default_factory=list)  # the file's pages as read, for the items' page numbers

    def file_flags(self) -> list[str]:
        flags = list(self.read_flags)
        if self.meetings_in_file > 1:
            flags.append(f"filen innehåller {self.meetings_in_file} möten; detta är ett av dem")
        if self.ocr_repairs:
            examples = ", ".join(f"{a}→{b}" for a, b in list(self.ocr_repairs.items())[:5])
            flags.append(f"OCR-skadad text: {len(self.ocr_repairs)} ord läses av sökningen som ord ur svensk "
                         f"ordlista (t.ex. {examples}); texten som visas och citeras är originalets")
        return flags


@dataclass
class ParsedDocument:
    """A meeting plus what `inspect` shows about how it was understood."""

    meeting: Meeting
    header: Header
    notes: list[str] = field(default_factory=list)


# "Bilaga 1 Budget.txt", "bilaga-2_protokoll.pdf", or a first line "Bilaga 1: Budgetförslag".
APPENDIX_NAME = re.compile(r"(?i)\bbilaga[\s_-]*(\d{1,2}[a-z]?)\b")
APPENDIX_LINE = re.compile(r"^(?:#+\s*)?(?i:bilaga)\s+(\d{1,2}[a-z]?)\b[\s:.–-]*(.*)$")


EDGE_LINES = 3


def _page_edges(pages: list[str]) -> list[str]:
    """The first and last lines of each page as read: a running header or footer ('HOK styrelsemöte 2025-11-18 ·
    Protokoll nr 8/2025'), taken out of the text as page furniture, may be the only place that dates the meeting."""
    edges: list[str] = []
    for page in pages:
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        edges += lines[:EDGE_LINES] + lines[-EDGE_LINES:]
    return edges


_NAME = r"(?P<name>[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,2})"
_CHOSEN = r"(?:valdes|utsågs|utses|väljs|valdes\s+att\s+vara)"
_ELECTION_TITLE = re.compile(r"^val\s+av\b", re.IGNORECASE)
OPENING_ITEMS = 8  # an annual meeting elects its chair after röstlängd, kallelse and dagordning


def _the_holder(header: Header, field: str, items: list[AgendaItem], role: str) -> str | None:
    """The header's holder of the role; one an opening item elects, when the header names none or only lists someone
    with the role's title (the association's chair at its annual meeting, which elects a chair of its own)."""
    named = getattr(header, field)
    if not named or header.sources.get(field) == FROM_THE_LIST:
        return _elected(items, role) or named
    return named


def _elected(items: list[AgendaItem], role: str) -> str | None:
    """The person an opening item ('Val av sekreterare och justerare') elects to the role, when the header names no
    one: 'valdes Anna Hedlund till sekreterare för mötet', 'Till justerare valdes Magnus Åkerlund'."""
    forms = rf"(?:mötes)?{role}"
    patterns = [rf"{_CHOSEN}\s+{_NAME}\s+till\s+{forms}\b", rf"\b[Tt]ill\s+{forms}\s+(?:för\s+mötet\s+)?{_CHOSEN}\s+{_NAME}"]
    for item in items[:OPENING_ITEMS]:
        if not _ELECTION_TITLE.match(item.title):
            continue
        for pattern in patterns:
            if found := re.search(pattern, item.text):
                return found["name"]
    return None


def parse_lines(lines: list[str], context: ParseContext) -> ParsedDocument:
    text = "\n".join(lines)
    filename = context.filename
    appendix = _appendix(lines, filename)
    if appendix:
        return _parse_appendix(lines, appendix, context)
    split = split_document(lines)
    sign_off = _take_sign_off_lines(split.segments)
    header = parse_header(split.header if split.segments else lines[:40], split.footer + sign_off, text, filename,
                          page_edges=_page_edges(context.pages) if context.meetings_in_file == 1 else [])
    listed = _header_names(header)
    known = KnownPeople(listed)
    items = with_pages([_item(seg, known, header.date) for seg in split.segments]
                       or [_whole_document_item(lines, filename, header.date)], context.pages)
    flags = list(header.flags) + context.file_flags()
    if not split.segments:
        flags.append("ingen dagordning hittades; hela texten ligger som en punkt utan nummer")
    text_hash = content_hash(text)
    meeting = Meeting(
        id=meeting_id(header.date, text_hash),
        body=apply_repairs(header.body, context.ocr_repairs) or filename,
        date=header.date,
        time=header.time,
        place=header.place,
        chair=_the_holder(header, "chair", items, "ordförande"),
        secretary=_the_holder(header, "secretary", items, "sekreterare"),
        justerare=_the_holder(header, "justerare", items, "justerare"),
        attendees=header.attendees,
        absentees=header.absentees,
        movements=movements(split.header if split.segments else [], items, listed),
        source=context.source,
        content_hash=parsed_hash(text),
        items=items,
        flags=flags,
        ocr_repairs=context.ocr_repairs,
        parse_notes=_notes(split),
    )
    return ParsedDocument(meeting=meeting, header=header, notes=_notes(split))


def _appendix(lines: list[str], filename: str) -> tuple[str, str] | None:
    """('Bilaga 1', its title) when the file is an appendix to minutes, else None."""
    first = next((line.strip() for line in lines if line.strip()), "")
    match = APPENDIX_LINE.match(first)
    if match:
        title = match.group(2).strip() or next((l.strip().lstrip("#").strip() for l in lines[1:] if l.strip()), "")
        return f"Bilaga {match.group(1)}", title
    match = APPENDIX_NAME.search(filename)
    if match:
        return f"Bilaga {match.group(1)}", first.lstrip("#").strip()
    return None


def _parse_appendix(lines: list[str], appendix: tuple[str, str], context: ParseContext) -> ParsedDocument:
    """An appendix is one passage, cited as 'Bilaga N – title'; the indexer links it to its meeting."""
    label, title = appendix
    text = "\n".join(lines)
    header = parse_header(lines[:15], [], text, context.filename)
    paras = paragraphs(lines)
    item = AgendaItem(number=None, title=f"{label} – {title}" if title else label, text="\n".join(paras),
                      decisions=find_decisions(paras, header.date))
    text_hash = content_hash(text)
    meeting = Meeting(id=meeting_id(header.date, text_hash), body=header.body or context.filename, date=header.date,
                      source=context.source, content_hash=parsed_hash(text), items=[item], appendix_label=label,
                      ocr_repairs=context.ocr_repairs,
                      flags=header.flags + context.file_flags() + [f"{label.lower()}: kopplas till protokollet från samma datum"])
    return ParsedDocument(meeting=meeting, header=header)

NUMBER_PREFIX = re.compile(r"^\d+(?:\.\d+)*\.?\s+")


def _without_heading_marks(line: str) -> str:
    """'##### Beslut' or '3.2.3 Beslut' inside an item is the label 'Beslut'."""
    line = line.replace(AUTO_NUMBER_MARK, "")
    match = MARKDOWN_HEADING.match(line)
    text = match["text"] if match else line
    if is_part_label(text):
        return NUMBER_PREFIX.sub("", text.strip())  # "3.2.3 Beslut" → "Beslut"
    return text


def _take_sign_off_lines(segments: list[Segment]) -> list[str]:
    """Secretary and justerare lines can sit inside the last items (page layout); move them out."""
    found: list[str] = []
    for segment in segments:
        kept: list[str] = []
        for line in join_sign_off_labels(segment.body):
            (found if is_sign_off(line) else kept).append(line)
        segment.body = kept
    return found


def _header_names(header: Header) -> list[str]:
    names = [a.name for a in header.attendees + header.absentees]
    for value in (header.chair, header.secretary):
        if value:
            names.extend(part.strip() for part in value.replace(" och ", ",").split(",") if part.strip())
    return names


def _item(segment: Segment, known: KnownPeople, meeting_date: str | None) -> AgendaItem:
    body, presenter = _take_presenter([_without_heading_marks(line) for line in segment.body], known)
    paras = paragraphs(body)
    return AgendaItem(
        number=segment.number,
        title=segment.title,
        presenter=presenter,
        text="\n".join(paras),
        decisions=find_decisions(paras, meeting_date),
        parents=segment.parents,
        flags=segment.flags,
    )


def _take_presenter(body: list[str], known: KnownPeople) -> tuple[list[str], str | None]:
    """Remove presenter lines from the body and return the presenter.

    A labelled line ("Föredragande: …") wins; else a name line right under the
    title; else lines of known people (a table's presenter column).
    """
    presenter: str | None = None
    kept: list[str] = []
    first_text_seen = False
    skip_next = False
    for index, line in enumerate(body):
        if skip_next:
            skip_next = False
            continue
        stripped = line.strip()
        label = PRESENTER_LABEL.match(stripped)
        if label and label["names"].strip():
            presenter = presenter if presenter and not first_text_seen else label["names"].strip()
            kept.append(REMOVED)
            continue
        name_line = not is_part_label(stripped) and (known.is_name_line(stripped) or (
            not first_text_seen and looks_like_names(stripped) and not _after_label(kept)))
        if stripped and name_line:
            names, skip_next = _join_wrapped_names(stripped, body, index)
            presenter = presenter or names
            kept.append(REMOVED)
            continue
        if stripped:
            first_text_seen = True
        kept.append(line)
    return kept, presenter


def _after_label(kept: list[str]) -> bool:
    """A line right after 'Utsedda representanter:' is content, not a presenter."""
    previous = next((line.strip() for line in reversed(kept) if line.strip()), "")
    return previous.endswith(":")


def _join_wrapped_names(line: str, body: list[str], index: int) -> tuple[str, bool]:
    """'Torbjörn Forkby,' + 'Linnéuniversitetet' → one presenter."""
    if not line.rstrip().endswith((",", "/", " och")):
        return line, False
    for j in range(index + 1, min(index + 3, len(body))):
        nxt = body[j].strip()
        if not nxt:
            continue
        if looks_like_names(nxt, max_words=3):
            if j == index + 1:
                return f"{line.rstrip()} {nxt}", True
            body[j] = ""  # consumed across a blank line
            return f"{line.rstrip()} {nxt}", False
        break
    return line.rstrip(" ,/"), False


def _whole_document_item(lines: list[str], filename: str, meeting_date: str | None) -> AgendaItem:
    paras = paragraphs(lines)
    return AgendaItem(number=None, title=filename, text="\n".join(paras), decisions=find_decisions(paras, meeting_date),
                      flags=["ingen dagordning hittades i filen"])


def _notes(split: Split) -> list[str]:
    return list(split.notes)
