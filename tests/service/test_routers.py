"""The API's routers and error answers in-process (TestClient), without an index or a model.

The routers get the index components through one dependency, so a test swaps in fakes with
`app.dependency_overrides`. Every 422 a user sees is Swedish and names the field.
"""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from fastapi.testclient import TestClient
from pydantic import ValidationError

from service.api import create_app
from service.errors import describe
from service.routers.deps import components
from service.schemas import MAX_TOP_K, AskRequest, Filters, SearchRequest
from service.settings import Settings

ENGLISH = ("should", "Field required", "Input", "Value error", "valid ")


class FakeSearcher:
    def __init__(self):
        self.calls = []

    def run(self, query, top_k, filters):
        self.calls.append((query, top_k, filters))
        return []

    def lexical(self):
        return ["ett", "två"]


class FakeStore:
    def count_meetings(self):
        return 3

    def all_meetings(self):
        return []

    def meeting(self, meeting_id):
        return None


class BrokenAnswerer:
    def run(self, *args, **kwargs):
        raise RuntimeError("trasigt")


def client(tmp_path, **settings) -> tuple[TestClient, SimpleNamespace]:
    """An app whose routers see fakes instead of the index; no lifespan, so nothing is loaded."""
    app = create_app(Settings(data_dir=tmp_path, **settings))
    real = app.state.components
    fake = SimpleNamespace(settings=real.settings, authenticator=real.authenticator, access=real.access, audit=None, catalog=None,
                           searcher=FakeSearcher(), store=FakeStore(), answerer=BrokenAnswerer())
    app.dependency_overrides[components] = lambda: fake
    return TestClient(app), fake


@pytest.mark.parametrize(("path", "body", "expected"), [
    ("/api/search", {"query": ""}, "query: måste ha minst 1 tecken"),
    ("/api/search", {"query": "x" * 501}, "query: får ha högst 500 tecken"),
    ("/api/search", {"query": " \t\n "}, "query: får inte vara tom"),
    ("/api/ask", {"question": "   "}, "question: får inte vara tom"),
    ("/api/search", {}, "query: saknas"),
    ("/api/search", {"query": "heder", "top_k": 0}, "top_k: måste vara minst 1"),
    ("/api/search", {"query": "heder", "top_k": MAX_TOP_K + 1}, f"top_k: får vara högst {MAX_TOP_K}"),
    ("/api/ask", {"question": "heder", "top_k": MAX_TOP_K + 1}, f"top_k: får vara högst {MAX_TOP_K}"),
    ("/api/search", {"query": "heder", "top_k": "många"}, "top_k: måste vara ett heltal"),
    ("/api/search", {"query": "heder", "date_from": "6 sept"}, "date_from: måste vara ett datum i formen ÅÅÅÅ-MM-DD"),
    ("/api/search", {"query": "heder", "date_to": "2024-02-30"}, "date_to: måste vara ett datum"),
    ("/api/search", {"query": "heder", "date_from": "2024-05-01", "date_to": "2024-01-01"},
     "date_from (2024-05-01) ligger efter date_to (2024-01-01)"),
    ("/api/ask", {"question": "heder", "date_from": "2024-05-01", "date_to": "2024-01-01"},
     "date_from (2024-05-01) ligger efter date_to (2024-01-01)"),
    ("/api/search", {"query": "heder", "body": "b" * 201}, "body: får ha högst 200 tecken"),
])
def test_validation_errors_are_swedish_and_name_the_field(tmp_path, path, body, expected):
    response = client(tmp_path)[0].post(path, json=body)
    assert response.status_code == 422
    payload = response.json()
    assert payload["detail"].startswith("Ogiltig förfrågan: ") and expected in payload["detail"]
    messages = [payload["detail"]] + [e["msg"] for e in payload["errors"]]
    assert not [m for m in messages if any(word in m for word in ENGLISH)], messages


@pytest.mark.parametrize(("raw", "expected"), [
    (b'{"query":', "förfrågan är inte giltig JSON"),
    (b'"heder"', "förfrågan måste vara ett JSON-objekt"),
    (b"", "förfrågan saknar innehåll"),
])
def test_a_body_that_is_not_a_json_object_gets_a_swedish_422(tmp_path, raw, expected):
    response = client(tmp_path)[0].post("/api/search", content=raw, headers={"content-type": "application/json"})
    assert response.status_code == 422 and expected in response.json()["detail"]


def test_unknown_error_types_still_get_swedish_with_the_field():
    assert describe({"type": "något_nytt", "loc": ("body", "top_k"), "msg": "Something new"}) == \
        "top_k: har ett ogiltigt värde"
    assert describe({"type": "något_nytt", "loc": ("body",), "msg": "Something new"}) == "förfrågan är ogiltig"


def test_one_date_check_and_one_top_k_limit_for_search_and_ask():
    with pytest.raises(ValidationError, match="ligger efter"):
        Filters(date_from=dt.date(2024, 5, 1), date_to=dt.date(2024, 1, 1))
    assert Filters(date_from=dt.date(2024, 1, 1), date_to=dt.date(2024, 1, 1)).search_filters()
    for model, text in ((SearchRequest, "query"), (AskRequest, "question")):
        assert model(**{text: "heder", "top_k": MAX_TOP_K}).top_k == MAX_TOP_K
        with pytest.raises(ValidationError):
            model(**{text: "heder", "top_k": MAX_TOP_K + 1})


def test_routers_use_the_components_dependency(tmp_path):
    http, fake = client(tmp_path)
    assert http.post("/api/search", json={"query": "heder", "top_k": 7}).json() == {"query": "heder", "results": []}
    assert fake.searcher.calls[0][:2] == ("heder", 7)
    assert http.get("/api/meetings").json() == []
    missing = http.get("/api/meetings/finns-inte")
    assert missing.status_code == 404 and "finns inte" in missing.json()["detail"]
    assert http.get("/healthz").json() == {"status": "ok"}
    assert http.get("/readyz").json() == {"status": "ready", "meetings": 3, "chunks": 2}


def test_keys_and_rate_limit_guard_the_api_but_not_health(tmp_path):
    http, _ = client(tmp_path, api_keys="hemlig", rate_limit_per_minute=1)
    assert http.get("/healthz").status_code == 200
    assert http.get("/api/meetings").status_code == 401
    assert http.get("/api/meetings", headers={"X-API-Key": "hemlig"}).status_code == 200
    assert http.post("/api/search", json={"query": "heder"}).status_code == 401
    keyed = {"X-API-Key": "hemlig"}
    assert http.post("/api/search", json={"query": "heder"}, headers=keyed).status_code == 200
    limited = http.post("/api/search", json={"query": "heder"}, headers=keyed)
    assert limited.status_code == 429 and limited.headers["retry-after"] and "Vänta" in limited.json()["detail"]


def test_an_unexpected_error_is_a_swedish_500_that_a_page_on_another_origin_can_read(tmp_path):
    http, _ = client(tmp_path, cors_origins="http://intranat.example")
    response = http.post("/api/ask", json={"question": "heder"}, headers={"Origin": "http://intranat.example"})
    assert response.status_code == 500 and "oväntat fel" in response.json()["detail"]
    assert response.headers["access-control-allow-origin"] == "http://intranat.example"


def test_every_html_page_forbids_inline_scripts(tmp_path):
    http, _ = client(tmp_path)
    for path in ("/", "/docs", "/meetings/x"):
        csp = http.get(path).headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "unsafe-eval" not in csp, path
