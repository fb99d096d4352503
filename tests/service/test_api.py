"""The HTTP API, served by a real `minutes serve` process over the repo's own documents.

The index holds examples/minutes and tests/data/minutes, so a fresh clone runs these.
"""

from __future__ import annotations

import httpx
import pytest

pytestmark = pytest.mark.server


def search(base, **body):
    return httpx.post(f"{base}/api/search", json=body, timeout=30)


def test_question_finds_the_building_permit_decision_first(repo_server):
    response = search(repo_server, query="Vad beslutades om bygglovet på Kvarnbacken 4?")
    assert response.status_code == 200
    hit = response.json()["results"][0]
    assert (hit["meeting"]["date"], hit["item"]["number"]) == ("2024-04-16", "§ 47")
    assert hit["citation"] == "Ljungsta kommun, Byggnadsnämnden, 2024-04-16, § 47 – Bygglov för flerbostadshus, Kvarnbacken 4"
    assert "beviljar bygglov för nybyggnad av flerbostadshus" in hit["text"]
    assert hit["meeting"]["source"].endswith("tests/data/minutes/byggnadsnamnden-2024-04-16.txt")
    assert hit["item"]["index"] == 2 and hit["id"] == f"{hit['meeting']['id']}:2:0"


def test_date_and_body_filters_narrow_the_results(repo_server):
    everywhere = search(repo_server, query="val av justerare", top_k=50).json()["results"]
    assert "2024-04-16" in {r["meeting"]["date"] for r in everywhere}
    results = search(repo_server, query="val av justerare", top_k=50, date_from="2024-01-01",
                     date_to="2024-03-31").json()["results"]
    dates = {r["meeting"]["date"] for r in results}
    assert {"2024-03-10", "2024-03-12"} <= dates and all("2024-01-01" <= d <= "2024-03-31" for d in dates)
    committees = search(repo_server, query="justera protokollet", top_k=50, body="nämnden").json()["results"]
    bodies = {r["meeting"]["body"] for r in committees}
    assert bodies >= {"Ljungsta kommun, Byggnadsnämnden", "Bergsjö kommun, Socialnämnden"}
    assert all("nämnden" in body.lower() for body in bodies)  # not the boards that also "justera protokollet"
    unfiltered = search(repo_server, query="justera protokollet", top_k=50).json()["results"]
    assert any("nämnden" not in r["meeting"]["body"].lower() for r in unfiltered)


@pytest.mark.parametrize("body", [{"query": ""}, {"query": "x" * 501}, {"query": "bygglov", "top_k": 0},
                                  {"query": "bygglov", "top_k": 51}, {"query": "bygglov", "date_from": "6 sept"},
                                  {"query": "bygglov", "date_from": "2024-05-01", "date_to": "2024-01-01"}])
def test_invalid_search_input_is_a_readable_422(repo_server, body):
    response = search(repo_server, **body)
    assert response.status_code == 422
    assert response.json()["detail"].startswith("Ogiltig förfrågan")


def test_meetings_list_and_one_meeting_with_decisions(repo_server, repo_meetings):
    listing = httpx.get(f"{repo_server}/api/meetings").json()
    assert sorted((m["id"], m["date"], m["items"]) for m in listing) == sorted(
        (m.id, m.date, len(m.items)) for m in repo_meetings)
    assert [m["date"] for m in listing].count("2023-05-09") == 1  # one of three meetings in one file
    building = next(m for m in listing if m["body"] == "Ljungsta kommun, Byggnadsnämnden")
    assert (building["date"], building["items"]) == ("2024-04-16", 6)
    meeting = httpx.get(f"{repo_server}/api/meetings/{building['id']}").json()
    assert (meeting["chair"], meeting["secretary"]) == ("Johan Axelsson", "Per Alm")
    assert [i["number"] for i in meeting["items"]] == ["§ 45", "§ 46", "§ 47", "§ 48", "§ 49", "§ 50"]
    permit = next(i for i in meeting["items"] if i["number"] == "§ 47")
    assert "Reservation\nTobias Wikström" in permit["decisions"][0]["text"]  # the label as the file writes it
    ekbacken = next(i for i in meeting["items"] if i["number"] == "§ 48")
    assert "vite om 50 000 kronor" in ekbacken["decisions"][0]["proposal"]


def test_unknown_meeting_is_404_and_health_and_docs_answer(repo_server):
    missing = httpx.get(f"{repo_server}/api/meetings/finns-inte")
    assert missing.status_code == 404 and "finns inte" in missing.json()["detail"]
    assert httpx.get(f"{repo_server}/healthz").json() == {"status": "ok"}
    assert httpx.get(f"{repo_server}/docs").status_code == 200
    assert "/api/search" in httpx.get(f"{repo_server}/openapi.json").json()["paths"]


def ask(base, **body):
    return httpx.post(f"{base}/api/ask", json=body, timeout=30)


def test_ask_quotes_the_decision_with_its_source(repo_server):
    answer = ask(repo_server, question="Vad beslutades om bygglovet på Kvarnbacken 4?").json()
    assert answer["found"] is True
    assert answer["answer"].startswith("”Byggnadsnämnden beviljar bygglov för nybyggnad av flerbostadshus på "
                                       "fastigheten Kvarnbacken 4.")
    assert answer["answer"].endswith("(Ljungsta kommun, Byggnadsnämnden, 2024-04-16, § 47 – Bygglov för "
                                     "flerbostadshus, Kvarnbacken 4)")
    assert answer["citations"][0]["is_decision"] and answer["results"]


def test_ask_cites_the_newest_meeting_first(repo_server):
    # Several meetings chose "justerare": the answer starts with the newest and cites each (a group's earlier
    # justerare right after its newest, then the other groups).
    answer = ask(repo_server, question="Vem valdes till justerare?").json()
    assert answer["found"] is True
    dates = [c["meeting"]["date"] for c in answer["citations"]]
    assert len(dates) >= 2 and dates[0] == max(dates)
    assert answer["citations"][0]["quote"] in answer["answer"]


def test_ask_says_plainly_when_the_minutes_do_not_cover_it(repo_server):
    answer = ask(repo_server, question="Hur många elbilar köptes in till hemtjänsten?").json()
    assert answer["found"] is False and answer["citations"] == []
    assert answer["answer"].startswith("Jag hittar inget i mötesanteckningarna om")


def test_latest_meeting_phrase_limits_search_to_that_meeting(repo_server, repo_meetings):
    results = search(repo_server, query="vad beslutades på senaste mötet?", top_k=10).json()["results"]
    assert results and {r["meeting"]["date"] for r in results} == {max(m.date for m in repo_meetings if m.date)}
    network = search(repo_server, query="vad beslutades på senaste mötet?", body="elevhälsa").json()["results"]
    assert network and {r["meeting"]["date"] for r in network} == {"2023-10-03"}
