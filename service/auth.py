"""Who is asking: a signed-in user from a bearer token (OIDC) or a signing-in proxy, a service with an API
key, or an anonymous person on a laptop (`MINUTES_AUTH`, see `settings`).

Every refusal is a 401 with a Swedish message that tells the person to sign in again; what exactly was
wrong with a token goes to the log, not to the caller.
"""

from __future__ import annotations

import ipaddress
import logging
from dataclasses import dataclass

import jwt
from fastapi import HTTPException, Request

from .settings import Settings

log = logging.getLogger("minutes.auth")

ALGORITHMS = ["RS256", "ES256"]  # never "none", never a shared secret
SIGN_IN_AGAIN = "Du är inte inloggad, eller så har inloggningen gått ut. Logga in igen och försök på nytt."
BAD_KEY = "Saknad eller ogiltig API-nyckel. Skicka den i huvudet X-API-Key."


@dataclass(frozen=True)
class Principal:
    """The person or service asking. `user` is None for anonymous callers and API-key services."""

    user: str | None
    groups: frozenset[str] = frozenset()
    via: str = "anonym"  # "oidc", "proxy", "api-nyckel" or "anonym"


ANONYMOUS = Principal(user=None)


def refused(message: str = SIGN_IN_AGAIN) -> HTTPException:
    return HTTPException(401, message, headers={"WWW-Authenticate": "Bearer"})


class TokenVerifier:
    """Checks bearer tokens against the identity provider's JWKS: signature (RS256/ES256), issuer,
    audience, expiry and not-before with a small leeway. Keys are cached; a token signed with a key id
    the cache lacks makes it fetch the JWKS again (at most once per `refresh_cooldown_s`)."""

    def __init__(self, *, jwks_url: str, issuer: str, audience: str, groups_claim: str = "groups",
                 leeway_s: int = 30, refresh_cooldown_s: float = 10):
        self.issuer = issuer
        self.audience = audience
        self.groups_claim = groups_claim
        self.leeway_s = leeway_s
        self._keys = jwt.PyJWKClient(jwks_url, cache_keys=False, lifespan=3600, timeout=5,
                                     cooldown_duration=refresh_cooldown_s)

    def principal(self, token: str) -> Principal:
        """The signed-in user of a valid token; 401 for any token that is not, 503 if the JWKS is unreachable."""
        try:
            key = self._keys.get_signing_key_from_jwt(token)
            claims = jwt.decode(token, key.key, algorithms=ALGORITHMS, audience=self.audience, issuer=self.issuer,
                                leeway=self.leeway_s, options={"require": ["exp", "iss", "aud"]})
        except jwt.PyJWKClientConnectionError as exc:
            log.error("inloggningstjänstens nycklar kunde inte hämtas: %s", exc)
            raise HTTPException(503, "Inloggningstjänsten svarar inte just nu. Försök igen om en stund.") from exc
        except jwt.PyJWTError as exc:
            log.info("token avvisad: %s", exc)
            raise refused() from exc
        return Principal(user=str(claims.get("sub") or claims.get("preferred_username") or "okänd"),
                         groups=_groups_of(claims.get(self.groups_claim)), via="oidc")


def _groups_of(claim) -> frozenset[str]:
    """Groups as a list of names, or one comma-separated text (some proxies and providers send that)."""
    if isinstance(claim, str):
        claim = claim.split(",")
    if not isinstance(claim, list):
        return frozenset()
    return frozenset(str(g).strip() for g in claim if str(g).strip())


class Authenticator:
    """Works out the `Principal` of a request according to the settings."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.mode = settings.auth
        self.api_keys = settings.api_key_set
        self.trusted = [ipaddress.ip_network(p, strict=False) for p in settings.trusted_proxy_list]
        self.verifier = TokenVerifier(jwks_url=settings.oidc_jwks_url, issuer=settings.oidc_issuer,
                                      audience=settings.oidc_audience, groups_claim=settings.oidc_groups_claim,
                                      leeway_s=settings.oidc_leeway_s,
                                      refresh_cooldown_s=settings.oidc_refresh_cooldown_s) \
            if self.mode == "oidc" else None

    def principal(self, request: Request) -> Principal:
        """Who asks, or 401."""
        if self.mode == "oidc" and (token := _bearer(request)):
            return self.verifier.principal(token)
        if self.mode == "proxy" and (user := self._proxy_user(request)):
            return Principal(user=user, groups=_groups_of(request.headers.get(self.settings.proxy_groups_header, "")),
                             via="proxy")
        key = request.headers.get("x-api-key") or request.query_params.get("key")
        if key is not None and key in self.api_keys:
            return Principal(user=None, groups=self.settings.api_key_group_set, via="api-nyckel")
        if self.mode == "none":
            if self.api_keys:
                raise refused(BAD_KEY)
            return ANONYMOUS
        raise refused(BAD_KEY if key is not None else SIGN_IN_AGAIN)

    def _proxy_user(self, request: Request) -> str | None:
        """The user header's value when it comes from a trusted proxy; 401 when it comes from anywhere else."""
        user = request.headers.get(self.settings.proxy_user_header, "").strip()
        if not user:
            return None
        if not self._from_trusted(request):
            log.warning("inloggningshuvuden från en adress som inte är betrodd: %s", _host(request))
            raise refused()
        return user

    def _from_trusted(self, request: Request) -> bool:
        try:
            address = ipaddress.ip_address(_host(request))
        except ValueError:
            return False
        return any(address in network for network in self.trusted)


def _host(request: Request) -> str:
    return request.client.host if request.client else ""


def _bearer(request: Request) -> str | None:
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer":
        return None
    if not token.strip():
        raise refused()
    return token.strip()
