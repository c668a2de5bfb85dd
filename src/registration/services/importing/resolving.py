"""Reading what people write for a province, an issue area or a role."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Generic, TypeVar

from registration.domain.enums import Role
from registration.domain.records import IssueAreaInfo, ProvinceInfo
from registration.domain.thai_text import search_form

# Short forms people use for the long official names.
PROVINCE_ALIASES = {
    "อยุธยา": "TH-14",
    "กรุงศรีอยุธยา": "TH-14",
    "ayutthaya": "TH-14",
    "ayudhya": "TH-14",
    "กทม": "TH-10",
    "กรุงเทพ": "TH-10",
    "กรุงเทพฯ": "TH-10",
    "bkk": "TH-10",
    "โคราช": "TH-30",
    "korat": "TH-30",
    "สุพรรณ": "TH-72",
    "ประจวบ": "TH-77",
    "นครศรีฯ": "TH-80",
    "โคราชฯ": "TH-30",
    "กาญ": "TH-71",
}
_PROVINCE_WORD = re.compile(r"^(จังหวัด|จ\.|changwat|province of)\s*", re.IGNORECASE)
_ENGLISH_SUFFIX = re.compile(r"\s*province$", re.IGNORECASE)


def _province_form(text: str) -> str:
    text = _ENGLISH_SUFFIX.sub("", _PROVINCE_WORD.sub("", text.strip()))
    return search_form(text).replace(".", "").replace("-", "")


T = TypeVar("T")


@dataclass(frozen=True)
class Resolved(Generic[T]):
    value: T | None
    suggestion: str = ""


class ProvinceResolver:
    def __init__(self, provinces: list[ProvinceInfo]) -> None:
        self._by_form: dict[str, ProvinceInfo] = {}
        by_code = {p.code: p for p in provinces}
        for p in provinces:
            for name in (p.name_th, p.name_en, p.code, p.code.removeprefix("TH-")):
                self._by_form[_province_form(name)] = p
        for alias, code in PROVINCE_ALIASES.items():
            if code in by_code:
                self._by_form.setdefault(_province_form(alias), by_code[code])

    def resolve(self, text: str) -> Resolved[ProvinceInfo]:
        found = self._by_form.get(_province_form(text))
        if found:
            return Resolved(found)
        # Closest of every known form, short forms included: อยุทยา -> อยุธยา -> พระนครศรีอยุธยา.
        close = difflib.get_close_matches(
            _province_form(text), list(self._by_form), n=1, cutoff=0.5
        )
        return Resolved(None, self._by_form[close[0]].name_th if close else "")


class IssueAreaResolver:
    def __init__(self, areas: list[IssueAreaInfo]) -> None:
        self._by_form = {
            search_form(name): area
            for area in areas
            for name in (area.key, area.name_th, area.name_en)
            if name
        }
        self._labels = {area.name_th: area for area in areas}

    def resolve(self, text: str) -> Resolved[IssueAreaInfo]:
        """Exact label, key or English name; or the one label that starts with the text."""
        form = search_form(text)
        found = self._by_form.get(form)
        if found:
            return Resolved(found)
        starting = {
            area.id: area for f, area in self._by_form.items() if form and f.startswith(form)
        }
        if len(starting) == 1:
            return Resolved(next(iter(starting.values())))
        close = difflib.get_close_matches(text.strip(), list(self._labels), n=1, cutoff=0.5)
        return Resolved(None, close[0] if close else "")


ROLE_WORDS: dict[Role, tuple[str, ...]] = {
    Role.REPRESENTATIVE: ("ผู้แทน", "ตัวแทน", "ผู้แทนประเด็น", "representative", "rep"),
    Role.PROVINCIAL_STRATEGY: (
        "ยุทธศาสตร์จังหวัด",
        "ยุทธศาสตร์",
        "provincial strategy",
        "strategy",
        "provincial_strategy",
    ),
    Role.SECRETARIAT: ("กองเลขา", "เลขานุการ", "secretariat"),
    Role.STAFF: ("เจ้าหน้าที่", "เจ้าหน้าที่ พอช.", "staff", "codi staff"),
    Role.SPEAKER: ("วิทยากร", "speaker"),
    Role.GUEST: ("แขก", "ผู้สังเกตการณ์", "ผู้เข้าร่วม", "guest", "observer"),
}
_ROLE_BY_FORM = {
    search_form(word).replace(".", ""): role for role, words in ROLE_WORDS.items() for word in words
}
# Issue areas that are really roles (the reference data's kind "role") by key.
ROLE_OF_AREA_KEY = {
    "strategy": Role.PROVINCIAL_STRATEGY,
    "secretariat": Role.SECRETARIAT,
    "staff": Role.STAFF,
}


def resolve_role(text: str) -> Role | None:
    return _ROLE_BY_FORM.get(search_form(text).replace(".", ""))
