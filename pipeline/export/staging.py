"""Staging names that say which process made them, so a run removes what dead runs left behind, and only that.

Tables, workbook and review pages are written under a hidden name in the
output folder, then moved into place. A run stopped on the way removes its
staging itself; one killed outright (SIGKILL, a power cut) cannot. So the
name carries its owner: the machine (a hash of the host name), the process
id and that process' start time (a reused pid is another process). A later
run into the folder removes a staging entry whose owner is gone, and leaves
alone the live ones of another run, and those of another machine, whose
processes it cannot see. Where the system has no /proc (not Linux), the
start time is unknown (0) and the pid alone decides.
"""

from __future__ import annotations

import hashlib
import os
import re
import secrets
import shutil
import socket
from dataclasses import dataclass
from pathlib import Path

_PROC = Path("/proc")
_NAME = re.compile(r"\.(?P<stem>.+)-(?P<host>[0-9a-f]{8})-(?P<pid>[0-9]+)-(?P<start>[0-9]+)-[0-9a-f]{8}"
                   r"(?:\.[A-Za-z0-9]+)?")


def _host() -> str:
    return hashlib.blake2b(socket.gethostname().encode("utf-8"), digest_size=4).hexdigest()


def _start_of(pid: int) -> int | None:
    """When `pid` started, in clock ticks since boot (0 without /proc); None when no such process runs.

    A zombie (dead, not yet reaped by its parent) counts as gone.
    """
    if not (_PROC / "self" / "stat").exists():  # no /proc here: ask the kernel whether the pid exists
        return 0 if _pid_exists(pid) else None
    try:
        stat = (_PROC / str(pid) / "stat").read_text(encoding="ascii", errors="replace")
    except FileNotFoundError:
        return None
    state, *fields = stat.rpartition(")")[2].split()  # the command name, in parentheses, may hold spaces
    return None if state in ("Z", "X") else int(fields[18])


def _pid_exists(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


@dataclass(frozen=True)
class Owner:
    """The process that made a staging entry."""

    host: str
    pid: int
    start: int

    @classmethod
    def of_process(cls, pid: int) -> "Owner":
        """A process running on this machine as its staging names record it."""
        return cls(_host(), pid, _start_of(pid) or 0)

    @classmethod
    def of(cls, name: str) -> "Owner | None":
        """The owner a staging name records, or None for a name not made by `hidden_sibling`."""
        match = _NAME.fullmatch(name)
        return cls(match["host"], int(match["pid"]), int(match["start"])) if match else None

    def gone(self) -> bool:
        """Whether the owner has surely ended: on this machine, and its pid free or taken by a later process."""
        if self.host != _host():
            return False
        start = _start_of(self.pid)
        return start is None or (self.start != 0 and start != self.start)


def hidden_sibling(parent: Path, stem: str, suffix: str = "") -> Path:
    """A new hidden name in `parent`, naming this process, to stage a file or folder under before it is moved.

    A name rather than mkstemp/mkdtemp, whose private mode would stay on the
    file once moved: what is made under it gets the umask's usual mode.
    """
    owner = Owner.of_process(os.getpid())
    return parent / f".{stem}-{owner.host}-{owner.pid}-{owner.start}-{secrets.token_hex(4)}{suffix}"


def remove_dead_staging(folder: str | os.PathLike) -> list[Path]:
    """Remove the staging folders and files in `folder` whose owner has ended. RETURNS: what was removed."""
    folder = Path(folder)
    removed = []
    for path in sorted(folder.iterdir()) if folder.is_dir() else []:
        owner = Owner.of(path.name)
        if owner is None or not owner.gone():
            continue
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
        removed.append(path)
    return removed
