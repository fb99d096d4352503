"""Reading files of minutes into plain text, one reader per format.

Every reader returns a list of page texts (one entry for formats without pages),
so that normalisation can recognise running page headers and footers. Structure
that the format knows is kept as Markdown: DOCX heading styles become `#`
headings and table rows become `|`-separated lines.
"""

from __future__ import annotations

from pathlib import Path

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".pdf", ".docx")


class ReadError(Exception):
    """A file that cannot be read; the message says why, in Swedish."""


def read_pages(path: Path) -> list[str]:
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise ReadError(f"filtypen {suffix or '(ingen)'} stöds inte (stöds: {', '.join(SUPPORTED_SUFFIXES)})")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(f"kan inte läsa filen: {exc.strerror or exc}") from exc
    if not data.strip():
        raise ReadError("filen är tom")
    if suffix == ".pdf":
        return _pdf_pages(path)
    if suffix == ".docx":
        return [_docx_text(path)]
    return [decode_text(data)]


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


def _pdf_pages(path: Path) -> list[str]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(path)
        if reader.is_encrypted:
            try:
                reader.decrypt("")
            except Exception as exc:  # pypdf raises several types for a wrong password
                raise ReadError("PDF-filen är lösenordsskyddad; spara en olåst kopia och läs in den") from exc
        pages = [page.extract_text() or "" for page in reader.pages]
    except ReadError:
        raise
    except (PdfReadError, ValueError, KeyError, OSError) as exc:
        raise ReadError(f"PDF-filen är skadad eller går inte att tolka ({exc})") from exc
    if not any(page.strip() for page in pages):
        raise ReadError("PDF-filen innehåller ingen text (skannad bild?); kör OCR på den först")
    return pages


def _docx_text(path: Path) -> str:
    import zipfile

    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(str(path))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError) as exc:
        raise ReadError("DOCX-filen är skadad eller inte en Word-fil") from exc
    lines: list[str] = []
    for block in document.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(_docx_paragraph_line(Paragraph(block, document)))
        elif tag == "tbl":
            lines.extend(_docx_table_lines(Table(block, document)))
    return "\n".join(lines)


def _docx_paragraph_line(paragraph) -> str:
    text = paragraph.text.strip()
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    level = _heading_level(style)
    if text and level:
        return f"{'#' * level} {text}"
    return text


def _heading_level(style_name: str) -> int:
    """'Heading 2' or Swedish 'Rubrik 2' → 2; 'Title'/'Rubrik' → 1; other styles → 0."""
    name = style_name.lower()
    for prefix in ("heading", "rubrik"):
        if name.startswith(prefix):
            rest = name[len(prefix):].strip()
            if rest.isdigit():
                return min(int(rest), 6)
    return 1 if name in ("title", "rubrik") else 0


def _docx_table_lines(table) -> list[str]:
    lines = []
    for row in table.rows:
        cells: list[str] = []
        for cell in row.cells:
            text = " ".join(cell.text.split())
            if text and (not cells or cells[-1] != text):  # merged cells repeat their text
                cells.append(text)
        if cells:
            lines.append(" | ".join(cells))
    return [""] + lines + [""]
