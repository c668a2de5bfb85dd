"""Keyboard-wedge scanners: how fast they type, and what they type around the code."""

from __future__ import annotations

import re

from registration.domain.badge_code import CodeProblem, parse_badge_code

# A scanner types a key every 5-30 ms; a person, even a fast one, rarely twice in a row
# that fast and never a whole code followed by Enter.
SCAN_GAP_SECONDS = 0.030
MIN_SCAN_LENGTH = 4

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


def is_scanned_code(burst: str) -> bool:
    """A burst of keys that ended in Enter or Tab is a scan when it reads as a badge code
    (a wrong check character included: the desk says "mistyped"). Anything else a fast
    burst produced is left to the widget it was typed into."""
    text = clean_scanned_text(burst)
    if len(text) < MIN_SCAN_LENGTH:
        return False
    return parse_badge_code(text).problem is not CodeProblem.NOT_A_CODE
