"""File ▸ Export notes…: choose what to export, see the Markdown it will write, write it.

The preview is exactly what gets written (same functions as ``reader export
markdown``, same ``exported_at`` stamp, fixed when the dialog opens), so what
the user reads is byte for byte what lands in their vault.  Exports only read
the library, so they run on the GUI connection; writing files is the dialog's.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from reader.app.i18n import QT_TRANSLATE_NOOP
from reader.dates import DATE_EXAMPLE, iso_date, now_iso
from reader.errors import BadInputError, ReaderError
from reader.export import markdown
from reader.export.select import ExportFilter
from reader.store import issues as issue_store
from reader.store import tags as tag_store

ALL = QT_TRANSLATE_NOOP("ExportDialog", "(all)")


def _date(name: str, text: str) -> str | None:
    value = text.strip()
    if not value:
        return None
    try:
        return iso_date(value)
    except ValueError as error:
        raise BadInputError(f"{name} {value!r}", f"expected a date like {DATE_EXAMPLE}") from error


class ExportDialog(QDialog):
    def __init__(
        self, db: Database, parent: QWidget | None = None, *, exported_at: str | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export Notes (Markdown)"))
        self.db = db
        self.exported_at = exported_at or now_iso()
        self._build_choices(db)
        left = self._build_form()
        right = self._build_preview()
        self._build_layout(left, right)
        self.resize(1000, 640)
        self.written: list[Path] = []
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.refresh)
        self._connect()
        self.refresh()

    def _build_choices(self, db: Database) -> None:
        """What to export (tag, issue, dates, person), how (one file or many, wiki-links) and where."""
        self.tag = QComboBox(editable=True)
        self.tag.addItem(self.tr(ALL))
        self.tag.addItems([t["name"] for t in tag_store.list_tags(db)])
        self.issue = QComboBox()
        self.issue.addItem(self.tr(ALL), None)
        for issue in issue_store.list_issues(db):
            label = " · ".join(
                str(p) for p in (issue["issue_date"], issue["publication"] or issue["title"]) if p
            )
            self.issue.addItem(label or issue["source_file"], issue["id"])
        self.since = QLineEdit(placeholderText="YYYY-MM-DD")
        self.until = QLineEdit(placeholderText="YYYY-MM-DD")
        self.person = QLineEdit(placeholderText=self.tr("Name (mentioned or in the byline)"))
        self.split = QCheckBox(self.tr("One file per article (into a folder)"))
        self.wikilinks = QCheckBox(self.tr("People as [[wiki-links]] (Obsidian)"))
        self.target = QLineEdit(placeholderText=self.tr("Write to…"))

    def _build_form(self) -> QWidget:
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.choose_target)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target, 1)
        target_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Tag"), self.tag)
        form.addRow(self.tr("Issue"), self.issue)
        form.addRow(self.tr("Since"), self.since)
        form.addRow(self.tr("Until"), self.until)
        form.addRow(self.tr("Person"), self.person)
        form.addRow(self.split)
        form.addRow(self.wikilinks)
        form.addRow(self.tr("Target"), target_row)
        self.status = QLabel(wordWrap=True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # errors name paths, which may hold "<"
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(form)
        left_layout.addWidget(self.status)
        left_layout.addStretch(1)
        return left

    def _build_preview(self) -> QWidget:
        self.preview = QPlainTextEdit(readOnly=True, objectName="exportPreview")
        self.preview.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.preview.setFont(QFont([mono.family(), *QFont().families()], self.font().pointSize()))
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(self.tr("Preview: exactly what will be written")))
        right_layout.addWidget(self.preview, 1)
        return right

    def _build_layout(self, left: QWidget, right: QWidget) -> None:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([340, 620])
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.write_button = self.buttons.addButton(self.tr("Write"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.write)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)

    def _connect(self) -> None:
        """Typing and the tag and issue choices wait for a pause before the preview follows; the two
        checkboxes show at once."""
        for box in (self.since, self.until, self.person, self.target):
            box.textChanged.connect(lambda _t: self._timer.start())
        self.tag.currentTextChanged.connect(lambda _t: self._timer.start())
        self.issue.currentIndexChanged.connect(lambda _i: self._timer.start())
        self.split.toggled.connect(lambda _on: self.refresh())
        self.wikilinks.toggled.connect(lambda _on: self.refresh())

    def filters(self) -> ExportFilter:
        """The chosen filters; ``BadInputError`` names a malformed date."""
        tag = self.tag.currentText().strip()
        return ExportFilter(
            tag=tag if tag and tag != self.tr(ALL) else None,
            issue_id=self.issue.currentData(),
            since=_date("since", self.since.text()),
            until=_date("until", self.until.text()),
            person=self.person.text().strip() or None,
        )

    def markdown(self) -> str | dict[str, str]:
        """The combined Markdown, or ``{file name: Markdown}`` when splitting."""
        filters, wiki = self.filters(), self.wikilinks.isChecked()
        if self.split.isChecked():
            return markdown.export_split(self.db, filters, exported_at=self.exported_at, wikilinks=wiki)
        return markdown.export_markdown(self.db, filters, exported_at=self.exported_at, wikilinks=wiki)

    def refresh(self) -> None:
        self._timer.stop()
        try:
            out = self.markdown()
        except ReaderError as error:
            self.status.setText(str(error))
            self.write_button.setEnabled(False)
            return
        if isinstance(out, dict):
            shown = "\n".join(f"<!-- ▼ {name} -->\n{text}" for name, text in out.items())
            summary = self.tr("%n file(s)", "", len(out))
        else:
            shown = out
            summary = self.tr("%n highlight(s)", "", out.count("^hl-"))
        scroll = self.preview.verticalScrollBar().value()
        self.preview.setPlainText(shown)
        self.preview.verticalScrollBar().setValue(scroll)
        needs = self.tr("choose a folder") if self.split.isChecked() else self.tr("choose a file")
        self.status.setText(summary + ("" if self.target.text().strip() else f" · {needs}"))
        self.write_button.setEnabled(bool(self.target.text().strip()))

    def choose_target(self) -> None:
        if self.split.isChecked():
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Export to Folder"))
        else:
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export To"), "notes.md", "Markdown (*.md)")
        if chosen:
            self.target.setText(chosen)

    def write(self) -> None:
        """Write what the preview shows; stays open with the reason when it cannot."""
        target = Path(self.target.text().strip()).expanduser()
        try:
            out = self.markdown()
            if isinstance(out, dict):
                self.written = markdown.write_files(target, out)
            else:
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(out.encode("utf-8"))
                self.written = [target]
        except (ReaderError, OSError) as error:
            self.status.setText(
                self.tr("Cannot write %1: %2").replace("%1", str(target)).replace("%2", str(error))
            )
            return
        self.accept()
