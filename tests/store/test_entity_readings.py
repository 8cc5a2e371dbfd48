"""One name printed in two scripts is one entry of the People index (林鄭月娥 and 林郑月娥).

A researcher of Hong Kong reads the government's releases in traditional characters beside mainland
reports of the same people in simplified ones (the two issues of `tests/helpers/two_scripts.py`).
"""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from sqlite_utils import Database

from reader.cli import cli
from reader.store import entities as entity_store
from reader.store import open_db
from reader.store.migrations import migrations
from tests.helpers.two_scripts import two_scripts_library


def test_a_name_in_both_scripts_is_one_person_shown_as_printed_most(db: Database, tmp_path: Path) -> None:
    two_scripts_library(db, tmp_path)
    rows = [row for row in entity_store.people_index(db) if "月娥" in row["name"]]
    assert len(rows) == 1
    (row,) = rows
    assert row["name"] == "林鄭月娥"  # three mentions against one
    assert row["variants"] == ["林郑月娥"]
    assert row["articles"] == 3
    assert row["first_date"] == "2021-05-03" and row["last_date"] == "2021-05-10"
    assert row["positions"] == ["行政長官"]  # 行政长官 is the same post, listed once


def test_either_printing_finds_every_article(db: Database, tmp_path: Path) -> None:
    two_scripts_library(db, tmp_path)
    for printed in ("林鄭月娥", "林郑月娥"):
        titles = {row["title"] for row in entity_store.entity_articles(db, "person", printed)}
        assert titles == {"行政長官出席青年論壇", "行政長官會見訪港團", "香港特区行政长官会见内地企业家"}


def test_people_csv_lists_the_other_printings(db: Database, db_path: Path, tmp_path: Path) -> None:
    two_scripts_library(db, tmp_path)
    result = CliRunner().invoke(cli, ["--db", str(db_path), "people", "--csv"])
    assert result.exit_code == 0, result.output
    header, *lines = result.output.splitlines()
    assert header == "name,positions,articles,first_date,last_date,also_printed"
    assert "林鄭月娥,行政長官,3,2021-05-03,2021-05-10,林郑月娥" in lines


def test_m018_gives_every_entity_its_reading(db_path: Path) -> None:
    db = open_db(db_path, migrate=False)
    migrations.apply(db, stop_before="m018_entity_readings")
    db.execute("INSERT INTO entities (kind, text) VALUES ('person', '林鄭月娥'), ('place', '香港')")
    migrations.apply(db)
    readings = db.execute("SELECT text, reading FROM entities ORDER BY id").fetchall()
    db.conn.close()
    assert readings == [("林鄭月娥", "林郑月娥"), ("香港", "香港")]


def test_one_entity_s_summary_is_its_row_of_the_index(db: Database, tmp_path: Path) -> None:
    """The entity page reads one name's row (posts, count, dates, printings) without the whole index."""
    two_scripts_library(db, tmp_path)
    for row in entity_store.people_index(db):
        assert entity_store.entity_summary(db, "person", row["name"]) == row
    assert entity_store.entity_summary(db, "person", "林郑月娥") == entity_store.entity_summary(
        db, "person", "林鄭月娥"
    )
    assert entity_store.entity_summary(db, "person", "无此人") is None
