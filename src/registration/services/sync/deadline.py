"""Calls to the server that give up on their own after a short wait.

A stopped (SIGSTOP) or overloaded server keeps its TCP connections up: the kernel
still acknowledges every packet, so neither libpq's timeouts nor the server's
statement_timeout ever fire. The only wait that holds is the caller's own: each
call runs on a worker thread and the caller stops waiting after its deadline. The
call itself may still finish later; a check-in carries the desk's scan id, so a
late success and the queued retry of the same scan still count once.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from queue import Empty, SimpleQueue
from typing import Any, TypeVar, cast

from registration.domain.errors import EnvironmentProblem

T = TypeVar("T")
IDLE_THREADS = 4  # threads kept waiting for the next call (a scan, a poll, a send…)


class ServerSilent(EnvironmentProblem):
    """The server did not answer in time (it may be hung, overloaded or cut off)."""

    def __init__(self, seconds: float) -> None:
        super().__init__("server_not_answering", f"The server did not answer within {seconds:g} s.")


class ServerCalls:
    """Server calls on daemon threads, each waited for at most a deadline.

    Daemon threads, not a ThreadPoolExecutor: a call stuck on a hung server must not
    keep the program from closing (the executor's threads are joined at exit). A
    thread that finished its call waits for the next one (starting a thread for each
    scan cost more CPU than the scan's own statement); a call never waits for a thread
    that is still stuck on the server: it gets a new one.
    """

    def __init__(self, idle_threads: int = IDLE_THREADS) -> None:
        self._lock = threading.Lock()
        self._busy: set[str] = set()
        self._waiting: set[SimpleQueue[_Outcome]] = set()
        self._idle: list[_Worker] = []
        self._idle_threads = idle_threads
        self._closed = False

    def run(self, work: Callable[[], T], within: float, kind: str = "") -> T:
        """`work()`'s result, or ServerSilent after `within` seconds.

        With a `kind`, a second call of that kind is refused (ServerSilent) while the
        first one is still waiting for the server: a hung server does not collect a
        pile of polls.
        """
        reply: SimpleQueue[_Outcome] = SimpleQueue()
        with self._lock:
            if self._closed or (kind and kind in self._busy):
                raise ServerSilent(within)
            if kind:
                self._busy.add(kind)
            self._waiting.add(reply)
            worker = self._idle.pop() if self._idle else None
        (worker or _Worker(self)).jobs.put(_Job(work, reply, kind))
        try:
            done, value = reply.get(timeout=within)
        except Empty:
            raise ServerSilent(within) from None
        finally:
            with self._lock:
                self._waiting.discard(reply)
        if done:
            return cast(T, value)
        raise value

    def _finished(self, worker: _Worker, kind: str) -> bool:
        """A worker's call is over: True if it waits for the next one."""
        with self._lock:
            self._busy.discard(kind)
            if self._closed or len(self._idle) >= self._idle_threads:
                return False
            self._idle.append(worker)
            return True

    def close(self) -> None:
        """Take no more calls, and callers still waiting stop waiting now (the window is
        closing); calls stuck on the server end when it answers or drops."""
        with self._lock:
            self._closed = True
            waiting, self._waiting = self._waiting, set()
            idle, self._idle = self._idle, []
        for reply in waiting:
            reply.put((False, ServerSilent(0)))
        for worker in idle:
            worker.jobs.put(None)


_Outcome = tuple[bool, Any]  # (True, the result) or (False, the exception)


@dataclass(frozen=True)
class _Job:
    work: Callable[[], Any]
    reply: SimpleQueue[_Outcome]
    kind: str


class _Worker:
    """One daemon thread that runs the calls handed to it, one at a time."""

    def __init__(self, calls: ServerCalls) -> None:
        self.jobs: SimpleQueue[_Job | None] = SimpleQueue()
        self._calls = calls
        threading.Thread(target=self._serve, name="server-call", daemon=True).start()

    def _serve(self) -> None:
        while (job := self.jobs.get()) is not None:
            try:
                outcome: _Outcome = (True, job.work())
            except BaseException as error:  # handed to the caller, if it still waits
                outcome = (False, error)
            more = self._calls._finished(self, job.kind)
            job.reply.put(outcome)
            if not more:
                return


def open_within(opening: Callable[[], T], within: float, discard: Callable[[T], None]) -> T:
    """`opening()`'s result, or ServerSilent after `within` seconds; what it opens after
    the caller gave up is handed to `discard` (closed, not left open)."""
    lock = threading.Lock()
    done = threading.Event()
    outcome: list[T] = []
    failure: list[BaseException] = []
    gave_up = False

    def run() -> None:
        try:
            opened = opening()
        except BaseException as error:
            failure.append(error)
            done.set()
            return
        with lock:
            late = gave_up
            if not late:
                outcome.append(opened)
                done.set()
        if late:
            discard(opened)

    threading.Thread(target=run, name="server-open", daemon=True).start()
    if not done.wait(within):
        with lock:
            if not done.is_set():
                gave_up = True
                raise ServerSilent(within)
    if failure:
        raise failure[0]
    return outcome[0]
