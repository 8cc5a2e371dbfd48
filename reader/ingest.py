"""Import files and folders into a library: the one routine the CLI and the window's worker share.

Each file is its own unit of work: it is read, parsed and saved in one
transaction, so a bad file is reported and skipped while the rest of the
batch goes on, and a cancelled batch leaves every finished file in place.
"""

from __future__ import annotations

import multiprocessing
import os
import sqlite3
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import BrokenExecutor, Executor, Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from reader import derived
from reader.errors import BadInputError, ReaderError
from reader.importer import MAX_FILE_BYTES, ParsedIssue, parse_bytes
from reader.store import search
from reader.store.issues import SaveResult, SaveStatus, content_hash, save_issue

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


@dataclass
class ImportReport:
    outcomes: list[FileOutcome] = field(default_factory=list)
    cancelled: bool = False

    def with_status(self, status: str) -> list[FileOutcome]:
        return [outcome for outcome in self.outcomes if outcome.status == status]

    @property
    def failed(self) -> list[FileOutcome]:
        return self.with_status("failed")

    def summary(self) -> str:
        counts = {s: len(self.with_status(s)) for s in ("imported", "updated", "unchanged", "failed")}
        text = ", ".join(f"{n} {status}" for status, n in counts.items())
        return text + (" (cancelled)" if self.cancelled else "")


TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown"})
"""What a folder import picks up: text and Markdown (a file named directly imports whatever its name)."""


