"""Fuzzed import files: never a crash, never a partial import, every bad row named."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from registration.domain.errors import UserError
from registration.services.importing import import_participants
from registration.services.registry import count_participants

KNOWN_HEADERS = [
    "ชื่อ",
    "นามสกุล",
    "ชื่อ-สกุล",
    "คำนำหน้า",
    "จังหวัด",
    "ประเด็นงาน",
    "เบอร์โทร",
    "อีเมล",
    "บทบาท",
    "ชื่อเล่น",
    "name",
    "province",
    "phone",
    "xyz",
]
CELL_TEXT = st.one_of(
    st.text(max_size=30),
    st.sampled_from(
        [
            "นางสาวพรรณิดา พันธ์พืช",
            "นายสมชาย ใจดี",
            "อยุธยา",
            "จ.ราชบุรี",
            "Bangkok",
            "ที่ดิน",
            "กองเลขา",
            "081-234-5678",
            "12",
            "a@b.c",
            "",
            " ",
        ]
    ),
    st.text(alphabet="กขคงจฉ่้๊๋ิีึืุู\u200b ", min_size=2000, max_size=2100),  # huge cells
)
TABLES = st.tuples(
    st.lists(st.sampled_from(KNOWN_HEADERS), min_size=1, max_size=6),
    st.lists(st.lists(CELL_TEXT, max_size=8), max_size=8),
)
ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "cp874", "utf-16"])
FILES = st.one_of(
    st.binary(max_size=300),
    st.tuples(TABLES, ENCODINGS).map(lambda t: _csv_bytes(*t)),
)


def _csv_bytes(table: tuple[list[str], list[list[str]]], encoding: str) -> bytes:
    headers, rows = table
    buffer = io.StringIO()
    csv.writer(buffer).writerows([headers, *rows])
    return buffer.getvalue().encode(encoding, errors="replace")


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(content=FILES, skip_invalid=st.booleans())
def test_any_file_is_imported_whole_or_refused_with_every_bad_row_named(
    db, demo_event, tmp_path: Path, content: bytes, skip_invalid: bool
) -> None:
    path = tmp_path / "fuzz.csv"
    path.write_bytes(content)
    before = count_participants(db, demo_event.id)

    try:
        result = import_participants(db, demo_event.id, path, skip_invalid=skip_invalid)
    except UserError as refused:
        assert refused.code and refused.message
        assert count_participants(db, demo_event.id) == before
        return

    after = count_participants(db, demo_event.id)
    assert after == before + result.imported
    if result.problems and not skip_invalid:
        assert result.imported == 0
    for problem in result.problems:
        assert problem.row >= 1 and problem.code and problem.message
    assert set(result.skipped_rows) == {p.row for p in result.problems}
