"""Concordances, trends and saved-search counts over a library: the entry points the CLI and window call.

No SQL here: the search index answers which articles match
(``reader.store.search``), ``reader.store.research`` fetches their text under
the filters, and the pure modules beside this one find, align and count.
Safe on any thread's connection, so the window runs these on its reader thread.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlite_utils import Database

from reader.errors import ReaderError
from reader.research.filters import Filters
from reader.research.kwic import (
    DEFAULT_WIDTH,
    ArticleInfo,
    Occurrence,
    Sort,
    occurrences_in,
    sort_occurrences,
)
from reader.research.matching import Matcher, search_options
from reader.research.trend import Granularity, Trend, TrendBuilder, period_of
from reader.store import research as store_research
from reader.store import search as search_store
from reader.store import tags as store_tags

_UNDATED = "\uffff"


@dataclass(frozen=True)
class Concordance:
    query: str
    occurrences: list[Occurrence]
    articles: int
    width: int = DEFAULT_WIDTH
    filters: Filters = field(default_factory=Filters)
    fold_variants: bool = True

    def summary(self) -> str:
        lines, articles = len(self.occurrences), self.articles
        return f"{lines} occurrence{'s' * (lines != 1)} in {articles} article{'s' * (articles != 1)}"


@contextmanager
def collector_paused() -> Iterator[None]:
    """Hold Python's cycle collector while building many small tuples that hold no cycles.

    Each collection walks every tracked object; a common word's hundreds of
    thousands of concordance lines would otherwise trigger dozens of them.
    (The window's research reader runs every query inside this for a second
    reason, see ``reader.app.research.feature.ResearchReader``.)
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def candidate_ids(db: Database, query: str, fold_variants: bool = True) -> set[int]:
    """The articles the library search finds for ``query`` (every term somewhere in the article)."""
    return search_store.matching_article_ids(
        db, query, **search_options(fold_variants, search_store.matching_article_ids)
    )


def _info(row: Sequence[object]) -> ArticleInfo:
    article_id, issue_id, position, title, issue_date, source_file, publication = row[:7]
    return ArticleInfo(article_id, issue_id, position, title, issue_date, source_file, publication)  # type: ignore[arg-type]


def concordance(
    db: Database,
    query: str,
    *,
    width: int = DEFAULT_WIDTH,
    filters: Filters | None = None,
    fold_variants: bool = True,
    sort: Sort = "date",
) -> Concordance:
    """Every occurrence of the query's terms in the articles the search finds, with context."""
    if width < 0:
        raise ReaderError("the context width cannot be negative")
    filters = filters or Filters()
    matcher = Matcher.for_query(query, fold_variants)
    ids = candidate_ids(db, query, fold_variants) if matcher else set()
    if not ids:
        return Concordance(query, [], 0, width, filters, fold_variants)
    rows = list(store_research.articles_with_text(db, ids, **store_kwargs(db, filters)))
    rows.sort(key=lambda row: (row[4] or _UNDATED, row[1], row[2]))
    found: list[Occurrence] = []
    articles = 0
    with collector_paused():
        for row in rows:
            lines = occurrences_in(_info(row), row[7:11], matcher, width)
            if lines:
                articles += 1
                found.extend(lines)
    if sort != "date":
        found = sort_occurrences(found, sort)
    return Concordance(query, found, articles, width, filters, fold_variants)


def trend(
    db: Database,
    queries: Sequence[str],
    *,
    by: Granularity = "month",
    filters: Filters | None = None,
    fold_variants: bool = True,
) -> Trend:
    """Occurrences and articles of each query per period, with the characters published in each."""
    filters = filters or Filters()
    queries = list(dict.fromkeys(queries))
    matchers = [Matcher.for_query(query, fold_variants) for query in queries]
    for query, matcher in zip(queries, matchers, strict=True):
        if not matcher:
            raise ReaderError(f"nothing to look for in {query!r}")
    builder = TrendBuilder(queries, matchers, by)
    id_sets = [candidate_ids(db, query, fold_variants) for query in queries]
    union = set().union(*id_sets)
    periods: dict[str | None, str] = {}
    with collector_paused():
        for row in store_research.articles_for_trend(db, union, **store_kwargs(db, filters)):
            article_id, issue_date, publication, chars, joined = row[0], row[4], row[6] or "", row[7], row[8]
            period = periods.get(issue_date)
            if period is None:
                period = periods[issue_date] = period_of(issue_date, by)
            builder.published(period, publication, chars)
            if joined is None:
                continue
            info = None
            for number, ids in enumerate(id_sets):
                if article_id in ids and (occurrences := matchers[number].count_joined(joined)):
                    info = info or _info(row)
                    builder.hit(number, period, publication, occurrences, info)
    return builder.result()


def allowed_ids(db: Database, filters: Filters) -> set[int] | None:
    """The article set the filters name (a tag's articles, an entity's), or None for no such limit."""
    allowed = set(filters.article_ids) if filters.article_ids is not None else None
    if filters.tag is not None:
        tagged = store_tags.tagged_article_ids(db, filters.tag)
        allowed = tagged if allowed is None else allowed & tagged
    return allowed


def store_kwargs(db: Database, filters: Filters) -> dict[str, object]:
    """The filters as keyword arguments of ``reader.store.research`` (unset ones left out)."""
    values = {
        "date_from": filters.date_from,
        "date_to": filters.date_to,
        "section": filters.section,
        "issue_id": filters.issue_id,
        "article_ids": allowed_ids(db, filters),
    }
    return {key: value for key, value in values.items() if value is not None}


def search_count(db: Database, query: str, filters: Filters, fold_variants: bool = True) -> int:
    """What the search panel would count for ``query`` under ``filters`` (a tag becomes its article set)."""
    return search_store.count(
        db,
        query,
        issue_id=filters.issue_id,
        date_from=filters.date_from,
        date_to=filters.date_to,
        section=filters.section,
        article_ids=allowed_ids(db, filters),
        **search_options(fold_variants, search_store.count),
    )


def saved_counts(db: Database) -> list[tuple[store_research.SavedSearch, int]]:
    """Every saved search with the number of articles it finds in the library as it is now."""
    return [
        (saved, search_count(db, saved.query, Filters.from_json(saved.filters), saved.fold_variants))
        for saved in store_research.list_saved(db)
    ]
