"""Thai text breaks between words, keeps every mark, and shrinks before it wraps."""

from __future__ import annotations

import pytest

from registration.printing.fonts import BOLD, REGULAR, register_fonts, width
from registration.printing.thai_wrap import ELLIPSIS, clusters, fit, words, wrap

ORGANISATION = "คณะทำงานยุทธศาสตร์การพัฒนาขบวนองค์กรชุมชนระดับจังหวัดและกลุ่มจังหวัด"


@pytest.fixture(autouse=True)
def _fonts() -> None:
    register_fonts()


def test_wrap_breaks_only_between_words_and_keeps_every_character() -> None:
    lines = wrap(ORGANISATION, REGULAR, 10, 120)
    assert len(lines) > 2
    assert "".join(lines) == ORGANISATION
    boundaries = set()
    position = 0
    for word in words(ORGANISATION):
        position += len(word)
        boundaries.add(position)
    position = 0
    for line in lines[:-1]:
        position += len(line)
        assert position in boundaries, f"broke inside a word after {line!r}"
    assert all(width(line, REGULAR, 10) <= 120 for line in lines)


def test_wrap_does_not_break_governance_in_the_middle() -> None:
    lines = wrap("แนวปฏิบัติธรรมาภิบาลขององค์กร", REGULAR, 10, 70)
    assert not any(line.endswith("ธร") for line in lines)
    assert any("ธรรมาภิบาล" in line for line in lines)


def test_a_word_wider_than_the_line_splits_between_clusters_never_before_a_mark() -> None:
    lines = wrap("ปิ่นปิ่นปิ่นปิ่นปิ่นปิ่นปิ่นปิ่น", BOLD, 20, 60)
    assert len(lines) > 1
    assert "".join(lines) == "ปิ่น" * 8
    for line in lines:
        assert line[0] not in "\u0e34\u0e48\u0e49"  # no line starts with a vowel or tone mark


def test_clusters_keep_upper_vowel_and_tone_mark_with_their_consonant() -> None:
    assert clusters("ปิ่น") == ["ปิ่", "น"]
    assert clusters("น้ำ") == ["น้", "ำ"]


def test_a_long_name_shrinks_before_it_wraps() -> None:
    name = "ว่าที่ร้อยตรีประเสริฐศักดิ์ ศรีสุวรรณพันธุ์"
    fitted = fit(name, BOLD, 160, 46, 20, 9, leading=1.3)
    assert fitted.lines == (name,)
    assert 9 <= fitted.size < 20
    assert width(name, BOLD, fitted.size) <= 160


def test_a_name_too_long_for_one_line_at_the_minimum_wraps() -> None:
    name = "ว่าที่ร้อยตรีเฉลิมพระเกียรติ เจริญรุ่งเรืองกิจไพศาลธรรมวิจิตรพิทักษ์กุล"
    fitted = fit(name, BOLD, 100, 46, 20, 9, leading=1.3)
    assert len(fitted.lines) > 1
    assert "".join(fitted.lines).replace(" ", "") == name.replace(" ", "")
    assert not fitted.truncated


def test_text_that_cannot_fit_is_cut_with_an_ellipsis_inside_the_box() -> None:
    fitted = fit("ปิ่น" * 75, BOLD, 100, 46, 20, 9, leading=1.3)
    assert fitted.truncated
    assert fitted.lines[-1].endswith(ELLIPSIS)
    assert len(fitted.lines) * 9 * 1.3 <= 46
    assert all(width(line, BOLD, 9) <= 100 for line in fitted.lines)


def test_a_name_wraps_between_its_parts_not_between_dictionary_words() -> None:
    name = "ว่าที่ร้อยตรี กิตติพัฒน์ภูมิพงศ์ ปิ่นทองญูน้ำใสที่หนึ่ง"
    fitted = fit(name, BOLD, 130, 46, 20, 9, leading=1.3, name=True)
    assert len(fitted.lines) >= 2 and not fitted.truncated
    assert " ".join(fitted.lines) == name  # every break at a space between the parts
    assert 9 <= fitted.size <= 46 / 2 / 1.3
