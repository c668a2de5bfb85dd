"""Certificates of attendance (เกียรติบัตร): one A4 landscape page per person.

The texts come from the organiser (issuer, wording, signatories, images); the names and
numbers from the certificate log. Shaped, wrapped and embedded like the badges.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from registration.domain.errors import UserError
from registration.domain.progress import CancelCheck, Progress
from registration.domain.records import EventInfo
from registration.domain.thai_dates import THAI_MONTHS, buddhist_year
from registration.printing.atomic import atomic_output
from registration.printing.certificate_images import checked_image
from registration.printing.document import new_canvas
from registration.printing.fonts import BOLD, REGULAR, printable
from registration.printing.jobs import PrintResult, print_control
from registration.printing.pdf_text import draw_text
from registration.printing.text_box import draw_fitted, used_height
from registration.printing.thai_wrap import FittedText

PAGE = landscape(A4)
WIDTH, HEIGHT = PAGE
TEXT_WIDTH = WIDTH - 60 * mm
BORDER_COLOUR = (0.55, 0.42, 0.12)


@dataclass(frozen=True)
class Signatory:
    name: str
    position: str
    signature: Path | None = None


@dataclass(frozen=True)
class CertificateTexts:
    issuer: str  # e.g. สถาบันพัฒนาองค์กรชุมชน (องค์การมหาชน)
    event_name: str
    dates: str  # dates_in_words(...)
    place: str
    given_on: str  # e.g. "ให้ไว้ ณ วันที่ 10 เดือนกุมภาพันธ์ พุทธศักราช 2562"
    presented: str = "ขอมอบเกียรติบัตรฉบับนี้ไว้เพื่อแสดงว่า"
    attended: str = "ได้เข้าร่วมการประชุมเชิงปฏิบัติการ"
    signatories: tuple[Signatory, ...] = field(default_factory=tuple)
    logo: Path | None = None


@dataclass(frozen=True)
class CertificatePage:
    name: str  # with prefix
    number: str  # as printed, e.g. 0007/2562


def _day_month(day: date) -> str:
    return f"{day.day} เดือน{THAI_MONTHS[day.month - 1]}"


def dates_in_words(first: date, last: date) -> str:
    """'ระหว่างวันที่ 9–10 เดือนกุมภาพันธ์ พุทธศักราช 2562'; one day: 'เมื่อวันที่ …'."""
    year = f"พุทธศักราช {buddhist_year(last)}"
    if first == last:
        return f"เมื่อวันที่ {_day_month(first)} {year}"
    if (first.year, first.month) == (last.year, last.month):
        return f"ระหว่างวันที่ {first.day}–{_day_month(last)} {year}"
    if first.year == last.year:
        return f"ระหว่างวันที่ {_day_month(first)} – {_day_month(last)} {year}"
    return (
        f"ระหว่างวันที่ {_day_month(first)} พุทธศักราช {buddhist_year(first)} – {_day_month(last)} {year}"
    )


def given_on_words(day: date) -> str:
    return f"ให้ไว้ ณ วันที่ {_day_month(day)} พุทธศักราช {buddhist_year(day)}"


def render_certificates(
    out: Path,
    texts: CertificateTexts,
    pages: Sequence[CertificatePage],
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
    author: str = "",
) -> PrintResult:
    """Write one page per person (all or nothing); images are checked before anything.

    `author` is the desk printing them, for the PDF's metadata."""
    if not pages:
        raise UserError("empty_selection", "Nobody qualifies: no certificate to print.")
    logo, signatures = checked_images(texts)
    control = print_control(len(pages), progress, cancel)
    warnings: list[str] = []
    with atomic_output(out) as temporary:
        canvas = new_canvas(temporary, PAGE, "เกียรติบัตร", texts.event_name, author=author)
        for page in pages:
            warnings += _draw_page(canvas, texts, page, logo, signatures)
            canvas.showPage()
            control.advance(1)
        canvas.save()
    return PrintResult(len(pages), len(pages), warnings)


def checked_images(texts: CertificateTexts) -> tuple[ImageReader | None, list[ImageReader | None]]:
    """The logo and signature images, checked (and the number of signatories): call it
    before numbering certificates, so a bad image stops everything early."""
    if len(texts.signatories) > 2:
        raise UserError("too_many_signatories", "A certificate has one or two signatories.")
    logo = checked_image(texts.logo) if texts.logo else None
    signatures = [checked_image(s.signature) if s.signature else None for s in texts.signatories]
    return logo, signatures


def _centred(
    canvas: Canvas, text: str, font: str, top: float, sizes: tuple[float, float], lines: int = 1
) -> float:
    """Fit the text centred across the page into at most `lines` lines; return the y below."""
    return _centred_fitted(canvas, text, font, top, sizes, lines)[0]


