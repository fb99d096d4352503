"""/api/ask against /api/search over HTTP, on the same questions: the cost of turning hits into an answer.

    MINUTES_DATA_DIR=/tmp/svar python -m benchmarks.ask tests/data/answers/*.jsonl [--rounds 2]

Starts `minutes serve` on the index in MINUTES_DATA_DIR, sends every question of the files once as a warm-up
(the query-vector cache is then warm for both endpoints alike), then `--rounds` times to each endpoint, one
client, one kept-open connection, and prints p50/p95/p99 in ms for both and the ratio of the medians.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import httpx

from .load import percentiles
from .run import _free_port, _wait_ready


def questions(paths: list[Path]) -> list[str]:
    return [json.loads(line)["question"] for path in paths for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def timings(client: httpx.Client, path: str, field: str, batch: list[str], rounds: int) -> list[float]:
    found = []
    for _ in range(rounds):
        for question in batch:
            started = time.perf_counter()
            client.post(path, json={field: question, "top_k": 5}).raise_for_status()
            found.append((time.perf_counter() - started) * 1000)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    batch = questions(args.files)
    port = _free_port()
    env = {**os.environ, "MINUTES_RATE_LIMIT_PER_MINUTE": "0"}
    proc = subprocess.Popen([str(Path(sys.executable).parent / "minutes"), "serve", "--port", str(port)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_ready(base)
        with httpx.Client(base_url=base, timeout=60) as client:
            timings(client, "/api/ask", "question", batch, 1)  # warm-up: models, caches, query vectors
            search = percentiles(timings(client, "/api/search", "query", batch, args.rounds))
            ask = percentiles(timings(client, "/api/ask", "question", batch, args.rounds))
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    print(json.dumps({"questions": len(batch), "rounds": args.rounds, "search_ms": search, "ask_ms": ask,
                      "ask_over_search_p50": round(ask["p50_ms"] / search["p50_ms"], 2)}, indent=1))


if __name__ == "__main__":
    main()
