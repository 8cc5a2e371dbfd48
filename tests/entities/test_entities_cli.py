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


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    folder = tmp_path_factory.mktemp("lib")
    files = folder / "files"
    shutil.copytree(sample_library(), files)
    for path in files.iterdir():
        path.chmod(0o644)
    db = str(folder / "library.db")
    run("import", str(files), "--db", db)
    return db, files


def test_every_mention_slices_its_article_field(library: tuple[str, Path]) -> None:
    db, _files = library
    articles = {a["id"]: a for a in as_json("articles", "--db", db)}
    mentions = as_json("entities", "--db", db)
    assert len(mentions) > 500
    for m in mentions:
        assert m["kind"] in KINDS
        assert articles[m["article_id"]][m["field"]][m["start"] : m["end"]] == m["text"], m
    assert {m["kind"] for m in mentions} == set(KINDS)
    people = as_json("entities", "--kind", "person", "--db", db)
    assert people and {m["kind"] for m in people} == {"person"}
    first = people[0]["article_id"]
    assert {m["article_id"] for m in as_json("entities", "--article", str(first), "--db", db)} == {first}


def test_people_index_puts_the_party_secretary_on_top(library: tuple[str, Path]) -> None:
    db, _files = library
    people = as_json("people", "--db", db)
    names = [p["name"] for p in people]
    assert "鲍常勇" in names[:3]
    bao = people[names.index("鲍常勇")]
    assert "市委书记" in bao["positions"]
    assert bao["articles"] == 12  # every article whose title or body names him
    assert "唐翀" in names  # printed padded as 唐 翀 in the byline
    assert all(a["articles"] >= b["articles"] for a, b in itertools.pairwise(people))
    rows = list(csv.reader(io.StringIO(run("people", "--csv", "--db", db))))
    assert rows[0] == ["name", "positions", "articles", "first_date", "last_date"]
    assert any(r[0] == "鲍常勇" and "市委书记" in r[1] for r in rows[1:])


def test_reindex_reproduces_the_same_mentions(library: tuple[str, Path]) -> None:
    db, _files = library
    before = as_json("entities", "--db", db)
    assert run("reindex", "--db", db).startswith("reindexed ")
    assert as_json("entities", "--db", db) == before


def test_corrections_survive_reindex_and_reimport(library: tuple[str, Path]) -> None:
    db, files = library
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
