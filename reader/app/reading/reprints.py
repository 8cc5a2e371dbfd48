"""The "also in" note above an article: its other versions in the library, and where 原载 points.

``reprint_info`` runs on the window's query thread; ``AlsoInBar`` shows its result as links
(``open:ID`` reads the other version, ``diff:ID`` compares the two side by side).  Every piece
of article or issue text is escaped before it reaches the label.
"""

from __future__ import annotations

import html
import math
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget
from sqlite_utils import Database

from reader.app.i18n import fill, translate
from reader.reprints.signature import normalise
from reader.reprints.similarity import ratio
from reader.reprints.sources import parse_note


def _where(row: dict[str, Any]) -> str:
    return " ".join(
        part for part in (row.get("publication") or row.get("issue_title"), row.get("issue_date")) if part
    )


def reprint_info(db: Database, article_id: int) -> dict[str, Any]:
    """The other versions of an article (its cluster's members, closest first) and the article its
    原载 note names."""
    from reader.reprints.index import original_of_note
    from reader.store import reprints as store

    note_text, text = store.source_note(db, article_id)
    note = parse_note(note_text)
    original = original_of_note(db, article_id) if note else None
    others = store.others_of(db, article_id)
    mine = None
    for row in others:  # a version linked through another one: how alike it is to this one
        if row["similarity"] is None:
            mine = mine if mine is not None else normalise(text)
            row["similarity"] = ratio(mine, normalise(row["text"] or ""))
        del row["text"]
    for row in others:
        row["where"] = _where(row)
        if row["article_id"] == original and note and note.page:
            row["where"] += " " + fill(translate("AlsoInBar", "page %1"), note.page)
    return {
        "article_id": article_id,
        "others": others,
        "note": note_text if note else None,
        "original": original,
    }


def share(similarity: float) -> str:
    """``97%``; a near-copy that would round up to 100 % shows one decimal, rounded down, so it never
    reads as identical (nor more alike in one view than in another)."""
    if similarity < 1 and round(similarity * 100) >= 100:
        return f"{math.floor(similarity * 1000) / 10:.1f}%"
    return f"{similarity:.0%}"


def info_html(info: dict[str, Any]) -> str:
    parts = []
    if info["others"]:
        links = [
            f'<a href="open:{row["article_id"]}">{html.escape(row["where"] or row["title"])}</a> '
            f"({html.escape(fill(translate('AlsoInBar', '%1 the same'), share(row['similarity'])))}) "
            f'<a href="diff:{row["article_id"]}">{html.escape(translate("AlsoInBar", "compare"))}</a>'
            for row in info["others"]
        ]
        parts.append(html.escape(translate("AlsoInBar", "Also in:")) + " " + " · ".join(links))
    if info["note"]:
        note = html.escape(info["note"].strip("()（）"))
        if info["original"] is not None:
            parts.append(
                f'<a href="open:{info["original"]}">{note}</a> → '
                + html.escape(translate("AlsoInBar", "the original is in the library"))
            )
        else:
            parts.append(
                f"{note} · " + html.escape(translate("AlsoInBar", "the original is not in the library"))
            )
    return "<br>".join(parts)


class WrappedLabel(QLabel):
    """A word-wrapped rich-text label that lays its text out once per width it is asked about.

    Why: Qt's layouts ask a label's ``heightForWidth`` again and again while the reading column is
    laid out (15 calls in one switch of issue, measured under callgrind: each one a layout of the
    whole text — ≈ 2 M instructions for a bar listing twelve other versions), and only the last
    answer per item is kept by Qt.  The text and the font decide the answer, so it is kept per width
    until either changes.
    """

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._heights: dict[int, int] = {}

    def setText(self, text: str) -> None:
        if text != self.text():
            self._heights.clear()
        super().setText(text)

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = super().heightForWidth(width)
        return height

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._heights.clear()
        super().changeEvent(event)


class AlsoInBar(QFrame):
    """Hidden when an article has no other version and no 原载 note."""

    article_activated = Signal(int)
    compare_requested = Signal(int, int)  # this article, the other version

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alsoInBar")
        self.label = WrappedLabel(objectName="alsoIn")
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.label.linkActivated.connect(self._link)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 4, 12, 4)
        layout.addWidget(self.label, 1)
        self.info: dict[str, Any] | None = None
        self.hide()

    def show_info(self, info: dict[str, Any] | None) -> None:
        self.info = info
        text = info_html(info) if info else ""
        self.label.setText(text)
        self.setVisible(bool(text))

    def _link(self, href: str) -> None:
        kind, _colon, value = href.partition(":")
        if not value.isdigit() or self.info is None:
            return
        if kind == "open":
            self.article_activated.emit(int(value))
        elif kind == "diff":
            self.compare_requested.emit(self.info["article_id"], int(value))
