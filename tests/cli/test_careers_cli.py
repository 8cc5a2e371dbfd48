"""``reader careers`` and ``reader reprints`` through click's CliRunner."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from click.testing import CliRunner

from reader.cli import cli

DATA = Path(__file__).resolve().parent.parent / "data" / "careers"


def _library(tmp_path: Path) -> Path:
    db = tmp_path / "library.db"
    result = CliRunner().invoke(cli, ["--db", str(db), "import", *map(str, sorted(DATA.glob("*.md")))])
    assert result.exit_code == 0, result.output
    return db


def test_careers_json_shape(tmp_path: Path) -> None:
    db = _library(tmp_path)
    result = CliRunner().invoke(cli, ["--db", str(db), "careers", "--person", "王明", "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert [(r["person"], r["post"], r["place"], r["first_date"], r["last_date"]) for r in rows] == [
        ("王明", "县长", "新蔡县", "2024-02-28", "2024-06-10"),
        ("王明", "县委书记", "新蔡县", "2024-06-10", "2024-06-10"),
    ]
    assert {"organisation", "article_ids"} <= set(rows[0])
    assert len(rows[0]["article_ids"]) == 2


def test_careers_post_filter_csv_and_table(tmp_path: Path) -> None:
    db = _library(tmp_path)
    runner = CliRunner()
    out = runner.invoke(cli, ["--db", str(db), "careers", "--post", "副县长", "--csv"]).output
    rows = list(csv.DictReader(io.StringIO(out)))
    assert sorted((r["用户编码"], r["地方"], r["职务"], r["标志位"]) for r in rows) == [
        ("张强@新蔡县", "新蔡县", "副县长", "提及"),
        ("张强@确山县", "确山县", "副县长", "提及"),
    ]
    assert all(r["链接"].startswith("bulletin-reader://article/") for r in rows)
    table = runner.invoke(cli, ["--db", str(db), "careers", "--table"]).output
    assert "新蔡县\t县长\t2024: 王明" in table
    text = runner.invoke(cli, ["--db", str(db), "careers", "--person", "王明"]).output
    assert "* 王明@新蔡县\t县委书记" in text  # the current post is starred


def test_merge_and_split_commands(tmp_path: Path) -> None:
    db = _library(tmp_path)
    runner = CliRunner()
    merged = runner.invoke(cli, ["--db", str(db), "careers", "merge", "张强@新蔡县", "张强@确山县"])
    assert merged.exit_code == 0, merged.output
    rows = json.loads(runner.invoke(cli, ["--db", str(db), "careers", "--person", "张强", "--json"]).output)
    assert len({r["person_id"] for r in rows}) == 1 and len(rows) == 2
    runner.invoke(cli, ["--db", str(db), "careers", "rebuild"])
    rows = json.loads(runner.invoke(cli, ["--db", str(db), "careers", "--person", "张强", "--json"]).output)
    assert len({r["person_id"] for r in rows}) == 1
    bad = runner.invoke(cli, ["--db", str(db), "careers", "merge", "张强@新蔡县", "张强@新蔡县"])
    assert bad.exit_code == 1 and "Error:" in bad.output


def test_reprints_json_shape(tmp_path: Path) -> None:
    db = tmp_path / "library.db"
    runner = CliRunner()
    text = (DATA / "01_xincai_county_meeting.md").read_text(encoding="utf-8")
    copy = tmp_path / "copy.md"
    copy.write_text(
        text.replace("2024-03-01", "2024-03-05").replace("研究部署", "研究安排"), encoding="utf-8"
    )
    runner.invoke(cli, ["--db", str(db), "import", str(DATA / "01_xincai_county_meeting.md"), str(copy)])
    result = runner.invoke(cli, ["--db", str(db), "reprints", "--json"])
    assert result.exit_code == 0, result.output
    (cluster,) = json.loads(result.output)
    assert cluster["article_ids"] == [1, 2]
    assert cluster["first_published"] == "2024-03-01" and cluster["original_article_id"] == 1
    assert 0.95 < cluster["similarity"] < 1.0
    assert (
        json.loads(
            runner.invoke(cli, ["--db", str(db), "reprints", "--json", "--min-similarity", "0.999"]).output
        )
        == []
    )
    too_low = runner.invoke(cli, ["--db", str(db), "reprints", "--min-similarity", "0.7"])
    assert too_low.exit_code == 1 and "0.8" in too_low.output
    none = runner.invoke(cli, ["--db", str(db), "reprints", "--min-similarity", "0.999"])
    assert none.exit_code == 0
    assert none.output == "No reprints: no two articles are 99.9% alike or more.\n"
    listed = runner.invoke(cli, ["--db", str(db), "reprints"]).output.splitlines()
    assert listed[0].startswith("2 articles, ") and listed[1].startswith("  * 1\t")


def test_an_entity_correction_rewrites_the_claims_at_once(tmp_path: Path) -> None:
    """``reader entity reject`` takes 张强 out of the ledger without ``reader careers rebuild``."""
    db = _library(tmp_path)
    runner = CliRunner()

    def people(name: str) -> list[tuple[str, str]]:
        result = runner.invoke(cli, ["--db", str(db), "careers", "--person", name, "--json"])
        assert result.exit_code == 0, result.output
        return sorted((r["place"], r["post"]) for r in json.loads(result.output))

    assert people("张强") == [("新蔡县", "副县长"), ("确山县", "副县长")]
    result = runner.invoke(cli, ["--db", str(db), "entity", "reject", "张强", "--kind", "person"])
    assert result.exit_code == 0, result.output
    assert people("张强") == []
    assert people("王明") == [("新蔡县", "县委书记"), ("新蔡县", "县长")]  # his claims stay


def test_reprints_indexes_what_no_import_did(tmp_path: Path) -> None:
    """A library whose articles were never indexed (it predates the index): ``reader reprints``
    indexes them before answering, and finds the two versions of the sample's 原载 story."""
    from reader.ingest import import_paths
    from reader.resources import sample_library
    from reader.store import open_db
    from reader.store import reprints as store

    db_path = tmp_path / "library.db"
    db = open_db(db_path)
    import_paths(db, [sample_library() / "000_cb36cc279cad0e3a.txt"])
    title, text = db.execute("SELECT title, text FROM articles WHERE source_note LIKE '%T03%'").fetchone()
    page = tmp_path / "paper.md"
    page.write_text(f"---\npublication: 驻马店日报\ndate: 2024-09-30\n---\n\n# {title}\n\n{text}\n", "utf-8")
    import_paths(db, [page])
    with db.atomic():
        db.execute("DELETE FROM reprint_members")
        db.execute("DELETE FROM reprint_pairs")
        db.execute("DELETE FROM reprint_bands")
        db.execute("DELETE FROM reprint_docs")
    assert store.unindexed(db)
    result = CliRunner().invoke(cli, ["--db", str(db_path), "reprints", "--json"])
    assert result.exit_code == 0, result.output
    (cluster,) = json.loads(result.output)
    assert len(cluster["article_ids"]) == 2 and cluster["similarity"] == 1.0
    assert not store.unindexed(db)
    db.conn.close()
