"""Scanned PDF pages read with Tesseract OCR, for `readers`: the pages of a PDF that lack a usable text layer.

Each such page is rendered (pypdfium2) at the resolution of its scan and read by Tesseract's Swedish model
(pytesseract), page by page, so that a mixed PDF keeps its text layer where it has one. What was read is
returned as file flags: which pages were OCR'd and their mean word confidence. A page that stays unreadable
(confidence under `MIN_CONFIDENCE`, or ink but no text) is left out of the text and named in a loud flag;
a file where nothing could be read is refused. The text is what Tesseract read; repairs of OCR damage
(`swedish/ocr.py`) are made later by the pipeline, for search only, as for any OCR'd text.
"""

from __future__ import annotations

import os
import re
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from .readers import ReadError

# Tesseract's Swedish model alone: with "swe+eng" the English model wins on words like "nämnden" and drops
# their å/ä/ö (measured on a 200-dpi test page: 95 % of the words read right instead of 99 %).
OCR_LANGUAGE = "swe"
MIN_LETTERS = 25  # a text layer with fewer letters is a scanner's stamp or a page number, not the page's text
MIN_CONFIDENCE = 60.0  # mean word confidence (0–100) under which a page counts as unreadable
# Share of dark pixels under which a page that gave no text counts as blank (a scan's empty back side).
BLANK_INK = 0.002
MIN_DPI, MAX_DPI = 150, 300
# From this resolution on, specks of one or two pixels (dust, scanner noise) are removed before Tesseract reads
# the page: one on a full stop turned "5. Information" into "5: Information" and the item was lost. At 150 dpi a
# thin serif stroke is as narrow as a speck, and the filter cost words in a test, so it is not used there.
DESPECKLE_FROM_DPI = 200
PAGE_TIMEOUT_S = 300
INSTALL_HINT = ("installera tesseract-ocr och tesseract-ocr-swe (Debian/Ubuntu: "
                "apt-get install tesseract-ocr tesseract-ocr-swe) och läs in filen igen")


@dataclass(frozen=True)
class PageReading:
    """One page as OCR read it; `number` counts from 1."""

    number: int
    text: str
    confidence: float  # mean confidence of the page's words, 0 when none was read
    words: int
    ink: float  # share of dark pixels
    section_signs: int = 0  # "§" restored where Tesseract's Swedish model read "$", "&" or "8"

    @property
    def blank(self) -> bool:
        """Hardly any ink and nothing read with confidence (specks on an empty page read as a stray word)."""
        return self.ink < BLANK_INK and not self.readable

    @property
    def readable(self) -> bool:
        return self.words > 0 and self.confidence >= MIN_CONFIDENCE


def needs_ocr(text: str) -> bool:
    """True for a page whose text layer is too thin to be its text (OCR it if it shows a scan)."""
    return sum(ch.isalpha() for ch in text) < MIN_LETTERS


def fill_scanned_pages(path: Path, pages: list[str]) -> tuple[list[str], list[str]]:
    """The PDF's page texts with OCR text on scanned pages that lacked a text layer, and flags saying what was
    read. A short page of real text (no scan on it) keeps its text layer.

    Raises ReadError (in Swedish) when Tesseract is missing or when no page has any text that could be read.
    """
    candidates = [index for index, text in enumerate(pages) if needs_ocr(text)]
    if not candidates:
        return pages, []
    pdfium = _pdfium()
    pdf = _open(pdfium, path)
    try:
        wanted = [index for index in candidates if _shows_scan(pdf[index], pages[index])]
        if not wanted:
            return pages, []
        ensure_tesseract(wanted)
        readings = read_pages(pdf, wanted)
    except pdfium.PdfiumError as exc:
        raise ReadError(f"PDF-filens sidor går inte att återge för OCR ({exc})") from exc
    finally:
        pdf.close()
    filled = list(pages)
    for reading in readings:
        filled[reading.number - 1] = reading.text if reading.readable else ""
    if not any(text.strip() for text in filled):
        raise ReadError(_nothing_read(readings))
    return filled, scan_flags(readings, len(pages))


PACKAGES_MISSING = "Python-paketen för OCR saknas; installera om programmet (pip install -e .)"


def _pdfium():
    try:
        import pypdfium2
    except ImportError as exc:
        raise ReadError(f"PDF-filen har sidor utan textlager, men {PACKAGES_MISSING}") from exc
    return pypdfium2


def _open(pdfium, path: Path):
    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        raise ReadError(f"PDF-filens sidor går inte att återge för OCR ({exc})") from exc


def _shows_scan(page, text: str) -> bool:
    """A page image at least an inch wide, or no text at all but something drawn (letters as outlines)."""
    try:
        return _scan_dpi(page) is not None or (not text.strip() and any(True for _ in page.get_objects()))
    finally:
        page.close()


