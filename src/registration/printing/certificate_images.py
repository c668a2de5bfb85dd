"""Logo and signature images an organiser supplies: PNG or JPEG, checked before any page
is drawn, with a clear reason when one cannot be used."""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib.utils import ImageReader

from registration.domain.errors import UserError

MAX_IMAGE_BYTES = 5 * 1024 * 1024
MAX_IMAGE_PIXELS = 40_000_000  # a 300 dpi A4 scan is 8.7 million
SIGNATURES = {b"\x89PNG\r\n\x1a\n": "PNG", b"\xff\xd8\xff": "JPEG"}


def checked_image(path: Path) -> ImageReader:
    """The image, read into memory; UserError image_missing / image_too_large /
    image_wrong_type / image_unreadable otherwise."""
    if not path.is_file():
        raise UserError("image_missing", f"The image {path} does not exist.", path=str(path))
    size = path.stat().st_size
    if size > MAX_IMAGE_BYTES:
        raise UserError(
            "image_too_large",
            f"The image {path.name} is {size / 1048576:.1f} MB; at most "
            f"{MAX_IMAGE_BYTES // 1048576} MB can be used.",
            path=str(path),
        )
    data = path.read_bytes()
    if not any(data.startswith(magic) for magic in SIGNATURES):
        raise UserError(
            "image_wrong_type",
            f"The image {path.name} is not a PNG or JPEG file.",
            path=str(path),
        )
    try:
        reader = ImageReader(io.BytesIO(data))
        width, height = reader.getSize()
    except Exception as error:  # PIL raises many kinds for a damaged file
        raise UserError(
            "image_unreadable", f"The image {path.name} cannot be read: {error}", path=str(path)
        ) from error
    if width * height > MAX_IMAGE_PIXELS:
        raise UserError(
            "image_too_large",
            f"The image {path.name} is {width} × {height} pixels; use a smaller one.",
            path=str(path),
        )
    return reader
