"""Errors a person can act on, kept apart from bugs.

Anything raised as a ``ReaderError`` carries a message meant for the user (the
CLI prints it on one line, the window shows it in a dialog); every other
exception is a bug and is shown with its traceback.

The ``Library…Error`` classes below are what SQLite's failures become at the
store boundary (``reader.store.db``).  Each is *also* the ``sqlite3`` exception
class SQLite would have raised, so code that rolls back on
``sqlite3.DatabaseError`` keeps working, while the CLI and the window see a
``ReaderError`` with a sentence instead of a traceback.
"""

import sqlite3


class ReaderError(Exception):
    """A problem the user can fix: a bad file, a locked or damaged library."""


class BadInputError(ReaderError):
    """One input file cannot be imported; the rest of a batch goes on."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason

    def __reduce__(self) -> tuple[type, tuple[str, str]]:
        return (type(self), (self.source, self.reason))  # survives the trip back from a worker process


class LibraryError(ReaderError):
    """The library database cannot be opened or written."""


class NotFoundError(ReaderError):
    """An id given on the command line or in a link does not exist."""


class LibraryBusyError(LibraryError, sqlite3.OperationalError):
    """Another writer (an import, the window) kept the library locked for the whole busy timeout."""


class LibraryFullError(LibraryError, sqlite3.OperationalError):
    """The disk (or the library's size limit) is full; the transaction was rolled back."""


class LibraryReadOnlyError(LibraryError, sqlite3.OperationalError):
    """The library file or its folder cannot be written: reading works, changes cannot be saved."""


class LibraryUnavailableError(LibraryError, sqlite3.OperationalError):
    """The file cannot be opened or read back (missing folder, I/O error, removed disk)."""


class LibraryCorruptError(LibraryError, sqlite3.DatabaseError):
    """The file is damaged, or is not an SQLite database at all."""


class ForeignDatabaseError(LibraryError):
    """An SQLite file that is not a Bulletin Reader library; it is left untouched."""


class MigrationError(LibraryError):
    """Bringing an older library's schema up to date failed; the library was left as it was."""
