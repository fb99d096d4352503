"""The HTTP API, served by a real `minutes serve` process over the sample minutes."""

from __future__ import annotations

import httpx
import pytest

pytestmark = pytest.mark.server


def search(base, **body):
    return httpx.post(f"{base}/api/search", json=body, timeout=30)


def test_users_question_finds_the_heder_decision_in_top_three(sample_server):
    response = search(sample_server, query="vad beslutades om Resurscentrum heder?")
    assert response.status_code == 200
    results = response.json()["results"]
    top3 = [(r["meeting"]["date"], r["item"]["number"]) for r in results[:3]]
    assert ("2024-09-06", "8") in top3
    hit = next(r for r in results if (r["meeting"]["date"], r["item"]["number"]) == ("2024-09-06", "8"))
    assert hit["citation"].endswith("2024-09-06, punkt 8 – Arbetsgrupp Heder")
    assert "resurscentrumheder" in hit["text"]


def test_date_and_body_filters_narrow_the_results(sample_server):
    results = search(sample_server, query="överenskommelse", top_k=50, date_from="2024-01-01",
                     date_to="2024-12-31").json()["results"]
    assert results and all("2024-01-01" <= r["meeting"]["date"] <= "2024-12-31" for r in results)
    styrgrupp = search(sample_server, query="indikatorer", body="styrgrupp").json()["results"]
    assert styrgrupp and all("Styrgrupp" in r["meeting"]["body"] for r in styrgrupp)


@pytest.mark.parametrize("body", [{"query": ""}, {"query": "x" * 501}, {"query": "heder", "top_k": 0},
                                  {"query": "heder", "top_k": 51}, {"query": "heder", "date_from": "6 sept"},
                                  {"query": "heder", "date_from": "2024-05-01", "date_to": "2024-01-01"}])
def test_invalid_search_input_is_a_readable_422(sample_server, body):
    response = search(sample_server, **body)
    assert response.status_code == 422
    assert response.json()["detail"].startswith("Ogiltig förfrågan")


def test_meetings_list_and_one_meeting_with_decisions(sample_server):
    listing = httpx.get(f"{sample_server}/api/meetings").json()
    assert len(listing) == 5
    september = next(m for m in listing if m["date"] == "2024-09-06")
    assert september["items"] == 12
    meeting = httpx.get(f"{sample_server}/api/meetings/{september['id']}").json()
    heder = next(i for i in meeting["items"] if i["number"] == "8")
    assert heder["decisions"] and heder["presenter"] == "Ulrika/Cristina"


def test_unknown_meeting_is_404_and_health_and_docs_answer(sample_server):
    missing = httpx.get(f"{sample_server}/api/meetings/finns-inte")
    assert missing.status_code == 404 and "finns inte" in missing.json()["detail"]
    assert httpx.get(f"{sample_server}/healthz").json() == {"status": "ok"}
    assert httpx.get(f"{sample_server}/docs").status_code == 200
    assert "/api/search" in httpx.get(f"{sample_server}/openapi.json").json()["paths"]


def ask(base, **body):
    return httpx.post(f"{base}/api/ask", json=body, timeout=30)


def test_ask_quotes_the_heder_decision_newest_first(sample_server):
    answer = ask(sample_server, question="Vad beslutades om Resurscentrum heder?").json()
    assert answer["found"] is True
    assert "säger upp avtalet med resurscentrumheder till årsskiftet 24/25" in answer["answer"]
    cited = [(c["meeting"]["date"], c["item"]["number"]) for c in answer["citations"]]
    assert cited[:2] == [("2024-09-06", "8"), ("2024-04-05", "4")]
    assert answer["citations"][0]["is_decision"] and answer["results"]


def test_ask_says_plainly_when_the_minutes_do_not_cover_it(sample_server):
    answer = ask(sample_server, question="Hur många elbilar köptes in till hemtjänsten?").json()
    assert answer["found"] is False and answer["citations"] == []
    assert answer["answer"].startswith("Jag hittar inget i mötesanteckningarna om")


def test_latest_meeting_phrase_limits_search_to_that_meeting(sample_server):
    results = search(sample_server, query="vad beslutades på senaste mötet?", top_k=10).json()["results"]
    assert results and {r["meeting"]["date"] for r in results} == {"2026-02-06"}
