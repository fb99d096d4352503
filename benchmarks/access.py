"""What access rules cost a search: the same queries over the same index, with and without a rule file.

    python -m benchmarks.access [--chunks 10000] [--queries 200] [--data DIR]

Builds (or reuses, with --data) an index of about `chunks` agenda items from `benchmarks.corpus`, then times
the search the API runs, in this process: without rules, and with a rule file that hides one of the corpus's
bodies from the person asking (the readable meetings worked out per request, as the API does, then applied
inside ranking). Queries alternate between the two so drift hits both alike. Prints p50/p95 and their ratio.
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
    plain = Components(Settings(data_dir=data))
    rules = data / "access-benchmark.toml"
    rules.write_text(RULES, encoding="utf-8")
    ruled = Components(Settings(data_dir=data, access_file=rules))
    principal = Principal(user="bench", groups=frozenset({"ledning"}), via="oidc")
    for comps in (plain, ruled):
        comps.searcher.warm_up()
        comps.searcher.run(batch[0])
    timings: dict[str, list[float]] = {"utan regler": [], "med regler": []}
    for query in batch:
        started = time.perf_counter()
        plain.searcher.run(query, filters=SearchFilters())
        timings["utan regler"].append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        reader = ruled.access.reader(principal, ruled.catalog)
        ruled.searcher.run(query, filters=reader.within(SearchFilters()))
        timings["med regler"].append((time.perf_counter() - started) * 1000)
    readable = ruled.access.reader(principal, ruled.catalog).meeting_ids
    return {"chunks": len(plain.searcher.lexical()), "readable_meetings": len(readable or ()),
            "meetings": len(ruled.catalog.records()[1]),
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
