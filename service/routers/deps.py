"""Dependencies the routers share: the index components, the API key check and the rate limit."""

from __future__ import annotations

from fastapi import Depends, Request

from ..security import RateLimiter, check_key, check_rate
from ..wiring import Components


def components(request: Request) -> Components:
    """The components `create_app` built for this app (store, searcher, answerer)."""
    return request.app.state.components


def rate_limiter(request: Request) -> RateLimiter:
    """The app's one rate limiter, shared by every limited route."""
    return request.app.state.rate_limiter


def api_key(request: Request, comps: Components = Depends(components)) -> None:
    """401 without a valid API key, when keys are configured."""
    check_key(request, comps.settings.api_key_set)


def within_rate(request: Request, limiter: RateLimiter = Depends(rate_limiter)) -> None:
    """429 when this client asks too often."""
    check_rate(request, limiter)


KEYED = [Depends(api_key)]
LIMITED = [Depends(api_key), Depends(within_rate)]
