"""Thai text rules: search normalisation, dictionary-order sort keys, name parts.

Uses pythainlp (pure Python; it would make a data folder at import, which the program's
start turns off) for normalisation: it is the well-kept answer to tone-mark order and
zero-width characters.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from pythainlp.util import normalize as thai_normalize
from pythainlp.util import reorder_vowels

_TONE_MARKS = re.compile("[\u0e47-\u0e4c]")
_LEADING_VOWEL_FIRST = re.compile("([\u0e40-\u0e44])([\u0e01-\u0e2e])")
_INVISIBLE = re.compile("[\u200b-\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"\s+")
# Doubled vowels or tone marks: the typos only pythainlp's full normalize repairs.
# What pythainlp's reorder_vowels rewrites: a tone mark or thanthakhat before an
# upper/lower vowel, เเ for แ, nikhahit (ํา for ำ), a tone after a following
# vowel, lakkhangyao for sara aa.
_OUT_OF_ORDER = re.compile(
    "[\u0e48-\u0e4c][\u0e31\u0e34-\u0e3a\u0e47\u0e4d]|\u0e40\u0e40|\u0e4d"
    "|[\u0e30\u0e32\u0e33\u0e45][\u0e48-\u0e4b]|\u0e45"
)
_REPEATED_MARKS = re.compile("([\u0e30-\u0e3a\u0e40-\u0e4e])\\1|[\u0e48-\u0e4b]{2}")
_EITHER_REPAIR = re.compile(f"(?:{_OUT_OF_ORDER.pattern})|(?:{_REPEATED_MARKS.pattern})")


def _is_tidy(text: str) -> bool:
    """Nothing for clean_text to change. isprintable() is False for every invisible
    character and every space but the plain one, so only runs and ends remain to check."""
    return (
        text.isprintable()
        and "  " not in text
        and not text.startswith(" ")
        and not text.endswith(" ")
        and unicodedata.is_normalized("NFC", text)
    )


def clean_text(text: str) -> str:
    """Text as it should be stored: NFC, no invisible characters, single spaces."""
    if not text or _is_tidy(text):
        return text  # most cells of an import: a few checks instead of two rewrites
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text)
    return _SPACES.sub(" ", text).strip()


@lru_cache(maxsize=1 << 14)  # an import's organisations, nicknames, provinces repeat
def search_form(text: str) -> str:
    """The form both the stored text and a query take before matching.

    Ignores case, all spacing, zero-width characters and the order in which a
    tone mark and a vowel were typed (pythainlp.util.normalize reorders them).
    """
    if not text:
        return ""
    if " " in text or not _is_tidy(text):
        text = _SPACES.sub("", _INVISIBLE.sub("", unicodedata.normalize("NFC", text)))
    # The full normalize costs ~90 us, reorder_vowels ~10 us; most text needs neither,
    # which one search of both patterns tells (none at all for Latin text and digits).
    if not text.isascii() and _EITHER_REPAIR.search(text):
        if _REPEATED_MARKS.search(text):
            text = thai_normalize(text)
        elif _OUT_OF_ORDER.search(text):
            text = reorder_vowels(text)
    return text.casefold()


def thai_sort_key(text: str) -> str:
    """A key whose plain string order is Thai dictionary order.

    Same rule as pythainlp.util.collate (tone marks compared last, a leading
    vowel เ แ โ ใ ไ sorted after the consonant it is written before), exposed as
    a key so it can also be stored in the database and used by table models.
    """
    text = clean_text(text).casefold()
    without_tones = _TONE_MARKS.sub("", text)
    swapped = _LEADING_VOWEL_FIRST.sub(r"\2\1", without_tones)
    tones = "".join(_TONE_MARKS.findall(text))
    return swapped + tones


def name_sort_key(first_name: str, last_name: str) -> str:
    """Thai lists are ordered by first name, then last name."""
    return thai_sort_key(first_name) + "\x01" + thai_sort_key(last_name)
