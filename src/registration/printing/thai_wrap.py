"""Thai line breaking by measured width, and shrink-to-fit.

reportlab breaks Thai inside words; pythainlp's newmm tokeniser finds the word
boundaries and a greedy fill measured with the real font keeps each line within
its width. A word wider than a whole line is split between grapheme clusters,
so a tone mark or upper vowel always stays with its consonant.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pythainlp.tokenize import word_tokenize

from registration.printing.fonts import width

ELLIPSIS = "…"
# Above/below vowels, tone marks and other marks that belong to the character before them.
_COMBINING = re.compile("[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]")


@lru_cache(maxsize=4096)
def words(text: str) -> tuple[str, ...]:
    """Word pieces of `text` (spaces kept as their own pieces)."""
    return tuple(word_tokenize(text, engine="newmm", keep_whitespace=True))


@lru_cache(maxsize=4096)
def _unit_widths(text: str, font: str, name: bool) -> tuple[tuple[str, float], ...]:
    """Pieces with their width at 1 pt: widths add up and scale with the size.

    A personal name is broken at its spaces only (ภูมิ|พงศ์ are dictionary words, but
    one name); other text at every word.
    """
    pieces = [p for p in re.split("( )", text) if p] if name else words(text)
    return tuple((piece, width(piece, font, 1.0)) for piece in pieces)


def clusters(word: str) -> list[str]:
    """Grapheme clusters: a base character with the marks written above or below it."""
    result: list[str] = []
    for char in word:
        if result and _COMBINING.match(char):
            result[-1] += char
        else:
            result.append(char)
    return result


def _split_long_word(word: str, font: str, size: float, max_width: float) -> list[str]:
    pieces = [""]
    for cluster in clusters(word):
        if pieces[-1] and width(pieces[-1] + cluster, font, size) > max_width:
            pieces.append(cluster)
        else:
            pieces[-1] += cluster
    return pieces


def wrap(text: str, font: str, size: float, max_width: float, name: bool = False) -> list[str]:
    """Lines of `text`, each at most `max_width` points wide, broken between words.

    With `name`, only between the parts of a personal name, unless a part alone is
    wider than the line.
    """
    if width(text, font, size) <= max_width:
        return [text] if text else []
    room = max_width / size  # in widths at 1 pt
    lines: list[str] = []
    line, used = "", 0.0
    for piece, unit in _unit_widths(text, font, name):
        if used + unit <= room:
            line, used = line + piece, used + unit
            continue
        if line.strip():
            lines.append(line.strip())
        line, used = ("", 0.0) if piece.isspace() else (piece, unit)
        if used > room:
            splitter = wrap if name else _split_long_word
            *whole, line = splitter(line, font, size, max_width)
            lines.extend(whole)
            used = width(line, font, 1.0)
    if line.strip():
        lines.append(line.strip())
    return lines


@dataclass(frozen=True)
class FittedText:
    """Text set in a box: the size chosen, its lines, and whether it had to be cut short."""

    size: float
    lines: tuple[str, ...]
    truncated: bool = False


@lru_cache(maxsize=4096)  # the same organisation or province fits the same way every time
def fit(
    text: str,
    font: str,
    box_width: float,
    box_height: float,
    max_size: float,
    min_size: float,
    leading: float = 1.2,
    one_line_min: float | None = None,
    name: bool = False,
) -> FittedText:
    """Largest size that fits: one line first (shrinking to `one_line_min`, by default
    `min_size`), then wrapped lines from `max_size` down to `min_size`.

    Text that does not fit even wrapped at `min_size` is cut at a line end with "…".
    """
    # Widths scale with the size: the largest one-line size is a division away.
    one_line = min(max_size, box_height / leading, box_width / max(width(text, font, 1.0), 1e-9))
    one_line = int(one_line * 2) / 2  # half points, as the wrapped sizes
    if one_line >= (min_size if one_line_min is None else one_line_min):
        return FittedText(one_line, (text,))
    size = max_size
    while size >= min_size:
        lines = wrap(text, font, size, box_width, name)
        if len(lines) * size * leading <= box_height + 0.01:
            return FittedText(size, tuple(lines))
        size -= 0.5
    return _cut_short(text, font, (box_width, box_height), min_size, leading, name)


def _cut_short(
    text: str, font: str, box: tuple[float, float], size: float, leading: float, name: bool
) -> FittedText:
    box_width, box_height = box
    room = max(1, int((box_height + 0.01) // (size * leading)))
    lines = wrap(text, font, size, box_width, name)[:room]
    last = lines[-1] if lines else ""
    while last and width(last + ELLIPSIS, font, size) > box_width:
        last = "".join(clusters(last)[:-1])
    lines[-1:] = [last.rstrip() + ELLIPSIS]
    return FittedText(size, tuple(lines), truncated=True)
