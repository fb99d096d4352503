"""Reading ODT minutes (the package's XML, with lxml) into the DOCX reader's blocks; see `markup`, which
calls it and whose helpers it shares with the RTF and HTML readers.

lxml rather than odfpy: odfpy prints a broken content.xml and goes on with half a document, which would
index half the minutes without a word.
"""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

from lxml import etree

from .headings import AUTO_NUMBER_MARK
from .markup import as_int, block_text, list_label, table_lines
from .readers import PAGE_BREAK, ReadError, _heading_level

_OFFICE, _STYLE, _TEXT, _FO = (f"urn:oasis:names:tc:opendocument:xmlns:{name}:1.0"
                               for name in ("office", "style", "text", "xsl-fo-compatible"))
_XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
# Not the minutes' text: comments, footnotes, deleted text of tracked changes, generated indexes, frames, and
# text:number, the label an office suite may store (the reader counts for itself).
_ODT_SKIP = {"annotation", "annotation-end", "note", "tracked-changes", "table-of-content", "alphabetical-index",
             "illustration-index", "object-index", "table-index", "user-index", "bibliography", "frame", "number"}
_ODT_ROW_GROUPS = ("table-header-rows", "table-rows", "table-row-group")
_OUTLINE = "\0outline"  # the headings' own numbering (text:outline-style), kept among the list styles
# ODF needs no DTD: entities are not expanded and nothing is fetched.
_XML_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


def odt_blocks(path: Path) -> list:
    content, styles = _odt_parts(path)
    try:
        parts = [etree.fromstring(part, _XML_PARSER) for part in (content, styles) if part]
    except etree.XMLSyntaxError as exc:
        raise ReadError(_odt_damaged(path)) from exc
    text = parts[0].find(f"{{{_OFFICE}}}body/{{{_OFFICE}}}text")
    if text is None:
        raise ReadError(_odt_damaged(path))
    reader = _OdtReader(parts)
    reader.body(text)
    return reader.blocks


def _odt_damaged(path: Path) -> str:
    return (f"ODT-filen {path.name} är skadad eller inte ett OpenDocument-textdokument; öppna den i LibreOffice "
            "eller Word och spara den som ODT igen")


def _odt_parts(path: Path) -> tuple[bytes, bytes]:
    """content.xml and styles.xml of a zip holding an OpenDocument text that is not locked with a password."""
    try:
        with zipfile.ZipFile(path) as package:
            names = set(package.namelist())
            read = {name: package.read(name) if name in names else b""
                    for name in ("mimetype", "META-INF/manifest.xml", "content.xml", "styles.xml")}
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError) as exc:
        raise ReadError(_odt_damaged(path)) from exc
    if b"encryption-data" in read["META-INF/manifest.xml"]:
        raise ReadError(f"ODT-filen {path.name} är lösenordsskyddad; spara en kopia utan lösenord och läs in den")
    mimetype = read["mimetype"].decode("ascii", "replace").strip()
    if mimetype and not mimetype.startswith("application/vnd.oasis.opendocument.text"):
        raise ReadError(f"{path.name} är inget textdokument (filtypen är {mimetype}); spara protokollet som "
                        "textdokument (.odt) och läs in det igen")
    if not read["content.xml"]:
        raise ReadError(_odt_damaged(path))
    return read["content.xml"], read["styles.xml"]


def _name(element) -> str:
    """The local name of an element; '' for comments and processing instructions."""
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def _odt_inline(node, into: list[str]) -> None:
    """A paragraph's text as a reader sees it: spaces (text:s), tabs and line breaks written out."""
    into.append(node.text or "")
    for child in node:
        name = _name(child)
        if name == "s":
            into.append(" " * as_int(child.get(f"{{{_TEXT}}}c"), 1))
        elif name in ("tab", "line-break"):
            into.append("\t" if name == "tab" else "\n")
        elif name and name not in _ODT_SKIP:
            _odt_inline(child, into)
        into.append(child.tail or "")


