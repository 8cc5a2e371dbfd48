"""The library tree as a lazy Qt model: publication → (year →) issue → section → article.

Only publications and issues are read when the model resets (one short
query over the issues table, counts included: the store keeps each issue's
article count); an issue's sections and articles are read the first time the
view expands it (``canFetchMore``/``fetchMore``), so a library of 500,000
articles opens without touching the article table.  A publication reveals its
issues ``ISSUE_PAGE`` at a time, and only revealed issues become nodes, so
20,000 issues cost one page of nodes.  A publication whose dated issues span more than one year
shows year nodes instead (newest first, undated issues last under "No date"), each with its
article count like every node (its issues in the tooltip) from one grouped query; a year reveals
its issues like a publication, a page at a time, once expanded.
A title filter swaps in a tree of matching articles only, found by one
indexed query.  Article rows carry their tags' colours as dots (decoration).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFont, QIcon
from sqlite_utils import Database

from reader.app import icons
from reader.app.i18n import QT_TRANSLATE_NOOP
from reader.app.lazy import FetchGuard
from reader.app.plain_text import plain
from reader.app.roles import ARTICLE_ID_ROLE, NO_PARENT
from reader.app.sidebar.dots import tag_dots_icon
from reader.store import articles as store_articles
from reader.store import issues as store_issues
from reader.store import tags as store_tags

Index = QModelIndex | QPersistentModelIndex
Ask = Callable[[Callable[[Database], Any], Callable[[Any], None]], None]  # run a read off this thread
NODE_KIND_ROLE = Qt.ItemDataRole.UserRole + 2
ISSUE_ID_ROLE = Qt.ItemDataRole.UserRole + 3
TAG_COLORS_ROLE = Qt.ItemDataRole.UserRole + 4  # list of "#rrggbb", one per tag of the article
ISSUE_PAGE = 100  # issues revealed per fetchMore under a publication
NO_PUBLICATION = QT_TRANSLATE_NOOP("LibraryTreeModel", "Other sources")
NO_DATE = QT_TRANSLATE_NOOP("LibraryTreeModel", "No date")
ICON_SIZE = QSize(16, 16)

ICONS = {
    "publication": "mdi6.bookshelf",
    "year": "mdi6.calendar-blank-outline",
    "issue": "mdi6.newspaper-variant-outline",
    "section": "mdi6.folder-outline",
    "article": "mdi6.file-document-outline",
}


@dataclass(eq=False)
class Node:
    kind: str  # publication | year | issue | section | article
    ident: int | str
    label: str
    parent: Node | None = None
    count: int = 0  # articles, as every node's label shows
    issue_id: int | None = None
    read: bool = True
    children: list[Node] | None = None  # None: not fetched yet
    row: int = 0
    tags: list[tuple[str, str]] = field(default_factory=list)  # (name, colour) of an article's tags
    more: int = 0  # a publication's or year's issues not read yet (they come ISSUE_PAGE at a time)
    key: str = ""  # a publication's or year's publication name as stored ("" for none)
    issues: int = 0  # a year's issues (its tooltip)
    made: QModelIndex | None = field(default=None, repr=False, compare=False)  # the model's index of it

    def adopt(self, children: list[Node]) -> None:
        for row, child in enumerate(children):
            child.parent, child.row, child.made = self, row, None
        self.children = children

    def append(self, more: list[Node]) -> None:
        start = len(self.children or [])
        for row, child in enumerate(more, start):
            child.parent, child.row, child.made = self, row, None
        self.children = (self.children or []) + more


@dataclass
class _Icons:
    cache: dict[str, Any] = field(default_factory=dict)

    def get(self, kind: str) -> Any:
        """A pixmap copy of the qtawesome icon: qtawesome draws its glyph from a font on every paint,
        which for a screenful of rows cost ~10 ms per repaint of the tree.  A blank while the window's
        icons are deferred (``icons.defer``): the first frame does not load the font."""
        if icons.deferred():
            return icons.blank()
        if kind not in self.cache:
            glyph = icons.icon(ICONS[kind])
            flat = QIcon()
            for mode in (QIcon.Mode.Normal, QIcon.Mode.Selected):
                flat.addPixmap(glyph.pixmap(ICON_SIZE, mode), mode)
            self.cache[kind] = flat
        return self.cache[kind]


def _issue_label(issue: dict[str, Any]) -> str:
    name = issue.get("title") or issue.get("source_file") or f"#{issue['id']}"
    return f"{issue['issue_date']}  {name}" if issue.get("issue_date") else name


def _issue_node(issue: dict[str, Any]) -> Node:
    return Node("issue", issue["id"], _issue_label(issue), count=issue["article_count"], issue_id=issue["id"])


def _article_node(row: dict[str, Any]) -> Node:
    title = row.get("title") or QCoreApplication.translate("LibraryTreeModel", "(untitled)")
    return Node("article", row["id"], title, issue_id=row["issue_id"], read=row.get("read_at") is not None)


def filter_matches(db: Database, text: str) -> list[dict[str, Any]]:
    """The article rows a title filter shows (the slow part: a scan of every title)."""
    return store_articles.summaries_with_title(db, text.strip()) if text.strip() else []


@dataclass
class ChildRows:
    """An issue's sections and unsectioned articles, or a section's articles, with the articles'
    tag colours: read on any thread (``read_children``), made into nodes on the GUI thread."""

    sections: list[dict[str, Any]]
    articles: list[dict[str, Any]]
    tags: dict[int, list[tuple[str, str]]]


def read_children(db: Database, issue_id: int, section_id: int | None = None) -> ChildRows:
    """An issue's rows (``section_id`` None) or one section's."""
    if section_id is None:
        sections = [row for row in store_issues.list_sections(db, issue_id) if row["article_count"]]
        articles = store_articles.article_summaries(db, issue_id=issue_id, unsectioned=True)
    else:
        sections = []
        articles = store_articles.article_summaries(db, issue_id=issue_id, section_id=section_id)
    tags = store_tags.article_tag_colors(db, [row["id"] for row in articles])
    return ChildRows(sections, articles, dict(tags))


@dataclass
class PublicationRows:
    """One publication with its stored counts and its first page of issues (``read_publications``)."""

    key: str  # as stored ("" for none)
    issues: int
    articles: int
    first_page: list[dict[str, Any]]  # empty when the issues go under years
    years: list[tuple[str, int, int]] = field(default_factory=list)  # (year or "", issues, articles)


def by_year(years: list[tuple[str, int, int]]) -> bool:
    """Issues go under year nodes when the dated ones fall in more than one year."""
    return sum(1 for year, _issues, _articles in years if year) > 1


def read_publications(db: Database) -> list[PublicationRows]:
    """What the unfiltered tree shows when it resets: read on any thread (≈ 30 ms at 500k articles,
    four publications, so off the GUI thread at start-up).  A publication of several years gets its
    year counts and no issue page."""
    years: dict[str, list[tuple[str, int, int]]] = {}
    for key, year, issues, articles in store_issues.year_groups(db):
        years.setdefault(key, []).append((year, issues, articles))
    rows = []
    for key, issues, articles in store_issues.publications(db):
        grouped = years.get(key, []) if by_year(years.get(key, [])) else []
        page = [] if grouped else store_issues.issue_page(db, key, offset=0, limit=ISSUE_PAGE)
        rows.append(PublicationRows(key, issues, articles or 0, page, grouped))
    return rows


def _year_under(publication: Node, year: str) -> Node | None:
    """The publication's year node for ``year`` ("" : its undated issues), if it has one."""
    return next((n for n in publication.children or [] if n.kind == "year" and n.ident == year), None)


