"""Search must equal a substring scan: no misses, no extras, whatever the user types.

The library here is built without the importer: each seed file is cut into
pseudo-articles of about ten lines (blank-line-separated chunks), so these
tests do not move when the parser changes.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlite_utils import Database

from reader.resources import sample_library
from reader.store import search
from reader.store.db import memory_db
from reader.textfold import fold


@dataclass(frozen=True)
class Doc:
    id: int
    issue_id: int
    section: str
    kicker: str | None
    title: str
    subtitle: str | None
    text: str

    def fields(self) -> list[str]:
        return [value for value in (self.kicker, self.title, self.subtitle, self.text) if value]


def _chunks(raw: str, lines_per_article: int = 10) -> Iterator[list[str]]:
    paragraphs = [p.strip() for p in raw.replace("\r\n", "\n").split("\n\n") if p.strip()]
    lines: list[str] = []
    for paragraph in paragraphs:
        lines.extend(line.strip() for line in paragraph.split("\n") if line.strip())
        if len(lines) >= lines_per_article:
            yield lines
            lines = []
    if lines:
        yield lines


def _seed_docs() -> list[Doc]:
    docs: list[Doc] = []
    files = sorted(sample_library().glob("*.txt"))
    assert len(files) == 5
    for issue_number, path in enumerate(files, start=1):
        for lines in _chunks(path.read_text(encoding="utf-8")):
            n = len(docs) + 1
            kicker = lines.pop(0) if n % 3 == 0 and len(lines) > 2 else None
            title = lines.pop(0)
            subtitle = lines.pop(0) if n % 4 == 0 and len(lines) > 1 else None
            section = ("要闻", "综合")[n % 2]
            docs.append(Doc(n, issue_number, section, kicker, title, subtitle, "\n".join(lines)))
    extra = [
        ("全角数字", "２０２４年ＡＢＣ大会召开", "The ＲＥＡＤＥＲ test　全角空格"),
        ("半角数字", "2024年abc大会召开", 'He said "AND" (OR) -x * NOT y^2 col:val'),
    ]
    for title, subtitle, text in extra:
        docs.append(Doc(len(docs) + 1, 6, "附录", None, title, subtitle, text))
    return docs


DOCS = _seed_docs()


def _build(db: Database, docs: list[Doc]) -> None:
    stamp = "2024-10-01T00:00:00"
    for issue_id in sorted({doc.issue_id for doc in docs}):
        db["issues"].insert(
            {
                "id": issue_id,
                "key": f"issue-{issue_id}",
                "source_file": f"{issue_id}.txt",
                "source_path": f"/seeds/{issue_id}.txt",
                "content_hash": str(issue_id),
                "byte_size": 1,
                "layout": "fallback",
                "issue_date": f"2024-0{issue_id}-15",
                "imported_at": stamp,
                "updated_at": stamp,
            }
        )
    section_ids: dict[tuple[int, str], int] = {}
    for doc in docs:
        key = (doc.issue_id, doc.section)
        if key not in section_ids:
            row = {"issue_id": doc.issue_id, "name": doc.section, "position": len(section_ids)}
            section_ids[key] = db["sections"].insert(row).last_pk
        db["articles"].insert(
            {
                "id": doc.id,
                "issue_id": doc.issue_id,
                "section_id": section_ids[key],
                "key": f"article-{doc.id}",
                "position": doc.id,
                "kicker": doc.kicker,
                "title": doc.title,
                "subtitle": doc.subtitle,
                "text": doc.text,
                "char_count": len(doc.text),
                "created_at": stamp,
                "updated_at": stamp,
            }
        )
        search.index_article(
            db, doc.id, kicker=doc.kicker, title=doc.title, subtitle=doc.subtitle, text=doc.text
        )


@pytest.fixture(scope="module")
def library() -> Database:
    db = memory_db()
    _build(db, DOCS)
    return db


@pytest.fixture()
def scratch() -> Database:
    db = memory_db()
    _build(db, DOCS[:12])
    return db


def plain_scan(query: str, docs: list[Doc] = DOCS) -> set[int]:
    """An independent reference: Python ``in`` over the fixture's own strings."""
    terms = fold(query).split()
    if not terms:
        return set()
    return {doc.id for doc in docs if all(any(t in fold(f) for f in doc.fields()) for t in terms)}


# ---- the property: index == scan ---------------------------------------------------------------

SEED_TEXT = "\n".join("\n".join(doc.fields()) for doc in DOCS)
ODD_CHARS = '市招商常勇驻马店2024２０２４ＡａAa,，。:："“”*()（）[]^-+ANDORNOT　 \t丶𠀀é'


