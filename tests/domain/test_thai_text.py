import itertools
import re
import unicodedata
from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pythainlp.util import collate

from registration.domain.names import display_name, split_full_name
from registration.domain.phone import format_phone, normalise_phone
from registration.domain.thai_dates import format_date, format_date_range, format_moment
from registration.domain.thai_text import (
    clean_text,
    name_sort_key,
    search_form,
    thai_sort_key,
)

THAI_LETTERS = [chr(c) for c in range(0x0E01, 0x0E2F)] + ["เ", "แ", "โ", "ใ", "ไ", "า", "ิ", "่", "้"]
thai_words = st.text(alphabet=THAI_LETTERS, min_size=1, max_size=8)


def test_dictionary_order_skips_leading_vowels() -> None:
    words = ["ไก่", "เกิด", "กาล", "เป็ด", "หมู", "วัว", "วันที่", "แมว", "โต๊ะ", "ใจ"]
    assert sorted(words, key=thai_sort_key) == collate(words)
    assert sorted(words, key=thai_sort_key)[:3] == ["กาล", "เกิด", "ไก่"]
    assert sorted(words) != collate(words)  # plain sorting puts เ แ โ ใ ไ last


@given(st.lists(thai_words, min_size=2, max_size=20, unique=True))
def test_sort_key_agrees_with_pythainlp_collate(words: list[str]) -> None:
    ours = sorted(words, key=thai_sort_key)
    theirs = collate(words)
    assert [thai_sort_key(w) for w in ours] == [thai_sort_key(w) for w in theirs]


def test_names_sort_by_first_name_then_last_name() -> None:
    people = [("สมชาย", "ใจดี"), ("เกียรติ", "ขาว"), ("สมชาย", "กล้า"), ("กมล", "ไชย")]
    ordered = sorted(people, key=lambda p: name_sort_key(*p))
    assert ordered == [("กมล", "ไชย"), ("เกียรติ", "ขาว"), ("สมชาย", "กล้า"), ("สมชาย", "ใจดี")]


def test_search_form_ignores_spacing_zero_width_and_tone_order() -> None:
    assert search_form("สม ชาย") == search_form("สมชาย")
    assert search_form("สม\u200bชาย") == search_form("สมชาย")
    # tone mark typed before the vowel: น + ่ + ี  vs  น + ี + ่
    assert search_form("น\u0e48\u0e35") == search_form("น\u0e35\u0e48")
    assert search_form("Somchai") == search_form("SOMCHAI")


@pytest.mark.parametrize(
    ("text", "prefix", "first", "last"),
    [
        ("นางสาวพรรณิดา พันธ์พืช", "นางสาว", "พรรณิดา", "พันธ์พืช"),
        ("นางพรรณิดา พันธ์พืช", "นาง", "พรรณิดา", "พันธ์พืช"),
        ("นายสมชาย  ใจดี", "นาย", "สมชาย", "ใจดี"),
        ("ผศ. ดร. สมชาย ใจดี", "ผศ. ดร.", "สมชาย", "ใจดี"),
        ("ว่าที่ร้อยตรี สมศักดิ์ ทดลอง", "ว่าที่ร้อยตรี", "สมศักดิ์", "ทดลอง"),
        ("พ.ต.ท.สมชาย ใจดี", "พ.ต.ท.", "สมชาย", "ใจดี"),
        ("นายิกา สุขใจ", "", "นายิกา", "สุขใจ"),  # นาย is not a prefix here
        ("Mrs Jane Doe", "Mrs", "Jane", "Doe"),
        ("Mrsomebody Doe", "", "Mrsomebody", "Doe"),
        ("สมชาย", "", "สมชาย", ""),
    ],
)
def test_full_name_splits_into_prefix_first_last(
    text: str, prefix: str, first: str, last: str
) -> None:
    parts = split_full_name(text)
    assert (parts.prefix, parts.first_name, parts.last_name) == (prefix, first, last)


def test_display_name_glues_only_the_plain_titles() -> None:
    assert display_name("นางสาว", "พรรณิดา", "พันธ์พืช") == "นางสาวพรรณิดา พันธ์พืช"
    assert display_name("ดร.", "สมชาย", "ใจดี") == "ดร. สมชาย ใจดี"
    assert display_name("", "สมชาย", "") == "สมชาย"


def test_dates_in_buddhist_era() -> None:
    day = date(2019, 2, 9)
    assert format_date(day) == "9 กุมภาพันธ์ 2562"
    assert format_date(day, short=True) == "9 ก.พ. 62"
    assert format_date(day, "en") == "9 February 2019"
    assert format_date_range(day, date(2019, 2, 10)) == "9–10 กุมภาพันธ์ 2562"
    assert format_date_range(date(2019, 1, 31), day) == "31 มกราคม 2562 – 9 กุมภาพันธ์ 2562"


def test_a_files_time_reads_in_the_buddhist_era_in_thai() -> None:
    moment = datetime(2026, 12, 1, 9, 5)
    assert format_moment(moment) == "1 ธ.ค. 2569 09:05"
    assert format_moment(moment, "en") == "1 Dec 2026 09:05"
    assert format_moment(moment.replace(second=7), seconds=True) == "1 ธ.ค. 2569 09:05:07"


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("081-234-5678", "0812345678"),
        ("02 123 4567", "021234567"),
        ("+66 81 234 5678", "0812345678"),
        ("๐๘๑๒๓๔๕๖๗๘", "0812345678"),
        ("12345", None),
        ("081-234-567x", None),
    ],
)
def test_phone_numbers(text: str, digits: str | None) -> None:
    assert normalise_phone(text) == digits


def test_phone_formatting() -> None:
    assert format_phone("0812345678") == "081-234-5678"
    assert format_phone("021234567") == "02-123-4567"


thai_marks = st.text(
    alphabet=[chr(c) for c in range(0x0E01, 0x0E5C) if chr(c).isprintable()] + [" ", "\u200b"],
    max_size=12,
)


def _has_repeats(text: str) -> bool:
    return any(
        a == b or ("\u0e48" <= a <= "\u0e4b" and "\u0e48" <= b <= "\u0e4b")
        for a, b in itertools.pairwise(text)
    )


def _compact(text: str) -> str:
    """The text as search_form sees it: NFC (which puts a lower vowel before a tone mark
    typed ahead of it) without spacing or zero-width spaces: "\u0e48\u0e38\u0e48" has its
    two tone marks side by side only in NFC."""
    return "".join(unicodedata.normalize("NFC", text).replace("\u200b", "").split())


@given(thai_marks.filter(lambda t: not _has_repeats(_compact(t))))
def test_search_form_skips_pythainlp_only_when_it_would_change_nothing(text: str) -> None:
    from pythainlp.util import reorder_vowels

    compact = _compact(text)
    assert search_form(text) == reorder_vowels(compact).casefold()


@given(
    st.text(
        alphabet=st.sampled_from(
            list("aB ก่ิำ\u0e4d\u0e32\t\n\r\u00a0\u200b\u200d\u00ad\ufeff\u0301e")
        )
    )
)
def test_clean_text_only_skips_work_on_text_that_is_already_clean(text: str) -> None:
    """The quick path for tidy cells gives what the full tidying would."""
    full = re.sub(
        r"\s+",
        " ",
        re.sub("[\u200b-\u200d\u2060\ufeff\u00ad]", "", unicodedata.normalize("NFC", text)),
    ).strip()
    assert clean_text(text) == full
