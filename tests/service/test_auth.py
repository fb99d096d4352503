"""service.auth with real keys and a real JWKS server: RSA and EC keys made here with `cryptography`, the JWKS
served over HTTP on 127.0.0.1, tokens signed with PyJWT. Every refusal is a 401 with a Swedish message."""

from __future__ import annotations

import json
import time

import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from fastapi.testclient import TestClient

from service.api import create_app
from service.auth import SIGN_IN_AGAIN
from service.settings import Settings
from tests.service.conftest import AUDIENCE, ISSUER

@pytest.fixture
def oidc(tmp_path, jwks_url):
    app = create_app(Settings(data_dir=tmp_path, auth="oidc", oidc_jwks_url=jwks_url, oidc_issuer=ISSUER,
                              oidc_audience=AUDIENCE, oidc_refresh_cooldown_s=0, api_keys="tjanstenyckel",
                              rate_limit_per_minute=0))
    return TestClient(app)


def bearer(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


def test_valid_rsa_and_ec_tokens_are_let_in(oidc, keys):
    for kid in ("rsa-1", "ec-1"):
        response = oidc.get("/api/meetings", headers=bearer(keys.token(kid)))
        assert response.status_code == 200, response.text


def _unsigned(keys) -> str:
    now = int(time.time())
    return jwt.encode({"sub": "mallory", "iss": ISSUER, "aud": AUDIENCE, "exp": now + 300,
                       "groups": ["minutes-admin"]}, None, algorithm="none", headers={"kid": "rsa-1"})


def _tampered(keys) -> str:
    header, payload, signature = keys.token().split(".")
    claims = json.loads(jwt.utils.base64url_decode(payload))
    claims["groups"] = ["minutes-admin"]
    forged = jwt.utils.base64url_encode(json.dumps(claims).encode()).decode()
    return f"{header}.{forged}.{signature}"


REFUSALS = {
    "utgången": lambda k: k.token(exp=int(time.time()) - 3600, iat=int(time.time()) - 7200, nbf=None),
    "inte giltig än": lambda k: k.token(nbf=int(time.time()) + 3600),
    "fel mottagare": lambda k: k.token(aud="en-annan-tjanst"),
    "fel utfärdare": lambda k: k.token(iss="https://falsk.example.se"),
    "utan exp": lambda k: k.token(exp=None),
    "alg none": _unsigned,
    "ändrad signatur": _tampered,
    "okänd kid": lambda k: k.token(kid="rsa-unpublished"),
    "skräp": lambda k: "inte.en.token",
}


@pytest.mark.parametrize("case", REFUSALS)
def test_bad_tokens_are_refused_with_a_swedish_sign_in_message(oidc, keys, case):
    for path in ("/api/meetings", "/api/meetings/x"):
        response = oidc.get(path, headers=bearer(REFUSALS[case](keys)))
        assert response.status_code == 401, (case, response.text)
        assert response.json()["detail"] == SIGN_IN_AGAIN
    response = oidc.post("/api/search", json={"query": "heder"}, headers=bearer(REFUSALS[case](keys)))
    assert response.status_code == 401


def test_no_token_is_refused_but_a_service_with_an_api_key_is_let_in(oidc):
    for response in (oidc.get("/api/meetings"), oidc.post("/api/ask", json={"question": "heder"}),
                     oidc.get("/api/meetings", headers={"Authorization": "Basic YTpi"})):
        assert response.status_code == 401 and "Logga in igen" in response.json()["detail"]
    assert oidc.get("/api/meetings", headers={"X-API-Key": "tjanstenyckel"}).status_code == 200
    wrong = oidc.get("/api/meetings", headers={"X-API-Key": "gissad"})
    assert wrong.status_code == 401 and "API-nyckel" in wrong.json()["detail"]
    assert oidc.get("/healthz").status_code == 200 and oidc.get("/readyz").json() == {"status": "ready"}


def test_a_rotated_key_is_fetched_when_a_token_names_it(oidc, keys):
    assert oidc.get("/api/meetings", headers=bearer(keys.token())).status_code == 200
    keys.private["rsa-2"] = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    keys.published.add("rsa-2")
    before = keys.fetches
    assert oidc.get("/api/meetings", headers=bearer(keys.token("rsa-2"))).status_code == 200
    assert keys.fetches == before + 1
    assert oidc.get("/api/meetings", headers=bearer(keys.token("rsa-2"))).status_code == 200
    assert keys.fetches == before + 1  # cached from then on


def test_proxy_headers_count_only_from_trusted_addresses(tmp_path):
    settings = Settings(data_dir=tmp_path, auth="proxy", trusted_proxies="10.0.0.0/8", rate_limit_per_minute=0)
    headers = {"X-Forwarded-User": "alice", "X-Forwarded-Groups": "ledning, styrgrupp-barnens-basta"}
    trusted = TestClient(create_app(settings), client=("10.1.2.3", 5000))
    assert trusted.get("/api/meetings", headers=headers).status_code == 200
    assert trusted.get("/api/meetings").status_code == 401  # the proxy let no user through
    untrusted = TestClient(create_app(settings), client=("192.168.1.9", 5000))
    refused = untrusted.get("/api/meetings", headers=headers)
    assert refused.status_code == 401 and refused.json()["detail"] == SIGN_IN_AGAIN
