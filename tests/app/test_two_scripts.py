"""The People view groups a name printed in both scripts and says how else it was printed."""

from __future__ import annotations

from pathlib import Path

from reader.app.careers.table import PostsTableModel
from reader.app.people.detail import _career
from reader.app.people.models import EntityListModel
from reader.careers.update import load_people
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


def test_the_posts_table_filter_reads_either_script(tmp_path: Path) -> None:
    """The mainland report's 香港特区行政长官林郑月娥 is a row of the Posts table; typed in traditional
    characters, the post or the name still finds it, and the entity page shows the career."""
    db = open_db(tmp_path / "library.db")
    two_scripts_library(db, tmp_path)
    model = PostsTableModel()
    model.set_people(load_people(db))
    for typed in ("行政長官", "林鄭月娥", "香港特別行政區"):
        model.set_filter(typed)
        assert [row[0] for row in model.rows] == [("行政长官", "香港特别行政区")], typed
    assert _career(db, "林鄭月娥") is not None
    db.conn.close()
