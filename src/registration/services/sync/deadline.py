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
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from typing import TypeVar

from registration.domain.errors import EnvironmentProblem

T = TypeVar("T")
WORKERS = 8  # calls stuck on a hung server each hold one until it answers again


class ServerSilent(EnvironmentProblem):
    """The server did not answer in time (it may be hung, overloaded or cut off)."""

    def __init__(self, seconds: float) -> None:
        super().__init__("server_not_answering", f"The server did not answer within {seconds:g} s.")


class ServerCalls:
    """A small pool of worker threads for server calls, each waited for at most a deadline."""

    def __init__(self) -> None:
        self._pool = ThreadPoolExecutor(WORKERS, thread_name_prefix="server-call")
        self._lock = threading.Lock()
        self._busy: set[str] = set()

    def run(self, work: Callable[[], T], within: float, kind: str = "") -> T:
        """`work()`'s result, or ServerSilent after `within` seconds.

        With a `kind`, a second call of that kind is refused (ServerSilent) while the
        first one is still waiting for the server: a hung server does not collect a
        pile of polls.
        """
        if kind:
            with self._lock:
                if kind in self._busy:
                    raise ServerSilent(within)
                self._busy.add(kind)
        try:
            future = self._pool.submit(work)
        except RuntimeError:  # closed
            self._release(kind)
            raise ServerSilent(within) from None
        if kind:
            future.add_done_callback(lambda _done: self._release(kind))
        return _wait(future, within)

    def _release(self, kind: str) -> None:
        with self._lock:
            self._busy.discard(kind)

    def close(self) -> None:
        """Stop taking calls; calls stuck on the server end when it answers or drops."""
        self._pool.shutdown(wait=False, cancel_futures=True)


def _wait(future: Future[T], within: float) -> T:
    try:
        return future.result(timeout=within)
    except FutureTimeout:
        future.cancel()  # not started yet: it never will
        raise ServerSilent(within) from None
