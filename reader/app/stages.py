"""Build a window in stages: the first frame at once, the parts it does not show one per event-loop turn.

Why: built in one go, the window held the GUI thread for over 100 ms before the event loop
first ran, and its first paint for as long again (issue 14: no block over 50 ms).  The window
builds what its first frame shows (frame, toolbars, the Issues tree, the reading pane, the notes
panel) in its constructor; every other part (the hidden sidebar tabs, research, careers, library
operations, menu contents…) is a *stage*, built on its own turn of the event loop once the first
frame is painted, so the user sees the window and can read while the rest arrives.

Nothing waits on a stage: whatever needs a part before its turn (a shortcut, a click on a tab
whose page is not built yet, a test, a script) calls ``finish()`` — directly, or through
``OnDemand``, which does it when a not-yet-built attribute is asked for — and every stage left
is built at once, in order, before the caller goes on.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal


class Stages(QObject):
    """Parts to build after the first frame, in order, one per turn of the event loop."""

    finished = Signal()  # the last stage is built (by the timer or by ``finish``)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._pending: deque[tuple[str, Callable[[], None]]] = deque()
        self._building = False
        self._stopped = False
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._next)

    def add(self, name: str, build: Callable[[], None]) -> None:
        self._pending.append((name, build))

    @property
    def done(self) -> bool:
        return not self._pending and not self._building

    @property
    def pending(self) -> list[str]:
        """The names of the stages not built yet (the next first)."""
        return [name for name, _build in self._pending]

    def start(self) -> None:
        """Build the stages from the next turn on (call once the first frame is on its way)."""
        if self._pending and not self._stopped:
            self._timer.start()

    def stop(self) -> None:
        """No more stages by the timer (the window closes); ``finish`` still builds them on demand."""
        self._timer.stop()
        self._stopped = True

    def _next(self) -> None:
        if self._building or not self._pending:
            return
        self._run(self._pending.popleft()[1])
        if self._pending and not self._stopped:
            self._timer.start()  # a new turn: the event loop paints and answers input in between
        else:
            self.finished.emit()

    def finish(self) -> bool:
        """Build every stage left, now.  False when there was none, or when called from inside a stage
        (a stage that needs a later one is a mistake in the order, and must fail loudly)."""
        if self._building or not self._pending:
            return False
        self._timer.stop()
        while self._pending:
            self._run(self._pending.popleft()[1])
        self.finished.emit()
        return True

    def _run(self, build: Callable[[], None]) -> None:
        self._building = True
        try:
            build()
        finally:
            self._building = False


class OnDemand:
    """Mix into a class whose later stages add attributes: asking for one not built yet builds them.

    ``_stages_for_demand`` (set by the class) are the stages that add them.  Only missing
    attributes reach ``__getattr__``; names with underscores never build anything.
    """

    _stages_for_demand: Stages | None = None

    def __getattr__(self, name: str) -> Any:
        stages = self.__dict__.get("_stages_for_demand")
        if name.startswith("_") or stages is None or not stages.finish():
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        return object.__getattribute__(self, name)
