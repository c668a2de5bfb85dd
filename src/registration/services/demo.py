"""The demo event: the CODI Central & Western governance workshop of 9–10 February 2019.

Provinces, issue areas and programme come from the reference data shipped in
the package; the 136 participants are fictional (see fictional_people).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select

from registration.domain.enums import Role, SessionKind
from registration.domain.records import EventInfo
from registration.services.events import NewIssueArea, NewSession, create_event
from registration.services.fictional_people import fictional_people
from registration.services.participant_input import ParticipantInput
from registration.services.reference import read_data_file
from registration.services.registry import new_participant
from registration.services.to_records import event_info
from registration.storage import models
from registration.storage.database import Database

DEMO_NAME = "เหลียวหลังแลหน้า ร่วมพัฒนาระบบธรรมาภิบาล"
DEMO_NAME_EN = "Looking back, looking ahead: building good governance together"
DEMO_VENUE = "ห้องประชุมไพบูลย์ วัฒนศิริธรรม ชั้น 1 สถาบันพัฒนาองค์กรชุมชน (องค์การมหาชน)"
OFFICE = "สำนักงานภาคกลางและตะวันตก พอช."
STAFF_COUNT = 24
ROLE_OF_AREA = {
    "strategy": Role.PROVINCIAL_STRATEGY,
    "secretariat": Role.SECRETARIAT,
    "staff": Role.STAFF,
}


def load_demo_event(db: Database, desk: str = "") -> EventInfo:
    """Create the demo event once; a second call returns the one already there."""
    with db.read() as s:
        existing = s.scalars(select(models.Event).where(models.Event.name == DEMO_NAME)).first()
        if existing is not None:
            return event_info(existing)
    event = create_event(
        db,
        name=DEMO_NAME,
        name_en=DEMO_NAME_EN,
        venue=DEMO_VENUE,
        starts_on=date(2019, 2, 9),
        ends_on=date(2019, 2, 10),
        provinces=[(r["iso_code"], r["cluster"]) for r in read_data_file("codi_central_west.csv")],
        issue_areas=[
            NewIssueArea(r["key"], r["name_th"], r["name_en"], r["kind"], r["colour"])
            for r in read_data_file("issue_areas.csv")
        ],
        sessions=[_programme_session(r) for r in read_data_file("programme.csv")],
        desk=desk,
    )
    _add_demo_participants(db, event.id)
    return event


def _programme_session(row: dict[str, str]) -> NewSession:
    day = date.fromisoformat(row["day"])
    return NewSession(
        title=row["title_th"],
        title_en=row["title_en"],
        starts_at=datetime.combine(day, datetime.strptime(row["starts"], "%H:%M").time()),
        ends_at=datetime.combine(day, datetime.strptime(row["ends"], "%H:%M").time()),
        kind=SessionKind(row["kind"]),
        speaker=row["speaker_th"],
    )


def _add_demo_participants(db: Database, event_id: int) -> None:
    """Per province: one representative per issue area, provincial strategy,
    secretariat (16 x 7 = 112); then 24 regional office staff: 136."""
    registered_at = datetime(2019, 2, 1, 9, 0)
    with db.write() as s:
        areas = s.scalars(select(models.IssueArea).where(models.IssueArea.event_id == event_id))
        by_key = {a.key: a for a in areas}
        provinces = s.execute(
            select(models.Province.code, models.Province.name_th)
            .join(models.EventProvince)
            .where(models.EventProvince.event_id == event_id)
        ).all()
        slots: list[tuple[str | None, str, str]] = []
        for code, name in sorted(provinces):
            for key, area in by_key.items():
                if key != "staff":
                    slots.append((code, key, _organisation(area.name_th, key, name)))
        slots += [(None, "staff", OFFICE)] * STAFF_COUNT
        for (province, key, organisation), person in zip(
            slots, fictional_people(len(slots)), strict=True
        ):
            data = ParticipantInput(
                prefix=person.prefix,
                first_name=person.first_name,
                last_name=person.last_name,
                nickname=person.nickname,
                province_code=province,
                issue_area_id=by_key[key].id,
                role=ROLE_OF_AREA.get(key, Role.REPRESENTATIVE),
                organisation=organisation,
                position="ผู้แทนเครือข่าย" if key not in ROLE_OF_AREA else "",
                phone=person.phone,
            )
            new_participant(s, event_id, data.cleaned(), registered_at)


def _organisation(area_name: str, key: str, province_name: str) -> str:
    if key == "strategy":
        return f"คณะทำงานยุทธศาสตร์จังหวัด{province_name}"
    if key == "secretariat":
        return f"กองเลขาขบวนองค์กรชุมชนจังหวัด{province_name}"
    return f"เครือข่าย{area_name}จังหวัด{province_name}"
