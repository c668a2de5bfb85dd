"""Certificates: one landscape page each, Thai text extractable, images checked."""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image

from registration.domain.errors import UserError
from registration.printing.certificate import (
    CertificatePage,
    Signatory,
    dates_in_words,
    given_on_words,
    render_certificates,
    texts_for_event,
)
from tests.printing.pdf_tools import pdfium_texts
from tests.printing.people import EVENT


def squeeze(text: str) -> str:
    """NFC without white space: exact text, wherever a line or cell broke it."""
    return "".join(unicodedata.normalize("NFC", text).split())


NAMES = ["นางสาวพรรณิดา พันธ์พืช", "นายปฏิพัทธ์ ตัวอย่างดี", "ผศ. ดร. สมชาย ใจดี"]


def _image(path: Path, kind: str = "PNG", size: tuple[int, int] = (300, 100)) -> Path:
    Image.new("RGB", size, (20, 40, 160)).save(path, kind)
    return path


def test_dates_in_words_use_the_buddhist_era() -> None:
    assert dates_in_words(date(2019, 2, 9), date(2019, 2, 10)) == (
        "ระหว่างวันที่ 9–10 เดือนกุมภาพันธ์ พุทธศักราช 2562"
    )
    assert dates_in_words(date(2019, 2, 9), date(2019, 2, 9)) == (
        "เมื่อวันที่ 9 เดือนกุมภาพันธ์ พุทธศักราช 2562"
    )
    assert dates_in_words(date(2019, 1, 30), date(2019, 2, 1)) == (
        "ระหว่างวันที่ 30 เดือนมกราคม – 1 เดือนกุมภาพันธ์ พุทธศักราช 2562"
    )
    assert given_on_words(date(2019, 2, 10)) == "ให้ไว้ ณ วันที่ 10 เดือนกุมภาพันธ์ พุทธศักราช 2562"


def test_each_certificate_carries_its_name_number_and_the_event(tmp_path: Path) -> None:
    texts = texts_for_event(
        EVENT,
        "สถาบันพัฒนาองค์กรชุมชน (องค์การมหาชน)",
        [
            Signatory("นายสมศักดิ์ ผู้อำนวยการ", "ผู้อำนวยการสำนักงานภาคกลางและตะวันตก",
                      _image(tmp_path / "sign.png")),
            Signatory("นางวิไล ใจดี", "ประธานคณะทำงาน"),
        ],
        logo=_image(tmp_path / "logo.jpg", "JPEG", (200, 200)),
    )  # fmt: skip
    out = tmp_path / "certificates.pdf"
    pages = [CertificatePage(name, f"{n:04d}/2562") for n, name in enumerate(NAMES, 1)]
    result = render_certificates(out, texts, pages)
    assert result.pages == 3
    document = pdfium.PdfDocument(str(out))
    try:
        width, height = document[0].get_size()
    finally:
        document.close()
    assert width > height  # landscape
    for n, (name, text) in enumerate(zip(NAMES, pdfium_texts(out), strict=True), 1):
        text = squeeze(text)
        assert squeeze(name) in text
        assert f"{n:04d}/2562" in text
        assert squeeze("ได้เข้าร่วมการประชุมเชิงปฏิบัติการ") in text
        assert squeeze("พุทธศักราช 2562") in text
        assert squeeze("(นางวิไล ใจดี)") in text


@pytest.mark.parametrize(
    ("make", "code"),
    [
        (lambda p: p, "image_missing"),
        (lambda p: (p.write_bytes(b"GIF89a" + b"\0" * 100), p)[1], "image_wrong_type"),
        (lambda p: (p.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 50), p)[1], "image_unreadable"),
        (lambda p: (p.write_bytes(b"\xff\xd8\xff" + b"\0" * (6 * 1024 * 1024)), p)[1],
         "image_too_large"),
    ],
)  # fmt: skip
def test_a_bad_logo_is_refused_with_a_reason_and_no_file(tmp_path: Path, make, code) -> None:
    logo = make(tmp_path / "logo.png")
    texts = texts_for_event(EVENT, "x", logo=logo)
    out = tmp_path / "out.pdf"
    with pytest.raises(UserError) as caught:
        render_certificates(out, texts, [CertificatePage("นายก ข", "0001/2562")])
    assert caught.value.code == code
    assert not out.exists()


def test_three_signatories_are_refused(tmp_path: Path) -> None:
    texts = texts_for_event(EVENT, "x", [Signatory("ก", "ข")] * 3)
    with pytest.raises(UserError) as caught:
        render_certificates(tmp_path / "x.pdf", texts, [CertificatePage("นายก ข", "1")])
    assert caught.value.code == "too_many_signatories"
