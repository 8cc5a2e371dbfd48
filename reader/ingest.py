"""Import files and folders into a library: the one routine the CLI and the window's worker share.

Each file is its own unit of work: it is read, parsed and saved in one
transaction, so a bad file is reported and skipped while the rest of the
batch goes on, and a cancelled batch leaves every finished file in place.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import stat
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from reader import derived, filenames
from reader.children import Child
from reader.errors import BadInputError, LibraryError, ReaderError
from reader.importer import MAX_FILE_BYTES, parse_bytes
from reader.store import entities as entity_store
from reader.store import search
from reader.store.checkpoint import Log, checkpointing
from reader.store.db import journals_in_memory
from reader.store.issues import (
    PreparedIssue,
    SaveResult,
    SaveStatus,
    content_hash,
    prepare_issue,
    save_issue,
    stored_form,
)

log = logging.getLogger(__name__)

AfterSave = Callable[[Database, SaveResult], None]
Progress = Callable[[int, int, Path], None]


@dataclass(frozen=True)
class FileOutcome:
    path: Path
    status: str  # imported | updated | unchanged | failed
    issue_id: int | None = None
    articles: int = 0
    reason: str | None = None
    warnings: tuple[str, ...] = ()

    @property
    def shown(self) -> str:
        """The path as a person reads it (undecodable bytes in the name as U+FFFD)."""
        return filenames.shown(self.path)


@dataclass
class ImportReport:
    outcomes: list[FileOutcome] = field(default_factory=list)
    cancelled: bool = False
    reprints_pending: list[int] = field(default_factory=list)  # saved, not yet indexed for reprints
    merge_pending: bool = False  # the search index's new segments wait for ``search.merge_steps``

    def with_status(self, status: str) -> list[FileOutcome]:
        return [outcome for outcome in self.outcomes if outcome.status == status]

    @property
    def failed(self) -> list[FileOutcome]:
        return self.with_status("failed")

    def summary(self) -> str:
        counts = {s: len(self.with_status(s)) for s in ("imported", "updated", "unchanged", "failed")}
        text = ", ".join(f"{n} {status}" for status, n in counts.items())
        return text + (" (cancelled)" if self.cancelled else "")


TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm"})
"""What a folder import picks up: text, Markdown and web pages saved as HTML (read as their visible
text, ``importer.webpage``); a file named directly imports whatever its name."""


def collect_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files named directly, and every text file (``TEXT_SUFFIXES``) below named folders, in a stable order.

    A named path that is not a folder is yielded whatever it is (a FIFO, a missing
    file): reading it reports what is wrong.  A folder that cannot be listed is
    yielded too, for the same reason.
    """
    for raw in paths:
        path = Path(raw).expanduser()
        if path.is_dir():
            yield from _walk(path)
        else:
            yield path


def _walk(root: Path) -> list[Path]:
    """Every text entry (``TEXT_SUFFIXES``) below ``root`` that is not a folder, sorted by relative path.

    Iterative, and each folder is entered once (by device and inode), so neither a
    folder nested a thousand deep nor a symbolic link pointing back up can break it.
    """
    found: list[Path] = []
    seen: set[tuple[int, int]] = set()
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            info = folder.stat()
            if (info.st_dev, info.st_ino) in seen:
                continue
            seen.add((info.st_dev, info.st_ino))
            with os.scandir(folder) as entries:
                listed = list(entries)
        except OSError:
            found.append(folder)  # reported when read: "cannot read this folder: …"
            continue
        for entry in listed:
            try:
                if entry.is_dir():
                    stack.append(Path(entry.path))
                elif Path(entry.name).suffix.lower() in TEXT_SUFFIXES:
                    found.append(Path(entry.path))  # a FIFO or device named *.txt is reported, not opened
            except OSError:
                found.append(Path(entry.path))
    return sorted(found, key=lambda p: str(p.relative_to(root)))


_KINDS = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


