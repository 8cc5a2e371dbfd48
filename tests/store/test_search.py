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
from hypothesis import example, given, settings
from hypothesis import strategies as st
from sqlite_utils import Database

from reader.importer.model import Block, BlockKind, ParsedArticle, ParsedIssue
from reader.resources import sample_library
from reader.store import search
from reader.store.db import memory_db
from reader.store.issues import save_issue
from reader.textfold import fold
from tests.helpers.search_scan import brute_force_ids


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
        # traditional and variant forms, written by hand (OpenCC: 發→发, 臺→台, 裡/裏→里, 綫→线)
        ("臺灣經濟發展", "兩岸綫上交流", "會議在臺北舉行，討論經濟發展與產業轉型。裡面"),
        ("台湾经济发展", None, "会议在台北举行，讨论经济发展与产业转型。里面的线上交流"),
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
            }
        )
        search.index_article(
            db, doc.id, kicker=doc.kicker, title=doc.title, subtitle=doc.subtitle, text=doc.text
        )


@pytest.fixture(scope="module")
def docs_db() -> Database:
    db = memory_db()
    _build(db, DOCS)
    return db


@pytest.fixture()
def scratch() -> Database:
    db = memory_db()
    _build(db, DOCS[:12])
    return db


def plain_scan(query: str, docs: list[Doc] = DOCS, *, variants: bool = True) -> set[int]:
    """An independent reference: Python ``in`` over the fixture's own strings."""
    terms = fold(query, variants=variants).split()
    if not terms:
        return set()
    return {
        doc.id
        for doc in docs
        if all(any(t in fold(f, variants=variants) for f in doc.fields()) for t in terms)
    }


# ---- the property: index == scan ---------------------------------------------------------------

SEED_TEXT = "\n".join("\n".join(doc.fields()) for doc in DOCS)
ODD_CHARS = '市招商常勇驻马店2024２０２４ＡａAa,，。:："“”*()（）[]^-+ANDORNOT　 \t丶𠀀é'
SCRIPT_CHARS = "发發髮展经經济濟台臺颱湾灣线綫線里裡裏后後会會议議著着干乾幹么麼"


@st.composite
def either_script(draw: st.DrawFn) -> str:
    """A seed substring with some characters swapped for their traditional or variant forms."""
    text = draw(seed_substring())
    swap = str.maketrans("发经济台湾线里后会议", "發經濟臺灣綫裡後會議")
    return text.translate(swap) if draw(st.booleans()) else text


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
    either_script(),
    st.text(alphabet=SCRIPT_CHARS, min_size=1, max_size=4),
)


@settings(max_examples=300, deadline=None)
@given(query=queries, variants=st.booleans())
def test_index_equals_scan_for_any_query(docs_db: Database, query: str, variants: bool) -> None:
    expected = brute_force_ids(docs_db, query, variants=variants)
    assert search.matching_article_ids(docs_db, query, variants=variants) == expected
    assert expected == plain_scan(query, variants=variants)
    assert search.count(docs_db, query, variants=variants) == len(expected)
    page = search.search(docs_db, query, limit=len(DOCS), variants=variants)
    assert {hit.article_id for hit in page} == expected
    assert search.count(docs_db, query, variants=variants, at_most=3) == min(len(expected), 4)


@settings(max_examples=150, deadline=None)
@given(first=seed_substring(), second=seed_substring())
def test_two_terms_mean_and(docs_db: Database, first: str, second: str) -> None:
    query = f"{first} {second}"
    expected = plain_scan(query)
    assert search.matching_article_ids(docs_db, query) == expected
    assert expected == plain_scan(first) & plain_scan(second) or not (first.split() and second.split())


# ---- concrete queries a user would type -------------------------------------------------------


