"""Hostile and damaged files: refused with a code in seconds and bounded memory.

The bombs are made here, small on disk; each is read in a child process with a limit on
its address space (where the platform has one) and its peak memory measured.
"""

from __future__ import annotations

import json
import struct
import subprocess
import sys
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.services.spreadsheet_files import (
    ods_row,
    row_xml,
    write_ods,
    write_xlsx,
    write_xlsx_parts,
)

CHILD = """
import json, resource, sys, time
from pathlib import Path
try:
    resource.setrlimit(resource.RLIMIT_AS, (2 * 2**30, 2 * 2**30))
except (ValueError, OSError):
    pass
from registration.domain.errors import UserError
from registration.services.importing.reading import read_table
started = time.perf_counter()
try:
    table = read_table(Path(sys.argv[1]))
    code = f"read {len(table.rows)} rows"
except UserError as error:
    code = error.code
took = time.perf_counter() - started
try:  # this process's own high-water mark (ru_maxrss keeps the parent's across exec)
    status = Path("/proc/self/status").read_text()
    peak = int(status.split("VmHWM:")[1].split()[0]) / 1024
except (OSError, IndexError):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"code": code, "seconds": took, "peak_mb": peak}))
"""


def read_in_child(path: Path) -> dict[str, object]:
    pytest.importorskip("resource")
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result: dict[str, object] = json.loads(done.stdout)
    return result


def cell_row(number: int, text: str = "x") -> str:
    return f'<row r="{number}"><c r="A{number}" t="inlineStr"><is><t>{text}</t></is></c></row>'


def row_bomb(path: Path) -> Path:
    return write_xlsx_parts(path, (cell_row(n) for n in range(1, 260_000)))


def far_cell_bomb(path: Path) -> Path:
    """Two cells, at A1 and at the sheet's far corner: a reader would allocate 17 G cells."""
    return write_xlsx_parts(
        path, [cell_row(1, "ชื่อ"), '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>']
    )


def rectangle_bomb(path: Path) -> Path:
    return write_xlsx_parts(
        path, [cell_row(1, "ชื่อ"), '<row r="150000"><c r="GR150000"><v>1</v></c></row>']
    )


def unnumbered_cells_bomb(path: Path) -> Path:
    """150 cells without positions in the first row, then one at row 99,999: a reader
    allocates 15 M cells."""
    first = '<row r="1">' + "<c><v>1</v></c>" * 150 + "</row>"
    return write_xlsx_parts(path, [first, '<row r="99999"><c r="A99999"><v>1</v></c></row>'])


def xls_far_cell_bomb(path: Path) -> Path:
    """An .xls of 6 KB with cells at A1 and GR65536: 13 M cells for a reader."""
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("a")
    sheet.write(0, 0, "ชื่อ")
    sheet.write(65535, 199, 1)
    book.save(str(path))
    return path


def shared_string_bomb(path: Path) -> Path:
    """One 30,000-character string repeated by 100,000 cells: 3 G characters to unpack."""
    rows = (f'<row r="{n}"><c r="A{n}" t="s"><v>0</v></c></row>' for n in range(1, 100_000))
    return write_xlsx_parts(path, rows, ["ก" * 30_000])


def ods_repeat_bomb(path: Path) -> Path:
    return write_ods(path, [ods_row(["ชื่อ"]), ods_row(["x"] * 50, repeat=1_000_000)])


