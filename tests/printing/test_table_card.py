"""Table name cards: the name on both faces, one upright and one upside down on the sheet."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from registration.domain.errors import UserError
from registration.printing.table_card import TableCard, render_table_cards


def squeeze(text: str) -> str:
    """NFC without white space: exact text, wherever a line or cell broke it."""
    return "".join(unicodedata.normalize("NFC", text).split())


def _halves(path: Path, page: int = 0) -> tuple[str, str]:
    """Text in the lower and the upper half of a page."""
    document = pdfium.PdfDocument(str(path))
    try:
        sheet = document[page]
        width, height = sheet.get_size()
        text = sheet.get_textpage()
        lower = text.get_text_bounded(0, 0, width, height / 2)
        upper = text.get_text_bounded(0, height / 2, width, height)
        return squeeze(lower), squeeze(upper)
    finally:
        document.close()


def test_the_name_is_on_both_faces(tmp_path: Path) -> None:
    out = tmp_path / "cards.pdf"
    cards = [
        TableCard("รศ. ดร. ปิ่นประภัสสร ตัวอย่างปิ่นทอง", "ผู้อำนวยการสำนักงานภาคกลางและตะวันตก"),
        TableCard("นายสมชาย ใจดี"),
    ]
    result = render_table_cards(out, cards, "เหลียวหลังแลหน้า ร่วมพัฒนาระบบธรรมาภิบาล")
    assert (result.pages, result.items) == (2, 2)
    for page, card in enumerate(cards):
        lower, upper = _halves(out, page)
        assert squeeze(card.name) in lower and squeeze(card.line) in lower
        assert len(upper) == len(lower)  # the same text again, upside down
        assert _difference_of_faces(out, page) < 0.5  # the upper face is the lower one turned


def _difference_of_faces(path: Path, page: int) -> float:
    """Mean grey difference between the lower face and the upper one turned round."""
    document = pdfium.PdfDocument(str(path))
    try:
        image = document[page].render(scale=1.5, grayscale=True).to_pil()
    finally:
        document.close()
    width, height = image.size
    band = 10  # the fold line lies between the faces
    lower = image.crop((0, height // 2 + band, width, height))
    upper = image.crop((0, 0, width, height - height // 2 - band)).rotate(180)
    low, up = lower.tobytes(), upper.tobytes()
    assert min(low) < 100  # there is ink on the face
    return sum(abs(a - b) for a, b in zip(low, up, strict=True)) / len(low)


def test_nobody_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UserError):
        render_table_cards(tmp_path / "none.pdf", [])
    assert not (tmp_path / "none.pdf").exists()
