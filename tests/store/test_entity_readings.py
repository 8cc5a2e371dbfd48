"""One name printed in two scripts is one entry of the People index (林鄭月娥 and 林郑月娥).

A researcher of Hong Kong reads the government's releases in traditional characters beside mainland
reports of the same people in simplified ones.  The two issues below were written for this test.
"""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from sqlite_utils import Database

from reader import ingest
from reader.cli import cli
from reader.entities.pipeline import annotate_saved
from reader.store import entities as entity_store
from reader.store import open_db
from reader.store.migrations import migrations

HONG_KONG = """政府新聞公報
2021年5月3日

行政長官出席青年論壇

行政長官林鄭月娥今日出席青年論壇並致辭。林鄭月娥表示，特區政府會繼續支持青年發展。

行政長官會見訪港團

行政長官林鄭月娥今日在禮賓府會見訪港團，介紹香港最新情況。
"""

MAINLAND = """港澳动态
2021年5月10日

香港特区行政长官会见内地企业家

香港特区行政长官林郑月娥10日会见内地企业家代表，介绍香港经济情况。
"""


def _library(db: Database, tmp_path: Path) -> None:
    (tmp_path / "hk.txt").write_text(HONG_KONG, encoding="utf-8")
    (tmp_path / "cn.txt").write_text(MAINLAND, encoding="utf-8")
    ingest.import_paths(db, [tmp_path / "hk.txt", tmp_path / "cn.txt"], after_save=annotate_saved)


def test_a_name_in_both_scripts_is_one_person_shown_as_printed_most(db: Database, tmp_path: Path) -> None:
    _library(db, tmp_path)
    rows = [row for row in entity_store.people_index(db) if "月娥" in row["name"]]
    assert len(rows) == 1
    (row,) = rows
    assert row["name"] == "林鄭月娥"  # three mentions against one
    assert row["variants"] == ["林郑月娥"]
    assert row["articles"] == 3
    assert row["first_date"] == "2021-05-03" and row["last_date"] == "2021-05-10"
    assert row["positions"] == ["行政長官"]  # 行政长官 is the same post, listed once


def test_either_printing_finds_every_article(db: Database, tmp_path: Path) -> None:
    _library(db, tmp_path)
    for printed in ("林鄭月娥", "林郑月娥"):
        titles = {row["title"] for row in entity_store.entity_articles(db, "person", printed)}
        assert titles == {"行政長官出席青年論壇", "行政長官會見訪港團", "香港特区行政长官会见内地企业家"}


def test_people_csv_lists_the_other_printings(db: Database, db_path: Path, tmp_path: Path) -> None:
    _library(db, tmp_path)
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
