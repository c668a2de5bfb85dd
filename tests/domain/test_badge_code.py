import string

from hypothesis import given
from hypothesis import strategies as st

from registration.domain.badge_code import (
    ALPHABET,
    CODE_LENGTH,
    CodeProblem,
    check_character,
    format_badge_code,
    new_badge_code,
    parse_badge_code,
)
from registration.domain.kedmanee import type_as_kedmanee

codes = st.text(alphabet=ALPHABET, min_size=CODE_LENGTH - 1, max_size=CODE_LENGTH - 1).map(
    lambda body: body + check_character(body)
)


def test_alphabet_has_no_look_alikes_and_codes_carry_at_least_60_bits() -> None:
    assert not set("0O1IL") & set(ALPHABET)
    assert len(ALPHABET) ** (CODE_LENGTH - 1) >= 2**60


def test_new_codes_are_valid_distinct_and_upper_case() -> None:
    made = {new_badge_code() for _ in range(2000)}
    assert len(made) == 2000
    assert all(parse_badge_code(code).valid and code.isupper() for code in made)


@given(codes)
def test_printed_grouping_reads_back(code: str) -> None:
    printed = format_badge_code(code)
    assert printed.count("-") == 3
    assert parse_badge_code(printed).code == code
    assert parse_badge_code(f"  {printed.lower()} ").valid


@given(codes, st.integers(0, CODE_LENGTH - 1), st.sampled_from(ALPHABET))
def test_every_single_wrong_character_is_told_apart(code: str, position: int, wrong: str) -> None:
    if code[position] == wrong:
        return
    typo = code[:position] + wrong + code[position + 1 :]
    assert parse_badge_code(typo).problem is CodeProblem.BAD_CHECK


@given(codes, st.integers(0, CODE_LENGTH - 2))
def test_every_swap_of_neighbours_is_told_apart(code: str, position: int) -> None:
    a, b = code[position], code[position + 1]
    if a == b:
        return
    swapped = code[:position] + b + a + code[position + 2 :]
    assert parse_badge_code(swapped).problem is CodeProblem.BAD_CHECK


@given(codes)
def test_a_scan_typed_with_the_thai_layout_reads_as_the_code(code: str) -> None:
    thai = type_as_kedmanee(code)
    assert thai != code
    assert parse_badge_code(thai).code == code
    assert parse_badge_code(thai).valid


@given(codes)
def test_thai_layout_without_shift_also_maps_back(code: str) -> None:
    # Some scanners send lower case and rely on Caps Lock; Thai layout then gives the plain level.
    assert parse_badge_code(type_as_kedmanee(code.lower())).code == code


def test_known_kedmanee_keys() -> None:
    # Digits come out as Thai on the number row: 2 -> "/", 3 -> "-", 5 -> ถ, 8 -> ค.
    assert type_as_kedmanee("2358") == "/-ถค"
    assert type_as_kedmanee("ABC") == "ฤฺฉ"


@given(st.text(max_size=60))
def test_any_text_is_read_without_crashing(text: str) -> None:
    parsed = parse_badge_code(text)
    assert parsed.valid == (parsed.problem is None)


def test_garbage_is_not_a_code() -> None:
    assert parse_badge_code("").problem is CodeProblem.NOT_A_CODE
    assert parse_badge_code("8850999123456").problem is CodeProblem.NOT_A_CODE
    assert parse_badge_code(string.ascii_uppercase).problem is CodeProblem.NOT_A_CODE


def test_codes_made_in_a_batch_are_valid_distinct_and_use_the_whole_alphabet() -> None:
    from registration.domain.badge_code import ALPHABET, new_badge_codes

    batch = new_badge_codes(2000)

    assert len(batch) == len(set(batch)) == 2000
    assert all(parse_badge_code(code).valid for code in batch)
    assert set("".join(code[:-1] for code in batch)) == set(ALPHABET)
    assert new_badge_codes(0) == []
