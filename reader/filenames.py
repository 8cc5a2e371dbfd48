"""File names that are not valid UTF-8, as a person reads them and as the library stores them.

A zip of GBK-named files unpacked on Linux yields names whose bytes are not UTF-8;
Python carries them as lone surrogates (``\\udcd6``), which SQLite, JSON, Qt and a
UTF-8 terminal all refuse.  Such a name is *shown* with U+FFFD replacement characters
and *stored* losslessly, its undecodable bytes written as ``\\xNN`` escapes, so
re-importing the same file finds the same issue.
"""

from __future__ import annotations

import os
from pathlib import PurePath


def _is_utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def shown(path: str | PurePath) -> str:
    """The path for messages, reports and the window: undecodable bytes become U+FFFD."""
    text = os.fspath(path)
    return text if _is_utf8(text) else os.fsencode(text).decode("utf-8", "replace")


def stored(path: str | PurePath) -> str:
    """The path for the library: unchanged when valid, else each undecodable byte as ``\\xNN``."""
    text = os.fspath(path)
    return text if _is_utf8(text) else os.fsencode(text).decode("utf-8", "backslashreplace")
