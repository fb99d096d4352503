"""A million passages: load, lexical index, search latency, RSS and start-up at archive scale.

    python -m benchmarks.million [--chunks 1000000] [--workdir /tmp/million] [--stores embedded server]

The model is not what is measured here, so nothing is ingested from files: meetings and their chunks
are generated directly (`index.chunks.chunks_for` over generated `Meeting` records), recombining the
titles and sentences of the real minutes as `benchmarks.corpus` does (dates 2015–2026, seven bodies).
Vectors are precomputed: every distinct title and sentence of the source minutes is encoded once with
the real embedder (about 2 000 texts, cached in the workdir); an agenda item's vector is the normalised
mean of its title's and sentences' vectors plus Gaussian noise (σ = `NOISE` per dimension), renormalised,
so no two chunks share a vector and neighbours follow the texts.

Stages, each done once per workdir and reused (`--workdir`; a new one when the source minutes change,
which the harness checks): the base vectors, the load into embedded
Chroma (`index.store.ChromaStore`), the load into a `chroma run` server, the lexical index of each store
(built from the generated chunks, saved where the service looks for it). Then, per store, a new process
opens the data folder and is timed until its first search answers (ready), runs unseen queries through
the service's own searcher (`Components.searcher`, the code path of /api/search) one at a time, timing
the query embedding and the search apart, and reports its RSS. Every figure carries the machine's load.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import random
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from ingest.models import AgendaItem, Decision, Meeting, meeting_id

from .corpus import BODIES, NAMES, source_items
from .load import percentiles
from .run import _free_port, answers_ok, queries, rss_mb

NOISE = 0.02  # per dimension: ‖noise‖ ≈ 0.4, so an item's vector stays closest to its own texts
BATCH_MEETINGS = 400  # meetings per write: one Chroma call per 1 000 chunks inside
START, DAYS = dt.date(2015, 1, 1), (dt.date(2026, 6, 30) - dt.date(2015, 1, 1)).days


def load_avg() -> float:
    return round(os.getloadavg()[0], 2)


def say(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')} last {load_avg()}] {message}", file=sys.stderr, flush=True)


# -- the generated corpus ------------------------------------------------------------------------
class Sources:
    """The real titles and sentences, each with its vector from the real embedder (cached in the workdir)."""

    def __init__(self, workdir: Path):
        items = source_items()
        texts = sorted({t for title, sentences in items for t in (title, *sentences)})
        self.position = {text: i for i, text in enumerate(texts)}
        self.items = [(title, sentences) for title, sentences in items]
        _same_sources(workdir, texts)
        self.vectors = _base_vectors(workdir / "base-vectors.npy", texts)

    def item_vector(self, texts: list[str], rng: np.random.Generator) -> np.ndarray:
        mean = self.vectors[[self.position[t] for t in texts]].mean(axis=0)
        vector = mean / np.linalg.norm(mean) + rng.normal(scale=NOISE, size=mean.shape)
        return (vector / np.linalg.norm(vector)).astype(np.float32)


def _same_sources(workdir: Path, texts: list[str]) -> None:
    """Stop when the source minutes changed since the workdir's stores were loaded: the chunks generated now
    would not be the ones stored."""
    digest = hashlib.sha256("\n".join(texts).encode()).hexdigest()[:16]
    marker = workdir / "sources.json"
    if marker.exists() and json.loads(marker.read_text())["digest"] != digest and any(workdir.glob("load-*.json")):
        raise SystemExit(f"Källprotokollen har ändrats sedan {workdir} byggdes: ange en ny --workdir")
    workdir.mkdir(parents=True, exist_ok=True)
    marker.write_text(json.dumps({"texts": len(texts), "digest": digest}), encoding="utf-8")


def _base_vectors(path: Path, texts: list[str]) -> np.ndarray:
    if path.exists():
        vectors = np.load(path)
        if len(vectors) == len(texts):
            return vectors
    from index.embedder import Embedder

    say(f"kodar {len(texts)} källtexter med den riktiga modellen")
    vectors = Embedder().embed_passages(texts)
    path.parent.mkdir(parents=True, exist_ok=True)
    np.save(path, vectors)
    return vectors


def _meeting(number: int, rng: random.Random, sources: Sources, vec_rng: np.random.Generator,
             ) -> tuple[Meeting, list[np.ndarray]]:
    """One meeting of 6–12 items, as `benchmarks.corpus` writes them, and each item's vector."""
    date = START + dt.timedelta(days=rng.randrange(DAYS))
    while date.weekday() > 4:
        date += dt.timedelta(days=1)
    items, vectors = [], []
    for index in range(rng.randint(6, 12)):
        (title, first), (_, second) = rng.choice(sources.items), rng.choice(sources.items)
        used = [title]
        paragraphs = []
        for _ in range(rng.randint(1, 3)):
            own = rng.sample(first, min(len(first), rng.randint(1, 3))) + [rng.choice(second)]
            used += own
            paragraphs.append(" ".join(own))
        paragraphs.append(f"{rng.choice(NAMES)} återkommer i ärende {rng.randint(100, 9999)}/{date.year}.")
        decided = [Decision(text=p) for p in paragraphs if re.search(r"\bbeslut", p, re.IGNORECASE)][:1]
        items.append(AgendaItem(number=str(index + 1), title=title, text="\n".join(paragraphs), decisions=decided))
        vectors.append(sources.item_vector(used, vec_rng))
    digest = hashlib.sha256(f"möte {number}".encode()).hexdigest()
    meeting = Meeting(id=meeting_id(date.isoformat(), digest), body=rng.choice(BODIES), date=date.isoformat(),
                      source=f"m{number:07d}-{date.isoformat()}.txt", content_hash=digest, items=items)
    return meeting, vectors


