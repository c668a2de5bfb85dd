"""Finding the columns by their header, in Thai or English."""

from __future__ import annotations

import re

from registration.domain.thai_text import search_form

FIELDS = (
    "prefix",
    "first_name",
    "last_name",
    "full_name",
    "nickname",
    "province",
    "issue_area",
    "organisation",
    "position",
    "phone",
    "email",
    "role",
    "note",
)
_HEADERS: dict[str, tuple[str, ...]] = {
    "prefix": ("คำนำหน้า", "คำนำหน้าชื่อ", "title", "prefix"),
    "first_name": ("ชื่อ", "first_name", "first name", "firstname", "given name"),
    "last_name": ("นามสกุล", "สกุล", "last_name", "last name", "lastname", "surname"),
    "full_name": ("ชื่อ-สกุล", "ชื่อ-นามสกุล", "ชื่อ นามสกุล", "name", "full name", "fullname"),
    "nickname": ("ชื่อเล่น", "nickname", "nick name"),
    "province": ("จังหวัด", "province"),
    "issue_area": ("ประเด็นงาน", "ประเด็น", "issue_area", "issue area"),
    "organisation": (
        "องค์กร",
        "หน่วยงาน",
        "องค์กร/หน่วยงาน",
        "องค์กร/ตำแหน่ง",
        "organisation",
        "organization",
    ),
    "position": ("ตำแหน่ง", "position"),
    "phone": ("โทรศัพท์", "เบอร์โทร", "เบอร์โทรศัพท์", "โทร", "phone", "telephone", "mobile"),
    "email": ("อีเมล", "อีเมล์", "email", "e-mail"),
    "role": ("บทบาท", "role"),
    "note": ("หมายเหตุ", "note", "notes"),
}
_PUNCTUATION = re.compile(r"[\-_/.*:()\[\]]")


def header_form(header: str) -> str:
    return _PUNCTUATION.sub("", search_form(header))


_LOOKUP = {header_form(h): field for field, headers in _HEADERS.items() for h in headers}

Mapping = dict[str, int]  # field -> column index


def guess_mapping(headers: list[str]) -> Mapping:
    """Each known field to the first column whose header names it."""
    mapping: Mapping = {}
    for index, header in enumerate(headers):
        field = _LOOKUP.get(header_form(header))
        if field and field not in mapping:
            mapping[field] = index
    return mapping
