"""Thai ranks and titles in their usual short forms, for badges where space is short.

"ว่าที่ร้อยตรีหญิง" takes a third of a badge line; "ว่าที่ ร.ต.หญิง" is how a Thai
office writes it when space is short, and leaves room for the surname.
"""

from __future__ import annotations

import re

SHORT_FORMS: dict[str, str] = {
    # academic
    "ผู้ช่วยศาสตราจารย์": "ผศ.",
    "รองศาสตราจารย์": "รศ.",
    "ศาสตราจารย์": "ศ.",
    "ดอกเตอร์": "ดร.",
    # medical
    "นายแพทย์": "นพ.",
    "แพทย์หญิง": "พญ.",
    "ทันตแพทย์หญิง": "ทพญ.",
    "ทันตแพทย์": "ทพ.",
    # police
    "พลตำรวจเอก": "พล.ต.อ.",
    "พลตำรวจโท": "พล.ต.ท.",
    "พลตำรวจตรี": "พล.ต.ต.",
    "พันตำรวจเอก": "พ.ต.อ.",
    "พันตำรวจโท": "พ.ต.ท.",
    "พันตำรวจตรี": "พ.ต.ต.",
    "ร้อยตำรวจเอก": "ร.ต.อ.",
    "ร้อยตำรวจโท": "ร.ต.ท.",
    "ร้อยตำรวจตรี": "ร.ต.ต.",
    "ดาบตำรวจ": "ด.ต.",
    "จ่าสิบตำรวจ": "จ.ส.ต.",
    "สิบตำรวจเอก": "ส.ต.อ.",
    "สิบตำรวจโท": "ส.ต.ท.",
    "สิบตำรวจตรี": "ส.ต.ต.",
    # army
    "พลเอก": "พล.อ.",
    "พลโท": "พล.ท.",
    "พลตรี": "พล.ต.",
    "พันเอก": "พ.อ.",
    "พันโท": "พ.ท.",
    "พันตรี": "พ.ต.",
    "ร้อยเอก": "ร.อ.",
    "ร้อยโท": "ร.ท.",
    "ร้อยตรี": "ร.ต.",
    "จ่าสิบเอก": "จ.ส.อ.",
    "จ่าสิบโท": "จ.ส.ท.",
    "จ่าสิบตรี": "จ.ส.ต.",
    "สิบเอก": "ส.อ.",
    "สิบโท": "ส.ท.",
    "สิบตรี": "ส.ต.",
    # civil
    "นางสาว": "น.ส.",
    "เด็กชาย": "ด.ช.",
    "เด็กหญิง": "ด.ญ.",
}
_LONG_FORMS = re.compile("|".join(sorted(SHORT_FORMS, key=len, reverse=True)))
_ACTING = re.compile(r"ว่าที่\s*")  # ว่าที่ร.ต. reads badly: ว่าที่ ร.ต.


def short_prefix(prefix: str) -> str:
    """The prefix with every rank or title in its short form (unknown words kept)."""
    short = _LONG_FORMS.sub(lambda match: SHORT_FORMS[match.group()], prefix)
    if short != prefix:
        short = _ACTING.sub("ว่าที่ ", short)
    return short
