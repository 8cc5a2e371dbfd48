"""Import files and folders into a library: the one routine the CLI and the window's worker share.

Each file is its own unit of work: it is read, parsed and saved in one
transaction, so a bad file is reported and skipped while the rest of the
batch goes on, and a cancelled batch leaves every finished file in place.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from reader.errors import BadInputError, ReaderError
from reader.importer import MAX_FILE_BYTES, parse_bytes
from reader.store.issues import SaveResult, SaveStatus, save_issue

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


def collect_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files named directly, and every ``*.txt`` below named folders, in a stable order."""
    for raw in paths:
        path = Path(raw).expanduser()
        if path.is_dir():
            yield from sorted(
                (p for p in path.rglob("*") if p.is_file() and p.suffix.lower() == ".txt"),
                key=lambda p: str(p.relative_to(path)),
            )
        else:
            yield path


def import_file(db: Database, path: Path, *, after_save: AfterSave | None = None) -> FileOutcome:
    try:
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
        result = save_issue(db, parsed, source_path=path, data=data)
        if after_save is not None and result.status is not SaveStatus.UNCHANGED:
            after_save(db, result)
    except BadInputError as error:
        return FileOutcome(path, "failed", reason=error.reason)
    except ReaderError as error:
        return FileOutcome(path, "failed", reason=str(error))
    except sqlite3.DatabaseError as error:  # disk full, library locked: the transaction was rolled back
        return FileOutcome(path, "failed", reason=f"could not write to the library: {error}")
    return FileOutcome(
        path,
        result.status.value,
        issue_id=result.issue_id,
        articles=len(result.article_ids),
        warnings=tuple(parsed.warnings),
    )


def import_paths(
    db: Database,
    paths: Iterable[str | Path],
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    after_save: AfterSave | None = None,
) -> ImportReport:
    files = list(collect_files(paths))
    report = ImportReport()
    for done, path in enumerate(files):
        if cancelled is not None and cancelled():
            report.cancelled = True
            break
        if progress is not None:
            progress(done, len(files), path)
        report.outcomes.append(import_file(db, path, after_save=after_save))
    if progress is not None and not report.cancelled:
        progress(len(files), len(files), files[-1] if files else Path())
    return report
