"""Undo/redo for annotation and tag changes: ``QUndoCommand``s that call the store's inverse functions.

Why the commands keep their state in job closures: every write runs on the
library worker, and ``redo``/``undo`` only *queue* a job.  The worker runs jobs
in order on one thread, so a job that undoes can read what the job that did it
stored on the command (the snapshot a delete returned, whether a tag was new)
without any locking, even when the user presses Ctrl+Z before the first job's
result has reached the GUI.  Highlights are addressed by uid, which survives a
delete and restore, not by row id.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Protocol

from PySide6.QtGui import QUndoCommand
from sqlite_utils import Database

from reader.app.i18n import translate
from reader.store import annotations as annotation_store
from reader.store import tags as tag_store

StoreJob = Callable[[Database], Any]
NOTE_EDIT_ID = 5101  # consecutive note edits of one highlight merge into one undo step


class Runner(Protocol):
    """What commands need from the app: run a job on the writer, then tell the views."""

    def run(
        self, job: StoreJob, on_done: Callable[[Any], None] | None = None, *, tags: bool = False
    ) -> None: ...


class StoreCommand(QUndoCommand):
    """A command whose ``redo``/``undo`` are jobs of the library worker."""

    touches_tags = False  # the sidebar's tag dots and Tags view must follow

    def __init__(self, runner: Runner, text: str) -> None:
        super().__init__(text)
        self.runner = runner
        self.on_redone: Callable[[Any], None] | None = None

    def do(self, db: Database) -> Any:
        raise NotImplementedError

    def revert(self, db: Database) -> Any:
        raise NotImplementedError

    def redo(self) -> None:
        self.runner.run(self.do, self.on_redone, tags=self.touches_tags)

    def undo(self) -> None:
        self.runner.run(self.revert, tags=self.touches_tags)


class AddAnnotation(StoreCommand):
    def __init__(
        self,
        runner: Runner,
        article_id: int,
        start: int,
        end: int,
        *,
        color: str = annotation_store.DEFAULT_COLOR,
        note: str = "",
        tags: Iterable[str] = (),
    ) -> None:
        super().__init__(runner, translate("Undo", "Highlight"))
        self.args = (article_id, start, end)
        self.fields: dict[str, Any] = {"color": color, "note": note, "tags": tuple(tags)}
        self.snapshot: annotation_store.Annotation | None = None

    def do(self, db: Database) -> annotation_store.Annotation:
        if self.snapshot is None:
            self.snapshot = annotation_store.add_annotation(db, *self.args, **self.fields)
        else:  # redo after undo: the very same highlight (uid) comes back
            self.snapshot = annotation_store.restore_annotation(db, self.snapshot)
        return self.snapshot

    def revert(self, db: Database) -> None:
        if self.snapshot is not None:
            current = annotation_store.get_by_uid(db, self.snapshot.uid)
            self.snapshot = annotation_store.delete_annotation(db, current.id)


class EditAnnotation(StoreCommand):
    """Change note, colour and/or tags of one highlight; undo restores the snapshot from before."""

    def __init__(
        self,
        runner: Runner,
        uid: str,
        *,
        note: str | None = None,
        color: str | None = None,
        tags: Iterable[str] | None = None,
        text: str = "",
    ) -> None:
        super().__init__(runner, text or translate("Undo", "Edit Highlight"))
        self.uid = uid
        self.changes: dict[str, Any] = {"note": note, "color": color}
        self.changes["tags"] = tuple(tags) if tags is not None else None
        self.touches_tags = tags is not None
        self.before: annotation_store.Annotation | None = None

    def do(self, db: Database) -> annotation_store.Annotation:
        current = annotation_store.get_by_uid(db, self.uid)
        before = annotation_store.update_annotation(db, current.id, **self.changes)
        if self.before is None:
            self.before = before
        return annotation_store.get_by_uid(db, self.uid)

    def revert(self, db: Database) -> None:
        if self.before is not None:
            annotation_store.restore_annotation(db, self.before)

    def id(self) -> int:
        only_note = self.changes["color"] is None and self.changes["tags"] is None
        return NOTE_EDIT_ID if only_note else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Typing a note saves often; one Ctrl+Z takes back the whole edit, not one save."""
        if not isinstance(other, EditAnnotation) or other.uid != self.uid or other.id() != NOTE_EDIT_ID:
            return False
        self.changes["note"] = other.changes["note"]
        return True


class DeleteAnnotation(StoreCommand):
    def __init__(self, runner: Runner, uid: str) -> None:
        super().__init__(runner, translate("Undo", "Delete Highlight"))
        self.uid = uid
        self.snapshot: annotation_store.Annotation | None = None

    def do(self, db: Database) -> annotation_store.Annotation:
        current = annotation_store.get_by_uid(db, self.uid)
        self.snapshot = annotation_store.delete_annotation(db, current.id)
        return self.snapshot

    def revert(self, db: Database) -> None:
        if self.snapshot is not None:
            annotation_store.restore_annotation(db, self.snapshot)