def unpacked_size_bomb(path: Path) -> Path:
    """A part that declares 300 MB: refused from the zip's directory alone."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part:
            for _ in range(300):
                part.write(b" " * 2**20)
    return path


def lying_size_bomb(path: Path, rows: int = 3_500_000) -> Path:
    """A sheet that declares 1,000 bytes (with their CRC) but unpacks to 20 MB."""
    sheet = b"<worksheet><sheetData>" + b"<row/>" * rows + b"</sheetData></worksheet>"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", sheet)
    data = bytearray(path.read_bytes())
    crc = zlib.crc32(sheet[:1000])
    for signature, crc_at, size_at in ((b"PK\x03\x04", 14, 22), (b"PK\x01\x02", 16, 24)):
        start = data.rfind(signature)  # the sheet's entry is the last one of each kind
        struct.pack_into("<I", data, start + crc_at, crc)
        struct.pack_into("<I", data, start + size_at, 1000)
    path.write_bytes(bytes(data))
    return path


def ods_far_cell_bomb(path: Path) -> Path:
    """An empty cell repeated to column 1,000 and empty rows to row 100,000, then one
    value: positions a reader fills in as 100 M cells."""
    far = (
        '<table:table-row table:number-rows-repeated="99998"><table:table-cell/>'
        "</table:table-row><table:table-row>"
        '<table:table-cell table:number-columns-repeated="1000"/>'
        '<table:table-cell office:value-type="float" office:value="1"><text:p>1</text:p>'
        "</table:table-cell></table:table-row>"
    )
    return write_ods(path, [ods_row(["ชื่อ"]), far])


def huge_csv(path: Path) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        handle.write("ชื่อ,จังหวัด\n")
        handle.write("ก,x\n" * 300_000)
    return path


def sparse_file(path: Path) -> Path:
    """101 MB that take no disk: refused by its size before it is opened for reading."""
    with path.open("wb") as handle:
        handle.truncate(101 * 2**20)
    return path


def wide_csv(path: Path) -> Path:
    path.write_text("ชื่อ," + ",".join(["x"] * 5000) + "\n", encoding="utf-8")
    return path


BOMBS: dict[str, tuple[Callable[[Path], Path], str]] = {
    "row bomb": (row_bomb, "too_many_rows"),
    "cell at the far corner": (far_cell_bomb, "too_many_rows"),
    "rectangle bomb": (rectangle_bomb, "too_many_cells"),
    "shared-string bomb": (shared_string_bomb, "too_much_text"),
    "cells without positions": (unnumbered_cells_bomb, "too_many_cells"),
    "XLS cell at the far corner": (xls_far_cell_bomb, "too_many_cells"),
    "ODS repeat bomb": (ods_repeat_bomb, "too_many_rows"),
    "ODS cell after empty repeats": (ods_far_cell_bomb, "too_many_columns"),
    "part declaring 300 MB": (unpacked_size_bomb, "unpacks_too_big"),
    "part lying about its size": (lying_size_bomb, "damaged_file"),
    "CSV of 300,000 rows": (huge_csv, "too_many_rows"),
    "CSV of 5,000 columns": (wide_csv, "too_many_columns"),
    "CSV of 101 MB": (sparse_file, "file_too_big"),
}


@pytest.mark.parametrize("kind", sorted(BOMBS))
def test_a_bomb_is_refused_in_seconds_and_bounded_memory(tmp_path, kind) -> None:
    make, code = BOMBS[kind]
    suffix = ".csv" if "CSV" in kind else ".xls" if "XLS" in kind else ".xlsx"
    path = make(tmp_path / f"bomb{suffix}")
    assert path.stat().st_blocks * 512 < 6 * 2**20  # small on disk

    result = read_in_child(path)

    assert result["code"] == code
    assert float(str(result["seconds"])) < 10
    assert float(str(result["peak_mb"])) < 300


GOOD = [["ชื่อ-สกุล", "จังหวัด"], ["นายสมชาย ใจดี", "อยุธยา"]]


def part_data_offset(data: bytes, info: zipfile.ZipInfo) -> int:
    name_length, extra_length = struct.unpack_from("<HH", data, info.header_offset + 26)
    return info.header_offset + 30 + name_length + extra_length


def bad_crc(path: Path) -> Path:
    write_xlsx(path, GOOD)
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("xl/worksheets/sheet1.xml")
    data[part_data_offset(data, info) + info.compress_size // 2] ^= 0x55
    path.write_bytes(bytes(data))
    return path


def broken_xml(path: Path) -> Path:
    return write_xlsx_parts(path, [row_xml(1, GOOD[0]), "<row r='2'><c r='A2' t='inlineStr'"])


def no_sheet(path: Path) -> Path:
    return write_xlsx_parts(path, [], leave_out="xl/worksheets/sheet1.xml")


def missing_sheet(path: Path) -> Path:
    write_xlsx(path, GOOD)
    data = path.read_bytes().replace(b"worksheets/sheet1.xml", b"worksheets/sheet9.xml", 1)
    path.write_bytes(data)
    return path


def truncated(path: Path) -> Path:
    write_xlsx(path, GOOD)
    path.write_bytes(path.read_bytes()[:-200])
    return path


def truncated_xls(path: Path) -> Path:
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    book.add_sheet("a").write(0, 0, "ชื่อ")
    book.save(str(path))
    path.write_bytes(path.read_bytes()[:1500])
    return path


DAMAGED: dict[str, tuple[Callable[[Path], Path], str]] = {
    "truncated XLS": (truncated_xls, "Excel 97-2003"),
    "bad CRC": (bad_crc, "bad CRC"),
    "broken XML": (broken_xml, "broken XML"),
    "workbook without a sheet": (no_sheet, "no sheet"),
    "sheet missing": (missing_sheet, "sheet"),
    "truncated zip": (truncated, "truncated"),
}


@pytest.mark.parametrize("kind", sorted(DAMAGED))
def test_a_damaged_file_is_refused_naming_the_problem(db, demo_event, tmp_path, kind) -> None:
    from registration.domain.errors import UserError
    from registration.services.importing import import_participants
    from registration.services.registry import count_participants

    make, words = DAMAGED[kind]
    path = make(tmp_path / ("list.xls" if "XLS" in kind else "list.xlsx"))
    before = count_participants(db, demo_event.id)

    with pytest.raises(UserError) as refused:
        import_participants(db, demo_event.id, path)

    assert refused.value.code == "damaged_file"
    assert words in str(refused.value) and "nothing was imported" in str(refused.value)
    assert count_participants(db, demo_event.id) == before


def test_the_good_file_the_damaged_ones_are_made_from_imports(db, demo_event, tmp_path) -> None:
    from registration.services.importing import import_participants

    result = import_participants(db, demo_event.id, write_xlsx(tmp_path / "list.xlsx", GOOD))

    assert (result.imported, result.problems) == (1, [])
