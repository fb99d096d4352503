"""What access rules cost a search: the same queries over the same index, with and without a rule file, through one searcher.

    python -m benchmarks.access [--chunks 10000] [--queries 200] [--data DIR]

Builds (or reuses, with --data) an index of about `chunks` agenda items from `benchmarks.corpus`, then times
the search the API runs, in this process: without rules, and with a rule file that hides one of the corpus's
bodies from the person asking (the readable meetings worked out per request, as the API does, then applied
inside ranking). Every query is embedded once first (the
embedder caches query vectors), and the order alternates, so only the filter differs. Prints p50/p95 and their ratio.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from index import SearchFilters
from service.access import AccessRules
from service.auth import Principal
from service.settings import Settings
from service.wiring import Components

from .corpus import write_corpus
from .load import percentiles
from .run import queries

RULES = """default = "allow"
[[rule]]
body = "Styrgrupp för Barnens bästa*"
groups = ["styrgrupp-barnens-basta"]
"""


def build_index(data: Path, chunks: int) -> None:
    """Ingest a synthetic corpus into `data` with the real CLI, unless it holds an index already."""
    if (data / "chroma").exists():
        return
    with tempfile.TemporaryDirectory() as folder:
        write_corpus(Path(folder), chunks)
        minutes = Path(sys.executable).parent / "minutes"
        subprocess.run([str(minutes), "ingest", folder], check=True, env={**os.environ, "MINUTES_DATA_DIR": str(data)})


def timed_searches(data: Path, batch: list[str]) -> dict:
    comps = Components(Settings(data_dir=data))
    rules = data / "access-benchmark.toml"
    rules.write_text(RULES, encoding="utf-8")
    access = AccessRules(rules)
    principal = Principal(user="bench", groups=frozenset({"ledning"}), via="oidc")
    comps.searcher.warm_up()
    for query in batch:  # the query vectors are cached alike for both: what differs is only the filter
        comps.searcher.run(query)
    timings: dict[str, list[float]] = {"utan regler": [], "med regler": []}
    for number, query in enumerate(batch):
        for ruled in (False, True) if number % 2 else (True, False):
            started = time.perf_counter()
            filters = access.reader(principal, comps.catalog).within(SearchFilters()) if ruled else SearchFilters()
            comps.searcher.run(query, filters=filters)
            timings["med regler" if ruled else "utan regler"].append((time.perf_counter() - started) * 1000)
    readable = access.reader(principal, comps.catalog).meeting_ids
    return {"chunks": len(comps.searcher.lexical()), "readable_meetings": len(readable or ()),
            "meetings": len(comps.catalog.records()[1]),
            **{name: percentiles(values) for name, values in timings.items()}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chunks", type=int, default=10_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--data", type=Path, help="index folder to build once and reuse")
    args = parser.parse_args()
    data = args.data or Path(tempfile.mkdtemp(prefix="access-bench-"))
    build_index(data, args.chunks)
    report = timed_searches(data, queries(args.queries, seed=7))
    print(json.dumps(report, ensure_ascii=False, indent=2))
    ratio = report["med regler"]["p50_ms"] / report["utan regler"]["p50_ms"]
    print(f"p50 med regler / utan: {ratio:.2f}")


if __name__ == "__main__":
    main()