@dataclass
class TreePath:
    """What the tree lacks to show one article, read off the GUI thread by ``read_path``."""

    article_id: int
    publication: str  # its issue's publication as stored ("" for none)
    year: str | None  # the year node its issue goes under ("" undated), None when the publication has none
    first: int  # the publication's (or year's) row the first of ``issues`` goes to
    # the publication's issues from ``first`` through the article's, made into nodes off the GUI thread
    issues: list[Node]
    issue_id: int
    issue_rows: ChildRows
    section_id: int | None
    section_rows: ChildRows | None


def _issue_rows(
    db: Database, publication: str, year: str | None, *, offset: int, limit: int
) -> list[dict[str, Any]]:
    """A page of a publication's issues, or of one year's of them (``year`` not None)."""
    if year is None:
        return store_issues.issue_page(db, publication, offset=offset, limit=limit)
    return store_issues.year_page(db, publication, year, offset=offset, limit=limit)


Loaded = dict[tuple[str, str | None], int]  # issues shown per (publication, year or None)


def read_path(db: Database, article_id: int, issue_id: int, loaded: Loaded) -> TreePath | None:
    """The rows on the way down to an article that the tree has not read (``loaded``: how many
    issues each publication, or each year of one, shows now).  None when the issue or article is gone."""
    publication = store_issues.publication_of(db, issue_id)
    if publication is None:
        return None
    known = [year for name, year in loaded if name == publication]
    grouped = any(year is not None for year in known) if known else store_issues.spans_years(db, publication)
    year: str | None = None
    if grouped:
        year, position = store_issues.year_position(db, issue_id)
    else:
        position = store_issues.issue_position(db, issue_id)
    first = loaded.get((publication, year), 0)
    # nodes made here: an article 4,000 issues deep was 4,000 nodes made on the GUI thread
    rows = (
        _issue_rows(db, publication, year, offset=first, limit=position + 1 - first)
        if position >= first
        else []
    )
    issues = [_issue_node(row) for row in rows]
    summaries = store_articles.article_summaries(db, issue_id=issue_id)
    section_id = next((row["section_id"] for row in summaries if row["id"] == article_id), -1)
    if section_id == -1:
        return None
    issue_rows = read_children(db, issue_id)
    section_rows = read_children(db, issue_id, section_id) if section_id is not None else None
    return TreePath(
        article_id, publication, year, first, issues, issue_id, issue_rows, section_id, section_rows
    )


