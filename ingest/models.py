"""The records that ingestion produces: a `Meeting` with its `AgendaItem`s.

These are the only types that leave `ingest/`. They are pydantic models so that
the index can store them as JSON and the API can return them unchanged.
"""

from __future__ import annotations

import hashlib

from pydantic import BaseModel, Field


class Attendee(BaseModel):
    name: str
    organisation: str | None = None
    role: str | None = None
    listed_as: str | None = Field(None, description="Rubriken för listan personen står i, som den är skriven "
                                                      "('Anmält förhinder', 'Ersättare')")


class Movement(BaseModel):
    """Someone who came after the start or left before the end, in the sentence the minutes say it with."""

    name: str
    came: bool = Field(description="true: kom senare; false: gick tidigare")
    text: str = Field(description="Meningen som den står i protokollet")
    item_index: int | None = Field(None, description="Punkten där det står (index i items); null när det står i "
                                   "huvudet")


class Decision(BaseModel):
    """A decision as the minutes word it.

    `proposal` holds the proposal text when the decision only refers back to it
    ("Ledningsgruppen beslutar enligt förslag"), so the decision can be quoted.
    """

    text: str
    proposal: str | None = None
    decided_on: str | None = Field(None, description="Datum (ISO) då beslutet fattades, när protokollet återger "
                                   "ett beslut från ett tidigare möte")


class AgendaItem(BaseModel):
    number: str | None = Field(None, description="Punktens nummer som det står i texten, t.ex. '8' eller '§ 12'")
    title: str
    presenter: str | None = None
    text: str = ""
    decisions: list[Decision] = Field(default_factory=list)
    parents: list[str] = Field(default_factory=list, description="Överordnade rubriker (sektioner)")
    flags: list[str] = Field(default_factory=list)
    page: int | None = Field(None, description="Sidan i filen där punkten börjar (PDF, DOCX m.fl.); null för text")
    last_page: int | None = Field(None, description="Sidan där punkten slutar")

    @property
    def pages(self) -> str | None:
        """'s. 3' or 's. 3–4' for a citation; None when the file has no pages."""
        if self.page is None:
            return None
        return f"s. {self.page}" if not self.last_page or self.last_page == self.page else \
            f"s. {self.page}–{self.last_page}"

    @property
    def label(self) -> str:
        """How a citation names the item: 'punkt 8 – Arbetsgrupp Heder'."""
        title = " › ".join([*self.parents, self.title])
        if self.number:
            number = self.number if self.number.startswith("§") else f"punkt {self.number}"
            return f"{number} – {title}"
        return title


class Meeting(BaseModel):
    id: str
    body: str
    date: str | None = Field(None, description="ISO-datum, YYYY-MM-DD")
    time: str | None = None
    place: str | None = None
    chair: str | None = None
    secretary: str | None = None
    justerare: str | None = Field(None, description="Den eller de som justerar protokollet")
    attendees: list[Attendee] = Field(default_factory=list)
    absentees: list[Attendee] = Field(default_factory=list)
    movements: list[Movement] = Field(default_factory=list, description="Vilka som kom senare eller gick tidigare")
    source: str
    content_hash: str
    items: list[AgendaItem] = Field(default_factory=list)
    flags: list[str] = Field(default_factory=list)
    ocr_repairs: dict[str, str] = Field(default_factory=dict, description="OCR-skadade ord och hur sökningen läser "
                                        "dem (original → lagat); texten som visas och citeras är originalet")
    parse_notes: list[str] = Field(default_factory=list,
                                   description="Hur punkterna lästes: vilka bevis som vann (rubrikformat eller "
                                               "inskrivna nummer) och rader som liknade rubriker men behölls som text")
    appendix_label: str | None = Field(None, description="'Bilaga 1' när filen är en bilaga till ett protokoll")
    appendix_of: str | None = Field(None, description="Id för mötet som bilagan hör till")
    appendices: list[str] = Field(default_factory=list, description="Id för mötets bilagor")


# Changed whenever parsing changes what a file gives (bodies, items, decisions), so that files ingested before are
# read again: a stored meeting whose hash was made by another version is replaced, under the same id.
PARSER_VERSION = "2026-11-27"


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def parsed_hash(text: str) -> str:
    """The text's hash with the parser's version: what a stored meeting is compared by to tell it is up to date."""
    return content_hash(f"{PARSER_VERSION}\n{text}")


def meeting_id(date: str | None, text_hash: str) -> str:
    """Stable id: the date for people, a hash prefix for uniqueness."""
    return f"{date or 'odaterat'}-{text_hash[:8]}"
