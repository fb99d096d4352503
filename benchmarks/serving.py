"""Search latency of several server set-ups on built indexes, measured in turns (many users at once).

    python -m benchmarks.serving --variant before:/tmp/p3/torch:MINUTES_EMBEDDING_BACKEND=torch,MINUTES_QUERY_BATCHING=false \\
                                 --variant after:/tmp/p3/int8:MINUTES_EMBEDDING_BACKEND=onnx-int8 [--rounds 3]

A variant is LABEL:DATA_DIR[:NAME=VALUE,...] (MINUTES_* settings; WORKERS=N for `--workers`). Every
variant's `minutes serve` runs at once; each round measures every variant in turn (1 client, then 8
clients, unseen queries each round), so load from other work on the machine falls on all alike. Also the
raw time to embed one query with each variant's backend, in the same turns. Percentiles over all rounds.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from contextlib import ExitStack
from pathlib import Path

from .load import percentiles
from .run import _free_port, _latencies, _wait_ready, queries, rss_mb


def parse_variant(text: str) -> dict:
    label, data, *rest = text.split(":", 2)
    env = dict(pair.split("=", 1) for pair in rest[0].split(",")) if rest and rest[0] else {}
    return {"label": label, "data": Path(data), "workers": env.pop("WORKERS", "1"), "env": env}


def start(variant: dict, stack: ExitStack) -> str:
    port = _free_port()
    env = {**os.environ, "MINUTES_DATA_DIR": str(variant["data"]), "MINUTES_RATE_LIMIT_PER_MINUTE": "0",
           **variant["env"]}
    proc = subprocess.Popen([str(Path(sys.executable).parent / "minutes"), "serve", "--port", str(port),
                             "--workers", variant["workers"]], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    stack.callback(lambda: (proc.terminate(), proc.wait(timeout=30)))
    base = f"http://127.0.0.1:{port}"
    _wait_ready(base)
    variant["pid"] = proc.pid
    return base


def embed_ms(variant: dict, texts: list[str]) -> list[float]:
    """Raw one-query model calls with the variant's backend (no cache, no batching)."""
    from index.embedder import Embedder

    backend = variant["env"].get("MINUTES_EMBEDDING_BACKEND", "torch")
    embedder = variant.setdefault("embedder", Embedder(backend=backend, cache_dir=variant["data"] / "models"))
    times = []
    for text in texts:
        started = time.perf_counter()
        embedder.encode([text])
        times.append((time.perf_counter() - started) * 1000)
    return times


def measure(variants: list[dict], rounds: int) -> dict:
    figures = {v["label"]: {"one": [], "eight": [], "embed": []} for v in variants}
    with ExitStack() as stack:
        bases = [start(v, stack) for v in variants]
        for round_no in range(rounds):
            for variant, base in zip(variants, bases):
                own = figures[variant["label"]]
                own["embed"] += embed_ms(variant, queries(60, seed=100 + round_no))
                own["one"] += _raw(base, queries(100, seed=200 + round_no), 1)
                own["eight"] += _raw(base, queries(240, seed=300 + round_no), 8)
            print(f"runda {round_no + 1} klar, belastning {os.getloadavg()[0]:.2f}", flush=True)
        rss = {v["label"]: rss_mb(v["pid"]) for v in variants}
    return {label: {"query_embed_ms": round(statistics.median(f["embed"]), 1),
                    "search_1_client": percentiles(f["one"]), "search_8_clients": percentiles(f["eight"]),
                    "rss_mb_main_process": rss[label]} for label, f in figures.items()}


def _raw(base: str, batch: list[str], clients: int) -> list[float]:
    """The latencies themselves (run._latencies summarises); percentiles are taken over all rounds."""
    collected: list[float] = []
    _latencies(base, batch, clients, into=collected)
    return collected


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--variant", action="append", required=True, type=parse_variant)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    load_before = os.getloadavg()
    result = {"load_average_before": [round(x, 2) for x in load_before], "variants": measure(args.variant, args.rounds),
              "load_average_after": [round(x, 2) for x in os.getloadavg()]}
    text = json.dumps(result, ensure_ascii=False, indent=2)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
