"""Liveness and readiness: /healthz answers while the process runs, /readyz when the index can be used."""

from __future__ import annotations

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse

from index import StoreUnavailable

from ..wiring import Components
from .deps import components

router = APIRouter()


@router.get("/healthz", summary="Lever tjänsten?")
def healthz() -> dict:
    return {"status": "ok"}


@router.get("/readyz", summary="Är indexet laddat och lagringen nåbar?")
def readyz(comps: Components = Depends(components)) -> JSONResponse:
    try:
        lexical = comps.searcher.lexical()
        meetings = comps.store.count_meetings()
    except StoreUnavailable as exc:
        return JSONResponse(status_code=503, content={"status": "not ready", "detail": str(exc)})
    return JSONResponse({"status": "ready", "meetings": meetings, "chunks": len(lexical)})
