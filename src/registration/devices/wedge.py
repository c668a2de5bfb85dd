"""Keyboard-wedge scanners: what they type around the code, removed before it is parsed."""

from __future__ import annotations

import re

# Scanners can be set to send a symbology identifier first: "]Q1" is a QR code.
_AIM_PREFIX = re.compile(r"^\][A-Za-z][0-9]")
# ...and controls: CR, LF, GS, STX, and the invisible direction marks (U+200F…) some
# scanners and copied texts put before the code.
_CONTROL = re.compile("[\x00-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def clean_scanned_text(text: str) -> str:
    """The code as scanned: no control characters (CR, LF, GS), no AIM identifier, no spaces
    around it. A typed name passes through unchanged apart from the outer spaces."""
    text = _CONTROL.sub("", text).strip()
    return _AIM_PREFIX.sub("", text, count=1)
