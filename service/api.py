"""The HTTP API: a thin FastAPI layer over `index`, plus the pages in `pages`.

`create_app` only wires things together: middleware, the Swedish error handlers in `errors`, the pages
and the routers in `routers` (health, search, meetings, status, documents). Errors are answered in Swedish
JSON: 422 for bad input (with the field named) or an unreadable upload, 401 when sign-in or an API key is
required and missing or invalid (`auth`), 403 when someone who is not an admin uploads, removes or re-reads
minutes (`access.is_admin`), 404 for an unknown meeting or one the caller may not read (`access`), 413 for
oversized requests or files, 415 for an unsupported file type, 429 over the rate limit, 503 when the vector
store cannot be reached.
"""

from __future__ import annotations

import logging
import signal
import threading
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from index import EmbeddingMismatch, StoreUnavailable

from . import routers
from .errors import InternalErrors, add_error_handlers
from .logs import RequestLogMiddleware
from .pages import add_pages
from .routers.documents import UPLOAD_FRAMING_BYTES, UPLOAD_PATH
from .security import BodySizeLimit, RateLimiter, SecurityHeaders
from .settings import Settings
from .wiring import Components

log = logging.getLogger("minutes.api")


@asynccontextmanager
async def lifespan(app: FastAPI):
    """Load the model and the lexical index before the first request; a store that is down only warns."""
    try:
        app.state.components.searcher.warm_up()
    except StoreUnavailable as exc:
        log.warning("Chroma svarar inte vid start: %s", exc)
    except EmbeddingMismatch as exc:  # searches answer 503 with the same reason
        log.error("%s", exc)
    yield


def create_app(settings: Settings | None = None) -> FastAPI:
    comps = Components(settings or Settings())
    app = FastAPI(title="Mötesanteckningar – sök", version="0.1.0", lifespan=lifespan,
                  description="Sök i mötesanteckningar; varje träff citeras med mötesdatum och punkt.",
                  docs_url=None, redoc_url=None)  # /docs is served offline by `pages`
    app.state.components = comps
    comps.access, comps.authenticator  # noqa: B018 - a broken rule file or sign-in setting stops the start here
    _reload_rules_on_sighup(comps)
    app.state.rate_limiter = RateLimiter(comps.settings.rate_limit_per_minute)
    add_middleware(app, comps.settings)
    add_error_handlers(app)
    add_pages(app)
    for router in (routers.health, routers.search, routers.meetings, routers.status, routers.documents):
        app.include_router(router)
    return app


def _reload_rules_on_sighup(comps: Components) -> None:
    """`kill -HUP` makes a running server read the rule file again (it also does so when the file changes)."""
    if comps.settings.access_file and threading.current_thread() is threading.main_thread() \
            and hasattr(signal, "SIGHUP"):
        signal.signal(signal.SIGHUP, lambda *_: comps.access.reload())


def add_middleware(app: FastAPI, settings: Settings) -> None:
    """Errors as Swedish 500s, security headers and size limit innermost, then CORS, the request log outermost."""
    app.add_middleware(InternalErrors)
    app.add_middleware(SecurityHeaders)
    # Uploads (POST /api/documents) are limited by MINUTES_MAX_FILE_MB, plus room for the multipart framing.
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_request_bytes, upload_paths=(UPLOAD_PATH,),
                       upload_max_bytes=settings.max_file_bytes + UPLOAD_FRAMING_BYTES)
    if settings.cors_origin_list:
        # Credentials (a signing-in proxy's cookies) only ever for the origins listed, never for "*".
        app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origin_list, allow_credentials=True,
                           allow_methods=["GET", "POST"], allow_headers=["Content-Type", "X-API-Key", "Authorization"],
                           max_age=600)
    app.add_middleware(RequestLogMiddleware)
