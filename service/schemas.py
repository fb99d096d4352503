"""Request and response shapes of the API (and of the CLI's --json output)."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field, field_validator, model_validator

from index import Hit, SearchFilters
from answer import Answer, Citation
from ingest.models import Meeting


MAX_TOP_K = 50
"""The most hits one search or question may ask for; the API and the CLI share it."""


def not_blank(value: str) -> str:
    """Text that is only whitespace is as empty as no text."""
    if not value.strip():
        raise ValueError("får inte vara tom")
    return value


class Filters(BaseModel):
    date_from: dt.date | None = Field(None, description="Tidigaste mötesdatum, YYYY-MM-DD")
    date_to: dt.date | None = Field(None, description="Senaste mötesdatum, YYYY-MM-DD")
    body: str | None = Field(None, max_length=200, description="Bara möten i denna grupp (del av namnet)")

    @model_validator(mode="after")
    def dates_in_order(self) -> "Filters":
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValueError(f"date_from ({self.date_from}) ligger efter date_to ({self.date_to})")
        return self

    def search_filters(self) -> SearchFilters:
        return SearchFilters(date_from=self.date_from, date_to=self.date_to, body=self.body)


class SearchRequest(Filters):
    query: str = Field(..., min_length=1, max_length=500, description="Frågan eller sökorden")
    top_k: int = Field(5, ge=1, le=MAX_TOP_K, description="Antal träffar")

    _query_not_blank = field_validator("query")(not_blank)


class AskRequest(Filters):
    question: str = Field(..., min_length=1, max_length=500, description="Frågan på vanlig svenska")
    top_k: int = Field(5, ge=1, le=MAX_TOP_K, description="Antal träffar att underbygga svaret med")

    history: list[str] = Field(default_factory=list, max_length=10,
                               description="Tidigare frågor i samtalet, äldst först; en följdfråga som "
                                           "'och när beslutades det?' tolkas mot dem")

    _question_not_blank = field_validator("question")(not_blank)


class MeetingRef(BaseModel):
    id: str
    date: str | None
    body: str
    source: str


class ItemRef(BaseModel):
    number: str | None
    title: str
    presenter: str | None
    index: int = Field(description="Punktens plats i mötet; mötesvyn har ankaret #item-{index}")
    page: int | None = Field(None, description="Sidan i källfilen där punkten börjar (PDF, DOCX m.fl.); "
                             "/api/meetings/{id}/file#page={page} öppnar den")


class SearchResult(BaseModel):
    id: str
    text: str
    score: float
    citation: str
    meeting: MeetingRef
    item: ItemRef


class SearchResponse(BaseModel):
    query: str
    results: list[SearchResult]


class AskCitation(BaseModel):
    meeting: MeetingRef
    date: str | None = Field(description="Mötets datum")
    body: str = Field(description="Gruppen som höll mötet")
    item: ItemRef | None = Field(description="Punkten; null för uppgifter ur mötets huvud (ordförande, närvaro)")
    citation: str
    quote: str = Field(description="Ordagrant ur protokollet, eller ett tolkat fält (namn) för mötesuppgifter")
    is_decision: bool
    decided_on: str | None = Field(None, description="När beslutet fattades, om protokollet återger ett "
                                   "beslut från ett tidigare möte")
    proposal: str | None = Field(None, description="Förslaget som beslutet hänvisar till, ordagrant")
    note: str | None = Field(None, description="En rad som svaret sätter ovanför citatet, t.ex. "
                                               "'Återrapporterat 2024-10-04:'")


class AskResponse(BaseModel):
    question: str
    kind: str = Field(description="Vad frågan gällde: topic, period, people, assignment, glossary eller timeline")
    answer: str = Field(description="Hela svaret som text, med citaten och deras källor")
    lead: str = Field("", description="Svarets egna ord före citaten; visas ovanför citatblocken")
    found: bool
    notes: list[str] = Field(default_factory=list, description="T.ex. att en datumfras släpptes")
    citations: list[AskCitation]
    results: list[SearchResult]


class MeetingSummary(BaseModel):
    id: str
    date: str | None
    body: str
    source: str
    items: int
    flags: list[str] = Field(default_factory=list, description="Vad inläsningen anmärkte på (t.ex. saknat datum)")


def search_result(hit: Hit) -> SearchResult:
    chunk = hit.chunk
    return SearchResult(
        id=chunk.id, text=chunk.text, score=hit.score, citation=hit.citation,
        meeting=MeetingRef(id=chunk.meeting_id, date=chunk.date, body=chunk.body, source=chunk.source),
        item=ItemRef(number=chunk.number, title=chunk.title, presenter=chunk.presenter, index=chunk.item_index,
                     page=chunk.page or None),
    )


def ask_citation(citation: Citation) -> AskCitation:
    item = None
    if citation.item_index is not None:
        item = ItemRef(number=citation.item_number, title=citation.item_title or "", presenter=citation.presenter,
                       index=citation.item_index, page=citation.page)
    return AskCitation(meeting=MeetingRef(id=citation.meeting_id, date=citation.date, body=citation.body,
                                          source=citation.source),
                       date=citation.date, body=citation.body, item=item, citation=citation.label,
                       quote=citation.quote, is_decision=citation.is_decision, decided_on=citation.decided_on,
                       proposal=citation.proposal, note=citation.note)


def ask_response(answer: Answer) -> AskResponse:
    return AskResponse(question=answer.question, kind=answer.kind, answer=answer.text, lead=answer.intro,
                       found=answer.found,
                       notes=answer.notes, citations=[ask_citation(c) for c in answer.citations],
                       results=[search_result(h) for h in answer.hits])


def meeting_summary(meeting: Meeting) -> MeetingSummary:
    return MeetingSummary(id=meeting.id, date=meeting.date, body=meeting.body, source=meeting.source,
                          items=len(meeting.items), flags=list(meeting.flags))
