"""Adding, removing and re-reading minutes over HTTP: POST /api/documents, DELETE /api/documents/{id},
POST /api/documents/{id}/reread. Used by the admin page (/admin).

Only admins (`access.is_admin`) may call them; everyone else gets 403. An uploaded file is kept under the
data folder (`Settings.uploads_dir`) with a name of our own making (the client's path is never used), so the
index can be rebuilt from the kept files; a file with the same name replaces the earlier one and its meetings.
A bad file gets its reason in Swedish: 413 too large, 415 a type that is not read, 422 empty or unreadable.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import threading
import unicodedata
import uuid
from pathlib import Path, PurePosixPath
from typing import Literal

from fastapi import APIRouter, Depends, File, HTTPException, UploadFile
from pydantic import BaseModel, Field

from ingest import FileResult, parse_file
from ingest.readers import SUPPORTED_SUFFIXES

from ..access import Reader, is_admin
from ..ingestion import IngestSummary, ingest_paths
from ..wiring import Components
from .deps import components, reader, within_rate

log = logging.getLogger("minutes.documents")

router = APIRouter()

UPLOAD_PATH = "/api/documents"
UPLOAD_FRAMING_BYTES = 64 * 1024  # multipart boundaries and part headers around the file itself
NOT_ADMIN = "Bara administratörer får lägga till, ta bort eller läsa om protokoll. Be en administratör om hjälp."

_writing = threading.Lock()  # one upload, removal or re-read at a time in this process


class ReadMeeting(BaseModel):
    id: str
    date: str | None = Field(description="Mötets datum (ISO), null om inget datum hittades")
    body: str = Field(description="Gruppen som höll mötet")
    items: int = Field(description="Antal dagordningspunkter som lästes")
    flags: list[str] = Field(description="Vad inläsningen anmärkte på")
    appendix_of: str | None = Field(None, description="Mötet som filen är bilaga till")


class DocumentResponse(BaseModel):
    file: str = Field(description="Filens namn som den sparades")
    meetings: list[ReadMeeting] = Field(description="Mötena som lästes ur filen")
    outcome: Literal["ny", "ändrad", "oförändrad", "kopia"] = Field(
        description="'ny' = nya möten, 'ändrad' = filen fanns och dess möten byttes ut, 'oförändrad' = samma "
                    "innehåll fanns redan från filen, 'kopia' = samma innehåll fanns redan från en annan fil "
                    "(den behölls)")
    warnings: list[str] = Field(description="Anmärkningar från inläsningen")


class RemovedResponse(BaseModel):
    removed: list[str] = Field(description="Id för borttagna möten")
    file_removed: bool = Field(description="Den uppladdade filen togs också bort (inga fler möten kom från den)")


def admin(comps: Components = Depends(components), asker: Reader = Depends(reader)) -> Reader:
    """The caller, when they are an admin; 403 otherwise (401 first when they are not signed in at all)."""
    if not is_admin(asker.principal, comps.access.current(), comps.settings):
        raise HTTPException(403, NOT_ADMIN)
    return asker


def safe_name(client_name: str | None) -> tuple[str, str]:
    """(stem, suffix) of a file name made from the client's: no directories, only letters, digits, '-', '_'
    and '.', no leading dot, at most 100 characters; the suffix in lower case."""
    base = PurePosixPath((client_name or "").replace("\\", "/")).name
    base = unicodedata.normalize("NFC", base)
    suffix = Path(base).suffix.lower() if "." in base.strip(".") else ""
    stem = base[: len(base) - len(suffix)] if suffix else base
    stem = re.sub(r"[^\w.-]+", "_", stem).strip("._-")[:100] or "dokument"
    return stem, suffix


@router.post(UPLOAD_PATH, response_model=DocumentResponse, summary="Ladda upp och läs in ett protokoll",
             dependencies=[Depends(within_rate)],
             responses={403: {"description": "Bara administratörer"}, 411: {"description": "Längd saknas"},
                        413: {"description": "Filen är för stor"}, 415: {"description": "Filtypen läses inte"},
                        422: {"description": "Filen är tom eller oläslig"}})
def upload(file: UploadFile = File(..., description="Protokollet: " + ", ".join(SUPPORTED_SUFFIXES)),
           comps: Components = Depends(components), asker: Reader = Depends(admin)) -> DocumentResponse:
    settings = comps.settings
    stem, suffix = safe_name(file.filename)
    if suffix not in SUPPORTED_SUFFIXES:
        raise HTTPException(415, f"Filtypen {suffix or '(ingen)'} läses inte. Ladda upp en av: "
                                 f"{', '.join(SUPPORTED_SUFFIXES)}.")
    data = file.file.read(settings.max_file_bytes + 1)
    if len(data) > settings.max_file_bytes:
        raise HTTPException(413, f"Filen är för stor; gränsen är {settings.max_file_mb:g} MB.")
    if not data.strip():
        raise HTTPException(422, "Filen är tom.")
    folder = settings.uploads_dir
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{stem}{suffix}"
    results: list[FileResult] = []
    # Read first under its own name in a hidden folder (ingest skips it): a bad file never replaces a good one.
    trial_folder = folder / f".prov-{uuid.uuid4().hex}"
    trial = trial_folder / target.name
    try:
        trial_folder.mkdir()
        trial.write_bytes(data)
        checked = parse_file(trial, max_bytes=settings.max_file_bytes)
        if checked.error:
            raise HTTPException(422, _unreadable(target, checked.error))
        with _writing:
            os.replace(trial, target)
            summary = ingest_paths(comps, [target], on_file=results.append)
    finally:
        shutil.rmtree(trial_folder, ignore_errors=True)
    if summary.failures:
        raise HTTPException(422, _unreadable(target, summary.failures[0].error))
    log.info("uppladdad av %s: %s", asker.principal.user or asker.principal.via, target.name)
    return _answer(target, summary, results)


@router.delete(UPLOAD_PATH + "/{meeting_id}", response_model=RemovedResponse, summary="Ta bort ett möte",
               responses={403: {"description": "Bara administratörer"}, 404: {"description": "Okänt möte"}})
def remove(meeting_id: str, comps: Components = Depends(components),
           asker: Reader = Depends(admin)) -> RemovedResponse:
    with _writing:
        stored = comps.store.meeting_hashes()
        if meeting_id not in stored:
            raise HTTPException(404, f"Mötet {meeting_id!r} finns inte. Se /api/meetings för de som finns.")
        source = stored[meeting_id][0]
        removed = comps.indexer.remove({meeting_id})
        file_removed = _drop_upload(comps, source)
    log.info("borttaget av %s: %s", asker.principal.user or asker.principal.via, ", ".join(removed))
    return RemovedResponse(removed=removed, file_removed=file_removed)


@router.post(UPLOAD_PATH + "/{meeting_id}/reread", response_model=DocumentResponse,
             summary="Läs om ett möte från dess fil",
             responses={403: {"description": "Bara administratörer"}, 404: {"description": "Okänt möte"},
                        409: {"description": "Filen finns inte längre"},
                        422: {"description": "Filen kunde inte läsas"}})
def reread(meeting_id: str, comps: Components = Depends(components),
           asker: Reader = Depends(admin)) -> DocumentResponse:
    found = comps.store.meeting(meeting_id)
    if found is None:
        raise HTTPException(404, f"Mötet {meeting_id!r} finns inte. Se /api/meetings för de som finns.")
    source = Path(found.source)
    if not source.is_file():
        raise HTTPException(409, f"Filen {source.name} finns inte längre; mötet kan inte läsas om. Ladda upp "
                                 "filen igen eller ta bort mötet.")
    results: list[FileResult] = []
    with _writing:
        summary = ingest_paths(comps, [source], on_file=results.append)
    if summary.failures:
        raise HTTPException(422, _unreadable(source, summary.failures[0].error))
    return _answer(source, summary, results)


def _unreadable(path: Path, reason: str | None) -> str:
    return f"Filen {path.name} kunde inte läsas: {(reason or 'okänt fel').rstrip('.')}."


def _answer(path: Path, summary: IngestSummary, results: list[FileResult]) -> DocumentResponse:
    report = summary.report
    outcome = "ändrad" if report.replaced else "ny" if report.added else "kopia" if report.duplicates \
        else "oförändrad"
    return DocumentResponse(
        file=path.name,
        meetings=[ReadMeeting(id=m.id, date=m.date, body=m.body, items=len(m.items), flags=list(m.flags),
                              appendix_of=m.appendix_of) for r in results for m in r.meetings],
        outcome=outcome,
        warnings=[w for r in results for w in r.warnings])


def _drop_upload(comps: Components, source: str) -> bool:
    """Delete the uploaded file a removed meeting came from, once no meeting of it is left (else a rebuild
    from the uploads would bring the meeting back). Files outside the uploads folder are never touched."""
    path = Path(source)
    uploads = comps.settings.uploads_dir.resolve()
    if path.parent != uploads or not path.is_file():
        return False
    if any(s == source for s, _ in comps.store.meeting_hashes().values()):
        return False
    path.unlink()
    return True
