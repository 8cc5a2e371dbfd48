"""`reader import --as-version-of`, duplicate warnings, `reader issue remove/restore/merge`, trash."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from reader.cli import cli
from reader.store import annotations as notes
from reader.store import articles as article_store
from reader.store import open_db
from tests.helpers.samples import LIBRARY

SEED = "000_cb36cc279cad0e3a.txt"
ARTICLE = f"{SEED}/市委常委会/1"
TYPO, FIXED = "9月2日,市委常委会召开会议,", "9月2日上午,市委常委会召开会议,"


def run(*args: str | Path, stdin: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, [str(a) for a in args], input=stdin)
    return result.exit_code, result.stdout, result.stderr


def corrected(tmp_path: Path) -> Path:
    path = tmp_path / "fixed" / SEED
    path.parent.mkdir()
    path.write_text((LIBRARY / SEED).read_text(encoding="utf-8").replace(TYPO, FIXED), encoding="utf-8")
    return path


def issues(db_path: Path) -> list[dict]:  # type: ignore[type-arg]
    return json.loads(run("issues", "--json", "--db", db_path)[1])


def highlight(db_path: Path) -> str:
    db = open_db(db_path)
    article = article_store.get_article_by_key(db, ARTICLE)
    uid = notes.add_by_quote(db, article["id"], "结合驻马店市产业发展实际", note="产业").uid
    db.conn.close()
    return uid


def test_a_corrected_copy_is_warned_about_and_can_be_merged(db_path: Path, tmp_path: Path) -> None:
    assert run("import", LIBRARY, "--no-entities", "--db", db_path)[0] == 0
    original = next(i["id"] for i in issues(db_path) if i["source_file"] == SEED)
    code, out, err = run("import", corrected(tmp_path), "--no-entities", "--db", db_path)
    assert code == 0 and "1 imported" in out
    copy = next(i["id"] for i in issues(db_path) if i["id"] not in range(1, 6))
    assert f"issue {copy} ({SEED}) looks like a copy of issue {original}" in err
    assert f"reader issue merge {copy} --into {original}" in err

    code, out, _ = run("issue", "merge", str(copy), "--into", str(original), "--db", db_path)
    assert code == 0 and f"is now version 2 of issue {original}" in out
    assert len(issues(db_path)) == 5


def test_as_version_of_makes_the_file_the_issue_s_next_version(db_path: Path, tmp_path: Path) -> None:
    run("import", LIBRARY, "--no-entities", "--db", db_path)
    original = next(i["id"] for i in issues(db_path) if i["source_file"] == SEED)
    uid = highlight(db_path)
    code, out, err = run(
        "import", corrected(tmp_path), "--as-version-of", str(original), "--no-entities", "--db", db_path
    )
    assert code == 0, err
    assert f"version 2 of issue {original}: " in out and "1 highlight re-anchored" in out
    assert "looks like a copy" not in err
    assert len(issues(db_path)) == 5
    db = open_db(db_path)
    moved = notes.get_by_uid(db, uid)
    text = article_store.get_article(db, moved.article_id)["text"]  # type: ignore[arg-type]
    assert "9月2日上午" in text and text[moved.start : moved.end] == "结合驻马店市产业发展实际"  # type: ignore[misc]
    db.conn.close()
    code, out, err = run("import", LIBRARY, "LIBRARY", "--as-version-of", str(original), "--db", db_path)
    assert code == 2 and "exactly one file" in err


def test_remove_lists_in_trash_and_restore(db_path: Path) -> None:
    run("import", LIBRARY, "--no-entities", "--db", db_path)
    original = next(i["id"] for i in issues(db_path) if i["source_file"] == SEED)
    highlight(db_path)
    code, out, _ = run("issue", "remove", str(original), "--db", db_path)
    assert code == 0
    assert out.startswith("moved 1 issue to the trash with 1 highlight (1 note)")
    assert len(issues(db_path)) == 4
    code, out, _ = run("trash", "--db", db_path)
    assert code == 0 and out.startswith(f"{original:>5}  2024-09-30  ") and "[1 highlight, removed " in out
    (entry,) = json.loads(run("trash", "--json", "--db", db_path)[1])
    assert (entry["issue_id"], entry["highlights"], entry["notes"]) == (original, 1, 1)

    code, out, _ = run("issue", "restore", str(original), "--db", db_path)
    assert code == 0 and out.startswith(f"restored issue {original}: ")
    assert len(issues(db_path)) == 5
    assert run("trash", "--db", db_path)[1].strip() == "The trash is empty."
    code, _, err = run("issue", "restore", str(original), "--db", db_path)
    assert code == 1 and f"no issue {original} in the trash" in err


def test_emptying_the_trash_asks_first(db_path: Path) -> None:
    run("import", LIBRARY, "--no-entities", "--db", db_path)
    run("issue", "remove", "1", "2", "--db", db_path)
    code, _, _ = run("trash", "empty", "--db", db_path, stdin="n\n")
    assert code == 1 and len(json.loads(run("trash", "--json", "--db", db_path)[1])) == 2
    code, out, _ = run("trash", "empty", "--yes", "--db", db_path)
    assert code == 0 and "deleted 2 issues for good" in out
