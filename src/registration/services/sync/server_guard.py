"""The shared server as the window's tabs use it, behind the desk's link.

Many tabs read the database where they stand (some on the window's thread). While
the desk's link finds the server out of reach (down, cut off or hung), every read
and write through this handle is refused at once with `database_unreachable`
instead of waiting on the server: the tab says the server is away, the window does
not freeze and no worker thread piles up behind a hung server. The link probes the
server about once a second; the handle lets calls through again as soon as it answers.

A read the window's thread starts in the moment before the link notices (under 2 s)
would still wait without limit: a stopped server keeps its connections up, so no
timeout fires. After GUI_WAIT_S the handle shuts the sockets of its connections down,
which ends the wait with `database_unreachable`.
"""

from __future__ import annotations

import logging
import socket
import threading
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, event
from sqlalchemy.orm import Session as OrmSession

from registration.domain.errors import DeskOffline, EnvironmentProblem
from registration.storage.database import Database

log = logging.getLogger(__name__)
GUI_WAIT_S = 1.0  # the longest the window's thread waits on the server
GUI_CONNECT_TIMEOUT_S = 2  # libpq's shortest

SERVER_AWAY = EnvironmentProblem(
    "database_unreachable",
    "The database server does not answer: this desk works offline on its own copy.",
)


class GuardedServer(Database):
    """A server database whose calls are refused while `reachable()` says no."""

    def __init__(
        self,
        engine: Engine,
        reachable: Callable[[], bool] = lambda: True,
        offline_since: Callable[[], datetime | None] = lambda: None,
    ) -> None:
        super().__init__(engine)
        self.reachable = reachable
        self.offline_since = offline_since
        self._connections: weakref.WeakSet[Any] = weakref.WeakSet()
        event.listen(engine, "connect", lambda dbapi, _record: self._connections.add(dbapi))
        event.listen(engine, "do_connect", self._connecting)
        # A connection the pool opened before (opening the database, reading the event)
        # would not be known to the cut: the window's thread, pinging it on a hung server,
        # waited without limit. The pool starts afresh, with connections the guard sees.
        engine.dispose()
        self._cut = False  # the window's thread gave up on the server in this call

    def _check_reachable(self) -> None:
        if not self.reachable():
            raise DeskOffline(self.offline_since())

    @contextmanager
    def _bounded(self) -> Iterator[None]:
        """On the window's thread: cut the connections if the server keeps it waiting."""
        self._check_reachable()
        if threading.current_thread() is not threading.main_thread():
            yield
            return
        self._cut = False
        timer = threading.Timer(GUI_WAIT_S, self._cut_connections)
        timer.daemon = True
        timer.start()
        try:
            yield
        finally:
            timer.cancel()
            self._cut = False

    def _connecting(self, _dialect: Any, _record: Any, _args: Any, params: dict[str, Any]) -> None:
        """The window's thread does not open a new connection to a server it gave up on,
        and waits for a new one as briefly as libpq allows."""
        if threading.current_thread() is threading.main_thread():
            if self._cut:
                raise SERVER_AWAY
            params["connect_timeout"] = GUI_CONNECT_TIMEOUT_S

    def _cut_connections(self) -> None:
        self._cut = True
        log.warning("the server kept the window waiting %.1f s: connections cut", GUI_WAIT_S)
        for connection in list(self._connections):
            try:
                with socket.fromfd(connection.fileno(), socket.AF_INET, socket.SOCK_STREAM) as s:
                    s.shutdown(socket.SHUT_RDWR)
            except (OSError, ValueError, AttributeError):
                continue  # closed already, or not a socket

    @contextmanager
    def read(self) -> Iterator[OrmSession]:
        with self._bounded(), super().read() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[OrmSession]:
        with self._bounded(), super().write() as session:
            yield session

    @contextmanager
    def write_connection(self) -> Iterator[Connection]:
        with self._bounded(), super().write_connection() as connection:
            yield connection
