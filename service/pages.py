"""The web pages the API serves itself: the search page, the meeting view and the embeddable widget."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

STATIC = Path(__file__).parent / "static"


def add_pages(app: FastAPI) -> None:
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    def search_page() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")

    @app.get("/meetings/{meeting_id}", include_in_schema=False)
    def meeting_page(meeting_id: str) -> FileResponse:
        return FileResponse(STATIC / "meeting.html", media_type="text/html; charset=utf-8")

    @app.get("/favicon.ico", include_in_schema=False, status_code=204)
    def favicon() -> None:
        return None

    @app.get("/widget.js", include_in_schema=False)
    def widget() -> FileResponse:
        return FileResponse(STATIC / "widget.js", media_type="application/javascript; charset=utf-8",
                            headers={"Cache-Control": "public, max-age=300"})
