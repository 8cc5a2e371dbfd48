"""``reader kwic``, ``reader trend`` and ``reader saved``: every command, every output format.

Expected counts are either hand-counted in the widths file (``tests/research/conftest.py``)
or recounted here from the articles as ``reader articles --json`` prints them.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from reader.cli import cli
from reader.textfold import fold
from tests.research.conftest import WIDTHS_FILE

FIELDS = ("kicker", "title", "subtitle", "text")


def run(*args: str | Path, code: int = 0) -> str:
    result = CliRunner().invoke(cli, [str(a) for a in args])
    assert result.exit_code == code, result.output
    return result.output


def articles(db: Path) -> list[dict]:
    return json.loads(run("articles", "--json", "--db", db))


def recount(db: Path, term: str) -> tuple[int, int]:
    """Occurrences (overlapping) and articles of one term, counted from the stored articles."""
    needle = fold(term)
    lines = hit_articles = 0
    for article in articles(db):
        found = sum(
            len(re.findall(f"(?={re.escape(needle)})", fold(article[field] or ""))) for field in FIELDS
        )
        lines += found
        hit_articles += bool(found)
    return lines, hit_articles


def widths_issue(db: Path) -> int:
    [issue] = [i for i in json.loads(run("issues", "--json", "--db", db)) if i["source_file"] == "widths.txt"]
    return issue["id"]


# ---- kwic ----------------------------------------------------------------------------------------


def test_kwic_json_has_the_documented_fields_and_exact_offsets(research_copy: Path) -> None:
    lines = json.loads(run("kwic", "招商", "--json", "--db", research_copy))
    assert (len(lines), len({line["article_id"] for line in lines})) == recount(research_copy, "招商")
    by_id = {article["id"]: article for article in articles(research_copy)}
    for line in lines:
        assert {"article_id", "field", "start", "left", "match", "right", "issue_date", "source_file"} <= set(
            line
        )
        article = by_id[line["article_id"]]
        assert article[line["field"]][line["start"] : line["start"] + len(line["match"])] == line["match"]
        assert line["match"] == "招商"
        assert line["issue_date"] == article["issue_date"]
        assert line["source_file"] == article["source_file"]


def test_kwic_text_marks_the_match_and_counts(research_copy: Path) -> None:
    out = run("kwic", "哈哈", "--db", research_copy)
    rows = out.strip().splitlines()
    assert rows[-1] == "3 occurrences in 1 article"  # 哈哈哈哈 holds 哈哈 three times, overlapping
    assert all("【哈哈】" in row and row.startswith("2024-10-08") for row in rows[:-1])
    assert run("kwic", "没有这个词", "--db", research_copy).strip() == "No article contains '没有这个词'."


def test_kwic_full_width_and_case_match_like_search(research_copy: Path) -> None:
    lines = json.loads(run("kwic", "2024年ABC", "--json", "--db", research_copy))
    assert sorted(line["match"] for line in lines) == ["2024年abc", "２０２４年ＡＢＣ"]
    assert (
        json.loads(run("kwic", "ｒｅａｄｅｒ", "--json", "--db", research_copy))[0]["match"] == "ＲＥＡＤＥＲ"
    )


def test_kwic_csv_has_a_header_and_one_row_per_occurrence(research_copy: Path) -> None:
    rows = list(csv.DictReader(io.StringIO(run("kwic", "发展", "--csv", "--db", research_copy))))
    assert len(rows) == recount(research_copy, "发展")[0]
    assert list(rows[0]) == [
        "article_id", "field", "start", "end", "left", "match", "right",
        "issue_date", "publication", "source_file", "title",
    ]  # fmt: skip
    assert {row["match"] for row in rows} == {"发展"}
    assert all(int(row["end"]) - int(row["start"]) == 2 for row in rows)


def test_kwic_width_bounds_the_context(research_copy: Path) -> None:
    lines = json.loads(run("kwic", "发展", "--width", "3", "--json", "--db", research_copy))
    assert all(len(line["left"]) <= 3 and len(line["right"]) <= 3 for line in lines)
    assert any(len(line["left"]) == 3 for line in lines)
    assert all("\n" not in line["left"] + line["right"] for line in lines)
    run("kwic", "发展", "--width", "-1", "--db", research_copy, code=2)


@pytest.mark.parametrize("sort", ["left", "right", "date", "source"])
def test_kwic_sorts(research_copy: Path, sort: str) -> None:
    lines = json.loads(run("kwic", "发展", "--sort", sort, "--json", "--db", research_copy))
    assert len(lines) == recount(research_copy, "发展")[0]
    keys = {
        "left": [line["left"][::-1] for line in lines],
        "right": [line["right"] for line in lines],
        "date": [line["issue_date"] or "\uffff" for line in lines],
        "source": [line["publication"] or line["source_file"] for line in lines],
    }[sort]
    assert keys == sorted(keys)


def test_kwic_filters_like_search(research_copy: Path) -> None:
    issue = widths_issue(research_copy)
    # hand-counted: 发展是第一要务 (1) and 发展发展再发展 (3)
    assert len(json.loads(run("kwic", "发展", "--issue", issue, "--json", "--db", research_copy))) == 4
    october = json.loads(
        run("kwic", "发展", "--from", "2024-10-01", "--to", "2024-10-31", "--json", "--db", research_copy)
    )
    assert {line["source_file"] for line in october} == {"widths.txt"}
    in_section = json.loads(run("kwic", "发展", "--section", "重要会议", "--json", "--db", research_copy))
    sections = {a["id"]: a["section"] for a in articles(research_copy)}
    assert in_section and {sections[line["article_id"]] for line in in_section} == {"重要会议"}
    some = in_section[0]["article_id"]
    run("tag", "add", some, "跟进", "--db", research_copy)
    tagged = json.loads(run("kwic", "发展", "--tag", "跟进", "--json", "--db", research_copy))
    assert {line["article_id"] for line in tagged} == {some}
    run("kwic", "发展", "--from", "2024-13-01", "--db", research_copy, code=2)


def test_kwic_refuses_two_formats(research_copy: Path) -> None:
    assert "choose one of --csv and --json" in run(
        "kwic", "发展", "--csv", "--json", "--db", research_copy, code=2
    )


def test_kwic_refuses_an_empty_query(research_copy: Path) -> None:
    for query in ["", " ", "\u3000"]:
        out = run("kwic", query, "--db", research_copy, code=2)
        assert "the query is empty" in out
        assert "No article contains" not in out


def test_kwic_takes_the_variant_folding_switch(research_copy: Path) -> None:
    folded = run("kwic", "发展", "--fold-variants", "--json", "--db", research_copy)
    exact = run("kwic", "发展", "--exact-variants", "--json", "--db", research_copy)
    assert json.loads(folded) == json.loads(exact)  # the text here is all simplified


# ---- trend ---------------------------------------------------------------------------------------


def test_trend_csv_has_the_documented_header_and_adds_up(research_copy: Path) -> None:
    out = run("trend", "发展", "招商", "--by", "month", "--csv", "--db", research_copy)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {"period", "query", "occurrences", "articles", "per_10k_chars"} <= set(rows[0])
    assert out.splitlines()[0] == "period,query,occurrences,articles,chars,per_10k_chars"
    for term in ("发展", "招商"):
        mine = [row for row in rows if row["query"] == term]
        assert sum(int(row["occurrences"]) for row in mine) == recount(research_copy, term)[0]
        # every month from the first dated issue (2023-12) to the last (2024-10), empty ones too
        assert [row["period"] for row in mine] == [
            "2023-12",
            *(f"2024-{m:02d}" for m in range(1, 11)),
            "undated",
        ]
    for row in rows:
        expected = int(row["occurrences"]) * 10_000 / int(row["chars"]) if int(row["chars"]) else 0
        assert float(row["per_10k_chars"]) == pytest.approx(expected, abs=1e-4)


def test_trend_normalises_by_the_text_published_that_day(research_copy: Path) -> None:
    issue = widths_issue(research_copy)
    items = [a for a in articles(research_copy) if a["issue_id"] == issue]  # a 简报 of three items
    assert [a["title"] for a in items] == ["全角数字与字母", "半角数字与字母", "笑声"]
    chars = sum(len(a["title"]) + len(a["text"]) for a in items)
    out = run("trend", "发展", "--by", "day", "--issue", issue, "--csv", "--db", research_copy)
    [row] = list(csv.DictReader(io.StringIO(out)))
    assert (row["period"], row["occurrences"], row["articles"], row["chars"]) == (
        "2024-10-08",
        "4",
        "2",
        str(chars),
    )
    assert float(row["per_10k_chars"]) == pytest.approx(4 * 10_000 / chars, abs=1e-4)
    assert "２０２４年ＡＢＣ大会召开" in WIDTHS_FILE and chars < len(WIDTHS_FILE)


def test_trend_json_gives_first_and_last_appearance_and_publications(research_copy: Path) -> None:
    data = json.loads(run("trend", "发展", "哈哈", "--by", "year", "--json", "--db", research_copy))
    assert data["by"] == "year" and data["periods"] == ["2023", "2024", "undated"]
    develop, laugh = data["summaries"]
    assert develop["first"]["issue_date"] == "2023-12-29"
    assert develop["last"]["issue_date"] == "2024-10-08"
    assert (laugh["occurrences"], laugh["articles"]) == (3, 1)
    assert laugh["first"] == laugh["last"] and laugh["first"]["title"] == "笑声"
    assert sum(p["occurrences"] for p in develop["publications"]) == develop["occurrences"]
    assert {row["query"] for row in data["rows"]} == {"发展", "哈哈"}


def test_trend_per_publication_csv(research_copy: Path) -> None:
    out = run("trend", "发展", "--by", "year", "--csv", "--per-publication", "--db", research_copy)
    assert out.splitlines()[0] == "period,query,publication,occurrences,articles,chars,per_10k_chars"
    rows = list(csv.DictReader(io.StringIO(out)))
    assert sum(int(row["occurrences"]) for row in rows) == recount(research_copy, "发展")[0]
    run("trend", "发展", "--per-publication", "--db", research_copy, code=2)


def test_trend_text_output(research_copy: Path) -> None:
    out = run("trend", "哈哈", "--by", "day", "--db", research_copy)
    assert re.search(r"^2024-10-08\s+哈哈\s+3\s+1\s+\d+\.\d{3}$", out, re.MULTILINE)
    assert "哈哈: 3 occurrences in 1 article" in out
    assert "first: 2024-10-08  笑声" in out


def test_trend_refuses_an_empty_query(research_copy: Path) -> None:
    assert "Error: nothing to look for in ' '" in run("trend", " ", "--db", research_copy, code=1)
    run("trend", "--db", research_copy, code=2)


# ---- saved searches ------------------------------------------------------------------------------


def test_saved_searches_add_list_remove(research_copy: Path, tmp_path: Path) -> None:
    assert "No saved searches" in run("saved", "list", "--db", research_copy)
    run("saved", "add", "笑声", "哈哈", "--from", "2024-01-01", "--db", research_copy)
    run("saved", "add", "all laughs", "哈哈", "--exact-variants", "--db", research_copy)
    assert "already exists" in run("saved", "add", "笑声", "啪啪", "--db", research_copy, code=1)
    listed = json.loads(run("saved", "list", "--json", "--db", research_copy))
    assert listed == [
        {"name": "all laughs", "query": "哈哈", "filters": {}, "fold_variants": False, "articles": 1},
        {
            "name": "笑声",
            "query": "哈哈",
            "filters": {"date_from": "2024-01-01"},
            "fold_variants": True,
            "articles": 1,
        },
    ]
    assert "      1  笑声  “哈哈”  (2024-01-01 – …)" in run("saved", "list", "--db", research_copy)
    # the count follows the library: a new file with the phrase twice more, in two articles
    folder = tmp_path / "more"
    folder.mkdir()
    (folder / "more.txt").write_text(
        "又一期简报\n2024年11月1日\n\n第一篇\n会上哈哈一笑。\n\n第二篇\n会后哈哈大笑。\n", encoding="utf-8"
    )
    run("import", "--no-entities", folder, "--db", research_copy)
    counts = {
        row["name"]: row["articles"]
        for row in json.loads(run("saved", "list", "--json", "--db", research_copy))
    }
    assert counts["笑声"] == counts["all laughs"] == recount(research_copy, "哈哈")[1] > 1
    run("saved", "add", "笑声", "啪啪", "--replace", "--db", research_copy)
    assert "removed: 笑声 “啪啪”" in run("saved", "remove", "笑声", "--db", research_copy)
    assert "no saved search named" in run("saved", "remove", "笑声", "--db", research_copy, code=1)
