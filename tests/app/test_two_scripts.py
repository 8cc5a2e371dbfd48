"""The People view groups a name printed in both scripts and says how else it was printed."""

from __future__ import annotations

from pathlib import Path

from reader.app.people.models import EntityListModel
from reader.store import open_db
from tests.helpers.two_scripts import two_scripts_library


def test_the_filter_finds_a_traditional_name_by_its_simplified_spelling(tmp_path: Path) -> None:
    db = open_db(tmp_path / "library.db")
    two_scripts_library(db, tmp_path)
    model = EntityListModel(db)
    model.set_filter("林郑")
    assert [model.index(row, 0).data() for row in range(model.rowCount())] == ["林鄭月娥"]
    assert model.index(0, 1).data() == 3
    assert model.row_of("林郑月娥") == 0
    db.conn.close()


def test_the_entity_page_names_the_other_printing(make_window, qtbot, tmp_path: Path) -> None:
    db = open_db(tmp_path / "library.db")
    two_scripts_library(db, tmp_path)
    window = make_window(db, tmp_path / "library.db")
    window.show_entity("person", "林郑月娥")  # a click on the simplified name in the mainland report
    text = window.detail.positions.text()
    assert "Also printed: 林鄭月娥" in text
    assert "3 articles" in text
    assert window.detail.articles.rowCount() == 3
