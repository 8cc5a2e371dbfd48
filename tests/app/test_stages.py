"""``Stages.own_turn``: work that arrives while the window is still being built gets a turn of its own."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from reader.app.stages import Stages


class Turns:
    """Counts event-loop turns: a repeating 0 ms timer ticks once per turn."""

    def __init__(self, parent: QObject) -> None:
        self.count = 0
        self.timer = QTimer(parent, interval=0)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        self.count += 1


def test_work_arriving_between_stages_runs_alone_in_order_before_the_next_stage(qtbot) -> None:
    owner = QObject()
    stages = Stages(owner)
    turns = Turns(owner)
    ran: list[tuple[str, int]] = []

    def build(name: str) -> None:
        ran.append((name, turns.count))
        if name == "a":  # a reader thread's replies come in meanwhile, in this order
            replies = ("rows", "scroll")
            QTimer.singleShot(0, lambda: [stages.own_turn(n, lambda n=n: build(n)) for n in replies])

    for name in ("a", "b", "c"):
        stages.add(name, lambda name=name: build(name))
    stages.start()
    qtbot.waitUntil(lambda: stages.done)
    assert [name for name, _turn in ran] == ["a", "rows", "scroll", "b", "c"]
    assert len({turn for _name, turn in ran}) == 5  # one each turn: no reply shares a stage's turn
    stages.own_turn("late", lambda: ran.append(("late", -1)))  # nothing left to build: runs at once
    assert ran[-1] == ("late", -1)


def test_finish_runs_the_waiting_work_first_and_work_asked_for_inside_a_stage_runs_at_once() -> None:
    owner = QObject()
    stages = Stages(owner)
    ran: list[str] = []
    stages.add("a", lambda: (ran.append("a"), stages.own_turn("inner", lambda: ran.append("inner"))))
    stages.add("b", lambda: ran.append("b"))
    stages.own_turn("rows", lambda: ran.append("rows"))  # not started yet: waits for the first turn
    assert stages.pending == ["rows", "a", "b"] and ran == []
    assert stages.finish()
    assert ran == ["rows", "a", "inner", "b"] and stages.done and stages.current is None
