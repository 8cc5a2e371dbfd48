"""Photo credits a PDF extractor broke into one line per name (``王铮`` / ``杨东辉`` / ``摄``).

``pdftotext`` puts words far apart on a page's line on lines of their own: a
credit set as ``王铮  杨东辉  摄`` under a photo comes out as three lines, so the
names read as a byline or a title.  Joined back (``王铮 杨东辉 摄``), the credit
is what the other extractors give.  Only line breaks become spaces: no
character is added or lost.
"""

from __future__ import annotations

import re

from reader.importer.lines import Document
from reader.importer.names import looks_like_name

_SHOT = frozenset({"摄", "攝", "摄影", "攝影"})
_NAME_PIECE = re.compile(r"^(?:[①-⑳]?\d{1,2})?(?P<name>[\u4e00-\u9fff·]{2,4})$")
"""``王铮``, or ``3高超`` behind the rest of an editor's code (⑧3) the column cut in two."""
_MAX_NAMES = 4


def rejoin(document: Document) -> None:
    """Each ``摄`` alone on its line with one to four names on the lines right above it becomes one line."""
    lines = document.lines
    k = 0
    while k < len(lines):
        if lines[k].text not in _SHOT:
            k += 1
            continue
        first = k
        while first > 0 and k - first < _MAX_NAMES and _is_name_piece(lines[first - 1].text):
            first -= 1
        if first < k:
            lines[first].text = " ".join(line.text for line in lines[first : k + 1])
            del lines[first + 1 : k + 1]
            k = first
        k += 1


def _is_name_piece(text: str) -> bool:
    piece = _NAME_PIECE.match(text)
    return piece is not None and looks_like_name(piece.group("name"))
