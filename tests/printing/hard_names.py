"""Names that break naive Thai text extraction: stacked marks, ำ, ฦๅ, long, mixed, emoji."""

from __future__ import annotations

from registration.domain.records import ParticipantRecord
from tests.printing.people import person

HARD_FIRST_NAMES = (
    "ปิ่นทอง",
    "หนึ่ง",
    "น้ำใส",
    "ศักดิ์",
    "บุญญู",
    "ฐิติ",
    "ฦๅษี",
    "จำลอง",
    "กำนัน",
    "ตุ๊กตา",
)
# 43 characters, one word: wider than any name box or column.
FORTY_THREE = ("ประเสริฐศักดิ์เฉลิมพระเกียรติวรรณวิภาพรรณกิตติ" * 2)[:43]


def hard_people() -> list[ParticipantRecord]:
    people = [
        person(first_name=name, last_name="ศรีสุวรรณ", prefix="นาย", number=number)
        for number, name in enumerate(HARD_FIRST_NAMES, start=1)
    ]
    people += [
        person(first_name=FORTY_THREE, last_name="ณ อยุธยา", prefix="นาย", number=20),
        person(first_name="สมชาย😀", last_name="ใจดี", prefix="นาย", nickname="ต้น😀", number=21),
        person(first_name="Anna", last_name="ปิ่นทอง Smith", prefix="", number=22),
        person(
            first_name="ปิ่นประภัสสรวรรณ",
            last_name="ศรีสุวรรณพันธุ์ภักดี",
            prefix="ว่าที่ร้อยตรีหญิง",
            number=23,
        ),
    ]
    return people