@st.composite
def seed_substring(draw: st.DrawFn) -> str:
    length = draw(st.integers(min_value=1, max_value=6))
    start = draw(st.integers(min_value=0, max_value=len(SEED_TEXT) - length))
    return SEED_TEXT[start : start + length]


queries = st.one_of(
    seed_substring(),
    seed_substring(),
    st.text(alphabet=ODD_CHARS, min_size=1, max_size=6),
    st.sampled_from(['"', '""', "*", "AND", "a AND b", "-", "(", ")", "NOT 市", "^招", "title:招商", "招*"]),
    st.text(min_size=1, max_size=4),
)


@settings(max_examples=300, deadline=None)
@given(query=queries)
def test_index_equals_scan_for_any_query(library: Database, query: str) -> None:
    expected = search.brute_force_ids(library, query)
    assert search.matching_article_ids(library, query) == expected
    assert expected == plain_scan(query)
    assert search.count(library, query) == len(expected)


@settings(max_examples=150, deadline=None)
@given(first=seed_substring(), second=seed_substring())
def test_two_terms_mean_and(library: Database, first: str, second: str) -> None:
    query = f"{first} {second}"
    expected = plain_scan(query)
    assert search.matching_article_ids(library, query) == expected
    assert expected == plain_scan(first) & plain_scan(second) or not (first.split() and second.split())


# ---- concrete queries a user would type -------------------------------------------------------


def test_known_fragments_have_exact_counts(library: Database) -> None:
    for query in ("常勇", "招商", "市", "驻马店", "高质量发展", "鲍常勇"):
        expected = {d.id for d in DOCS if any(query in f for f in d.fields())}
        assert expected, query
        assert search.matching_article_ids(library, query) == expected, query
        assert search.count(library, query) == len(expected)
    # 常勇 is only ever part of 鲍常勇 in the seeds: a word index would have missed it
    assert search.matching_article_ids(library, "常勇") == search.matching_article_ids(library, "鲍常勇")


def test_full_width_and_half_width_match_each_other(library: Database) -> None:
    both = {len(DOCS) - 1, len(DOCS)}
    assert search.matching_article_ids(library, "２０２４年ａｂｃ") == both
    assert search.matching_article_ids(library, "2024年ABC") == both
    assert search.matching_article_ids(library, "reader") == {len(DOCS) - 1}
    # U+3000 in a query separates terms like a space
    assert search.matching_article_ids(library, "大会召开　ＲＥＡＤＥＲ") == {len(DOCS) - 1}


def test_user_syntax_is_searched_as_text(library: Database) -> None:
    last = len(DOCS)
    assert search.matching_article_ids(library, '"AND"') == {last}
    assert search.matching_article_ids(library, "(OR)") == {last}
    assert search.matching_article_ids(library, "y^2 col:val") == {last}
    assert search.matching_article_ids(library, "-x *") == {last}
    for odd in ('"', "'", "*", "NEAR(", "{", "}", ")(", "\\", "\x00"):
        assert search.matching_article_ids(library, odd) == plain_scan(odd)


def test_empty_and_whitespace_queries_find_nothing(library: Database) -> None:
    for query in ("", " ", "\t\n", "　"):
        assert search.matching_article_ids(library, query) == set()
        assert search.search(library, query) == []
        assert search.count(library, query) == 0


def test_a_term_never_spans_two_fields_or_a_space(library: Database) -> None:
    doc = DOCS[-1]  # title 半角数字, subtitle 2024年abc大会召开
    assert doc.id not in search.matching_article_ids(library, "字2")
    assert search.matching_article_ids(library, "Thereader") == set()


# ---- ranking, snippets, filters, paging --------------------------------------------------------


def test_results_are_ranked_with_snippets(library: Database) -> None:
    hits = search.search(library, "招商", limit=100)
    assert {hit.article_id for hit in hits} == plain_scan("招商")
    title_hits = [i for i, hit in enumerate(hits) if "招商" in hit.title]
    assert title_hits and title_hits[0] == 0
    for hit in hits:
        assert len(hit.snippet) <= search.SNIPPET_CHARS + 2
        assert "\n" not in hit.snippet
        for start, end in hit.snippet_hits:
            assert hit.snippet[start:end] == "招商"[: end - start] or "招商".endswith(hit.snippet[start:end])
    body_hit = next(hit for hit in hits if hit.snippet_hits)
    start, end = body_hit.snippet_hits[0]
    assert body_hit.snippet[start:end] == "招商"


