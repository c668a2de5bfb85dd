"""A desk's queue sent a batch at a time decides what sending it scan by scan decides.

The same random queue goes to two sessions of one event in the same state: scan by
scan (queued_scan.apply_scan_by_scan) to one, in batches (queued_batch.apply_batch)
to the other. Every outcome, every stored check-in, failed scan and audit entry must
be the same, apart from ids and the session.
"""

from __future__ import annotations

import json
import random
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select

from registration.domain.badge_code import new_badge_code
from registration.domain.enums import CheckInMethod, CheckInOutcome
from registration.domain.errors import EnvironmentProblem
from registration.domain.records import CheckInRecord, EventInfo, ParticipantRecord
from registration.services import checkin, events, registry
from registration.services.sync import desk_link as desk_link_module
from registration.services.sync.desk_link import DeskLink
from registration.services.sync.queued_batch import apply_batch
from registration.services.sync.queued_scan import (
    AppliedScan,
    QueuedScan,
    apply_queued_scan,
    apply_scan_by_scan,
)
from registration.storage import models
from registration.storage.database import Database
from tests.services.sync_support import Network, flush_all

EIGHT = datetime(2019, 2, 9, 8, 0)
NOW = datetime(2019, 2, 9, 11, 30)
NO_SUCH_SESSION = 987_654


@dataclass(frozen=True)
class Planned:
    """A scan of the random queue, not yet tied to a session."""

    number: int
    target: str | int
    desk: str
    method: CheckInMethod
    minute: int
    to_missing_session: bool = False

    def on(self, side: str, session_id: int) -> QueuedScan:
        session = NO_SUCH_SESSION if self.to_missing_session else session_id
        at = EIGHT + timedelta(minutes=self.minute, seconds=self.number % 60)
        return QueuedScan(f"{side}-{self.number}", self.target, session, self.desk, self.method, at)


@dataclass(frozen=True)
class Setting:
    """What the server holds before the queue arrives, the same in both sessions."""

    online: list[tuple[ParticipantRecord, int, bool]]  # person, minute, undone since
    sent_before: list[Planned]  # queued scans that reached the server already
    queue: list[Planned]


def _plan(rng: random.Random, people: list[ParticipantRecord], unknown: list[str]) -> Setting:
    crowd = rng.sample(people, 25)  # few people: many scans meet another of theirs
    online = [(person, rng.randrange(120), rng.random() < 0.2) for person in crowd[:12]]
    queue: list[Planned] = []
    for number in range(140):
        person = rng.choice(crowd)
        desk = rng.choice(["Desk 1", "Desk 2"])
        minute = rng.randrange(120)
        roll = rng.random()
        if roll < 0.06:
            target: str | int = rng.choice(unknown)
        elif roll < 0.10:
            target = rng.choice(["garbage", person.badge_code[:-1] + "?", "\x07" * 600])
        elif roll < 0.14:
            queue.append(Planned(number, person.badge_code, desk, CheckInMethod.SCAN, minute, True))
            continue
        elif roll < 0.30:
            queue.append(Planned(number, person.id, desk, CheckInMethod.SEARCH, minute))
            continue
        else:
            target = rng.choice([person.badge_code, person.badge_code.lower()])
        queue.append(Planned(number, target, desk, CheckInMethod.SCAN, minute))
    rng.shuffle(queue)  # the rules hold in any order, not only the queue's
    return Setting(online, rng.sample(queue, 15), queue)


def _prepare(db: Database, setting: Setting, side: str, session_id: int) -> None:
    for person, minute, undone in setting.online:
        at = EIGHT + timedelta(minutes=minute)
        made = checkin.check_in(db, person.badge_code, session_id, "Desk 9", now=at)
        if undone and made.check_in is not None:
            checkin.annul(db, made.check_in.id, "wrong person", "Desk 9", at)
    for planned in setting.sent_before:
        apply_queued_scan(db, planned.on(side, session_id), NOW)


def _in_batches(
    scans: Sequence[QueuedScan],
    sizes: list[int],
    send: Callable[[Sequence[QueuedScan]], Iterable[AppliedScan]],
) -> list[AppliedScan]:
    """The queue cut as the desk cuts it (a batch each time), one call a batch."""
    applied: list[AppliedScan] = []
    for size in sizes:
        applied += send(scans[len(applied) : len(applied) + size])
    return applied


def _record(record: CheckInRecord | None) -> tuple[object, ...] | None:
    if record is None:
        return None
    return (
        record.participant_id,
        record.checked_in_at,
        record.desk,
        record.method,
        record.annulled_at,
        record.annul_reason,
    )


