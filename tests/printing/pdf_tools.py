"""Reading generated PDFs back: rasterise pages and decode their QR codes, extract text."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pypdfium2 as pdfium
import zxingcpp

# Shaped glyph variants (private-use code points) and the marks they may stand for.
_LOOSE = re.compile("[\ue000-\uf8ff\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]")


def decoded_pages(path: Path, scale: float = 2.0) -> Iterator[set[str]]:
    """The texts of every QR code found on each page."""
    document = pdfium.PdfDocument(str(path))
    try:
        for page in document:
            image = page.render(scale=scale, grayscale=True).to_pil()
            yield {result.text for result in zxingcpp.read_barcodes(image)}
    finally:
        document.close()


def loose(text: str) -> str:
    """Text without Thai upper/lower vowels and tone marks, to compare with extracted text.

    reportlab gives shaped glyph variants (a raised tone mark, a trimmed ป) private-use
    code points, so text read back from the PDF has gaps exactly there.
    """
    return _LOOSE.sub("", text.replace("\u0e33", "\u0e32"))


def page_texts(path: Path) -> list[str]:
    """Text of each page, in the `loose` form."""
    document = pdfium.PdfDocument(str(path))
    try:
        return [loose(page.get_textpage().get_text_range()) for page in document]
    finally:
        document.close()


def exact(text: str) -> str:
    """NFC text with every run of white space (a line break too) as one space."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def pdfium_texts(path: Path) -> list[str]:
    """Each page's text as pdfium extracts it, in the `exact` form."""
    document = pdfium.PdfDocument(str(path))
    try:
        return [exact(page.get_textpage().get_text_range()) for page in document]
    finally:
        document.close()


def pdftotext_texts(path: Path) -> list[str] | None:
    """Each page's text as poppler's pdftotext extracts it, or None where it is not installed."""
    if shutil.which("pdftotext") is None:
        return None
    output = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    ).stdout.decode("utf-8")
    return [exact(page) for page in output.split("\f")[:-1]]


def readers(path: Path) -> dict[str, list[str]]:
    """The pages' texts by every extractor available here (pdfium always)."""
    found = {"pdfium": pdfium_texts(path)}
    poppler = pdftotext_texts(path)
    if poppler is not None:
        found["pdftotext"] = poppler
    return found


def pdf_fonts(path: Path) -> list[tuple[str, bool]]:
    """(font name, embedded) of every font `pdffonts` lists."""
    lines = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, check=True, text=True
    ).stdout.splitlines()[2:]
    return [(line.split()[0], line.split()[-5] == "yes") for line in lines]