def ensure_tesseract(wanted: list[int]) -> None:
    """A ReadError that says what to install when Tesseract or its Swedish model is missing."""
    scanned = f"PDF-filen är skannad ({page_list([i + 1 for i in wanted])} saknar textlager) och behöver OCR"
    try:
        import pytesseract

        languages = pytesseract.get_languages(config="")
    except ImportError as exc:
        raise ReadError(f"{scanned}, men {PACKAGES_MISSING}") from exc
    except (OSError, RuntimeError) as exc:  # TesseractNotFoundError is an OSError
        raise ReadError(f"{scanned}, men Tesseract är inte installerat; {INSTALL_HINT}") from exc
    if OCR_LANGUAGE not in languages:
        raise ReadError(f"{scanned}, men Tesseract saknar svenska ({OCR_LANGUAGE}); {INSTALL_HINT}")


def read_pages(pdf, indexes: list[int]) -> list[PageReading]:
    """OCR of the given pages (0-based) of an open pypdfium2 document, one Tesseract per core at a time.

    PDFium is not thread-safe, so rendering takes a lock; Tesseract, the slow part, runs outside it.
    """
    lock = threading.Lock()
    _one_thread_per_tesseract()
    with ThreadPoolExecutor(max_workers=max(1, min(len(indexes), cores()))) as pool:
        return list(pool.map(lambda index: _read_page(pdf, index, lock), indexes))


def _one_thread_per_tesseract() -> None:
    """Tesseract's own OpenMP threads, on top of one Tesseract per core, cost more than they give: 10 pages
    took 2–3 times as long on 2 cores (benchmarks/ocr_pages.py). pytesseract starts Tesseract with the
    environment in its module variable `environ`, so the limit is given to those processes only, never to
    this one (where it would also hold back torch, which reads it when it loads). A limit the user set wins."""
    import pytesseract.pytesseract as engine

    engine.environ = {"OMP_THREAD_LIMIT": "1", **os.environ}


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _read_page(pdf, index: int, lock: threading.Lock) -> PageReading:
    with lock:
        image, dpi = render_page(pdf[index])
    reading = ocr_image(image, dpi, number=index + 1)
    text, restored = restore_section_signs(reading.text)
    return PageReading(reading.number, text, reading.confidence, reading.words, reading.ink, restored)


# Tesseract's Swedish model has no "§" (it is not among the characters it can output), so "§ 12 Val av
# justerare" comes out as "$ 12 …", "& 12 …" or "8 12 …". Only these unambiguous places are restored: a line
# that opens with such a sign and a paragraph number (before a title, for "8"), and "$$"/"Paragrafer 88" for "§§".
# "§12" without a space, read as "812", cannot be told from an item number and is left as read.
_SECTION_LINE = re.compile(r"^(?:\$&?|&\$?)[ ]+(?=\d{1,3}(?:[ ]+[A-ZÅÄÖ]|[ ]*$))|^8[ ]+(?=\d{1,3}[ ]+[A-ZÅÄÖ])"
                           r"|^[$&](?=\d{1,3}\b)", re.MULTILINE)
_SECTION_PAIR = re.compile(r"\$\$(?=[ ]*\d)|(?<=Paragrafer )(?:88|&&)(?=[ ]+\d)", re.IGNORECASE)


def restore_section_signs(text: str) -> tuple[str, int]:
    """The text with "§" where the Swedish model cannot have read it, and how many were restored."""
    text, pairs = _SECTION_PAIR.subn("§§", text)
    text, singles = _SECTION_LINE.subn(lambda m: "§ " if m.group().endswith(" ") else "§", text)
    return text, pairs + singles


def render_page(page) -> tuple:
    """The page as a grayscale PIL image at its scan's resolution (within MIN_DPI–MAX_DPI), and that dpi.

    Rendering a scan finer than it was scanned blurs the letters' edges: a 200-dpi scan rendered at 300 dpi
    lost 4 % of its words to Tesseract in a test, so only finer scans are scaled down.
    """
    try:
        dpi = round(min(MAX_DPI, max(MIN_DPI, _scan_dpi(page) or MAX_DPI)))
        bitmap = page.render(scale=dpi / 72, grayscale=True)
        image = bitmap.to_pil().convert("L")  # a copy: the bitmap's buffer is freed with it
        bitmap.close()
        return (despeckle(image) if dpi >= DESPECKLE_FROM_DPI else image), dpi
    finally:
        page.close()


def despeckle(image):
    """The image without isolated specks (a 3×3 median filter); letters' strokes are wider and stay."""
    from PIL import ImageFilter

    return image.filter(ImageFilter.MedianFilter(3))


