"""The attendance summary for the secretariat: a bar chart per session and the counts
of every session by province and by issue area.

The chart is drawn with the same shaped text as the tables (bar_chart.py): Thai
labels under the bars, value labels, a legend and axis titles. Both tables end in a
total row.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from pathlib import Path

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from registration.domain.progress import CancelCheck, Progress
from registration.domain.records import (
    EventInfo,
    IssueAreaInfo,
    ProvinceInfo,
    SessionInfo,
    reported_title,
)
from registration.domain.thai_dates import format_date, format_date_range
from registration.printing.atomic import atomic_output
from registration.printing.bar_chart import Chart, Series, draw_chart
from registration.printing.document import new_canvas
from registration.printing.fonts import BOLD, REGULAR, register_fonts
from registration.printing.jobs import PrintResult, print_control
from registration.printing.pdf_text import draw_text
from registration.printing.signin_sheet import part_of_day
from registration.printing.table import (
    Column,
    RowLayout,
    draw_row,
    heading_row,
    layout_row,
    paginate,
)
from registration.printing.text_box import draw_fitted

PAGE = landscape(A4)
MARGIN = 12 * mm
SIZE = 9.0
CheckedIn = Mapping[tuple[int, str | None, int | None], int]
Expected = Mapping[tuple[str | None, int | None], int]
# (row label, province code or "" for all, issue area id or -1 for all)
Label = tuple[str, str | None, int | None]
Page = Callable[[Canvas, float], None]  # draws the body of a page below the given y


def _count(
    counts: CheckedIn, session: int, province: str | None = "", area: int | None = -1
) -> int:
    return sum(
        n
        for (sid, code, area_id), n in counts.items()
        if sid == session and province in ("", code) and area in (-1, area_id)
    )


def _session_rows(
    sessions: Sequence[SessionInfo], counts: CheckedIn, expected_total: int
) -> tuple[list[Column], list[RowLayout]]:
    columns = [
        Column("รอบ", 10 * mm, "centre"),
        Column("วัน เวลา", 38 * mm),
        Column("หัวข้อ", PAGE[0] / 2 - MARGIN - 74 * mm),
        Column("มา", 12 * mm, "right"),
        Column("ร้อยละ", 14 * mm, "right"),
    ]
    rows = []
    for number, session in enumerate(sessions, start=1):
        came = _count(counts, session.id)
        share = f"{100 * came / expected_total:.0f}" if expected_total else "-"
        when = f"{format_date(session.starts_at.date(), short=True)} {session.starts_at:%H:%M}"
        values = [str(number), when, reported_title(session), str(came), share]
        rows.append(layout_row(values, columns, SIZE))
    return columns, rows


def _chart(sessions: Sequence[SessionInfo], counts: CheckedIn, expected_total: int) -> Chart:
    labels = [  # a hidden session's bar says so: no desk offers it, its check-ins count
        f"รอบ {n} {part_of_day(s)}{' (ซ่อนไว้)' if s.hidden else ''}"
        f"\n{format_date(s.starts_at.date(), short=True)}"
        for n, s in enumerate(sessions, start=1)
    ]
    return Chart(
        labels,
        [
            Series("ลงทะเบียน", HexColor("#b0b0b0"), [expected_total] * len(sessions)),
            Series("มาร่วม (ลงชื่อ)", HexColor("#1f77b4"), [_count(counts, s.id) for s in sessions]),
        ],
        "รอบการประชุม",
        "จำนวนคน",
    )


def _matrix_rows(
    labels: Sequence[Label],
    sessions: Sequence[SessionInfo],
    counts: CheckedIn,
    expected: Expected,
    first_heading: str,
) -> tuple[list[Column], list[RowLayout]]:
    """One row per province or issue area: expected, then check-ins of every session."""
    name_width = 55 * mm
    per_session = (PAGE[0] - 2 * MARGIN - name_width - 18 * mm) / max(1, len(sessions))
    columns = [Column(first_heading, name_width), Column("ลงทะเบียน", 18 * mm, "right")]
    columns += [Column(f"รอบ {n}", per_session, "right") for n in range(1, len(sessions) + 1)]
    rows = []
    totals = [0] * (1 + len(sessions))
    for name, province, area in labels:
        registered = sum(
            n
            for (code, area_id), n in expected.items()
            if province in ("", code) and area in (-1, area_id)
        )
        numbers = [registered, *[_count(counts, s.id, province, area) for s in sessions]]
        totals = [a + b for a, b in zip(totals, numbers, strict=True)]
        rows.append(layout_row([name, *map(str, numbers)], columns, SIZE))
    rows.append(layout_row(["รวม", *map(str, totals)], columns, SIZE, font=BOLD))
    return columns, rows


def render_attendance_report(
    out: Path,
    event: EventInfo,
    sessions: Sequence[SessionInfo],
    provinces: Sequence[ProvinceInfo],
    issue_areas: Sequence[IssueAreaInfo],
    checked_in: CheckedIn,
    expected: Expected,
    printed_at: datetime | None = None,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
    author: str = "",
) -> PrintResult:
    """Write the attendance summary of the event (all or nothing)."""
    register_fonts()
    expected_total = sum(expected.values())
    pages: list[Page] = [_overview_page(sessions, checked_in, expected_total)]
    province_labels: list[Label] = [(p.name_th, p.code, -1) for p in provinces]
    if any(code is None for code, _ in expected):
        province_labels.append(("ไม่ระบุจังหวัด", None, -1))
    area_labels: list[Label] = [(a.name_th, "", a.id) for a in issue_areas]
    if any(area is None for _, area in expected):
        area_labels.append(("ไม่ระบุ", "", None))
    for labels, heading, title in (
        (province_labels, "จังหวัด", "จำนวนผู้เข้าร่วมแต่ละรอบ แยกตามจังหวัด"),
        (area_labels, "ประเด็นงาน / บทบาท", "จำนวนผู้เข้าร่วมแต่ละรอบ แยกตามประเด็นงาน"),
    ):
        columns, rows = _matrix_rows(labels, sessions, checked_in, expected, heading)
        pages += _table_pages(title, columns, rows)
    stamp = printed_at or datetime.now()
    control = print_control(len(pages), progress, cancel)
    with atomic_output(out) as temporary:
        canvas = new_canvas(temporary, PAGE, "สรุปการเข้าร่วม", event.name, author=author)
        for number, draw_body in enumerate(pages, start=1):
            top = _page_header(canvas, event)
            draw_body(canvas, top)
            _footer(canvas, stamp, number, len(pages))
            canvas.showPage()
            control.advance(1)
        canvas.save()
    return PrintResult(len(pages), len(sessions))


def _overview_page(sessions: Sequence[SessionInfo], counts: CheckedIn, expected_total: int) -> Page:
    columns, rows = _session_rows(sessions, counts, expected_total)

    def draw(canvas: Canvas, top: float) -> None:
        _caption(canvas, f"ผู้เข้าร่วมแต่ละรอบ (ลงทะเบียนทั้งหมด {expected_total} คน)", top)
        chart_box = (MARGIN, top - 110 * mm, PAGE[0] / 2 - MARGIN - 8 * mm, 100 * mm)
        draw_chart(canvas, _chart(sessions, counts, expected_total), chart_box)
        y = top - 8 * mm
        x = PAGE[0] / 2
        draw_row(canvas, columns, heading_row(columns, SIZE), x, y, SIZE, BOLD, (0.9, 0.9, 0.9))
        y -= heading_row(columns, SIZE).height
        for row in rows:
            y = draw_row(canvas, columns, row, x, y, SIZE)

    return draw


def _table_pages(title: str, columns: list[Column], rows: list[RowLayout]) -> list[Page]:
    headings = heading_row(columns, SIZE)
    room = PAGE[1] - 2 * MARGIN - 30 * mm - headings.height
    result: list[Page] = []
    for chunk in paginate(rows, room):

        def draw(canvas: Canvas, top: float, chunk: list[RowLayout] = chunk) -> None:
            _caption(canvas, title, top)
            y = draw_row(canvas, columns, headings, MARGIN, top - 8 * mm, SIZE, BOLD, (0.9,) * 3)
            for row in chunk:
                y = draw_row(canvas, columns, row, MARGIN, y, SIZE)

        result.append(draw)
    return result


def _page_header(canvas: Canvas, event: EventInfo) -> float:
    width = PAGE[0] - 2 * MARGIN
    top = float(PAGE[1] - MARGIN)
    draw_fitted(canvas, "สรุปการเข้าร่วม: " + event.name, BOLD, MARGIN, top, (width, 20), (14, 9))
    dates = format_date_range(event.starts_on, event.ends_on)
    line = dates + (f"  ณ {event.venue}" if event.venue else "")
    draw_fitted(canvas, line, REGULAR, MARGIN, top - 20, (width, 14), (10, 7))
    return top - 40


def _caption(canvas: Canvas, text: str, top: float) -> None:
    canvas.setFont(BOLD, 11)
    draw_text(canvas, MARGIN, top - 11, text, BOLD, 11)


def _footer(canvas: Canvas, stamp: datetime, number: int, total: int) -> None:
    canvas.setFont(REGULAR, 9)
    left = f"พิมพ์เมื่อ {format_date(stamp.date())} {stamp:%H:%M} น."
    draw_text(canvas, MARGIN, MARGIN - 4, left, REGULAR, 9)
    draw_text(canvas, PAGE[0] - MARGIN, MARGIN - 4, f"หน้า {number}/{total}", REGULAR, 9, "right")
