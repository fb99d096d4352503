"""The shape every middleware of the API shares: plain ASGI on HTTP requests, other traffic passed through.

Plain ASGI rather than Starlette's BaseHTTPMiddleware, which costs about half a millisecond a request per layer
when a search is meant to take about ten.
"""

from __future__ import annotations

from collections.abc import Callable

from starlette.types import ASGIApp, Message, Receive, Scope, Send


class HttpMiddleware:
    """Calls `handle` for HTTP requests; anything else (lifespan) goes straight to the app."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        await self.handle(scope, receive, send)

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        raise NotImplementedError


def on_start(send: Send, start: Callable[[Message], None]) -> Send:
    """`send`, with `start` called on the response's first message (status and headers) before it goes out."""
    async def sending(message: Message) -> None:
        if message["type"] == "http.response.start":
            start(message)
        await send(message)
    return sending