def _scan_dpi(page) -> float | None:
    """The resolution of the largest image on the page (a scan), or None for a page without images."""
    import pypdfium2.raw as pdfium_c

    best: tuple[float, float] | None = None  # (area in points², dpi)
    for image in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE]):
        left, bottom, right, top = image.get_bounds()
        width_px, _ = image.get_px_size()
        if right - left < 72:  # a logo or a stamp, not the page
            continue
        area = (right - left) * (top - bottom)
        if best is None or area > best[0]:
            best = (area, width_px / ((right - left) / 72))
    return best[1] if best else None


def ocr_image(image, dpi: int, *, number: int = 1) -> PageReading:
    """Tesseract's reading of one page image: lines as it found them, paragraphs apart, and the confidence."""
    import pytesseract

    try:
        data = pytesseract.image_to_data(image, lang=OCR_LANGUAGE, config=f"--dpi {dpi}",
                                         output_type=pytesseract.Output.DICT, timeout=PAGE_TIMEOUT_S)
    except RuntimeError:  # pytesseract's timeout, or Tesseract failed on this page: it counts as unreadable
        return PageReading(number, "", 0.0, 0, _ink(image))
    text, confidences = _lines(data)
    mean = sum(confidences) / len(confidences) if confidences else 0.0
    return PageReading(number, text, mean, len(confidences), _ink(image))


def _lines(data: dict) -> tuple[str, list[float]]:
    """Words joined into Tesseract's lines, a blank line between its paragraphs; the words' confidences."""
    lines: list[str] = []
    confidences: list[float] = []
    current: tuple | None = None
    for word, conf, block, paragraph, line in zip(data["text"], data["conf"], data["block_num"],
                                                  data["par_num"], data["line_num"]):
        if float(conf) < 0 or not word.strip():
            continue
        confidences.append(float(conf))
        if current is not None and (block, paragraph) != current[:2]:
            lines.append("")
        if (block, paragraph, line) != current:
            lines.append(word.strip())
            current = (block, paragraph, line)
        else:
            lines[-1] += " " + word.strip()
    return "\n".join(lines), confidences


def _ink(image) -> float:
    histogram = image.histogram()
    return sum(histogram[:128]) / max(1, image.width * image.height)


def scan_flags(readings: list[PageReading], page_count: int) -> list[str]:
    """What the meeting records: which pages were OCR'd and how well, which are blank, which were left out."""
    read = [r for r in readings if r.readable]
    blank = [r for r in readings if r.blank]
    lost = [r for r in readings if not r.readable and not r.blank]
    flags = []
    if read:
        mean = sum(r.confidence * r.words for r in read) / sum(r.words for r in read)
        each = ", ".join(f"s. {r.number}: {r.confidence:.0f} %" for r in read)
        flags.append(f"OCR: {page_list([r.number for r in read])} av {page_count} saknade textlager och lästes "
                     f"med Tesseract ({OCR_LANGUAGE}), medelkonfidens {mean:.0f} % ({each})")
        signs = sum(r.section_signs for r in read)
        if signs:
            flags.append(f"OCR: {signs} paragraftecken återställda (Tesseract läste § som $, & eller 8 i t.ex. "
                         "\"$ 12\"); övrig text är som OCR läste den")
    if blank:
        flags.append(f"OCR: {page_list([r.number for r in blank])} är tom (ingen text att läsa)")
    if lost:
        flags.append(f"VARNING: {_lost(lost)} gick inte att läsa med OCR och saknas i sökningen; se originalet "
                     "eller skanna om sidorna (300 dpi, rättvända)")
    return flags


def _lost(readings: list[PageReading]) -> str:
    """'s. 4 (konfidens 41 %, gränsen är 60 %), s. 6 (ingen text)'."""
    limit = f"gränsen är {MIN_CONFIDENCE:.0f} %"
    return ", ".join(f"s. {r.number} ({f'konfidens {r.confidence:.0f} %, {limit}' if r.words else 'ingen text'})"
                     for r in readings)


def _nothing_read(readings: list[PageReading]) -> str:
    lost = [r for r in readings if not r.blank]
    if not lost:
        return "PDF-filen innehåller ingen text (bara tomma sidor)"
    return (f"PDF-filen är skannad men ingen sida gick att läsa med OCR: {_lost(lost)}; skanna om den "
            "(300 dpi, rättvända sidor) eller läs in en textversion")


def page_list(numbers: list[int]) -> str:
    """[1, 2, 3, 5] → 's. 1–3, 5'."""
    runs: list[list[int]] = []
    for number in sorted(numbers):
        if runs and number == runs[-1][-1] + 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    return "s. " + ", ".join(f"{r[0]}–{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs)