def batches(sources: Sources, chunks: int, *, seed: int = 1) -> Iterator[tuple[list, list, np.ndarray]]:
    """(meetings, chunks, vectors) in write-sized batches, the same for the same seed, until `chunks` chunks."""
    from index.chunks import chunks_for

    rng, vec_rng = random.Random(seed), np.random.default_rng(seed)
    made = number = 0
    while made < chunks:
        meetings, parts, vectors = [], [], []
        while len(meetings) < BATCH_MEETINGS and made < chunks:
            meeting, item_vectors = _meeting(number, rng, sources, vec_rng)
            number += 1
            pieces = chunks_for(meeting, max_chars=1500)[:chunks - made]
            meeting.items = meeting.items[:pieces[-1].item_index + 1]
            meetings.append(meeting)
            parts += pieces
            vectors += [item_vectors[c.item_index] for c in pieces]
            made += len(pieces)
        yield meetings, parts, np.asarray(vectors, dtype=np.float32)


# -- building the stores -------------------------------------------------------------------------
def load_store(store, sources: Sources, chunks: int) -> dict:
    """Write every batch through `ChromaStore.put_meetings`, as ingest does; returns the load figures."""
    started, written, loads = time.perf_counter(), 0, []
    for meetings, parts, vectors in batches(sources, chunks):
        store.put_meetings(meetings, parts, vectors)
        written += len(parts)
        loads.append(load_avg())
        elapsed = time.perf_counter() - started
        if len(loads) % 10 == 0 or written >= chunks:
            say(f"{written:,} / {chunks:,} textstycken, {written / elapsed:.0f} st/s, "
                f"{elapsed / 60:.1f} min, kvar ~{(chunks - written) * elapsed / written / 60:.0f} min")
    store.bump_generation()
    seconds = time.perf_counter() - started
    return {"chunks": written, "load_s": round(seconds, 1), "load_chunks_per_s": round(written / seconds, 1),
            "load_avg_during": round(float(np.mean(loads)), 2)}


def build_lexical(sources: Sources, chunks: int, folder: Path, generation: int) -> dict:
    """The lexical index of the generated chunks, built and saved as the service does after an ingest."""
    from index.lexical import LexicalIndex

    every = [c for _, parts, _ in batches(sources, chunks) for c in parts]
    load_before = load_avg()
    started = time.perf_counter()
    index = LexicalIndex(every, generation=generation)
    built = time.perf_counter() - started
    index.save(folder)
    saved = time.perf_counter() - started - built
    started = time.perf_counter()
    loaded = LexicalIndex.load(folder, generation)
    load_s = time.perf_counter() - started
    assert loaded is not None and len(loaded) == len(every)
    return {"lexical_build_s": round(built, 1), "lexical_save_s": round(saved, 1), "lexical_load_s": round(load_s, 2),
            "lexical_mb": round(folder_mb(folder), 1), "lexical_load_avg": load_before}


