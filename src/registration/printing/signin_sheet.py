"""Sign-in sheets (ใบลงทะเบียน): one per session, or one per day with a signature column
for each of its sessions (เช้า / บ่าย) as Thai offices keep to back travel and meal
reimbursement.

Names in Thai dictionary order, a signature row at least 9 mm high, numbered blank
rows for walk-ins, the totals and the certifier's lines after the last row.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path

from reportlab.lib.units import mm

from registration.domain.badge_code import format_badge_code
from registration.domain.enums import Role
from registration.domain.errors import UserError
from registration.domain.progress import CancelCheck, Progress
from registration.domain.records import EventInfo, ParticipantRecord, ProvinceInfo, SessionInfo
from registration.domain.thai_dates import format_date
from registration.domain.thai_text import name_sort_key
from registration.printing.badges import ROLE_LABELS
from registration.printing.fonts import BOLD, REGULAR, printable, register_fonts
from registration.printing.jobs import PrintResult
from registration.printing.sheet_pages import (
    SIGNING_HEIGHT,
    SIZE,
    WIDTH,
    Sheet,
    blank_rows,
    write_sheet,
)
from registration.printing.table import Column, layout_row

WALK_IN_ROWS = 5


def _columns(with_phone: bool, signing: Sequence[str]) -> list[Column]:
    columns = [
        Column("ลำดับ", 11 * mm, "centre"),
        Column("ชื่อ-สกุล", 54 * mm),
        Column("ตำแหน่ง", 30 * mm),
        Column("หน่วยงาน/จังหวัด", 82 * mm),
    ]
    if with_phone:
        columns.append(Column("เบอร์โทร", 22 * mm))
    if len(signing) == 1:
        columns.append(Column("เวลา", 16 * mm, "centre"))
    used = sum(c.width for c in columns)
    share = (WIDTH - used) / len(signing)
    columns += [Column(heading, share, "centre") for heading in signing]
    return columns


def _unit(person: ParticipantRecord) -> str:
    """Organisation, then the province (or the issue area when there is no organisation)."""
    organisation = printable(person.organisation)[0]
    if not organisation and person.role is not Role.REPRESENTATIVE:
        organisation = ROLE_LABELS.get(person.role, "")
    province = person.province.name_th if person.province else ""
    if province in organisation:  # "เครือข่าย…จังหวัดชัยนาท" names it already
        return organisation
    return " / ".join(part for part in (organisation, province and f"จ.{province}") if part)


def _cells(number: int, person: ParticipantRecord, with_phone: bool) -> list[str]:
    cells = [str(number), printable(person.full_name)[0], printable(person.position)[0]]
    cells.append(_unit(person))
    if with_phone:
        cells.append(person.phone)
    return cells


def _dropped(people: Sequence[ParticipantRecord]) -> list[str]:
    """A warning (by badge code) for every person with characters the font cannot print."""
    warnings = []
    for person in people:
        texts = (person.full_name, person.position, person.organisation)
        lost = "".join(printable(text)[1] for text in texts)
        if lost:
            code = format_badge_code(person.badge_code)
            note = f"characters_dropped: left out characters the font cannot print: {lost}"
            warnings.append(f"{code}: {note}")
    return warnings


def _header(
    event: EventInfo, title: str, subtitle: str, when: str, province: ProvinceInfo | None
) -> list[tuple[str, str, float]]:
    return [
        (title + (f" จังหวัด{province.name_th}" if province else ""), BOLD, 15.0),
        (printable(event.name)[0], BOLD, 12.0),
        (printable(subtitle)[0], REGULAR, 12.0),
        (when + (f"  ณ {event.venue}" if event.venue else ""), REGULAR, 10.0),
    ]


def _sorted(participants: Sequence[ParticipantRecord]) -> list[ParticipantRecord]:
    if not participants:
        raise UserError("empty_selection", "Nobody to list: the sign-in sheet would be empty.")
    register_fonts()
    return sorted(participants, key=lambda p: name_sort_key(p.first_name, p.last_name))


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
    walk_in_rows: int = WALK_IN_ROWS,
    author: str = "",
) -> PrintResult:
    """Write the sign-in sheet of one session (all or nothing)."""
    people = _sorted(participants)
    times = check_in_times or {}
    columns = _columns(with_phone, ["ลายมือชื่อ"])
    rows = []
    for number, person in enumerate(people, start=1):
        at = times.get(person.id)
        cells = [*_cells(number, person, with_phone), f"{at:%H:%M} น." if at else "", ""]
        rows.append(layout_row(cells, columns, SIZE, SIGNING_HEIGHT))
    rows += blank_rows(len(people) + 1, walk_in_rows, columns)
    signed = sum(1 for person in people if person.id in times)
    when = (
        f"วันที่ {format_date(session.starts_at.date())} "
        f"เวลา {session.starts_at:%H:%M}–{session.ends_at:%H:%M} น."
    )
    sheet = Sheet(
        "ใบลงทะเบียน " + session.title,
        event.name,
        _header(event, "ใบลงทะเบียน", session.title, when, province),
        columns,
        rows,
        f"ผู้ลงทะเบียนทั้งหมด {len(people)} คน   ลงชื่อแล้ว {signed} คน   "
        "ผู้มาเพิ่ม ........ คน   รวมผู้เข้าร่วม ........ คน",
    )
    pages = write_sheet(out, sheet, printed_at, progress, cancel, author)
    return PrintResult(pages, len(people), _dropped(people))


def part_of_day(session: SessionInfo) -> str:
    """เช้า before noon, บ่าย until five, เย็น after."""
    hour = session.starts_at.hour
    return "เช้า" if hour < 12 else "บ่าย" if hour < 17 else "เย็น"


def render_day_sheet(
    out: Path,
    event: EventInfo,
    sessions: Sequence[SessionInfo],
    participants: Sequence[ParticipantRecord],
    signed: Mapping[int, set[int]] | None = None,
    province: ProvinceInfo | None = None,
    with_phone: bool = False,
    printed_at: datetime | None = None,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
    walk_in_rows: int = WALK_IN_ROWS,
    author: str = "",
) -> PrintResult:
    """Write the sign-in sheet of one day: a signature column for each of its `sessions`;
    `signed` maps a session id to the participants checked in to it."""
    if not sessions:
        raise UserError("no_sessions", "The day has no sessions: no day sheet.")
    people = _sorted(participants)
    checked = signed or {}
    headings = [f"ลงชื่อ{part_of_day(s)} {s.starts_at:%H:%M} น." for s in sessions]
    columns = _columns(with_phone, headings)
    rows = [
        layout_row(
            [*_cells(n, p, with_phone), *[""] * len(sessions)], columns, SIZE, SIGNING_HEIGHT
        )
        for n, p in enumerate(people, start=1)
    ]
    rows += blank_rows(len(people) + 1, walk_in_rows, columns)
    counts = "   ".join(
        f"{heading} {len(checked.get(s.id, set()))} คน"
        for heading, s in zip(headings, sessions, strict=True)
    )
    day = format_date(sessions[0].starts_at.date())
    hours = f"เวลา {sessions[0].starts_at:%H:%M}–{sessions[-1].ends_at:%H:%M} น."
    sheet = Sheet(
        f"ใบลงลายมือชื่อ วันที่ {day}",
        event.name,
        _header(event, "ใบลงลายมือชื่อผู้เข้าร่วม", f"ประจำวันที่ {day}", hours, province),
        columns,
        rows,
        f"ผู้ลงทะเบียนทั้งหมด {len(people)} คน   {counts}",
    )
    pages = write_sheet(out, sheet, printed_at, progress, cancel, author)
    return PrintResult(pages, len(people), _dropped(people))
