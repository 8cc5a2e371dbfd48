"""Article text, notes, tags and file names shown exactly as written, never as markup.

Qt decides per string whether a label, tooltip or message box holds rich text
(``Qt.mightBeRichText``): a note reading ``<img src=…>`` or a tag named ``<b>x</b>`` would
be rendered as HTML.  Widgets we own get ``Qt.TextFormat.PlainText``; where a string goes
through an API that only knows "auto" (tooltips, item-model tooltips, the static
``QMessageBox``/``QInputDialog`` helpers), :func:`plain` hands Qt an escaped rich-text
version of any string it would otherwise take for markup, and the string itself otherwise.
"""

from __future__ import annotations

from PySide6.QtGui import Qt


def plain(text: str) -> str:
    """``text`` such that Qt's automatic detection shows it as written."""
    if not text or not Qt.mightBeRichText(text):
        return text
    return Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)
