"""Searching the minutes (/api/search) and asking a question answered with quotes (/api/ask).

Both need a caller the settings accept (`auth`), search only the meetings that caller may read (`access`,
applied inside ranking) and count against the rate limit. Bad input, the date order included, is refused
by the request models in `schemas` before a route runs. With an audit log, each question leaves a line.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends

from ..access import Reader
from ..schemas import AskRequest, AskResponse, SearchRequest, SearchResponse, ask_response, search_result
from ..wiring import Components
from .deps import components, reader, within_rate

router = APIRouter(dependencies=[Depends(reader), Depends(within_rate)])  # who asks first, then how often


@router.post("/api/search", response_model=SearchResponse, summary="Sök i mötesanteckningarna")
def search(request: SearchRequest, comps: Components = Depends(components),
           asker: Reader = Depends(reader)) -> SearchResponse:
    hits = comps.searcher.run(request.query, top_k=request.top_k, filters=asker.within(request.search_filters()))
    _audit(comps, asker, "/api/search", request.query, [h.chunk.meeting_id for h in hits], len(hits))
    return SearchResponse(query=request.query, results=[search_result(h) for h in hits])


@router.post("/api/ask", response_model=AskResponse, summary="Fråga och få beslutet citerat")
def ask(request: AskRequest, comps: Components = Depends(components), asker: Reader = Depends(reader)) -> AskResponse:
    answer = comps.answerer.run(request.question, top_k=request.top_k, filters=asker.within(request.search_filters()),
                                history=request.history)
    _audit(comps, asker, "/api/ask", request.question, [c.meeting_id for c in answer.citations],
           len(answer.citations))
    return ask_response(answer)


def _audit(comps: Components, asker: Reader, endpoint: str, question: str, meeting_ids: list[str],
           results: int) -> None:
    if comps.audit is not None:
        comps.audit.record(principal=asker.principal, endpoint=endpoint, question=question, meeting_ids=meeting_ids,
                           results=results)
