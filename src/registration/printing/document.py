"""A new PDF canvas with what every document carries: its title in the document's
language with the event name, the program as creator, the language tag, and the
embedded Thai font from the first operator on (reportlab otherwise opens every page
with a non-embedded Helvetica)."""

from __future__ import annotations

from functools import cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from registration.printing.fonts import REGULAR, register_fonts


@cache
def creator() -> str:
    """ "registration X.Y" from the installed package's metadata."""
    try:
        number = version("registration")
    except PackageNotFoundError:  # run from a source tree without installing
        return "registration"
    return "registration " + ".".join(number.split(".")[:2])


def new_canvas(
    path: Path,
    page_size: tuple[float, float],
    title: str,
    event_name: str,
    language: str = "th",
    author: str = "",
) -> Canvas:
    """A canvas writing to `path`; `title` names the document ("ป้ายชื่อ", "ใบลงทะเบียน …").

    `author` is the desk that printed it, when known; reportlab would say "anonymous".
    """
    register_fonts()
    canvas = Canvas(
        str(path),
        pagesize=page_size,
        pageCompression=1,
        initialFontName=REGULAR,
        lang=language,
    )
    canvas.setTitle(f"{title} – {event_name}" if event_name else title)
    canvas.setSubject(event_name)
    canvas.setAuthor(author or creator())
    canvas.setCreator(creator())
    return canvas
