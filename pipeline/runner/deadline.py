"""A time budget per document, enforced in the thread doing the work.

A rule that loops (a parse the code did not foresee) must cost one article,
not the run. A watchdog timer raises `DocumentTimeout` inside the working
thread when the budget is spent (CPython's `PyThreadState_SetAsyncExc`), so
it works in a pool worker's main thread and in a Dask worker's task thread
alike, without signals. It interrupts Python code, which is where our rules
run; a hang inside compiled code is left to the engine's watch (`watch.py`),
which kills and replaces the worker.
"""

from __future__ import annotations

import ctypes
import threading
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
        self._timer: threading.Timer | None = None

    def __enter__(self) -> "Deadline":
        if self.seconds is None or self.seconds <= 0:
            return self
        self._thread_id = threading.get_ident()
        self._active = True
        self._timer = threading.Timer(self.seconds, self._expire)
        self._timer.daemon = True
        self._timer.start()
        return self

    def _expire(self) -> None:
        with self._lock:
            if not self._active:
                return
            self._fired = True
            _raise_in_thread(self._thread_id, DocumentTimeout)

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 traceback: TracebackType | None) -> None:
        if self._timer is None:
            return
        with self._lock:
            self._active = False
            self._timer.cancel()
            if self._fired and kind is None:  # fired as the block ended: withdraw the pending exception
                _raise_in_thread(self._thread_id, None)


def _raise_in_thread(thread_id: int, exception: type[BaseException] | None) -> None:
    """Have `thread_id` raise `exception` at its next bytecode (None withdraws a pending one)."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id),
                                               ctypes.py_object(exception) if exception else None)
