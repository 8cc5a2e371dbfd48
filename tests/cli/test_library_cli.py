"""The CLI contract scripts rely on: commands, exit codes and JSON shapes."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from reader import __version__
from reader.cli import cli
from tests.helpers.samples import LIBRARY, SEED_NAMES

ARTICLE_KEYS = {
    "id", "issue_id", "source_file", "issue_title", "issue_date", "section", "position",
    "kicker", "title", "subtitle", "byline", "text",
}  # fmt: skip


def run(*args: str | Path) -> tuple[int, str]:
    result = CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)
    return result.exit_code, result.output


@pytest.fixture
def imported(db_path: Path) -> Path:
    code, _ = run("import", LIBRARY, "--db", db_path)
    assert code == 0
    return db_path


def test_import_prints_one_line_per_file_and_a_summary(db_path: Path) -> None:
    code, out = run("import", LIBRARY, "--db", db_path)
    assert code == 0
    assert out.count("imported: ") == len(SEED_NAMES)
    assert out.rstrip().endswith(f"{len(SEED_NAMES)} imported, 0 updated, 0 unchanged, 0 failed")
    code, out = run("import", LIBRARY, "--db", db_path)
    assert code == 0
    assert out.rstrip().endswith(f"0 imported, 0 updated, {len(SEED_NAMES)} unchanged, 0 failed")


def test_import_exits_1_when_a_file_fails_and_still_imports_the_others(db_path: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = CliRunner().invoke(
        cli, ["import", str(LIBRARY / SEED_NAMES[0]), str(empty), "--db", str(db_path)]
    )
    assert result.exit_code == 1
    assert f"failed: {empty}: " in result.output
    out = run("issues", "--json", "--db", db_path)[1]
    assert [issue["source_file"] for issue in json.loads(out)] == [SEED_NAMES[0]]


def test_articles_json_has_the_documented_fields(imported: Path) -> None:
    code, out = run("articles", "--json", "--db", imported)
    assert code == 0
    articles = json.loads(out)
    assert {a["source_file"] for a in articles} == set(SEED_NAMES)
    for article in articles:
        assert set(article) >= ARTICLE_KEYS
        assert all(set(entry) == {"role", "name"} for entry in article["byline"])
        assert article["issue_date"] is None or len(article["issue_date"]) == 10
    assert "\\u" not in out  # ensure_ascii=False: Chinese is printed as itself


def test_articles_of_one_issue_and_show(imported: Path) -> None:
    issues = json.loads(run("issues", "--json", "--db", imported)[1])
    first = issues[0]
    code, out = run("articles", "--issue", first["id"], "--json", "--db", imported)
    articles = json.loads(out)
    assert len(articles) == first["article_count"]
    assert {a["issue_id"] for a in articles} == {first["id"]}
    code, out = run("show", articles[0]["id"], "--db", imported)
    assert code == 0
    assert articles[0]["title"] in out
    assert articles[0]["text"].split("\n")[0] in out


def test_unknown_ids_give_one_clear_error_line(imported: Path) -> None:
    code, out = run("show", "999999", "--db", imported)
    assert code == 1
    assert out.strip() == "Error: no article with id 999999"
    code, out = run("articles", "--issue", "424242", "--db", imported)
    assert (code, out.strip()) == (1, "Error: no issue with id 424242")


def test_search_json_returns_the_articles_containing_the_query(imported: Path) -> None:
    code, out = run("search", "常勇", "--json", "--limit", "100", "--db", imported)
    assert code == 0
    hits = json.loads(out)
    articles = json.loads(run("articles", "--json", "--db", imported)[1])
    expected = {
        a["id"]
        for a in articles
        if any("常勇" in (a[f] or "") for f in ("kicker", "title", "subtitle", "text"))
    }
    assert expected and {h["article_id"] for h in hits} == expected
    assert all(set(h) == {"article_id", "title", "snippet"} and "常勇" in h["snippet"] for h in hits)


def test_search_with_fts_syntax_is_searched_as_text(imported: Path) -> None:
    """FTS operators and punctuation are plain characters: the articles printing them, no others."""

    def titles(query: str) -> list[str]:
        code, out = run("search", query, "--json", "--db", imported)
        assert code == 0, query
        return sorted(hit["title"] for hit in json.loads(out))

    # 000 and 003 print "(扩大)" with ASCII brackets, in these two titles (read in the files)
    assert titles("(扩大)") == [
        "市委理论学习中心组集体学习(扩大)报告会暨全市领导干部大讲堂举行",
        "示范区党工委(扩大)会议暨党工委理论学习中心组第七次集体学习会议召开",
    ]
    assert titles("1-11月") == ["学习贯彻全会精神 奋力推动现代化驻马店建设行稳致远"]  # only 001 has it
    for query in ['"', "*", "AND", "NOT 招商", "a:b"]:  # no sample prints these
        assert titles(query) == [], query


def test_an_empty_search_is_a_usage_error_not_an_empty_answer(imported: Path) -> None:
    for query in ["", "  ", "\u3000"]:
        result = CliRunner().invoke(cli, ["search", query, "--db", str(imported)])
        assert result.exit_code == 2, query
        assert "the query is empty" in result.output
        assert "No article contains" not in result.output


def test_issue_edit_changes_title_and_date(imported: Path) -> None:
    issue_id = json.loads(run("issues", "--json", "--db", imported)[1])[0]["id"]
    code, out = run(
        "issue",
        "edit",
        issue_id,
        "--title",
        "驻马店政务信息 2024年第9期",
        "--date",
        "2024-09-30",
        "--db",
        imported,
    )
    assert code == 0
    issue = next(i for i in json.loads(run("issues", "--json", "--db", imported)[1]) if i["id"] == issue_id)
    assert (issue["title"], issue["issue_date"]) == ("驻马店政务信息 2024年第9期", "2024-09-30")
    code, out = run("issue", "edit", issue_id, "--date", "30/09/2024", "--db", imported)
    assert code == 2 and "is not a date like 2024-09-30" in out


def test_reader_db_environment_variable_selects_the_library(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "from-env.db"
    monkeypatch.setenv("READER_DB", str(target))
    assert run("import", LIBRARY / SEED_NAMES[1])[0] == 0
    assert target.exists()
    assert len(json.loads(run("issues", "--json")[1])) == 1


def test_version_and_python_dash_m(tmp_path: Path) -> None:
    assert run("--version")[1].strip() == f"reader {__version__}"
    done = subprocess.run(
        [sys.executable, "-m", "reader", "issues", "--json", "--db", str(tmp_path / "x.db")],
        capture_output=True,
        check=True,
    )
    assert json.loads(done.stdout.decode("utf-8")) == []


def test_search_sorts_by_date_and_folds_variants_unless_told(imported: Path) -> None:
    articles = {a["id"]: a for a in json.loads(run("articles", "--json", "--db", imported)[1])}
    code, out = run("search", "市", "--sort", "date", "--json", "--limit", "100", "--db", imported)
    assert code == 0
    dates = [articles[h["article_id"]]["issue_date"] or "" for h in json.loads(out)]
    dated = [d for d in dates if d]
    assert dated and dated == sorted(dated, reverse=True)
    simplified = {
        h["article_id"]
        for h in json.loads(run("search", "发展", "--json", "--limit", "100", "--db", imported)[1])
    }
    traditional = json.loads(run("search", "發展", "--json", "--limit", "100", "--db", imported)[1])
    assert simplified and {h["article_id"] for h in traditional} == simplified
    code, out = run("search", "發展", "--exact-variants", "--db", imported)
    assert (code, out.strip()) == (0, "No article contains '發展'.")
