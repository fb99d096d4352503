"""Request and response shapes of the API (and of the CLI's --json output)."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field

from index import Hit, SearchFilters
from index.answer import Answer
from ingest.models import Meeting


class Filters(BaseModel):
    date_from: dt.date | None = Field(None, description="Tidigaste mötesdatum, YYYY-MM-DD")
    date_to: dt.date | None = Field(None, description="Senaste mötesdatum, YYYY-MM-DD")
    body: str | None = Field(None, max_length=200, description="Bara möten i denna grupp (del av namnet)")

    def search_filters(self) -> SearchFilters:
        return SearchFilters(date_from=self.date_from, date_to=self.date_to, body=self.body)


class SearchRequest(Filters):
    query: str = Field(..., min_length=1, max_length=500, description="Frågan eller sökorden")
    top_k: int = Field(5, ge=1, le=50, description="Antal träffar")


class AskRequest(Filters):
    question: str = Field(..., min_length=1, max_length=500, description="Frågan på vanlig svenska")
    top_k: int = Field(5, ge=1, le=20, description="Antal träffar att underbygga svaret med")


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
    item: ItemRef
    citation: str
    quote: str
    is_decision: bool


class AskResponse(BaseModel):
    question: str
    answer: str
    found: bool
    citations: list[AskCitation]
    results: list[SearchResult]


class MeetingSummary(BaseModel):
    id: str
    date: str | None
    body: str
    source: str
    items: int


def search_result(hit: Hit) -> SearchResult:
    chunk = hit.chunk
    return SearchResult(
        id=chunk.id, text=chunk.text, score=hit.score, citation=hit.citation,
        meeting=MeetingRef(id=chunk.meeting_id, date=chunk.date, body=chunk.body, source=chunk.source),
        item=ItemRef(number=chunk.number, title=chunk.title, presenter=chunk.presenter, index=chunk.item_index),
    )


def ask_response(answer: Answer) -> AskResponse:
    citations = []
    for quote in answer.quotes:
        result = search_result(quote.hit)
        citations.append(AskCitation(meeting=result.meeting, item=result.item, citation=result.citation,
                                     quote=quote.text, is_decision=quote.is_decision))
    return AskResponse(question=answer.question, answer=answer.answer, found=answer.found, citations=citations,
                       results=[search_result(h) for h in answer.hits])


def meeting_summary(meeting: Meeting) -> MeetingSummary:
    return MeetingSummary(id=meeting.id, date=meeting.date, body=meeting.body, source=meeting.source,
                          items=len(meeting.items))
