"""Ingest and search cost at growing corpus sizes, against the embedding model's own speed.

    python -m benchmarks.run [--sizes 1000 10000 100000] [--out benchmarks/results.json]

For each size, in one run: ingest throughput (chunks/s, the real ingest job) against the model's raw
encode rate on the same chunk texts; search latency p50/p95/p99 over HTTP, sequential and with 8
concurrent clients, against the raw time to embed one query; the service's RSS; start-up time until
/readyz answers. Prints a table and writes JSON. Benchmarks are not tests: CI runs a smoke size only.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

from .corpus import write_corpus
from .load import percentiles

TOPICS = ["heder", "hälsointyg", "överenskommelse", "budget", "bygglov", "skolfrånvaro", "suicidprevention",
          "utskrivningsklara", "hemtjänst", "indikatorer", "workshop", "primärvård", "digital plattform",
          "representanter", "handlingsplan", "forskning", "elevhälsa", "statsbidrag", "kommunikation"]
FORMS = ["Vad beslutades om {}?", "{}", "Hur går arbetet med {}?", "Vem ansvarar för {} i år?", "{} och ekonomi"]


def queries(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    made = {rng.choice(FORMS).format(" ".join(rng.sample(TOPICS, rng.randint(1, 2)))) for _ in range(count * 3)}
    return sorted(made)[:count]


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return round(int(line.split()[1]) / 1024, 1)
    return 0.0


def measure(size: int, workdir: Path) -> dict:
    """Every figure for one corpus size; an index built earlier in `workdir` is reused, not rebuilt."""
    figures = _ingest_figures(size, workdir)
    return {**figures, **_service_figures(workdir / f"data-{size}")}


def _ingest_figures(size: int, workdir: Path) -> dict:
    """Ingest rate against the raw encode rate, and the raw time to embed one query."""
    saved = workdir / f"ingest-{size}.json"
    if saved.exists():
        return json.loads(saved.read_text(encoding="utf-8"))
    from service.ingestion import ingest_paths
    from service.settings import Settings
    from service.wiring import Components

    corpus, data = workdir / f"corpus-{size}", workdir / f"data-{size}"
    meetings = write_corpus(corpus, size)
    comps = Components(Settings(data_dir=data))
    comps.embedder.warm_up()
    summary = ingest_paths(comps, [corpus])
    chunks = comps.store.count_chunks()
    ingest_rate = chunks / summary.seconds

    texts = [c.search_text for c in comps.searcher.lexical().chunks]
    sample = random.Random(2).sample(texts, min(len(texts), 2000))
    encode_rate = _encode_rate(comps.embedder, sample)
    torch_rate = encode_rate if comps.embedder.backend == "torch" else _encode_rate(_torch_embedder(), sample)

    embed_times = []
    for query in queries(100, seed=3):
        started = time.perf_counter()
        comps.embedder.encode([comps.embedder.query_prefix + query])
        embed_times.append((time.perf_counter() - started) * 1000)
    figures = {"chunks": chunks, "meetings": meetings, "ingest_s": round(summary.seconds, 1),
               "ingest_chunks_per_s": round(ingest_rate, 1), "raw_encode_chunks_per_s": round(encode_rate, 1),
               "ingest_vs_encode": round(ingest_rate / encode_rate, 2), "backend": comps.embedder.backend,
               "torch_encode_chunks_per_s": round(torch_rate, 1),
               "ingest_vs_torch_encode": round(ingest_rate / torch_rate, 2),
               "query_embed_ms": round(statistics.median(embed_times), 1)}
    saved.write_text(json.dumps(figures), encoding="utf-8")
    return figures


def _encode_rate(embedder, texts: list[str]) -> float:
    """Chunks per second for the model alone on these texts."""
    embedder.warm_up()
    started = time.perf_counter()
    embedder.embed_passages(texts)
    return len(texts) / (time.perf_counter() - started)


def _torch_embedder():
    """The packaged model on PyTorch: the floor the issue measures ingest against, whatever backend ingests."""
    from index.embedder import Embedder

    return Embedder(batch_queries=False)


def _service_figures(data: Path) -> dict:
    """Search latency over HTTP (1 and 8 clients), RSS and start-up time of `minutes serve` on `data`."""
    port = _free_port()
    env = {**os.environ, "MINUTES_DATA_DIR": str(data), "MINUTES_RATE_LIMIT_PER_MINUTE": "0"}
    started = time.perf_counter()
    proc = subprocess.Popen([str(Path(sys.executable).parent / "minutes"), "serve", "--port", str(port)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_ready(base)
        startup = time.perf_counter() - started
        sequential = _latencies(base, queries(200, seed=4), clients=1)
        concurrent = _latencies(base, queries(400, seed=5), clients=8)
        rss = rss_mb(proc.pid)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    return {"search_sequential": sequential, "search_8_clients": concurrent, "rss_mb": rss,
            "startup_to_ready_s": round(startup, 1)}


def _latencies(base: str, batch: list[str], clients: int, into: list[float] | None = None) -> dict:
    """Each client keeps one connection open, as a browser or a proxy would; `into` also gets each latency."""
    local = threading.local()

    def one(query: str) -> float:
        if not hasattr(local, "client"):
            local.client = httpx.Client(base_url=base, timeout=60)
        started = time.perf_counter()
        response = local.client.post("/api/search", json={"query": query, "top_k": 5})
        response.raise_for_status()
        return (time.perf_counter() - started) * 1000

    with ThreadPoolExecutor(clients) as pool:
        found = list(pool.map(one, batch))
    if into is not None:
        into.extend(found)
    return percentiles(found)


def _wait_ready(base: str, timeout: float = 600) -> None:
    if not answers_ok(f"{base}/readyz", timeout):
        raise TimeoutError(f"{base} blev inte redo")


def answers_ok(url: str, timeout: float, request_timeout: float = 5) -> bool:
    """Whether `url` answers 200 within `timeout` seconds (a server starting up)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(url, timeout=request_timeout).status_code == 200:
                return True
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    return False


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def table(results: list[dict]) -> str:
    head = ("| textstycken | bakände | ingest st/s | rå kodning st/s | kvot | torch rå st/s | kvot mot torch "
            "| frågeinbäddning ms | sök p50/p95/p99 ms (1) | sök p50/p95/p99 ms (8) | RSS MB | start s |")
    rows = [head, "|" + "---|" * 12]
    for r in results:
        seq, par = r["search_sequential"], r["search_8_clients"]
        rows.append(f"| {r['chunks']} | {r.get('backend', 'torch')} | {r['ingest_chunks_per_s']} | "
                    f"{r['raw_encode_chunks_per_s']} | {r['ingest_vs_encode']} | "
                    f"{r.get('torch_encode_chunks_per_s', r['raw_encode_chunks_per_s'])} | "
                    f"{r.get('ingest_vs_torch_encode', r['ingest_vs_encode'])} | {r['query_embed_ms']} | {seq['p50_ms']}/{seq['p95_ms']}/{seq['p99_ms']} | "
                    f"{par['p50_ms']}/{par['p95_ms']}/{par['p99_ms']} | {r['rss_mb']} | {r['startup_to_ready_s']} |")
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results.json"))
    parser.add_argument("--workdir", type=Path, help="Mapp för korpus och index (standard: en temporär). "
                        "Ett index som en tidigare körning byggt där återanvänds: bara tjänsten mäts om.")
    args = parser.parse_args()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="minutes-bench-"))
    results = []
    for size in args.sizes:
        results.append(measure(size, workdir))
        print(json.dumps(results[-1], ensure_ascii=False), flush=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"machine": f"{os.cpu_count()} kärnor", "results": results}, ensure_ascii=False,
                                   indent=2) + "\n", encoding="utf-8")
    print(table(results))


if __name__ == "__main__":
    main()
