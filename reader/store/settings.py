"""What belongs to one library rather than to the person using the program: kept in the library itself.

The article open when the window last closed and its scroll position, whether the samples were
offered, the recogniser's version, what each highlight colour means — stored here, another
library (``--db other.db``) has its own and never reopens a foreign article id.  The person's
preferences (theme, font size, window layout) stay in the per-user settings
(``reader.app.settings``).  Keys are dotted names; values are text.
"""

from __future__ import annotations

from sqlite_utils import Database


def get(db: Database, key: str) -> str | None:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return None if row is None else str(row[0])


def get_int(db: Database, key: str) -> int | None:
    value = get(db, key)
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None  # written by hand or by a future version: as if unset


def starting_with(db: Database, prefix: str) -> dict[str, str]:
    """Every key that starts with ``prefix`` (one group, e.g. the colours' meanings), with its value."""
    rows = db.execute("SELECT key, value FROM settings WHERE substr(key, 1, ?) = ?", [len(prefix), prefix])
    return {str(key): str(value) for key, value in rows}


def put(db: Database, key: str, value: str | int | None) -> None:
    """Set ``key`` (``None`` removes it); commits itself, or joins the caller's transaction."""
    with db.atomic():
        if value is None:
            db.execute("DELETE FROM settings WHERE key = ?", [key])
        else:
            db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", [key, str(value)])
