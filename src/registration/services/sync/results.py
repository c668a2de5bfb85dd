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

    @property
    def confirmed(self) -> bool:
        """The server decided it. False: decided from this desk's copy while the server
        was out of reach ("checked in here, not yet confirmed by the server"); another
        desk may have checked the person in meanwhile, and the desk hears so later
        (`DeskLink.take_conflicts`)."""
        return self.online


@dataclass(frozen=True)
class LinkStatus:
    online: bool
    queued: int  # scans waiting to be sent
    problem: str  # why the server was last out of reach ("" when online)
    list_copied_at: datetime | None  # when the participant list was last copied
    offline_since: datetime | None = None  # when the server stopped answering
    undos_waiting: int = 0  # undos of sent scans, waiting for the server


@dataclass(frozen=True)
class SyncConflict:
    """A person two desks checked in while one of them was offline: the earlier counts.

    `counted_here` false means this desk showed a check-in that did not count: the
    person's check-in that counts is `first_desk`'s at `first_at`, and this desk's at
    `here_at` was set aside (an offline scan sent late, or a check-in the server had
    confirmed here, set aside for another desk's earlier offline scan; `scan_id` is ""
    then). True means this desk's offline scan was the earlier one and replaced the
    later check-in of `other_desk`.
    """

    participant_id: int
    name: str
    session_id: int
    scan_id: str
    here_at: datetime
    counted_here: bool
    first_desk: str
    first_at: datetime
    other_desk: str


@dataclass(frozen=True)
class FlushReport:
    sent: int
    conflicts: int  # sent scans of people checked in at another desk meanwhile
    remaining: int
    details: tuple[SyncConflict, ...] = ()
