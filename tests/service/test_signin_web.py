"""The widget signed in, in Chromium: the intranet page hands it a token through `data-token-function`, two
users in different groups see exactly their meetings, and an expired sign-in asks the person to sign in again.
The server is a real `minutes serve` checking real signed tokens against a real JWKS server; the proxy recipe runs
it behind a small signing-in proxy that turns a session cookie into user and group headers."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from tests.conftest import EXAMPLES, TEST_DATA, free_port, run_cli, running, serve_command
from tests.service.conftest import AUDIENCE, ISSUER
from tests.service.test_web import CHROMIUM, browser, host_origin, page, screenshot  # noqa: F401 - fixtures

pytestmark = [
    pytest.mark.server,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Chromium saknas (apt-get install chromium)"),
]

RULES = """default = "allow"
[[rule]]
body = "Styrgrupp för Barnens bästa*"
groups = ["styrgrupp-barnens-basta"]
"""

PAGE = """<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Intranät</title></head>
<body><h1>Intranätet</h1>
<script>window.getIntranetToken = function () {{ return Promise.resolve("{token}"); }};</script>
<script src="{api}/widget.js" data-api="{api}" data-token-function="getIntranetToken" defer></script>
</body></html>"""

QUESTION = "Vad beslutades om lekplatsinventeringen?"


@pytest.fixture(scope="module")
def signed_in_api(tmp_path_factory, jwks_url, host_origin):  # noqa: F811 - the imported fixture
    data = tmp_path_factory.mktemp("signin-index")
    result = run_cli("ingest", str(EXAMPLES), str(TEST_DATA / "access"), env={"MINUTES_DATA_DIR": str(data)})
    assert result.returncode == 0, result.stderr
    rules = data / "access.toml"
    rules.write_text(RULES, encoding="utf-8")
    port = free_port()
    env = {"MINUTES_DATA_DIR": str(data), "MINUTES_AUTH": "oidc", "MINUTES_OIDC_JWKS_URL": jwks_url,
           "MINUTES_OIDC_ISSUER": ISSUER, "MINUTES_OIDC_AUDIENCE": AUDIENCE, "MINUTES_ACCESS_FILE": str(rules),
           "MINUTES_CORS_ORIGINS": host_origin[1], "MINUTES_RATE_LIMIT_PER_MINUTE": "0"}
    with running(serve_command(port), f"http://127.0.0.1:{port}/healthz", env):
        yield f"http://127.0.0.1:{port}"


def widget_answer(page, host_origin, api: str, name: str, token: str) -> str:  # noqa: F811
    folder, origin = host_origin
    (folder / name).write_text(PAGE.format(api=api, token=token), encoding="utf-8")
    page.goto(f"{origin}/{name}")
    page.click("button.launcher")
    page.fill("textarea", QUESTION)
    page.keyboard.press("Enter")
    page.wait_for_selector(".msg.bot, .msg.error", timeout=30000)
    return page.locator(".msg.bot, .msg.error").last.inner_text()


def test_two_users_see_exactly_their_meetings_in_the_widget(page, host_origin, signed_in_api, keys):  # noqa: F811
    member = widget_answer(page, host_origin, signed_in_api, "medlem.html",
                           keys.token(sub="alice", groups=["styrgrupp-barnens-basta"]))
    assert "2023-03-14" in member and "tekniska förvaltningen" in member
    screenshot(page, "widget-signed-in-member.png")
    page.evaluate("sessionStorage.clear()")
    other = widget_answer(page, host_origin, signed_in_api, "annan.html", keys.token(sub="bob", groups=["ledning"]))
    assert "2023-03-14" not in other and "tekniska förvaltningen" not in other
    assert "hittar inget" in other


def test_an_expired_sign_in_asks_the_person_to_sign_in_again(page, host_origin, signed_in_api, keys):  # noqa: F811
    expired = keys.token(exp=int(time.time()) - 600, iat=int(time.time()) - 4000, nbf=None)
    text = widget_answer(page, host_origin, signed_in_api, "utgangen.html", expired)
    assert "Logga in igen" in text
    screenshot(page, "widget-sign-in-again.png")


class SigningInProxy(BaseHTTPRequestHandler):
    """A stand-in for oauth2-proxy: a request with the session cookie goes on to the API with the user and groups
    in headers; one without it goes on without them, so the API itself answers 401 (with its CORS headers, which
    the widget needs to read it). `api` is set on the class by the fixture."""

    api = ""
    SESSIONS = {"sess-alice": ("alice", "styrgrupp-barnens-basta"), "sess-bob": ("bob", "ledning")}

    def _forward(self):
        headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "x-forwarded-user")}
        cookies = dict(c.strip().split("=", 1) for c in self.headers.get("Cookie", "").split(";") if "=" in c)
        session = self.SESSIONS.get(cookies.get("intranat_session", ""))
        if session:
            headers.update({"X-Forwarded-User": session[0], "X-Forwarded-Groups": session[1]})
        length = int(self.headers.get("Content-Length") or 0)
        upstream = httpx.request(self.command, self.api + self.path, headers=headers,
                                 content=self.rfile.read(length) if length else None)
        self.send_response(upstream.status_code)
        for name, value in upstream.headers.items():
            if name.lower() not in ("content-length", "transfer-encoding", "connection", "content-encoding"):
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(upstream.content)))
        self.end_headers()
        self.wfile.write(upstream.content)

    do_GET = do_POST = do_OPTIONS = _forward

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def behind_proxy(tmp_path_factory, host_origin):  # noqa: F811 - the imported fixture
    """`minutes serve` in proxy mode (trusting 127.0.0.1) with the rules above, reached through the proxy."""
    data = tmp_path_factory.mktemp("proxy-index")
    result = run_cli("ingest", str(EXAMPLES), str(TEST_DATA / "access"), env={"MINUTES_DATA_DIR": str(data)})
    assert result.returncode == 0, result.stderr
    (data / "access.toml").write_text(RULES, encoding="utf-8")
    port = free_port()
    env = {"MINUTES_DATA_DIR": str(data), "MINUTES_AUTH": "proxy", "MINUTES_TRUSTED_PROXIES": "127.0.0.1",
           "MINUTES_ACCESS_FILE": str(data / "access.toml"), "MINUTES_CORS_ORIGINS": host_origin[1],
           "MINUTES_RATE_LIMIT_PER_MINUTE": "0"}
    with running(serve_command(port), f"http://127.0.0.1:{port}/healthz", env):
        SigningInProxy.api = f"http://127.0.0.1:{port}"
        proxy = ThreadingHTTPServer(("127.0.0.1", 0), SigningInProxy)
        threading.Thread(target=proxy.serve_forever, daemon=True).start()
        yield f"http://127.0.0.1:{proxy.server_address[1]}"
        proxy.shutdown()


def test_the_widget_through_a_signing_in_proxy_sends_the_session_cookie(page, host_origin, behind_proxy):  # noqa: F811
    folder, origin = host_origin
    (folder / "proxy.html").write_text(
        f'<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Intranät</title></head><body>'
        f'<script src="{behind_proxy}/widget.js" data-api="{behind_proxy}" defer></script></body></html>',
        encoding="utf-8")
    page.context.add_cookies([{"name": "intranat_session", "value": "sess-alice", "url": behind_proxy}])
    page.goto(f"{origin}/proxy.html")
    page.click("button.launcher")
    page.fill("textarea", QUESTION)
    page.keyboard.press("Enter")
    page.wait_for_selector(".msg.bot, .msg.error", timeout=30000)
    answer = page.locator(".msg.bot, .msg.error").last.inner_text()
    assert "2023-03-14" in answer and "tekniska förvaltningen" in answer
    page.context.clear_cookies()
    page.evaluate("sessionStorage.clear()")
    page.reload()
    page.click("button.launcher")
    page.fill("textarea", QUESTION)
    page.keyboard.press("Enter")
    page.wait_for_selector(".msg.error", timeout=30000)
    assert "Logga in igen" in page.locator(".msg.error").last.inner_text()
