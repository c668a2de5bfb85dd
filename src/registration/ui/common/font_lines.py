"""Room above a line for Thai tone marks stacked on an upper vowel (ที่, นี้, เกี่ยว).

Sarabun's line metrics used on Linux and macOS (hhea and typo ascender, 1,068 of 1,000
units) end below such a mark, which reaches about 1,250: in list rows, table cells and
tight labels the mark was cut off and ที่อยู่อาศัย read ทีอยู่อาศัย. Its Windows metrics
(usWinAscent, 1,286) already hold it; the window's copy of the font uses that value
everywhere. The file on disk, which the PDFs use, is not changed.
"""

from __future__ import annotations

import struct

_TABLE_RECORD = struct.Struct(">4sIII")  # tag, checksum, offset, length


def _tables(font: bytes) -> dict[bytes, int]:
    (count,) = struct.unpack_from(">H", font, 4)
    records = (_TABLE_RECORD.unpack_from(font, 12 + 16 * n) for n in range(count))
    return {tag: offset for tag, _checksum, offset, _length in records}


def with_room_for_stacked_marks(font: bytes) -> bytes:
    """The font with its hhea and typo ascender raised to its usWinAscent."""
    tables = _tables(font)
    hhea, os2 = tables[b"hhea"], tables[b"OS/2"]
    (win_ascent,) = struct.unpack_from(">H", font, os2 + 74)
    patched = bytearray(font)
    for where in (hhea + 4, os2 + 68):  # hhea.ascender, OS/2.sTypoAscender
        (ascent,) = struct.unpack_from(">h", font, where)
        struct.pack_into(">h", patched, where, max(ascent, win_ascent))
    return bytes(patched)
