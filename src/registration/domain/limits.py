"""How long each text may be, one rule for SQLite and PostgreSQL.

SQLite stores any length; PostgreSQL refuses a value longer than its column with a
DataError that loses the whole transaction. So every text is measured here, at the
door, before it reaches either: a person's typing that is too long is refused with a
message (`too_long`); text the program records on its own (what a scanner sent, the
desk's name on a check-in, a derived sort key) is cut to fit.
The column sizes in storage/models.py are these numbers.
"""

from __future__ import annotations

DESK_NAME = 60
SCAN_TEXT = 500  # the raw scan as stored in the failed-scan log, after escaping
ANNUL_REASON = 500
SORT_KEY = 400

PARTICIPANT_FIELDS = {
    "prefix": 60,
    "first_name": 200,
    "last_name": 200,
    "nickname": 100,
    "organisation": 300,
    "position": 300,
    "email": 200,
    "note": 2000,
}


def cut(text: str, limit: int) -> str:
    """`text` shortened to `limit` characters (trailing spaces of the cut dropped)."""
    return text if len(text) <= limit else text[:limit].rstrip()


def desk_name(name: str) -> str:
    """A desk's name as every row it writes records it (control characters escaped)."""
    return cut(escape_controls(name.strip()), DESK_NAME)


def escape_controls(raw: str) -> str:
    """Control characters (a scanner's NUL, CR, GS…) as visible `\\xNN` escapes.

    Storable anywhere (PostgreSQL refuses NUL in text) and readable in the log.
    """
    if raw.isprintable():
        return raw
    return "".join(ch if ch.isprintable() else f"\\x{ord(ch):02x}" for ch in raw)


def without_controls(text: str) -> str:
    """Typed text without control characters (PostgreSQL refuses NUL; none is meant)."""
    if text.isprintable():
        return text
    return "".join(ch for ch in text if ch.isprintable() or ch.isspace())


def scan_text(raw: str) -> str:
    """What a desk records of a scan: escaped first, then cut, so it always fits."""
    return cut(escape_controls(raw[: SCAN_TEXT * 4]), SCAN_TEXT)