class AddArticleTag(StoreCommand):
    touches_tags = True

    def __init__(self, runner: Runner, article_id: int, name: str, *, remove: bool = False) -> None:
        verb = translate("Undo", "Remove Tag %1") if remove else translate("Undo", "Add Tag %1")
        super().__init__(runner, verb.replace("%1", name))
        self.article_id, self.name, self.remove = article_id, name, remove
        self.changed = False

    def _apply(self, db: Database, remove: bool) -> bool:
        if remove:
            return tag_store.remove_article_tag(db, self.article_id, self.name)
        return tag_store.add_article_tag(db, self.article_id, self.name)

    def do(self, db: Database) -> bool:
        self.changed = self._apply(db, self.remove)
        return self.changed

    def revert(self, db: Database) -> None:
        if self.changed:  # only undo what this command actually changed
            self._apply(db, not self.remove)


def remove_article_tag(runner: Runner, article_id: int, name: str) -> AddArticleTag:
    return AddArticleTag(runner, article_id, name, remove=True)


class SetColorMeaning(StoreCommand):
    def __init__(self, runner: Runner, color: str, meaning: str) -> None:
        super().__init__(runner, translate("Undo", "Colour Meaning"))
        self.color, self.meaning = color, meaning
        self.previous: str | None = None

    def do(self, db: Database) -> str:
        self.previous = annotation_store.set_color_meaning(db, self.color, self.meaning)
        return self.previous

    def revert(self, db: Database) -> None:
        if self.previous is not None:
            annotation_store.set_color_meaning(db, self.color, self.previous)


class RenameTag(StoreCommand):
    touches_tags = True

    def __init__(self, runner: Runner, old: str, new: str) -> None:
        super().__init__(
            runner, translate("Undo", "Rename Tag %1 → %2").replace("%1", old).replace("%2", new)
        )
        self.old, self.new = old, new

    def do(self, db: Database) -> None:
        tag_store.rename_tag(db, self.old, self.new)

    def revert(self, db: Database) -> None:
        tag_store.rename_tag(db, tag_store.normalise_name(self.new), self.old)


class MergeTags(StoreCommand):
    touches_tags = True

    def __init__(self, runner: Runner, source: str, target: str) -> None:
        super().__init__(
            runner, translate("Undo", "Merge Tag %1 → %2").replace("%1", source).replace("%2", target)
        )
        self.source, self.target = source, target
        self.merge: tag_store.TagMerge | None = None

    def do(self, db: Database) -> tag_store.TagMerge:
        self.merge = tag_store.merge_tags(db, self.source, self.target)
        return self.merge

    def revert(self, db: Database) -> None:
        if self.merge is not None:
            tag_store.undo_merge(db, self.merge)


class DeleteTag(StoreCommand):
    touches_tags = True

    def __init__(self, runner: Runner, name: str) -> None:
        super().__init__(runner, translate("Undo", "Delete Tag %1").replace("%1", name))
        self.name = name
        self.snapshot: tag_store.TagSnapshot | None = None

    def do(self, db: Database) -> tag_store.TagSnapshot:
        self.snapshot = tag_store.delete_tag(db, self.name)
        return self.snapshot

    def revert(self, db: Database) -> None:
        if self.snapshot is not None:
            tag_store.restore_tag(db, self.snapshot)


class SetTagColor(StoreCommand):
    touches_tags = True

    def __init__(self, runner: Runner, name: str, color: str) -> None:
        super().__init__(runner, translate("Undo", "Tag Colour %1").replace("%1", name))
        self.name, self.color = name, color
        self.previous: str | None = None

    def do(self, db: Database) -> str:
        self.previous = tag_store.set_tag_color(db, self.name, self.color)
        return self.previous

    def revert(self, db: Database) -> None:
        if self.previous is not None:
            tag_store.set_tag_color(db, self.name, self.previous)


class SetRead(StoreCommand):
    """M: mark the article read or unread; undo puts the previous mark back (``after`` repaints the tree)."""

    def __init__(self, runner: Runner, article_id: int, read: bool, after: Callable[[bool], None]) -> None:
        super().__init__(runner, translate("Undo", "Mark Read") if read else translate("Undo", "Mark Unread"))
        self.article_id, self.read, self.after = article_id, read, after

    def do(self, db: Database) -> None:
        from reader.store import articles as article_store

        article_store.set_read(db, self.article_id, self.read)

    def revert(self, db: Database) -> None:
        from reader.store import articles as article_store

        article_store.set_read(db, self.article_id, not self.read)

    def redo(self) -> None:
        self.after(self.read)
        self.runner.run(self.do)

    def undo(self) -> None:
        self.after(not self.read)
        self.runner.run(self.revert)
