"""A time budget per document, enforced in the thread doing the work.

A rule that loops (a parse the code did not foresee) must cost one article,
not the run. A watchdog thread raises `DocumentTimeout` inside the working
thread when the budget is spent (CPython's `PyThreadState_SetAsyncExc`), so
it works in a pool worker's main thread and in a Dask worker's task thread
alike, without signals. It interrupts Python code, which is where our rules
run; a hang inside compiled code is left to the engine's watch (`watch.py`),
which kills and replaces the worker.
"""

from __future__ import annotations

import ctypes
import heapq
import itertools
import os
import threading
import time
from types import TracebackType

DEFAULT_DOC_TIMEOUT = 60.0


class DocumentTimeout(BaseException):
    """The document's budget is spent.

    A BaseException, so that a stage's `except Exception` (which turns a
    stage's error into a `partial` row) does not swallow it.
    """


def timeout_message(seconds: float) -> str:
    return f"timed out after {seconds:g} s"


class Deadline:
    """`with Deadline(60):` raises DocumentTimeout in this thread once 60 s have passed inside the block."""

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self._thread_id = 0
        self._lock = threading.Lock()
        self._active = False
        self._fired = False

    def __enter__(self) -> "Deadline":
        if self.seconds is None or self.seconds <= 0:
            return self
        self._thread_id = threading.get_ident()
        self._active = True
        _WATCHDOG.watch(self, time.monotonic() + self.seconds)
        return self

    @property
    def active(self) -> bool:
        return self._active

    def expire(self) -> None:
        """The budget is spent: raise in the working thread, unless the block has just ended."""
        with self._lock:
            if not self._active:
                return
            self._fired = True
            _raise_in_thread(self._thread_id, DocumentTimeout)

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 traceback: TracebackType | None) -> None:
        if not self._active:
            return
        with self._lock:
            self._active = False
            if self._fired and kind is None:  # fired as the block ended: withdraw the pending exception
                _raise_in_thread(self._thread_id, None)


class _Watchdog:
    """One daemon thread per process, waking when the earliest live deadline is due.

    A thread per deadline would cost a thread start per article and stage
    (thousands in a run, each waiting to be scheduled on busy cores). Ended
    deadlines stay in the heap until they reach its top, where they are
    dropped unseen: the one wake-up per budget clears all that ended meanwhile.
    """

    def __init__(self) -> None:
        self._reset()
        os.register_at_fork(after_in_child=self._reset)  # a forked child has the heap but not the thread

    def _reset(self) -> None:
        self._condition = threading.Condition()
        self._heap: list[tuple[float, int, Deadline]] = []
        self._order = itertools.count()
        self._thread: threading.Thread | None = None

    def watch(self, deadline: Deadline, due: float) -> None:
        with self._condition:
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="depeche-deadlines", daemon=True)
                self._thread.start()
            heapq.heappush(self._heap, (due, next(self._order), deadline))
            if self._heap[0][2] is deadline:  # due before the one the thread waits for
                self._condition.notify()

    def _run(self) -> None:
        with self._condition:
            while True:
                while self._heap and not self._heap[0][2].active:
                    heapq.heappop(self._heap)
                if not self._heap:
                    self._condition.wait()
                    continue
                due, _, deadline = self._heap[0]
                if (wait := due - time.monotonic()) > 0:
                    self._condition.wait(wait)
                    continue
                heapq.heappop(self._heap)
                deadline.expire()


_WATCHDOG = _Watchdog()


def _raise_in_thread(thread_id: int, exception: type[BaseException] | None) -> None:
    """Have `thread_id` raise `exception` at its next bytecode (None withdraws a pending one)."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id),
                                               ctypes.py_object(exception) if exception else None)
