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
from itertools import pairwise

from pythainlp.tokenize import word_tokenize

from registration.printing.fonts import ink, width

ELLIPSIS = "…"
CLEARANCE = 0.08  # em of white between the lowest mark of a line and the highest of the next
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


def pitches(lines: tuple[str, ...], font: str, leading: float) -> tuple[float, ...]:
    """Baseline-to-baseline distances (at 1 pt) between consecutive lines.

    `leading` as a rule; more where the marks above the next line would come within
    CLEARANCE of the tails and lower vowels of the line before it.
    """
    return tuple(
        max(leading, ink(above, font)[1] + ink(below, font)[0] + CLEARANCE)
        for above, below in pairwise(lines)
    )


def block_height(lines: tuple[str, ...], font: str, leading: float) -> float:
    """Height of the lines at 1 pt: the first line's `leading`, then every pitch."""
    return (leading + sum(pitches(lines, font, leading))) if lines else 0.0


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
    max_lines: int = 0,
) -> FittedText:
    """Largest size that fits: one line first (shrinking to `one_line_min`, by default
    `min_size`), then wrapped lines (at most `max_lines`, if given) from `max_size`
    down to `min_size`.

    Text that does not fit even wrapped at `min_size` is cut at a line end with "…".
    """
    # Widths scale with the size: the largest one-line size is a division away.
    one_line = min(max_size, box_height / leading, box_width / max(width(text, font, 1.0), 1e-9))
    one_line = int(one_line * 2) / 2  # half points, as the wrapped sizes
    if one_line >= (min_size if one_line_min is None else one_line_min):
        return FittedText(one_line, (text,))
    size = max_size
    while size >= min_size:
        lines = tuple(wrap(text, font, size, box_width, name))
        fits = block_height(lines, font, leading) * size <= box_height + 0.01
        if fits and (not max_lines or len(lines) <= max_lines):
            return FittedText(size, lines)
        size -= 0.5
    return _cut_short(text, font, (box_width, box_height), min_size, leading, name, max_lines)


def _cut_short(
    text: str,
    font: str,
    box: tuple[float, float],
    size: float,
    leading: float,
    name: bool,
    max_lines: int,
) -> FittedText:
    box_width, box_height = box
    lines = wrap(text, font, size, box_width, name)
    del lines[max_lines or len(lines) :]
    while len(lines) > 1 and block_height(tuple(lines), font, leading) * size > box_height + 0.01:
        lines.pop()
    last = _shorten(lines[-1] if lines else "", font, size, box_width - width(ELLIPSIS, font, size))
    lines[-1:] = [last.rstrip() + ELLIPSIS]
    return FittedText(size, tuple(lines), truncated=True)


def _shorten(line: str, font: str, size: float, room: float) -> str:
    """`line` cut at its last word boundary within `room` points; between letters only
    when its first word alone is wider."""
    pieces = list(words(line))
    while len(pieces) > 1 and width("".join(pieces).rstrip(), font, size) > room:
        pieces.pop()
    line = "".join(pieces).rstrip()
    while line and width(line, font, size) > room:
        line = "".join(clusters(line)[:-1])
    return line
