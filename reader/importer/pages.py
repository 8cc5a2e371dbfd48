"""A newspaper's pages as the sections of its stories.

A paper's file holds one or more pages, each headed by its folio (``瓯南新闻　2011年10月12日　星期三　第1版
要闻``), by the page number alone (``第2版``, ``第2版　要闻``) or, on an e-paper, by ``A3:乡村振兴　总第2764期
>2022-04-28编印``.  The folio is furniture and is set aside (``ends.mark_folios``), but the page it names is
where a reader finds a story in print: the story's section, as a print source line
(``《人民日报》（…第 06 版）``) already makes it for papers that print one over every story.  A story under
a column of its own (``图片新闻``) keeps that name.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from reader.importer.ends import EPAPER_PAGE, PAGE_NO
from reader.importer.script import simplified
from reader.importer.text import page_digits, quote_gaps

if TYPE_CHECKING:
    from reader.importer.lines import Document, Line

_UNREAD = r"第\s?[?？]\s?版"
"""A page whose number the OCR did not read (``text.page_digits``)."""
_PAGE_IN_LINE = re.compile(rf"(?:^|[\s\u3000])(?P<page>{PAGE_NO}|{_UNREAD})(?=[\s\u3000:：]|$)")
_PAGE_HEAD = re.compile(
    rf"^(?P<page>第{PAGE_NO.removeprefix('第?')}|{_UNREAD})(?:[\s\u3000:：]+[\u4e00-\u9fff]{{2,8}})?$"
)
"""``第2版``, ``第2版　要闻``, ``第2版：要闻``: a page's number over its first story, its name beside it."""
_PAGER = ("上一版", "下一版")
_NUMERALS = "一二三四五六七八九十"  # a page numbered in words; ``第N版`` is a placeholder, no page
_READ = f"{_NUMERALS}?"  # ``第?版``: a number the OCR lost, the page after the one above


def page_label(line: Line) -> str | None:
    """The page a page's head line names, as printed without spaces (``第1版``, ``A3``), or ``None``."""
    label = _label(line)
    return label if label and any(char.isdigit() or char in _READ for char in label) else None


def _label(line: Line) -> str | None:
    if "版" not in line.text and line.aside != "page folio":
        return None  # most lines (neither reading below adds a 版): no page's head, no e-paper's page line
    text = page_digits(quote_gaps(line.text.strip()))  # 第3版”社会新闻, 第]版: a scan's OCR
    if "版" not in text:  # most lines: only an e-paper's page line names its page without 版
        epaper = EPAPER_PAGE.match(simplified(text)) if line.aside == "page folio" else None
        return epaper.group("page") if epaper else None
    if any(word in text for word in _PAGER) or text.count("版") > 2:
        return None  # an e-paper's pager or its list of every page: no page's head
    if (head := _PAGE_HEAD.match(text)) is not None:
        return "".join(head.group("page").split())
    if line.aside != "page folio":
        return None
    found = _PAGE_IN_LINE.search(text)
    return "".join(found.group("page").split()) if found else None


def printed_pages(document: Document) -> bool:
    """The file names the pages it was printed on."""
    return any(page_label(line) is not None for line in document.lines)


def file_under_pages(document: Document, starts: list[Line], sections: list[str | None]) -> list[str | None]:
    """Each story's section: its own when it has one, else the page it starts on.

    ``starts`` are the first lines of the stories' text.  A story is on the page whose head is the last one
    above it; in a file cut into pages by form feeds (``pdftotext``), the head on its own sheet wins, wherever
    on the sheet the extractor put it.  A file naming one page only puts every story on it."""
    heads = _read_unread([(line, label) for line in document.lines if (label := page_label(line))])
    if not heads:
        return sections
    sheets = len({line.page for line in document.lines}) > 1
    one = heads[0][1] if len({label for _, label in heads}) == 1 else None
    out: list[str | None] = []
    for start, section in zip(starts, sections, strict=True):
        out.append(section or _page_of(start, heads, sheets) or one)
    return out


def _read_unread(heads: list[tuple[Line, str]]) -> list[tuple[Line, str]]:
    """A head whose number the OCR lost (``第?版``) is the page after the head above it (``第1版`` →
    ``第2版``); with no numbered head above, it names no page."""
    out: list[tuple[Line, str]] = []
    for line, label in heads:
        if "?" not in label and "？" not in label:
            out.append((line, label))
        elif out and (above := _NUMBERED.match(out[-1][1])) is not None:
            out.append((line, f"第{int(above.group(1)) + 1}版"))
    return out


_NUMBERED = re.compile(r"^第(\d{1,2})版$")


def _page_of(start: Line, heads: list[tuple[Line, str]], sheets: bool) -> str | None:
    if sheets and (same := next((label for line, label in heads if line.page == start.page), None)):
        return same
    above = [label for line, label in heads if line.number < start.number]
    return above[-1] if above else None