def _outcome(applied: AppliedScan) -> tuple[object, ...]:
    result = applied.result
    return (
        result.outcome,
        result.raw_text,
        result.participant,
        _record(result.check_in),
        applied.resent,
        _record(applied.superseded),
    )


def _last_ids(db: Database) -> tuple[int, int]:
    with db.read() as s:
        failed = s.scalar(select(func.max(models.FailedScan.id))) or 0
        audit = s.scalar(select(func.max(models.AuditEntry.id))) or 0
    return failed, audit


def _stored(
    db: Database, session_id: int, after: tuple[int, int], before: tuple[int, int]
) -> tuple[list[tuple[object, ...]], ...]:
    """The session's check-ins (each person's in the order they were stored), and the
    failed scans and audit entries written between `after` and `before`, with ids and
    the side's name taken out."""
    with db.read() as s:
        rows = s.scalars(
            select(models.CheckIn)
            .where(models.CheckIn.session_id == session_id)
            .order_by(models.CheckIn.participant_id, models.CheckIn.id)
        ).all()
        failed = s.scalars(
            select(models.FailedScan)
            .where(models.FailedScan.id > after[0], models.FailedScan.id <= before[0])
            .order_by(models.FailedScan.id)
        ).all()
        audit = s.scalars(
            select(models.AuditEntry)
            .where(models.AuditEntry.id > after[1], models.AuditEntry.id <= before[1])
            .order_by(models.AuditEntry.id)
        ).all()
    position = {row.id: n for n, row in enumerate(rows)}
    check_ins = [
        (
            row.participant_id,
            row.checked_in_at,
            row.desk,
            row.method,
            row.annulled_at,
            row.annul_reason,
            _plain(row.scan_id),
        )
        for row in rows
    ]
    failures = [
        (f.raw_text, f.desk, f.session_id == NO_SUCH_SESSION, f.scanned_at, f.reason)
        for f in failed
    ]
    entries = [
        (a.at, a.desk, a.action, a.entity, position[a.entity_id or 0], _detail(a.detail, position))
        for a in audit
    ]
    return check_ins, failures, entries


def _plain(scan_id: str | None) -> str:
    return (scan_id or "").partition("-")[2]


def _detail(detail: str, position: dict[int, int]) -> object:
    loaded = json.loads(detail) if detail else {}
    for part in ("kept", "later"):
        if part in loaded:
            loaded[part]["check_in"] = position[loaded[part]["check_in"]]
            loaded[part]["scan_id"] = _plain(loaded[part]["scan_id"])
    return loaded


def _run(
    db: Database,
    setting: Setting,
    side: str,
    session_id: int,
    send: Callable[[list[QueuedScan]], Iterable[AppliedScan]],
) -> tuple[list[tuple[object, ...]], tuple[list[tuple[object, ...]], ...]]:
    _prepare(db, setting, side, session_id)
    ready = _last_ids(db)
    outcomes = [
        _outcome(applied) for applied in send([p.on(side, session_id) for p in setting.queue])
    ]
    return outcomes, _stored(db, session_id, ready, _last_ids(db))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_batches_decide_every_scan_as_scan_by_scan_does(
    db: Database, demo_event: EventInfo, seed: int
) -> None:
    rng = random.Random(seed)
    people = registry.list_participants(db, demo_event.id)
    for person in rng.sample(people, 6):
        registry.cancel_participant(db, person.id)
    people = registry.list_participants(db, demo_event.id)  # with their status now
    one_by_one, batched = (s.id for s in events.list_sessions(db, demo_event.id)[:2])
    setting = _plan(rng, people, [new_badge_code() for _ in range(3)])

    sizes = [rng.choice([1, 3, 20, 60]) for _ in setting.queue]  # more than enough

    def scan_by_scan(queue: list[QueuedScan]) -> list[AppliedScan]:
        return _in_batches(queue, sizes, lambda batch: apply_scan_by_scan(db, batch, NOW))

    def in_batches(queue: list[QueuedScan]) -> list[AppliedScan]:
        return _in_batches(queue, sizes, lambda batch: apply_batch(db, batch, NOW))

    expected = _run(db, setting, "a", one_by_one, scan_by_scan)
    found = _run(db, setting, "b", batched, in_batches)

    assert found[0] == expected[0]  # every scan's outcome, as the desk is told
    assert found[1] == expected[1]  # what is stored: check-ins, failed scans, audit
    outcomes = {outcome[0] for outcome in expected[0]}
    assert outcomes == set(CheckInOutcome)  # every kind of outcome was met
    assert any(o[4] for o in expected[0]) and any(o[5] for o in expected[0])  # resent, superseded