def folder_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


def stage(path: Path, make) -> dict:
    """A stage's figures, from its JSON file when an earlier run did it."""
    if path.exists():
        return json.loads(path.read_text(encoding="utf-8"))
    figures = make()
    path.write_text(json.dumps(figures, ensure_ascii=False), encoding="utf-8")
    return figures


# -- the stores: embedded, and a `chroma run` server ---------------------------------------------
class ChromaServer:
    """`chroma run` on a folder, on a free loopback port, until `stop()`."""

    def __init__(self, path: Path):
        path.mkdir(parents=True, exist_ok=True)
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        started = time.perf_counter()
        self.process = subprocess.Popen([str(Path(sys.executable).parent / "chroma"), "run", "--path", str(path),
                                         "--host", "127.0.0.1", "--port", str(self.port)],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self._wait()
        self.startup_s = round(time.perf_counter() - started, 2)

    def _wait(self, timeout: float = 300) -> None:
        if not answers_ok(f"{self.url}/api/v2/heartbeat", timeout, request_timeout=2):
            self.stop()
            raise TimeoutError(f"Chroma-servern på {self.url} startade inte")

    def rss_mb(self) -> float:
        return rss_mb(self.process.pid)

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=60)


def build(workdir: Path, chunks: int, stores: list[str], server_copy: bool) -> dict:
    """Every stage not yet done in `workdir`: the stores' loads, then the lexical index of each data folder."""
    from index.store import ChromaStore

    sources = Sources(workdir)
    figures: dict = {"chunks": chunks}
    if "embedded" in stores or server_copy:
        store = lambda: ChromaStore(path=str(workdir / "embedded" / "chroma"))  # noqa: E731
        figures["embedded"] = stage(workdir / "load-embedded.json", lambda: load_store(store(), sources, chunks))
    if "server" in stores:
        figures["server"] = stage(workdir / "load-server.json", lambda: _load_server(workdir, sources, chunks,
                                                                                      server_copy))
    figures["lexical"] = stage(workdir / "lexical.json", lambda: build_lexical(
        sources, chunks, workdir / "lexical", generation=1))
    for name in stores:  # each data folder gets the saved index, as `minutes ingest` leaves it
        target = workdir / name / "lexical"
        if not target.exists():
            shutil.copytree(workdir / "lexical", target)
    return figures


def _load_server(workdir: Path, sources: Sources, chunks: int, copy: bool) -> dict:
    from index.store import ChromaStore

    if copy:  # the embedded store's folder, served as it is: `chroma run` reads the same format
        started = time.perf_counter()
        shutil.copytree(workdir / "embedded" / "chroma", workdir / "server" / "chroma")
        return {"copied_from_embedded": True, "copy_s": round(time.perf_counter() - started, 1)}
    server = ChromaServer(workdir / "server" / "chroma")
    try:
        return load_store(ChromaStore(url=server.url), sources, chunks)
    finally:
        server.stop()


# -- measuring ------------------------------------------------------------------------------------
READY_QUERY = "Vad beslutades om budgeten för elevhälsan?"


def measure_here(data: Path, url: str | None, count: int, started: float) -> dict:
    """In a new process: open the data folder as the service does, answer a first search, then time `count`
    unseen queries (their embedding apart from the search itself) and report the RSS."""
    from index.query import parse_query
    from service.settings import Settings
    from service.wiring import Components

    comps = Components(Settings(data_dir=data, chroma_url=url))
    comps.searcher.warm_up()
    comps.searcher.run(READY_QUERY)
    ready = time.time() - started
    ready_load = load_avg()
    embed, search, total, cpu = [], [], [], []
    for query in queries(count, seed=11):
        begun, begun_cpu = time.perf_counter(), time.process_time()
        comps.embedder.embed_query(parse_query(query).text)  # what the search embeds, cached: it only searches
        embedded, embedded_cpu = time.perf_counter(), time.process_time()
        comps.searcher.run(query)
        done = time.perf_counter()
        embed.append((embedded - begun) * 1000)
        search.append((done - embedded) * 1000)
        total.append((done - begun) * 1000)
        cpu.append(((embedded_cpu - begun_cpu) * 1000, (time.process_time() - embedded_cpu) * 1000))
    status = Path("/proc/self/status").read_text()
    peak = next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM:"))
    return {"chunks": len(comps.searcher.lexical()), "ready_s": round(ready, 2), "ready_load_avg": ready_load,
            "queries": count, "query_embed": percentiles(embed), "search": percentiles(search),
            "embed_and_search": percentiles(total), "search_load_avg": load_avg(),
            # CPU time of this process (all its threads): what a busy machine changes least
            "query_embed_cpu": percentiles([e for e, _ in cpu]), "search_cpu": percentiles([s for _, s in cpu]),
            "rss_mb": rss_mb(os.getpid()), "rss_peak_mb": round(peak / 1024, 1)}