class _OdtReader:
    """Walks office:text, counting lists and numbered headings as the office suite shows them."""

    def __init__(self, parts: list):
        self.styles, self.lists = _odt_styles(parts)
        self.counters: dict[object, list[int | None]] = {_OUTLINE: []}
        self.list_ids: dict[str, object] = {}
        self.last_list: dict[str | None, object] = {}
        self.blocks: list = []

    def body(self, node, list_level: int = 0, style: str | None = None, key=None) -> None:
        """Paragraphs, lists, tables and page breaks in `node`; inside a list, `node` is one of its entries."""
        label_due = _name(node) == "list-item"
        for child in node:
            name = _name(child)
            if name in ("p", "h"):
                self.paragraph(child, self.number(key, style, list_level, node) if label_due else None)
                label_due = False
            elif name == "list":
                self.list(child, list_level + 1, style, key)
            elif name == "table":
                self.blocks.append(table_lines(self.table_rows(child)))
            elif name == "soft-page-break":
                self.blocks.append(PAGE_BREAK)
            elif name and name not in _ODT_SKIP and not list_level:
                self.body(child)  # text:section and other containers

    def list(self, node, level: int, style: str | None, key) -> None:
        style = node.get(f"{{{_TEXT}}}style-name") or style
        key = self.list_key(node, style) if key is None else key
        for item in node:
            if _name(item) in ("list-item", "list-header"):
                self.body(item, level, style, key)

    def paragraph(self, node, label: str | None) -> None:
        parts: list[str] = []
        _odt_inline(node, parts)
        text = "".join(parts).strip()
        if self.style(node, 2):
            self.blocks.append(PAGE_BREAK)
        heading = _name(node) == "h"
        level = (min(max(as_int(node.get(f"{{{_TEXT}}}outline-level"), 1), 1), 6) if heading
                 else self.style(node, 1))
        if heading and label is None and node.get(f"{{{_TEXT}}}is-list-header") != "true":
            label = self.number(_OUTLINE, _OUTLINE, level, node)
        if not level:
            self.blocks.append((f"{label} {text}" if label and text else text, 0, False))
            return
        text = " ".join(text.split())
        if label and label != "-" and text:
            text = f"{label} {text}{AUTO_NUMBER_MARK}"
        self.blocks.append((text, level, False))

    def style(self, node, field: int):
        """A field of the paragraph's style, (1) heading level or (2) page break before, else the inherited one."""
        name = node.get(f"{{{_TEXT}}}style-name")
        for _ in range(10):
            style = self.styles.get(name, (None, 0, False))
            if style[field]:
                return style[field]
            name = style[0]
        return 0

    def list_key(self, node, style: str | None):
        """The count a top-level list goes on with: its own, unless it continues an earlier list."""
        key = self.list_ids.get(node.get(f"{{{_TEXT}}}continue-list"))
        if key is None and node.get(f"{{{_TEXT}}}continue-numbering") == "true":
            key = self.last_list.get(style)
        key = len(self.counters) if key is None else key
        self.counters.setdefault(key, [])
        if ident := node.get(_XML_ID):
            self.list_ids[ident] = key
        self.last_list[style] = key
        return key

    def number(self, key, style: str | None, level: int, entry) -> str | None:
        """Count this entry at its level; its label ('3.', '2.1', '§ 12', '-'), or None when it shows none."""
        levels, counters = self.lists.get(style, {}), self.counters[key]
        del counters[level:]
        counters += [None] * (level - len(counters))
        own = levels.get(level, ("", "", "", 1, 1))
        previous = counters[level - 1]
        counters[level - 1] = as_int(entry.get(f"{{{_TEXT}}}start-value"), own[4] if previous is None else previous + 1)
        if own[0] in ("", "-"):
            return own[0] or None
        shown = [i for i in range(max(level - own[3], 0), level)
                 if counters[i] is not None and levels.get(i + 1, ("",))[0] not in ("", "-")]
        return f"{own[1]}{'.'.join(list_label(counters[i], levels[i + 1][0]) for i in shown)}{own[2]}".strip()

    def table_rows(self, table) -> list[list[str]]:
        rows = []
        for row in table:
            if _name(row) in _ODT_ROW_GROUPS:
                rows += self.table_rows(row)
            elif _name(row) == "table-row":
                rows.append([self.cell_text(cell) for cell in row if _name(cell) == "table-cell"])
        return rows

    def cell_text(self, cell) -> str:
        outside, self.blocks = self.blocks, []
        self.body(cell)
        text, self.blocks = block_text(self.blocks), outside
        return text


def _odt_styles(parts: list) -> tuple[dict, dict]:
    """Paragraph styles: name → (parent, heading level, starts a page). List styles and the outline style
    (_OUTLINE): name → level → (format, '-' for bullets; prefix; suffix; levels shown; start)."""
    paragraphs: dict = {}
    lists: dict = {}
    for style in (e for part in parts for group in part.iterfind(f"{{{_OFFICE}}}*") for e in group
                  if _name(group) in ("styles", "automatic-styles")):
        name = style.get(f"{{{_STYLE}}}name")
        if _name(style) == "style":
            display = style.get(f"{{{_STYLE}}}display-name") or (name or "").replace("_20_", " ")
            breaks = any(props.get(f"{{{_FO}}}break-before") == "page"
                         for props in style.iterfind(f"{{{_STYLE}}}paragraph-properties"))
            paragraphs[name] = (style.get(f"{{{_STYLE}}}parent-style-name"), _heading_level(display), breaks)
        elif _name(style) in ("list-style", "outline-style"):
            lists[_OUTLINE if _name(style) == "outline-style" else name] = {
                as_int(level.get(f"{{{_TEXT}}}level"), 1): _odt_level(level) for level in style if _name(level)}
    return paragraphs, lists


def _odt_level(level) -> tuple[str, str, str, int, int]:
    if _name(level) == "list-level-style-bullet":
        return "-", "", "", 1, 1
    return (level.get(f"{{{_STYLE}}}num-format") or "", level.get(f"{{{_STYLE}}}num-prefix") or "",
            level.get(f"{{{_STYLE}}}num-suffix") or "", as_int(level.get(f"{{{_TEXT}}}display-levels"), 1),
            as_int(level.get(f"{{{_TEXT}}}start-value"), 1))


