"""Error answers in Swedish: validation errors (422) with the field named, 503 when the store is down, 500.

Pydantic's English messages never reach a user: each error type has a Swedish text here, and a type
without one gets a generic Swedish message that still names the field.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.types import Message, Receive, Scope, Send

from index import EmbeddingMismatch, StoreUnavailable

from .asgi import HttpMiddleware, on_start

log = logging.getLogger("minutes.api")

DATE = "måste vara ett datum i formen ÅÅÅÅ-MM-DD (t.ex. 2024-09-06)"
WHOLE_NUMBER = "måste vara ett heltal"
GENERIC = "har ett ogiltigt värde"
NOT_OBJECT = "förfrågan måste vara ett JSON-objekt, t.ex. {{\"query\": \"heder\"}}"  # braces doubled: a template

# Error type → Swedish text; {name} is filled from the error's context (ctx).
MESSAGES = {
    "missing": "saknas",
    "string_too_short": "måste ha minst {min_length} tecken",
    "string_too_long": "får ha högst {max_length} tecken",
    "string_type": "måste vara text",
    "string_pattern_mismatch": "har fel form",
    "int_parsing": WHOLE_NUMBER,
    "int_type": WHOLE_NUMBER,
    "int_from_float": WHOLE_NUMBER,
    "int_parsing_size": "är ett för stort tal",
    "float_parsing": "måste vara ett tal",
    "float_type": "måste vara ett tal",
    "bool_parsing": "måste vara true eller false",
    "bool_type": "måste vara true eller false",
    "greater_than_equal": "måste vara minst {ge}",
    "greater_than": "måste vara större än {gt}",
    "less_than_equal": "får vara högst {le}",
    "less_than": "måste vara mindre än {lt}",
    "date_parsing": DATE,
    "date_type": DATE,
    "date_from_datetime_parsing": DATE,
    "date_from_datetime_inexact": DATE,
    "date_future": "måste vara ett datum i framtiden",
    "date_past": "måste vara ett datum som har varit",
    "json_invalid": "förfrågan är inte giltig JSON",
    "json_type": "förfrågan är inte giltig JSON",
    "extra_forbidden": "är inget känt fält",
    "model_attributes_type": NOT_OBJECT,
    "model_type": NOT_OBJECT,
    "dict_type": NOT_OBJECT,
    "list_type": "måste vara en lista",
    "literal_error": "måste vara ett av: {expected}",
    "enum": "måste vara ett av: {expected}",
}


def field_name(loc: tuple | list) -> str:
    """The field a user sent, without FastAPI's 'body' prefix or JSON positions: 'query', 'filters.date_to'."""
    parts = list(loc)
    if parts and parts[0] in ("body", "query", "path", "header", "cookie"):
        parts = parts[1:]
    return ".".join(str(p) for p in parts if not isinstance(p, int))


def swedish_message(error: dict) -> str:
    """The Swedish text for one pydantic error, without the field name."""
    kind = error.get("type", "")
    ctx = error.get("ctx") or {}
    if kind == "missing" and not field_name(error.get("loc", ())):
        return "förfrågan saknar innehåll; skicka ett JSON-objekt"
    if kind in ("value_error", "assertion_error") and ctx.get("error") is not None:
        return str(ctx["error"])  # our own validators raise Swedish messages
    template = MESSAGES.get(kind)
    if template is None:
        return GENERIC
    try:
        return template.format(**ctx)
    except (KeyError, IndexError, ValueError):
        return GENERIC


def describe(error: dict) -> str:
    """'query: måste ha minst 1 tecken'; errors about the whole request have no field in front."""
    field = field_name(error.get("loc", ()))
    message = swedish_message(error)
    if not field and message == GENERIC:
        return "förfrågan är ogiltig"
    if error.get("type") in ("json_invalid", "json_type") or not field:
        return message
    return f"{field}: {message}"


def validation_payload(errors: list[dict]) -> dict:
    """The JSON body of a 422: one Swedish sentence in `detail`, and each error with its Swedish `msg`."""
    problems = [describe(e) for e in errors]
    return {"detail": "Ogiltig förfrågan: " + "; ".join(problems),
            "errors": [{"loc": list(e.get("loc", ())), "msg": swedish_message(e), "type": e.get("type", "")}
                       for e in errors]}


async def invalid_input(request: Request, exc: RequestValidationError) -> JSONResponse:
    return JSONResponse(status_code=422, content=validation_payload(list(exc.errors())))


async def store_down(request: Request, exc: StoreUnavailable) -> JSONResponse:
    return JSONResponse(status_code=503, content={"detail": f"Sökindexet är inte nåbart just nu: {exc}"})


async def wrong_vectors(request: Request, exc: EmbeddingMismatch) -> JSONResponse:
    return JSONResponse(status_code=503, content={"detail": f"Sökindexet passar inte inställningarna: {exc}"})


def add_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, invalid_input)
    app.add_exception_handler(StoreUnavailable, store_down)
    app.add_exception_handler(EmbeddingMismatch, wrong_vectors)


class InternalErrors(HttpMiddleware):
    """An unexpected exception becomes a Swedish 500 here, inside the CORS middleware.

    Starlette's own 500 is sent from outside every middleware, without CORS headers, so a page on
    another origin could not tell a server error from a CORS refusal.
    """

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        started = False

        def note_start(_: Message) -> None:
            nonlocal started
            started = True

        try:
            await self.app(scope, receive, on_start(send, note_start))
        except Exception:
            log.exception("Oväntat fel vid %s %s", scope["method"], scope["path"])
            if started:  # half an answer is sent: nothing better to do than end the connection
                raise
            response = JSONResponse(status_code=500, content={
                "detail": "Ett oväntat fel uppstod i tjänsten. Försök igen; kvarstår felet, kontakta den som driver den."})
            await response(scope, receive, send)
