"""Thai personal names: title prefixes and splitting a one-column full name."""

from __future__ import annotations

import re
from dataclasses import dataclass

from registration.domain.thai_text import clean_text

# Written without a space before the first name (นายสมชาย) or, for ranks and
# academic titles, usually with one; they can stack (ผศ. ดร. สมชาย).
TITLE_PREFIXES: tuple[str, ...] = (
    "นางสาว",
    "นาง",
    "นาย",
    "น.ส.",
    "ด.ช.",
    "ด.ญ.",
    "เด็กชาย",
    "เด็กหญิง",
    "ดร.",
    "ศ.",
    "รศ.",
    "ผศ.",
    "ศ.ดร.",
    "รศ.ดร.",
    "ผศ.ดร.",
    "นพ.",
    "พญ.",
    "ทพ.",
    "ทพญ.",
    "พ.ต.ท.",
    "พ.ต.อ.",
    "พ.ต.ต.",
    "ร.ต.อ.",
    "ร.ต.ท.",
    "ร.ต.ต.",
    "ด.ต.",
    "จ.ส.ต.",
    "ส.ต.อ.",
    "พล.ต.อ.",
    "พล.ต.ท.",
    "พล.ต.ต.",
    "พ.อ.",
    "พ.ท.",
    "พ.ต.",
    "ร.อ.",
    "ร.ท.",
    "ร.ต.",
    "จ.ส.อ.",
    "ว่าที่ร้อยตรี",
    "ว่าที่ ร.ต.",
    "ว่าที่ร.ต.",
    "พระ",
    "พระครู",
    "แม่ชี",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Miss",
    "Dr.",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
)
_BY_LENGTH = sorted(TITLE_PREFIXES, key=len, reverse=True)
_BY_FIRST_CHARACTER: dict[str, list[str]] = {}
for _prefix in _BY_LENGTH:
    _BY_FIRST_CHARACTER.setdefault(_prefix[0], []).append(_prefix)
# A name starts with a consonant, a leading vowel, a Latin letter or a digit,
# never with an above/below vowel or tone mark (so นายิกา is not นาย + ิกา).
_NAME_START = re.compile(r"[\u0e01-\u0e2e\u0e40-\u0e44A-Za-z0-9]")


@dataclass(frozen=True)
class NameParts:
    prefix: str
    first_name: str
    last_name: str


def split_prefix(text: str) -> tuple[str, str]:
    """Split stacked title prefixes off the front: ('ผศ. ดร.', 'สมชาย ใจดี')."""
    rest = clean_text(text)
    found: list[str] = []
    while True:
        for prefix in _BY_FIRST_CHARACTER.get(rest[:1], ()):
            if not rest.startswith(prefix):
                continue
            remainder = rest[len(prefix) :].lstrip()
            latin_word = prefix[-1].isalpha() and prefix.isascii()
            if latin_word and rest[len(prefix) : len(prefix) + 1] not in (" ", ""):
                continue  # "Mrs" must not eat the start of "Mrsomething"
            if remainder and _NAME_START.match(remainder):
                found.append(prefix)
                rest = remainder
                break
        else:
            return " ".join(found), rest


def split_full_name(text: str) -> NameParts:
    """'นางสาวพรรณิดา พันธ์พืช' -> ('นางสาว', 'พรรณิดา', 'พันธ์พืช')."""
    prefix, rest = split_prefix(text)
    first, _, last = rest.partition(" ")
    return NameParts(prefix, first, last.strip())


def display_name(prefix: str, first_name: str, last_name: str) -> str:
    """นาย/นาง/นางสาว are glued to the first name; ranks and titles take a space."""
    name = f"{first_name} {last_name}".strip()
    if not prefix:
        return name
    glued = prefix in ("นาย", "นาง", "นางสาว", "เด็กชาย", "เด็กหญิง")
    return f"{prefix}{name}" if glued else f"{prefix} {name}"
