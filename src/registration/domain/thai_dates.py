"""Dates as a Thai reader expects them (Buddhist Era) and as an English one does."""

from __future__ import annotations

from datetime import date, datetime

BUDDHIST_ERA_OFFSET = 543

THAI_MONTHS = (
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
)
THAI_MONTHS_SHORT = (
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
)
ENGLISH_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def buddhist_year(day: date) -> int:
    return day.year + BUDDHIST_ERA_OFFSET


def format_date(day: date, language: str = "th", short: bool = False) -> str:
    """'9 กุมภาพันธ์ 2562', short '9 ก.พ. 62'; English '9 February 2019'."""
    if language != "th":
        return f"{day.day} {ENGLISH_MONTHS[day.month - 1]} {day.year}"
    if short:
        return f"{day.day} {THAI_MONTHS_SHORT[day.month - 1]} {buddhist_year(day) % 100:02d}"
    return f"{day.day} {THAI_MONTHS[day.month - 1]} {buddhist_year(day)}"


def format_moment(moment: datetime, language: str = "th", seconds: bool = False) -> str:
    """A file's time: '1 ธ.ค. 2569 22:46' (the whole Buddhist-Era year); '1 Dec 2026 22:46'."""
    if language == "th":
        month, year = THAI_MONTHS_SHORT[moment.month - 1], buddhist_year(moment.date())
    else:
        month, year = ENGLISH_MONTHS[moment.month - 1][:3], moment.year
    time = f"{moment:%H:%M:%S}" if seconds else f"{moment:%H:%M}"
    return f"{moment.day} {month} {year} {time}"


def format_date_range(first: date, last: date, language: str = "th") -> str:
    """'9–10 กุมภาพันธ์ 2562' within a month; full dates on both sides otherwise."""
    if first == last:
        return format_date(first, language)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{format_date(last, language)}"
    return f"{format_date(first, language)} – {format_date(last, language)}"
