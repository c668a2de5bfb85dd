"""What the desk link tells the window: plain records, no database objects."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from registration.services.checkin import CheckInResult


@dataclass(frozen=True)
class DeskScanResult:
    """A check-in result plus where it was decided.

    Offline (`online` false) the check-in record has id 0: the server gives it one
    when the queued scan is sent. `queued` means the scan waits in the desk's file.
    """

    result: CheckInResult
    scan_id: str
    online: bool
    queued: bool


@dataclass(frozen=True)
class LinkStatus:
    online: bool
    queued: int  # scans waiting to be sent
    problem: str  # why the server was last out of reach ("" when online)
    list_copied_at: datetime | None  # when the participant list was last copied


@dataclass(frozen=True)
class FlushReport:
    sent: int
    conflicts: int  # sent scans of people checked in at another desk meanwhile
    remaining: int
