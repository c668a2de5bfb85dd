"""Checking an XLSX or ODS zip before a reader unpacks it: sizes, CRCs, rows and columns.

Every part is decompressed once here as a stream, counting bytes against the declared
size (a part that unpacks to more than it declares is refused, so the reader that follows
cannot be surprised) and against one budget for the whole file. The sheets are scanned
for the size of the rectangle a reader would allocate, the shared strings for the text
that the cells repeat. Nothing is kept but a few numbers.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from registration.services.importing.limits import (
    MAX_CELLS,
    MAX_SHARED_TEXT,
    MAX_UNPACKED_BYTES,
    MAX_ZIP_PARTS,
    check_columns,
    check_rows,
    damaged,
    too_big,
)

CHUNK = 1 << 20
_FAR_CELL = re.compile(rb'<c\b[^>]*?\sr="(?:([A-Z]{2,3})(\d{1,7})|([A-Z])(\d{5,7}))"')
_ROW_NUMBER = re.compile(rb'<row\b[^>]*?\sr="(\d{1,7})"')
SHARED_ESTIMATE = 8 * 2**20  # text a chunk may repeat before its shared strings are summed
_SHARED_CELL = re.compile(rb'<c\b[^>]*?\st="s"[^>]*>\s*<v>(\d{1,9})</v>')
_ODS_ROW_REPEAT = re.compile(rb'table:number-rows-repeated="(\d+)"')
_ODS_CELL = re.compile(rb"<table:(?:covered-)?table-cell\b([^>]*?)(/?)>")
_ODS_COLUMN_REPEAT = re.compile(rb'table:number-columns-repeated="(\d+)"')


def column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


class _Rows:
    """Feeds complete rows (up to a closing tag) to `scan_rows`, carrying the rest over."""

    def __init__(self, closing: bytes, scan_rows: Callable[[bytes], None]) -> None:
        self.closing = closing
        self.scan_rows = scan_rows
        self.rest = b""

    def feed(self, chunk: bytes) -> None:
        buffer = self.rest + chunk
        cut = buffer.rfind(self.closing)
        if cut < 0:
            self.rest = buffer
            if len(buffer) > 16 * CHUNK:  # one row of 16 MB: no table of people
                self.scan_rows(buffer)
                self.rest = b""
            return
        cut += len(self.closing)
        self.scan_rows(buffer[:cut])
        self.rest = buffer[cut:]

    def close(self) -> None:
        self.scan_rows(self.rest)
        self.rest = b""


class _XlsxSheet:
    """Rows and columns a sheet spans, and the shared-string text its cells repeat.

    Cheap for the usual sheet: only cell positions beyond column Z or row 9,999 are
    parsed (below both, the rectangle stays under MAX_CELLS whatever else the row holds),
    and shared strings are summed one by one only when a chunk could repeat a lot of text.
    """

    def __init__(self, name: str, shared_lengths: list[int]) -> None:
        self.name = name
        self.rows = 0  # <row> elements seen (a row without r= follows the one before)
        self.last_row = 0
        self.last_column = 0
        self.shared_lengths = shared_lengths
        self.longest_shared = max(shared_lengths, default=0)
        self.shared_text = 0
        self.stream = _Rows(b"</row>", self._scan)

    def _scan(self, rows: bytes) -> None:
        self.rows += rows.count(b"<row")
        numbers = _ROW_NUMBER.findall(rows)
        if numbers:
            self.last_row = max(self.last_row, max(map(int, numbers)))
        for letters, number, letter, far_number in _FAR_CELL.findall(rows):
            self.last_row = max(self.last_row, int(number or far_number))
            self.last_column = max(self.last_column, column_number(letters or letter))
        for row in rows.split(b"</row>"):  # a cell without r= follows the one before
            self.last_column = max(self.last_column, row.count(b"<c"))
        self._count_shared_text(rows)
        self._check()

    def _count_shared_text(self, rows: bytes) -> None:
        estimate = rows.count(b't="s"') * self.longest_shared
        if estimate > SHARED_ESTIMATE:
            lengths = self.shared_lengths
            indexes = Counter(int(i) for i in _SHARED_CELL.findall(rows))
            estimate = sum(lengths[i] * n for i, n in indexes.items() if i < len(lengths))
        self.shared_text += estimate
        if self.shared_text > MAX_SHARED_TEXT:
            raise too_big(
                "too_much_text",
                self.name,
                f"its cells repeat more than {_mb(MAX_SHARED_TEXT)} of text",
            )

    def _check(self) -> None:
        height = max(self.rows, self.last_row)
        check_rows(height - 1, self.name)
        check_columns(self.last_column, self.name)
        if height * self.last_column > MAX_CELLS:
            raise too_big("too_many_cells", self.name, f"more than {MAX_CELLS:,} cells")


class _SharedStrings:
    """The length of each shared string (its XML, an upper bound of its text)."""

    def __init__(self) -> None:
        self.lengths: list[int] = []
        self.stream = _Rows(b"</si>", self._scan)

    def _scan(self, items: bytes) -> None:
        parts = items.split(b"</si>")
        self.lengths.extend(len(p) for p in parts[:-1])


class _OdsContent:
    """The rectangle up to the last cell with content, counting the repeats ODS writes
    instead of copies: empty cells and rows count only when content follows them."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.position = 0  # rows so far, repeats included
        self.height = 0  # up to the last row with content
        self.width = 0
        self.stream = _Rows(b"</table:table-row>", self._scan)

    def _scan(self, rows: bytes) -> None:
        for row in rows.split(b"</table:table-row>"):
            start = row.find(b"<table:table-row")
            if start < 0:
                continue
            row = row[start:]
            repeat_rows = _ODS_ROW_REPEAT.search(row[: row.find(b">") + 1])
            self.position += int(repeat_rows.group(1)) if repeat_rows else 1
            width = _ods_width(row)
            if width:
                self.height = self.position
                self.width = max(self.width, width)
                self._check()

    def _check(self) -> None:
        check_rows(self.height - 1, self.name)
        check_columns(self.width, self.name)
        if self.height * self.width > MAX_CELLS:
            raise too_big("too_many_cells", self.name, f"more than {MAX_CELLS:,} cells")


