"""The window's garbage collector runs on the GUI thread, from a timer, never automatically."""

from __future__ import annotations

import gc
import weakref

from reader.app.collector import GuiCollector


class Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the cyclic collector frees it


def test_automatic_collection_is_off_while_the_collector_runs_and_back_after(qapp) -> None:
    gc.enable()
    collector = GuiCollector()
    try:
        assert not gc.isenabled()
        garbage = Node()
        alive = weakref.ref(garbage)
        del garbage
        assert alive() is not None
        assert collector.collect() >= 1
        assert alive() is None
    finally:
        collector.stop()
    assert gc.isenabled()


def test_the_timer_collects_without_being_asked(qtbot) -> None:
    collector = GuiCollector()
    try:
        garbage = Node()
        alive = weakref.ref(garbage)
        del garbage
        qtbot.waitUntil(lambda: alive() is None, timeout=5000)
    finally:
        collector.stop()
