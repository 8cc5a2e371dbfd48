"""A change enters the undo history only once it is saved; while it is on its way, Undo waits."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlite_utils import Database

from reader.app import undo
from reader.store import annotations as annotation_store
from reader.store import articles as store_articles


class Later:
    """Holds each job until the test lets it run (the app's writer is another thread)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.waiting: list[tuple[Any, Any, Any]] = []

    def run(
        self,
        job: undo.StoreJob,
        on_done: Callable[[Any], None] | None = None,
        *,
        tags: bool = False,
        on_error: Callable[[], None] | None = None,
    ) -> None:
        self.waiting.append((job, on_done, on_error))

    def land(self) -> None:
        job, on_done, on_error = self.waiting.pop(0)
        try:
            result = job(self.db)
        except Exception:
            if on_error is not None:
                on_error()
            return
        if on_done is not None:
            on_done(result)


def test_a_step_is_undoable_only_after_it_was_saved(samples_db: Database, qapp) -> None:
    article = store_articles.list_articles(samples_db)[0]
    runner = Later(samples_db)
    history = undo.UndoHistory()
    busy: list[bool] = []
    history.busy_changed.connect(busy.append)
    history.submit(undo.AddAnnotation(runner, article["id"], 0, 4, note="第一"))
    assert (history.count(), history.busy, busy) == (0, True, [True])
    runner.land()
    assert (history.count(), history.busy, busy) == (1, False, [True, False])
    assert [a.note for a in annotation_store.list_annotations(samples_db)] == [
        "第一"
    ]  # saved once, not twice
    history.undo()
    runner.land()
    assert annotation_store.list_annotations(samples_db) == []


def test_a_failed_step_leaves_nothing_to_undo_and_the_older_step_stays(samples_db: Database, qapp) -> None:
    article = store_articles.list_articles(samples_db)[0]
    runner = Later(samples_db)
    history = undo.UndoHistory()
    history.submit(undo.AddAnnotation(runner, article["id"], 0, 4, note="留下"))
    runner.land()
    history.submit(undo.AddAnnotation(runner, article["id"], 0, 10**9, note="越界"))  # past the end
    runner.land()
    assert (history.count(), history.busy, history.undoText()) == (1, False, "Highlight")
    history.undo()
    runner.land()
    assert annotation_store.list_annotations(samples_db) == []
