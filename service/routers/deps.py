"""Dependencies the routers share: the index components, who is asking and what they may read, the rate limit."""

from __future__ import annotations

from fastapi import Depends, Request

from ..access import Reader
from ..security import RateLimiter, check_rate
from ..wiring import Components


def components(request: Request) -> Components:
    """The components `create_app` built for this app (store, searcher, answerer)."""
    return request.app.state.components


def rate_limiter(request: Request) -> RateLimiter:
    """The app's one rate limiter, shared by every limited route."""
    return request.app.state.rate_limiter


def reader(request: Request, comps: Components = Depends(components)) -> Reader:
    """Who asks (401 when they must sign in or their API key is wrong) and the meetings they may read."""
    principal = comps.authenticator.principal(request)
    return comps.access.reader(principal, comps.catalog)


def readable_counts(comps: Components, asker: Reader) -> tuple[int, int]:
    """How many meetings and passages the caller may read (for /readyz and /api/status)."""
    lexical = comps.searcher.lexical()
    if asker.meeting_ids is None:
        return comps.store.count_meetings(), len(lexical)
    _, records = comps.catalog.records()
    return sum(asker.may_read(m.id) for m in records), int(lexical.mask(meeting_ids=asker.meeting_ids).sum())


def within_rate(request: Request, limiter: RateLimiter = Depends(rate_limiter)) -> None:
    """429 when this client asks too often."""
    check_rate(request, limiter)
