"""Participant records for printing tests: long real-looking Thai names, awkward input."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, datetime

from registration.domain.badge_code import ALPHABET, RANDOM_LENGTH, check_character, new_badge_code
from registration.domain.enums import ParticipantStatus, Role
from registration.domain.records import EventInfo, IssueAreaInfo, ParticipantRecord, ProvinceInfo

EVENT = EventInfo(
    1,
    "เหลียวหลังแลหน้า ร่วมพัฒนาระบบธรรมาภิบาล",
    "Looking back, looking ahead",
    "ห้องประชุมไพบูลย์ วัฒนศิริธรรม",
    date(2019, 2, 9),
    date(2019, 2, 10),
)
PROVINCE = ProvinceInfo("TH-14", "พระนครศรีอยุธยา", "Phra Nakhon Si Ayutthaya", "central")
AREA = IssueAreaInfo(1, "housing", "ที่อยู่อาศัยและบ้านมั่นคง", "Housing", "issue", "#1f77b4")

LONG_PREFIXES = ("ว่าที่ร้อยตรี", "ผศ. ดร.", "พล.ต.อ.", "นางสาว", "รศ.ดร.", "นาย")
LONG_FIRST_NAMES = (
    "ประเสริฐศักดิ์",
    "เฉลิมพระเกียรติ",
    "วรรณวิภาพรรณ",
    "กิตติพัฒน์ภูมิพงศ์",
    "ปิ่นประภัสสร",
    "น้ำทิพย์ธิดารัตน์",
    "ปฏิพัทธ์ศุภวัฒน์",
    "ญาณิศาภัทรนันท์",
)
LONG_LAST_NAMES = (
    "ศรีสุวรรณพันธุ์ภักดี",
    "เจริญรุ่งเรืองกิจไพศาล",
    "วงศ์สวัสดิ์ประเสริฐชัย",
    "ธรรมวิจิตรพิทักษ์กุล",
    "ณ อยุธยา",
    "ปิ่นทองญูน้ำใสที่หนึ่ง",
)
LONG_ORGANISATIONS = (
    "เครือข่ายที่อยู่อาศัยและบ้านมั่นคงจังหวัดพระนครศรีอยุธยา",
    "คณะทำงานยุทธศาสตร์การพัฒนาขบวนองค์กรชุมชนระดับจังหวัดและกลุ่มจังหวัด",
)


def person(
    first_name: str = "ปิ่นแก้ว",
    last_name: str = "สมมติที่หนึ่ง",
    prefix: str = "นางสาว",
    nickname: str = "น้ำ",
    organisation: str = "เครือข่ายสวัสดิการชุมชน",
    number: int = 1,
) -> ParticipantRecord:
    return ParticipantRecord(
        id=number,
        event_id=EVENT.id,
        badge_code=new_badge_code(),
        prefix=prefix,
        first_name=first_name,
        last_name=last_name,
        nickname=nickname,
        province=PROVINCE,
        issue_area=AREA,
        role=Role.REPRESENTATIVE,
        organisation=organisation,
        position="",
        phone="0812345678",
        email="",
        note="",
        status=ParticipantStatus.REGISTERED,
        registered_at=datetime(2019, 2, 1, 9, 0),
    )


def _seeded_code(rng: random.Random) -> str:
    body = "".join(rng.choice(ALPHABET) for _ in range(RANDOM_LENGTH))
    return body + check_character(body)


def long_named_people(count: int, seed: int = 2562) -> list[ParticipantRecord]:
    """`count` participants with the longest real-looking Thai names, longest first.

    The same seed gives the same people and badge codes (a benchmark decodes in
    another process what it printed).
    """
    rng = random.Random(seed)
    base = person()
    people = [
        replace(
            base,
            id=number,
            badge_code=_seeded_code(rng),
            prefix=rng.choice(LONG_PREFIXES),
            first_name=rng.choice(LONG_FIRST_NAMES),
            last_name=rng.choice(LONG_LAST_NAMES),
            nickname=rng.choice(("ปิ่น", "น้ำ", "ญู", "")),
            organisation=rng.choice(LONG_ORGANISATIONS),
        )
        for number in range(1, count + 1)
    ]
    return sorted(people, key=lambda p: len(p.full_name), reverse=True)
