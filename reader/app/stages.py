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
        self._turns = 0  # how many of the first pending are ``own_turn`` work (in the order it came)
        self._current: str | None = None  # the name of the part being built now
        self._stopped = False
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._next)

    def add(self, name: str, build: Callable[[], None]) -> None:
        self._pending.append((name, build))

    @property
    def done(self) -> bool:
        return not self._pending and self._current is None

    @property
    def current(self) -> str | None:
        """The name of the stage (or ``own_turn`` work) being built now; None between turns."""
        return self._current

    @property
    def pending(self) -> list[str]:
        """The names of the stages not built yet (the next first)."""
        return [name for name, _build in self._pending]

    def own_turn(self, name: str, work: Callable[[], None]) -> None:
        """Run ``work`` on the next stage's turn, before that stage, when stages are left; else now.

        Why: a reply from the reader thread (the tree's rows down to the reopened article) is handled
        in whichever turn it arrives, and the turn that builds a stage has its own layout and paint; a
        reply landing in a stage's turn made one block of both — at 500,000 articles the rows down to
        an article 4,000 issues deep (their insertion, the tree's layout of every row, its paint) plus
        the People page were the longest block of the start (issue 14).  Queued before the stages
        (after work queued so, in the order it came: the tree's first page before the rows under it),
        it gets a turn and a paint of its own; ``finish`` runs it like any stage.
        """
        if self._pending and not self._stopped and self._current is None:
            self._pending.insert(self._turns, (name, work))
            self._turns += 1
        else:
            work()

    def start(self) -> None:
        """Build the stages from the next turn on (call once the first frame is on its way)."""
        if self._pending and not self._stopped:
            self._timer.start()

    def stop(self) -> None:
        """No more stages by the timer (the window closes); ``finish`` still builds them on demand."""
        self._timer.stop()
        self._stopped = True

    def _next(self) -> None:
        if self._current is not None or not self._pending:
            return
        self._run(*self._pop())
        if self._pending and not self._stopped:
            self._timer.start()  # a new turn: the event loop paints and answers input in between
        else:
            self.finished.emit()

    def finish(self) -> bool:
        """Build every stage left, now.  False when there was none, or when called from inside a stage
        (a stage that needs a later one is a mistake in the order, and must fail loudly)."""
        if self._current is not None or not self._pending:
            return False
        self._timer.stop()
        while self._pending:
            self._run(*self._pop())
        self.finished.emit()
        return True

    def _pop(self) -> tuple[str, Callable[[], None]]:
        self._turns = max(0, self._turns - 1)
        return self._pending.popleft()

    def _run(self, name: str, build: Callable[[], None]) -> None:
        self._current = name
        try:
            build()
        finally:
            self._current = None


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
