"""Reading generated PDFs back: rasterise pages and decode their QR codes, extract text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pypdfium2 as pdfium
import zxingcpp

_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")


def decoded_pages(path: Path, scale: float = 2.0) -> Iterator[set[str]]:
    """The texts of every QR code found on each page."""
    document = pdfium.PdfDocument(str(path))
    try:
        for page in document:
            image = page.render(scale=scale, grayscale=True).to_pil()
            yield {result.text for result in zxingcpp.read_barcodes(image)}
    finally:
        document.close()


def page_texts(path: Path) -> list[str]:
    """Text of each page; shaped glyph variants (private-use code points) left out."""
    document = pdfium.PdfDocument(str(path))
    try:
        return [_PRIVATE_USE.sub("", page.get_textpage().get_text_range()) for page in document]
    finally:
        document.close()
