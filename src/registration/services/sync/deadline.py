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
from concurrent.futures import Future, InvalidStateError
from concurrent.futures import TimeoutError as FutureTimeout
from contextlib import suppress
from typing import Any, TypeVar

from registration.domain.errors import EnvironmentProblem

T = TypeVar("T")


class ServerSilent(EnvironmentProblem):
    """The server did not answer in time (it may be hung, overloaded or cut off)."""

    def __init__(self, seconds: float) -> None:
        super().__init__("server_not_answering", f"The server did not answer within {seconds:g} s.")


class ServerCalls:
    """Server calls on daemon threads, each waited for at most a deadline.

    Daemon threads, not a ThreadPoolExecutor: a call stuck on a hung server must not
    keep the program from closing (the executor's threads are joined at exit).
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._busy: set[str] = set()
        self._waiting: set[Future[Any]] = set()
        self._closed = False

    def run(self, work: Callable[[], T], within: float, kind: str = "") -> T:
        """`work()`'s result, or ServerSilent after `within` seconds.

        With a `kind`, a second call of that kind is refused (ServerSilent) while the
        first one is still waiting for the server: a hung server does not collect a
        pile of polls.
        """
        future: Future[T] = Future()
        with self._lock:
            if self._closed or (kind and kind in self._busy):
                raise ServerSilent(within)
            if kind:
                self._busy.add(kind)
            self._waiting.add(future)

        def call() -> None:
            try:
                if future.set_running_or_notify_cancel():
                    result = work()
                    with suppress(InvalidStateError):  # the caller gave up (closing)
                        future.set_result(result)
            except BaseException as error:  # handed to the caller, if it still waits
                with suppress(InvalidStateError):
                    future.set_exception(error)
            finally:
                self._release(kind, future)

        threading.Thread(target=call, name=f"server-call {kind}".strip(), daemon=True).start()
        try:
            return _wait(future, within)
        finally:
            with self._lock:
                self._waiting.discard(future)

    def _release(self, kind: str, future: Future[T]) -> None:
        with self._lock:
            self._busy.discard(kind)
            self._waiting.discard(future)

    def close(self) -> None:
        """Take no more calls, and callers still waiting stop waiting now (the window is
        closing); calls stuck on the server end when it answers or drops."""
        with self._lock:
            self._closed = True
            waiting, self._waiting = self._waiting, set()
        for future in waiting:
            with suppress(InvalidStateError):
                future.set_exception(ServerSilent(0))


def _wait(future: Future[T], within: float) -> T:
    try:
        return future.result(timeout=within)
    except FutureTimeout:
        raise ServerSilent(within) from None


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
