"""Concordances, trends and saved-search counts over a library: the entry points the CLI and window call.

No SQL here: the search index answers which articles match
(``reader.store.search``), ``reader.store.research`` fetches their text under
the filters, and the pure modules beside this one find, align and count.
Safe on any thread's connection, so the window runs these on its reader thread.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from reader.errors import ReaderError
from reader.research.filters import Filters
from reader.research.kwic import DEFAULT_WIDTH, Occurrence, Sort, occurrences_in, sort_occurrences
from reader.research.lines import LazyLines, LineIndex, article_info, sorted_lines
from reader.research.matching import Matcher, search_options
from reader.research.trend import Granularity, Trend, TrendBuilder, period_of
from reader.store import research as store_research
from reader.store import search as search_store
from reader.store import tags as store_tags

_UNDATED = "\uffff"


@dataclass(frozen=True)
class Concordance:
    """A query's lines: a list (``concordance``) or cut on demand (``concordance_index``)."""

    query: str
    occurrences: Sequence[Occurrence | None]
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
            lines = occurrences_in(article_info(row), row[7:11], matcher, width)
            if lines:
                articles += 1
                found.extend(lines)
    if sort != "date":
        found = sort_occurrences(found, sort)
    return Concordance(query, found, articles, width, filters, fold_variants)


def concordance_index(
    db: Database,
    query: str,
    *,
    width: int = DEFAULT_WIDTH,
    filters: Filters | None = None,
    fold_variants: bool = True,
) -> Concordance:
    """The first answer to a concordance: its counts, and its lines in date order cut when asked for.

    The lines of ``concordance`` exactly (``reader.research.lines``); their contexts cost
    nothing until shown.  The result's ``occurrences`` is a ``LazyLines`` whose index needs
    a ``loader`` before a line is read (the caller's connection: ``line_loader(db)``).
    """
    if width < 0:
        raise ReaderError("the context width cannot be negative")
    filters = filters or Filters()
    matcher = Matcher.for_query(query, fold_variants)
    ids = candidate_ids(db, query, fold_variants) if matcher else set()
    if not ids:
        return Concordance(query, [], 0, width, filters, fold_variants)
    counter = Matcher.for_query(query, fold_variants, binary=True)
    with collector_paused():
        found = [
            (article_id, issue_id, position, count)
            for article_id, issue_id, position, fields in store_research.article_bytes(
                db, ids, **store_kwargs(db, filters)
            )
            if (count := counter.count(fields))
        ]
    issues = store_research.issue_sources(db, {row[1] for row in found})
    found.sort(key=lambda row: (issues[row[1]][0] or _UNDATED, row[1], row[2]))
    index = LineIndex(
        matcher,
        width,
        [row[0] for row in found],
        [row[3] for row in found],
        [(issues[row[1]][2] or issues[row[1]][1], issues[row[1]][1]) for row in found],
    )
    return Concordance(query, index.view("date"), len(found), width, filters, fold_variants)


def line_loader(db: Database) -> Callable[[list[int]], list[tuple[Any, ...]]]:
    """What a ``LineIndex`` reads its articles with, on ``db`` (the thread that shows the lines)."""
    return lambda ids: list(store_research.articles_with_text(db, ids))


def materialize(db: Database, lines: LazyLines) -> list[Occurrence]:
    """Every line of ``lines`` in its order, read afresh on ``db`` (a worker's connection)."""
    with collector_paused():
        return lines.materialize(store_research.articles_with_text(db, lines.article_ids()))


def reorder(db: Database, result: Concordance, sort: Sort, descending: bool = False) -> Concordance:
    """``result`` in another order: a new view for date and source, every line cut for a context sort."""
    lines = result.occurrences
    if isinstance(lines, LazyLines) and sort in ("date", "source"):
        ordered: Sequence[Occurrence | None] = lines.line_index.view(sort, descending)
    else:
        if isinstance(lines, LazyLines):
            lines = materialize(db, lines.line_index.view("date"))
        ordered = sorted_lines([line for line in lines if line is not None], sort, descending)
    return Concordance(
        result.query, ordered, result.articles, result.width, result.filters, result.fold_variants
    )


def trend(
    db: Database,
    queries: Sequence[str],
    *,
    by: Granularity = "month",
    filters: Filters | None = None,
    fold_variants: bool = True,
) -> Trend:
    """Occurrences and articles of each query per period, with the characters published in each.

    Counted per issue while the articles stream past (period and publication are the
    issue's), then spread over periods: one dictionary update per article and query.
    """
    filters = filters or Filters()
    queries = list(dict.fromkeys(queries))
    matchers = [Matcher.for_query(query, fold_variants) for query in queries]
    for query, matcher in zip(queries, matchers, strict=True):
        if not matcher:
            raise ReaderError(f"nothing to look for in {query!r}")
    counters = [Matcher.for_query(query, fold_variants, binary=True) for query in queries]
    id_sets = [candidate_ids(db, query, fold_variants) for query in queries]
    union = set().union(*id_sets)
    published: dict[int, int] = {}  # issue → characters
    # per query, issue → [occurrences, articles, first position, its article, last position, its article]
    found: list[dict[int, list[int]]] = [{} for _query in queries]
    with collector_paused():
        for article_id, issue_id, position, chars, fields in store_research.articles_for_trend(
            db, union, **store_kwargs(db, filters)
        ):
            published[issue_id] = published.get(issue_id, 0) + chars
            if fields is None:
                continue
            for number, ids in enumerate(id_sets):
                if article_id in ids and (occurrences := counters[number].count_joined(fields)):
                    slot = found[number].get(issue_id)
                    if slot is None:
                        found[number][issue_id] = [occurrences, 1, position, article_id, position, article_id]
                        continue
                    slot[0] += occurrences
                    slot[1] += 1
                    if position < slot[2]:
                        slot[2], slot[3] = position, article_id
                    elif position > slot[4]:
                        slot[4], slot[5] = position, article_id
    return _trend_result(db, TrendBuilder(queries, matchers, by), published, found)


def _trend_result(
    db: Database, builder: TrendBuilder, published: dict[int, int], found: list[dict[int, list[int]]]
) -> Trend:
    """Issue-level counts spread over periods and publications; each query's first and last article."""
    issues = store_research.issue_sources(db, published)
    periods: dict[str | None, str] = {}
    for issue_id, (issue_date, _file, publication) in issues.items():
        if issue_date not in periods:
            periods[issue_date] = period_of(issue_date, builder.by)
        builder.published(periods[issue_date], publication or "", published[issue_id])
    ends: dict[int, list[int]] = {}  # article → the queries it is the first or last appearance of
    for number, per_issue in enumerate(found):
        dated = []
        for issue_id, (occurrences, articles, first, first_id, last, last_id) in per_issue.items():
            issue_date, _file, publication = issues[issue_id]
            builder.add(number, periods[issue_date], publication or "", occurrences, articles)
            if issue_date is not None:
                dated += [((issue_date, issue_id, first), first_id), ((issue_date, issue_id, last), last_id)]
        for _key, article_id in {min(dated), max(dated)} if dated else ():
            ends.setdefault(article_id, []).append(number)
    for row in store_research.articles_with_text(db, ends):
        for number in ends[row[0]]:
            builder.appears(number, article_info(row))
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
