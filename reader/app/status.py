"""Status-bar messages that say where something went, with a link that shows it in its folder."""

from __future__ import annotations

import html
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QLabel, QStatusBar

from reader.app.importing import reveal

SHOWN_MS = 20000


def written_text(paths: list[Path]) -> str:
    """ "Exported 3 files to /home/u/notes" (plain text: the link is added around the place)."""
    if not paths:
        return QCoreApplication.translate("Status", "Nothing was written")
    place = paths[0] if len(paths) == 1 else Path(os.path.commonpath([str(p) for p in paths]))
    count = QCoreApplication.translate("Status", "Exported %n file(s) to", "", len(paths))
    return f"{count} {place}"


def show_written(bar: QStatusBar, paths: list[Path]) -> QLabel:
    """Say in the status bar how many files were written where; clicking the place shows it."""
    for old in bar.findChildren(QLabel, "writtenLink"):
        old.drop()  # type: ignore[attr-defined]
    label = QLabel(objectName="writtenLink")
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
    if paths:
        place = paths[0] if len(paths) == 1 else Path(os.path.commonpath([str(p) for p in paths]))
        count = html.escape(QCoreApplication.translate("Status", "Exported %n file(s) to", "", len(paths)))
        show = html.escape(QCoreApplication.translate("Status", "Show"))
        label.setText(f'{count} <a href="reveal">{html.escape(str(place))}</a> · <a href="reveal">{show}</a>')
        label.setToolTip(QCoreApplication.translate("Status", "Show in its folder"))
        label.linkActivated.connect(lambda _link: reveal(paths[0]))
    else:
        label.setText(html.escape(written_text(paths)))
    bar.clearMessage()
    bar.addWidget(label, 1)
    label.show()

    def drop(message: str = "-") -> None:
        if not message or label.property("dropped"):
            return
        label.setProperty("dropped", True)
        bar.messageChanged.disconnect(drop)
        bar.removeWidget(label)
        label.deleteLater()

    label.drop = drop  # type: ignore[attr-defined]
    QTimer.singleShot(SHOWN_MS, label, drop)
    bar.messageChanged.connect(drop)  # a newer message replaces it
    return label
