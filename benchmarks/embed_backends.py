"""Embedding backends compared: encode rate, query latency, first-run export and retrieval quality.

    python -m benchmarks.embed_backends [--chunks 1000] [--rounds 3] [--workdir DIR] [--out FILE]

Encode rate (chunks/s) is measured on the realistic corpus's chunk texts (`benchmarks.corpus`, what ingest
embeds) and query latency on never-seen questions, one text per model call. The backends take turns inside
each round, the order rotating, so load from other work on the machine falls on all of them alike; the
figure is the median over rounds. Quality: each question set is ingested once per backend and scored as
`minutes eval` scores it (hit@1, hit@5, MRR@10), with the service's fusion and with the vectors alone
(`dense only`, where the backend is all that differs). The exports live in WORKDIR/models; a first run
measures the export itself.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import tempfile
import time
from pathlib import Path

from index.backends import BACKENDS, export_folder

from .corpus import write_corpus
from .run import queries

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
QUESTION_SETS = {  # name → (question file, folders it asks about)
    "dev": (SHARED / "eval" / "questions.jsonl", [SHARED / "minutes"]),
    "repo": (ROOT / "tests" / "data" / "questions.jsonl", [ROOT / "examples" / "minutes", ROOT / "tests" / "data" / "minutes"]),
}


def corpus_texts(folder: Path, chunks: int) -> list[str]:
    """The embedding texts of about `chunks` agenda items of the synthetic corpus, as ingest builds them."""
    from index.chunks import chunks_for
    from ingest import find_files, parse_file

    write_corpus(folder, chunks)
    files, _ = find_files([folder])
    return [c.search_text for path in files for m in parse_file(path).meetings
            for c in chunks_for(m, max_chars=1500)]


def load_embedders(models: Path) -> tuple[dict, dict]:
    """backend → warmed-up Embedder, and backend → {export_s (first run only), load_s}."""
    from index.embedder import DEFAULT_MODEL, Embedder

    embedders, costs = {}, {}
    for backend in BACKENDS:
        fresh = backend != "torch" and not export_folder(models, DEFAULT_MODEL, backend).exists()
        started = time.perf_counter()
        embedder = Embedder(backend=backend, cache_dir=models, batch_queries=False)
        embedder.warm_up()
        seconds = round(time.perf_counter() - started, 2)
        costs[backend] = {"first_load_with_export_s" if fresh else "load_s": seconds}
        embedders[backend] = embedder
    return embedders, costs


def speed(embedders: dict, texts: list[str], rounds: int) -> dict:
    """backend → {encode_chunks_per_s, query_embed_ms}: medians over rounds, backends alternating."""
    rates: dict[str, list[float]] = {b: [] for b in embedders}
    latencies: dict[str, list[float]] = {b: [] for b in embedders}
    names = list(embedders)
    for round_no in range(rounds):
        order = names[round_no % len(names):] + names[:round_no % len(names)]
        for backend in order:
            embedder = embedders[backend]
            started = time.perf_counter()
            embedder.embed_passages(texts)
            rates[backend].append(len(texts) / (time.perf_counter() - started))
            for query in queries(40, seed=10 + round_no):
                started = time.perf_counter()
                embedder.encode([embedder.query_prefix + query])
                latencies[backend].append((time.perf_counter() - started) * 1000)
    return {b: {"encode_chunks_per_s": round(statistics.median(rates[b]), 1),
                "encode_per_round": [round(r, 1) for r in rates[b]],
                "query_embed_ms": round(statistics.median(latencies[b]), 2)} for b in names}


def quality(workdir: Path) -> dict:
    """set → backend → {"hybrid": scores, "dense_only": scores, "ingest_chunks_per_s"}."""
    results: dict = {}
    for name, (questions, folders) in QUESTION_SETS.items():
        if not questions.is_file() or not all(f.is_dir() for f in folders):
            continue
        for backend in BACKENDS:
            results.setdefault(name, {})[backend] = _scores(workdir / f"{name}-{backend}", backend, questions,
                                                            folders)
            print(name, backend, json.dumps(results[name][backend]), flush=True)
    return results


def _scores(data: Path, backend: str, questions: Path, folders: list[Path]) -> dict:
    from index.evaluation import load_questions, run_questions, score
    from service.ingestion import ingest_paths
    from service.settings import Settings
    from service.wiring import Components

    comps = Components(Settings(data_dir=data, embedding_backend=backend))
    figures = {}
    if not comps.store.count_chunks():
        summary = ingest_paths(comps, folders)
        figures["ingest_chunks_per_s"] = round(comps.store.count_chunks() / summary.seconds, 1)
    rows = load_questions(questions)
    dense = Components(Settings(data_dir=data, embedding_backend=backend, lexical_weight=0, dense_weight=1))
    for label, parts in (("hybrid", comps), ("dense_only", dense)):
        report = score(rows, run_questions(parts.searcher, rows))
        figures[label] = {"hit_at_1": report.hit_at_1, "hit_at_5": report.hit_at_5, "mrr_at_10": report.mrr_at_10}
    return figures


def table(speeds: dict, costs: dict, scores: dict) -> str:
    rows = ["| bakände | kodning st/s | frågeinbäddning ms | första start (export) s | "
            + " | ".join(f"{s} hit@1/hit@5/MRR (fusion; bara vektorer)" for s in scores) + " |",
            "|---" * (4 + len(scores)) + "|"]
    for backend, figures in speeds.items():
        cells = []
        for per_backend in scores.values():
            h, d = per_backend[backend]["hybrid"], per_backend[backend]["dense_only"]
            cells.append(f"{h['hit_at_1']}/{h['hit_at_5']}/{h['mrr_at_10']}; {d['hit_at_1']}/{d['hit_at_5']}/{d['mrr_at_10']}")
        first = costs[backend].get("first_load_with_export_s", "–")
        rows.append(f"| {backend} | {figures['encode_chunks_per_s']} | {figures['query_embed_ms']} | {first} | "
                    + " | ".join(cells) + " |")
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--chunks", type=int, default=1000, help="Textstycken ur korpusen för kodningstakten.")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--workdir", type=Path, help="Mapp för korpus, export och index (standard: temporär); "
                        "det som redan finns där återanvänds.")
    parser.add_argument("--out", type=Path, default=Path("benchmarks/embed_backends.json"))
    parser.add_argument("--skip-quality", action="store_true")
    args = parser.parse_args()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="minutes-embed-"))
    texts = corpus_texts(workdir / "corpus", args.chunks)
    random.Random(1).shuffle(texts)
    embedders, costs = load_embedders(workdir / "models")
    speeds = speed(embedders, texts, args.rounds)
    print(json.dumps({"speed": speeds, "load": costs}, ensure_ascii=False), flush=True)
    scores = {} if args.skip_quality else quality(workdir)
    load = os.getloadavg()
    result = {"machine": f"{os.cpu_count()} kärnor", "load_average_at_end": [round(x, 2) for x in load],
              "texts": len(texts), "speed": speeds, "load": costs, "quality": scores}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    if scores:
        print(table(speeds, costs, scores))


if __name__ == "__main__":
    main()
