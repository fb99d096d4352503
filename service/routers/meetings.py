"""The meetings the caller may read: a list of them, and one meeting with all its items.

A meeting the caller may not read answers exactly as one that does not exist (404, same text).
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException

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
    found = comps.store.meeting(meeting_id) if asker.may_read(meeting_id) else None
    if found is None:
        raise HTTPException(404, f"Mötet {meeting_id!r} finns inte. Se /api/meetings för de som finns.")
    appendices = [a for a in comps.store.appendix_ids(meeting_id) if asker.may_read(a)]
    return found.model_copy(update={"appendices": appendices})
