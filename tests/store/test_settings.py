"""Per-library settings: kept in the library, typed reads, and the recogniser's state moved in."""

from __future__ import annotations

from pathlib import Path

from reader.store import entities as store_entities
from reader.store import open_db
from reader.store import settings as store_settings
from reader.store.db import memory_db
from reader.store.migrations import migrations


def test_values_round_trip_and_none_removes_them() -> None:
    db = memory_db()
    assert store_settings.get(db, "window.last_article") is None
    store_settings.put(db, "window.last_article", 42)
    assert store_settings.get(db, "window.last_article") == "42"
    assert store_settings.get_int(db, "window.last_article") == 42
    store_settings.put(db, "window.last_article", None)
    assert store_settings.get(db, "window.last_article") is None


def test_a_value_that_is_not_a_number_reads_as_unset() -> None:
    db = memory_db()
    store_settings.put(db, "window.scroll_position", "top")
    assert store_settings.get_int(db, "window.scroll_position") is None


def test_the_recogniser_state_of_an_older_library_moves_into_the_settings(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    db = open_db(path, migrate=False)
    migrations.apply(db, stop_before="m013_library_settings")
    db.execute("INSERT INTO recogniser_state (key, value) VALUES ('version', '4')")
    db.conn.commit()
    db.conn.close()
    upgraded = open_db(path)
    assert "recogniser_state" not in upgraded.table_names()
    assert store_entities.get_state(upgraded, "version") == "4"
    assert store_settings.get(upgraded, "recogniser.version") == "4"
    upgraded.conn.close()
