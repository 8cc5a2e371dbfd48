"""Errors a person can act on, kept apart from bugs.

Anything raised as a ``ReaderError`` carries a message meant for the user (the
CLI prints it on one line, the window shows it in a dialog); every other
exception is a bug and is shown with its traceback.
"""


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
