"""The shared server as the window's tabs use it, behind the desk's link.

Many tabs read the database where they stand (some on the window's thread). While
the desk's link finds the server out of reach (down, cut off or hung), every read
and write through this handle is refused at once with `database_unreachable`
instead of waiting on the server: the tab says the server is away, the window does
not freeze and no worker thread piles up behind a hung server. The link probes the
server about once a second; the handle lets calls through again as soon as it answers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine
from sqlalchemy.orm import Session as OrmSession

from registration.domain.errors import EnvironmentProblem
from registration.storage.database import Database

SERVER_AWAY = EnvironmentProblem(
    "database_unreachable",
    "The database server does not answer: this desk works offline on its own copy.",
)


class GuardedServer(Database):
    """A server database whose calls are refused while `reachable()` says no."""

    def __init__(self, engine: Engine, reachable: Callable[[], bool] = lambda: True) -> None:
        super().__init__(engine)
        self.reachable = reachable

    def _check_reachable(self) -> None:
        if not self.reachable():
            raise SERVER_AWAY

    @contextmanager
    def read(self) -> Iterator[OrmSession]:
        self._check_reachable()
        with super().read() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[OrmSession]:
        self._check_reachable()
        with super().write() as session:
            yield session

    @contextmanager
    def write_connection(self) -> Iterator[Connection]:
        self._check_reachable()
        with super().write_connection() as connection:
            yield connection
