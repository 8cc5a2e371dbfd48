"""The annotations view: every highlight in the library, filterable at once by tag, colour, entity,
section, issue date range and note text; double-click opens the article at the highlight.

The model keeps only annotation ids; rows are read when a view asks for them
and kept in a small cache, so a library with many thousands of highlights
costs one id per row until it is scrolled through.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from reader.app.i18n import QT_TRANSLATE_NOOP
from reader.app.notes.highlighter import COLOR_LABELS
from reader.app.notes.panel import ANNOTATION_ROLE, UID_ROLE, short, swatch
from reader.app.plain_text import plain
from reader.app.theme import ENTITY_KINDS
from reader.errors import BadInputError, NotFoundError
from reader.store import annotations as annotation_store
from reader.store import entities as entity_store
from reader.store import issues as issue_store
from reader.store import tags as tag_store
from reader.store.trash import TRASHED_ANCHOR

HEADERS = (
    QT_TRANSLATE_NOOP("AnnotationsView", "Quote"),
    QT_TRANSLATE_NOOP("AnnotationsView", "Note"),
    QT_TRANSLATE_NOOP("AnnotationsView", "Colour"),
    QT_TRANSLATE_NOOP("AnnotationsView", "Tags"),
    QT_TRANSLATE_NOOP("AnnotationsView", "Source"),
)
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class AnnotationFilter:
    tag: str | None = None
    color: str | None = None
    entity: str | None = None  # a name; matched against every entity kind
    section: str | None = None
    since: str | None = None
    until: str | None = None
    text: str | None = None


def matching_ids(db: Database, wanted: AnnotationFilter) -> list[int]:
    """Ids of the highlights passing every filter, in reading order."""
    article_ids = None
    if wanted.entity:
        article_ids = {
            row["article_id"]
            for kind in ENTITY_KINDS
            for row in entity_store.entity_articles(db, kind, wanted.entity.strip())
        }
    for name, value in (("since", wanted.since), ("until", wanted.until)):
        if value and not _DATE.fullmatch(value):
            raise BadInputError(f"{name} date {value!r}", "expected YYYY, YYYY-MM or YYYY-MM-DD")
    until = wanted.until
    if until and len(until) < 10:  # "2024" or "2024-03" means up to the end of that year or month
        until += "-99" if len(until) == 7 else "-99-99"
    found = annotation_store.list_annotations(
        db,
        tag=wanted.tag or None,
        color=wanted.color or None,
        section=wanted.section or None,
        since=wanted.since or None,
        until=until or None,
        text=wanted.text or None,
        article_ids=article_ids,
    )
    return [a.id for a in found]


class AnnotationTableModel(QAbstractTableModel):
    """Rows are annotation ids; each row's ``Annotation`` is read on demand (LRU of 512)."""

    CACHE = 512

    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self.db = db
        self.ids: list[int] = []
        self.filter = AnnotationFilter()
        self.meanings: dict[str, str] = {}
        self._cache: OrderedDict[int, annotation_store.Annotation | None] = OrderedDict()
        self._sources: dict[int, str] = {}

    def set_filter(self, wanted: AnnotationFilter) -> None:
        self.filter = wanted
        self.reload()

    def reload(self) -> None:
        ids = matching_ids(self.db, self.filter)  # may refuse a bad date: before the reset starts
        self.beginResetModel()
        self.ids = ids
        self.meanings = annotation_store.color_meanings(self.db)
        self._cache.clear()
        self._sources.clear()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(HEADERS)
        ):
            return QCoreApplication.translate("AnnotationsView", HEADERS[section])
        return None

    def annotation(self, row: int) -> annotation_store.Annotation | None:
        annotation_id = self.ids[row]
        if annotation_id in self._cache:
            self._cache.move_to_end(annotation_id)
            return self._cache[annotation_id]
        try:
            found: annotation_store.Annotation | None = annotation_store.get_annotation(
                self.db, annotation_id
            )
        except NotFoundError:  # deleted since the last reload
            found = None
        self._cache[annotation_id] = found
        if len(self._cache) > self.CACHE:
            self._cache.popitem(last=False)
        return found

    def _source(self, item: annotation_store.Annotation) -> str:
        if item.id not in self._sources:
            info = annotation_store.source_info(self.db, item)
            date = ""
            if item.issue_id is not None:
                try:
                    date = issue_store.get_issue(self.db, item.issue_id).get("issue_date") or ""
                except NotFoundError:
                    date = ""
            label = " · ".join(p for p in (date, item.article_title) if p) or info.get("sourceFile", "")
            self._sources[item.id] = label
        return self._sources[item.id]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.ids):
            return None
        item = self.annotation(index.row())
        if item is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return ("⚠ " if item.orphaned else "") + short(item.quote, 60)
            if column == 1:
                return short(item.note, 60)
            if column == 2:
                meaning = self.meanings.get(item.color, "")
                return COLOR_LABELS[item.color].split()[0] + (f" {meaning}" if meaning else "")
            if column == 3:
                return " ".join(f"#{t}" for t in item.tags)
            if column == 4:
                return self._source(item)
        if role == Qt.ItemDataRole.DecorationRole and column == 2:
            return swatch(item.color)
        if role == Qt.ItemDataRole.ToolTipRole and column in (0, 1):
            where = ""
            if item.anchor == TRASHED_ANCHOR:
                where = "\n\n" + self.tr("Its issue is in the trash: File ▸ Trash restores it.")
            return plain(f"“{item.quote}”" + (f"\n\n{item.note}" if item.note else "") + where)
        if role == ANNOTATION_ROLE:
            return item
        if role == UID_ROLE:
            return item.uid
        return None


