"""What the desk tab reads from the server, or from the desk's copy while it is away.

The participant list, the desk's counters and its last scans: on a server whose link
is offline they come from the desk's own file at once (as far as this desk knows),
never from a wait on the server.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime

from registration.domain.enums import ParticipantStatus
from registration.domain.errors import EnvironmentProblem, UserError
from registration.domain.thai_text import name_sort_key
from registration.services import checkin, desk
from registration.services.checkin import RecentScan
from registration.services.desk import ListedParticipant, SessionCounts, listed_from_record
from registration.services.missing import MissingBy, MissingList, missing_from, missing_list
from registration.services.sync.deadline import ServerCalls
from registration.services.sync.desk_link import DeskLink
from registration.services.sync.person_copy import record_from_copy
from registration.services.sync.window_start import saved_window_start
from registration.storage.database import Database
from registration.storage.desk_file import DeskFile

Arrivals = dict[int, tuple[datetime, str]]
MISSING_WITHIN_S = 3.0  # 1,136 people take 0.1 s to read; a server slower than this is away


def listed_here(db: Database, event_id: int, link: DeskLink | None) -> list[ListedParticipant]:
    """The participant list from the server; from the desk's copy while it is away."""
    if link is None:
        return desk.listed_participants(db, event_id)
    if link.online:
        try:
            return desk.listed_participants(db, event_id)
        except EnvironmentProblem:
            pass
    return listed_from_copy(link.store)


def counts_here(
    db: Database, event_id: int, session_id: int, link: DeskLink | None
) -> tuple[SessionCounts, Arrivals]:
    """The desk's counters and who is in; from the desk's copy while the server is away."""
    if link is None or link.online:
        try:
            return desk.session_counts(db, event_id, session_id), desk.session_arrivals(
                db, session_id
            )
        except EnvironmentProblem:
            if link is None:
                raise
    return counts_from_copy(link.store, session_id, link.known_check_ins())


def recent_here(db: Database, desk_name: str, link: DeskLink | None) -> list[RecentScan]:
    """This desk's last check-ins; none shown (rather than a wait) while the server is away."""
    try:
        return checkin.recent_check_ins(db, desk_name)
    except EnvironmentProblem:
        if link is None:
            raise
        return []


def missing_here(
    db: Database,
    session_id: int,
    by: MissingBy,
    link: DeskLink | None,
    calls: ServerCalls | None = None,
) -> tuple[MissingList, datetime | None]:
    """Who is still missing, and None; while the server is away, from the desk's copy
    (names without phone numbers) with the time of the copy.

    With `calls`, the server is waited for at most MISSING_WITHIN_S: off the window's
    thread nothing else ends a read of a hung server, which keeps its connections up.
    """

    def read() -> MissingList:
        return missing_list(db, session_id, by)

    try:
        return (read() if calls is None else calls.run(read, MISSING_WITHIN_S, "missing")), None
    except EnvironmentProblem:
        start = saved_window_start(link.store) if link is not None else None
        if link is None or start is None:
            raise
    session = next((s for s in start.sessions if s.id == session_id), None)
    if session is None:
        raise UserError("no_such_session", f"There is no session {session_id}.")
    people = [
        record
        for record in map(record_from_copy, link.store.all_people_rows())
        if record.status is not ParticipantStatus.CANCELLED
    ]
    people.sort(key=lambda p: (name_sort_key(p.first_name, p.last_name), p.id))
    checked = {p for p, s, _at, _desk in link.known_check_ins() if s == session_id}
    copied = missing_from(start.event, session, people, checked, by)
    return copied, link.store.refreshed_at()


def listed_from_copy(store: DeskFile) -> list[ListedParticipant]:
    """The participant list from the desk's copy, in Thai order, with who is in."""
    listed = {
        record.id: listed_from_record(record)
        for record in map(record_from_copy, store.all_people_rows())
    }
    for participant_id, session_id, _at, _desk in store.all_known_check_ins():
        if participant_id in listed:
            listed[participant_id].sessions.add(session_id)
    return sorted(listed.values(), key=lambda p: (p.sort_key, p.record.id))


def counts_from_copy(
    store: DeskFile, session_id: int, known: list[tuple[int, int, datetime, str]]
) -> tuple[SessionCounts, Arrivals]:
    """The desk's counters and who is in, as far as this desk knows (`known`: the
    link's known_check_ins, the last scans made online included)."""
    people = [record_from_copy(row) for row in store.all_people_rows()]
    province = {p.id: p.province.code if p.province else None for p in people}
    expected = Counter(
        province[p.id] for p in people if p.status is not ParticipantStatus.CANCELLED
    )
    arrivals = {
        pid: (at, desk)
        for pid, session, at, desk in known
        if session == session_id and pid in province
    }
    checked_in = Counter(province[pid] for pid in arrivals)
    return SessionCounts(checked_in, expected), arrivals
