"""Where the reader is: the open article or entity page, reading order, back and forward.

The navigator owns ``current_id`` and the history (``reader.app.history``).  It gets the parts it
moves between (the reading pane, the central stack with the entity page, the sidebar's tree and
People list) and a narrow ``Frame`` for the window's title and status line, never the window, so
the window stays a shell that wires parts together.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QModelIndex, QObject
from PySide6.QtWidgets import QStackedWidget
from sqlite_utils import Database

from reader.app import undo
from reader.app.history import ArticlePlace, EntityPlace, History
from reader.app.i18n import translate
from reader.app.library_state import LibraryState
from reader.app.people.detail import EntityDetail
from reader.app.reading.pane import ReadingPane
from reader.app.sidebar.panel import Sidebar
from reader.app.theme import Palette
from reader.app.workers import LibraryWorker
from reader.errors import NotFoundError
from reader.mentions import FIELDS
from reader.store import articles as store_articles
from reader.store import entities as store_entities
from reader.store import search as store_search

HIT_FIELDS = FIELDS  # search hits are marked in every field the pane shows


class Frame(Protocol):
    """What the navigator needs from the window around it: a title and a status line."""

    def setWindowTitle(self, title: str) -> None: ...
    def show_status(self, message: str, timeout: int = 0) -> None: ...


class Navigator(QObject):
    def __init__(
        self,
        db: Database,
        pane: ReadingPane,
        centre: QStackedWidget,
        detail: EntityDetail,
        sidebar: Sidebar,
        state: LibraryState,
        worker: LibraryWorker,
        frame: Frame,
        palette: Callable[[], Palette],
    ) -> None:
        super().__init__(sidebar)
        self.db, self.pane, self.centre, self.detail, self.sidebar = db, pane, centre, detail, sidebar
        self.state, self.worker, self.frame, self.palette = state, worker, frame, palette
        # how a reply from the reader thread is handled: at once, or (the window's staged start,
        # ``Stages.own_turn``) on a turn of its own while the window is still being built
        self.own_turn: Callable[[str, Callable[[], None]], None] = lambda _name, work: work()
        self.history = History()
        self.current_id: int | None = None
        sidebar.article_chosen.connect(self._tree_chosen)
        sidebar.article_activated.connect(
            lambda article_id, query: self.open_article(article_id, query=query)
        )
        sidebar.entity_chosen.connect(self.show_entity)
        detail.article_activated.connect(self.open_article)

    def update_title(self) -> None:
        """The open article's title; Qt adds the application's name (“— Bulletin Reader”)."""
        article = self.pane.view.article
        reading = self.centre.currentIndex() == 0
        self.frame.setWindowTitle(article["title"] if article is not None and reading else "")

    def open_article(self, article_id: int, *, query: str | None = None, record: bool = True) -> None:
        article = store_articles.get_article(self.db, article_id)
        mentions = store_entities.list_mentions(self.db, article_id)
        hits = {}
        if query:
            variants = self.sidebar.search.model.query.variants
            hits = {
                f: store_search.hit_spans(article.get(f) or "", query, variants=variants) for f in HIT_FIELDS
            }
        self.pane.show_article(article, mentions, hits)
        self.centre.setCurrentIndex(0)
        self.current_id = article_id
        self.update_title()
        if record:
            self.history.visit(ArticlePlace(article_id))
        self._select_in_tree(article_id, article["issue_id"])
        if article.get("read_at") is None:
            self._set_read(article_id, True)
        self.state.remember(article_id)

    def _select_in_tree(self, article_id: int, issue_id: int) -> None:
        """Select the article's row: at once when the tree has read it, else when the reader thread
        has read the rows on the way to it (the newest request wins)."""
        background = self.sidebar.background

        def arrived(rows: Any, on_done: Callable[[Any], None]) -> None:
            self.sidebar.put_rows(lambda: on_done(rows))  # laid out now, painted on the next turn

        def ask(query: Callable[[Database], Any], on_done: Callable[[Any], None]) -> None:
            background.ask(
                "tree", query, lambda rows: self.own_turn("tree rows", lambda: arrived(rows, on_done))
            )

        asking = True  # False once ``reveal`` returned: a later ``show`` comes after the reader's reply

        def show(found: QModelIndex) -> None:
            if asking:  # the row was in the tree already
                self._show_in_tree(found, article_id)
            else:  # the scroll to the rows that came in, and its paint: a turn of its own too
                self.own_turn("tree scroll", lambda: self._show_in_tree(found, article_id))

        self.sidebar.tree_model.reveal(article_id, issue_id, ask, show)
        asking = False

    def _show_in_tree(self, index: QModelIndex, article_id: int) -> None:
        if index.isValid() and article_id == self.current_id:
            self.sidebar.show_in_tree(index)

    def _tree_chosen(self, article_id: int) -> None:
        if article_id != self.current_id:
            self.open_article(article_id)

    def chosen_issue(self) -> int | None:
        """The issue of the tree's current row, else of the open article (what "Remove Issue…" acts on)."""
        issue_id = self.sidebar.chosen_issue()
        if issue_id is not None:
            return issue_id
        article = self.pane.view.article
        return int(article["issue_id"]) if article is not None else None

    def _set_read(self, article_id: int, read: bool) -> None:
        self.sidebar.tree_model.set_read(article_id, read)
        self.worker.submit(lambda db: store_articles.set_read(db, article_id, read))

    def toggle_read(self, stack: undo.UndoHistory, runner: undo.Runner) -> None:
        """M: one undo step (Ctrl+Z right after must take back this, not an older highlight)."""
        if self.current_id is None:
            return
        article_id = self.current_id
        read = store_articles.get_article(self.db, article_id).get("read_at") is None
        tree_model = self.sidebar.tree_model
        stack.submit(undo.SetRead(runner, article_id, read, lambda on: tree_model.set_read(article_id, on)))
        marked = translate("MainWindow", "Marked read") if read else translate("MainWindow", "Marked unread")
        self.frame.show_status(marked, 3000)

    def step(self, direction: int) -> None:
        """Next or previous article in reading order, crossing into the neighbouring issue."""
        if self.current_id is None:
            first = self.sidebar.tree_model.first_article()
            if first is not None:
                self.open_article(first)
            return
        article = store_articles.get_article(self.db, self.current_id)
        rows = store_articles.article_summaries(self.db, issue_id=article["issue_id"])
        ids = [row["id"] for row in rows]
        position = ids.index(self.current_id) + direction
        if 0 <= position < len(ids):
            self.open_article(ids[position])
            return
        neighbour = self.sidebar.tree_model.neighbour_issue(article["issue_id"], direction)
        if neighbour is not None:
            rows = store_articles.article_summaries(self.db, issue_id=neighbour)
            self.open_article(rows[0 if direction > 0 else -1]["id"])

    def go(self, step: int) -> None:
        """Back (−1) or forward (+1) through the articles and entity pages visited."""
        place = self.history.go(step)
        if isinstance(place, ArticlePlace):
            try:
                self.open_article(place.article_id, record=False)
            except NotFoundError:  # its issue was removed meanwhile: skip it
                self.history.forget_article(place.article_id)
                self.go(step)
        elif isinstance(place, EntityPlace):
            self.show_entity(place.kind, place.text, record=False)

    def go_back(self) -> None:
        self.go(-1)

    def go_forward(self) -> None:
        self.go(1)

    def show_entity(self, kind: str, text: str, *, record: bool = True) -> None:
        """Open an entity's page, and select it in the People tab's list."""
        if record:
            if self.current_id is not None and self.centre.currentIndex() == 0:
                self.history.visit(ArticlePlace(self.current_id))
            self.history.visit(EntityPlace(kind, text))
        self.sidebar.select_entity(kind, text)
        self.detail.show_entity(kind, text, self.palette())
        self.centre.setCurrentWidget(self.detail)
        self.frame.setWindowTitle(text)

    def refresh_mentions(self) -> None:
        """The open article's mentions changed (tagging, a correction): repaint it where the reader is."""
        if self.current_id is None:
            return
        article = self.pane.view.article
        self.pane.view.mentions = store_entities.list_mentions(self.db, self.current_id)
        self.pane.view.article = article
        self.pane.rerender(keep_scroll=True)

    def reselect(self) -> None:
        """After the library changed: the open article stays selected in the tree, or closes if removed."""
        if self.current_id is None:
            return
        try:
            issue_id = store_articles.get_article(self.db, self.current_id)["issue_id"]
        except NotFoundError:
            self.history.forget_article(self.current_id)
            self.current_id = None
            self.pane.show_article(None, [])
            self.update_title()
            return
        self._select_in_tree(self.current_id, issue_id)
