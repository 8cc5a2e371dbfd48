"""Python's cyclic garbage collector, run on the GUI thread only.

Left automatic, a collection runs on whichever thread happens to allocate
when a threshold is crossed — often a worker or the query thread. If the
garbage holds the last reference to a widget, Qt then destroys that widget
off the GUI thread, which corrupts its widget list and crashes the next call
that walks it (a style or palette change). Anki's ``aqt`` turns the automatic
collector off for the same reason and collects from a timer.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


class GuiCollector(QObject):
    """Turns automatic collection off and collects the young generations every second.

    Young collections are cheap (well under a millisecond); a full one runs every
    tenth tick. ``stop`` restores the automatic collector.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        self._ticks = 0
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.collect)
        self._timer.start()

    def collect(self) -> int:
        """One collection on this (the GUI) thread; returns how many objects it freed."""
        self._ticks += 1
        return gc.collect(2 if self._ticks % 10 == 0 else 1)

    def stop(self) -> None:
        self._timer.stop()
        gc.collect()
        if self._was_enabled:
            gc.enable()
