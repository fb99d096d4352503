"""Who sees what, end to end: one real index (the repo's examples plus a restricted steering group and a
folder of confidential minutes), real signed tokens, and every endpoint. A meeting a person may not read
is, for them, indistinguishable from one that does not exist; the audit log records who asked what."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from service.api import create_app
from service.settings import Settings
from tests.conftest import EXAMPLES, SAMPLES, TEST_DATA, invoke_cli, needs_shared
from tests.service.conftest import AUDIENCE, ISSUER
from tests.service.test_access import ISSUE_RULES

ACCESS = TEST_DATA / "access"
RULES = ISSUE_RULES.replace('default = "deny"', 'default = "allow"')  # the examples stay open to everyone

STEERING, CONFIDENTIAL = "2023-03-14", "2023-05-09"


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    data = tmp_path_factory.mktemp("access-index")
    result = invoke_cli("ingest", str(EXAMPLES), str(ACCESS), env={"MINUTES_DATA_DIR": str(data)})
    assert result.returncode == 0, result.stderr
    return data


@pytest.fixture(scope="module")
def api(index, jwks_url, tmp_path_factory):
    folder = tmp_path_factory.mktemp("access-config")
    (folder / "access.toml").write_text(RULES, encoding="utf-8")
    settings = Settings(data_dir=index, auth="oidc", oidc_jwks_url=jwks_url, oidc_issuer=ISSUER,
                        oidc_audience=AUDIENCE, access_file=folder / "access.toml", audit_log=folder / "audit.jsonl",
                        rate_limit_per_minute=0)
    with TestClient(create_app(settings)) as client:
        yield client, folder / "audit.jsonl"


class User:
    def __init__(self, api, keys, name: str, *groups: str):
        self.http, self.name = api[0], name
        self.headers = {"Authorization": f"Bearer {keys.token(sub=name, groups=list(groups))}"}

    def search(self, query: str, **extra) -> list[dict]:
        response = self.http.post("/api/search", json={"query": query, **extra}, headers=self.headers)
        assert response.status_code == 200, response.text
        return response.json()["results"]

    def ask(self, question: str) -> dict:
        response = self.http.post("/api/ask", json={"question": question}, headers=self.headers)
        assert response.status_code == 200, response.text
        return response.json()

    def get(self, path: str):
        return self.http.get(path, headers=self.headers)

    def dates(self) -> set[str]:
        return {m["date"] for m in self.get("/api/meetings").json()}


@pytest.fixture(scope="module")
def alice(api, keys):
    return User(api, keys, "alice", "styrgrupp-barnens-basta")


@pytest.fixture(scope="module")
def bob(api, keys):
    return User(api, keys, "bob", "ledning")


@pytest.fixture(scope="module")
def admin(api, keys):
    return User(api, keys, "ada", "minutes-admin")


def dates_of(results: list[dict]) -> set[str]:
    return {r["meeting"]["date"] for r in results}


def test_each_user_lists_exactly_their_meetings(alice, bob, admin):
    open_dates = {"2023-11-30", "2024-03-12", "2024-05-20"}
    assert alice.dates() == open_dates | {STEERING}
    assert bob.dates() == open_dates | {CONFIDENTIAL}
    assert admin.dates() == open_dates | {STEERING, CONFIDENTIAL}


def test_search_finds_words_only_a_restricted_meeting_holds_only_for_its_readers(alice, bob):
    assert dates_of(alice.search("lekplatsinventering")) == {STEERING}
    assert bob.search("lekplatsinventering") == []
    assert dates_of(bob.search("omplaceringsärende")) == {CONFIDENTIAL}
    assert alice.search("omplaceringsärende") == []
    assert STEERING not in dates_of(bob.search("beslutar", top_k=50))
    assert len(bob.search("beslutar", top_k=3)) == 3  # top_k filled with readable hits, not cut after ranking


@pytest.mark.parametrize("question", [
    "Vad beslutades om KLIV?", "Vad betyder KLIV?", "Vem är ordförande i styrgruppen för barnens bästa?",
    "Vilka beslut togs i mars 2023?", "Hur har frågan om lekplatser utvecklats?",
    "Vem fick i uppdrag att åtgärda fallskydden?",
])
def test_every_kind_of_answer_draws_only_on_readable_meetings(alice, bob, question):
    allowed, refused = alice.ask(question), bob.ask(question)
    assert allowed["found"] and STEERING in {c["date"] for c in allowed["citations"]}, allowed["answer"]
    assert STEERING not in {c["date"] for c in refused["citations"]}
    told = json.dumps(refused, ensure_ascii=False).replace(question, "")  # the question itself is echoed
    for secret in ("Maja Lindholm", "Kommunal ledning för insatser", "Norrby", "fallskydd", STEERING):
        assert secret not in told


def test_a_meeting_one_may_not_read_is_as_missing_as_one_that_does_not_exist(alice, bob, api):
    steering = next(m["id"] for m in alice.get("/api/meetings").json() if m["date"] == STEERING)
    assert alice.get(f"/api/meetings/{steering}").status_code == 200
    hidden, missing = bob.get(f"/api/meetings/{steering}"), bob.get("/api/meetings/finns-inte-alls")
    assert hidden.status_code == missing.status_code == 404
    assert hidden.json()["detail"].replace(steering, "X") == missing.json()["detail"].replace("finns-inte-alls", "X")
    assert alice.get(f"/api/meetings/{steering}/file").status_code == 200  # the original file, same rules
    assert bob.get(f"/api/meetings/{steering}/file").status_code == 404
    assert alice.get("/readyz").json()["meetings"] == bob.get("/readyz").json()["meetings"] == 4
    assert api[0].get("/readyz").json() == {"status": "ready"}  # no counts for someone not signed in


def test_the_audit_log_says_who_asked_what_and_which_meetings_answered(alice, api):
    alice.ask("Vad beslutades om KLIV?")
    lines = [json.loads(line) for line in api[1].read_text(encoding="utf-8").splitlines()]
    last = lines[-1]
    assert last["user"] == "alice" and last["groups"] == ["styrgrupp-barnens-basta"] and last["via"] == "oidc"
    assert last["endpoint"] == "/api/ask" and last["question"] == "Vad beslutades om KLIV?"
    assert last["meetings"] and last["results"] >= 1 and last["time"].endswith("+00:00")


@needs_shared
def test_the_issue_rules_hide_the_steering_group_meeting_of_the_samples(sample_index, tmp_path):
    """The TOML of issue #13 over the five samples: the 2021-11-05 meeting only for its group."""
    (tmp_path / "access.toml").write_text(ISSUE_RULES, encoding="utf-8")
    settings = Settings(data_dir=sample_index["MINUTES_DATA_DIR"], auth="proxy", trusted_proxies="127.0.0.1",
                        access_file=tmp_path / "access.toml", rate_limit_per_minute=0)
    with TestClient(create_app(settings), client=("127.0.0.1", 5000)) as http:
        member = {"X-Forwarded-User": "m", "X-Forwarded-Groups": "styrgrupp-barnens-basta"}
        other = {"X-Forwarded-User": "o", "X-Forwarded-Groups": "ledning"}
        meeting = next(m for m in http.get("/api/meetings", headers=member).json() if m["date"] == "2021-11-05")
        words = _words_only_in(http.app.state.components, meeting["id"])
        assert words, "ett ord som bara finns i mötet 2021-11-05"
        assert http.get(f"/api/meetings/{meeting['id']}", headers=member).status_code == 200
        assert http.get(f"/api/meetings/{meeting['id']}", headers=other).status_code == 404
        assert "2021-11-05" not in {m["date"] for m in http.get("/api/meetings", headers=other).json()}
        for word in words[:3]:
            seen = http.post("/api/search", json={"query": word}, headers=member).json()["results"]
            assert meeting["id"] in {r["meeting"]["id"] for r in seen}
            for path, body in (("/api/search", {"query": word}), ("/api/ask", {"question": f"vad sades om {word}"})):
                hidden = http.post(path, json=body, headers=other).json()
                assert meeting["id"] not in json.dumps(hidden) and "2021-11-05" not in json.dumps(hidden)
    assert SAMPLES.is_dir()


def _words_only_in(comps, meeting_id: str) -> list[str]:
    """Rare words of the meeting's passages that no other meeting's passages hold."""
    lexical = comps.searcher.lexical()
    mine = set().union(*(lexical.passage_tokens(c) for c in lexical.chunks if c.meeting_id == meeting_id))
    others = set().union(*(lexical.passage_tokens(c) for c in lexical.chunks if c.meeting_id != meeting_id))
    return sorted(w for w in mine - others if w.isalpha() and len(w) > 6)
