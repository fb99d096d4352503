"""Liveness and readiness: /healthz answers while the process runs, /readyz when the index can be used.

/readyz is for probes that carry no sign-in: its counts are of what the caller may read, and left out
when the caller is not signed in where sign-in is required.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import JSONResponse

from index import StoreUnavailable

from ..wiring import Components
from .deps import components, readable_counts, reader

router = APIRouter()


@router.get("/healthz", summary="Lever tjänsten?")
def healthz() -> dict:
    return {"status": "ok"}


@router.get("/readyz", summary="Är indexet laddat och lagringen nåbar?")
def readyz(request: Request, comps: Components = Depends(components)) -> JSONResponse:
    try:
        readable = _readable(request, comps)
        if readable is None:  # no counts for this caller, but the index and the store must still answer
            comps.searcher.lexical()
            comps.store.count_meetings()
    except StoreUnavailable as exc:
        return JSONResponse(status_code=503, content={"status": "not ready", "detail": str(exc)})
    if readable is None:
        return JSONResponse({"status": "ready"})
    return JSONResponse({"status": "ready", **readable})


def _readable(request: Request, comps: Components) -> dict | None:
    """How many meetings and passages the caller may read; None when the caller is not let in."""
    try:
        asker = reader(request, comps)
    except HTTPException:
        return None
    meetings, chunks = readable_counts(comps, asker)
    return {"meetings": meetings, "chunks": chunks}