def test_traditional_and_simplified_find_the_same_articles(docs_db: Database) -> None:
    traditional = next(d.id for d in DOCS if d.title == "臺灣經濟發展")
    simplified = next(d.id for d in DOCS if d.title == "台湾经济发展")
    both = {simplified, traditional}
    for query in ("發展", "发展", "经济發展", "臺灣", "台湾", "綫上", "线上", "裡面", "里面"):
        found = search.matching_article_ids(docs_db, query)
        assert both <= found, query
        assert found == plain_scan(query), query
    assert search.matching_article_ids(docs_db, "發展") == search.matching_article_ids(docs_db, "发展")
    # the seeds are simplified: 發展 finds every seed article with 发展
    seeds_with_it = {d.id for d in DOCS if "发展" in d.text or "发展" in d.title}
    assert len(seeds_with_it) > 10
    assert seeds_with_it <= search.matching_article_ids(docs_db, "發展")
    # exact variants: each script finds only itself
    assert traditional in search.matching_article_ids(docs_db, "發展", variants=False)
    assert simplified not in search.matching_article_ids(docs_db, "發展", variants=False)
    assert simplified in search.matching_article_ids(docs_db, "发展", variants=False)
    assert traditional not in search.matching_article_ids(docs_db, "发展", variants=False)
    assert search.count(docs_db, "臺灣", variants=False) == 1


def test_variant_hits_are_highlighted_in_the_original_script() -> None:
    text = "會議討論經濟發展，发展是第一要务"
    assert search.hit_spans(text, "发展") == [(6, 8), (9, 11)]
    assert search.hit_spans(text, "发展", variants=False) == [(9, 11)]


def test_known_fragments_have_exact_counts(docs_db: Database) -> None:
    for query in ("常勇", "招商", "市", "驻马店", "高质量发展", "鲍常勇"):
        expected = {d.id for d in DOCS if any(query in f for f in d.fields())}
        assert expected, query
        assert search.matching_article_ids(docs_db, query) == expected, query
        assert search.count(docs_db, query) == len(expected)
    # 常勇 is only ever part of 鲍常勇 in the seeds: a word index would have missed it
    assert search.matching_article_ids(docs_db, "常勇") == search.matching_article_ids(docs_db, "鲍常勇")


def test_full_width_and_half_width_match_each_other(docs_db: Database) -> None:
    both = {len(DOCS) - 1, len(DOCS)}
    assert search.matching_article_ids(docs_db, "２０２４年ａｂｃ") == both
    assert search.matching_article_ids(docs_db, "2024年ABC") == both
    assert search.matching_article_ids(docs_db, "reader") == {len(DOCS) - 1}
    # U+3000 in a query separates terms like a space
    assert search.matching_article_ids(docs_db, "大会召开　ＲＥＡＤＥＲ") == {len(DOCS) - 1}


def test_user_syntax_is_searched_as_text(docs_db: Database) -> None:
    last = len(DOCS)
    assert search.matching_article_ids(docs_db, '"AND"') == {last}
    assert search.matching_article_ids(docs_db, "(OR)") == {last}
    assert search.matching_article_ids(docs_db, "y^2 col:val") == {last}
    assert search.matching_article_ids(docs_db, "-x *") == {last}
    for odd in ('"', "'", "*", "NEAR(", "{", "}", ")(", "\\", "\x00"):
        assert search.matching_article_ids(docs_db, odd) == plain_scan(odd)


def test_empty_and_whitespace_queries_find_nothing(docs_db: Database) -> None:
    for query in ("", " ", "\t\n", "　"):
        assert search.matching_article_ids(docs_db, query) == set()
        assert search.search(docs_db, query) == []
        assert search.count(docs_db, query) == 0


def test_a_term_never_spans_two_fields_or_a_space(docs_db: Database) -> None:
    doc = DOCS[-1]  # title 半角数字, subtitle 2024年abc大会召开
    assert doc.id not in search.matching_article_ids(docs_db, "字2")
    assert search.matching_article_ids(docs_db, "Thereader") == set()


# ---- ranking, snippets, filters, paging --------------------------------------------------------


def test_results_are_ranked_with_snippets(docs_db: Database) -> None:
    hits = search.search(docs_db, "招商", limit=100)
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


def test_snippet_keeps_original_width(docs_db: Database) -> None:
    [hit] = search.search(docs_db, "reader")
    start, end = hit.snippet_hits[0]
    assert hit.snippet[start:end] == "ＲＥＡＤＥＲ"