def test_snippet_keeps_original_width(library: Database) -> None:
    [hit] = search.search(library, "reader")
    start, end = hit.snippet_hits[0]
    assert hit.snippet[start:end] == "ＲＥＡＤＥＲ"


def test_paging_covers_every_hit_once(library: Database) -> None:
    expected = plain_scan("市")
    pages = [search.search(library, "市", limit=7, offset=o) for o in range(0, len(expected) + 7, 7)]
    ids = [hit.article_id for page in pages for hit in page]
    assert len(ids) == len(set(ids)) == len(expected)
    assert set(ids) == expected


def test_filters_narrow_the_result(library: Database) -> None:
    def ids(**filters: object) -> set[int]:
        return {hit.article_id for hit in search.search(library, "市", limit=1000, **filters)}  # type: ignore[arg-type]

    in_issue = {d.id for d in DOCS if d.issue_id == 1}
    assert ids(issue_id=1) == plain_scan("市") & in_issue
    assert search.count(library, "市", issue_id=1) == len(plain_scan("市") & in_issue)
    spring = {d.id for d in DOCS if d.issue_id in (2, 3)}
    assert ids(date_from="2024-02-01", date_to="2024-03-31") == plain_scan("市") & spring
    news = {d.id for d in DOCS if d.section == "要闻"}
    assert ids(section="要闻") == plain_scan("市") & news
    assert ids(article_ids=[1, 2, 3, 10_000]) == plain_scan("市") & {1, 2, 3}
    assert ids(section="no such section") == set()


# ---- keeping the index in step with the articles ------------------------------------------------


def test_reindex_replaces_the_old_text(scratch: Database) -> None:
    doc = DOCS[0]
    before = search.matching_article_ids(scratch, doc.title)
    assert doc.id in before
    scratch["articles"].update(doc.id, {"title": "全新标题", "text": "独一无二的正文"})
    search.index_article(scratch, doc.id, kicker=None, title="全新标题", subtitle=None, text="独一无二的正文")
    assert search.matching_article_ids(scratch, "独一无二") == {doc.id}
    assert doc.id not in search.matching_article_ids(scratch, doc.title)
    assert search.dead_rows(scratch) == 1
    assert search.rebuild_index(scratch) == 12
    assert search.dead_rows(scratch) == 0
    assert search.matching_article_ids(scratch, "独一无二") == {doc.id}


def test_unchanged_article_is_not_reindexed(scratch: Database) -> None:
    doc = DOCS[1]
    search.index_article(
        scratch, doc.id, kicker=doc.kicker, title=doc.title, subtitle=doc.subtitle, text=doc.text
    )
    assert search.dead_rows(scratch) == 0


def test_removed_and_deleted_articles_drop_out(scratch: Database) -> None:
    first, second = DOCS[0], DOCS[1]
    search.remove_article(scratch, first.id)
    assert first.id not in search.matching_article_ids(scratch, first.title)
    scratch.execute("DELETE FROM articles WHERE id = ?", [second.id])  # cascade drops its index row
    assert second.id not in search.matching_article_ids(scratch, second.title)
    assert search.brute_force_ids(scratch, second.title) == plain_scan(second.title, DOCS[2:12])
    assert search.optimize(scratch, max_dead_fraction=0.0) is False  # under the 100-row floor


# ---- hit spans and folding ----------------------------------------------------------------------


def test_hit_spans_point_into_the_original_text() -> None:
    text = "２０２４年，2024年招商，招商引资"
    assert search.hit_spans(text, "2024") == [(0, 4), (6, 10)]
    assert search.hit_spans(text, "招商 2024") == [(0, 4), (6, 10), (11, 13), (14, 16)]
    assert search.hit_spans("aaa", "aa") == [(0, 2), (1, 3)]
    assert search.hit_spans(text, "  ") == []


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_fold_is_length_preserving(s: str) -> None:
    folded = fold(s)
    assert len(folded) == len(s)
    for before, after in zip(s, folded, strict=True):
        assert after == before or before.isupper() or 0xFF01 <= ord(before) <= 0xFF5E or before == "\u3000"


def test_fold_maps_exactly_the_documented_ranges() -> None:
    assert fold("２０２４ＡＢＣａｂｃ！～　Ab") == "2024abcabc!~ ab"
    assert fold("ÄΣЖ｟ｰ") == "ÄΣЖ｟ｰ"  # no Unicode case folding, no half-width katakana mapping
    rng = random.Random(7)
    sample = "".join(chr(rng.randrange(0x4E00, 0x9FFF)) for _ in range(200))
    assert fold(sample) == sample
