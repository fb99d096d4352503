"""OCR speed: scanned pages read per minute by ingest (render + Tesseract + parse), on this machine.

    python -m benchmarks.ocr_pages [--files 8] [--dpi 200] [--json]

Makes an image-only PDF of the repo's example minutes (FILES of them in turn, each from a new page: 8 make
13 A4 pages), drawn at DPI with Pillow, the pages turned 0°, 1.5° and -1° in turn and speckled like a scan,
then times `parse_file` on it: every page is rendered by pypdfium2 and read by Tesseract, as many at a time
as there are cores.
Prints pages per minute, seconds per page, the cores used and the mean OCR confidence.

`scanned_pdf` is also what tests/ingest/test_ocr_pdf.py uses to make its scanned minutes.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "minutes"
FONTS = [Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),  # Debian's fonts-dejavu-core
         Path("/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf")]
A4_INCHES = (8.27, 11.69)
FONT_POINTS = 11


def font_path() -> Path | None:
    """A TrueType font with å, ä, ö and §, or None when none is installed."""
    return next((font for font in FONTS if font.is_file()), None)


def page_images(text: str, *, dpi: int = 200, tilts: tuple[float, ...] = (0.0, 1.5, -1.0), noise: float = 0.001,
                seed: int = 1) -> list:
    """The text typeset on A4 pages (Pillow, one grayscale image a page; "\\f" starts a new page), each page
    turned by the next of `tilts` degrees and sprinkled with `noise` (share of pixels) of specks."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    font = ImageFont.truetype(str(font_path()), round(FONT_POINTS / 72 * dpi))
    width, height = (round(side * dpi) for side in A4_INCHES)
    margin, step = dpi, round(font.size * 1.5)
    rng = random.Random(seed)
    images = []
    for number, lines in enumerate(_pages(text, (height - 2 * margin) // step)):
        image = Image.new("L", (width, height), 255)
        draw = ImageDraw.Draw(image)
        for row, line in enumerate(lines):
            draw.text((margin, margin + row * step), line, font=font, fill=20)
        image = image.rotate(tilts[number % len(tilts)], resample=Image.Resampling.BICUBIC, fillcolor=255)
        image = image.filter(ImageFilter.GaussianBlur(0.4))  # a scanner's soft edges
        images.append(_speckle(image, noise, rng))
    return images


def _pages(text: str, rows: int) -> list[list[str]]:
    pages: list[list[str]] = []
    for part in text.split("\f"):
        lines = [wrapped for line in part.strip("\n").splitlines() for wrapped in (textwrap.wrap(line, 85) or [""])]
        pages.extend(lines[start:start + rows] for start in range(0, max(1, len(lines)), rows))
    return pages


def _speckle(image, share: float, rng: random.Random):
    pixels = image.load()
    for _ in range(int(image.width * image.height * share)):
        pixels[rng.randrange(image.width), rng.randrange(image.height)] = rng.choice((0, 90, 255))
    return image


def scanned_pdf(text: str, path: Path, *, dpi: int = 200, **options) -> Path:
    """An image-only PDF of the text, as a scanner would make it (see `page_images`)."""
    images = page_images(text, dpi=dpi, **options)
    images[0].save(path, "PDF", save_all=True, append_images=images[1:], resolution=dpi)
    return path


def example_text(files: int) -> str:
    """The example minutes (Markdown marks left out, as on paper), `files` of them in turn, each on a new page."""
    texts = [re.sub(r"[*#]", "", p.read_text(encoding="utf-8")) for p in sorted(EXAMPLES.iterdir())]
    return "\f".join(texts[i % len(texts)] for i in range(files))


def measure(files: int, dpi: int) -> dict:
    from pypdf import PdfReader

    from ingest import parse_file
    from ingest.scan import cores

    with tempfile.TemporaryDirectory() as folder:
        pdf = scanned_pdf(example_text(files), Path(folder) / "skannat.pdf", dpi=dpi)
        count = len(PdfReader(pdf).pages)
        started = time.perf_counter()
        result = parse_file(pdf)
        seconds = time.perf_counter() - started
    if result.error:
        raise SystemExit(f"FEL: {result.error}")
    confidence = re.search(r"medelkonfidens (\d+) %", " ".join(result.meetings[0].flags))
    return {"pages": count, "dpi": dpi, "seconds": round(seconds, 2),
            "pages_per_minute": round(count / seconds * 60, 1),
            "seconds_per_page": round(seconds / count, 2), "cores": cores(),
            "mean_confidence": int(confidence.group(1)) if confidence else None}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=8, help="how many example files to draw (8: 13 pages)")
    parser.add_argument("--dpi", type=int, default=200)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if font_path() is None:
        raise SystemExit("Inget typsnitt med å/ä/ö hittades; installera fonts-dejavu-core")
    figures = measure(args.files, args.dpi)
    if args.json:
        print(json.dumps(figures))
        return
    print(f"{figures['pages']} skannade sidor ({figures['dpi']} dpi) på {figures['seconds']} s: "
          f"{figures['pages_per_minute']} sidor/minut ({figures['seconds_per_page']} s/sida, "
          f"{figures['cores']} kärnor, medelkonfidens {figures['mean_confidence']} %)")


if __name__ == "__main__":
    main()
