"""Files and folders in, meetings out: the public entry point of `ingest/`.

Problems are reported per file (`FileResult.error`) so one bad file never stops
the others.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from swedish.ocr import looks_ocr_damaged, repair_lines

from .models import Meeting
from .normalize import normalize_pages
from .parse import ParseContext, ParsedDocument, parse_lines
from .readers import DEFAULT_MAX_BYTES, SUPPORTED_SUFFIXES, FileText, ReadError, read_file
from .split import split_meetings


@dataclass
class FileResult:
    path: Path
    documents: list[ParsedDocument] = field(default_factory=list)
    error: str | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def meetings(self) -> list[Meeting]:
        return [document.meeting for document in self.documents]


def find_files(paths: list[Path]) -> tuple[list[Path], list[FileResult]]:
    """Expand folders recursively; name paths that do not exist."""
    files: list[Path] = []
    missing: list[FileResult] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES
                                and not p.name.startswith((".", "~$"))))
        elif path.is_file():
            files.append(path)
        else:
            missing.append(FileResult(path, error="filen eller mappen finns inte"))
    return files, missing


def parse_file(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> FileResult:
    try:
        read = read_file(path, max_bytes=max_bytes)
    except ReadError as exc:
        return FileResult(path, error=str(exc))
    try:
        return _parsed(path, read)
    except Exception as exc:  # a fault of ours in one file must not stop the other files of the run
        logging.getLogger(__name__).exception("parsing %s failed", path)
        return FileResult(path, error=f"kunde inte tolkas ({type(exc).__name__}: {exc}); det är ett fel i minutes, "
                                      "inte i filen – rapportera det gärna med filen bifogad")


def _parsed(path: Path, read: FileText) -> FileResult:
    lines = normalize_pages(read.pages)
    if not any(line.strip() for line in lines):
        return FileResult(path, error="filen innehåller ingen text")
    repairs = dict(repair_lines(lines)[1]) if looks_ocr_damaged("\n".join(lines)) else {}
    blocks = split_meetings(lines)
    context = ParseContext(source=str(path.resolve()), filename=path.name, ocr_repairs=repairs,
                           meetings_in_file=len(blocks), read_flags=read.flags, pages=read.pages)
    documents = [parse_lines(block, context) for block in blocks]
    warnings = [f"{m.date or 'odaterat'}: {flag}" if len(documents) > 1 else flag
                for m in (d.meeting for d in documents) for flag in m.flags]
    return FileResult(path, documents=documents, warnings=warnings)
