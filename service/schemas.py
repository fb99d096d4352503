"""Request and response shapes of the API (and of the CLI's --json output)."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field

from index import Hit
from ingest.models import Meeting


class SearchRequest(BaseModel):
    query: str = Field(..., min_length=1, max_length=500, description="Frågan eller sökorden")
    top_k: int = Field(5, ge=1, le=50, description="Antal träffar")
    date_from: dt.date | None = Field(None, description="Tidigaste mötesdatum, YYYY-MM-DD")
    date_to: dt.date | None = Field(None, description="Senaste mötesdatum, YYYY-MM-DD")
    body: str | None = Field(None, max_length=200, description="Bara möten i denna grupp (del av namnet)")


class MeetingRef(BaseModel):
    id: str
    date: str | None
    body: str
    source: str


class ItemRef(BaseModel):
    number: str | None
    title: str
    presenter: str | None


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
        item=ItemRef(number=chunk.number, title=chunk.title, presenter=chunk.presenter),
    )


def meeting_summary(meeting: Meeting) -> MeetingSummary:
    return MeetingSummary(id=meeting.id, date=meeting.date, body=meeting.body, source=meeting.source,
                          items=len(meeting.items))