def test_paging_covers_every_hit_once(docs_db: Database) -> None:
    expected = plain_scan("市")
    pages = [search.search(docs_db, "市", limit=7, offset=o) for o in range(0, len(expected) + 7, 7)]
    ids = [hit.article_id for page in pages for hit in page]
    assert len(ids) == len(set(ids)) == len(expected)
    assert set(ids) == expected


ISSUE_DATE = {issue_id: f"2024-0{issue_id}-15" for issue_id in range(1, 7)}  # as _build writes them


def _walk(db: Database, query: str, **options: object) -> list[search.SearchHit]:
    hits: list[search.SearchHit] = []
    while True:
        page = search.search(db, query, limit=5, after=hits[-1].key if hits else None, **options)  # type: ignore[arg-type]
        if not page:
            return hits
        hits += page


@pytest.mark.parametrize("query", ["市", "招商", "发展 市", "會議"])
def test_keyset_pages_equal_one_long_page(docs_db: Database, query: str) -> None:
    for sort in ("relevance", "date"):
        walked = _walk(docs_db, query, sort=sort)
        whole = search.search(docs_db, query, limit=10_000, sort=sort)  # type: ignore[arg-type]
        assert [hit.article_id for hit in walked] == [hit.article_id for hit in whole]
        assert len(walked) == len(plain_scan(query))


def test_relevance_puts_title_hits_first_then_newest(docs_db: Database) -> None:
    hits = search.search(docs_db, "市", limit=1000)
    by_id = {doc.id: doc for doc in DOCS}
    in_title = ["市" in by_id[hit.article_id].title for hit in hits]
    assert in_title.index(False) == sum(in_title)  # every title hit before every body-only hit
    for tier in (True, False):
        dates = [
            ISSUE_DATE[by_id[h.article_id].issue_id] for h, t in zip(hits, in_title, strict=True) if t is tier
        ]
        assert dates == sorted(dates, reverse=True)


def test_date_sort_is_newest_first(docs_db: Database) -> None:
    by_id = {doc.id: doc for doc in DOCS}
    hits = search.search(docs_db, "市", limit=1000, sort="date")
    dates = [ISSUE_DATE[by_id[hit.article_id].issue_id] for hit in hits]
    assert dates == sorted(dates, reverse=True)
    assert dates[0] == "2024-05-15" and dates[-1] == "2024-01-15"


def test_counts_stop_early_when_asked(docs_db: Database) -> None:
    total = len(plain_scan("的"))
    assert total > 20
    assert search.count(docs_db, "的") == total
    assert search.count(docs_db, "的", at_most=20) == 21  # "more than 20"
    assert search.count(docs_db, "的", at_most=total) == total


def test_changing_an_issue_date_moves_its_articles(scratch: Database) -> None:
    from reader.store import issues as issue_store

    docs = DOCS[:12]
    oldest = min(d.issue_id for d in docs)
    moved = {d.id for d in docs if d.issue_id == oldest} & plain_scan("市", docs)
    assert moved and len(moved) < len(plain_scan("市", docs))
    assert search.search(scratch, "市", limit=100, sort="date")[-1].article_id in moved
    issue_store.edit_issue(scratch, oldest, issue_date="2030-01-01")
    hits = search.search(scratch, "市", limit=100, sort="date")
    assert {hit.article_id for hit in hits[: len(moved)]} == moved
    assert search.count(scratch, "市", date_from="2030-01-01") == len(moved)


def test_filters_narrow_the_result(docs_db: Database) -> None:
    def ids(**filters: object) -> set[int]:
        return {hit.article_id for hit in search.search(docs_db, "市", limit=1000, **filters)}  # type: ignore[arg-type]

    in_issue = {d.id for d in DOCS if d.issue_id == 1}
    assert ids(issue_id=1) == plain_scan("市") & in_issue
    assert search.count(docs_db, "市", issue_id=1) == len(plain_scan("市") & in_issue)
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
    assert brute_force_ids(scratch, second.title) == plain_scan(second.title, DOCS[2:12])
    assert search.optimize(scratch, max_dead_fraction=0.0) is False  # under the 100-row floor


# ---- hit spans and folding ----------------------------------------------------------------------


