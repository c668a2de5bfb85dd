"""Participant badges: name, nickname, province, organisation, colour band and QR code.

The card is laid out for 90 x 55 mm and scaled to the layout's card size. The QR
square (quiet zone included) is reserved first and every text box stops short of
it, so however long a name is, it shrinks, wraps or is cut short but never runs
into the code.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.colors import HexColor
from reportlab.pdfgen.canvas import Canvas

from registration.domain.badge_code import format_badge_code
from registration.domain.enums import Role
from registration.domain.errors import UserError
from registration.domain.progress import CancelCheck, Progress
from registration.domain.records import EventInfo, ParticipantRecord
from registration.printing.atomic import atomic_output
from registration.printing.fonts import BOLD, REGULAR, printable, register_fonts
from registration.printing.jobs import PrintResult, print_control
from registration.printing.layouts import DEFAULT_LAYOUT, BadgeLayout, Slot, get_layout
from registration.printing.qr import draw_qr
from registration.printing.text_box import draw_fitted, used_height

BASE_WIDTH, BASE_HEIGHT = 255.1, 155.9  # 90 x 55 mm in points
ROLE_LABELS = {
    Role.REPRESENTATIVE: "ผู้แทนเครือข่าย",
    Role.PROVINCIAL_STRATEGY: "ยุทธศาสตร์จังหวัด",
    Role.SECRETARIAT: "กองเลขา",
    Role.STAFF: "เจ้าหน้าที่",
    Role.SPEAKER: "วิทยากร",
    Role.GUEST: "แขกรับเชิญ",
}
NEUTRAL_COLOUR = "#808080"


@dataclass(frozen=True)
class CardGeometry:
    """Boxes of one card, in points from the card's lower left corner."""

    width: float
    height: float
    scale: float

    @property
    def pad(self) -> float:
        return 7 * self.scale

    @property
    def strip(self) -> float:  # event name at the top
        return 22 * self.scale

    @property
    def band(self) -> float:  # colour band at the bottom
        return 24 * self.scale

    @property
    def qr_side(self) -> float:
        return 78 * self.scale

    @property
    def qr_x(self) -> float:
        return self.width - self.pad - self.qr_side

    @property
    def qr_y(self) -> float:
        return self.band + 13 * self.scale

    @property
    def text_width(self) -> float:
        """Width of the text column: from the left pad to a gap before the QR square."""
        return self.qr_x - 5 * self.scale - self.pad


def geometry(width: float, height: float) -> CardGeometry:
    return CardGeometry(width, height, min(width / BASE_WIDTH, height / BASE_HEIGHT))


def band_colour_and_label(person: ParticipantRecord) -> tuple[HexColor, str]:
    """Colour of the issue area (or grey) and the label printed on it."""
    if person.issue_area is not None:
        colour, label = person.issue_area.colour, person.issue_area.name_th
    else:
        colour, label = NEUTRAL_COLOUR, ROLE_LABELS.get(person.role, "")
    try:
        return HexColor(colour or NEUTRAL_COLOUR), label
    except ValueError:  # a colour typed by hand in the issue-area list
        return HexColor(NEUTRAL_COLOUR), label


def _text_on(colour: HexColor) -> tuple[float, float, float]:
    """White on dark colours, black on light ones."""
    luminance = 0.299 * colour.red + 0.587 * colour.green + 0.114 * colour.blue
    return (0, 0, 0) if luminance > 0.6 else (1, 1, 1)


def _draw_person(
    canvas: Canvas, g: CardGeometry, person: ParticipantRecord, code: str
) -> list[str]:
    """Name (shrunk, then wrapped, never past the text column), nickname, province, organisation."""
    s = g.scale
    warnings = []
    name, dropped = printable(person.full_name, BOLD)
    if dropped:
        warnings.append(f"{code}: left out characters the font cannot print: {dropped}")
    top = g.height - g.strip - 2 * s
    fitted = draw_fitted(
        canvas, name, BOLD, g.pad, top, (g.text_width, 46 * s), (20 * s, 9 * s), name=True
    )
    if fitted.truncated:
        warnings.append(f"{code}: name too long for the badge, shortened with …")
    top -= used_height(fitted) + 3 * s
    province = f"จังหวัด{person.province.name_th}" if person.province else ""
    details = [
        (printable(person.nickname, BOLD)[0], BOLD, 15 * s, (13 * s, 8 * s), None),
        (province, REGULAR, 13 * s, (10 * s, 7 * s), None),
        (printable(person.organisation)[0], REGULAR, 23 * s, (9 * s, 6 * s), 8 * s),
    ]
    for text, font, height, sizes, one_line_min in details:
        if text:
            fitted = draw_fitted(
                canvas, text, font, g.pad, top, (g.text_width, height), sizes, "left", one_line_min
            )
            top -= used_height(fitted) + 1 * s
    return warnings


def _draw_band(canvas: Canvas, g: CardGeometry, person: ParticipantRecord) -> None:
    s = g.scale
    colour, label = band_colour_and_label(person)
    canvas.setFillColor(colour)
    canvas.rect(0, 0, g.width, g.band, stroke=0, fill=1)
    canvas.setFillColorRGB(*_text_on(colour))
    box = (g.width - 2 * g.pad, g.band - 5 * s)
    draw_fitted(canvas, label, BOLD, g.pad, g.band - 3 * s, box, (12 * s, 7 * s), "centre")
    canvas.setFillColorRGB(0, 0, 0)


def draw_badge(canvas: Canvas, slot: Slot, event_name: str, person: ParticipantRecord) -> list[str]:
    """Draw one badge in `slot`; return warnings (by badge code) about what had to give."""
    g = geometry(slot.width, slot.height)
    s = g.scale
    code = format_badge_code(person.badge_code)
    canvas.saveState()
    canvas.translate(slot.x, slot.y)
    strip = (g.width - 2 * g.pad, g.strip - 4 * s)
    draw_fitted(canvas, event_name, REGULAR, g.pad, g.height - g.pad * 0.7, strip, (8 * s, 6 * s))
    warnings = _draw_person(canvas, g, person, code)
    _draw_band(canvas, g, person)
    draw_qr(canvas, person.badge_code, g.qr_x, g.qr_y, g.qr_side)
    canvas.setFont(REGULAR, 7.5 * s)
    canvas.drawCentredString(g.qr_x + g.qr_side / 2, g.qr_y - 8.5 * s, code)
    canvas.restoreState()
    return warnings


def render_badges(
    out: Path,
    event: EventInfo,
    people: Sequence[ParticipantRecord],
    layout: str | BadgeLayout = DEFAULT_LAYOUT,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> PrintResult:
    """Write the badges of `people` to `out` (all or nothing), page by page."""
    if not people:
        raise UserError("empty_selection", "No participants match the selection: no badges.")
    sheet = get_layout(layout) if isinstance(layout, str) else layout
    register_fonts()
    event_name, _ = printable(event.name)
    slots = list(sheet.slots())
    pages = [people[i : i + sheet.per_page] for i in range(0, len(people), sheet.per_page)]
    control = print_control(len(people), progress, cancel)
    warnings: list[str] = []
    with atomic_output(out) as temporary:
        canvas = Canvas(str(temporary), pagesize=sheet.page_size, pageCompression=1)
        canvas.setTitle(f"Badges: {event.name_en or event.name}")
        for page in pages:
            for slot, person in zip(slots, page, strict=False):
                warnings += draw_badge(canvas, slot, event_name, person)
            sheet.draw_cut_marks(canvas)
            canvas.showPage()
            control.advance(len(page))
        canvas.save()
    return PrintResult(len(pages), len(people), warnings)