def _centred_fitted(
    canvas: Canvas, text: str, font: str, top: float, sizes: tuple[float, float], lines: int = 1
) -> tuple[float, FittedText | None]:
    """`_centred`, and how the text was set (None when there was nothing to draw)."""
    text = printable(text, font)[0]
    if not text:
        return top, None
    height = sizes[0] * 1.3 * lines
    fitted = draw_fitted(
        canvas,
        text,
        font,
        (WIDTH - TEXT_WIDTH) / 2,
        top,
        (TEXT_WIDTH, height),
        sizes,
        "centre",
        name=font == BOLD and lines == 1,
    )
    return top - used_height(fitted, font), fitted


def _draw_page(
    canvas: Canvas,
    texts: CertificateTexts,
    page: CertificatePage,
    logo: ImageReader | None,
    signatures: list[ImageReader | None],
) -> list[str]:
    """Draw one certificate; return warnings (by its number) about what had to give."""
    _border(canvas)
    canvas.setFont(REGULAR, 11)
    number = f"เลขที่ {page.number}"
    draw_text(canvas, WIDTH - 22 * mm, HEIGHT - 24 * mm, number, REGULAR, 11, "right")
    top = HEIGHT - 22 * mm
    if logo is not None:
        side = 26 * mm
        canvas.drawImage(
            logo,
            (WIDTH - side) / 2,
            top - side,
            side,
            side,
            preserveAspectRatio=True,
            anchor="c",
            mask="auto",
        )
        top -= side + 3 * mm
    else:
        top -= 8 * mm
    top = _centred(canvas, texts.issuer, BOLD, top, (22, 14), 2) - 2 * mm
    top = _centred(canvas, texts.presented, REGULAR, top, (17, 12)) - 2 * mm
    top, name = _centred_fitted(canvas, page.name, BOLD, top, (34, 18))
    top -= 2 * mm
    top = _centred(canvas, texts.attended, REGULAR, top, (17, 12)) - 1 * mm
    top = _centred(canvas, texts.event_name, BOLD, top, (20, 13), 2) - 1.5 * mm
    top = _centred(canvas, texts.dates, REGULAR, top, (16, 12)) - 1 * mm
    top = _centred(canvas, f"ณ {texts.place}" if texts.place else "", REGULAR, top, (15, 11), 2)
    _centred(canvas, texts.given_on, REGULAR, top - 4 * mm, (15, 11))
    _signatories(canvas, texts.signatories, signatures)
    return _name_warnings(page, name)


def _name_warnings(page: CertificatePage, name: FittedText | None) -> list[str]:
    warnings = []
    dropped = printable(page.name, BOLD)[1]
    if dropped:
        warnings.append(f"{page.number}: the name printed without {dropped}")
    if name is not None and name.truncated:
        warnings.append(f"{page.number}: the name was too long and was cut short")
    return warnings


def _border(canvas: Canvas) -> None:
    canvas.setStrokeColorRGB(*BORDER_COLOUR)
    canvas.setLineWidth(3)
    canvas.rect(10 * mm, 10 * mm, WIDTH - 20 * mm, HEIGHT - 20 * mm)
    canvas.setLineWidth(0.8)
    canvas.rect(13 * mm, 13 * mm, WIDTH - 26 * mm, HEIGHT - 26 * mm)
    canvas.setStrokeColorRGB(0, 0, 0)


def _signatories(
    canvas: Canvas, signatories: Sequence[Signatory], images: list[ImageReader | None]
) -> None:
    box = 95 * mm
    centres = [WIDTH / 2] if len(signatories) == 1 else [WIDTH * 0.3, WIDTH * 0.7]
    for signatory, image, centre in zip(signatories, images, centres, strict=False):
        line_y = 42 * mm
        if image is not None:
            canvas.drawImage(
                image,
                centre - 25 * mm,
                line_y + 1 * mm,
                50 * mm,
                16 * mm,
                preserveAspectRatio=True,
                anchor="c",
                mask="auto",
            )
        canvas.setFont(REGULAR, 14)
        name = printable(signatory.name)[0]
        draw_text(canvas, centre, line_y - 6 * mm, f"({name})", REGULAR, 14, "centre")
        draw_fitted(
            canvas,
            printable(signatory.position)[0],
            REGULAR,
            centre - box / 2,
            line_y - 9 * mm,
            (box, 13 * 1.3 * 2),
            (13, 10),
            "centre",
        )


def texts_for_event(
    event: EventInfo,
    issuer: str,
    signatories: Sequence[Signatory] = (),
    logo: Path | None = None,
    attended: str = CertificateTexts.attended,
    given_on: date | None = None,
) -> CertificateTexts:
    """The usual wording filled from the event: its name, dates in words, place."""
    return CertificateTexts(
        issuer=issuer,
        event_name=event.name,
        dates=dates_in_words(event.starts_on, event.ends_on),
        place=event.venue,
        given_on=given_on_words(given_on or event.ends_on),
        attended=attended,
        signatories=tuple(signatories),
        logo=logo,
    )
