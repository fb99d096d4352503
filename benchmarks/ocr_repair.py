"""CPU cost of repairing an OCR-damaged document, as ingest pays it in a fresh process.

    python -m benchmarks.ocr_repair [FILE] [--repeat 5]

FILE defaults to the OCR'd sample (../shared/minutes/001_*). Each round runs in a new Python process so that
nothing is warm: the CPU time (time.process_time) of `repair_lines` over the file's lines, including loading
what the repair reads on first use (the compiled dictionary from its cache, the word frequencies). Prints the
rounds, the number of repairs and a sha256 of them (the digest that tests/swedish/test_ocr.py pins), and, in
one more process, what building the compiled dictionary (`swedish.wordindex`) costs and how large it is.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_FILE = next((ROOT.parent / "shared" / "minutes").glob("001_*"), None)


def one_round(path: Path) -> dict:
    """CPU seconds to repair the file in this (fresh) process, with the repairs' count and digest."""
    from ingest.normalize import normalize_pages
    from ingest.readers import read_pages
    from swedish.ocr import repair_lines

    lines = normalize_pages(read_pages(path))
    started = time.process_time()
    _, changes = repair_lines(lines)
    cpu = time.process_time() - started
    digest = hashlib.sha256(json.dumps([list(pair) for pair in changes], ensure_ascii=False).encode()).hexdigest()
    return {"cpu_s": cpu, "repairs": len(changes), "sha256": digest}


def index_figures() -> dict:
    """CPU seconds to build the compiled dictionary into an empty cache (spylls' parse included), its size on
    disk, and CPU seconds to read it back."""
    from swedish.wordindex import word_tables

    with tempfile.TemporaryDirectory() as folder:
        started = time.process_time()
        word_tables.__wrapped__(Path(folder))
        built = time.process_time() - started
        size = sum(f.stat().st_size for f in Path(folder).iterdir())
        started = time.process_time()
        word_tables.__wrapped__(Path(folder))
        return {"build_cpu_s": built, "bytes": size, "load_cpu_s": time.process_time() - started}


def in_fresh_process(*args: str) -> dict:
    return json.loads(subprocess.run([sys.executable, "-m", "benchmarks.ocr_repair", *args], cwd=ROOT, check=True,
                                     capture_output=True, text=True).stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, default=DEFAULT_FILE)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--one-round", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--index", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.index:
        print(json.dumps(index_figures()))
        return
    if args.file is None:
        sys.exit("ingen fil: ange en, eller lägg provprotokollen i ../shared/minutes")
    if args.one_round:
        print(json.dumps(one_round(args.file)))
        return
    rounds = [in_fresh_process(str(args.file), "--one-round") for _ in range(args.repeat)]
    cpu = [r["cpu_s"] for r in rounds]
    print(f"{args.file.name}: {rounds[0]['repairs']} lagningar, sha256 {rounds[0]['sha256'][:16]}…")
    print(f"CPU för lagningen i ny process: median {statistics.median(cpu):.3f} s "
          f"({', '.join(f'{c:.3f}' for c in cpu)})")
    index = in_fresh_process("--index")
    print(f"Kompilerad ordlista: bygge {index['build_cpu_s']:.2f} s CPU, {index['bytes'] / 1e6:.1f} MB, "
          f"inläsning {index['load_cpu_s']:.3f} s CPU")


if __name__ == "__main__":
    main()
