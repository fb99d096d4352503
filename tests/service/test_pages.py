"""Page citations end to end: a passage on page 2 of a PDF, also a scanned one, is cited "s. 2", and the meeting's
file opens."""

from __future__ import annotations

import json

import httpx
import pytest

from tests.conftest import invoke_cli
from tests.ingest.test_ocr_pdf import NAMNDEN, ocr, scanned_pdf


@pytest.mark.server
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


@ocr
def test_a_phrase_on_page_two_of_a_scan_is_cited_with_page_two(tmp_path):
    """The scanned minutes of tests/ingest/test_ocr_pdf.py (image-only, tilted, speckled), ingested and searched."""
    folder = tmp_path / "skannat"
    folder.mkdir()
    scanned_pdf(NAMNDEN, folder / "skannat.pdf", dpi=200, tilts=(-1.0, 1.5), noise=0.001)
    env = {"MINUTES_DATA_DIR": str(tmp_path / "data")}
    assert invoke_cli("ingest", str(folder), env=env).returncode == 0
    found = json.loads(invoke_cli("search", "brygga Gäddviken fågellivet", "--json", "-k", "1", env=env).stdout)
    assert found["results"][0]["citation"].endswith(", s. 2"), found["results"][0]["citation"]
