"""The still-missing list as a call list: who to phone, grouped, with the counts."""

from __future__ import annotations

from registration.domain.grouped_list import GroupedList, ListColumn, ListGroup
from registration.domain.thai_dates import format_date
from registration.services.missing import MissingBy, MissingList, MissingPerson

COLUMNS = (
    ListColumn("ที่", 4, "centre"),
    ListColumn("ชื่อ-สกุล", 24),
    ListColumn("ชื่อเล่น", 8),
    ListColumn("จังหวัด", 12),
    ListColumn("ประเด็นงาน", 16),
    ListColumn("โทรศัพท์", 12),
    ListColumn("กองเลขาจังหวัด", 22),
    ListColumn("ติดต่อแล้ว", 8),
)


def _row(number: int, missing: MissingPerson) -> tuple[str, ...]:
    person = missing.participant
    contact = missing.contact
    return (
        str(number),
        person.full_name,
        person.nickname,
        person.province.name_th if person.province else "",
        person.issue_area.name_th if person.issue_area else "",
        person.phone,
        f"{contact.name} {contact.phone}".strip() if contact else "",
        "",
    )


def group_title(by: MissingBy, title: str, missing: int, registered: int) -> str:
    prefix = "จังหวัด" if by is MissingBy.PROVINCE and not title.startswith("ไม่ระบุ") else ""
    return f"{prefix}{title}: ยังไม่มา {missing} จาก {registered} คน"


def call_list(found: MissingList) -> GroupedList:
    session = found.session
    when = (
        f"วันที่ {format_date(session.starts_at.date())} "
        f"เวลา {session.starts_at:%H:%M}–{session.ends_at:%H:%M} น."
    )
    groups = tuple(
        ListGroup(
            group_title(found.by, g.title, g.missing, g.registered),
            tuple(_row(n, p) for n, p in enumerate(g.people, start=1)),
        )
        for g in found.groups
        if g.people
    )
    return GroupedList(
        title="รายชื่อผู้ที่ยังไม่มาลงทะเบียน",
        lines=(found.event.name, f"{session.title}  {when}"),
        columns=COLUMNS,
        groups=groups,
        total=(
            f"ยังไม่มาทั้งสิ้น {found.missing} คน จากผู้ลงทะเบียน {found.registered} คน "
            f"(มาแล้ว {found.checked_in} คน)"
        ),
        landscape=True,
        pdf_title=f"รายชื่อผู้ที่ยังไม่มา {session.title}",
        event_name=found.event.name,
    )