def test_hit_spans_point_into_the_original_text() -> None:
    text = "２０２４年，2024年招商，招商引资"
    assert search.hit_spans(text, "2024") == [(0, 4), (6, 10)]
    assert search.hit_spans(text, "招商 2024") == [(0, 4), (6, 10), (11, 13), (14, 16)]
    assert search.hit_spans("aaa", "aa") == [(0, 2), (1, 3)]
    assert search.hit_spans(text, "  ") == []


def test_an_article_entry_holds_its_pairs_and_characters() -> None:
    (entry,) = search.prepare_many([(None, "招商", None, "引資")])  # 資 folds to 资 (U+8D44)
    assert entry.body == b"5f158d44" and entry.title == b"62db5546"
    tokens = entry.chars.decode().split()
    assert [t for t in tokens if len(t) == 4] == ["5546", "5f15", "62db", "8d44"]
    assert [t for t in tokens if t.startswith("t")] == ["t5546", "t62db"]
    assert tokens.count("a") == 1  # every article: what "lacks no common character" is counted from
    assert len([t for t in tokens if t.startswith("n")]) == len(search.COMMON)


def test_common_characters_are_stored_by_absence_and_whitespace_not_at_all() -> None:
    (entry,) = search.prepare_many([(None, "市 招商", None, "引資的\n发展　大会")])
    tokens = entry.chars.decode().split()
    assert "7684" not in tokens and "n7684" not in tokens  # 的: present, so no token at all
    assert "n5e02" not in tokens and "t5e02" in tokens  # 市, in the title
    assert "n662f" in tokens  # 是: absent
    assert not {"0020", "000a", "3000", "t0020"} & set(tokens)
    assert search._prepare_one(None, "市 招商", None, "引資的\n发展　大会").chars.decode().split() == tokens


def test_a_run_of_pairs_with_whitespace_is_one_token_that_keeps_its_neighbours_apart() -> None:
    (entry,) = search.prepare_many([(None, "招 商", None, "招商 引資\n\n发展")])
    assert entry.body == b"62db5546 00200020 5f158d44 00200020 53d15c55"
    assert entry.title == b"00200020"  # 招 and 商 are never one phrase
    assert search._prepare_one(None, "招 商", None, "招商 引資\n\n发展").body == entry.body
    db = memory_db()
    _build(db, [Doc(1, 1, "要闻", None, "招 商", None, "招商 引資\n\n发展")])
    assert search.matching_article_ids(db, "商引") == set() == search.matching_article_ids(db, "资发")
    assert search.matching_article_ids(db, "引资") == {1} == search.matching_article_ids(db, "招商 发展")
    db.conn.close()


def _index_pages(db: Database) -> list[tuple[object, ...]]:
    return [
        row
        for table in ("search_grams_data", "search_chars_data")
        for row in db.execute(f"SELECT id, block FROM {table} ORDER BY id").fetchall()
    ]


def test_tokens_bound_as_text_build_the_same_index(monkeypatch: pytest.MonkeyPatch) -> None:
    """Blobs skip SQLite's UTF-16 round trip where FTS5 reads them as text; elsewhere tokens go
    as text. Either way the index must be the same, page for page."""
    assert search._token_value() in (search._as_blob, search._as_text)  # what this SQLite does
    as_probed = memory_db()
    _build(as_probed, DOCS[:40])
    monkeypatch.setattr(search, "_token_value", lambda: search._as_text)
    as_text = memory_db()
    _build(as_text, DOCS[:40])
    assert len(_index_pages(as_text)) > 2
    assert _index_pages(as_probed) == _index_pages(as_text)
    assert search.matching_article_ids(as_text, "招商") == plain_scan("招商", DOCS[:40])
    as_probed.conn.close()
    as_text.conn.close()


