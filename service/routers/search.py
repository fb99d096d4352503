"""Searching the minutes (/api/search) and asking a question answered with quotes (/api/ask).

Both need an API key when keys are configured and count against the rate limit. Bad input, the date
order included, is refused by the request models in `schemas` before a route runs.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends

from ..schemas import AskRequest, AskResponse, SearchRequest, SearchResponse, ask_response, search_result
from ..wiring import Components
from .deps import LIMITED, components

router = APIRouter(dependencies=LIMITED)


@router.post("/api/search", response_model=SearchResponse, summary="Sök i mötesanteckningarna")
def search(request: SearchRequest, comps: Components = Depends(components)) -> SearchResponse:
    hits = comps.searcher.run(request.query, top_k=request.top_k, filters=request.search_filters())
    return SearchResponse(query=request.query, results=[search_result(h) for h in hits])


@router.post("/api/ask", response_model=AskResponse, summary="Fråga och få beslutet citerat")
def ask(request: AskRequest, comps: Components = Depends(components)) -> AskResponse:
    return ask_response(comps.answerer.run(request.question, top_k=request.top_k, filters=request.search_filters(),
                                               history=request.history))
