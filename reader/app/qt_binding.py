"""A guard against a reference-counting fault of the Qt binding, active before any Qt call is made.

PySide6 6.12.0 under Python 3.11 drops one reference to ``None`` on every call of a Qt method that
returns nothing (``QPainter.save()``, ``setHtml()``, an empty ``index.data()``). Once ``None``'s count
reaches zero the interpreter aborts ("Fatal Python error: none_dealloc") — in the window after some
twenty searches. Python 3.12 made ``None`` immortal (PEP 683), which hides the fault; on 3.11 the
same effect is had by giving ``None`` a count no session can use up. Older bindings, which do not
have the fault, are unaffected by it. (Pinning 6.11 instead is no way out: its ``lupdate`` no longer
reads the plural forms of our ``translate()`` calls.)
"""

from __future__ import annotations

import ctypes
import sys

RESERVE = 1 << 40  # a million million void calls


def guard_none() -> bool:
    """Make ``None`` effectively immortal on Python < 3.12; True when the guard was applied now."""
    if sys.version_info >= (3, 12) or sys.getrefcount(None) > RESERVE:
        return False
    ctypes.c_ssize_t.from_address(id(None)).value += RESERVE  # ob_refcnt is the object's first field
    return True
