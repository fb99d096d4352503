"""`minutes serve --workers N`: several server processes on one port, each loading the same index."""

from __future__ import annotations

import httpx
import pytest

from tests.conftest import free_port, running, serve_command

pytestmark = [pytest.mark.server, pytest.mark.model]


def test_two_worker_processes_share_the_index_and_answer_searches(repo_index):
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with running(serve_command(port) + ["--workers", "2"], f"{base}/readyz", repo_index,
                 timeout=240) as proc:  # two processes load the model at once: slow on a busy 2-core machine
        answers = [httpx.post(f"{base}/api/search", json={"query": "vad beslutades om båtarna?", "top_k": 3},
                              timeout=30) for _ in range(6)]
        assert all(a.status_code == 200 for a in answers)
        assert all(any(r["meeting"]["body"].startswith("Roddklubben") for r in a.json()["results"])
                   for a in answers)
        workers = _children(proc.pid)
    assert len(workers) >= 2


def _children(pid: int) -> list[int]:
    from pathlib import Path

    found = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            fields = dict(line.split(":\t", 1) for line in status.read_text().splitlines() if ":\t" in line)
        except OSError:
            continue
        if fields.get("PPid", "").strip() == str(pid):
            found.append(int(status.parent.name))
    return found
