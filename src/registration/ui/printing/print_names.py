"""Default file names of the printing tab's PDFs: what is in them, for whom, and when, so a
second province's sheet never lands on the first one's file."""

from __future__ import annotations

import re
from datetime import date

from registration.domain.records import ProvinceInfo, SessionInfo

_NOT_IN_A_NAME = re.compile(r"[^a-z0-9]+")


def province_part(province: ProvinceInfo | None) -> str:
    """ "ayutthaya" for พระนครศรีอยุธยา; "all-provinces" when none was chosen."""
    if province is None:
        return "all-provinces"
    return _NOT_IN_A_NAME.sub("-", province.name_en.lower()).strip("-") or province.code


def badges_file_name(province: ProvinceInfo | None, today: date) -> str:
    return f"badges-{province_part(province)}-{today:%Y-%m-%d}.pdf"


def signin_sheet_file_name(session: SessionInfo, province: ProvinceInfo | None) -> str:
    """The session by number and start (its date is the sheet's date), then the province."""
    return (
        f"signin-session-{session.id}-{session.starts_at:%Y-%m-%d-%H%M}-"
        f"{province_part(province)}.pdf"
    )


def summary_file_name(today: date) -> str:
    return f"attendance-summary-{today:%Y-%m-%d}.pdf"