def test_the_first_article_of_an_issue_keeps_its_own_character_tokens() -> None:
    """Cutting one issue's tokens per article: an article with every common character (a long work
    report) or with no character at all, first in its issue, once took ``tokens[0:-1]`` — the other
    articles' tokens — and a search for a common character missed it."""
    report = "工作报告" + "".join(search.COMMON)
    first, second = search.prepare_many([(None, "全文", None, report), (None, "短讯", None, "乙")])
    assert not [t for t in first.chars.split() if t.startswith(b"n")]  # lacks no common character
    assert b"4e59" not in first.chars.split() and b"4e59" in second.chars.split()  # 乙: the second one's
    empty, other = search.prepare_many([(None, "", None, ""), (None, "", None, "6")])
    assert empty.chars.split().count(b"0036") == 0 and other.chars.split().count(b"0036") == 1
    db = memory_db()
    parsed = ParsedIssue(
        layout="bulletin",
        title="第1期",
        issue_date="2024-03-01",
        articles=[
            ParsedArticle(title="全文", blocks=[Block(BlockKind.PARAGRAPH, report)]),
            ParsedArticle(title="短讯", blocks=[Block(BlockKind.PARAGRAPH, "乙")]),
        ],
    )
    save_issue(db, parsed, source_path="/bulletins/1.txt", data=b"1")
    titles = {row["id"]: row["title"] for row in db["articles"].rows}
    assert {titles[i] for i in search.matching_article_ids(db, "的")} == {"全文"}
    assert {titles[i] for i in search.matching_article_ids(db, "乙")} == {"短讯"}
    db.conn.close()


def test_the_common_characters_are_distinct_folded_characters_of_one_unit() -> None:
    assert len(set(search.COMMON)) == len(search.COMMON) > 50
    assert fold(search.COMMON, variants=True) == search.COMMON
    assert all(len(char.encode("utf-16-be")) == 2 and not char.isspace() for char in search.COMMON)


FIELD_TEXT = st.text(
    alphabet=st.one_of(st.characters(exclude_categories=["Cs"]), st.sampled_from(SCRIPT_CHARS + "\n　Ａａ"))
)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(st.none() | FIELD_TEXT, FIELD_TEXT, st.none() | FIELD_TEXT, FIELD_TEXT), max_size=5)
)
@example([(None, "", None, ""), (None, "", None, "6")])  # found by Hypothesis: a first article with no token
def test_an_issue_prepared_at_once_equals_its_articles_one_by_one(
    articles: list[tuple[str | None, str, str | None, str]],
) -> None:
    together = search.prepare_many(articles)
    assert len(together) == len(articles)
    for fields, entry in zip(articles, together, strict=True):
        alone = search._prepare_one(*fields)
        assert (entry.fingerprint, entry.body, entry.title) == (alone.fingerprint, alone.body, alone.title)
        assert sorted(entry.chars.split()) == sorted(alone.chars.split())  # a set of tokens


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


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.one_of(st.characters(), st.sampled_from(SCRIPT_CHARS))))
def test_variant_fold_is_length_preserving_and_idempotent(s: str) -> None:
    folded = fold(s, variants=True)
    assert len(folded) == len(s)
    assert fold(folded, variants=True) == folded


def test_variant_fold_uses_opencc_classes() -> None:
    assert fold("發展臺灣綫裡後會議", variants=True) == "发展台湾线里后会议"
    assert fold("２０２４ＡＢ發", variants=True) == "2024ab发"
    # characters of standard simplified text stay themselves: 著名 is not 着名, 台 and 才 stay
    assert fold("著名台才么", variants=True) == "著名台才么"
    assert fold("發展") == "發展"  # width/case folding alone leaves scripts alone


