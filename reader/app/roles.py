"""What the item models share: the role that carries an article's id, and the default parent.

Every list and tree that shows articles answers ``ARTICLE_ID_ROLE``, so the window opens an
article the same way whichever view it was activated in.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

NO_PARENT = QModelIndex()  # shared default for "parent" arguments (ruff B008)
ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
