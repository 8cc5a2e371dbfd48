"""Search results as a lazily paged list model over ``reader.store.search``.

A new search is a count that stops at ``COUNT_LIMIT`` ("10,000+") and the first
page; further pages are fetched ``PAGE`` at a time as the view scrolls, each
starting after the last hit's key (keyset paging: page 1,000 costs what page 1
does), on the background reader when the window gave the model one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from sqlite_utils import Database

from reader.app.lazy import FetchGuard
from reader.app.plain_text import plain
from reader.app.roles import ARTICLE_ID_ROLE, NO_PARENT
from reader.store import search as store_search

Index = QModelIndex | QPersistentModelIndex
PAGE = 50
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 21  # (snippet, hit spans in it, the colour hits are marked with)


@dataclass
class Query:
    text: str = ""
    date_from: str | None = None
    date_to: str | None = None
    section: str | None = None
    article_ids: list[int] | None = None  # only these articles (the tag filter's)
    collapse_reprints: bool = False  # count a reprint cluster once
    sort: store_search.Sort = "relevance"
    variants: bool = True  # simplified/traditional folding

    def kwargs(self) -> dict[str, Any]:
        return {
            "date_from": self.date_from,
            "date_to": self.date_to,
            "section": self.section,
            "article_ids": self.article_ids,
            "variants": self.variants,
            "collapse_reprints": self.collapse_reprints,
        }


COUNT_LIMIT = store_search.COUNT_LIMIT
QUICK_COUNT = store_search.RANK_PROBE
"""The first answer counts this far ("500+"); ``full_count`` goes on to ``COUNT_LIMIT`` afterwards,
so a phrase with 10,000 matches lists its first page before its matches are counted."""


def first_page(db: Database, query: Query) -> tuple[int, list[store_search.SearchHit]]:
    """A count up to ``QUICK_COUNT`` (``QUICK_COUNT + 1``: more) and the first ``PAGE`` hits.

    What a new search shows first, from one pass over the index; safe on any thread's connection.
    """
    if not query.text.strip():
        return 0, []
    return store_search.first_page(
        db, query.text, limit=PAGE, at_most=QUICK_COUNT, sort=query.sort, **query.kwargs()
    )


WARM_QUERY = "發展"  # traditional: builds the variant-folding table as well as reading the index


def warm_up(db: Database) -> int:
    """Run one real search on ``db``'s connection so the user's first one doesn't pay the one-time costs.

    Measured at 500,000 articles: the first search of a process costs ≈ 25 ms more CPU than the
    same search after it, nearly all of it building the simplified/traditional folding table from
    OpenCC's files (pure Python, holding the interpreter lock) — not the library's pages, which a
    fresh connection reads as fast as a warm one.  Returns the count, so the work can't be skipped.
    """
    total, _hits = first_page(db, Query(text=WARM_QUERY))
    return total


def full_count(db: Database, query: Query) -> int:
    """The count up to ``COUNT_LIMIT`` (``COUNT_LIMIT + 1``: more), for a first answer that stopped early."""
    return store_search.count(db, query.text, at_most=COUNT_LIMIT, **query.kwargs())


def next_page(db: Database, query: Query, after: tuple[int, int] | None) -> list[store_search.SearchHit]:
    """The ``PAGE`` hits after the key ``after`` (None: from the start)."""
    return store_search.search(db, query.text, limit=PAGE, after=after, sort=query.sort, **query.kwargs())


def count_label(total: int, limit: int = COUNT_LIMIT) -> str:
    """``"1,234"``, or ``"10,000+"`` for a count that stopped early at ``limit``."""
    return f"{limit:,}+" if total > limit else f"{total:,}"


class SearchResultsModel(FetchGuard, QAbstractListModel):
    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self._db = db
        self.query = Query()
        self.total = 0
        self._hits: list[store_search.SearchHit] = []
        self._done = False  # the last page came back short: nothing more to fetch
        self._loading = False  # a page is being read on the background reader
        self.hit_colour = "#ffe066"
        self.background: Any = None  # a ``QueryThread``: pages are read there, not on the GUI thread

    def run(self, query: Query) -> int:
        """Start a new search on this thread; returns the number of matching articles (up to 10,000+)."""
        total, hits = first_page(self._db, query)
        if total > QUICK_COUNT:
            total = full_count(self._db, query)
        return self.show(query, total, hits)

    def show(self, query: Query, total: int, hits: list[store_search.SearchHit]) -> int:
        """Show a search computed elsewhere (``first_page`` on the background reader)."""
        self.beginResetModel()
        if self.background is not None:
            self.background.cancel("search-page")
        self.query = query
        self.total = total
        self._hits = hits
        self._done = len(hits) < PAGE
        self._loading = False
        with self.quiet():
            self.endResetModel()
        return self.total

    def hit(self, row: int) -> store_search.SearchHit:
        return self._hits[row]

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._hits)

    @property
    def loading(self) -> bool:
        return self._loading

    def canFetchMore(self, parent: Index) -> bool:
        return (
            self.may_fetch()
            and not parent.isValid()
            and not self._done
            and not self._loading
            and bool(self._hits)
        )

    def fetchMore(self, parent: Index) -> None:
        if not self.canFetchMore(parent):
            return
        query, after = self.query, self._hits[-1].key
        if self.background is None:
            self._append(query, next_page(self._db, query, after))
            return
        self._loading = True
        self.background.ask(
            "search-page", lambda db: next_page(db, query, after), lambda more: self._append(query, more)
        )

    def _append(self, query: Query, more: list[store_search.SearchHit]) -> None:
        if query is not self.query:  # a newer search replaced the one this page belongs to
            return
        self._loading = False
        if len(more) < PAGE:
            self._done = True
        if not more:
            return
        with self.quiet():
            self.beginInsertRows(QModelIndex(), len(self._hits), len(self._hits) + len(more) - 1)
            self._hits.extend(more)
            self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain(hit.snippet)
        if role == ARTICLE_ID_ROLE:
            return hit.article_id
        if role == SNIPPET_ROLE:
            return hit.snippet, tuple(hit.snippet_hits), self.hit_colour
        return None
