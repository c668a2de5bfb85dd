"""Helpers for the several-desks tests: more participants, and a network to cut.

Registered as a plugin in tests/conftest.py: the `network` fixture needs no import.
"""

from __future__ import annotations

import contextlib
import csv
import multiprocessing
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from registration.domain.records import EventInfo
from registration.services import importing, registry
from registration.services.fictional_people import fictional_people
from registration.services.sync.desk_link import DeskLink
from registration.services.sync.results import FlushReport, SyncConflict
from registration.storage.database import Database
from registration.storage.migrate import open_database


def desk_processes() -> multiprocessing.context.BaseContext:
    """Fork where there is fork (the test process has imported everything: desks start at
    once); spawn elsewhere."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def seed_people(db: Database, event_id: int, count: int, folder: Path) -> list[str]:
    """Import `count` fictional participants (the import service) and return all badge codes."""
    path = folder / "more-people.csv"
    with path.open("w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file)
        writer.writerow(["first_name", "last_name", "phone"])
        for number, person in enumerate(fictional_people(count, seed=11)):
            writer.writerow([person.first_name, f"{person.last_name}{number}", person.phone])
    result = importing.import_participants(db, event_id, path)
    assert result.imported == count, result.problems[:3]
    return [p.badge_code for p in registry.list_participants(db, event_id)]


class TcpProxy:
    """Forwards a local port to the database server until `cut()`; `restore()` mends it.

    Cutting closes every forwarded connection and refuses new ones: what a desk sees
    when the venue's switch or the server laptop's cable goes.
    """

    def __init__(self, host: str, port: int) -> None:
        self._target = (host, port)
        self._sockets: set[socket.socket] = set()
        self._threads: list[threading.Thread] = []
        self._lock = threading.Lock()
        self._listener: socket.socket | None = None
        self.port = 0
        self.restore()

    def restore(self) -> None:
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        self.port = listener.getsockname()[1]
        self._listener = listener
        self._start(self._accept, listener)

    def cut(self) -> None:
        with self._lock:
            doomed = [self._listener, *self._sockets]
            self._listener = None
            self._sockets.clear()
        for sock in doomed:
            if sock is not None:
                _close(sock)

    def close(self) -> None:
        self.cut()
        for thread in self._threads:
            thread.join(timeout=5)

    def _start(self, target: object, *args: object) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True)  # type: ignore[arg-type]
        self._threads.append(thread)
        thread.start()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
                upstream = socket.create_connection(self._target)
            except OSError:
                return
            with self._lock:
                if self._listener is not listener:
                    _close(client)
                    _close(upstream)
                    return
                self._sockets.update((client, upstream))
            self._start(_pump, client, upstream)
            self._start(_pump, upstream, client)


def _pump(source: socket.socket, target: socket.socket) -> None:
    try:
        while data := source.recv(65536):
            target.sendall(data)
    except OSError:
        pass
    _close(source)
    _close(target)


def _close(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    sock.close()


class Network:
    """The desks' way to the server, which a test can cut and restore.

    PostgreSQL goes through a real TCP proxy. A SQLite file has no network, so there
    the cut makes every statement and new connection fail as a dropped server does.
    """

    def __init__(self, db_url: str) -> None:
        self.db_url = db_url
        self.is_cut = False
        self._proxy: TcpProxy | None = None
        parsed = make_url(db_url)
        if parsed.get_backend_name() == "postgresql":
            self._proxy = TcpProxy(parsed.host or "127.0.0.1", parsed.port or 5432)
            self.url = parsed.set(host="127.0.0.1", port=self._proxy.port).render_as_string(
                hide_password=False
            )
        else:
            self.url = db_url

    def open(self, url: str) -> Database:
        """The desk link's way to open the server."""
        if self._proxy is None and self.is_cut:
            raise _lost()
        db = open_database(url)
        if self._proxy is None:
            event.listen(db.engine, "before_cursor_execute", self._refuse_when_cut)
        return db

    def _refuse_when_cut(self, *_: object) -> None:
        if self.is_cut:
            raise _lost()

    def cut(self) -> None:
        self.is_cut = True
        if self._proxy is not None:
            self._proxy.cut()

    def restore(self) -> None:
        self.is_cut = False
        if self._proxy is not None:
            self._proxy.restore()

    def close(self) -> None:
        if self._proxy is not None:
            self._proxy.close()


def _lost() -> OperationalError:
    return OperationalError("SELECT", {}, Exception("connection to server lost (test cut)"))


@pytest.fixture
def network(db: Database, db_url: str) -> Iterator[Network]:
    """The way to the test's database, which the test can cut and restore."""
    net = Network(db_url)
    yield net
    net.close()


@pytest.fixture
def other_network(network: Network) -> Iterator[Network]:
    """Another desk's own way to the same server: cutting `network` leaves it up."""
    net = Network(network.db_url)
    yield net
    net.close()


# What reaches the server, not how fast: on a loaded machine a scan or an undo may take
# longer than the desk's one-frame deadline, and the desk would then queue it (correctly)
# where the test expects it on the server. The frame deadline has tests of its own.
SCAN_WAIT_S = 5.0


def desk_link(
    network: Network, folder: Path, desk: str, event: EventInfo, scan_wait: float = SCAN_WAIT_S
) -> DeskLink:
    """A desk reaching the server through `network`, with a fresh copy of the list."""
    link = DeskLink(network.url, folder / f"{desk}.sqlite", desk, event.id, network.open, scan_wait)
    link.refresh()
    return link


def flush_all(link: DeskLink, within: float = 10.0) -> FlushReport:
    """Send the desk's queue once the server is back, as the window's one-second timer
    does: a loaded machine may let one poll's deadline pass first. What every flush
    sent and found, summed."""
    sent = conflicts = 0
    details: list[SyncConflict] = []
    deadline = time.monotonic() + within
    while True:
        report = link.flush()
        sent, conflicts = sent + report.sent, conflicts + report.conflicts
        details += report.details
        if report.remaining == 0 or time.monotonic() > deadline:
            return FlushReport(sent, conflicts, report.remaining, tuple(details))
        time.sleep(0.2)