def test_a_day_with_more_articles_than_its_slot_keeps_every_hit(
    scratch: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past a day's slot (8,192 rows; 2 here) articles go to the undated tail: still found, still filtered."""
    monkeypatch.setattr(search, "DAY_BITS", 1)
    search.rebuild_index(scratch)
    docs = DOCS[:12]
    assert search.matching_article_ids(scratch, "市") == plain_scan("市", docs)
    walked = _walk(scratch, "市", sort="date")
    assert len(walked) == len(plain_scan("市", docs))
    by_issue = {d.issue_id for d in docs}
    for issue_id in by_issue:
        day = ISSUE_DATE[issue_id]
        expected = plain_scan("市", [d for d in docs if d.issue_id == issue_id])
        assert search.count(scratch, "市", date_from=day, date_to=day) == len(expected)


@pytest.mark.parametrize("query", ["市", "招商", "发展 市", "會議", "的", "2024"])
def test_big_result_sets_stream_in_the_same_order_as_small_ones_are_ranked(
    docs_db: Database, query: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Up to RANK_PROBE hits are ranked from one pass, more stream tier by tier: one order either way."""
    ranked = search.search(docs_db, query, limit=10_000)
    total, first = search.first_page(docs_db, query, limit=5)
    assert total == len(ranked) and [h.article_id for h in first] == [h.article_id for h in ranked[:5]]
    monkeypatch.setattr(search, "RANK_PROBE", 2)
    streamed = _walk(docs_db, query)
    assert [h.article_id for h in streamed] == [h.article_id for h in ranked]
    total, first = search.first_page(docs_db, query, limit=5, at_most=2)
    assert total == min(len(ranked), 3)
    assert [h.article_id for h in first] == [h.article_id for h in ranked[:5]]


@settings(max_examples=200, deadline=None)
@given(
    query=st.one_of(queries, st.builds(lambda a, b: f"{a} {b}", seed_substring(), seed_substring())),
    variants=st.booleans(),
    scan=st.sampled_from([0, 1, 4, 300]),
    issues=st.sampled_from([(1, 6), (2, 4), (5, 6)]),
)
def test_streamed_tiers_equal_a_ranked_scan(
    docs_db: Database, query: str, variants: bool, scan: int, issues: tuple[int, int]
) -> None:
    """A big result set's title tier (checked by title characters, then FTS5 past ``TITLE_SCAN``
    candidates) and rest: the scan's hits, every term in the title first, newest first in each tier."""
    first, last = issues
    docs = [doc for doc in DOCS if first <= doc.issue_id <= last]
    found = plain_scan(query, docs, variants=variants)
    terms = fold(query, variants=True).split()
    by_id = {doc.id: doc for doc in docs}

    def rank(article_id: int) -> tuple[int, int, int]:
        doc = by_id[article_id]
        in_title = all(term in fold(doc.title, variants=True) for term in terms)
        return (0 if in_title else 1, -doc.issue_id, doc.id)  # a later issue is a later date

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(search, "RANK_PROBE", 0)
        patch.setattr(search, "TITLE_SCAN", scan)
        walked = _walk(
            docs_db, query, variants=variants, date_from=ISSUE_DATE[first], date_to=ISSUE_DATE[last]
        )
    assert [hit.article_id for hit in walked] == sorted(found, key=rank)


def test_a_long_issue_and_characters_beyond_the_bmp_prepare_as_one_by_one() -> None:
    """Chunks of ``CHUNK`` articles, astral characters (as typed, or folded into from the BMP) and lone
    surrogates all give what the string path gives for each article alone."""
    beyond = next(chr(unit) for unit in range(0x10000) if fold(chr(unit), variants=True) > "\uffff")
    fields = [(None, f"标题{n}", None, f"第{n}篇：招商引資，发展") for n in range(search.CHUNK + 5)]
    fields[3] = ("𠀋引", "招𠮷商", None, "市 招商")
    fields[search.CHUNK + 1] = (None, beyond + "商", None, "引" + beyond)
    fields[7] = (None, "招\ud800商", None, "正文")
    for issue in (fields, fields[:2], fields[3:4], fields[search.CHUNK + 1 : search.CHUNK + 2]):
        for entry, one in zip(search.prepare_many(issue), issue, strict=True):
            alone = search._prepare_one(*one)
            assert entry[:3] == alone[:3]
            assert sorted(entry.chars.split()) == sorted(alone.chars.split())


def test_the_fingerprint_follows_the_indexed_text() -> None:
    (entry, same, moved, changed) = search.prepare_many(
        [("眉题", "标题", None, "正文"), ("眉题", "标题", None, "正文"), (None, "标题", None, "正文\n眉题"),
         ("眉题", "标题", None, "正文。")]
    )  # fmt: skip
    assert entry.fingerprint == same.fingerprint
    assert entry.fingerprint == moved.fingerprint  # the same pieces indexed: the same entry
    assert changed.fingerprint != entry.fingerprint
    (split_a, split_b) = search.prepare_many([(None, "标题", None, "正文"), (None, "题", None, "正文标")])
    assert split_a.fingerprint != split_b.fingerprint  # a character moved between body and title
    assert len(entry.fingerprint) == 12
