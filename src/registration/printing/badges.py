"""Participant badges: name, nickname, province, organisation, colour band and QR code.

The card is laid out for 90 x 55 mm and scaled to the layout's card size. The QR
square (quiet zone included) is reserved first and every text box stops short of
it, so however long a name is, it shrinks, wraps or is cut short but never runs
into the code.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
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
from registration.printing.badge_name import NameBox, fit_name
from registration.printing.document import new_canvas
from registration.printing.fonts import BOLD, REGULAR, printable, register_fonts
from registration.printing.jobs import PrintResult, print_control
from registration.printing.layouts import DEFAULT_LAYOUT, BadgeLayout, Slot, get_layout
from registration.printing.pdf_text import draw_text
from registration.printing.qr import draw_qr
from registration.printing.text_box import draw_fitted, draw_lines, used_height

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
    canvas: Canvas, g: CardGeometry, person: ParticipantRecord, code: str, group: str = ""
) -> list[str]:
    """Name (shrunk, wrapped, title shortened, first name cut: never past the text column,
    surname kept), nickname, province, breakout group ("กลุ่ม 3 · ห้อง 204", when given:
    the organisation then keeps one line), organisation; returns what had to give."""
    s = g.scale
    notes: list[str] = []
    parts = [printable(part, BOLD) for part in (person.prefix, person.first_name, person.last_name)]
    dropped = "".join(lost for _, lost in parts)
    box = NameBox(g.text_width, 46 * s, 20 * s, 9 * s, comfortable=13 * s)
    name = fit_name(parts[0][0], parts[1][0], parts[2][0], BOLD, box)
    notes += name.notes
    top = g.height - g.strip - 2 * s
    draw_lines(canvas, name.fitted, BOLD, g.pad, top)
    top -= used_height(name.fitted, BOLD) + 3 * s
    nickname, lost = printable(person.nickname, BOLD)
    organisation, lost_too = printable(person.organisation)
    dropped += lost + lost_too
    province = f"จังหวัด{person.province.name_th}" if person.province else ""
    details = [
        ("nickname", nickname, BOLD, 15 * s, (13 * s, 8 * s), None),
        ("province", province, REGULAR, 13 * s, (10 * s, 7 * s), None),
        ("group", group, BOLD, 13 * s, (10 * s, 7 * s), None),
        ("organisation", organisation, REGULAR, (11 if group else 23) * s, (9 * s, 6 * s), 8 * s),
    ]
    for what, text, font, height, sizes, one_line_min in details:
        if text:
            fitted = draw_fitted(
                canvas, text, font, g.pad, top, (g.text_width, height), sizes, "left", one_line_min
            )
            if fitted.truncated:
                notes.append(f"{what}_cut: too long for the badge, cut at a word with …")
            top -= used_height(fitted, font) + 1 * s
    if dropped:
        notes.append(f"characters_dropped: left out characters the font cannot print: {dropped}")
    return [f"{code}: {note}" for note in notes]


def _draw_band(
    canvas: Canvas, g: CardGeometry, person: ParticipantRecord, monochrome: bool
) -> None:
    """The issue-area band: its colour, or for a 1-bit thermal printer an outline with
    black text (white text on a colour dithers into an unreadable grey there)."""
    s = g.scale
    colour, label = band_colour_and_label(person)
    if monochrome:
        inset = 1.5 * s
        canvas.setLineWidth(1.5 * s)
        canvas.setStrokeColorRGB(0, 0, 0)
        canvas.rect(inset, inset, g.width - 2 * inset, g.band - 2 * inset, stroke=1, fill=0)
    else:
        canvas.setFillColor(colour)
        canvas.rect(0, 0, g.width, g.band, stroke=0, fill=1)
        canvas.setFillColorRGB(*_text_on(colour))
    box = (g.width - 2 * g.pad, g.band - 5 * s)
    draw_fitted(canvas, label, BOLD, g.pad, g.band - 3 * s, box, (12 * s, 7 * s), "centre")
    canvas.setFillColorRGB(0, 0, 0)


def draw_badge(
    canvas: Canvas,
    slot: Slot,
    event_name: str,
    person: ParticipantRecord,
    monochrome: bool = False,
    group: str = "",
) -> list[str]:
    """Draw one badge in `slot`; return warnings (by badge code) about what had to give."""
    g = geometry(slot.width, slot.height)
    s = g.scale
    code = format_badge_code(person.badge_code)
    canvas.saveState()
    canvas.translate(slot.x, slot.y)
    strip = (g.width - 2 * g.pad, g.strip - 4 * s)
    draw_fitted(canvas, event_name, REGULAR, g.pad, g.height - g.pad * 0.7, strip, (8 * s, 6 * s))
    warnings = _draw_person(canvas, g, person, code, group)
    _draw_band(canvas, g, person, monochrome)
    draw_qr(canvas, person.badge_code, g.qr_x, g.qr_y, g.qr_side)
    canvas.setFont(REGULAR, 7.5 * s)
    draw_text(canvas, g.qr_x + g.qr_side / 2, g.qr_y - 8.5 * s, code, REGULAR, 7.5 * s, "centre")
    canvas.restoreState()
    return warnings


def render_badges(
    out: Path,
    event: EventInfo,
    people: Sequence[ParticipantRecord],
    layout: str | BadgeLayout = DEFAULT_LAYOUT,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
    monochrome: bool = False,
    author: str = "",
    group_lines: Mapping[int, str] | None = None,
) -> PrintResult:
    """Write the badges of `people` to `out` (all or nothing), page by page.

    `monochrome`: for 1-bit label printers, the band outlined instead of filled.
    `group_lines`: participant id -> their breakout group line, printed under the province.
    """
    groups = group_lines or {}
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
        canvas = new_canvas(temporary, sheet.page_size, "ป้ายชื่อ", event.name, author=author)
        for page in pages:
            for slot, person in zip(slots, page, strict=False):
                group = printable(groups.get(person.id, ""), BOLD)[0]
                warnings += draw_badge(canvas, slot, event_name, person, monochrome, group)
            sheet.draw_cut_marks(canvas)
            canvas.showPage()
            control.advance(len(page))
        canvas.save()
    return PrintResult(len(pages), len(people), warnings)