class AnnotationsView(QWidget):
    """Filter row above the table; ``annotation_activated(uid)`` on double-click or Enter."""

    annotation_activated = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.model = AnnotationTableModel(db, self)
        self.text = QLineEdit(placeholderText=self.tr("Note or quote text"))
        self.tag = QComboBox(editable=True)
        self.color = QComboBox()
        self.entity = QLineEdit(placeholderText=self.tr("Entity mentioned"))
        self.section = QComboBox()
        self.since = QLineEdit(placeholderText=self.tr("Since YYYY-MM-DD"))
        self.until = QLineEdit(placeholderText=self.tr("Until YYYY-MM-DD"))
        self.count = QLabel()
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        for box in (self.text, self.entity, self.since, self.until):
            box.setClearButtonEnabled(True)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((220, 160, 90, 100)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(self._activated)
        self.table.activated.connect(self._activated)
        grid = QGridLayout()
        grid.addWidget(self.text, 0, 0, 1, 2)
        grid.addWidget(self.tag, 1, 0)
        grid.addWidget(self.color, 1, 1)
        grid.addWidget(self.entity, 2, 0)
        grid.addWidget(self.section, 2, 1)
        grid.addWidget(self.since, 3, 0)
        grid.addWidget(self.until, 3, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(grid)
        layout.addWidget(self.count)
        layout.addWidget(self.table, 1)
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self.apply)
        for box in (self.text, self.entity, self.since, self.until):
            box.textChanged.connect(lambda _t: self._timer.start())
        for combo in (self.tag, self.color, self.section):
            combo.currentIndexChanged.connect(lambda _i: self._timer.start())
        typed = self.tag.lineEdit()  # the tag box is editable: a tag can be typed as well as chosen
        if typed is not None:
            typed.textEdited.connect(lambda _t: self._timer.start())
        self.refresh_choices()
        self.apply()

    def refresh_choices(self) -> None:
        """Tags, colours (with their meanings) and sections as they are in the library now."""
        meanings = annotation_store.color_meanings(self.db)
        for combo, items in (
            (
                self.tag,
                [(self.tr("All tags"), "")] + [(t["name"], t["name"]) for t in tag_store.list_tags(self.db)],
            ),
            (
                self.color,
                [(self.tr("All colours"), "")]
                + [(COLOR_LABELS[c] + (f" = {m}" if m else ""), c) for c, m in meanings.items()],
            ),
            (
                self.section,
                [(self.tr("All sections"), "")] + [(s, s) for s in issue_store.section_names(self.db)],
            ),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for label, value in items:
                combo.addItem(label, value)
            where = combo.findData(current) if current else 0
            combo.setCurrentIndex(max(0, where))
            combo.blockSignals(False)
        for color in annotation_store.COLORS:
            self.color.setItemIcon(self.color.findData(color), swatch(color))

    def current_filter(self) -> AnnotationFilter:
        typed = self.tag.currentText().strip()
        return AnnotationFilter(
            tag=typed if typed and typed != self.tag.itemText(0) else None,
            color=self.color.currentData() or None,
            entity=self.entity.text().strip() or None,
            section=self.section.currentData() or None,
            since=self.since.text().strip() or None,
            until=self.until.text().strip() or None,
            text=self.text.text().strip() or None,
        )

    def apply(self) -> None:
        self._timer.stop()
        try:
            self.model.set_filter(self.current_filter())
        except BadInputError as error:
            self.count.setText(str(error))
            return
        self.count.setText(self.tr("%n highlight(s)", "", self.model.rowCount()))

    def reload(self) -> None:
        self.refresh_choices()
        self.apply()

    def _activated(self, index: QModelIndex) -> None:
        uid = index.data(UID_ROLE)
        if uid:
            self.annotation_activated.emit(uid)
