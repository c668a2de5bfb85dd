"""A PostgreSQL cluster of a test's own, to stop, start, hang (SIGSTOP) and resume.

Never the shared test server: a hung server would stall every other test using it.
Skips when no PostgreSQL server binaries are installed. As root the cluster runs as
the `postgres` user (initdb refuses root).
"""

from __future__ import annotations

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
from contextlib import suppress
from pathlib import Path

import pytest


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

    def _pids(self) -> list[int]:
        """The postmaster and every process it started (backends, writers)."""
        postmaster = int((self.data / "postmaster.pid").read_text().split()[0])
        children = subprocess.run(
            ["pgrep", "-P", str(postmaster)], capture_output=True, text=True, check=False
        ).stdout.split()
        return [postmaster, *map(int, children)]

    def hang(self) -> None:
        """SIGSTOP: the server stops answering, but its TCP connections stay up."""
        self.hung = True
        for pid in self._pids():
            with suppress(ProcessLookupError):
                os.kill(pid, signal.SIGSTOP)

    def resume(self) -> None:
        for pid in reversed(self._pids()):
            with suppress(ProcessLookupError):
                os.kill(pid, signal.SIGCONT)
        self.hung = False

    def close(self) -> None:
        if self.hung:
            self.resume()
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