def _ods_width(row: bytes) -> int:
    """Columns up to the row's last cell with content (a self-closed cell is empty)."""
    position = last = 0
    for attributes, empty in _ODS_CELL.findall(row):
        repeat = _ODS_COLUMN_REPEAT.search(attributes)
        position += int(repeat.group(1)) if repeat else 1
        if not empty:
            last = position
    return last


def scan_zip(path: Path, name: str) -> str:
    """'xlsx' or 'ods' after checking every part; UserError when damaged or too big."""
    try:
        with zipfile.ZipFile(path) as archive:
            return _scan_archive(archive, name)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as error:
        raise damaged(name, _zip_problem(error)) from error
    except (RuntimeError, ValueError) as error:  # encrypted, or nonsense in the headers
        raise damaged(name, str(error) or type(error).__name__) from error


def _zip_problem(error: Exception) -> str:
    text = str(error)
    if "CRC" in text:
        return "bad CRC: the file was corrupted"
    if (
        "not a zip file" in text.lower()
        or "truncated" in text.lower()
        or isinstance(error, EOFError)
    ):
        return "truncated or not a complete zip file"
    return text or type(error).__name__


def _scan_archive(archive: zipfile.ZipFile, name: str) -> str:
    infos = archive.infolist()
    if len(infos) > MAX_ZIP_PARTS:
        raise too_big("too_many_parts", name, f"more than {MAX_ZIP_PARTS} parts in the zip")
    declared = sum(info.file_size for info in infos)
    if declared > MAX_UNPACKED_BYTES:
        raise too_big("unpacks_too_big", name, f"unpacks to more than {_mb(MAX_UNPACKED_BYTES)}")
    names = {info.filename for info in infos}
    kind = "ods" if "content.xml" in names else "xlsx" if "xl/workbook.xml" in names else ""
    if not kind:
        raise damaged(name, "no workbook inside: not an Excel or OpenDocument spreadsheet")
    if kind == "xlsx" and not any(n.startswith("xl/worksheets/") for n in names):
        raise damaged(name, "the workbook has no sheet")
    budget = [MAX_UNPACKED_BYTES]
    shared = _SharedStrings()
    order = sorted(infos, key=lambda info: info.filename != "xl/sharedStrings.xml")
    for info in order:
        stream: _Rows | None = None
        if info.filename == "xl/sharedStrings.xml":
            stream = shared.stream
        elif kind == "xlsx" and info.filename.startswith("xl/worksheets/"):
            stream = _XlsxSheet(name, shared.lengths).stream
        elif kind == "ods" and info.filename == "content.xml":
            stream = _OdsContent(name).stream
        _unpack(archive, info, budget, name, stream)
    return kind


def _unpack(
    archive: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    budget: list[int],
    name: str,
    stream: _Rows | None,
) -> None:
    """Decompress one part, refusing it as soon as it outgrows what it declared."""
    unbounded = replace_size(info, budget[0] + 1)  # read on past the declared size
    total = 0
    with archive.open(unbounded) as part:
        while chunk := part.read(CHUNK):
            total += len(chunk)
            if total > info.file_size:
                raise damaged(name, f"{info.filename} unpacks to more than it declares")
            if stream is not None:
                stream.feed(chunk)
    if stream is not None:
        stream.close()
    if total != info.file_size:
        raise damaged(name, f"{info.filename} is shorter than it declares")
    budget[0] -= total


def replace_size(info: zipfile.ZipInfo, size: int) -> zipfile.ZipInfo:
    copy = zipfile.ZipInfo(info.filename, info.date_time)
    for slot in zipfile.ZipInfo.__slots__:
        if hasattr(info, slot):
            setattr(copy, slot, getattr(info, slot))
    copy.file_size = size
    return copy


def _mb(size: int) -> str:
    return f"{size // 2**20} MB"
