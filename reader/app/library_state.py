"""The window's state that belongs to the open library (``reader.store.settings``), not to the user.

Read once on the GUI thread at start (one indexed row each); written through the library's writer,
so the single-writer rule holds, and not at all when the library is read-only.
"""

from __future__ import annotations

from sqlite_utils import Database

from reader.app.workers import LibraryWorker
from reader.store import settings as store_settings

LAST_ARTICLE = "window.last_article"
SCROLL = "window.scroll_position"
SAMPLES_OFFERED = "window.samples_offered"


class LibraryState:
    def __init__(self, db: Database, worker: LibraryWorker) -> None:
        self.db = db
        self.worker = worker
        self.writable = not getattr(db.conn, "read_only", False)

    def last_article(self) -> tuple[int | None, int]:
        """The article open when the window last closed on this library, and its scroll position."""
        scroll = store_settings.get_int(self.db, SCROLL) or 0
        return store_settings.get_int(self.db, LAST_ARTICLE), scroll

    def remember(self, article_id: int | None, scroll: int | None = None) -> None:
        """The open article (a position only when known: opening another forgets the old one's)."""
        self._write({LAST_ARTICLE: article_id, SCROLL: scroll})

    def samples_offered(self) -> bool:
        return store_settings.get(self.db, SAMPLES_OFFERED) == "yes"

    def mark_samples_offered(self) -> None:
        self._write({SAMPLES_OFFERED: "yes"})

    def _write(self, values: dict[str, str | int | None]) -> None:
        if not self.writable:
            return

        def job(db: Database) -> None:
            with db.atomic():
                for key, value in values.items():
                    store_settings.put(db, key, value)

        self.worker.submit(job)
