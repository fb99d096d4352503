"""The HTTP API: a thin FastAPI layer over `index`, plus the pages in `pages`.

Errors are answered in Swedish JSON: 422 for bad input (with the field named),
401 without a valid API key (when keys are configured), 404 for an unknown
meeting, 413 for oversized requests, 429 over the rate limit, 503 when the
vector store cannot be reached.
"""

from __future__ import annotations

import logging
from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse

from index import StoreUnavailable
from ingest.models import Meeting

from .logs import RequestLogMiddleware
from .pages import add_pages
from .schemas import (AskRequest, AskResponse, MeetingSummary, SearchRequest, SearchResponse, ask_response,
                      meeting_summary, search_result)
from .security import BodySizeLimit, RateLimiter, SecurityHeaders, rate_limit, require_key
from .settings import Settings
from .wiring import Components

log = logging.getLogger("minutes.api")


def create_app(settings: Settings | None = None) -> FastAPI:
    comps = Components(settings or Settings())

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        try:
            comps.searcher.warm_up()
        except StoreUnavailable as exc:
            log.warning("Chroma svarar inte vid start: %s", exc)
        yield

    app = FastAPI(title="Mötesanteckningar – sök", version="0.1.0", lifespan=lifespan,
                  description="Sök i mötesanteckningar; varje träff citeras med mötesdatum och punkt.")
    app.state.components = comps
    app.add_middleware(SecurityHeaders)
    app.add_middleware(BodySizeLimit, max_bytes=comps.settings.max_request_bytes)
    if comps.settings.cors_origin_list:
        app.add_middleware(CORSMiddleware, allow_origins=comps.settings.cors_origin_list,
                           allow_methods=["GET", "POST"], allow_headers=["Content-Type", "X-API-Key"], max_age=600)
    app.add_middleware(RequestLogMiddleware)
    keyed = [Depends(require_key(comps.settings.api_key_set))]
    limited = keyed + [Depends(rate_limit(RateLimiter(comps.settings.rate_limit_per_minute)))]
    add_pages(app)

    @app.exception_handler(RequestValidationError)
    async def invalid_input(request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = [f"{'.'.join(str(p) for p in e['loc'] if p != 'body')}: {e['msg']}" for e in exc.errors()]
        return JSONResponse(status_code=422, content={"detail": "Ogiltig förfrågan: " + "; ".join(problems),
                                                      "errors": jsonable_errors(exc)})

    @app.exception_handler(StoreUnavailable)
    async def store_down(request: Request, exc: StoreUnavailable) -> JSONResponse:
        return JSONResponse(status_code=503, content={"detail": f"Sökindexet är inte nåbart just nu: {exc}"})

    @app.get("/healthz", summary="Lever tjänsten?")
    def healthz() -> dict:
        return {"status": "ok"}

    @app.get("/readyz", summary="Är indexet laddat och lagringen nåbar?")
    def readyz() -> JSONResponse:
        try:
            lexical = comps.searcher.lexical()
            meetings = comps.store.count_meetings()
        except StoreUnavailable as exc:
            return JSONResponse(status_code=503, content={"status": "not ready", "detail": str(exc)})
        return JSONResponse({"status": "ready", "meetings": meetings, "chunks": len(lexical)})

    @app.post("/api/search", response_model=SearchResponse, summary="Sök i mötesanteckningarna",
              dependencies=limited)
    def search(request: SearchRequest) -> SearchResponse:
        if request.date_from and request.date_to and request.date_from > request.date_to:
            raise HTTPException(422, "Ogiltig förfrågan: date_from ligger efter date_to")
        hits = comps.searcher.run(request.query, top_k=request.top_k, filters=request.search_filters())
        return SearchResponse(query=request.query, results=[search_result(h) for h in hits])

    @app.post("/api/ask", response_model=AskResponse, summary="Fråga och få beslutet citerat", dependencies=limited)
    def ask(request: AskRequest) -> AskResponse:
        return ask_response(comps.answerer.run(request.question, top_k=request.top_k,
                                               filters=request.search_filters()))

    @app.get("/api/meetings", response_model=list[MeetingSummary], summary="Alla inlästa möten", dependencies=keyed)
    def meetings() -> list[MeetingSummary]:
        return [meeting_summary(m) for m in comps.store.all_meetings()]

    @app.get("/api/meetings/{meeting_id}", response_model=Meeting, summary="Ett möte med alla punkter",
             dependencies=keyed)
    def meeting(meeting_id: str) -> Meeting:
        found = comps.store.meeting(meeting_id)
        if found is None:
            raise HTTPException(404, f"Mötet {meeting_id!r} finns inte. Se /api/meetings för de som finns.")
        found.appendices = comps.store.appendix_ids(meeting_id)
        return found

    return app


def jsonable_errors(exc: RequestValidationError) -> list[dict]:
    return [{"loc": list(e["loc"]), "msg": e["msg"], "type": e["type"]} for e in exc.errors()]