def measure(workdir: Path, store: str, count: int) -> dict:
    """One store's figures from a new process (and, for the server, the server's start and RSS)."""
    server = ChromaServer(workdir / "server" / "chroma") if store == "server" else None
    try:
        command = [sys.executable, "-m", "benchmarks.million", "--measure", str(workdir / store),
                   "--queries", str(count), "--started", repr(time.time())]
        if server:
            command += ["--url", server.url]
        output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
        figures = json.loads(output.strip().splitlines()[-1])
        if server:
            figures.update(server_startup_s=server.startup_s, server_rss_mb=server.rss_mb())
        return figures
    finally:
        if server:
            server.stop()


def run(workdir: Path, chunks: int, stores: list[str], *, server_copy: bool = False, count: int = 200) -> dict:
    """Build what `workdir` lacks, then measure each store."""
    workdir.mkdir(parents=True, exist_ok=True)
    report = {"machine": f"{os.cpu_count()} kärnor", "build": build(workdir, chunks, stores, server_copy),
              "measured": {}}
    for store in stores:
        say(f"mäter {store}")
        report["measured"][store] = measure(workdir, store, count)
        say(json.dumps(report["measured"][store], ensure_ascii=False))
    return report


def table(report: dict) -> str:
    rows = ["| lagring | textstycken | inläsning st/s | redo s | frågeinbäddning p50/p95 ms | sök p50/p95 ms "
            "| båda p50/p95 ms | RSS MB | belastning |", "|" + "---|" * 9]
    for store, m in report["measured"].items():
        load = report["build"].get(store, {})
        rate = load.get("load_chunks_per_s", "kopia" if load.get("copied_from_embedded") else "–")
        rss = f"{m['rss_mb']}" + (f" + server {m['server_rss_mb']}" if "server_rss_mb" in m else "")
        pair = lambda p: f"{p['p50_ms']} / {p['p95_ms']}"  # noqa: E731
        rows.append(f"| {store} | {m['chunks']} | {rate} | {m['ready_s']} | {pair(m['query_embed'])} | "
                    f"{pair(m['search'])} | {pair(m['embed_and_search'])} | {rss} | {m['search_load_avg']} |")
    lexical = report["build"]["lexical"]
    rows.append(f"\nOrdindex: byggt på {lexical['lexical_build_s']} s, sparat på {lexical['lexical_save_s']} s, "
                f"{lexical['lexical_mb']} MB på disk, laddat på {lexical['lexical_load_s']} s")
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--chunks", type=int, default=1_000_000)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/million"),
                        help="Mapp för lagringarna; det som redan byggts där återanvänds")
    parser.add_argument("--stores", nargs="+", choices=["embedded", "server"], default=["embedded", "server"])
    parser.add_argument("--server-copy", action="store_true",
                        help="Servern får en kopia av den inbäddade lagringens mapp, utan egen inläsning")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--out", type=Path, help="JSON-fil för siffrorna (standard: WORKDIR/results.json)")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)  # the new process that is measured
    parser.add_argument("--url", help=argparse.SUPPRESS)
    parser.add_argument("--started", type=float, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure_here(args.measure, args.url, args.queries, args.started)))
        return
    report = run(args.workdir, args.chunks, args.stores, server_copy=args.server_copy, count=args.queries)
    out = args.out or args.workdir / "results.json"
    out.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(table(report))


if __name__ == "__main__":
    main()
