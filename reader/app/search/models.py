"""Search results as a lazily paged list model over ``reader.store.search``.

The count comes first (one query), then hits are fetched ``PAGE`` at a time as
the view scrolls, so a query matching thousands of articles costs one page.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from sqlite_utils import Database

from reader.app.lazy import FetchGuard
from reader.store import search as store_search

NO_PARENT = QModelIndex()  # shared default for "parent" arguments (ruff B008)
Index = QModelIndex | QPersistentModelIndex
PAGE = 50
ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SNIPPET_HTML_ROLE = Qt.ItemDataRole.UserRole + 20


@dataclass
class Query:
    text: str = ""
    date_from: str | None = None
    date_to: str | None = None
    section: str | None = None
    article_ids: list[int] | None = None  # restrict to one entity's articles
    collapse_reprints: bool = False  # count a reprint cluster once
    filters: dict[str, Any] = field(default_factory=dict)

    def kwargs(self) -> dict[str, Any]:
        return {
            "date_from": self.date_from,
            "date_to": self.date_to,
            "section": self.section,
            "article_ids": self.article_ids,
            "collapse_reprints": self.collapse_reprints,
        }


def snippet_html(snippet: str, spans: list[tuple[int, int]], colour: str) -> str:
    """The snippet escaped piece by piece, hits wrapped in a coloured bold span."""
    out, last = [], 0
    for start, end in sorted(spans):
        if start < last:
            start = last
        if end <= start:
            continue
        out.append(html.escape(snippet[last:start]))
        piece = html.escape(snippet[start:end])
        out.append(f'<span style="background-color:{colour}; font-weight:bold">{piece}</span>')
        last = end
    out.append(html.escape(snippet[last:]))
    return "".join(out)


def first_page(db: Database, query: Query) -> tuple[int, list[store_search.SearchHit]]:
    """The count and the first ``PAGE`` hits: what a new search shows (safe on any thread's connection)."""
    total = store_search.count(db, query.text, **query.kwargs()) if query.text.strip() else 0
    hits = store_search.search(db, query.text, limit=PAGE, offset=0, **query.kwargs()) if total else []
    return total, hits


class SearchResultsModel(FetchGuard, QAbstractListModel):
    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self._db = db
        self.query = Query()
        self.total = 0
        self._hits: list[store_search.SearchHit] = []
        self.hit_colour = "#ffe066"

    def run(self, query: Query) -> int:
        """Start a new search on this thread; returns the number of matching articles."""
        total, hits = first_page(self._db, query)
        return self.show(query, total, hits)

    def show(self, query: Query, total: int, hits: list[store_search.SearchHit]) -> int:
        """Show a search computed elsewhere (``first_page`` on the background reader)."""
        self.beginResetModel()
        self.query = query
        self.total = total
        self._hits = hits
        with self.quiet():
            self.endResetModel()
        return self.total

    def _page(self, offset: int) -> list[store_search.SearchHit]:
        return store_search.search(
            self._db, self.query.text, limit=PAGE, offset=offset, **self.query.kwargs()
        )

    def hit(self, row: int) -> store_search.SearchHit:
        return self._hits[row]

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._hits)

    def canFetchMore(self, parent: Index) -> bool:
        return self.may_fetch() and not parent.isValid() and len(self._hits) < self.total

    def fetchMore(self, parent: Index) -> None:
        if not self.canFetchMore(parent):
            return
        more = self._page(len(self._hits))
        if not more:
            self.total = len(self._hits)
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
            return hit.snippet
        if role == ARTICLE_ID_ROLE:
            return hit.article_id
        if role == SNIPPET_HTML_ROLE:
            return snippet_html(hit.snippet, hit.snippet_hits, self.hit_colour)
        return None
