"""Traditional characters read as simplified where the importer recognises words.

The importer's words — the labels of lines (记者, 来源), the names of sections (…动态, …资讯), the
kinds of lines — are written in simplified characters, a few of them also in traditional.  A
traditional-script bulletin (Hong Kong, Macau, Taiwan, or an archive converted by a careless tool)
spells the same words 記者, 來源, …動態.  ``simplified`` maps the traditional forms of the
characters those words use to their simplified forms, one character for one, so every offset into
its result is an offset into the text: the decisions read it, the articles keep the original.
A word list is tried on the printed text first and on its simplified reading only when that finds
nothing — the lists hold some traditional words of their own (報導), whose one-for-one reading
(报导) they may not hold.

The table (``traditional_table``) is written out by ``scripts/traditional_table.py`` from OpenCC's
``TSCharacters`` for the characters of the importer's own source, so a parse never reads OpenCC's
files; a test derives it again.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from reader.importer.traditional_table import SIMPLIFIED, TRADITIONAL

_TABLE = str.maketrans(TRADITIONAL, SIMPLIFIED)
_ANY = re.compile(f"[{TRADITIONAL}]")


def either_script(test: Callable[[str], object], text: str) -> bool:
    """``test`` of the text as printed, else of its simplified reading: a word list's own traditional
    forms are tried first (see the module)."""
    if test(text):
        return True
    simple = simplified(text)
    return simple != text and bool(test(simple))


@lru_cache(maxsize=4096)
def simplified(text: str) -> str:
    """``text`` with the traditional forms of the importer's characters made simplified (same length).

    Kept for the lines last asked: the passes ask again of the same lines (each line about five times)."""
    return text.translate(_TABLE) if _ANY.search(text) else text


def restored(result: str, original: str) -> str:
    """``result``, read from ``simplified(original)``, in the characters ``original`` printed: each
    character the table changed in ``original`` goes back (within one line, a simplified character
    stands for one printed form)."""
    if result == "" or not _ANY.search(original):
        return result
    back = {ord(s): o for s, o in zip(simplified(original), original, strict=True) if s != o}
    return result.translate(back)
