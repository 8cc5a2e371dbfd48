"""A report numbered at two levels over its items: ``一、项目建设`` heads a part, ``（一）城北新区道路工程
完成路基施工`` titles an item of it with its text under it, and the count starts again at ``（一）``
under ``二、``.

Word saves such an outline (its list numbering) as the number, a tab and the text; a note program indents
the levels.  Read by headings alone, the numbered lines are sub-heads inside one article.  Here, when the
whole shape holds — two or more parts counted 一、, 二、 … in order, each a plain name right over its first
item, the items counted from （一） again in every part, each a one-line title over running text — every
item starts an article, its part's head going with its first item (the header reader takes it as the
kicker, ``numbered_section_names`` turns it into the section).  The numbers are set aside with the issue
(``__init__``), so nothing is lost.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from reader.importer.linekinds import Kind
from reader.importer.lines import Document, Line
from reader.importer.text import count_of, ends_sentence

if TYPE_CHECKING:
    from reader.importer.segment import Span

PART_HEAD = re.compile(r"^([一二三四五六七八九十]{1,3})、[ \t\u3000]*([\u4e00-\u9fff]{2,8})$")
"""``一、项目建设``, ``二、\\t民生实事`` (Word's list number, a tab): a part's plain name, counted."""
ITEM_TITLE = re.compile(r"^[（(]([一二三四五六七八九十]{1,3})[)）][ \t\u3000]*(\S.{3,39})$")
"""``（一）\\t城北新区道路工程完成路基施工``: an item's title, counted inside its part."""
_MIN_PARTS = 2
_MIN_ITEMS = 3


def outline_items(content: list[Line], kinds: list[Kind], claimed: set[int]) -> dict[int, int]:
    """Header top → body start for every item of a two-level numbered report (see the module); empty when
    the file is not one, so a document's own numbered sub-heads stay inside it."""
    if not any(line.text.startswith(("（一）", "(一)")) for line in content):
        return {}  # one cheap look spares the patterns in files without the count
    heads = [(i, head) for i, line in enumerate(content) if (head := PART_HEAD.match(line.text))]
    parts = [i for i, _ in heads]
    if len(parts) < _MIN_PARTS or any(i in claimed for i in parts) or _addressed(content[: parts[0]]):
        return {}
    counts = [count_of(head.group(1)) for _, head in heads]
    if counts != list(range(1, len(parts) + 1)):
        return {}
    starts: dict[int, int] = {}
    for k, part in enumerate(parts):
        end = parts[k + 1] if k + 1 < len(parts) else len(content)
        items = _items_of_part(content, kinds, part + 1, end)
        if not items or items[0] != part + 1 or any(i in claimed for i in items):
            return {}
        starts[part] = part + 2
        starts.update((i, i + 1) for i in items[1:])
    return starts if len(starts) >= _MIN_ITEMS else {}


def _addressed(opening: list[Line]) -> bool:
    """A letter's or notice's addressees (``各村委会：``) above the first part: one document whose numbered
    heads are its own sub-heads, not a report of items."""
    return any(
        len(line.text) <= _ADDRESSEE_CHARS
        and line.text.endswith(("：", ":"))
        and not line.text.endswith(_LEAD_INS)
        for line in opening
    )


_ADDRESSEE_CHARS = 20
_LEAD_INS = ("如下：", "如下:")  # 现将…通报如下： opens the text under the addressees, it names nobody


def _items_of_part(content: list[Line], kinds: list[Kind], start: int, end: int) -> list[int] | None:
    """The item titles of one part, counted （一）, （二） … in order, each over running text; None when a
    count is out of order or a title stands over no text."""
    items: list[int] = []
    for i in range(start, end):
        match = ITEM_TITLE.match(content[i].text)
        if match is None:
            continue
        if count_of(match.group(1)) != len(items) + 1 or ends_sentence(match.group(2)):
            return None
        if i + 1 >= end or kinds[i + 1] is not Kind.TEXT or ITEM_TITLE.match(content[i + 1].text):
            return None
        items.append(i)
    return items


def read_outline(document: Document, pairs: list) -> str | None:
    """In a report whose articles are items numbered （一）, （二） … again in every part, each part's first
    item under the part's head (its kicker, or in Markdown a heading that already made its section): the
    numbers are set aside with the issue as ``item number`` / ``section number``, a head's name becomes the
    section of its items.  Nothing else is touched: an issue whose numbered titles do not count so is left
    as it is.  Returns the report's title when its head was set aside (``_opening_aside``)."""
    matches = [ITEM_TITLE.match(article.title or "") for _, article in pairs]
    first = next((k for k, number in enumerate(matches) if number), None)
    if first is None or sum(1 for number in matches if number) < _MIN_ITEMS or not all(matches[first:]):
        return None
    numbers = [number for number in matches[first:] if number is not None]
    items = pairs[first:]
    heads = [PART_HEAD.match(article.kicker or "") for _, article in items]
    sections = [article.section for _, article in items]
    opens = [
        head is not None or (section is not None and section != (sections[k - 1] if k else None))
        for k, (head, section) in enumerate(zip(heads, sections, strict=True))
    ]
    counts = [count_of(number.group(1)) for number in numbers]
    expected = [
        1 if opened else previous + 1 for opened, previous in zip(opens, [0, *counts[:-1]], strict=True)
    ]
    if not opens[0] or counts != expected:
        return None  # the count starts again exactly where each part opens, and runs on in order
    section = None
    for (span, article), number, head in zip(items, numbers, heads, strict=True):
        if head is not None:
            section, article.kicker = head.group(2), None
            _set_aside_number(document, span, head.group(1) + "、", "section number")
        _set_aside_number(document, span, article.title[: number.start(2)].strip(), "item number")
        article.title, article.section = number.group(2), section or article.section
    return _opening_aside(document, pairs) if first == 1 else None


def _opening_aside(document: Document, pairs: list) -> str | None:
    """The report's own head over its parts — its title, office and day over one lead-in paragraph that
    ends on a colon (``现将…通报如下：``) — is the issue's, not an article: its lines set aside with the
    issue (``issue title`` / ``issue notes``), so nothing is lost, its title the issue's.  Anything longer
    stays an article."""
    span, article = pairs[0]
    if span.origin == "preamble" or len(span.body) != 1 or not span.body[0].text.endswith(("：", ":")):
        return None
    for line in span.header:
        document.set_aside(line, "issue title")
    document.set_aside(span.body[0], "issue notes")
    pairs.pop(0)
    return article.title


def _set_aside_number(document: Document, span: Span, printed: str, reason: str) -> None:
    """Record a number taken off a heading with the issue, at the header line it opens."""
    line = next((line for line in span.header if line.text.startswith(printed)), None)
    document.pieces_aside.append((line.number + 1 if line else 0, printed, reason))


def markdown_item_level(headings: list[Line]) -> int | None:
    """In Markdown, the heading level of a two-level numbered report's items: every heading of one level
    numbered （一）… (three or more), every heading of a level above it numbered 一、, 二、 … (two or more)
    — ``## 一、项目建设`` over ``### （一）城北新区…``.  None for anything else."""
    levels: dict[int, list[str]] = {}
    for heading in headings:
        levels.setdefault(heading.level or 0, []).append(heading.text)
    items = [
        level
        for level, texts in levels.items()
        if len(texts) >= _MIN_ITEMS and all(ITEM_TITLE.match(text) for text in texts)
    ]
    parts = [
        level
        for level, texts in levels.items()
        if len(texts) >= _MIN_PARTS and all(PART_HEAD.match(text) for text in texts)
    ]
    if len(items) != 1 or not any(level < items[0] for level in parts):
        return None
    return items[0]
