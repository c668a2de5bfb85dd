"""The one way down for a check-in at a desk, whatever the database behind it.

The window holds a `CheckInDesk` and never asks which kind it is: `EmbeddedDesk`
checks in straight into the database on this computer; `LinkedDesk` goes through
the desk's link to a shared server, which keeps counting (and queues the scan)
while the server is out of reach. Both answer with a `DeskCheckIn`.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from registration.domain.enums import CheckInMethod
from registration.domain.records import CheckInRecord
from registration.domain.scan_entry import BadgeScan
from registration.services import checkin
from registration.services.checkin import CheckInResult, RecentScan
from registration.services.counted_anyway import CountedAnyway, note_counted_anyway
from registration.services.sync.desk_link import DeskLink
from registration.storage.database import Database

# Who to check in: a badge code the desk has read, or a participant chosen by name.
Subject = BadgeScan | int


@dataclass(frozen=True)
class DeskCheckIn:
    """A check-in's result, and whether the database of record has it yet.

    `confirmed` is False when the server was out of reach: the desk decided from its
    own copy and counted the person; `queued` means the scan waits to be sent.
    """

    result: CheckInResult
    confirmed: bool = True
    queued: bool = False
    scan_id: str | None = None


class CheckInDesk(Protocol):
    @property
    def desk(self) -> str: ...

    def check_in(
        self,
        subject: Subject,
        session_id: int,
        method: CheckInMethod,
        anyway: CountedAnyway | None = None,
    ) -> DeskCheckIn:
        """Check one person in to one session; a repeat or a bad code is a result, not an
        error. Raises EnvironmentProblem only when nothing could decide.

        `anyway`: staff at a group's room count someone of another group; once the
        check-in counts, the database of record gets its audit entry (counted_anyway.py).
        """
        ...

    def annul(self, scan: RecentScan, reason: str) -> CheckInRecord:
        """Undo one of this desk's check-ins made by mistake and return it as annulled
        (UserError `missing_reason`, `already_annulled`…)."""
        ...


class EmbeddedDesk:
    """Check-ins straight into the one database (the embedded file, or a server without a
    link)."""

    def __init__(self, db: Database, desk: str) -> None:
        self.db, self.desk = db, desk

    def check_in(
        self,
        subject: Subject,
        session_id: int,
        method: CheckInMethod,
        anyway: CountedAnyway | None = None,
    ) -> DeskCheckIn:
        result = checkin.check_in(self.db, subject, session_id, self.desk, method)
        note_counted_anyway(self.db, result, self.desk, anyway)
        return DeskCheckIn(result)

    def annul(self, scan: RecentScan, reason: str) -> CheckInRecord:
        return checkin.annul(self.db, scan.check_in.id, reason, self.desk)


class LinkedDesk:
    """Check-ins through the desk's link to the shared server; undo through the link by
    the scan's id, so a scan still queued (or answered offline) can be undone too."""

    def __init__(self, link: DeskLink, server: Database) -> None:
        self.link, self.server = link, server

    @property
    def desk(self) -> str:
        return self.link.desk

    def check_in(
        self,
        subject: Subject,
        session_id: int,
        method: CheckInMethod,
        anyway: CountedAnyway | None = None,
    ) -> DeskCheckIn:
        # The link queues what it sends as text or an id; it reads the code from the raw text.
        sent = subject.raw if isinstance(subject, BadgeScan) else subject
        scan = self.link.check_in(sent, session_id, method, anyway=anyway)
        return DeskCheckIn(scan.result, scan.confirmed, scan.queued, scan.scan_id)

    def annul(self, scan: RecentScan, reason: str) -> CheckInRecord:
        if scan.scan_id is None:  # made before scans carried ids: only the server knows it
            return checkin.annul(self.server, scan.check_in.id, reason, self.desk)
        undone = self.link.annul(scan.scan_id, reason)
        if undone.check_in is not None:
            return undone.check_in
        # Not on the server yet: the undo waits in the desk's file with the scan.
        made = scan.check_in
        return dataclasses.replace(made, annulled_at=datetime.now(), annul_reason=reason.strip())


def desk_for(db: Database, desk: str, link: DeskLink | None) -> CheckInDesk:
    """The embedded database's desk, or the link's when this desk works on a server."""
    if link is None:
        return EmbeddedDesk(db, desk)
    return LinkedDesk(link, db)
