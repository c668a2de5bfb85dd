"""Invisible characters that do not belong in a name: bidi controls and zero-width marks.

A right-to-left override (U+202E) makes a name read backwards in an export; a zero-width
space makes two spellings of one name look the same yet differ. Thai needs none of them:
its vowels and tone marks are ordinary combining letters and stay.
"""

from __future__ import annotations

import re

INVISIBLE = (
    "\u200b\u200c\u200d\u2060\ufeff"  # zero-width space, non-joiner, joiner, word joiner, BOM
    "\u200e\u200f"  # left-to-right and right-to-left marks
    "\u202a\u202b\u202c\u202d\u202e"  # embeddings, pop, overrides
    "\u2066\u2067\u2068\u2069"  # isolates
)
_DROP = str.maketrans("", "", INVISIBLE)
_ANY = re.compile(f"[{INVISIBLE}]")


def strip_invisible(text: str) -> str:
    return text.translate(_DROP)


def has_invisible(text: str) -> bool:
    return _ANY.search(text) is not None
