"""Page citations end to end: a passage on page 2 of a PDF is cited "s. 2", and the meeting's file opens."""

from __future__ import annotations

import httpx
import pytest

pytestmark = pytest.mark.server


def test_a_phrase_on_page_two_is_cited_with_its_page_and_the_file_opens(repo_server):
    found = httpx.post(f"{repo_server}/api/search", json={"query": "ledarutbildningar barnidrott anmälda",
                                                          "top_k": 1}).json()["results"][0]
    assert found["meeting"]["date"] == "2024-11-20" and found["item"]["number"] == "III"
    assert found["item"]["page"] == 2 and found["citation"].endswith(", s. 2")
    asked = httpx.post(f"{repo_server}/api/ask", json={"question": "vad beslutades om kursavgiften för ledare?"}).json()
    assert any(c["item"] and c["item"]["page"] == 2 and c["citation"].endswith("s. 2") for c in asked["citations"])
    original = httpx.get(f"{repo_server}/api/meetings/{found['meeting']['id']}/file")
    assert original.status_code == 200 and original.headers["content-type"] == "application/pdf"
    assert original.content.startswith(b"%PDF") and "inline" in original.headers["content-disposition"]
    assert httpx.get(f"{repo_server}/api/meetings/finns-inte/file").status_code == 404
