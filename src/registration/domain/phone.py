"""Thai phone numbers as people write them: 081-234-5678, 02 123 4567, +66 81 234 5678."""

from __future__ import annotations

import re

_NOT_DIGIT = re.compile(r"[\s\-().]")


def normalise_phone(text: str) -> str | None:
    """Digits only in the national form (0812345678), or None when it is no phone number.

    Mobile numbers have 10 digits, landlines 9; both start with 0 (+66 is turned
    into 0). Thai digits ๐-๙ are accepted.
    """
    cleaned = _NOT_DIGIT.sub("", text.strip()).translate(_THAI_DIGITS)
    if cleaned.startswith("+66"):
        cleaned = "0" + cleaned[3:]
    elif cleaned.startswith("66") and len(cleaned) in (10, 11):
        cleaned = "0" + cleaned[2:]
    if not cleaned.isdigit() or not cleaned.startswith("0") or len(cleaned) not in (9, 10):
        return None
    return cleaned


def format_phone(digits: str) -> str:
    if len(digits) == 10:
        return f"{digits[:3]}-{digits[3:6]}-{digits[6:]}"
    if len(digits) == 9 and digits.startswith("02"):
        return f"{digits[:2]}-{digits[2:5]}-{digits[5:]}"
    if len(digits) == 9:
        return f"{digits[:3]}-{digits[3:6]}-{digits[6:]}"
    return digits


_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
