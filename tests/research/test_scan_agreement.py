"""Concordance and trend counts equal a plain scan of every article, whatever the query.

The reference here shares nothing with the code under test but the search's
``fold``: it folds each stored field whole and finds every (overlapping)
occurrence of each folded term with a regular-expression lookahead, on the
articles where every term occurs — the search's own definition of a match.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlite_utils import Database

from reader.research import matching
from reader.research.kwic import FIELDS
from reader.research.lines import LazyLines
from reader.research.queries import concordance, concordance_index, line_loader, reorder, trend
from reader.research.trend import period_of
from reader.resources import sample_library
from reader.store import search as search_store
from tests.research.conftest import WIDTHS_FILE

WIDTH = 7


@dataclass(frozen=True)
class Row:
    article_id: int
    issue_date: str | None
    fields: dict[str, str]


class Rows(list[Row]):
    """The stored articles; a short repr, so a failing example stays readable."""

    def __repr__(self) -> str:
        return f"<{len(self)} articles>"


@pytest.fixture(scope="session")
def rows(research_db: Database) -> Rows:
    sql = (
        "SELECT a.id, i.issue_date, a.kicker, a.title, a.subtitle, a.text "
        "FROM articles a JOIN issues i ON i.id = a.issue_id"
    )
    return Rows(
        Row(article_id, date, {f: v for f, v in zip(FIELDS, values, strict=True) if v})
        for article_id, date, *values in research_db.execute(sql)
    )


def scan(rows: list[Row], query: str, fold_variants: bool) -> tuple[set[tuple[int, str, int, int]], set[int]]:
    """Every (article, field, start, end) and every matching article, by brute force."""
    terms = list(dict.fromkeys(matching.fold_text(query, fold_variants).split()))
    lines: set[tuple[int, str, int, int]] = set()
    articles: set[int] = set()
    if not terms:
        return lines, articles
    for row in rows:
        folded = {field: matching.fold_text(value, fold_variants) for field, value in row.fields.items()}
        if not all(any(term in value for value in folded.values()) for term in terms):
            continue
        articles.add(row.article_id)
        for field, value in folded.items():
            for term in terms:
                for hit in re.finditer(f"(?={re.escape(term)})", value):
                    lines.add((row.article_id, field, hit.start(), hit.start() + len(term)))
    return lines, articles


# Queries are cut from the sample files and the widths file as written (so most occur in some
# article), retyped in another width or case, or made of odd characters and FTS5 syntax.
SAMPLES = sorted(sample_library().glob("*.txt"))
CORPUS = "\n".join(path.read_text(encoding="utf-8") for path in SAMPLES) + WIDTHS_FILE
ODD = '市招商常勇驻马店发展哈2024２０２４ＡａAaBbＢｂ,，。:："“”*()（）[]^-+ANDORNOT　 \t丶𠀀é'
RETYPE = {chr(code): chr(code + 0xFEE0) for code in range(0x21, 0x7F)} | {c: c.upper() for c in "abcdefr"}


@st.composite
def piece(draw: st.DrawFn) -> str:
    length = draw(st.integers(1, 6))
    start = draw(st.integers(0, len(CORPUS) - length))
    text = CORPUS[start : start + length]
    retype = draw(st.lists(st.booleans(), min_size=len(text), max_size=len(text)))
    return "".join(RETYPE.get(c, c) if flip else c for c, flip in zip(text, retype, strict=True))


queries = st.one_of(
    piece(),
    piece(),
    st.builds(lambda a, gap, b: f"{a}{gap}{b}", piece(), st.sampled_from([" ", "　", "  "]), piece()),
    st.text(alphabet=ODD, min_size=1, max_size=6),
    st.text(min_size=1, max_size=4),
    st.sampled_from(["发展", "哈哈", "哈哈哈", "啪啪", "2024", "２０２４", "abc", "ＡＢＣ"]),
    st.sampled_from(["reader", '"AND"', "*", "。", "，"]),
)


def _one_line(text: str) -> str:
    return text.replace("\r", " ").replace("\n", " ").replace("\t", " ")


@settings(max_examples=250, deadline=None)
@given(query=queries, fold_variants=st.booleans())
def test_concordance_equals_scan(
    research_db: Database, rows: list[Row], query: str, fold_variants: bool
) -> None:
    expected_lines, expected_articles = scan(rows, query, fold_variants)
    result = concordance(research_db, query, width=WIDTH, fold_variants=fold_variants)
    got = [(o.article.article_id, o.field, o.start, o.end) for o in result.occurrences]
    assert len(got) == len(set(got)), "an occurrence listed twice"
    assert set(got) == expected_lines
    assert result.articles == len(expected_articles)
    assert result.articles == search_store.count(research_db, query, variants=fold_variants)
    by_id = {row.article_id: row for row in rows}
    for item in result.occurrences:
        text = by_id[item.article.article_id].fields[item.field]
        assert text[item.start : item.end] == item.match
        assert item.left == _one_line(text[max(0, item.start - WIDTH) : item.start])
        assert item.right == _one_line(text[item.end : item.end + WIDTH])


@settings(max_examples=150, deadline=None)
@given(
    query=queries,
    fold_variants=st.booleans(),
    sort=st.sampled_from(["date", "source", "left", "right"]),
    descending=st.booleans(),
)
def test_the_first_answer_equals_the_full_concordance_and_the_scan(
    research_db: Database, rows: list[Row], query: str, fold_variants: bool, sort: str, descending: bool
) -> None:
    """Counts from the stored bytes, lines cut on demand: the same lines, in every order."""
    expected_lines, expected_articles = scan(rows, query, fold_variants)
    first = concordance_index(research_db, query, width=WIDTH, fold_variants=fold_variants)
    assert (len(first.occurrences), first.articles) == (len(expected_lines), len(expected_articles))
    full = concordance(research_db, query, width=WIDTH, fold_variants=fold_variants)
    ordered = reorder(research_db, first, sort, descending)  # type: ignore[arg-type]
    if isinstance(ordered.occurrences, LazyLines):
        ordered.occurrences.line_index.loader = line_loader(research_db)
    assert list(ordered.occurrences) == list(reorder(research_db, full, sort, descending).occurrences)  # type: ignore[arg-type]


@settings(max_examples=120, deadline=None)
@given(query=queries, by=st.sampled_from(["day", "month", "year"]))
def test_trend_equals_scan(research_db: Database, rows: list[Row], query: str, by: str) -> None:
    if not matching.fold_text(query).split():
        return  # an empty query is refused (tested in the CLI tests)
    expected_lines, expected_articles = scan(rows, query, True)
    dates = {row.article_id: row.issue_date for row in rows}
    result = trend(research_db, [query], by=by)  # type: ignore[arg-type]
    occurrences = Counter(period_of(dates[line[0]], by) for line in expected_lines)  # type: ignore[arg-type]
    articles = Counter(period_of(dates[article_id], by) for article_id in expected_articles)  # type: ignore[arg-type]
    chars = Counter()
    for row in rows:
        chars[period_of(row.issue_date, by)] += sum(len(value) for value in row.fields.values())  # type: ignore[arg-type]
    for row in result.rows:
        assert (row.occurrences, row.articles, row.chars) == (
            occurrences[row.period],
            articles[row.period],
            chars[row.period],
        ), row.period
    assert sum(row.occurrences for row in result.rows) == len(expected_lines)
    assert set(occurrences) <= set(result.periods)
    [summary] = result.summaries
    assert (summary.occurrences, summary.articles) == (len(expected_lines), len(expected_articles))
    sql = (
        "SELECT a.id, i.issue_date, a.issue_id, a.position FROM articles a JOIN issues i ON i.id = a.issue_id"
    )
    reading = {
        article_id: (date, issue, position) for article_id, date, issue, position in research_db.execute(sql)
    }
    dated = sorted(reading[article_id] for article_id in expected_articles if reading[article_id][0])
    first, last = summary.first, summary.last
    assert (first and reading[first.article_id], last and reading[last.article_id]) == (
        (dated[0], dated[-1]) if dated else (None, None)
    )


def test_known_counts_in_the_widths_file(research_db: Database) -> None:
    """Hand-counted in ``conftest.WIDTHS_FILE``: the text, not the code, gives these numbers."""
    both = concordance(research_db, "2024年abc")
    assert sorted(o.match for o in both.occurrences) == ["2024年abc", "２０２４年ＡＢＣ"]
    laughs = concordance(research_db, "哈哈")  # 哈哈哈哈: overlapping occurrences at 0, 1 and 2
    assert [o.match for o in laughs.occurrences] == ["哈哈"] * 3
    assert [o.start - laughs.occurrences[0].start for o in laughs.occurrences] == [0, 1, 2]
    assert [o.match for o in concordance(research_db, "READER").occurrences] == ["ＲＥＡＤＥＲ"]