def collect_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files named directly, and every text file below named folders, in a stable order."""
    for raw in paths:
        path = Path(raw).expanduser()
        if path.is_dir():
            yield from sorted(
                (p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES),
                key=lambda p: str(p.relative_to(path)),
            )
        else:
            yield path


@dataclass(frozen=True)
class _Loaded:
    path: Path
    data: bytes
    parsed: ParsedIssue
    prepared: list[search.Prepared]
    digest: str


def _load(path: Path) -> _Loaded:
    """Read, parse and prepare the search entries of one file: pure work, safe on another thread."""
    if not path.exists():
        raise BadInputError(str(path), "no such file or folder")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise BadInputError(
            str(path), f"file is {size / 2**20:.1f} MiB, over the {MAX_FILE_BYTES // 2**20} MiB limit"
        )
    try:
        data = path.read_bytes()
    except OSError as error:
        raise BadInputError(str(path), f"cannot read: {error.strerror or error}") from error
    parsed = parse_bytes(data, path.name)
    prepared = [
        search.prepare(kicker=a.kicker, title=a.title, subtitle=a.subtitle, text=a.text)
        for a in parsed.articles
    ]
    return _Loaded(path, data, parsed, prepared, content_hash(data))


def _store(
    db: Database,
    loaded: _Loaded,
    after_save: AfterSave | None,
    index_later: list[tuple[int, search.Prepared]] | None = None,
    derive_later: list[int] | None = None,
) -> FileOutcome:
    entries: list[tuple[int, search.Prepared]] = []
    result = save_issue(
        db,
        loaded.parsed,
        source_path=loaded.path,
        data=loaded.data,
        prepared=loaded.prepared,
        index_later=entries if index_later is not None else None,
        digest=loaded.digest,
    )
    if after_save is not None and result.status is not SaveStatus.UNCHANGED:
        after_save(db, result)
    if result.status is not SaveStatus.UNCHANGED:
        if derive_later is None:
            derived.update_articles(db, result.article_ids)  # reprints and career claims (reader/derived.py)
        else:
            derive_later.extend(result.article_ids)  # claims for the group, reprints for the whole import
    if index_later is not None:
        index_later.extend(entries)  # only once the file is saved for good
    return FileOutcome(
        loaded.path,
        result.status.value,
        issue_id=result.issue_id,
        articles=len(result.article_ids),
        warnings=tuple(loaded.parsed.warnings),
    )


def _outcome(
    db: Database,
    path: Path,
    load: Callable[[], _Loaded],
    after_save: AfterSave | None,
    index_later: list[tuple[int, search.Prepared]] | None = None,
    derive_later: list[int] | None = None,
) -> FileOutcome:
    try:
        try:
            loaded = load()
        except ReaderError:
            raise
        except Exception as error:  # a parser bug must not cost the user the rest of the batch
            raise BadInputError(
                str(path),
                f"the importer failed on this file ({type(error).__name__}: {error}); please report it",
            ) from error
        return _store(db, loaded, after_save, index_later, derive_later)
    except BadInputError as error:
        return FileOutcome(path, "failed", reason=error.reason)
    except ReaderError as error:
        return FileOutcome(path, "failed", reason=str(error))
    except sqlite3.DatabaseError as error:  # disk full, library locked: the savepoint was rolled back
        return _write_failed(path, error)


def _write_failed(path: Path, error: sqlite3.DatabaseError) -> FileOutcome:
    return FileOutcome(path, "failed", reason=f"could not write to the library: {error}")


def _lost(outcome: FileOutcome, error: sqlite3.DatabaseError) -> FileOutcome:
    """A file whose group commit failed was not kept either, whatever its own outcome said."""
    return outcome if outcome.status == "failed" else _write_failed(outcome.path, error)


def import_file(db: Database, path: Path, *, after_save: AfterSave | None = None) -> FileOutcome:
    return _outcome(db, path, lambda: _load(path), after_save)


GROUP_FILES = 32
GROUP_SECONDS = 1.0
"""Files are committed in groups of up to 32 or about a second of work, each file inside its own
savepoint, and the group's search entries are indexed together just before the commit.  FTS5
flushes and merges a segment at every commit and savepoint, so writing the index once per group
rather than once per file cuts the writer's time sharply, while a bad file still rolls back alone
and a cancel or crash keeps every file of each finished group."""

PARALLEL_MIN_FILES = 8
"""Below this many files a batch is parsed in-process: starting a worker costs more than it saves."""

LOOKAHEAD = 4


def _loader(file_count: int) -> Executor | None:
    """A worker process that reads and parses ahead of the writer, for big batches on multi-core machines.

    A process, not a thread: parsing is pure Python and would fight the
    writer for the GIL.  "spawn" keeps it safe inside the threaded Qt app.
    """
    cores = os.cpu_count() or 1
    if file_count < PARALLEL_MIN_FILES or cores < 2:
        return None
    # the writer spends most of its time inside SQLite, so two parsers keep it busy even on two cores
    return ProcessPoolExecutor(max_workers=min(2, cores), mp_context=multiprocessing.get_context("spawn"))


def import_paths(
    db: Database,
    paths: Iterable[str | Path],
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    after_save: AfterSave | None = None,
) -> ImportReport:
    """Import every file, in order; a bad file is reported and skipped, the rest of the batch goes on."""
    files = list(collect_files(paths))
    report = ImportReport()
    executor = _loader(len(files))
    ahead: deque[Future[_Loaded]] = deque()

    def load(index: int) -> Callable[[], _Loaded]:
        if executor is None:
            return lambda: _load(files[index])
        while len(ahead) < LOOKAHEAD and index + len(ahead) < len(files):
            ahead.append(executor.submit(_load, files[index + len(ahead)]))
        future = ahead.popleft()

        def result() -> _Loaded:
            try:
                return future.result()
            except BrokenExecutor:  # the worker died (memory, a signal): carry on in-process
                return _load(files[index])

        return result

    saved: list[int] = []  # articles of committed groups: the reprint index takes them at the end
    try:
        index = 0
        while index < len(files) and not report.cancelled:
            group: list[FileOutcome] = []
            to_index: list[tuple[int, search.Prepared]] = []
            to_derive: list[int] = []
            started = time.monotonic()
            try:
                with db.atomic():  # each file is a savepoint inside: a bad one rolls back alone
                    while index < len(files) and len(group) < GROUP_FILES:
                        if group and time.monotonic() - started > GROUP_SECONDS:
                            break
                        if cancelled is not None and cancelled():
                            report.cancelled = True
                            break
                        if progress is not None:
                            progress(index, len(files), files[index])
                        group.append(_outcome(db, files[index], load(index), after_save, to_index, to_derive))
                        index += 1
                        if not db.conn.in_transaction:  # SQLite dropped the whole group (disk full…)
                            raise sqlite3.OperationalError(group[-1].reason or "the transaction was lost")
                    search.index_prepared(db, to_index)
                    derived.update_claims(db, to_derive)
                saved.extend(to_derive)
            except sqlite3.DatabaseError as error:
                group = [_lost(outcome, error) for outcome in group]
            report.outcomes.extend(group)
    finally:
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)
    derived.update_reprints(db, saved)  # one vectorised pass for the whole import, its own transactions
    changed = len(report.with_status("imported")) + len(report.with_status("updated"))
    if changed >= PARALLEL_MIN_FILES:
        with db.atomic():
            search.optimize(db)  # one merged index keeps searches fast after a big batch
    if progress is not None and not report.cancelled:
        progress(len(files), len(files), files[-1] if files else Path())
    return report
