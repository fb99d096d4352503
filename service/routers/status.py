"""What the index holds and what the folder watcher (`minutes watch`) is doing: GET /api/status.

Behind the same sign-in as the rest of the API (`reader`). The counts are of what the caller may read. Which
files wait or failed, and why, is shown only to a caller who may read everything: a file name can give away
minutes the caller may not read. Everyone else sees how many.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends
from pydantic import BaseModel, Field

from ..access import Reader
from ..watch import read_state
from ..wiring import Components
from .deps import components, readable_counts, reader

router = APIRouter()


class FailedFile(BaseModel):
    path: str
    reason: str = Field(description="Varför filen inte lästes, på svenska")
    since: str | None = Field(None, description="När felet sågs först (UTC, ISO 8601)")


class WatcherStatus(BaseModel):
    running: bool = Field(description="Bevakaren kör (den har skrivit sitt läge de senaste 90 sekunderna)")
    mode: str = Field(description="'native' (filhändelser) eller 'polling' (mapparna läses av med jämna mellanrum)")
    last_sync: str | None = Field(description="När indexet senast ändrades efter mapparna (UTC, ISO 8601)")
    updated: str = Field(description="När bevakaren senast skrev sitt läge (UTC, ISO 8601)")
    waiting: int = Field(description="Filer som ändrats och väntar på att sluta ändras innan de läses")
    failed: int = Field(description="Filer som inte gick att läsa")
    folders: list[str] | None = Field(None, description="Mapparna som följs (bara för den som får läsa allt)")
    waiting_files: list[str] | None = Field(None, description="De väntande filerna (bara för den som får läsa allt)")
    failures: list[FailedFile] | None = Field(None, description="Filerna som inte gick att läsa, med orsak "
                                              "(bara för den som får läsa allt)")
    store_error: str | None = Field(None, description="Senaste felet mot lagringen, om den inte svarade "
                                    "(bara för den som får läsa allt)")


class StatusResponse(BaseModel):
    meetings: int = Field(description="Möten som anroparen får läsa")
    chunks: int = Field(description="Textstycken som anroparen får läsa")
    watcher: WatcherStatus | None = Field(description="Bevakarens läge; null när ingen bevakare har kört mot "
                                          "denna datamapp")


@router.get("/api/status", response_model=StatusResponse, summary="Indexets storlek och bevakarens läge")
def status(comps: Components = Depends(components), asker: Reader = Depends(reader)) -> StatusResponse:
    meetings, chunks = readable_counts(comps, asker)
    state = read_state(comps.settings.watch_state_path)
    return StatusResponse(meetings=meetings, chunks=chunks,
                          watcher=_watcher(state, everything=asker.meeting_ids is None) if state else None)


def _watcher(state: dict, *, everything: bool) -> WatcherStatus:
    waiting, failed = list(state.get("waiting") or []), list(state.get("failed") or [])
    shown = WatcherStatus(running=state["running"], mode=str(state.get("mode") or ""),
                          last_sync=state.get("last_sync"), updated=state["updated"], waiting=len(waiting),
                          failed=len(failed))
    if everything:
        shown.folders = list(state.get("folders") or [])
        shown.waiting_files = waiting
        shown.failures = [FailedFile(path=f.get("path", ""), reason=f.get("reason", ""), since=f.get("since"))
                          for f in failed]
        shown.store_error = state.get("store_error")
    return shown
