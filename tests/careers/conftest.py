from __future__ import annotations

from pathlib import Path

import pytest
from sqlite_utils import Database

from reader.entities.pipeline import annotate_saved
from reader.ingest import import_paths
from reader.store import open_db

DATA = Path(__file__).resolve().parent.parent / "data" / "careers"


@pytest.fixture
def constructed(tmp_path: Path) -> Database:
    """A library of the three constructed county bulletins, mentions recognised as on import."""
    db = open_db(tmp_path / "library.db")
    report = import_paths(db, sorted(DATA.glob("*.md")), after_save=annotate_saved)
    assert not report.failed
    return db
