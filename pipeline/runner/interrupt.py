"""Stopping a run as users do: Ctrl-C (SIGINT) or SIGTERM stop it within seconds, leaving the output as it was.

`stopping_on_signals` (the `depeche` command runs in it) turns either signal into
`Interrupted` in the main thread. It unwinds the run like any error: the
engine stops its workers, the reader process is stopped, the staging folder
is removed, and the previous tables stay, while the cache keeps every entry
already written. Moving the new tables into place is the one step a stop
waits for (`signals_deferred`), so the output folder never mixes two runs. A
second signal during that clean-up ends the process at once, its children
killed; what it leaves in the output folder the next run removes (staging
names carry their owner, `pipeline.export.staging`).

A forked child (a pool worker, the reader, the workbook's writer) does not
keep these handlers: it ignores SIGINT, since a Ctrl-C reaching the whole
process group is for the run to act on, it ends on SIGTERM as the run's
clean-up sends it, and on Linux it is killed should the run die without
stopping it (SIGKILL), so no worker outlives its run. It also leaves the
run's process group: a SIGTERM sent to the whole group (systemd, Slurm's
scancel, `kill -- -PGID`) reaches the run alone, which stops its children in
order. A pool worker the signal killed while it was sending its results would
hold the result queue's lock for ever, and the pool's own stop would wait on it.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
import threading
from contextlib import contextmanager
from typing import Iterator

STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)
_PR_SET_PDEATHSIG = 1  # <linux/prctl.h>


class Interrupted(KeyboardInterrupt):
    """A stop asked by SIGINT or SIGTERM; the run notes on it how far it got.

    A KeyboardInterrupt, so that libraries treat it as they treat a Ctrl-C
    (Dask's client cancels what it was waiting for, nothing catches it as an error).
    """

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum
        self.documents: int | None = None  # articles this run had the rows of when it stopped
        self.tables_written = False  # whether this run's tables were already in place

    @property
    def exit_code(self) -> int:
        """128 + the signal's number, as shells report a process ended by it: 130 for SIGINT, 143 for SIGTERM."""
        return 128 + self.signum

    @property
    def how(self) -> str:
        return "Ctrl-C (SIGINT)" if self.signum == signal.SIGINT else signal.Signals(self.signum).name


class _State:
    installed = False
    asked: int | None = None  # the signal that started the stop
    deferring = False
    pending: int | None = None  # a signal that came while deferring
    parent = 0  # the pid forking, seen by its child


@contextmanager
def stopping_on_signals() -> Iterator[None]:
    """Inside the block SIGINT and SIGTERM raise `Interrupted` in the main thread; a second one ends the process.

    SIGINT is taken even when it was inherited as ignored, as a non-interactive
    shell does for a command it starts in the background: a run is something
    one must be able to stop with Ctrl-C. The handlers found are put back after.
    """
    if threading.current_thread() is not threading.main_thread():  # only the main thread may set handlers
        yield
        return
    previous = {signum: signal.signal(signum, _on_signal) for signum in STOP_SIGNALS}
    _State.installed = True
    try:
        yield
    finally:
        _State.installed, _State.asked, _State.pending = False, None, None
        for signum, handler in previous.items():
            signal.signal(signum, handler if handler is not None else signal.SIG_DFL)


def _on_signal(signum: int, frame: object) -> None:
    if _State.asked is not None:  # a second stop, during the clean-up of the first: no more waiting
        _end_now(signum)
    if _State.deferring:
        _State.pending = signum
        return
    _State.asked = signum
    raise Interrupted(signum)


@contextmanager
def signals_deferred() -> Iterator[None]:
    """A stop asked inside the block is raised as it ends: the block (the tables' move into place) runs whole.

    A stop asked before it is raised on entering: its `Interrupted` may have been swallowed where the signal
    landed (in a finalizer, a Dask future's `__del__`, whose exceptions Python only prints), and the run
    must not go on to its next step as if nothing had been asked.
    """
    if _State.asked is not None:
        raise Interrupted(_State.asked)
    _State.deferring = True
    try:
        yield
    finally:
        _State.deferring = False
    if _State.pending is not None:
        _State.asked, _State.pending = _State.pending, None
        raise Interrupted(_State.asked)


def _end_now(signum: int) -> None:
    """Kill this process' children and exit without any more clean-up."""
    os.write(sys.stderr.fileno(), b"\ndepeche: stopped at once; the next run into the folder removes what is "
                                  b"left of this one\n")
    for child in multiprocessing.active_children():
        child.kill()
    os._exit(128 + signum)


def _before_fork() -> None:
    _State.parent = os.getpid()


def _in_forked_child() -> None:
    if not _State.installed:
        return
    _State.installed, _State.asked, _State.deferring, _State.pending = False, None, False, None
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    os.setpgid(0, 0)  # out of the group a signal may be sent to: only the run stops its children
    _die_with_parent()


def _die_with_parent() -> None:
    """On Linux, have the kernel kill this child when the process that forked it ends, however it ends."""
    if not sys.platform.startswith("linux"):
        return
    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        return
    if os.getppid() != _State.parent:  # the parent ended before the call: nobody will stop this child
        os._exit(1)


os.register_at_fork(before=_before_fork, after_in_child=_in_forked_child)
