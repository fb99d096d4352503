"""What an answer is made of: citations (a quote or a parsed field, and where it stands) and the answer."""

from __future__ import annotations

from dataclasses import dataclass, field

from index.search import Hit, citation_text
from ingest.models import AgendaItem, Meeting
from swedish.dates import spoken_date


@dataclass(frozen=True)
class Citation:
    """A quote (verbatim from the minutes) or a parsed header field, and the meeting and item it comes from.

    `item_number` and `item_index` are None for header facts (chair, attendance). `decided_on` is set when
    the minutes quote a decision taken at an earlier meeting.
    """

    meeting_id: str
    date: str | None
    body: str
    source: str
    quote: str
    item_number: str | None = None
    item_title: str | None = None
    item_index: int | None = None
    item_label: str | None = None
    presenter: str | None = None
    is_decision: bool = False
    decided_on: str | None = None
    proposal: str | None = None
    note: str | None = None  # a line the answer puts above this quote ("Återrapporterat 2024-10-04:")
    pages: str | None = None  # "s. 3" where the file has pages
    page: int | None = None  # the page the item starts on

    @property
    def label(self) -> str:
        """'Body, 2024-09-06, punkt 8 – Arbetsgrupp Heder' (or without the item for header facts)."""
        return citation_text(self.body, self.date, self.item_label, self.pages)

    @property
    def provenance(self) -> str:
        """'beslutades 3 maj 2024 (återgivet i …, 2024-09-06, punkt 8)' for a decision quoted from earlier."""
        if not self.decided_on:
            return ""
        return f"beslutades {spoken_date(self.decided_on)} (återgivet i {self.label})"

    def line(self) -> str:
        """The citation as a line of the answer text."""
        quote = f"”{self.quote}”"
        if self.proposal:
            quote += f" Förslaget: ”{self.proposal}”"
        if self.decided_on:
            return f"{quote} – {self.provenance}"
        return f"{quote} ({self.label})"


def cite_item(meeting: Meeting, index: int, quote: str, **extra) -> Citation:
    item: AgendaItem = meeting.items[index]
    return Citation(meeting_id=meeting.id, date=meeting.date, body=meeting.body, source=meeting.source, quote=quote,
                    item_number=item.number, item_title=item.title, item_index=index, item_label=item.label,
                    presenter=item.presenter, pages=item.pages, page=item.page, **extra)


def cite_meeting(meeting: Meeting, quote: str) -> Citation:
    return Citation(meeting_id=meeting.id, date=meeting.date, body=meeting.body, source=meeting.source, quote=quote)


def cite_hit(hit: Hit, quote: str, **extra) -> Citation:
    chunk = hit.chunk
    return Citation(meeting_id=chunk.meeting_id, date=chunk.date, body=chunk.body, source=chunk.source, quote=quote,
                    item_number=chunk.number, item_title=chunk.title, item_index=chunk.item_index,
                    item_label=chunk.label, presenter=chunk.presenter, pages=chunk.pages or None,
                    page=chunk.page or None, **extra)


@dataclass
class Answer:
    question: str
    kind: str
    found: bool
    text: str
    citations: list[Citation] = field(default_factory=list)
    hits: list[Hit] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    lead: str = ""  # the answer's own words before its quotes ("Så har frågan behandlats (3 möten):")

    @property
    def intro(self) -> str:
        """What to show above the quote blocks: all of the text when the citations are parsed names, not quotes."""
        return self.text if self.kind == "people" or not self.citations else self.lead


def not_found(question: str, kind: str, hits: list[Hit] | None = None, notes: list[str] | None = None) -> Answer:
    return Answer(question, kind, False, f"Jag hittar inget i mötesanteckningarna om ”{question.strip()}”.",
                  hits=hits or [], notes=notes or [])
