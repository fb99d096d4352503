"""Protection for an API that intranet pages call: a per-client rate limit, request size limits, security headers.

Who may call at all (sign-in, API keys) is `auth`; what they may read is `access`."""

from __future__ import annotations

import threading
import time

from fastapi import HTTPException, Request
from starlette.datastructures import Headers, MutableHeaders
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .asgi import HttpMiddleware, on_start


class RateLimiter:
    """A token bucket per client: `per_minute` requests a minute, short bursts allowed. 0 turns it off."""

    def __init__(self, per_minute: int):
        self.per_minute = per_minute
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def check(self, client: str) -> float | None:
        """None when allowed; otherwise the seconds to wait."""
        if self.per_minute <= 0:
            return None
        rate = self.per_minute / 60.0
        now = time.monotonic()
        with self._lock:
            tokens, last = self._buckets.get(client, (float(self.per_minute), now))
            tokens = min(float(self.per_minute), tokens + (now - last) * rate)
            if tokens < 1:
                self._buckets[client] = (tokens, now)
                return (1 - tokens) / rate
            self._buckets[client] = (tokens - 1, now)
            if len(self._buckets) > 10_000:  # forget idle clients
                self._buckets = {k: v for k, v in self._buckets.items() if now - v[1] < 120}
            return None


def client_id(request: Request) -> str:
    return request.client.host if request.client else "okänd"


def check_rate(request: Request, limiter: RateLimiter) -> None:
    """429 with Retry-After when this client is over the limit."""
    wait = limiter.check(client_id(request))
    if wait is not None:
        seconds = max(1, round(wait))
        raise HTTPException(429, f"För många förfrågningar. Vänta {seconds} sekunder och försök igen.",
                            headers={"Retry-After": str(seconds)})


class BodySizeLimit(HttpMiddleware):
    """Requests with a body larger than `max_bytes` get 413 before they are read.

    The upload route (POST on one of `upload_paths`) has its own, larger limit `upload_max_bytes` (the file
    size limit plus room for the multipart framing), and must say its length: without Content-Length it gets 411."""

    def __init__(self, app: ASGIApp, max_bytes: int, upload_paths: tuple[str, ...] = (), upload_max_bytes: int = 0):
        super().__init__(app)
        self.max_bytes = max_bytes
        self.upload_paths = frozenset(upload_paths)
        self.upload_max_bytes = upload_max_bytes

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        refusal = self._refusal(scope)
        await (self.app if refusal is None else refusal)(scope, receive, send)

    def _refusal(self, scope: Scope) -> JSONResponse | None:
        length = Headers(scope=scope).get("content-length")
        limit = self.max_bytes
        if scope["method"] == "POST" and scope["path"] in self.upload_paths:
            limit = max(self.max_bytes, self.upload_max_bytes)
            if length is None:
                return JSONResponse(status_code=411, content={
                    "detail": "Uppladdningen saknar längd (Content-Length). Skicka filen som ett vanligt formulär."})
        if length is not None and (not length.isdigit() or int(length) > limit):
            return JSONResponse(status_code=413, content={"detail": f"Förfrågan är för stor (högst {limit} byte)."})
        return None


class SecurityHeaders(HttpMiddleware):
    """Pages of our own may only run our own scripts: injected markup in minutes stays inert."""

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.app(scope, receive, on_start(send, _with_security_headers))


def _with_security_headers(message: Message) -> None:
    headers = MutableHeaders(scope=message)
    headers.setdefault("X-Content-Type-Options", "nosniff")
    if headers.get("content-type", "").startswith("text/html"):
        headers.setdefault("Content-Security-Policy", _PAGE_POLICY)


_PAGE_POLICY = ("default-src 'self'; script-src 'self'; style-src 'self'; "
                "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'self'")