class LibraryTreeModel(FetchGuard, QAbstractItemModel):
    def __init__(self, db: Database, parent: Any = None, ask: Ask | None = None) -> None:
        """``ask`` (run a read off the GUI thread): the first publications and issues are read there,
        the tree is empty until they arrive; without it they are read now."""
        super().__init__(parent)
        self._db = db
        self._root = Node("root", 0, "")
        self._filter = ""
        self._icons = _Icons()
        self._articles: dict[int, list[Node]] = {}
        self._read_marks: dict[int, bool] = {}  # read/unread set in this session (``set_read``)
        self._issues: list[dict[str, Any]] | None = None
        self._generation = 0  # counts resets: rows read before one no longer fit the tree
        self._awaited: int | None = None  # the generation whose publications the reader thread reads
        # the row ``reveal`` put in last, for the view to unfold its way in the same turn (``take_revealed``)
        self.revealed: QPersistentModelIndex | None = None
        if ask is None:
            self.reload()
        else:
            self._read_later(ask)

    def _read_later(self, ask: Ask) -> None:
        """Start empty; the publications come from ``ask``.  A path read meanwhile still fits
        (``apply_path`` keeps only the issues past those shown), so the generation stays."""
        self._awaited = generation = self._generation

        def arrived(rows: list[PublicationRows]) -> None:
            if self._awaited == generation == self._generation:
                self._awaited = None
                self._reset_to(self._publication_nodes(rows))

        ask(read_publications, arrived)

    @property
    def reading(self) -> bool:
        """The first publications are still being read off the GUI thread."""
        return self._awaited is not None

    def _settle(self) -> None:
        """A caller needs the tree now (tests, scripts, a synchronous lookup): read what is awaited here."""
        if self._awaited is not None:
            self._awaited = None
            self._reset_to(self._publication_nodes(read_publications(self._db)))

    def _reset_to(self, publications: list[Node]) -> None:
        self.beginResetModel()
        self._articles.clear()
        self._root.adopt(publications)
        with self.quiet():
            self.endResetModel()

    # loading
    def issues(self) -> list[dict[str, Any]]:
        """Every issue (``store_issues.TREE_COLUMNS``), newest first: read on first use, then cached.

        Nothing in the window's own paths needs the whole list (the tree reads a page
        of issues at a time, navigation asks the store for the neighbour); 110 ms at
        20,000 issues, so never on start-up.
        """
        if self._issues is None:
            columns = store_issues.TREE_COLUMNS
            rows = store_issues.issue_tree_rows(self._db)
            self._issues = [dict(zip(columns, row, strict=True)) for row in rows]
        return self._issues

    def first_article(self) -> int | None:
        """Where a reader without history starts: the newest issue's first article."""
        return store_issues.first_article(self._db)

    def neighbour_issue(self, issue_id: int, direction: int) -> int | None:
        """The next (1) or previous (-1) issue with articles, in the tree's order across publications."""
        return store_issues.neighbour_issue(self._db, issue_id, direction)

    def reload(self, matches: list[dict[str, Any]] | None = None) -> None:
        """Re-read publications and issues (after an import or a deletion); collapses the tree."""
        self._issues = None
        self._awaited = None
        self._rebuild(matches)

    def _rebuild(self, matches: list[dict[str, Any]] | None) -> None:
        self.beginResetModel()
        self._generation += 1
        self._articles.clear()
        if self._filter:
            rows = matches if matches is not None else filter_matches(self._db, self._filter)
            self._root.adopt(self._filtered_tree(rows))
        else:
            self._root.adopt(self._publications())
        with self.quiet():
            self.endResetModel()

    def set_filter(self, text: str, matches: list[dict[str, Any]] | None = None) -> None:
        """Filter by title; ``matches`` is ``filter_matches(db, text)`` when computed off this thread."""
        self._awaited = None
        self._filter = text.strip()
        self._rebuild(matches)

    @property
    def filter_text(self) -> str:
        return self._filter

    def loaded_article_ids(self) -> set[int]:
        """The articles whose rows the tree has read so far: the tree reads an issue's articles
        only when it is expanded or an article in it is revealed."""
        return set(self._articles)

    def _publications(self) -> list[Node]:
        """Publications with their stored counts, and the first page of each one's issues."""
        return self._publication_nodes(read_publications(self._db))

    def _publication_nodes(self, rows: list[PublicationRows]) -> list[Node]:
        publications = []
        for row in rows:
            name = row.key or self.tr(NO_PUBLICATION)
            publication = Node("publication", name, name, count=row.articles, key=row.key)
            if row.years:
                publication.adopt([self._year_node(row.key, *year) for year in row.years])
            else:
                publication.adopt([_issue_node(issue) for issue in row.first_page])
                publication.more = row.issues - len(row.first_page)
            publications.append(publication)
        return publications

    def _year_node(self, key: str, year: str, issues: int, articles: int) -> Node:
        """A year of a publication (``year`` "" : its undated issues); its issues are read when expanded."""
        label = year or self.tr(NO_DATE)
        return Node("year", year, label, count=articles, key=key, issues=issues, more=issues)

    def _filtered_tree(self, rows: list[dict[str, Any]]) -> list[Node]:
        by_issue: dict[int, list[Node]] = {}
        nodes = [self._remember(_article_node(row)) for row in rows]
        self._load_tags(nodes)
        for node in nodes:
            by_issue.setdefault(int(node.issue_id or 0), []).append(node)
        groups: dict[str, list[Node]] = {}
        for issue in store_issues.issues_by_id(self._db, list(by_issue)):
            node = Node(
                "issue",
                issue["id"],
                _issue_label(issue),
                count=len(by_issue[issue["id"]]),
                issue_id=issue["id"],
            )
            node.adopt(by_issue[issue["id"]])
            groups.setdefault(issue.get("publication") or "", []).append(node)
        result = []
        for key, nodes in groups.items():
            name = key or self.tr(NO_PUBLICATION)
            publication = Node("publication", name, name, count=sum(n.count for n in nodes), key=key)
            publication.adopt(nodes)
            result.append(publication)
        return result

    def _remember(self, node: Node) -> Node:
        self._articles.setdefault(int(node.ident), []).append(node)
        if int(node.ident) in self._read_marks:  # rows read before the writer saved the mark
            node.read = self._read_marks[int(node.ident)]
        return node

    def _load_tags(self, nodes: list[Node]) -> None:
        ids = [int(n.ident) for n in nodes if n.kind == "article"]
        colours = store_tags.article_tag_colors(self._db, ids)
        for node in nodes:
            if node.kind == "article":
                node.tags = colours.get(int(node.ident), [])

    def _load_children(self, node: Node) -> list[Node]:
        if node.kind not in ("issue", "section"):
            return []
        issue_id = int(node.issue_id or 0)
        section_id = int(node.ident) if node.kind == "section" else None
        return self._make_children(issue_id, read_children(self._db, issue_id, section_id))

    def _make_children(self, issue_id: int, rows: ChildRows) -> list[Node]:
        children = [
            Node("section", row["id"], row["name"], count=row["article_count"], issue_id=issue_id)
            for row in rows.sections
        ]
        for row in rows.articles:
            article = self._remember(_article_node(row))
            article.tags = rows.tags.get(int(row["id"]), [])
            children.append(article)
        return children

    # Qt model API (``flags`` is Qt's own: enabled and selectable.  The view asks every laid-out
    # row for its flags on each layout; answered in Python, that was a third of laying out 4,000 rows.)
    def node(self, index: Index) -> Node:
        return index.internalPointer() if index.isValid() else self._root

    def index(self, row: int, column: int, parent: Index = NO_PARENT) -> QModelIndex:
        # Called for every laid-out row on each layout of the view (4,000 rows under an article deep
        # in its publication): kept to the fewest calls into Qt — an invalid parent's pointer is None,
        # and a node keeps the index made for it (``Node.adopt``/``append`` drop it with its row).
        children = (parent.internalPointer() or self._root).children
        if column != 0 or children is None or not 0 <= row < len(children):
            return QModelIndex()
        node = children[row]
        made = node.made
        if made is None:
            made = node.made = self.createIndex(row, 0, node)
        return made

    def parent(self, index: Index = NO_PARENT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        up = self.node(index).parent
        if up is None or up is self._root:
            return QModelIndex()
        return self.createIndex(up.row, 0, up)

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        if parent.column() > 0:
            return 0
        children = self.node(parent).children
        return len(children) if children is not None else 0

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 1

    def hasChildren(self, parent: Index = NO_PARENT) -> bool:
        # Asked for every laid-out row on each layout, like ``index``: no helper call.
        node = parent.internalPointer() or self._root
        children = node.children
        if children is None:
            if node.kind == "year":
                return node.issues > 0
            return node.count > 0 and node.kind in ("issue", "section")
        return bool(children)

    def canFetchMore(self, parent: Index) -> bool:
        if not self.may_fetch():
            return False
        node = self.node(parent)
        if node.kind in ("publication", "year"):
            return node.more > 0
        return node.children is None and node.kind in ("issue", "section")

    def fetchMore(self, parent: Index) -> None:
        if not self.may_fetch():
            return
        node = self.node(parent)
        if node.kind in ("publication", "year") and node.more > 0:
            offset = len(node.children or [])
            year = str(node.ident) if node.kind == "year" else None
            rows = _issue_rows(self._db, node.key, year, offset=offset, limit=ISSUE_PAGE)
            node.more = 0 if len(rows) < ISSUE_PAGE else node.more - len(rows)
            if not rows:
                return
            more = [_issue_node(row) for row in rows]
            start = len(node.children or [])
            with self.quiet():
                self.beginInsertRows(parent, start, start + len(more) - 1)
                node.append(more)
                self.endInsertRows()
            return
        if node.children is not None or node.kind not in ("issue", "section"):
            return
        children = self._load_children(node)
        if not children:
            node.children = []
            return
        with self.quiet():
            self.beginInsertRows(parent, 0, len(children) - 1)
            node.adopt(children)
            self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self.node(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return node.label if node.kind == "article" else f"{node.label}  ({node.count})"
        if role == Qt.ItemDataRole.ToolTipRole:
            if node.kind == "year":
                return self.tr("Issues: {issues}, articles: {articles}").format(
                    issues=f"{node.issues:,}", articles=f"{node.count:,}"
                )
            if node.tags:
                return plain(
                    f"{node.label}\n"
                    + self.tr("Tags:")
                    + " "
                    + ", ".join(name for name, _colour in node.tags)
                )
            return plain(node.label)
        if role == Qt.ItemDataRole.FontRole and node.kind == "article" and not node.read:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole:
            if node.tags:
                return self._dots([colour for _name, colour in node.tags])
            return self._icons.get(node.kind)
        if role == TAG_COLORS_ROLE:
            return [colour for _name, colour in node.tags] if node.kind == "article" else None
        if role == ARTICLE_ID_ROLE:
            return int(node.ident) if node.kind == "article" else None
        if role == NODE_KIND_ROLE:
            return node.kind
        if role == ISSUE_ID_ROLE:
            return node.issue_id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and section == 0:
            return "Library"
        return None

    def _dots(self, colours: list[str]) -> QIcon:
        key = "dots:" + ",".join(colours)
        if key not in self._icons.cache:
            self._icons.cache[key] = tag_dots_icon(colours)
        return self._icons.cache[key]  # type: ignore[no-any-return]

    # helpers for the window
    def refresh_tags(self) -> None:
        """Re-read the tag dots of every article row already loaded (after tagging or recolouring)."""
        nodes = [node for group in self._articles.values() for node in group]
        before = {id(node): list(node.tags) for node in nodes}
        self._load_tags(nodes)
        for node in nodes:
            if node.tags != before[id(node)]:
                index = self.createIndex(node.row, 0, node)
                roles = [Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole, TAG_COLORS_ROLE]
                self.dataChanged.emit(index, index, roles)

    def set_read(self, article_id: int, read: bool) -> None:
        """Show the article read or unread; kept for its rows read later (the reader thread may read
        them before the writer has saved the mark: an article just opened must not show unread)."""
        self._read_marks[article_id] = read
        for node in self._articles.get(article_id, []):
            node.read = read
            index = self.createIndex(node.row, 0, node)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.FontRole])

    def index_for_article(self, article_id: int, issue_id: int) -> QModelIndex:
        """The article's index, reading what the tree lacks on this thread (tests and scripts; the
        window uses ``reveal``).  Invalid when the article is not in the tree (or not in the filter)."""
        self._settle()
        found = self._article_index(article_id)
        if found.isValid() or self._filter:
            return found
        path = read_path(self._db, article_id, issue_id, self._loaded())
        return self.apply_path(path) if path is not None else QModelIndex()

    def reveal(self, article_id: int, issue_id: int, ask: Ask, done: Callable[[QModelIndex], None]) -> None:
        """Call ``done`` with the article's index once the tree holds its row.

        A row already read is found at once; otherwise ``ask`` runs ``read_path`` off the GUI
        thread and its rows go in with one insertion per level (an issue 4,000 places down its
        publication used to take 40 page reads here, each followed by a layout of the whole view).
        Rows read before a reset of the tree are read again.
        """
        found = self._article_index(article_id)
        if found.isValid() or self._filter:
            done(found)
            return
        loaded, generation = self._loaded(), self._generation

        def arrived(path: TreePath | None) -> None:
            if generation != self._generation:
                self.reveal(article_id, issue_id, ask, done)
                return
            found = QPersistentModelIndex(self.apply_path(path) if path is not None else QModelIndex())
            self.revealed = found
            # the rows go in on this turn, the caller's scroll to them on the next: together they
            # were the longest turn of a window's start at 500k articles (layout, scroll, paint)
            QTimer.singleShot(0, self, lambda: done(QModelIndex(found)))

        ask(lambda db: read_path(db, article_id, issue_id, loaded), arrived)

    def apply_path(self, path: TreePath) -> QModelIndex:
        """Add the rows ``read_path`` read that the tree still lacks; the article's index (or invalid)."""
        publication = next(
            (p for p in self._root.children or [] if p.kind == "publication" and p.key == path.publication),
            None,
        )
        if publication is None or self._filter:
            return self._article_index(path.article_id)
        # the node the issues go under: the publication or one of its years
        holder = publication if path.year is None else _year_under(publication, path.year)
        if holder is None or (holder.kind == "year") != (path.year is not None):
            return self._article_index(path.article_id)  # read for a tree laid out otherwise
        shown = len(holder.children or [])
        fresh = path.issues[shown - path.first :] if shown >= path.first else []
        if fresh:
            with self.quiet():
                self.beginInsertRows(self.createIndex(holder.row, 0, holder), shown, shown + len(fresh) - 1)
                holder.append(fresh)
                holder.more = max(0, holder.more - len(fresh))
                self.endInsertRows()
        issue = next((n for n in holder.children or [] if n.ident == path.issue_id), None)
        if issue is not None:
            self._adopt(issue, path.issue_rows)
            section = next(
                (n for n in issue.children or [] if n.kind == "section" and n.ident == path.section_id), None
            )
            if section is not None and path.section_rows is not None:
                self._adopt(section, path.section_rows)
        return self._article_index(path.article_id)

    def _adopt(self, node: Node, rows: ChildRows) -> None:
        """Give a node its children from rows read elsewhere, unless it has them already."""
        if node.children is not None:
            return
        children = self._make_children(int(node.issue_id or 0), rows)
        if not children:
            node.children = []
            return
        with self.quiet():
            self.beginInsertRows(self.createIndex(node.row, 0, node), 0, len(children) - 1)
            node.adopt(children)
            self.endInsertRows()

    def take_revealed(self) -> QModelIndex:
        """The row ``reveal`` put in last (invalid if none, or gone since), forgotten once taken."""
        found, self.revealed = self.revealed, None
        return QModelIndex(found) if found is not None else QModelIndex()

    def year_of(self, index: Index) -> tuple[str, str]:
        """A year row's (publication as stored, year or "" for "No date")."""
        node = self.node(index)
        return node.key, str(node.ident)

    def year_index(self, publication: str, year: str) -> QModelIndex:
        """The row of a publication's year ("" : its undated issues); invalid when the tree has none."""
        for top in self._root.children or []:
            if top.kind == "publication" and top.key == publication:
                node = _year_under(top, year)
                if node is not None:
                    return self.createIndex(node.row, 0, node)
        return QModelIndex()

    def _article_index(self, article_id: int) -> QModelIndex:
        for node in self._articles.get(article_id, []):
            return self.createIndex(node.row, 0, node)
        return QModelIndex()

    def _loaded(self) -> Loaded:
        """How many issues each publication, or each year of one, shows now."""
        loaded: Loaded = {}
        for publication in self._root.children or []:
            if publication.kind != "publication":
                continue
            years = [n for n in publication.children or [] if n.kind == "year"]
            if not years:
                loaded[(publication.key, None)] = len(publication.children or [])
            for year in years:
                loaded[(publication.key, str(year.ident))] = len(year.children or [])
        return loaded
