"""The meetings the caller may read: a list of them, and one meeting with all its items.

A meeting the caller may not read answers exactly as one that does not exist (404, same text).
"""

from __future__ import annotations

import mimetypes
from pathlib import Path

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import FileResponse

from ingest.models import Meeting

from ..access import Reader
from ..schemas import MeetingSummary, meeting_summary
from ..wiring import Components
from .deps import components, reader

router = APIRouter()


@router.get("/api/meetings", response_model=list[MeetingSummary], summary="Alla inlästa möten")
def meetings(comps: Components = Depends(components), asker: Reader = Depends(reader)) -> list[MeetingSummary]:
    return [meeting_summary(m) for m in comps.store.all_meetings() if asker.may_read(m.id)]


@router.get("/api/meetings/{meeting_id}", response_model=Meeting, summary="Ett möte med alla punkter")
def meeting(meeting_id: str, comps: Components = Depends(components), asker: Reader = Depends(reader)) -> Meeting:
    found = _readable_meeting(meeting_id, comps, asker)
    if found is None:
        raise HTTPException(404, f"Mötet {meeting_id!r} finns inte. Se /api/meetings för de som finns.")
    appendices = [a for a in comps.store.appendix_ids(meeting_id) if asker.may_read(a)]
    return found.model_copy(update={"appendices": appendices})


@router.get("/api/meetings/{meeting_id}/file", summary="Mötets källfil (PDF öppnas vid #page=N)",
            response_class=FileResponse)
def meeting_file(meeting_id: str, comps: Components = Depends(components), asker: Reader = Depends(reader)):
    """The file the meeting was read from, under the same rules as the meeting: a citation's "s. 3" opens it at
    that page. 404 when the meeting is unknown or not readable, or its file is gone."""
    found = _readable_meeting(meeting_id, comps, asker)
    path = Path(found.source) if found else None
    if path is None or not path.is_file():
        raise HTTPException(404, f"Mötet {meeting_id!r} finns inte, eller dess fil finns inte längre kvar.")
    return FileResponse(path, media_type=mimetypes.guess_type(path.name)[0] or "application/octet-stream",
                        filename=path.name, content_disposition_type="inline")


def _readable_meeting(meeting_id: str, comps: Components, asker: Reader) -> Meeting | None:
    """The meeting, or None when it does not exist or the caller may not read it (the two look the same)."""
    return comps.store.meeting(meeting_id) if asker.may_read(meeting_id) else None
