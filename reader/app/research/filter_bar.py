"""The search panel's filters (dates, section, tag, variant folding) for the research views."""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget
from sqlite_utils import Database

from reader.research.filters import Filters
from reader.research.matching import variants_supported
from reader.store import issues as store_issues
from reader.store import tags as store_tags


class FilterBar(QWidget):
    """One row of filters; ``changed`` fires on any edit.

    The variant-folding box appears only when the search index folds variants
    (``reader.research.matching.variants_supported``); otherwise there is nothing to switch.
    """

    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.use_dates = QCheckBox(self.tr("Dates"))
        self.date_from = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.date_to = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.date_from.setDate(QDate(2000, 1, 1))
        self.date_to.setDate(QDate.currentDate())
        self.section = QComboBox()
        self.tag = QComboBox()
        for box in (self.section, self.tag):  # long section names must not widen the window
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(8)
        self.variants = QCheckBox(self.tr("Trad./Simp."))
        self.variants.setToolTip(
            self.tr("A query finds both scripts and common variant characters: 發展 also finds 发展")
        )
        self.variants.setChecked(True)
        self.variants.setVisible(variants_supported())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.use_dates, self.date_from, QLabel("–"), self.date_to):
            layout.addWidget(widget)
        layout.addWidget(self.section, 1)
        layout.addWidget(self.tag, 1)
        layout.addWidget(self.variants)
        for signal in (
            self.use_dates.toggled,
            self.date_from.dateChanged,
            self.date_to.dateChanged,
            self.section.currentIndexChanged,
            self.tag.currentIndexChanged,
            self.variants.toggled,
        ):
            signal.connect(lambda *_args: self.changed.emit())
        self.refresh_choices()

    def refresh_choices(self) -> None:
        """Sections and tags as the library has them now; the current choices survive when still there."""
        section, tag = self.section.currentText(), self.tag.currentData()
        for box in (self.section, self.tag):
            box.blockSignals(True)
            box.clear()
        self.section.addItem(self.tr("All sections"))
        self.section.addItems(store_issues.section_names(self._db))
        self.section.setCurrentIndex(max(self.section.findText(section), 0))
        self.tag.addItem(self.tr("All tags"), None)
        for row in store_tags.list_tags(self._db):
            self.tag.addItem(f"#{row['name']}", row["name"])
        self.tag.setCurrentIndex(max(self.tag.findData(tag), 0) if tag is not None else 0)
        for box in (self.section, self.tag):
            box.blockSignals(False)

    def filters(self) -> Filters:
        dates = self.use_dates.isChecked()
        return Filters(
            date_from=self.date_from.date().toString("yyyy-MM-dd") if dates else None,
            date_to=self.date_to.date().toString("yyyy-MM-dd") if dates else None,
            section=self.section.currentText() if self.section.currentIndex() > 0 else None,
            tag=self.tag.currentData(),
        )

    def fold_variants(self) -> bool:
        return self.variants.isChecked()

    def set_filters(self, filters: Filters, fold_variants: bool = True) -> None:
        """Show ``filters`` (a saved search's); emits ``changed`` once."""
        self.blockSignals(True)
        self.use_dates.setChecked(bool(filters.date_from or filters.date_to))
        if filters.date_from:
            self.date_from.setDate(QDate.fromString(filters.date_from, "yyyy-MM-dd"))
        if filters.date_to:
            self.date_to.setDate(QDate.fromString(filters.date_to, "yyyy-MM-dd"))
        if filters.section is not None and self.section.findText(filters.section) < 0:
            self.section.addItem(filters.section)  # a section no article has any more: still shown
        self.section.setCurrentIndex(max(self.section.findText(filters.section), 0) if filters.section else 0)
        if filters.tag is not None and self.tag.findData(filters.tag) < 0:
            self.tag.addItem(f"#{filters.tag}", filters.tag)
        self.tag.setCurrentIndex(max(self.tag.findData(filters.tag), 0) if filters.tag else 0)
        self.variants.setChecked(fold_variants)
        self.blockSignals(False)
        self.changed.emit()
