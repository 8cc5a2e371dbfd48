"""The note, tag, export and import-annotations commands, through click's CliRunner."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from reader import ingest
from reader.cli import cli
from reader.store import articles as article_store
from reader.store import open_db
from tests.helpers.samples import LIBRARY

KEY = "000_cb36cc279cad0e3a.txt/市委常委会/1"
QUOTE = "市委书记鲍常勇主持并讲话"


@pytest.fixture
def lib(tmp_path: Path) -> tuple[Path, int]:
    path = tmp_path / "lib.db"
    db = open_db(path)
    ingest.import_paths(db, [LIBRARY / "000_cb36cc279cad0e3a.txt"])
    article_id = article_store.get_article_by_key(db, KEY)["id"]
    db.conn.close()
    return path, article_id


def run(path: Path, *args: str) -> Result:
    return CliRunner().invoke(cli, ["--db", str(path), *args], catch_exceptions=False)


def test_note_add_and_list_json_index_into_the_article_text(lib: tuple[Path, int]) -> None:
    path, article_id = lib
    added = run(
        path, "note", "add", str(article_id), "--quote", QUOTE, "--note", "书记主持", "--color", "red"
    )
    assert added.exit_code == 0 and f"article {article_id} [15:27]" in added.output
    run(path, "note", "add", str(article_id), "--quote", "会议", "--occurrence", "2", "--tag", "会议")
    listed = json.loads(run(path, "note", "list", "--json").output)
    text = json.loads(run(path, "show", str(article_id), "--json").output)["text"]
    assert [set(row) >= {"id", "article_id", "quote", "note", "color", "tags", "start", "end", "orphaned"}
            for row in listed] == [True, True]  # fmt: skip
    assert [(r["quote"], r["note"], r["color"], r["tags"], r["orphaned"]) for r in listed] == [
        (QUOTE, "书记主持", "red", [], False),
        ("会议", "", "yellow", ["会议"], False),
    ]
    assert all(text[r["start"] : r["end"]] == r["quote"] for r in listed)
    assert listed[1]["start"] == text.index("会议", text.index("会议") + 1)
    only = json.loads(run(path, "note", "list", "--article", str(article_id + 1), "--json").output)
    assert only == []
    plain = run(path, "note", "list").output
    assert "「市委书记鲍常勇主持并讲话」" in plain and "书记主持" in plain


def test_note_errors_are_one_clear_line(lib: tuple[Path, int]) -> None:
    path, article_id = lib
    missing = run(path, "note", "add", str(article_id), "--quote", "不存在的句子")
    assert missing.exit_code == 1
    assert missing.output.strip() == (
        f"Error: article {article_id}: the quote '不存在的句子' is not in the article's text "
        "(it must match exactly)"
    )
    beyond = run(path, "note", "add", str(article_id), "--quote", QUOTE, "--occurrence", "2")
    assert beyond.exit_code == 1
    assert beyond.output.strip() == (
        f"Error: article {article_id}: the quote {QUOTE!r} occurs once in the text; there is no occurrence 2"
    )
    bad_color = run(path, "note", "add", str(article_id), "--quote", QUOTE, "--color", "pink")
    assert bad_color.exit_code == 2 and "'pink' is not one of" in bad_color.output
    assert run(path, "note", "edit", "99", "--note", "x").output.strip() == "Error: no annotation with id 99"


def test_note_edit_and_delete(lib: tuple[Path, int]) -> None:
    path, article_id = lib
    run(path, "note", "add", str(article_id), "--quote", QUOTE)
    (note_id,) = [r["id"] for r in json.loads(run(path, "note", "list", "--json").output)]
    assert (
        run(
            path, "note", "edit", str(note_id), "--note", "改了", "--color", "green", "--tag", "人事"
        ).exit_code
        == 0
    )
    (row,) = json.loads(run(path, "note", "list", "--json").output)
    assert (row["note"], row["color"], row["tags"]) == ("改了", "green", ["人事"])
    assert run(path, "note", "delete", str(note_id)).output.strip() == f"deleted note {note_id}: {QUOTE}"
    assert json.loads(run(path, "note", "list", "--json").output) == []


def test_tag_commands(lib: tuple[Path, int]) -> None:
    path, article_id = lib
    assert (
        run(path, "tag", "add", str(article_id), "招商").output.strip()
        == f"article {article_id}: tagged 招商"
    )
    run(path, "tag", "add", str(article_id + 1), "招商引资")
    assert run(path, "tag", "rename", "招商", "投资").output.strip() == "renamed 招商 → 投资"
    merged = run(path, "tag", "merge", "投资", "招商引资")
    assert merged.output.strip() == "merged 投资 into 招商引资: 1 article, 0 notes"
    rows = json.loads(run(path, "tag", "list", "--json").output)
    assert [(r["name"], r["article_count"]) for r in rows] == [("招商引资", 2)]
    assert run(path, "tag", "remove", str(article_id), "招商引资").exit_code == 0
    gone = run(path, "tag", "remove", str(article_id), "招商引资")
    assert gone.exit_code == 1 and "has no tag '招商引资'" in gone.output
    assert "招商引资" in run(path, "tag", "list").output


def test_export_markdown_to_stdout_file_and_split_folder(lib: tuple[Path, int], tmp_path: Path) -> None:
    path, article_id = lib
    run(path, "note", "add", str(article_id), "--quote", QUOTE, "--note", "书记主持", "--tag", "人事")
    out = run(path, "export", "markdown", "--tag", "人事", "--since", "2024-09-01", "--until", "2024-09-30")
    assert "> 市委书记鲍常勇主持并讲话" in out.output and 'filter_tag: "人事"' in out.output
    assert "highlights: 1" in out.output
    target = tmp_path / "notes" / "export.md"
    assert run(path, "export", "markdown", "--out", str(target)).output.strip() == f"wrote {target}"
    assert "^hl-" in target.read_text(encoding="utf-8")
    folder = tmp_path / "vault"
    assert run(path, "export", "markdown", "--split", "--out", str(folder)).output.strip() == (
        f"wrote 1 files to {folder}"
    )
    assert [p.name for p in folder.iterdir()] == ["2024-09-30 市委常委会.md"]
    assert run(path, "export", "markdown", "--split").exit_code == 2
    assert run(path, "export", "markdown", "--since", "30/9/2024").exit_code == 2
    empty = run(path, "export", "markdown", "--person", "无名氏")
    assert "articles: 0" in empty.output


def test_export_and_import_annotations(lib: tuple[Path, int], tmp_path: Path) -> None:
    path, article_id = lib
    run(path, "note", "add", str(article_id), "--quote", QUOTE, "--note", "备份我", "--tag", "人事")
    backup = tmp_path / "backup.json"
    assert run(path, "export", "annotations", "--out", str(backup)).exit_code == 0
    assert json.loads(backup.read_text(encoding="utf-8"))["total"] == 1
    other = tmp_path / "other.db"
    assert run(other, "import", str(LIBRARY / "000_cb36cc279cad0e3a.txt")).exit_code == 0
    restored = run(other, "import-annotations", str(backup))
    assert restored.output.strip() == "restored 1, orphaned 0, already present 0"
    (row,) = json.loads(run(other, "note", "list", "--json").output)
    assert (row["quote"], row["note"], row["tags"], row["start"], row["end"]) == (
        QUOTE,
        "备份我",
        ["人事"],
        15,
        27,
    )
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    failed = run(other, "import-annotations", str(broken))
    assert failed.exit_code == 1 and failed.output.startswith(f"Error: {broken}: not a UTF-8 JSON file")
