"""A PostgreSQL cluster of a test's own, to stop, start, hang (SIGSTOP) and resume.

Never the shared test server: a hung server would stall every other test using it.
Skips when no PostgreSQL server binaries are installed. As root the cluster runs as
the `postgres` user (initdb refuses root). Registered as a plugin in tests/conftest.py:
its fixtures need no import.
"""

from __future__ import annotations

import gc
import glob
import os
import pwd
import shutil
import signal
import socket
import stat
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import pytest

from registration.domain.records import EventInfo
from registration.services.demo import load_demo_event
from registration.storage.database import Database
from registration.storage.migrate import open_database

# A connection a desk gave up on while the server hung is dropped, not closed (closing it
# would wait on the hung server too); psycopg warns when it is collected. Modules that hang
# a server set `pytestmark = ABANDONED_CONNECTIONS`: the warning is allowed there, and
# what they abandoned is collected at the end of each of their tests, on the main thread,
# so the warning cannot surface in another test.
ABANDONED_CONNECTIONS = [
    pytest.mark.filterwarnings("ignore:.*was deleted while still open:ResourceWarning"),
    pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning"),
    pytest.mark.usefixtures("collect_abandoned_connections"),
]


def _server_binaries() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    if found:
        return Path(found[-1]).parent
    pg_ctl = shutil.which("pg_ctl")
    return Path(pg_ctl).parent if pg_ctl else None


def _base_folder() -> str | None:
    """The temporary folder, unless the `postgres` user cannot pass through it (a
    private /tmp as root): then /var/tmp."""
    base = tempfile.gettempdir()
    if os.geteuid() == 0 and not os.stat(base).st_mode & stat.S_IXOTH:
        return "/var/tmp"
    return None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class ThrowawayPostgres:
    def __init__(self, binaries: Path) -> None:
        self.bin = binaries
        self.as_postgres = os.geteuid() == 0
        self.folder = Path(tempfile.mkdtemp(prefix="registration-pg-", dir=_base_folder()))
        self.data = self.folder / "db"
        self.port = _free_port()
        if self.as_postgres:
            account = pwd.getpwnam("postgres")
            os.chown(self.folder, account.pw_uid, account.pw_gid)
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres")
        self.hung = False
        self._stopped: list[int] = []  # the processes hang() stopped, for resume()
        self.start()
        self._psql("CREATE DATABASE registration_test")

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/registration_test"

    def _run(self, tool: str, *args: str) -> None:
        command = [str(self.bin / tool), *args]
        if self.as_postgres:
            command = ["su", "postgres", "-c", " ".join(_quoted(part) for part in command)]
        env = {**os.environ, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}  # tests set LANG=en
        subprocess.run(
            command, check=True, capture_output=True, timeout=60, cwd=self.folder, env=env
        )

    def _psql(self, sql: str) -> None:
        self._run("psql", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", "-qc", sql)

    def start(self) -> None:
        options = f"-k {self.folder} -h 127.0.0.1 -p {self.port}"
        self._run(
            "pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.folder / "log"),
            "-w", "start",
        )  # fmt: skip

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")

    def _postmaster(self) -> int:
        return int((self.data / "postmaster.pid").read_text().split()[0])

    def _children(self, postmaster: int) -> list[int]:
        """Every process the postmaster started (backends, writers), read from /proc:
        no process to start while the test's window is watching its frames."""
        if not Path("/proc/self/stat").exists():
            found = subprocess.run(
                ["pgrep", "-P", str(postmaster)], capture_output=True, text=True, check=False
            ).stdout.split()
            return [int(pid) for pid in found]
        children = []
        for stat_file in Path("/proc").glob("[0-9]*/stat"):
            with suppress(OSError, IndexError, ValueError):  # a process that just ended
                # "pid (name) state ppid ...": the name may hold spaces and parentheses
                if int(stat_file.read_text().rsplit(")", 1)[1].split()[1]) == postmaster:
                    children.append(int(stat_file.parent.name))
        return children

    def hang(self) -> None:
        """SIGSTOP: the server stops answering, but its TCP connections stay up.

        The postmaster first, then its children: listed before it stopped, a backend
        it forked meanwhile would go on answering its connection.
        """
        self.hung = True
        postmaster = self._postmaster()
        self._stopped = [postmaster]
        os.kill(postmaster, signal.SIGSTOP)
        for pid in self._children(postmaster):
            self._stopped.append(pid)
            with suppress(ProcessLookupError):
                os.kill(pid, signal.SIGSTOP)

    def resume(self) -> None:
        """SIGCONT to every process hang() stopped (the postmaster last)."""
        for pid in reversed(self._stopped):
            with suppress(ProcessLookupError):
                os.kill(pid, signal.SIGCONT)
        self._stopped = []
        self.hung = False

    @contextmanager
    def hanging(self) -> Iterator[ThrowawayPostgres]:
        """Hung inside the block; resumed when it ends, however it ends (a failed
        assertion too), unless the block resumed it already."""
        self.hang()
        try:
            yield self
        finally:
            if self.hung:
                self.resume()

    def close(self) -> None:
        self.resume()  # never left stopped: a stopped postmaster cannot stop either
        with suppress(subprocess.SubprocessError, OSError):
            self.stop()
        shutil.rmtree(self.folder, ignore_errors=True)


def _quoted(part: str) -> str:
    return "'" + part.replace("'", "'\\''") + "'"


@pytest.fixture
def own_postgres() -> Iterator[ThrowawayPostgres]:
    binaries = _server_binaries()
    if binaries is None or shutil.which("pgrep") is None:
        pytest.skip("no PostgreSQL server binaries to start a throwaway cluster")
    cluster = ThrowawayPostgres(binaries)
    try:
        yield cluster
    finally:
        cluster.close()


DemoServer = tuple[ThrowawayPostgres, Database, EventInfo]


@pytest.fixture
def demo_server(own_postgres: ThrowawayPostgres) -> Iterator[DemoServer]:
    """The demo event on a cluster of the test's own; resumed before it is closed."""
    db = open_database(own_postgres.url)
    event = load_demo_event(db)
    try:
        yield own_postgres, db, event
    finally:
        own_postgres.resume()
        db.dispose()


@pytest.fixture
def collect_abandoned_connections() -> Iterator[None]:
    yield
    gc.collect()
