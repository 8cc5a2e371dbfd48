"""The two date facts every layer shares: the timestamp a write records, and what a date typed by a
user must look like.  Neutral ground (no Qt, no store), like ``reader.mentions``."""

from __future__ import annotations

import datetime as dt

DATE_EXAMPLE = "2024-09-30"


def now_iso() -> str:
    """Now, in UTC to the second: ``created_at``, ``updated_at`` and export stamps."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def iso_date(value: str) -> str:
    """``value`` as ``YYYY-MM-DD``; ValueError ("'…' is not a date like 2024-09-30") otherwise."""
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError as error:
        raise ValueError(f"{value!r} is not a date like {DATE_EXAMPLE}") from error
