"""The web pages the API serves itself: the search page, the meeting view, the admin page, the API docs and
the widget.

The API docs (/docs) work without internet: Swagger UI's files come from the installed package
`fastapi_offline` and are started by static/docs-init.js, so that the pages' CSP can stay
`script-src 'self'` without inline scripts. ReDoc is left out: it needs inline styles.
"""

from __future__ import annotations

from pathlib import Path

import fastapi_offline
from fastapi import FastAPI
from fastapi.responses import FileResponse, Response
from fastapi.staticfiles import StaticFiles

STATIC = Path(__file__).parent / "static"
SWAGGER_UI = Path(fastapi_offline.__file__).parent / "static"


def add_pages(app: FastAPI) -> None:
    # Before /static, which would otherwise answer for /static/swagger-ui/… too.
    app.mount("/static/swagger-ui", StaticFiles(directory=SWAGGER_UI), name="swagger-ui")
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/docs", include_in_schema=False)
    def docs_page() -> FileResponse:
        return FileResponse(STATIC / "docs.html", media_type="text/html; charset=utf-8")

    @app.get("/", include_in_schema=False)
    def search_page() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")

    @app.get("/meetings/{meeting_id}", include_in_schema=False)
    def meeting_page(meeting_id: str) -> FileResponse:
        return FileResponse(STATIC / "meeting.html", media_type="text/html; charset=utf-8")

    @app.get("/admin", include_in_schema=False)
    def admin_page() -> FileResponse:
        # The page itself is public; what it shows and does is refused by the API to anyone not an admin.
        return FileResponse(STATIC / "admin.html", media_type="text/html; charset=utf-8")

    @app.get("/favicon.ico", include_in_schema=False, status_code=204)
    def favicon() -> None:
        return None

    @app.get("/widget.js", include_in_schema=False)
    def widget() -> Response:
        return Response(widget_script(), media_type="application/javascript; charset=utf-8",
                        headers={"Cache-Control": "public, max-age=300"})


def widget_script() -> str:
    """The widget as one script: the answer view it shares with the search page, then the widget, in one
    function scope so that nothing is added to the host page's globals."""
    parts = [(STATIC / name).read_text(encoding="utf-8") for name in ("answer-view.js", "widget.js")]
    return "(function () {\n" + "\n".join(parts) + "\n})();\n"
