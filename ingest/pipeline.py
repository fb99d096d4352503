"""Files and folders in, meetings out: the public entry point of `ingest/`.

Problems are reported per file (`FileResult.error`) so one bad file never stops
the others.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .normalize import normalize_pages
from .ocr import looks_ocr_damaged, repair_lines
from .parse import ParsedDocument, parse_lines
from .readers import SUPPORTED_SUFFIXES, ReadError, read_pages


@dataclass
class FileResult:
    path: Path
    parsed: ParsedDocument | None = None
    error: str | None = None
    warnings: list[str] = field(default_factory=list)


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


def parse_file(path: Path) -> FileResult:
    try:
        pages = read_pages(path)
    except ReadError as exc:
        return FileResult(path, error=str(exc))
    lines = normalize_pages(pages)
    if not any(line.strip() for line in lines):
        return FileResult(path, error="filen innehåller ingen text")
    repairs: list[tuple[str, str]] = []
    if looks_ocr_damaged("\n".join(lines)):
        lines, repairs = repair_lines(lines)
    parsed = parse_lines(lines, source=str(path), filename=path.name)
    if repairs:
        examples = ", ".join(f"{a}→{b}" for a, b in repairs[:5])
        parsed.meeting.flags.append(f"OCR-skadad text: {len(repairs)} ord reparerades mot svensk ordlista "
                                    f"(t.ex. {examples}); originalet finns i källfilen")
        parsed.meeting.ocr_repairs = [f"{a} → {b}" for a, b in repairs]
    return FileResult(path, parsed=parsed, warnings=list(parsed.meeting.flags))