def _read_regular(path: Path) -> bytes:
    """The bytes of a regular file; anything else is refused *before* it is read.

    Opened non-blocking and checked on the open descriptor, so a FIFO (which would
    block until a writer appears) or a device (which never ends) cannot hang the
    batch, even if the path changed kind after it was listed.
    """
    shown = filenames.shown(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError as error:
        raise BadInputError(shown, "no such file or folder") from error
    except OSError as error:
        raise BadInputError(shown, f"cannot read: {error.strerror or error}") from error
    with os.fdopen(fd, "rb") as handle:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            try:
                os.scandir(path).close()
            except OSError as error:
                raise BadInputError(shown, f"cannot read this folder: {error.strerror or error}") from error
            raise BadInputError(shown, "is a folder")
        if not stat.S_ISREG(mode):
            kind = next((name for test, name in _KINDS if test(mode)), "not a regular file")
            raise BadInputError(shown, f"{kind}, not a text file: skipped")
        size = os.fstat(fd).st_size
        if size > MAX_FILE_BYTES:
            raise BadInputError(
                shown, f"file is {size / 2**20:.1f} MiB, over the {MAX_FILE_BYTES // 2**20} MiB limit"
            )
        try:
            # the size it has, and one byte more to see it grow: ``read(MAX_FILE_BYTES + 1)`` would
            # allocate (and give back) 20 MiB for every file, which cost more than reading it
            data = handle.read(size + 1)
            if len(data) > size:  # it grew since ``fstat``: the rest, up to one byte over the limit
                data += handle.read(MAX_FILE_BYTES + 1 - len(data))
        except OSError as error:
            raise BadInputError(shown, f"cannot read: {error.strerror or error}") from error
    if len(data) > MAX_FILE_BYTES:
        raise BadInputError(shown, f"file grew over the {MAX_FILE_BYTES // 2**20} MiB limit while read")
    return data


@dataclass(frozen=True)
class _Loaded:
    """A file read, parsed and prepared for saving: what a parse worker sends the writer."""

    path: Path
    byte_size: int
    digest: str
    issue: PreparedIssue
    stored_path: str  # ``issues.stored_form(path)``: resolved here, not by the writer


def _load(path: Path) -> _Loaded:
    """Read, parse and prepare the rows and search entries of one file: pure work, safe in another process."""
    data = _read_regular(path)
    parsed = parse_bytes(data, filenames.shown(path.name))
    return _Loaded(path, len(data), content_hash(data), prepare_issue(parsed), stored_form(path))


def _store(
    db: Database,
    loaded: _Loaded,
    after_save: AfterSave | None,
    index_later: list[search.Entry] | None = None,
    derive_later: list[int] | None = None,
) -> FileOutcome:
    entries: list[search.Entry] = []
    with db.atomic():  # the file, its queue entries for the recogniser and ``after_save``: all or nothing
        result = save_issue(
            db,
            loaded.issue,
            source_path=loaded.path,
            byte_size=loaded.byte_size,
            digest=loaded.digest,
            stored_path=loaded.stored_path,
            index_later=entries if index_later is not None else None,
        )
        if result.status is not SaveStatus.UNCHANGED:
            entity_store.mark_pending(db, result.article_ids)  # tagged later: ``entities.pipeline``
            if after_save is not None:
                after_save(db, result)
    if index_later is not None:
        index_later.extend(entries)  # only once the file is saved for good
    if result.status is not SaveStatus.UNCHANGED:
        if derive_later is None:
            derived.update_reprints(db, result.article_ids)  # the reprint index (reader/derived.py)
        else:
            derive_later.extend(result.article_ids)  # indexed for reprints at the end of the import
    return FileOutcome(
        loaded.path,
        result.status.value,
        issue_id=result.issue_id,
        articles=len(result.article_ids),
        warnings=loaded.issue.warnings,
    )


def _outcome(
    db: Database,
    path: Path,
    load: Callable[[], _Loaded],
    after_save: AfterSave | None,
    index_later: list[search.Entry] | None = None,
    derive_later: list[int] | None = None,
) -> FileOutcome:
    """One file's outcome; whatever goes wrong with this file is this file's failure alone.

    Saving and the ``after_save`` step (entities) run in one savepoint, so a failure in
    either rolls back this file only.  A ``LibraryError`` (disk full, read-only, busy) is
    about the library rather than the file: it is raised for the batch to stop on.
    """
    try:
        try:
            loaded = load()
        except ReaderError:
            raise
        except Exception as error:  # a parser bug must not cost the user the rest of the batch
            raise BadInputError(
                filenames.shown(path),
                f"the importer failed on this file ({type(error).__name__}: {error}); please report it",
            ) from error
        return _store(
            db, loaded, after_save, index_later, derive_later
        )  # one savepoint: the file and its entity step
    except LibraryError:
        raise
    except BadInputError as error:
        return FileOutcome(path, "failed", reason=error.reason)
    except ReaderError as error:
        return FileOutcome(path, "failed", reason=str(error))
    except sqlite3.DatabaseError as error:  # a constraint or a bug in SQL: the savepoint was rolled back
        return _write_failed(path, error)
    except Exception as error:  # a bug in saving or in the entity step: this file only
        return FileOutcome(
            path,
            "failed",
            reason=f"saving this file failed ({type(error).__name__}: {error}); nothing of it was kept, "
            "please report it",
        )


def _write_failed(path: Path, error: sqlite3.DatabaseError | LibraryError) -> FileOutcome:
    return FileOutcome(path, "failed", reason=f"could not write to the library: {error}")


def _lost(outcome: FileOutcome, error: sqlite3.DatabaseError | LibraryError) -> FileOutcome:
    """A file whose group commit failed was not kept either, whatever its own outcome said."""
    return outcome if outcome.status == "failed" else _write_failed(outcome.path, error)


def import_file(db: Database, path: Path, *, after_save: AfterSave | None = None) -> FileOutcome:
    return _outcome(db, path, lambda: _load(path), after_save)


GROUP_FILES = 256
GROUP_SECONDS = 2.0
"""Files are committed in groups of about two seconds of work (at most 256 files), each file inside
its own savepoint, and the group's search entries are indexed together just before the commit.
FTS5 flushes a segment at every commit and savepoint, so writing the index once per group rather
than once per file, and in groups large enough that their segments are few (32 MiB of pending
terms, migration m012), cuts the writer's time sharply (the segments are merged after the import:
``search.index_group``, ``search.merge_steps``), while a bad file still rolls back alone and a
cancel or crash keeps every file of each finished group.  Two seconds, not one: each group leaves
a segment, and on a busy machine one-second groups were small and many (16 on a level force a
merge inside the import)."""
GROUP_MIN_BYTES = 12 * 2**20
GROUP_MAX_SECONDS = 10.0
"""…but a group closes on time only once it holds ``GROUP_MIN_BYTES`` of files, or after
``GROUP_MAX_SECONDS`` whatever it holds: each group's flush rewrites the common pairs' posting lists,
so on a slow or busy machine two-second groups (2 MB at 1 MB/s) cost the writer 150–170 ms/MB instead
of 80–90 and left libraries at 3.4× their source in free pages (branch ``indexcpu``, session 22).  Ten
seconds stays well inside another writer's busy timeout (30 s); a cancel is still seen at every file."""

PARALLEL_MIN_BYTES = 4 * 2**20
"""A smaller batch is parsed in-process: two workers take 0.3–0.5 s of both cores to start (a fresh
interpreter importing the importer), what parsing 4 MiB in-process takes — and a day's few files into
a large library should not wait for them (``bench_eight_files.py``: 8 files, 0.5 MB, imported in
0.2–0.4 s in-process against 0.7–2.4 s with workers, on the same machine in the same minutes)."""

LOOKAHEAD = 4
LOOKAHEAD_BYTES = 16 * 2**20
"""Files sent to the parse workers ahead of the writer: at least ``LOOKAHEAD``, more while their sizes
add up to less than ``LOOKAHEAD_BYTES`` (their answers, about five times the size of the file, wait in
the workers).  The writer indexes each group's search entries in one burst of about half a second;
with only a few files in hand the workers would idle through it, and so would one of two cores."""


HEAD_START_BYTES = 2 * 2**20
"""Bytes of files at the head of a batch given to workers that the writer reads and parses itself
while the workers start (their fork server imports the importer: 0.3–0.5 s, more under load, in
which the writer's core had nothing to do but wait for the first answer); the workers begin after
them.  Should they start sooner, they parse ahead while the writer finishes the head: no core waits."""


def _head(sizes: list[int]) -> int:
    """How many files at the head of the batch the writer loads itself (``HEAD_START_BYTES``)."""
    held = 0
    for count, size in enumerate(sizes):
        if held >= HEAD_START_BYTES:
            return count
        held += size
    return len(sizes)


def _sizes(files: list[Path]) -> list[int]:
    """Each file's size, read once for ``_large`` and the workers' look-ahead; a lone file is never
    large, so it is not looked at here."""
    return list(map(_size, files)) if len(files) >= 2 else []


def _large(sizes: list[int]) -> bool:
    """A batch worth parse workers and a checkpointing thread (``PARALLEL_MIN_BYTES``)."""
    return len(sizes) >= 2 and sum(sizes) >= PARALLEL_MIN_BYTES


PARSE_NICENESS = 3
"""How much lower the parse workers run than the writer (``os.nice``; Unix only).

The writer is the one step that cannot be split, so it should not wait for a core held by a parse
worker.  With three equal processes on two cores the kernel keeps two of them on one core, and
which two is left to chance; on a quiet machine the writer got 68 % of a core (10.5 s of CPU in a
15.5 s import of 120 MB) while the workers, held back by the look-ahead, left the rest idle.  At nice
3 (weight 526 each) the two workers together weigh about what the writer does (1024), so the
balanced placement is the writer alone on a core, and when it waits for an answer its core goes to
a worker.  Alternated imports of 120 MB on a machine where others used 1.6–1.7 of the two cores:
1.07–1.37 MB/s at nice 3, 0.85–0.95 at nice 1, 0.76–0.98 with none (``benchmarks/README.md``)."""


def _worker_count(large: bool) -> int:
    """Processes that read and parse ahead of the writer, for big batches on multi-core machines
    (``reader.children``: processes, because parsing is pure Python and would fight the writer for
    the GIL)."""
    cores = os.cpu_count() or 1
    # the writer spends most of its time inside SQLite, so two parsers keep it busy even on two cores
    return min(2, cores) if large and cores >= 2 else 0


def _worker() -> Child:
    return Child(_load, name="reader-parse", niceness=PARSE_NICENESS, fork_server="reader.parse_server")


class _Starting(threading.Thread):
    """Starts the parse workers beside the writer: a new fork server answers only once it has
    imported the importer, and the writer meanwhile loads the batch's head itself."""

    def __init__(self, count: int) -> None:
        super().__init__(name="reader-parse-start", daemon=True)
        self.count = count
        self.workers: list[Child] = []
        self.error: Exception | None = None

    def run(self) -> None:
        try:
            for _ in range(self.count):
                self.workers.append(_worker())
        except Exception as error:  # no processes to be had: the writer reads the files itself
            self.error = error

    def result(self) -> list[Child]:
        self.join()
        if self.error is not None:
            log.warning("parse workers could not start, reading in-process: %s", self.error)
        return self.workers


def _size(path: Path) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0  # reading it will say what is wrong


class _Reader:
    """Hands the writer each file's loaded form: from the parse workers, or read in-process.

    Files go to the workers in turn, up to ``LOOKAHEAD_BYTES`` ahead of the writer, but for the first
    ``HEAD_START_BYTES``, which the writer reads itself while the workers start.  Should a
    worker die (killed, out of memory), the workers are stopped and every file still to
    come, including those they had in hand, is read in-process: the batch goes on.
    """

    def __init__(self, files: list[Path], sizes: list[int], *, large: bool) -> None:
        self.files, self.sizes = files, sizes  # sizes: ``_sizes``, every file's when ``large``
        count = _worker_count(large)
        self.starting = _Starting(count) if count else None
        if self.starting is not None:
            self.starting.start()
        self.workers: list[Child] = []
        self.sent: deque[tuple[int, Child, int]] = deque()  # (file index, its worker, its size)
        self.in_flight = 0  # bytes of the files sent and not yet answered
        self.head = _head(sizes) if count else 0  # files loaded in-process while the workers start
        self.next_to_send = self.head

    def _started(self, index: int) -> bool:
        """Whether the workers are to be used for file ``index``: once they are up, and past the head
        at the latest (then the writer waits for them)."""
        if self.starting is not None and (index >= self.head or not self.starting.is_alive()):
            self.workers, self.starting = self.starting.result(), None
        return self.starting is None

    def _send_ahead(self, index: int) -> None:
        self.next_to_send = max(self.next_to_send, index)
        while self.next_to_send < len(self.files) and (
            len(self.sent) < LOOKAHEAD or self.in_flight < LOOKAHEAD_BYTES
        ):
            path = self.files[self.next_to_send]
            worker = self.workers[self.next_to_send % len(self.workers)]
            worker.conn.send(path)
            size = self.sizes[self.next_to_send]
            self.sent.append((self.next_to_send, worker, size))
            self.in_flight += size
            self.next_to_send += 1

    def load(self, index: int) -> Callable[[], _Loaded]:
        path = self.files[index]
        if not self._started(index) or not self.workers:
            return lambda: _load(path)
        try:
            self._send_ahead(index)
            if index < self.head:  # the workers are starting, with the files after the head in hand
                return lambda: _load(path)
            sent_index, worker, size = self.sent.popleft()
            assert sent_index == index
            self.in_flight -= size
            answer = worker.recv()
        except (EOFError, OSError):  # a worker died (memory, a signal): carry on in-process
            self.close()
            return lambda: _load(path)
        if isinstance(answer, BaseException):

            def reraise() -> _Loaded:
                raise answer

            return reraise
        return lambda: answer

    def close(self) -> None:
        if self.starting is not None:
            self.workers, self.starting = self.starting.result(), None
        for worker in self.workers:
            worker.request_stop()  # all at once, then wait for each
        for worker in self.workers:
            worker.close()
        self.workers = []
        self.sent.clear()
        self.in_flight = 0


def import_paths(
    db: Database,
    paths: Iterable[str | Path],
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    after_save: AfterSave | None = None,
    reprints: bool = True,
) -> ImportReport:
    """Import every file, in order; a bad file is reported and skipped, the rest of the batch goes on.

    A problem of the library itself (disk full, read-only, busy past the timeout) stops
    the batch: the files of the unfinished group and those not tried yet are reported
    failed with that reason, and everything committed before stays.  Without ``reprints``
    the saved articles are left in ``report.reprints_pending`` for a later pass (the window's, in
    the background), and so is the search index's merge (``report.merge_pending``).
    """
    files = list(collect_files(paths))
    report = ImportReport()
    sizes = _sizes(files)
    large = _large(sizes)
    reader = _Reader(files, sizes, large=large)
    try:
        with journals_in_memory(db.conn), checkpointing(db) if large else contextlib.nullcontext() as log:
            index, stopped, saved = _groups(db, files, reader, report, progress, cancelled, after_save, log)
    finally:
        reader.close()
    report.reprints_pending = saved
    _after_batch(db, report, reprints, stopped, files[index:])
    if progress is not None and not report.cancelled:
        progress(len(files), len(files), files[-1] if files else Path())
    return report


def _groups(
    db: Database,
    files: list[Path],
    reader: _Reader,
    report: ImportReport,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
    after_save: AfterSave | None,
    log: Log | None = None,
) -> tuple[int, LibraryError | None, list[int]]:
    """Save the files group by group (``GROUP_FILES``); returns the index of the first file not tried,
    what stopped the batch (a problem of the library) and the articles of the committed groups.
    ``log``: the checkpointing thread's view of the write-ahead log, started over between groups."""
    stopped: LibraryError | None = None
    saved: list[int] = []  # articles of committed groups: the reprint index takes them at the end
    index = 0
    left = sum(reader.sizes)  # bytes of the files not tried yet (none known for a lone file)
    while index < len(files) and not report.cancelled and stopped is None:
        group: list[FileOutcome] = []
        to_index: list[search.Entry] = []
        to_derive: list[int] = []
        started, held = time.monotonic(), 0
        try:
            with db.atomic():  # each file is a savepoint inside: a bad one rolls back alone
                while index < len(files) and len(group) < GROUP_FILES:
                    if group and _group_full(time.monotonic() - started, held, left):
                        break
                    if cancelled is not None and cancelled():
                        report.cancelled = True
                        break
                    if progress is not None:
                        progress(index, len(files), files[index])
                    group.append(
                        _outcome(db, files[index], reader.load(index), after_save, to_index, to_derive)
                    )
                    size = reader.sizes[index] if reader.sizes else 0
                    held, left, index = held + size, left - size, index + 1
                    if not db.conn.in_transaction:  # SQLite dropped the whole group (disk full…)
                        raise sqlite3.OperationalError(group[-1].reason or "the transaction was lost")
                search.index_group(db, to_index)
            saved.extend(to_derive)
            if log is not None:
                log.start_over_if_long(db)
        except LibraryError as error:
            group = [_lost(outcome, error) for outcome in group]
            stopped = error
        except sqlite3.DatabaseError as error:
            group = [_lost(outcome, error) for outcome in group]
        report.outcomes.extend(group)
    return index, stopped, saved


def _group_full(seconds: float, held: int, left: int) -> bool:
    """Whether the group open for ``seconds`` and holding ``held`` bytes of files is committed now,
    with ``left`` bytes of files still to come (``TAIL_BYTES``)."""
    if 0 < left <= TAIL_BYTES <= held:
        return True
    return seconds > GROUP_MAX_SECONDS or (seconds > GROUP_SECONDS and held >= GROUP_MIN_BYTES)


TAIL_BYTES = 3 * 2**20
"""A group holding at least this much closes once no more than this much is left to come, so the batch's
last group is small.  Its index burst is the one the parse workers cannot overlap (they have nothing
left to parse): a last group of ``GROUP_MIN_BYTES`` or more kept one core idle for 0.8–0.9 s at the end
of a 120 MB import, 7 % of it; one of 3 MiB or less keeps it idle for about 0.2 s."""

MERGE_STEPS_PER_ARTICLE = 1 / 200
"""Merge steps an import without a window runs at its end, per article saved (and ``MERGE_STEPS_MIN``):
about twice what merging its own segments takes (132 steps for 50,000 articles), so its cost follows
the import, and a merge left from before (an interrupted one, a window closed early) drains over the
next imports instead of landing whole on one of them."""
MERGE_STEPS_MIN = 1
"""One step at least: on a 500,000-article index a step of ``search.MERGE_PAGES`` costs 0.1–0.15 s
(it merges the large segments too), so eight steps would double what 8 new files cost the CLI
(``bench_eight_files.py``); one a day's import clears its own segment."""


def _merge_budget(report: ImportReport) -> int:
    saved = sum(outcome.articles for outcome in report.outcomes if outcome.status in ("imported", "updated"))
    return MERGE_STEPS_MIN + int(saved * MERGE_STEPS_PER_ARTICLE)


def _after_batch(
    db: Database, report: ImportReport, reprints: bool, stopped: LibraryError | None, untried: list[Path]
) -> None:
    """A stopped import reports the files it did not try; any other builds the reprint index of what
    it saved and merges the search index's new segments (unless asked to leave both for later)."""
    if stopped is not None:
        report.outcomes.extend(
            FileOutcome(path, "failed", reason=f"not imported: {stopped}") for path in untried
        )
        return
    if reprints:  # one vectorised pass for the whole import, its own transactions
        derived.update_reprints(db, report.reprints_pending)
        report.reprints_pending = []
    if report.with_status("imported") or report.with_status("updated"):
        try:
            with db.atomic():  # a rebuild only when replaced articles' dead rows pile up
                search.maintain(db, pages=search.MERGE_PAGES)
            steps = _merge_budget(report) if reprints else 0  # the window merges in a job of its own
            report.merge_pending = search.merge_steps(db, steps=steps)  # groups were flushed unmerged
        except sqlite3.DatabaseError as error:
            # maintenance only: the imported files are committed and searchable as they are; the merge
            # is left pending (the window runs it as background jobs, the next import goes on with it)
            log.warning("the search index's merge after an import was put off: %s", error)
            report.merge_pending = True
