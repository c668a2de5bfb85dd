"""Badge codes: opaque, random, with a check character.

A code is 15 random characters and one check character from a 31-character
alphabet without look-alikes (no 0/O, 1/I, L): 15 x log2(31) = 74 bits, so
guessing or colliding is out of the question, and nothing about the person is
in it. The check character is a position-weighted sum modulo 31; as 31 is prime,
it catches every single wrong character and every swap of two neighbours, which
lets the desk say "mistyped" rather than "unknown person".
"""

from __future__ import annotations

import itertools
import operator
import secrets
from dataclasses import dataclass
from enum import StrEnum

from registration.domain.kedmanee import kedmanee_to_us_keys

ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
RANDOM_LENGTH = 15
CODE_LENGTH = RANDOM_LENGTH + 1
GROUP = 4
_VALUE = {ch: i for i, ch in enumerate(ALPHABET)}
_SEPARATORS = str.maketrans("", "", " -_\t\r\n\u200b")


def check_character(body: str) -> str:
    total = sum(map(operator.mul, itertools.count(1), map(_VALUE.__getitem__, body)))
    return ALPHABET[total % len(ALPHABET)]


def new_badge_code() -> str:
    number = secrets.randbelow(len(ALPHABET) ** RANDOM_LENGTH)  # one draw, uniform
    digits = []
    for _ in range(RANDOM_LENGTH):
        number, digit = divmod(number, len(ALPHABET))
        digits.append(ALPHABET[digit])
    body = "".join(digits)
    return body + check_character(body)


# Byte b < 248 stands for ALPHABET[b % 31] (248 = 8 x 31, so each character is equally
# likely); the 8 bytes above are dropped. bytes.translate does it for a whole batch in C.
_USABLE_BYTES = len(ALPHABET) * (256 // len(ALPHABET))
_BYTE_TO_CHARACTER = bytes(ord(ALPHABET[b % len(ALPHABET)]) for b in range(_USABLE_BYTES)) + (
    bytes(256 - _USABLE_BYTES)
)
_UNUSABLE_BYTES = bytes(range(_USABLE_BYTES, 256))


def new_badge_codes(count: int) -> list[str]:
    """`count` new codes at once, as random as new_badge_code's (an import needs 10,000:
    one random draw and one C translation instead of 10,000 big-number divisions)."""
    needed = count * RANDOM_LENGTH
    pool = b""
    while len(pool) < needed:
        raw = secrets.token_bytes(needed - len(pool) + needed // 16 + 16)
        pool += raw.translate(_BYTE_TO_CHARACTER, _UNUSABLE_BYTES)
    text = pool[:needed].decode("ascii")
    bodies = [text[i : i + RANDOM_LENGTH] for i in range(0, needed, RANDOM_LENGTH)]
    return [body + check_character(body) for body in bodies]


def format_badge_code(code: str) -> str:
    """Group for reading aloud and typing: ``K7QM-3HXR-9T2W-APQC``."""
    return "-".join(code[i : i + GROUP] for i in range(0, len(code), GROUP))


class CodeProblem(StrEnum):
    NOT_A_CODE = "not_a_badge_code"
    BAD_CHECK = "bad_check_character"


@dataclass(frozen=True)
class ParsedCode:
    """A typed or scanned text read as a badge code; `problem` is None when valid."""

    code: str
    problem: CodeProblem | None

    @property
    def valid(self) -> bool:
        return self.problem is None


def _well_formed(code: str) -> bool:
    return len(code) == CODE_LENGTH and all(ch in _VALUE for ch in code)


def parse_badge_code(raw: str) -> ParsedCode:
    """Read what a scanner or a person typed, forgiving layout, case and separators.

    Text that is no code as typed is read again as keys pressed with the Thai
    layout active (a code of only 2s and 3s arrives as "/" and "-", no Thai at all).
    """
    text = raw.strip()
    code = text.translate(_SEPARATORS).upper()
    if not _well_formed(code):
        mapped = kedmanee_to_us_keys(text).translate(_SEPARATORS).upper()
        if _well_formed(mapped):
            code = mapped
        else:
            return ParsedCode(code, CodeProblem.NOT_A_CODE)
    if check_character(code[:-1]) != code[-1]:
        return ParsedCode(code, CodeProblem.BAD_CHECK)
    return ParsedCode(code, None)
