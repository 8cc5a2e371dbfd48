"""Entity recognition in a child process, for the window.

Tagging on the window's writer thread would share the GIL with the event loop: loading jieba's
dictionary holds it for most of a second, and the recogniser's pure-Python rules compete for it the
whole time.  ``RecogniserProcess`` is a ``pipeline.Recognise`` that sends each ``Request`` to a child
(``reader.children``) and waits for the answer, which releases the GIL.  The child starts on the first
request and keeps its model and dictionaries loaded; one that dies is started again once.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from reader.children import Child

if TYPE_CHECKING:  # importing the recogniser loads jieba (a second): only the child needs it
    from reader.entities.pipeline import Request
    from reader.entities.recogniser import Analysis


class RecogniserProcess:
    """Callable like ``pipeline.recognise``; safe to call from any one thread at a time (a lock)."""

    def __init__(self) -> None:
        self._child: Child | None = None
        self._lock = threading.Lock()

    def __call__(self, request: Request) -> list[Analysis]:
        with self._lock:
            for attempt in (1, 2):
                if self._child is None:
                    from reader.entities.pipeline import recognise

                    self._child = Child(recognise, name="reader-entities")
                try:
                    return self._child.ask(request)
                except (EOFError, OSError):  # the child died (memory, a signal)
                    self._discard()
                    if attempt == 2:
                        raise
        raise AssertionError("unreachable")

    @property
    def pid(self) -> int | None:
        """The child's process id while one is started (for the task manager, and tests)."""
        return self._child.process.pid if self._child is not None else None

    @property
    def running(self) -> bool:
        return self._child is not None and self._child.process.is_alive()

    def _discard(self) -> None:
        if self._child is not None:
            self._child.close()
            self._child = None

    def close(self) -> None:
        """Stop the child (the window closes)."""
        with self._lock:
            self._discard()
