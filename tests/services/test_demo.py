from __future__ import annotations

from collections import Counter

from registration.domain.enums import Role
from registration.services import demo, events, registry
from registration.services.fictional_people import SURNAME_STEMS


def test_the_demo_event_is_the_workshop_of_february_2019(db, demo_event) -> None:
    assert demo_event.name == "เหลียวหลังแลหน้า ร่วมพัฒนาระบบธรรมาภิบาล"
    assert (demo_event.starts_on.isoformat(), demo_event.ends_on.isoformat()) == (
        "2019-02-09",
        "2019-02-10",
    )
    sessions = events.list_sessions(db, demo_event.id)
    assert len(sessions) == 7
    assert sessions[0].title.startswith("เปิดเวที")
    assert len(events.list_issue_areas(db, demo_event.id)) == 8


def test_136_fictional_participants_spread_over_16_provinces(db, demo_event) -> None:
    people = registry.list_participants(db, demo_event.id)
    assert len(people) == 136
    per_province = Counter(p.province.code for p in people if p.province)
    assert len(per_province) == 16 and set(per_province.values()) == {7}
    roles = Counter(p.role for p in people)
    assert roles[Role.STAFF] == 24
    assert roles[Role.PROVINCIAL_STRATEGY] == roles[Role.SECRETARIAT] == 16
    assert roles[Role.REPRESENTATIVE] == 80
    assert all(any(stem in p.last_name for stem in SURNAME_STEMS) for p in people)
    assert len({p.badge_code for p in people}) == 136


def test_loading_the_demo_twice_gives_the_same_event(db, demo_event) -> None:
    assert demo.load_demo_event(db) == demo_event
    assert len(events.list_events(db)) == 1
