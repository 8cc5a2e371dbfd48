"""A writer waiting for the library's write lock says so, and a long writer stands aside for it.

Why: SQLite has no queue for its write lock.  A waiter polls ``BEGIN IMMEDIATE``; an import
commits a group and takes the lock again a few milliseconds later.  On a loaded machine the
waiter's sleep overran that gap again and again, so a second import queued behind a first one
waited through every group of it and gave up after the busy timeout (seen in CI: two imports at
once, one failed after 30 s).  So the waiter leaves a sign beside the library — a file
``<library>-waiting`` whose modification time it refreshes while it waits and which it removes
once it holds the lock — and a connection that just held the lock for a long batch waits, before
taking it again, until that sign is gone or stale.  A waiter that died leaves a stale sign, which
costs the next long writer nothing (its age says nobody is waiting).  Every step is best effort:
a folder that cannot be written only loses the courtesy, never a write.
"""

from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path

SUFFIX = "-waiting"
REFRESH_SECONDS = 0.05
"""A waiter refreshes its sign this often while it waits…"""
FRESH_SECONDS = 0.5
"""…so a sign older than this belongs to nobody still waiting (a waiter that gave up or died)."""
STAND_ASIDE_SECONDS = 2.0
"""The longest a writer stands aside for a waiter: a waiter too starved to take a free lock within
this long does not hold the library up."""
_STEP = 0.005


def sign_for(library_path: str) -> Path | None:
    """The sign's path beside a library file; None for an in-memory library."""
    return Path(library_path + SUFFIX) if library_path else None


class Waiting:
    """A waiter's sign: :meth:`refresh` while waiting (cheap between refreshes), :meth:`withdraw` after."""

    def __init__(self, sign: Path | None) -> None:
        self.sign = sign
        self._next = 0.0
        self._shown = False

    def refresh(self) -> None:
        now = time.monotonic()
        if self.sign is None or now < self._next:
            return
        self._next = now + REFRESH_SECONDS
        with contextlib.suppress(OSError):
            self.sign.touch()
            self._shown = True

    def withdraw(self) -> None:
        """Remove the sign this waiter showed (another waiter still waiting shows it again at once)."""
        if self.sign is not None and self._shown:
            with contextlib.suppress(OSError):
                self.sign.unlink()
            self._shown = False


def someone_waiting(sign: Path | None) -> bool:
    if sign is None:
        return False
    try:
        age = time.time() - os.stat(sign).st_mtime
    except OSError:
        return False
    return age < FRESH_SECONDS


def stand_aside(sign: Path | None) -> None:
    """Before a writer that held the lock long takes it again: wait while another writer is waiting."""
    deadline = time.monotonic() + STAND_ASIDE_SECONDS
    while someone_waiting(sign) and time.monotonic() < deadline:
        time.sleep(_STEP)
