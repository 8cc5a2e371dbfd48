"""The entity commands end to end: import the sample library, then ask what a researcher would ask."""

from __future__ import annotations

import csv
import io
import itertools
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from reader.cli import cli
from reader.entities.recogniser import KINDS
from reader.resources import sample_library


def run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def as_json(*args: str) -> Any:
    return json.loads(run(*args, "--json"))


SEED = "000_cb36cc279cad0e3a.txt"
REPORT_TITLE = "学习贯彻党的二十届三中全会精神省委宣讲团报告会在驻举行"
# the people its one paragraph names, read in the file by hand
REPORT_PEOPLE = {
    "孙巍峰", "鲍常勇", "李跃勇", "王玲", "李宝清", "陈锋", "张威",
    "徐志坚", "徐天如", "宋庆林", "李建超", "乔耸", "邵奉公",
}  # fmt: skip


def import_samples(folder: Path) -> tuple[str, Path]:
    files = folder / "files"
    shutil.copytree(sample_library(), files)
    for path in files.iterdir():
        path.chmod(0o644)
    db = str(folder / "library.db")
    run("import", str(files), "--db", db)
    return db, files


@pytest.fixture(scope="module")
def imported_samples(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    """The samples imported once, for the tests that leave them as they found them."""
    return import_samples(tmp_path_factory.mktemp("lib"))


def test_the_people_of_a_report_are_listed_where_the_text_names_them(
    imported_samples: tuple[str, Path],
) -> None:
    db, files = imported_samples
    lines = (files / SEED).read_text("utf-8").splitlines()
    paragraph = next(line for line in lines if line.startswith("9月3日"))
    (article,) = [a for a in as_json("articles", "--db", db) if a["title"] == REPORT_TITLE]
    mentions = as_json("entities", "--article", str(article["id"]), "--db", db)
    people = [m for m in mentions if m["kind"] == "person"]
    assert {m["text"] for m in people} == REPORT_PEOPLE
    first = next(m for m in people if m["text"] == "孙巍峰")
    start = paragraph.index("孙巍峰")  # the first of his two mentions, counted in the file
    assert (first["field"], first["start"], first["end"]) == ("text", start, start + 3)
    assert {"遂平县", "胡赵庄村"} <= {m["text"] for m in mentions if m["kind"] == "place"}
    assert {(m["text"], m["kind"]) for m in mentions} >= {("9月3日", "date"), ("市委书记", "position")}


def test_entities_filter_by_kind_and_article(imported_samples: tuple[str, Path]) -> None:
    db, _files = imported_samples
    assert {m["kind"] for m in as_json("entities", "--db", db)} == set(KINDS)
    people = as_json("entities", "--kind", "person", "--db", db)
    assert "鲍常勇" in {m["text"] for m in people} and {m["kind"] for m in people} == {"person"}
    first = people[0]["article_id"]
    assert {m["article_id"] for m in as_json("entities", "--article", str(first), "--db", db)} == {first}


def test_people_index_puts_the_party_secretary_on_top(imported_samples: tuple[str, Path]) -> None:
    db, _files = imported_samples
    people = as_json("people", "--db", db)
    names = [p["name"] for p in people]
    assert "鲍常勇" in names[:3]
    bao = people[names.index("鲍常勇")]
    assert "市委书记" in bao["positions"]
    assert bao["articles"] == 12  # every article whose title or body names him
    assert "唐翀" in names  # printed padded as 唐 翀 in the byline
    assert all(a["articles"] >= b["articles"] for a, b in itertools.pairwise(people))
    rows = list(csv.reader(io.StringIO(run("people", "--csv", "--db", db))))
    assert rows[0] == ["name", "positions", "articles", "first_date", "last_date", "also_printed"]
    assert any(r[0] == "鲍常勇" and "市委书记" in r[1] for r in rows[1:])


def test_reindex_reproduces_the_same_mentions(imported_samples: tuple[str, Path]) -> None:
    db, _files = imported_samples
    before = as_json("entities", "--db", db)
    assert run("reindex", "--db", db).startswith("reindexed ")
    assert as_json("entities", "--db", db) == before


def test_corrections_survive_reindex_and_reimport(tmp_path: Path) -> None:
    db, files = import_samples(tmp_path)  # its own copy: this test rejects, adds and re-imports
    assert "于洋" in {m["text"] for m in as_json("entities", "--kind", "person", "--db", db)}
    run("entity", "reject", "于洋", "--kind", "person", "--db", db)
    run("entity", "add", "中国药谷", "--kind", "place", "--db", db)
    corrections = as_json("entity", "corrections", "--db", db)
    assert [(c["text"], c["action"], c["kind"]) for c in corrections] == [
        ("于洋", "reject", "person"),
        ("中国药谷", "add", "place"),
    ]

    def check() -> None:
        people = {m["text"] for m in as_json("entities", "--kind", "person", "--db", db)}
        places = {m["text"] for m in as_json("entities", "--kind", "place", "--db", db)}
        assert "于洋" not in people and "鲍常勇" in people
        assert "中国药谷" in places

    check()
    run("reindex", "--db", db)
    check()
    seed = next(files.glob("000_*.txt"))
    seed.write_bytes(seed.read_bytes() + b"\n")  # changed bytes: imported again as a new version
    assert "updated" in run("import", str(seed), "--db", db)
    check()
    assert len(as_json("entity", "corrections", "--db", db)) == 2
