"""Sign-in fixtures shared by the service tests: real keys, a real JWKS server on 127.0.0.1, signed tokens."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import ec, rsa

ISSUER = "https://login.example.se/realm"
AUDIENCE = "minutes"


class Keys:
    """Signing keys by kid; `published` are the ones the JWKS lists."""

    def __init__(self):
        self.private = {"rsa-1": rsa.generate_private_key(public_exponent=65537, key_size=2048),
                        "ec-1": ec.generate_private_key(ec.SECP256R1()),
                        "rsa-unpublished": rsa.generate_private_key(public_exponent=65537, key_size=2048)}
        self.published = {"rsa-1", "ec-1"}
        self.fetches = 0

    def jwks(self) -> dict:
        self.fetches += 1
        return {"keys": [self._jwk(kid) for kid in sorted(self.published)]}

    def _jwk(self, kid: str) -> dict:
        key = self.private[kid].public_key()
        algorithm = jwt.algorithms.ECAlgorithm if kid.startswith("ec") else jwt.algorithms.RSAAlgorithm
        return {**algorithm.to_jwk(key, as_dict=True), "kid": kid, "use": "sig",
                "alg": "ES256" if kid.startswith("ec") else "RS256"}

    def token(self, kid: str = "rsa-1", **claims) -> str:
        now = int(time.time())
        payload = {"sub": "alice", "iss": ISSUER, "aud": AUDIENCE, "iat": now, "nbf": now, "exp": now + 300,
                   "groups": ["styrgrupp-barnens-basta"], **claims}
        payload = {k: v for k, v in payload.items() if v is not None}
        return jwt.encode(payload, self.private[kid], algorithm="ES256" if kid.startswith("ec") else "RS256",
                          headers={"kid": kid})


@pytest.fixture(scope="session")
def keys():
    return Keys()


@pytest.fixture(scope="session")
def jwks_url(keys):
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            body = json.dumps(keys.jwks()).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/jwks.json"
    server.shutdown()
