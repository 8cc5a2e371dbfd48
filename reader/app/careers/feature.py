"""Wires the ledger and the reprint views into the main window, so the window carries one line for them.

* a 职务 Posts tab (posts × years), loaded on the query thread when first shown and after imports;
* the person page's career timeline (``EntityDetail`` loads it on the query thread);
* the "also in" bar above the reading pane, filled on the query thread after each article renders;
* the side-by-side diff of two versions, and the People tab's "count reprints once" toggle.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QCheckBox

from reader.app.boxes import box_layout
from reader.app.careers.table import PostsPanel, load_table
from reader.app.i18n import translate
from reader.app.reading.diff_view import DiffDialog
from reader.app.reading.reprints import AlsoInBar, reprint_info

if TYPE_CHECKING:
    from reader.app.window import MainWindow


def _version(db: Any, article_id: int) -> dict[str, Any]:
    from reader.store.articles import get_article

    article = get_article(db, article_id)
    where = " ".join(
        p for p in (article.get("publication") or article.get("issue_title"), article.get("issue_date")) if p
    )
    return {"title": article["title"], "text": article["text"], "where": where}


def tab() -> tuple[str, str, str]:
    """The Posts tab's icon, label and tooltip: the window shows them before the feature is built."""
    return (
        "mdi6.timeline-text-outline",
        translate("CareersFeature", "Posts"),
        translate("CareersFeature", "Posts × years"),
    )


class CareersFeature:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.posts = PostsPanel()
        self.posts.person_activated.connect(lambda name: window.show_entity("person", name))
        window.sidebar.fill("posts", self.posts)  # the tab the window reserved (``tab()``)
        window.tabs.currentChanged.connect(self._tab_changed)
        self.also_in = AlsoInBar()
        reading = window.legend.parentWidget().layout()  # the reading column: legend, then the pane
        reading.insertWidget(reading.indexOf(window.legend) + 1, self.also_in)
        self.also_in.article_activated.connect(window.open_article)
        self.also_in.compare_requested.connect(self.compare)
        window.pane.rendered.connect(self._article_shown)
        window.importer.reprints_indexed.connect(lambda _count: self._article_shown())  # it may have some now
        window.detail.background = window.background
        window.detail.timeline.article_activated.connect(window.open_article)
        self.reprints_once = QCheckBox(translate("CareersFeature", "Count reprints once"))
        self.reprints_once.setToolTip(
            translate("CareersFeature", "A story printed several times counts as one article")
        )
        self.reprints_once.toggled.connect(window.entity_model.set_collapse_reprints)
        people = box_layout(window.entity_view.parentWidget())
        people.insertWidget(people.indexOf(window.entity_view), self.reprints_once)
        self.dialog: DiffDialog | None = None
        if window.pane.view.article is not None:  # shown before this feature was built (a restored session)
            self._article_shown()

    def _tab_changed(self, index: int) -> None:
        if self.window.tabs.widget(index) is self.posts:  # imports and merges change it: read it afresh
            self.refresh_posts()

    def refresh_posts(self) -> None:
        self.posts.status.setText(translate("CareersFeature", "Loading…"))
        self.window.background.ask("posts", load_table, self.posts.show_people)

    def _article_shown(self) -> None:
        # the pane's own article: ``rendered`` may come before the window records ``current_id``
        article = self.window.pane.view.article
        if article is None:
            self.also_in.show_info(None)
            return
        article_id = article["id"]
        self.also_in.show_info(None)  # never the previous article's versions while this one's load
        self.window.background.ask("reprints", lambda db: reprint_info(db, article_id), self._reprints_loaded)

    def _reprints_loaded(self, info: dict[str, Any]) -> None:
        article = self.window.pane.view.article
        if article is not None and info["article_id"] == article["id"]:
            self.also_in.show_info(info)

    def compare(self, article_id: int, other_id: int) -> None:
        self.window.background.ask(
            "compare", lambda db: (_version(db, article_id), _version(db, other_id)), self._show_diff
        )

    def _show_diff(self, versions: tuple[dict[str, Any], dict[str, Any]]) -> None:
        self.dialog = DiffDialog(*versions, parent=self.window)
        self.dialog.show()
