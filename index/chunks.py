"""Agenda items → searchable chunks.

One chunk per agenda item; an item longer than `max_chars` is split on
paragraph boundaries, and every piece keeps the meeting and item title so it
can be understood (and cited) alone. `text` and `title` are the source's words;
in OCR-damaged minutes, search reads `searchable` (title and text with the
meeting's OCR repairs) instead.
"""

from __future__ import annotations

from dataclasses import dataclass
import re

from ingest.models import AgendaItem, Meeting
from swedish.ocr import apply_repairs


@dataclass(frozen=True)
class Chunk:
    id: str
    meeting_id: str
    date: str | None
    body: str
    source: str
    item_index: int
    number: str | None
    title: str
    label: str
    presenter: str | None
    has_decision: bool
    text: str
    searchable: str = ""  # "title\ntext" as search reads them, when OCR repairs changed them; else empty
    pages: str = ""  # "s. 3" or "s. 3–4" where the file has pages; else empty
    page: int = 0  # the page the item starts on (0 = none): where the meeting view opens the file

    @property
    def search_title(self) -> str:
        return self.searchable.split("\n", 1)[0] if self.searchable else self.title

    @property
    def search_content(self) -> str:
        return self.searchable.split("\n", 1)[1] if self.searchable else self.text

    @property
    def date_number(self) -> int:
        """The date as YYYYMMDD (0 when unknown): what date filters compare."""
        return int(self.date.replace("-", "")) if self.date else 0

    @property
    def heading(self) -> str:
        """The context every piece carries: item label and meeting."""
        return f"{self.label} ({self.body}, {self.date or 'okänt datum'})"

    @property
    def search_text(self) -> str:
        """What the embedding model sees: meeting context, the title twice (it names the topic), the text."""
        return f"{self.heading}\n{self.search_title}\n{self.search_content}"


def chunks_for(meeting: Meeting, *, max_chars: int) -> list[Chunk]:
    chunks: list[Chunk] = []
    for index, item in enumerate(meeting.items):
        for part, text in enumerate(split_text(item_text(item), max_chars)):
            chunks.append(Chunk(
                id=f"{meeting.id}:{index}:{part}",
                meeting_id=meeting.id,
                date=meeting.date,
                body=meeting.body,
                source=meeting.source,
                item_index=index,
                number=item.number,
                title=item.title,
                label=item.label,
                presenter=item.presenter,
                has_decision=bool(item.decisions),
                text=text,
                searchable=_searchable(item.title, text, meeting.ocr_repairs),
                pages=item.pages or "",
                page=item.page or 0,
            ))
    return chunks


def item_text(item: AgendaItem) -> str:
    """The item's text; an item without text still gets a chunk made of its title."""
    return item.text.strip() or item.title


def split_text(text: str, max_chars: int) -> list[str]:
    """Split on paragraph boundaries into pieces of at most about `max_chars`."""
    if len(text) <= max_chars:
        return [text]
    pieces: list[str] = []
    current = ""
    for paragraph in text.split("\n"):
        if current and len(current) + len(paragraph) + 1 > max_chars:
            pieces.append(current)
            current = paragraph
        else:
            current = f"{current}\n{paragraph}" if current else paragraph
    if current:
        pieces.append(current)
    return pieces


def _searchable(title: str, text: str, repairs: dict[str, str]) -> str:
    """Title and text with the repairs put in, and a last line of the words the repairs replaced: a repair
    may be wrong ("Link", a system's name, read as "Länk"), so search finds the word as written too."""
    if not repairs:
        return ""
    original = f"{title}\n{text}"
    repaired = apply_repairs(original, repairs)
    if repaired == original:
        return ""
    written = set(re.findall(r"\w+", original))
    replaced = [word for word in repairs if word.isalpha() and word in written]
    return f"{repaired}\n{' '.join(replaced)}" if replaced else repaired
