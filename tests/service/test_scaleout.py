"""Two API processes on one Chroma server, ingest through a third; the server going down and coming back."""

from __future__ import annotations

import time

import httpx
import pytest

from tests.conftest import EXAMPLES, chroma_command, free_port, run_cli, running, serve_command

pytestmark = [pytest.mark.server, pytest.mark.model]


def finds(base: str, query: str, date: str) -> bool:
    response = httpx.post(f"{base}/api/search", json={"query": query, "top_k": 5}, timeout=10)
    return response.status_code == 200 and any(r["meeting"]["date"] == date for r in response.json()["results"])


def eventually(check, seconds: float = 15) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.3)
    return False


def test_two_apis_follow_a_third_process_ingest_and_survive_a_chroma_restart(tmp_path):
    chroma_port, ports = free_port(), [free_port(), free_port()]
    chroma_url = f"http://127.0.0.1:{chroma_port}"
    env = {"MINUTES_CHROMA_URL": chroma_url, "MINUTES_DATA_DIR": str(tmp_path / "unused")}
    bases = [f"http://127.0.0.1:{p}" for p in ports]
    chroma = running(chroma_command(tmp_path / "chroma", chroma_port), f"{chroma_url}/api/v2/heartbeat")
    chroma.__enter__()
    try:
        with running(serve_command(ports[0]), f"{bases[0]}/healthz", env), \
                running(serve_command(ports[1]), f"{bases[1]}/healthz", env):
            assert run_cli("ingest", str(EXAMPLES), env=env).returncode == 0
            for base in bases:
                assert eventually(lambda b=base: finds(b, "läkemedelsrobotar", "2023-11-30"), 10)
                assert httpx.get(f"{base}/readyz").json()["status"] == "ready"

            new = tmp_path / "nytt"
            new.mkdir()
            (new / "m.txt").write_text("Protokoll\nKlubben Sjöstjärnan, styrelsen\nDatum: 2025-01-20\n\n"
                                       "1. Isvak\nStyrelsen beslutar att köpa en isdubb till varje medlem.\n",
                                       encoding="utf-8")
            assert run_cli("ingest", str(new), env=env).returncode == 0
            for base in bases:
                assert eventually(lambda b=base: finds(b, "isdubb", "2025-01-20"), 10)

            chroma.__exit__(None, None, None)  # the store goes away
            started = time.monotonic()
            down = httpx.post(f"{bases[0]}/api/search", json={"query": "isdubb"}, timeout=30)
            assert down.status_code == 503 and time.monotonic() - started < 5
            assert "Chroma" in down.json()["detail"]
            assert httpx.get(f"{bases[1]}/readyz", timeout=30).status_code == 503

            chroma = running(chroma_command(tmp_path / "chroma", chroma_port), f"{chroma_url}/api/v2/heartbeat")
            chroma.__enter__()
            for base in bases:
                assert eventually(lambda b=base: finds(b, "isdubb", "2025-01-20"), 20)
    finally:
        chroma.__exit__(None, None, None)
