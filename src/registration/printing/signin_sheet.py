"""Sign-in sheets (ใบลงทะเบียน) per session, optionally per province.

The secretariat files them for reimbursement: a signature column wide enough to
sign, the check-in time from the desk, the header repeated on every page and
"หน้า 1/3" at the foot, names in Thai dictionary order.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from registration.domain.enums import Role
from registration.domain.errors import UserError
from registration.domain.progress import CancelCheck, Progress
from registration.domain.records import EventInfo, ParticipantRecord, ProvinceInfo, SessionInfo
from registration.domain.thai_dates import format_date
from registration.domain.thai_text import name_sort_key
from registration.printing.atomic import atomic_output
from registration.printing.badges import ROLE_LABELS
from registration.printing.fonts import BOLD, REGULAR, printable, register_fonts, shaped
from registration.printing.jobs import PrintResult, print_control
from registration.printing.table import Column, draw_row, heading_row, layout_row, paginate
from registration.printing.text_box import LEADING, draw_lines, used_height
from registration.printing.thai_wrap import FittedText, wrap

PAGE = landscape(A4)
MARGIN = 12 * mm
SIZE = 10.0
SIGNING_HEIGHT = 9 * mm  # room for a signature in every row
FOOTER = 10 * mm


def _columns(with_phone: bool) -> list[Column]:
    columns = [
        Column("ที่", 10 * mm, "centre"),
        Column("ชื่อ-สกุล", 58 * mm),
        Column("จังหวัด", 28 * mm),
        Column("ประเด็นงาน / บทบาท", 36 * mm),
        Column("องค์กร", 52 * mm),
    ]
    if with_phone:
        columns.append(Column("โทรศัพท์", 25 * mm))
    columns.append(Column("เวลาลงทะเบียน", 21 * mm, "centre"))
    used = sum(c.width for c in columns)
    columns.append(Column("ลายมือชื่อ", PAGE[0] - 2 * MARGIN - used))
    return columns


def _cells(
    number: int, person: ParticipantRecord, checked_in: datetime | None, with_phone: bool
) -> list[str]:
    area = person.issue_area.name_th if person.issue_area else ROLE_LABELS.get(person.role, "")
    if person.issue_area is None and person.role is Role.REPRESENTATIVE:
        area = ""
    cells = [
        str(number),
        printable(person.full_name)[0],
        person.province.name_th if person.province else "",
        area,
        printable(person.organisation)[0],
    ]
    if with_phone:
        cells.append(person.phone)
    cells += [f"{checked_in:%H:%M} น." if checked_in else "", ""]
    return cells


def _header_lines(
    event: EventInfo, session: SessionInfo, province: ProvinceInfo | None, width: float
) -> list[tuple[FittedText, str]]:
    when = (
        f"วันที่ {format_date(session.starts_at.date())} "
        f"เวลา {session.starts_at:%H:%M}–{session.ends_at:%H:%M} น."
    )
    lines = [
        ("ใบลงทะเบียน" + (f" จังหวัด{province.name_th}" if province else ""), BOLD, 15.0),
        (printable(event.name)[0], BOLD, 12.0),
        (printable(session.title)[0], REGULAR, 12.0),
        (when + (f"  ณ {event.venue}" if event.venue else ""), REGULAR, 10.0),
    ]
    return [
        (FittedText(size, tuple(wrap(text, font, size, width))), font) for text, font, size in lines
    ]


def render_signin_sheet(
    out: Path,
    event: EventInfo,
    session: SessionInfo,
    participants: Sequence[ParticipantRecord],
    check_in_times: Mapping[int, datetime] | None = None,
    province: ProvinceInfo | None = None,
    with_phone: bool = True,
    printed_at: datetime | None = None,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> PrintResult:
    """Write the sign-in sheet of one session (all or nothing)."""
    if not participants:
        raise UserError("empty_selection", "Nobody to list: the sign-in sheet would be empty.")
    register_fonts()
    times = check_in_times or {}
    people = sorted(participants, key=lambda p: name_sort_key(p.first_name, p.last_name))
    columns = _columns(with_phone)
    width = PAGE[0] - 2 * MARGIN
    header = _header_lines(event, session, province, width)
    header_height = sum(used_height(fitted) for fitted, _ in header) + 3 * mm
    headings = heading_row(columns, SIZE)
    rows = [
        layout_row(_cells(n, p, times.get(p.id), with_phone), columns, SIZE, SIGNING_HEIGHT)
        for n, p in enumerate(people, start=1)
    ]
    room = PAGE[1] - 2 * MARGIN - header_height - headings.height - FOOTER
    pages = paginate(rows, room)
    stamp = printed_at or datetime.now()
    footer_left = f"พิมพ์เมื่อ {format_date(stamp.date())} {stamp:%H:%M} น."
    control = print_control(len(pages), progress, cancel)
    with atomic_output(out) as temporary:
        canvas = Canvas(str(temporary), pagesize=PAGE, pageCompression=1)
        canvas.setTitle(f"Sign-in sheet: session {session.id}")
        for number, page in enumerate(pages, start=1):
            top = PAGE[1] - MARGIN
            for fitted, font in header:
                top = draw_lines(canvas, fitted, font, MARGIN, top, "centre", width)
            top = draw_row(
                canvas, columns, headings, MARGIN, top - 3 * mm, SIZE, BOLD, shade=(0.9, 0.9, 0.9)
            )
            for row in page:
                top = draw_row(canvas, columns, row, MARGIN, top, SIZE)
            _footer(canvas, footer_left, f"หน้า {number}/{len(pages)}")
            canvas.showPage()
            control.advance(1)
        canvas.save()
    return PrintResult(len(pages), len(people))


def _footer(canvas: Canvas, left: str, right: str) -> None:
    canvas.setFont(REGULAR, 9)
    y = MARGIN - 9 * LEADING + 9
    canvas.drawString(MARGIN, y, shaped(left, REGULAR, 9))
    canvas.drawRightString(PAGE[0] - MARGIN, y, shaped(right, REGULAR, 9))
