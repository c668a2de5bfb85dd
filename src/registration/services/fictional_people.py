"""Obviously fictional Thai participants, for the demo event and the benchmarks.

Every last name is built on สมมติ ("supposed"), ตัวอย่าง ("example"), ทดลอง ("trial")
or จำลอง ("simulated"), so nobody mistakes a demo badge for a real person. The
first names and nicknames include the shapes that break careless Thai rendering
(ที่, ปิ่น, น้ำ, ปฏิ, ญู).
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass

FIRST_NAMES_MALE = (
    "สมชาย",
    "สมศักดิ์",
    "ประเสริฐ",
    "วิชัย",
    "สุรเชษฐ์",
    "บุญมี",
    "ปฏิพัทธ์",
    "ธนากร",
    "เกียรติศักดิ์",
    "ไพโรจน์",
    "อำนาจ",
    "ชัยวัฒน์",
    "โชคชัย",
    "ณัฐวุฒิ",
    "ภูมิใจ",
    "ทองดี",
)
FIRST_NAMES_FEMALE = (
    "สมหญิง",
    "ปิ่นแก้ว",
    "น้ำทิพย์",
    "ปฏิมา",
    "ญาณิศา",
    "มาลัย",
    "วิไลวรรณ",
    "เพ็ญศรี",
    "ดวงใจ",
    "ศิริพร",
    "อุไรวรรณ",
    "ใจดี",
    "แสงเดือน",
    "พรรณิดา",
    "กุหลาบ",
    "ทิพวรรณ",
)
SURNAME_STEMS = ("สมมติ", "ตัวอย่าง", "ทดลอง", "จำลอง")
SURNAME_ENDINGS = (
    "ดี",
    "สุข",
    "ใจ",
    "ศรี",
    "วงศ์",
    "ที่หนึ่ง",
    "น้ำใส",
    "ปิ่นทอง",
    "บุญญู",
    "รักษ์",
    "เจริญ",
    "สกุล",
    "พันธ์",
    "ศักดิ์",
    "ไพศาล",
    "ประเสริฐ",
)
NICKNAMES = (
    "ปิ่น",
    "น้ำ",
    "ญู",
    "ต้น",
    "แก้ว",
    "ฝน",
    "เอ",
    "บี",
    "ปู",
    "หนึ่ง",
    "นก",
    "ตุ๊ก",
    "ป้อม",
    "แดง",
    "ส้ม",
    "เล็ก",
    "ใหญ่",
    "โอ๋",
)


@dataclass(frozen=True)
class FictionalPerson:
    prefix: str
    first_name: str
    last_name: str
    nickname: str
    phone: str


def fictional_people(count: int, seed: int = 2562) -> Iterator[FictionalPerson]:
    """`count` fictional people; the same seed gives the same people."""
    rng = random.Random(seed)
    for number in range(1, count + 1):
        female = rng.random() < 0.55
        first = rng.choice(FIRST_NAMES_FEMALE if female else FIRST_NAMES_MALE)
        prefix = rng.choice(("นาง", "นางสาว")) if female else "นาย"
        if rng.random() < 0.05:
            prefix = rng.choice(("ดร.", "ว่าที่ร้อยตรี", "ผศ. ดร."))
        last = rng.choice(SURNAME_STEMS) + rng.choice(SURNAME_ENDINGS)
        nickname = rng.choice(NICKNAMES) if rng.random() < 0.7 else ""
        phone = f"08{number // 100_000_000 % 10}{number % 10_000_000:07d}"
        yield FictionalPerson(prefix, first, last, nickname, phone)
