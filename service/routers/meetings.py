"""The meetings: a list of all ingested meetings and one meeting with all its items."""

from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException

from ingest.models import Meeting

from ..schemas import MeetingSummary, meeting_summary
from ..wiring import Components
from .deps import KEYED, components

router = APIRouter(dependencies=KEYED)


@router.get("/api/meetings", response_model=list[MeetingSummary], summary="Alla inlästa möten")
def meetings(comps: Components = Depends(components)) -> list[MeetingSummary]:
    return [meeting_summary(m) for m in comps.store.all_meetings()]


@router.get("/api/meetings/{meeting_id}", response_model=Meeting, summary="Ett möte med alla punkter")
def meeting(meeting_id: str, comps: Components = Depends(components)) -> Meeting:
    found = comps.store.meeting(meeting_id)
    if found is None:
        raise HTTPException(404, f"Mötet {meeting_id!r} finns inte. Se /api/meetings för de som finns.")
    return found.model_copy(update={"appendices": comps.store.appendix_ids(meeting_id)})
