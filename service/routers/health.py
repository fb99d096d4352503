"""Liveness and readiness: /healthz answers while the process runs, /readyz when the index can be used.

/readyz is for probes that carry no sign-in: its counts are of what the caller may read, and left out
when the caller is not signed in where sign-in is required.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import JSONResponse

from index import StoreUnavailable

from ..wiring import Components
from .deps import components

router = APIRouter()


@router.get("/healthz", summary="Lever tjänsten?")
def healthz() -> dict:
    return {"status": "ok"}


@router.get("/readyz", summary="Är indexet laddat och lagringen nåbar?")
def readyz(request: Request, comps: Components = Depends(components)) -> JSONResponse:
    try:
        lexical = comps.searcher.lexical()
        readable = _readable(request, comps, comps.store.count_meetings(), len(lexical))
    except StoreUnavailable as exc:
        return JSONResponse(status_code=503, content={"status": "not ready", "detail": str(exc)})
    if readable is None:
        return JSONResponse({"status": "ready"})
    return JSONResponse({"status": "ready", **readable})


def _readable(request: Request, comps: Components, meetings: int, chunks: int) -> dict | None:
    """How many meetings and passages the caller may read; None when the caller is not let in."""
    try:
        asker = comps.access.reader(comps.authenticator.principal(request), comps.catalog)
    except HTTPException:
        return None
    if asker.meeting_ids is None:
        return {"meetings": meetings, "chunks": chunks}
    _, records = comps.catalog.records()
    mask = comps.searcher.lexical().mask(meeting_ids=asker.meeting_ids)
    return {"meetings": sum(asker.may_read(m.id) for m in records), "chunks": int(mask.sum())}
