"""A guard for lazily filled Qt models: never fetch while a reset or an insertion is being announced.

Why: views and Qt's own model tester answer ``modelReset`` and ``rowsAboutToBeInserted``
synchronously, and may call ``canFetchMore``/``fetchMore`` from inside those signals.
A fetch there would begin a second change while the first is still in flight (Qt's
``QAbstractItemModelTester`` runs its checks on ``modelReset`` before it counts the
reset as finished, so it reports exactly that), or fetch the same parent twice.  While
the guard is up the model says it has nothing more to fetch; views ask again when
they next lay out, by which time the change is complete.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager


class FetchGuard:
    """Mix into a ``QAbstractItemModel`` subclass (first base); wrap announcements in ``quiet()``."""

    _busy = False

    @contextmanager
    def quiet(self) -> Iterator[None]:
        """While inside: ``may_fetch()`` is False, so nested ``fetchMore`` calls do nothing."""
        before, self._busy = self._busy, True
        try:
            yield
        finally:
            self._busy = before

    def may_fetch(self) -> bool:
        return not self._busy
