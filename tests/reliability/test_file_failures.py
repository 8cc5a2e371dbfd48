"""One file's failure is that file's failure, wherever in its import it happens (issue 16)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from reader import ingest
from reader.store.issues import SaveResult
from tests.reliability.conftest import assert_clean_error, make_batch, run_reader


@pytest.mark.parametrize(
    "failure",
    [RuntimeError("a bug in the entity step"), sqlite3.IntegrityError("UNIQUE constraint failed: x")],
    ids=["bug", "database error"],
)
def test_a_failing_entity_step_rolls_back_that_file_alone(
    failure: Exception, db: Database, tmp_path: Path
) -> None:
    files = make_batch(tmp_path / "files", [0])
    victim = files[2]

    def after_save(db: Database, result: SaveResult) -> None:
        source = db.execute("SELECT source_file FROM issues WHERE id = ?", [result.issue_id]).fetchone()[0]
        if source == victim.name:
            raise failure

    report = ingest.import_paths(db, files, after_save=after_save)
    assert [o.status for o in report.outcomes] == ["imported", "imported", "failed", "imported", "imported"]
    assert type(failure).__name__ in (report.outcomes[2].reason or "") or "UNIQUE" in (
        report.outcomes[2].reason or ""
    )
    saved = {row[0] for row in db.execute("SELECT source_file FROM issues")}
    assert victim.name not in saved and len(saved) == 4  # nothing of it was kept…
    again = ingest.import_paths(db, [victim])
    assert [o.status for o in again.outcomes] == ["imported"]  # …so the next import does it, not "unchanged"


def test_an_export_into_a_place_that_cannot_be_written_is_one_line(
    seeded_library: Path, tmp_path: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    result = run_reader(
        "export", "markdown", "--db", str(seeded_library), "--out", str(blocker / "x" / "n.md")
    )
    assert_clean_error(result, str(blocker))
    split = run_reader("export", "markdown", "--split", "--db", str(seeded_library), "--out", str(blocker))
    assert_clean_error(split, str(blocker))


_SIZELESS = Path("/proc/version")  # a regular file whose size reads 0 although it holds text


@pytest.mark.skipif(not _SIZELESS.exists(), reason="needs Linux's /proc")
def test_a_file_longer_than_its_size_said_is_read_whole_up_to_the_limit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert _SIZELESS.stat().st_size == 0
    text = _SIZELESS.read_bytes()
    assert ingest._read_regular(_SIZELESS) == text and len(text) > 20
    monkeypatch.setattr(ingest, "MAX_FILE_BYTES", 20)  # a file growing while read stops at the limit
    with pytest.raises(ingest.BadInputError, match="grew over the 0 MiB limit while read"):
        ingest._read_regular(_SIZELESS)
