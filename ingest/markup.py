"""Reading ODT (`odt`), RTF and HTML minutes into page texts shaped like the DOCX reader's (see `readers`).

Each reader turns the structure a reader of the minutes sees – heading styles (`text:h`, RTF's \\outlinelevel,
`<h2>`), automatically numbered lists, tables – into the DOCX reader's blocks, which `readers._docx_lines`
writes out, so the parser reads an ODT, RTF or HTML copy of minutes as it reads the DOCX copy. A heading
number that the document generates (ODT outline numbering, an `<ol>` around a heading) is written before the
title and marked as generated; list entries get the label a reader sees ("3.", "b)", "2.1", bullets "-"); a
table row whose first cell is an item number becomes that item. Libraries: lxml for ODT's XML (odfpy prints a
broken content.xml and goes on with half a document) and for HTML (libxml2 closes an unclosed `<li>`, `<td>`
or `<p>` as browsers do; the standard library's parser nests them); striprtf for RTF, after table cells,
heading levels and page breaks are turned into marks that it keeps.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path
from types import SimpleNamespace

from lxml import etree, html
from striprtf.striprtf import rtf_to_text

from .headings import AUTO_NUMBER_MARK
from .readers import PAGE_BREAK, ReadError, _docx_lines, _docx_table_lines, _heading_level, decode_text


def markup_pages(path: Path, data: bytes) -> list[str]:
    """The page texts of an ODT, RTF or HTML file (see the module's docstring)."""
    suffix = path.suffix.lower()
    if suffix == ".odt":
        from .odt import odt_blocks  # imported here: the ODT reader uses this module's helpers

        blocks = odt_blocks(path)
    else:
        blocks = _rtf_blocks(path, data) if suffix == ".rtf" else _html_blocks(path, data)
    pages = "\n".join(_docx_lines(blocks)).split(PAGE_BREAK)
    return [page for page in pages if page.strip()] or [""]


def table_lines(rows: list[list[str]]) -> list[str]:
    """Rows of cell texts through the DOCX table convention ('4 | Ekonomi\\n… | Eva Ek' is item 4)."""
    table = [SimpleNamespace(cells=[SimpleNamespace(text=text) for text in row]) for row in rows]
    return _docx_table_lines(SimpleNamespace(rows=table))


def block_text(blocks: list) -> str:
    """A table cell's blocks as its text: the non-empty lines, headings without their marks."""
    lines = [line for block in blocks if block != PAGE_BREAK
             for line in (block if isinstance(block, list) else [block[0]])]
    return "\n".join(line for line in lines if line.strip())


def list_label(number: int, style: str) -> str:
    """A list number as the list shows it, in format '1', 'a', 'A', 'i' or 'I'."""
    if not 1 <= number <= 3999 or style not in ("a", "A", "i", "I"):
        return str(number)
    text = ""
    while style in ("a", "A") and number > 0:
        number, rest = divmod(number - 1, 26)
        text = chr(ord("a") + rest) + text
    for value, letters in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
                           (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        count, number = divmod(number, value)  # roman numerals; for letters, nothing is left to count
        text += letters * count
    return text.upper() if style.isupper() else text


def as_int(value, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


# --- RTF (striprtf) ------------------------------------------------------------------------------------------

# striprtf keeps the text only: these control words are first turned into characters that it passes through.
_IN_TABLE, _CELL, _ROW, _LEVEL = "\ue000", "\ue001", "\ue002", 0xE010
_RTF_MARKS = re.compile(r"\\(intbl|cell|row|pagebb|page|outlinelevel|s)(-?\d+)?(?![a-zA-Z]) ?")
_RTF_MARK_CHARS = re.compile("[\ue000-\ue002\ue010-\ue015]")
_RTF_STYLE = re.compile(r"\\s(\d+)(?!\d)([^;{}]*(?:\{[^{}]*\}[^;{}]*)*);")


def _rtf_blocks(path: Path, data: bytes) -> list:
    source = _rtf_source(path, data)
    styles = _rtf_heading_styles(source)
    try:
        text = rtf_to_text(_RTF_MARKS.sub(lambda match: _rtf_mark(match, styles), source), errors="replace")
    except (ValueError, TypeError, IndexError, LookupError) as exc:
        raise ReadError(f"RTF-filen {path.name} är skadad och går inte att tolka; öppna den i ordbehandlaren och "
                        "spara den som RTF eller DOCX igen") from exc
    return _rtf_structure(text)


def _rtf_source(path: Path, data: bytes) -> str:
    """The RTF in its declared code page; a file that is not RTF, or that stops midway, is refused."""
    start = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not start.startswith(b"{\\rtf"):
        raise ReadError(f"{path.name} är ingen RTF-fil (den börjar inte med {{\\rtf); öppna den i ordbehandlaren "
                        "och spara den som RTF igen")
    codepage = re.search(rb"\\ansicpg(\d+)", start[:4096])
    try:
        encoding = codecs.lookup(f"cp{int(codepage[1])}" if codepage else "cp1252").name
    except LookupError:
        encoding = "cp1252"
    text = start.decode(encoding, errors="replace")
    braces = re.sub(r"\\[\\{}]", "", text)
    if "\\bin" not in text and braces.count("{") > braces.count("}"):
        raise ReadError(f"RTF-filen {path.name} tar slut mitt i innehållet (klamrarna går inte ihop) och är kanske "
                        "inte helt kopierad; kopiera eller spara den igen")
    return text


def _rtf_heading_styles(source: str) -> dict[int, int]:
    """Style number → heading level, from the stylesheet (before the first paragraph): the style's
    \\outlinelevel, or its name ('heading 2', 'Rubrik 2')."""
    levels = {}
    for number, entry in _RTF_STYLE.findall(source.split("\\pard", 1)[0]):
        outline = re.search(r"\\outlinelevel(\d)(?!\d)", entry)
        name = re.sub(r"\\[a-zA-Z]+-?\d* ?|\\\*|[{}]", "", entry).strip()
        level = int(outline[1]) + 1 if outline else _heading_level(name)
        if 1 <= level <= 6:
            levels[int(number)] = level
    return levels


def _rtf_mark(match: re.Match, heading_styles: dict[int, int]) -> str:
    word, argument = match[1], as_int(match[2], 0)
    if word in ("outlinelevel", "s"):
        level = argument + 1 if word == "outlinelevel" else heading_styles.get(argument, 0)
        return chr(_LEVEL + level - 1) if 1 <= level <= 6 else ""  # \outlinelevel9 is Word's "body text"
    return {"intbl": _IN_TABLE, "cell": _CELL, "row": _ROW}.get(word, PAGE_BREAK)


def _rtf_structure(text: str) -> list:
    """striprtf's text with the marks in it → paragraphs with heading levels, table rows, page breaks."""
    blocks: list = []
    rows: list[list[str]] = []
    row: list[str] = []
    cell: list[str] = []
    line = ""
    for token in re.split(f"([\n\f{_CELL}{_ROW}])", text):
        if token == _CELL:
            row.append("\n".join(_RTF_MARK_CHARS.sub("", part).strip() for part in [*cell, line]).strip())
            cell, line = [], ""
        elif token == _ROW:
            rows.append(row)
            row, cell, line = [], [], ""
        elif token in ("\n", PAGE_BREAK):
            if _IN_TABLE in line:
                cell.append(line)  # a paragraph inside a table cell
            else:
                blocks += [table_lines(rows)] if rows else []
                rows = []
                blocks.append(_rtf_paragraph(line))
            blocks += [PAGE_BREAK] if token == PAGE_BREAK else []
            line = ""
        else:
            line += token
    return blocks + ([table_lines(rows)] if rows else []) + [_rtf_paragraph(line)]


def _rtf_paragraph(line: str) -> tuple[str, int, bool]:
    level = next((ord(c) - _LEVEL + 1 for c in line if _LEVEL <= ord(c) <= _LEVEL + 5), 0)
    text = _RTF_MARK_CHARS.sub("", line).strip()
    return (" ".join(text.split()) if level else text, level if text else 0, False)


# --- HTML (lxml) ---------------------------------------------------------------------------------------------

_HTML_SKIP = {"script", "style", "head", "title", "noscript", "template", "nav", "svg", "iframe", "object",
              "select", "button", "map"}
_HTML_BLOCKS = {"p", "div", "section", "article", "main", "header", "footer", "aside", "blockquote", "address",
                "figure", "figcaption", "center", "dl", "dt", "dd", "form", "fieldset", "legend", "pre", "caption",
                "hr", "li", "body", "html", "details", "summary", "tr", "td", "th"}
_HTML_HEADINGS = {f"h{n}": n for n in range(1, 7)}
# The site around an intranet page, by its elements' id or class: "topbar", "breadcrumbs", "sidebar", "page-metadata",
# readers' comments under it, the site's footer (id="footer")
_SITE_CHROME = re.compile(r"breadcrumb|sidebar|topbar|navbar|menu|toolbar|page-metadata|cookie|site-header|site-footer"
                          r"|comment|^footer\b", re.IGNORECASE)
_MAIN = "//main | //*[@role='main'] | //*[@id='main' or @id='content' or @id='main-content' or @id='maincontent']"
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)|<\?xml[^>]+encoding=["']([\w.:-]+)""",
                               re.IGNORECASE)


def _html_blocks(path: Path, data: bytes) -> list:
    text = re.sub(r"^\s*<\?xml[^>]*>", "", _html_text(path, data))  # lxml refuses a str with an XML declaration
    try:
        root = html.document_fromstring(text)
    except (etree.LxmlError, ValueError) as exc:
        raise ReadError(f"HTML-filen {path.name} innehåller ingen sida att läsa; öppna den i en webbläsare och "
                        "spara sidan som HTML igen") from exc
    reader = _HtmlReader()
    for part in _page_content(root):
        reader.element(part) if part is not root else reader.walk(root)
    reader.flush()
    return reader.blocks


def _page_content(root) -> list:
    """A web page's own content: its main part, and a heading or header printed just before it (the minutes' title
    and organisation, "<header><h1>Arbetsutskottet – minnesanteckningar</h1>…"); the whole page when it has no main."""
    main = next(iter(root.xpath(_MAIN)), None)
    if main is None:
        return [root]
    before = [e for e in main.itersiblings(preceding=True) if isinstance(e.tag, str)
              and (e.tag.lower() in _HTML_HEADINGS or e.tag.lower() == "header")][:1]
    return [*(e for e in before if _titles_the_page(e)), main]


def _titles_the_page(element) -> bool:
    """A heading, or a header holding one: not the site's own header with its logo, menu and search box."""
    if element.tag.lower() in _HTML_HEADINGS:
        return True
    return bool(element.xpath(".//h1|.//h2|.//h3")) and not element.xpath(".//nav|.//form")


def _html_text(path: Path, data: bytes) -> str:
    """Decoded by the charset the page declares, else as a text file (BOM, UTF-8, Windows-1252)."""
    declared = _DECLARED_CHARSET.search(data[:8192])
    if declared and not data.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        try:
            return data.decode((declared[1] or declared[2]).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration: read it as an undeclared page
    try:
        return decode_text(data)
    except ReadError as exc:
        raise ReadError(f"HTML-filen {path.name} verkar inte vara text (binärdata eller okänd teckenkodning); "
                        "öppna den i en webbläsare och spara sidan som HTML igen") from exc


class _HtmlReader:
    """Walks the page in lxml's text/tail model, gathering inline text until a block ends."""

    def __init__(self):
        self.blocks: list = []
        self.inline: list[str] = []
        self.label: str | None = None
        self.pre = 0

    def walk(self, element) -> None:
        self.text(element.text)
        for child in element:
            if isinstance(child.tag, str):  # not a comment or a processing instruction
                self.element(child)
            self.text(child.tail)

    def text(self, text: str | None) -> None:
        if text:
            self.inline.append(text if self.pre else re.sub(r"\s+", " ", text))

    def element(self, element) -> None:
        name = element.tag.lower()
        if name in _HTML_SKIP or _SITE_CHROME.search(f"{element.get('id', '')} {element.get('class', '')}"):
            return
        if name in _HTML_BLOCKS or name in _HTML_HEADINGS or name in ("ol", "ul", "table"):
            self.flush()  # a block starts: the text before it is a line of its own
        if name == "br":
            self.inline.append("\n")
        elif name in _HTML_HEADINGS:
            self.walk(element)
            self.flush(_HTML_HEADINGS[name])
        elif name in ("ol", "ul"):
            self.list(element)
        elif name == "table":
            self.table(element)
        elif name in _HTML_BLOCKS:
            self.pre += name == "pre"
            self.walk(element)
            self.flush()
            self.pre -= name == "pre"
        else:
            self.walk(element)

    def flush(self, level: int = 0) -> None:
        """The inline text so far as lines (one line for a heading), a pending list label before the first."""
        lines = [" ".join(line.split()) for line in "".join(self.inline).split("\n")]
        self.inline = []
        lines = [line for line in lines if line]
        if not lines:
            return
        lines = [" ".join(lines)] if level else lines
        label, self.label = self.label, None
        if label and not level:
            lines[0] = f"{label} {lines[0]}"
        elif label and label != "-":
            lines[0] = f"{label} {lines[0]}{AUTO_NUMBER_MARK}"
        self.blocks += [(line, level, False) for line in lines]

    def list(self, element) -> None:
        ordered = element.tag.lower() == "ol"
        number = as_int(element.get("start"), 1)
        for item in (child for child in element if isinstance(child.tag, str) and child.tag.lower() == "li"):
            number = as_int(item.get("value"), number)
            self.label = f"{list_label(number, element.get('type') or '1')}." if ordered else "-"
            self.walk(item)
            self.flush()
            self.label = None
            number += 1

    def table(self, element) -> None:
        rows = [[cell for cell in row if isinstance(cell.tag, str) and cell.tag.lower() in ("td", "th")]
                for row in element.iter("tr") if next(row.iterancestors("table"), None) is element]
        inner = {e.tag.lower() for row in rows for cell in row for e in cell.iterdescendants()
                 if isinstance(e.tag, str)}
        if all(len(row) <= 1 for row in rows) or inner & {"table", *_HTML_HEADINGS}:
            for cell in (cell for row in rows for cell in row):  # a table that lays out the page
                self.walk(cell)
                self.flush()
            return
        self.blocks.append(table_lines([[_HtmlReader.cell_text(cell) for cell in row] for row in rows]))

    @staticmethod
    def cell_text(cell) -> str:
        reader = _HtmlReader()
        reader.walk(cell)
        reader.flush()
        return block_text(reader.blocks)
