"""Fitting a participant's name into the badge's name box without losing the surname.

In order, until it fits: the name as registered, shrunk then wrapped to two lines; the rank or
title in its short form; the first name cut short ("สมศรีสุ… ณ อยุธยา"). The surname
is cut only when even one letter of the first name leaves no room for it.
"""

from __future__ import annotations

from dataclasses import dataclass

from registration.domain.names import display_name
from registration.printing.text_box import LEADING
from registration.printing.thai_wrap import ELLIPSIS, FittedText, clusters, fit
from registration.printing.titles import short_prefix

MAX_LINES = 2  # a third line of a name reads as a list of words, not a name


@dataclass(frozen=True)
class NameBox:
    width: float
    height: float
    max_size: float
    min_size: float
    comfortable: float  # below this size a shorter title is worth it


@dataclass(frozen=True)
class FittedName:
    fitted: FittedText
    notes: tuple[str, ...]  # what had to give: "warning_code: detail"


def fit_name(prefix: str, first: str, last: str, font: str, box: NameBox) -> FittedName:
    def attempt(text: str) -> FittedText:
        return fit(
            text,
            font,
            box.width,
            box.height,
            box.max_size,
            box.min_size,
            LEADING,
            None,
            True,
            MAX_LINES,
        )

    full = attempt(display_name(prefix, first, last))
    if not full.truncated and len(full.lines) == 1 and full.size >= box.comfortable:
        return FittedName(full, ())
    short = short_prefix(prefix)
    if short != prefix:  # space is short: the usual short form, if it reads larger
        shorter = attempt(display_name(short, first, last))
        better = (len(shorter.lines), -shorter.size) < (len(full.lines), -full.size)
        if not shorter.truncated and (full.truncated or better):
            return FittedName(shorter, ())  # nothing lost: no warning
    if not full.truncated:
        return FittedName(full, ())
    letters = clusters(first)
    low, high = 0, len(letters) - 1  # letters kept: the most that still fit, by halving
    while low < high:
        middle = (low + high + 1) // 2
        if attempt(_cut_first(short, letters[:middle], last)).truncated:
            high = middle - 1
        else:
            low = middle
    if low:
        kept = "".join(letters[:low])  # the warning counts characters, never names them
        cut = attempt(_cut_first(short, letters[:low], last))
        note = f"first_name_cut: first name cut to {len(kept)} of {len(first)} characters"
        return FittedName(cut, (note,))
    whole = attempt(display_name(short, first, last))
    return FittedName(whole, ("name_cut: no room for the surname, cut short with " + ELLIPSIS,))


def _cut_first(prefix: str, letters: list[str], last: str) -> str:
    return display_name(prefix, "".join(letters) + ELLIPSIS, last)
