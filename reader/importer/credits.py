"""Photo credits a PDF extractor broke into one line per name (``王铮`` / ``杨东辉`` / ``摄``).

``pdftotext`` puts words far apart on a page's line on lines of their own: a
credit set as ``王铮  杨东辉  摄`` under a photo comes out as three lines, so the
names read as a byline or a title.  Joined back (``王铮 杨东辉 摄``), the credit
is what the other extractors give.  Only line breaks become spaces: no
character is added or lost.
"""

from __future__ import annotations

import re

from reader.importer.linekinds import LABELS, labels_in
from reader.importer.lines import Document
from reader.importer.names import looks_like_name

_SHOT = frozenset({"摄", "攝", "摄影", "攝影"})
_NAME_PIECE = re.compile(r"^(?:[①-⑳]?\d{1,2})?(?P<name>[\u4e00-\u9fff·]{2,4})$")
"""``王铮``, or ``3高超`` behind the rest of an editor's code (⑧3) the column cut in two."""
_MAX_NAMES = 4


def rejoin(document: Document) -> None:
    """Each ``摄`` alone on its line with one to four names on the lines right above it becomes one
    line; a label the line's end cut in two (``…责编：高婉婷   审`` / ``核：陈甜、马怿玮``) is joined."""
    _rejoin_labels(document)
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


def _rejoin_labels(document: Document) -> None:
    lines = document.lines
    k = 1
    while k < len(lines):
        text, above = lines[k].text, lines[k - 1].text
        colon = "：" in text[1:4] or ":" in text[1:4]  # where a cut label's colon stands, if anywhere
        cut = _LABEL_REST.match(text) if colon else None
        same_page = lines[k].page == lines[k - 1].page
        if same_page and cut and _cut_label(above, cut.group("rest")):
            lines[k - 1].text = above + text
        elif not (same_page and len(text) <= _SHORT_REST and _credits_line(above)):
            k += 1  # the joins below take a short line (a scrap is short too) under a credits line
            continue
        elif _SCRAP.match(text):
            lines[k - 1].text = above + text  # 审核：陈甜、马 / 怿玮: a name the line's end cut
        elif _credits_line(text, least=1):
            lines[k - 1].text = f"{above} {text}"  # … 责编：张笑 / 微   审核：陈甜、罗安童
        else:
            k += 1
            continue
        del lines[k]


def _cut_label(above: str, rest: str) -> bool:
    """``审`` + ``核``: the end of the line above and the start of this one make a label, and the line
    above holds labels already (a credits line), so the join is no guess about running text."""
    for size in range(1, 4):
        head = above[-size:]
        if len(head) == size and head + rest in LABELS and ("：" in above[:-size] or ":" in above[:-size]):
            return True
    return False


_LABEL_REST = re.compile(r"^(?P<rest>[\u4e00-\u9fff]{1,3})[:：]")
_SCRAP = re.compile(r"^[\u4e00-\u9fff]{1,3}$")
_SHORT_REST = 30  # characters: the most a credits line's rest on the next line holds


def _credits_line(text: str, least: int = 2) -> bool:
    """Labels of who wrote, photographed and edited, ``least`` or more on one line (``文字：…   图片：…``)."""
    if text.count("：") + text.count(":") < least:
        return False
    found = labels_in(text)
    return len(found) >= least and all(meaning in _CREDIT_MEANINGS for _, meaning, _ in found)


_CREDIT_MEANINGS = frozenset({"author", "editor"})


def _is_name_piece(text: str) -> bool:
    piece = _NAME_PIECE.match(text)
    return piece is not None and looks_like_name(piece.group("name"))
