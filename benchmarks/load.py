"""Bounded load test against a running API on loopback.

    python -m benchmarks.load http://127.0.0.1:8000 [--clients 20] [--seconds 30]

Each client posts searches and asks (Swedish questions, in turn) back to back until the time is up.
Prints requests, errors, requests/s and latency p50/p95/p99 as JSON. Only loopback URLs are accepted.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import time
from urllib.parse import urlparse

import httpx

QUESTIONS = ["Vad beslutades om Resurscentrum heder?", "hälsointyg för elever", "Vem utsågs till justerare?",
             "läkemedelsrobotar", "Vad beslutades om bygglov?", "kamerabesök i hemtjänsten", "budget i balans"]


async def _client(base: str, deadline: float, latencies: list[float], errors: list[str], offset: int) -> None:
    async with httpx.AsyncClient(base_url=base, timeout=30) as client:
        turn = offset
        while time.monotonic() < deadline:
            question = QUESTIONS[turn % len(QUESTIONS)]
            path, body = (("/api/ask", {"question": question}) if turn % 3 == 0
                          else ("/api/search", {"query": question, "top_k": 5}))
            started = time.perf_counter()
            try:
                response = await client.post(path, json=body)
                if response.status_code != 200:
                    errors.append(f"{path} {response.status_code}")
            except httpx.HTTPError as exc:
                errors.append(f"{path} {type(exc).__name__}")
            latencies.append((time.perf_counter() - started) * 1000)
            turn += 1


def run_load(base: str, clients: int, seconds: float) -> dict:
    host = urlparse(base).hostname or ""
    if not (host.startswith("127.") or host in ("localhost", "::1")):
        raise SystemExit("Lasttestet körs bara mot loopback (127.0.0.1/localhost).")
    latencies: list[float] = []
    errors: list[str] = []
    deadline = time.monotonic() + seconds

    async def main() -> None:
        await asyncio.gather(*(_client(base, deadline, latencies, errors, i) for i in range(clients)))

    started = time.monotonic()
    asyncio.run(main())
    elapsed = time.monotonic() - started
    return {"clients": clients, "seconds": round(elapsed, 1), "requests": len(latencies), "errors": len(errors),
            "error_examples": errors[:5], "requests_per_s": round(len(latencies) / elapsed, 1),
            **percentiles(latencies), "mean_ms": round(statistics.fmean(latencies), 1) if latencies else 0.0}


def percentiles(latencies: list[float]) -> dict:
    """p50/p95/p99 of latencies in ms (0.0 when there are none)."""
    ordered = sorted(latencies)

    def pick(p: float) -> float:
        return round(ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))], 1) if ordered else 0.0

    return {"p50_ms": pick(50), "p95_ms": pick(95), "p99_ms": pick(99)}


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("base")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=30)
    args = parser.parse_args()
    print(json.dumps(run_load(args.base, args.clients, args.seconds), ensure_ascii=False))
