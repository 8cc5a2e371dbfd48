"""Which Python code the GUI thread was in while the event loop was blocked (``bench_window.py --blame``).

A heartbeat only says *that* the GUI thread was blocked; this says *where*.  A daemon thread samples
the main thread's stack every millisecond; the heartbeat reports its longest gap; the samples that
fall inside it are counted by their innermost frame of this project (``reader/``), with the Qt or
library call below it.  Sampling needs the GIL, which Qt releases while it paints or lays out, so a
block spent in C++ shows as the Python line that called into Qt.
"""

from __future__ import annotations

import sys
import threading
import time
from collections import Counter
from types import FrameType


class Sampler:
    def __init__(self, interval: float = 0.001) -> None:
        self.interval = interval
        self.main = threading.main_thread().ident
        self.samples: list[tuple[float, str]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            frame = sys._current_frames().get(self.main)
            if frame is not None:
                self.samples.append((time.perf_counter(), _where(frame)))
            time.sleep(self.interval)

    def between(self, start: float, end: float, top: int = 4) -> str:
        """The most frequent places sampled in [start, end], as 'count× place' lines."""
        places = Counter(place for stamp, place in self.samples if start <= stamp <= end)
        return "; ".join(f"{count}× {place}" for place, count in places.most_common(top))


def _where(frame: FrameType | None) -> str:
    """Innermost frame in ``reader/`` and the frame it was running below (the call it waits on)."""
    below = ""
    while frame is not None:
        name = frame.f_code.co_filename
        if "/reader/" in name and "/site-packages/" not in name:
            short = name[name.rindex("/reader/") + 1 :]
            return f"{short}:{frame.f_lineno} {frame.f_code.co_name}" + (f" → {below}" if below else "")
        if not below:
            below = f"{name.rsplit('/', 1)[-1]}:{frame.f_code.co_name}"
        frame = frame.f_back
    return f"(outside reader) {below}"
