"""The ingest job shared by `minutes ingest` and the benchmarks: files → parsed meetings → index, in batches."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from index import IndexReport
from ingest import FileResult, find_files, parse_file

from .wiring import Components

BATCH_ITEMS = 512  # meetings are embedded in batches of about this many items: fewer, fuller model calls


@dataclass
class IngestSummary:
    files: int = 0
    meetings: int = 0
    items: int = 0
    failures: list[FileResult] = field(default_factory=list)
    report: IndexReport = field(default_factory=IndexReport)
    removed: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def line(self) -> str:
        return (f"Klart: {self.files} filer, {self.meetings} möten ({len(self.report.added)} nya/ändrade, "
                f"{len(self.report.unchanged)} oförändrade), {self.items} punkter, {self.report.chunks} nya "
                f"textstycken, {len(self.failures)} fel, {self.seconds:.1f} s")


def ingest_paths(comps: Components, paths: list[Path], *, sync: bool = False,
                 on_file: Callable[[FileResult], None] = lambda result: None,
                 progress: Callable[[list[Path]], object] = lambda files: files) -> IngestSummary:
    """Parse every file, index new and changed meetings, optionally drop meetings whose file is gone."""
    started = time.monotonic()
    files, failures = find_files(paths)
    summary = IngestSummary(files=len(files), failures=failures)
    comps.indexer.warm_up()
    comps.indexer.repair()
    buffered: list = []
    for path in progress(files):
        result = parse_file(path, max_bytes=comps.settings.max_file_bytes)
        on_file(result)
        if result.error:
            summary.failures.append(result)
            continue
        summary.meetings += len(result.meetings)
        summary.items += sum(len(m.items) for m in result.meetings)
        buffered.extend(result.meetings)
        if sum(len(m.items) for m in buffered) >= BATCH_ITEMS:
            summary.report.merge(comps.indexer.run(buffered))
            buffered = []
    summary.report.merge(comps.indexer.run(buffered))
    if sync:
        summary.removed = _remove_gone(comps, paths, files)
    comps.searcher.lexical()  # build and save the lexical index now, so a service starts without doing it
    summary.seconds = time.monotonic() - started
    return summary


def _remove_gone(comps: Components, paths: list[Path], files: list[Path]) -> list[str]:
    """Sources under the given folders whose files are gone; their meetings are removed."""
    present = {str(f.resolve()) for f in files}
    folders = tuple(str(p.resolve()) + "/" for p in paths if p.is_dir())
    gone = {s for s in comps.indexer.stored_sources() if s.startswith(folders) and s not in present}
    comps.indexer.remove(gone)
    return sorted(gone)
