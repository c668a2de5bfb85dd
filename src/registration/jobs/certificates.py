"""Certificates of attendance as a job: check the images, draw the pages with the numbers
they will carry, and only then log them as issued (number, person, time, desk).

A cancelled or failed job leaves no file and no log entry; a reprint keeps its number.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from registration.domain.errors import UserError
from registration.domain.progress import CancelCheck, Progress
from registration.domain.records import EventInfo, ParticipantRecord
from registration.services.certificates import (
    IssuedCertificate,
    certificate_number,
    issue_certificates,
    planned_numbers,
)
from registration.storage.database import Database

if TYPE_CHECKING:
    from registration.printing.certificate import CertificatePage, CertificateTexts

SAMPLE_NUMBER = "0000/0000"


@dataclass(frozen=True)
class CertificatesMade:
    path: Path
    pages: int
    issued: list[IssuedCertificate]
    warnings: list[str] = field(default_factory=list)  # names cut short or without emoji

    @property
    def reprints(self) -> int:
        return sum(c.reprint for c in self.issued)


def make_certificates(
    db: Database,
    event: EventInfo,
    people: Sequence[ParticipantRecord],
    texts: CertificateTexts,
    out: Path,
    desk: str = "",
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> CertificatesMade:
    """One certificate per person, in the order given; logged once the file is written."""
    from registration.printing.certificate import checked_images, render_certificates

    if not people:
        raise UserError("empty_selection", "Nobody qualifies: no certificate to print.")
    checked_images(texts)
    numbers = planned_numbers(db, event.id, people)
    result = render_certificates(out, texts, _pages(event, people, numbers), progress, cancel, desk)
    issued = issue_certificates(db, event.id, people, desk)
    given = [c.number for c in issued]
    if given != numbers:  # another desk issued some meanwhile: print what was logged
        result = render_certificates(out, texts, _pages(event, people, given), None, None, desk)
    return CertificatesMade(out, result.pages, issued, result.warnings)


def preview_certificate(texts: CertificateTexts, name: str, out: Path) -> Path:
    """One sample page with a placeholder number; nothing is logged."""
    from registration.printing.certificate import CertificatePage, render_certificates

    render_certificates(out, texts, [CertificatePage(name, SAMPLE_NUMBER)])
    return out


def _pages(
    event: EventInfo, people: Sequence[ParticipantRecord], numbers: Sequence[int]
) -> list[CertificatePage]:
    from registration.printing.certificate import CertificatePage as Page

    return [
        Page(p.full_name, certificate_number(n, event.starts_on))
        for p, n in zip(people, numbers, strict=True)
    ]
