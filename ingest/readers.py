"""Reading files of minutes into plain text, one reader per format.

Every reader returns a list of page texts (one entry for formats without pages),
so that normalisation can recognise running page headers and footers. Structure
that the format knows is kept as Markdown: DOCX heading styles become `#`
headings and table rows become `|`-separated lines. ODT, RTF and HTML are read by
`markup` into the same shape. PDF pages without a text layer are read with OCR by
`scan`; `read_file` also returns what that reading found, for the meeting's flags.
"""

from __future__ import annotations

import logging
import re
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".pdf", ".docx", ".odt", ".rtf", ".html", ".htm")


class ReadError(Exception):
    """A file that cannot be read; the message says why, in Swedish."""


DEFAULT_MAX_BYTES = 20 * 1024 * 1024


@dataclass
class FileText:
    """A file's page texts and what reading them found that its meetings record (pages read with OCR …)."""

    pages: list[str]
    flags: list[str] = field(default_factory=list)


def read_pages(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> list[str]:
    return read_file(path, max_bytes=max_bytes).pages


def read_file(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> FileText:
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise ReadError(f"filtypen {suffix or '(ingen)'} stöds inte (stöds: {', '.join(SUPPORTED_SUFFIXES)})")
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ReadError(f"filen är för stor ({size / 1048576:.0f} MB; gränsen är {max_bytes / 1048576:.0f} MB, "
                            "se MINUTES_MAX_FILE_MB); dela upp den eller höj gränsen")
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(f"kan inte läsa filen: {exc.strerror or exc}") from exc
    if not data.strip():
        raise ReadError("filen är tom")
    if suffix == ".pdf":
        return _pdf_pages(path)
    if suffix == ".docx":
        return FileText(_docx_pages(path))
    if suffix in (".odt", ".rtf", ".html", ".htm"):
        from .markup import markup_pages  # imported here: markup builds on this module

        return FileText(markup_pages(path, data))
    return FileText([decode_text(data)])


def decode_text(data: bytes) -> str:
    """Decode a text file: BOMs first, then UTF-8, then Windows-1252 (what older Swedish files use)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")
    elif data.startswith(b"\xef\xbb\xbf"):
        text = data[3:].decode("utf-8", errors="replace")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError:
                text = data.decode("latin-1")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > max(3, len(text) // 50):
        raise ReadError("filen verkar inte vara text (binärdata eller okänd teckenkodning)")
    return text


# pypdf's English complaints, most telling first, as the Swedish reason a bad file gets instead.
_PDF_PROBLEMS = (
    ("invalid pdf header", "filen börjar inte som en PDF"),
    ("eof marker not found", "slutmarkeringen %EOF saknas, filen är kanske inte helt kopierad"),
    ("stream has ended unexpectedly", "filen tar slut mitt i innehållet"),
    ("startxref not found", "filens innehållsförteckning (xref) saknas"),
)


class _Collect(logging.Handler):
    def __init__(self, into: list[str]):
        super().__init__(logging.WARNING)
        self.into = into

    def emit(self, record: logging.LogRecord) -> None:
        self.into.append(record.getMessage())


@contextmanager
def _pypdf_notes() -> Iterator[Callable[[], list[str]]]:
    """pypdf's own warnings (its 'pypdf' logger and warnings.warn), collected instead of printed.

    Yields a function that returns what pypdf has said so far; a readable PDF's notes are dropped.
    """
    logged: list[str] = []
    logger = logging.getLogger("pypdf")
    handler, propagate = _Collect(logged), logger.propagate
    logger.addHandler(handler)
    logger.propagate = False
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            yield lambda: logged + [str(w.message) for w in caught]
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate


def _pdf_reason(exc: Exception, notes: list[str]) -> str:
    said = " ".join([str(exc), *notes]).lower()
    found = next((swedish for english, swedish in _PDF_PROBLEMS if english in said), str(exc))
    return f"PDF-filen är skadad eller går inte att tolka ({found})"


def _pdf_pages(path: Path) -> FileText:
    """The text layer's pages; pages without one are read with OCR (`scan`), page by page."""
    from pypdf.errors import PdfReadError

    from .scan import fill_scanned_pages  # imported here: scan builds on this module

    with _pypdf_notes() as notes:
        try:
            pages = _pdf_text(path)
        except (PdfReadError, ValueError, KeyError, OSError) as exc:
            raise ReadError(_pdf_reason(exc, notes())) from exc
    return FileText(*fill_scanned_pages(path, pages))


def _pdf_text(path: Path) -> list[str]:
    from pypdf import PdfReader

    reader = PdfReader(path)
    if reader.is_encrypted:
        try:
            opened = reader.decrypt("")  # many PDFs are "encrypted" with an empty user password
        except Exception as exc:  # pypdf raises several types for unsupported encryption
            raise ReadError("PDF-filen är lösenordsskyddad; spara en olåst kopia och läs in den") from exc
        if not opened:
            raise ReadError("PDF-filen är lösenordsskyddad; spara en olåst kopia och läs in den")
    return [page.extract_text() or "" for page in reader.pages]


def _docx_pages(path: Path) -> list[str]:
    """The document's text split at its page breaks, so that running headers are found as in a PDF."""
    import zipfile

    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(str(path))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError) as exc:
        raise ReadError("DOCX-filen är skadad eller inte en Word-fil") from exc
    from .wordlists import ListLabels

    labels = ListLabels(document)
    blocks: list = []  # (text, heading level, auto-numbered), table lines, or PAGE_BREAK
    for block in document.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = Paragraph(block, document)
            style = (paragraph.style.name if paragraph.style is not None else "") or ""
            level = _heading_level(style)
            before, after = _page_breaks(block)
            blocks += [PAGE_BREAK] * before
            text, label = paragraph.text.strip(), labels.label(paragraph)
            if text and label and not level:  # a numbered list's entry: the number Word shows before it
                text = f"{label} {text}"
            blocks.append((text, level, bool(level) and _auto_numbered(paragraph)))
            blocks += [PAGE_BREAK] * after
        elif tag == "tbl":
            blocks.append(_docx_table_lines(Table(block, document)))
    pages = "\n".join(_docx_letterhead(document) + _docx_lines(blocks)).split(PAGE_BREAK)
    return [page for page in pages if page.strip()] or [""]


def _docx_letterhead(document) -> list[str]:
    """The first page's header ('BERGSJÖ KOMMUN  SAMMANTRÄDESPROTOKOLL' over 'Kommunstyrelsen'), which names who
    met when the body of the document does not; tabs between columns become wide gaps, as in a PDF's text."""
    if not document.sections:
        return []
    section = document.sections[0]
    header = section.first_page_header if section.different_first_page_header_footer else section.header
    try:
        lines = [p.text.replace("\t", "    ").strip() for p in header.paragraphs]
    except (KeyError, ValueError):  # a header part the package lacks
        return []
    lines = [line for line in lines if line]
    return [*lines, ""] if lines else []


PAGE_BREAK = "\f"


def _page_breaks(paragraph) -> tuple[int, int]:
    """(before, after): whether a page starts before this paragraph or after it. A break inside a paragraph
    counts before it when no text comes first, else after it."""
    if paragraph.xpath("./w:pPr/w:pageBreakBefore"):
        return 1, 0
    marks = paragraph.xpath('.//w:br[@w:type="page"] | .//w:lastRenderedPageBreak')
    if not marks:
        return 0, 0
    return (0, 1) if _text_before(paragraph, marks[0]) else (1, 0)


def _text_before(paragraph, mark) -> bool:
    for element in paragraph.iter():
        if element is mark:
            return False
        if element.tag.endswith("}t") and (element.text or "").strip():
            return True
    return False


def _docx_lines(blocks: list) -> list[str]:
    """Headings as Markdown; Word's automatic heading numbers, which the text lacks, written out in order.

    Such headings end with AUTO_NUMBER_MARK so that the parser can flag the numbers as generated.
    """
    from .headings import AUTO_NUMBER_MARK

    auto_levels = sorted({b[1] for b in blocks if isinstance(b, tuple) and b[2]})
    counters = [0] * len(auto_levels)
    lines: list[str] = []
    for block in blocks:
        if isinstance(block, list):
            lines.extend(block)
            continue
        if block == PAGE_BREAK:
            lines.append(PAGE_BREAK)
            continue
        text, level, auto = block
        if not text or not level:
            lines.append(text)
            continue
        if auto:
            depth = auto_levels.index(level)
            counters[depth] += 1
            counters[depth + 1:] = [0] * (len(counters) - depth - 1)
            number = ".".join(str(n) for n in counters[: depth + 1] if n)
            text = f"{number}. {text}{AUTO_NUMBER_MARK}"
        lines.append(f"{'#' * level} {text}")
    return lines


def _auto_numbered(paragraph) -> bool:
    """True when Word numbers this paragraph itself (numPr on the paragraph or its style)."""
    for element in (paragraph._p, getattr(paragraph.style, "element", None)):
        ppr = getattr(element, "pPr", None)
        if ppr is not None and ppr.numPr is not None:
            return True
    return False


def _heading_level(style_name: str) -> int:
    """'Heading 2' or Swedish 'Rubrik 2' → 2; 'Title'/'Rubrik' → 1; other styles → 0."""
    name = style_name.lower()
    for prefix in ("heading", "rubrik"):
        if name.startswith(prefix):
            rest = name[len(prefix):].strip()
            if rest.isdigit():
                return min(int(rest), 6)
    return 1 if name in ("title", "rubrik") else 0


# A table row that is an agenda item: "| 4 | Ekonomi | text … | presenter |".
_PRESENTER_HEADER = re.compile(r"^(?:föredragande|ansvarig|presentatör)$", re.IGNORECASE)
_ITEM_NUMBER_CELL = re.compile(r"^(?:§\s*)?\d{1,3}(?:\.\d{1,2})*[a-z]?[.)]?$")


def _docx_table_lines(table) -> list[str]:
    """Rows as '|'-separated lines; rows that are agenda items as a heading line and their text below it."""
    lines = []
    presenter_column: int | None = None
    for row in table.rows:
        cells: list[str] = []
        for cell in row.cells:
            text = "\n".join(" ".join(p.split()) for p in cell.text.splitlines() if p.strip())
            if text and (not cells or cells[-1] != text):  # merged cells repeat their text
                cells.append(text)
        if len(cells) >= 2 and _ITEM_NUMBER_CELL.match(cells[0]):
            title, *rest = cells[1].split("\n")
            others = [("Föredragande: " + c if i == presenter_column else c) for i, c in enumerate(cells) if i > 1]
            lines += ["", f"{cells[0]} {title}", *rest, *others]
            continue
        if presenter_column is None:
            presenter_column = next((i for i, c in enumerate(cells) if _PRESENTER_HEADER.match(c)), None)
        if cells:  # a cell's paragraphs are entries of a list ("Beslutande | Johan Åkerlund (M) | Leila Haddad (C)")
            lines.append(" | ".join(c.replace("\n", "; ") for c in cells))
    return [""] + lines + [""]