def test_desks_sending_batches_of_the_same_people_at_once_wait_in_turn(
    db: Database, demo_event: EventInfo
) -> None:
    """Four desks send overlapping queues at the same moment: no deadlock, no error,
    each scan stored once, and each person's earliest scan is the one that counts."""
    rng = random.Random(4)
    people = registry.list_participants(db, demo_event.id)[:30]
    session_id = events.list_sessions(db, demo_event.id)[0].id
    seconds = iter(rng.sample(range(3600), 4 * 24))  # no two scans at the same moment
    queues = [
        sorted(
            (
                QueuedScan(
                    f"d{desk}-{n}",
                    person.badge_code,
                    session_id,
                    f"Desk {desk}",
                    CheckInMethod.SCAN,
                    EIGHT + timedelta(seconds=next(seconds)),
                )
                for n, person in enumerate(rng.sample(people, 24))
            ),
            key=lambda scan: scan.scanned_at,
        )
        for desk in range(4)
    ]
    errors: list[BaseException] = []
    start = threading.Barrier(len(queues))

    def desk(queue: list[QueuedScan]) -> None:
        start.wait()
        try:
            for first in range(0, len(queue), 8):
                apply_batch(db, queue[first : first + 8], NOW)
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=desk, args=(queue,)) for queue in queues]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    earliest: dict[str, QueuedScan] = {}
    for scan in sorted((s for q in queues for s in q), key=lambda scan: scan.scanned_at):
        earliest.setdefault(str(scan.target), scan)
    with db.read() as s:
        rows = s.execute(
            select(
                models.CheckIn.scan_id, models.CheckIn.annulled_at, models.Participant.badge_code
            )
            .join(models.Participant)
            .where(models.CheckIn.session_id == session_id)
        ).all()
    assert sorted(row.scan_id for row in rows) == sorted(s.scan_id for q in queues for s in q)
    counted = {row.badge_code: row.scan_id for row in rows if row.annulled_at is None}
    assert counted == {code: scan.scan_id for code, scan in earliest.items()}


@pytest.mark.parametrize("cut_short", ["open", "committed", "answer_lost"])
def test_a_batch_the_desk_stopped_waiting_for_counts_each_scan_once(
    db: Database,
    demo_event: EventInfo,
    network: Network,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    cut_short: str,
) -> None:
    """The first batch is still open on the server when the desk stops waiting, or
    committed with its answer late or lost: nothing of it is marked sent, the desk
    sends it again, and the server finds those scans by their ids."""
    session_id = events.list_sessions(db, demo_event.id)[0].id
    people = registry.list_participants(db, demo_event.id)[:10]
    batches: list[str] = []

    def note_batch(conn: Any, cursor: Any, statement: str, *_: Any) -> None:
        if statement.startswith("INSERT INTO check_ins"):
            batches.append(statement)

    def slow_to_commit(*_: Any) -> None:
        if cut_short == "open" and len(batches) == 1:
            batches.append("held")
            time.sleep(0.8)  # the first batch's transaction is still open

    def open_server(url: str) -> Database:
        server = network.open(url)
        event.listen(server.engine, "before_cursor_execute", note_batch)
        event.listen(server.engine, "commit", slow_to_commit)
        return server

    link = DeskLink(network.url, tmp_path / "d1.sqlite", "Desk 1", demo_event.id, open_server)
    link.refresh()
    network.cut()
    queued = [link.check_in(person.badge_code, session_id).scan_id for person in people]
    network.restore()
    monkeypatch.setattr(desk_link_module, "SEND_BATCH", 4)
    monkeypatch.setattr(desk_link_module, "SEND_DEADLINE_S", 0.3)
    send, sent = desk_link_module.apply_batch, []

    def late_or_lost(*args: Any) -> list[AppliedScan]:
        applied = send(*args)
        sent.append(applied)
        if len(sent) == 1 and cut_short == "committed":
            time.sleep(0.8)
        if len(sent) == 1 and cut_short == "answer_lost":
            raise EnvironmentProblem("database_unreachable", "connection lost")
        return applied

    monkeypatch.setattr(desk_link_module, "apply_batch", late_or_lost)
    first = link.flush()
    assert (first.sent, first.remaining) == (0, 10)  # not one of them marked sent
    report = flush_all(link)
    assert (report.sent, report.conflicts, report.remaining) == (10, 0, 0)
    with db.read() as s:
        stored = s.scalars(
            select(models.CheckIn.scan_id).where(models.CheckIn.annulled_at.is_(None))
        ).all()
    assert sorted(stored) == sorted(queued)  # each once, none lost
    link.close()
