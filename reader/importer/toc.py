"""Tables of contents: read the 目录 at the top of an issue, then find each entry's article in the body.

The TOC is the most reliable map of an issue, so where there is one the
articles are found by their TOC titles.  Forms read: ``目录``/``目錄``
(spaced or not) with entries ending in page numbers (after spaces or dotted
leaders), or without page numbers; entries numbered or not; grouped under
section names or not; titles wrapped over two lines in the TOC, and wrapped
differently in the body (both sides are compared as one normalised string).
The TOC itself is set aside: it is not an article.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from reader.importer.ends import dated_masthead, is_folio, set_aside_folio
from reader.importer.linekinds import Kind, is_date_line, kind_of
from reader.importer.lines import Document, Line
from reader.importer.model import TocEntry
from reader.importer.script import either_script
from reader.importer.text import ends_sentence, key_head, match_key

_TOC_HEADER = re.compile(
    # 📢 本期导读: a post's emoji or mark before the head
    r"^(?:[\U0001F300-\U0001FAFF\u2600-\u27BF●◆◇■□○◎★☆▲△▶►▷•※❖✦◼◻◾]\ufe0f?\s?)?"
    r"(?:本期)?(?:目\s*[录錄]|要\s*目|导\s*读|導\s*讀|新闻摘要|內容提要|内容提要|(?:节目)?主要内容)[:：]?$"
)
_LEADER_CHARS = ".·…．・-—_ \t\u3000"
_DOTS = ".·…．・"
_PAGE_ALONE = re.compile(r"^\d{1,4}$")
_BULLET = "●◆◇■□○◎★☆▲△▶►▷•※❖✦◼◻◾"
"""Marks some bulletins print before each TOC entry (``●我县召开防汛工作调度会``)."""
_NUMBERING = re.compile(
    rf"^(?:\d{{1,3}}\s?[.、．)）]|[（(][一二三四五六七八九十\d]{{1,3}}[)）]|[一二三四五六七八九十]{{1,3}}、|[{_BULLET}])\s?"
)


def _unnumbered(text: str) -> str:
    """``text`` without the number or bullet before it: ``_NUMBERING.sub("", text)``, which can only match
    at the start, without the search over the rest of the line that ``sub`` makes."""
    numbering = _NUMBERING.match(text)
    return text[numbering.end() :] if numbering else text


_ENTRY_DOCUMENT_NUMBER = re.compile(
    r"\s?[（(]\s?[\u4e00-\u9fff]{1,14}\s?[〔\[［【]\s?\d{4}\s?[〕\]］】]\s?第?\s?\d{1,5}\s?[号號]\s?[)）]$"
)
"""``…的通知（鹤政发〔2025〕4号）``: a compilation's contents give each document's number after its title;
the document prints the number on a line of its own above the title, so the title is found without it."""


def _without_number(title: str) -> str:
    if not title.endswith((")", "）")):
        return title
    return _ENTRY_DOCUMENT_NUMBER.sub("", title)


_MAX_SECTION_CHARS = 10
_MAX_TITLE_LINES = 3
_MAX_TITLE_CHARS = 120
_HEADER_WITHIN = 8
_MAX_MASTHEAD_CHARS = 40
"""Above a TOC, a line this short (runs of spaces counted as one) is the masthead: the bulletin's
name, ``第15期（总第236期）``, ``县人民政府办公室编        2024年6月12日``."""


@dataclass
class Toc:
    entries: list[TocEntry]
    lines: list[Line]  # the TOC's own lines, set aside


def find_toc(document: Document) -> Toc | None:
    """The table of contents near the top of ``document``, its lines set aside; ``None`` without one."""
    content = document.content()
    header = next(
        (i for i, line in enumerate(content[:_HEADER_WITHIN]) if either_script(_TOC_HEADER.match, line.text)),
        None,
    )  # 本期節目主要內容：, 新聞摘要: a contents head in either script
    if header is None:
        return None
    with_pages = sum(
        1 for line in content[header + 1 : header + 40] if toc_entry(line.text) or has_leaders(line.text)
    )
    numbered = sum(1 for line in content[header + 1 : header + 12] if _NUMBERED_ENTRY.match(line.text))
    if with_pages >= 2:
        entries, end = _read_paged(content, header + 1, document)
    elif numbered >= 3:
        entries, end = _read_numbered(content, header + 1)
    else:
        entries, end = _read_unpaged(content, header + 1)
    if len(entries) < 2:
        return None
    toc_lines = content[header:end]
    for line in toc_lines:
        document.set_aside(line, "table of contents")
    if end < len(content) and (is_folio(content[end].text) or dated_masthead(content[end].text)):
        set_aside_folio(document, [content[end]])  # the page's folio under its 导读 box: its day, its paper
    for line in content[:header]:  # a masthead or the name above its contents
        if len(" ".join(line.text.split())) <= _MAX_MASTHEAD_CHARS:
            document.set_aside(line, "issue title")
    return Toc(entries, toc_lines)


def _read_numbered(content: list[Line], start: int) -> tuple[list[TocEntry], int]:
    """A numbered list of the items (``1.【领航中国】共护一江水…；``), the contents of a news digest.

    An entry may wrap onto lines of its own until it ends (``；`` or ``。``); lines such as
    ``（1）21家主要银行…；`` list the parts of an entry, not further entries; a lead-in
    (``本期节目主要内容：``) may come first; a section's name in brackets (``【工作动态】``) over the
    entries it holds is their section.  The list ends at the first other line after an ended entry.
    """
    raw: list[tuple[str | None, str]] = []  # (section, title)
    section: str | None = None
    i = start
    ended = True
    plain = True  # no entry so far ended in a mark: each is one line, and a blank line ends the list
    while i < len(content):
        text = content[i].text
        match = _NUMBERED_ENTRY.match(text)
        if raw and match_key(_unnumbered(text)) == match_key(_entry_title(raw[0][1])):
            break  # the first entry's title printed again: the items begin
        if match:
            raw.append((section, match.group("title")))
            ended = _ends_entry(text)
        elif _SUB_ENTRY.match(text) or (not raw and text.endswith(("：", ":"))):
            ended = True  # a part of the entry above, or the lead-in
        elif SECTION_LABEL.match(text) and _section_over_entries(content, i + 1, raw):
            section, ended = text, True
            i += 1
            continue  # a section's name says nothing of how the entries are written (``plain``)
        elif raw and not ended and not SECTION_LABEL.match(text) and not (content[i].gap and plain):
            raw[-1] = (raw[-1][0], raw[-1][1] + text)
            ended = _ends_entry(text)
        else:
            break
        plain = plain and not ended
        i += 1
    return [TocEntry(where, _entry_title(title), None) for where, title in raw], i


def _section_over_entries(content: list[Line], i: int, raw: list[tuple[str | None, str]]) -> bool:
    """A bracketed name is the contents list's own when more entries follow it (other names may come
    between: a section whose items the issue left out); under the list it is the first section of the
    items, whose first title — numbered or not — follows it."""
    while i < len(content) and SECTION_LABEL.match(content[i].text):
        i += 1
    if i == len(content) or not _NUMBERED_ENTRY.match(content[i].text):
        return False
    return not raw or match_key(_unnumbered(content[i].text)) != match_key(_entry_title(raw[0][1]))


SECTION_LABEL = re.compile(r"^【[^【】]{1,12}】$|^〓[^〓]{1,12}〓$|^[■□]\s?[\u4e00-\u9fff]{2,8}$")
"""``【局党委动态】`` under the contents: the first section's name, never the rest of an entry; a WeChat
post marks its sections with a square (``■ 镇村动态``: a few hanzi, no punctuation, never a title)."""


_NUMBERED_ENTRY = re.compile(r"^(?:\d{1,3}\s?[.、．]|[一二三四五六七八九十]{1,3}、)\s?(?P<title>\S.*)$")
_SUB_ENTRY = re.compile(r"^[（(]\d{1,3}[)）]")
_TRAILING_CREDIT = re.compile(r"[（(][^（）()]{0,40}[)）]$")


def _ends_entry(text: str) -> bool:
    core = _TRAILING_CREDIT.sub("", text).rstrip()
    return core.endswith(("；", ";", "。", "！", "？", "!", "?"))


def _entry_title(text: str) -> str:
    """``春天里的中国。（《新闻联播》 20250405 19:00）`` → ``春天里的中国``: no end mark, no credit."""
    return _TRAILING_CREDIT.sub("", text).rstrip().rstrip("；;。：:，, ")


def _read_paged(content: list[Line], start: int, document: Document) -> tuple[list[TocEntry], int]:
    """Entries with page numbers; the TOC ends where a section name or the first title is printed again.

    The page number may stand on the entry's line (``title …… 3``), on a line of
    its own after it, or — as pdfminer orders a page — after all the page's
    titles; numbers on lines of their own go to the entries still waiting for
    one, in order.
    """
    entries: list[TocEntry] = []
    waiting: list[int] = []  # entries whose page number has not been read yet
    sections: list[str] = []
    pending: list[str] = []
    i = start
    while i < len(content):
        text = content[i].text
        entry = toc_entry(text)
        if entry or has_leaders(text):
            title = "".join([*pending, entry[0] if entry else _strip_leaders(text)])
            page = entry[1] if entry else None
            if page is None:
                waiting.append(len(entries))
            entries.append(TocEntry(sections[-1] if sections else None, title, page))
            pending = []
        elif _PAGE_ALONE.match(text) and pending and not waiting:
            entries.append(TocEntry(sections[-1] if sections else None, "".join(pending), int(text)))
            pending = []
        elif _PAGE_ALONE.match(text):
            if waiting:
                k = waiting.pop(0)
                entries[k] = TocEntry(entries[k].section, entries[k].title, int(text))
        elif (
            text in sections
            or ends_sentence(text)
            or (entries and match_key(text) == match_key(entries[0].title))
        ):
            break
        elif not pending and len(text) <= _MAX_SECTION_CHARS and not _waiting_title(content, i):
            sections.append(text)
        else:
            pending.append(text)  # the first half of a title that wraps onto the next TOC line
        i += 1
    if pending:
        document.notes.append(
            f"table of contents: '{''.join(pending)}' has no page number; read as body text"
        )
        i -= len(pending)
    return entries, i


def _waiting_title(content: list[Line], i: int) -> bool:
    """A short line directly followed by a page number alone is an entry whose leaders were lost."""
    return i + 1 < len(content) and bool(_PAGE_ALONE.match(content[i + 1].text))


def _read_unpaged(content: list[Line], start: int) -> tuple[list[TocEntry], int]:
    """Entries without page numbers: the TOC runs until its first line is printed again.

    A TOC line is a section name when, in the body, it is followed by another
    TOC line (a title) rather than by text.
    """
    keys: list[str] = []
    end = None
    for i in range(start, min(len(content), start + 200)):
        key = match_key(_unnumbered(content[i].text))
        if len(content[i].text) > _MAX_TITLE_CHARS or (
            ends_sentence(content[i].text) and not _title_printed_again(content, i, key)
        ):
            end = i
            break
        if _names_a_day(content[i].text):
            end = i  # the page's folio or a date line under a 导读 box: no entry, the list is over
            break
        if _opens_a_story(content, i, start):
            end = i - 1  # the title over that opening is the story's, not the list's
            break
        if keys and (key == keys[0] or near_key(key, keys[0])):
            end = i  # the first line printed again, or read again by OCR a character or two otherwise
            break
        keys.append(key)
    if end is None or len(keys) < 2:
        return [], start
    body_keys = [match_key(line.text) for line in content[end:]]
    entries: list[TocEntry] = []
    section: str | None = None
    for offset, key in enumerate(keys):
        text = _unnumbered(content[start + offset].text)
        if _is_section(key, keys, body_keys):
            section = text
            continue
        entries.append(TocEntry(section, text, None))
    return entries, end


def _title_printed_again(content: list[Line], i: int, key: str) -> bool:
    """A contents line ending in ``……``, ``？`` or ``！`` (``只为告诉大家这件事……``) that stands again as a
    line of its own further down (or over two lines, as a PDF sets a long headline) is a headline listed,
    not a paragraph that ends the list: a paragraph is never printed twice, and a line closed by ``。``
    or ``；`` is always read as one."""
    text = content[i].text.rstrip()
    if not key or text.endswith(("。", "；", ";", "：", ":")):
        return False
    below = [match_key(_unnumbered(line.text)) for line in content[i + 1 :]]
    if not below:
        return False  # the file's last line: nothing below prints it again
    return any(
        first == key or (key.startswith(first) and first + second == key)  # set over two lines in the body
        for first, second in zip(below, [*below[1:], ""], strict=True)
    )


def _opens_a_story(content: list[Line], i: int, start: int) -> bool:
    """A dateline (``今日房县网讯 记者戢太敏报道:…``) under a line of a contents list without page numbers:
    a page's 导读 box lists the titles of other stories and is over, and the line above is the title of
    the first story of the page.  Safe: a contents entry is a title, and a title never opens with the
    outlet's 讯 and its reporters; only lines after two entries are read so."""
    return i - start >= 3 and kind_of(content[i].text) is Kind.DATELINE


def _names_a_day(text: str) -> bool:
    """A date line (``2018年1月25日``) or a paper's dated line (``山城日报　2018年1月25日　星期四``, with its
    page or not): what a page prints under its 导读 box, never an entry of the list — a headline that
    names a day goes on with what happened."""
    return is_date_line(text) or is_folio(text) or dated_masthead(text)


def _is_section(key: str, keys: list[str], body_keys: list[str]) -> bool:
    """A contents line naming a section: ``【栏目】`` by its brackets, else a line that the body prints over
    another contents line (a title) rather than over text — a section's first item may follow an editor's
    note (``按语：…``), so the brackets are read first."""
    if SECTION_LABEL.match(key):
        return True
    toc_set = set(keys)
    for k, body_key in enumerate(body_keys[:-1]):
        if body_key == key:
            return body_keys[k + 1] in toc_set and body_keys[k + 1] != key
    return False


def toc_entry(text: str) -> tuple[str, int] | None:
    """``标题 ........ 12`` or ``标题 12`` → ``('标题', 12)``: a title, a gap or dot leaders, a page number.

    Written as string operations rather than one pattern: a pattern with a lazy title and
    optional leaders backtracks over long runs of dots.
    """
    digits = len(text) - len(text.rstrip("0123456789"))
    if not 1 <= digits <= 4:
        return None
    head = text[:-digits]
    title = head.rstrip(_LEADER_CHARS)
    gap = head[len(title) :]
    if not title or not gap:
        return None
    if gap.strip() and len(gap.strip(" \t\u3000")) < 2:  # one dot or dash is part of the title, not a leader
        return None
    return title.strip(), int(text[-digits:])


def has_leaders(text: str) -> bool:
    """A TOC line ending in dot leaders (its page number printed elsewhere)."""
    tail = text.rstrip(" \t\u3000")
    body = tail.rstrip(_DOTS + " ")
    return sum(1 for char in tail[len(body) :] if char in _DOTS) >= 3


def _strip_leaders(title: str) -> str:
    return title.rstrip(".·…．・-—_ ").strip()


def locate(content: list[Line], toc: Toc) -> tuple[list[tuple[int, int, int]], set[int]]:
    """Where each TOC title stands in ``content``: ``(first title line, first body line, entry)``.

    Also returns the indexes of section-name lines repeated in the body, which are structure, not text.
    """
    entries = toc.entries
    keys = [match_key(_without_number(_unnumbered(entry.title))) for entry in entries]
    ordered = sorted(keys)  # ``_opens_a_key`` finds a title's start among them without a set of prefixes
    sections = {entry.section for entry in entries if entry.section}
    found: list[tuple[int, int, int]] = []
    next_entry = 0
    section_lines: set[int] = set()
    i = 0
    section_keys = [match_key(section) for section in sections]
    while i < len(content):
        text = content[i].text
        if text in sections or (
            SECTION_LABEL.match(text) and any(near_key(match_key(text), key) for key in section_keys)
        ):
            section_lines.add(i)
            i += 1
            continue
        if len(text) > _MAX_TITLE_CHARS:
            i += 1  # a paragraph, longer than any title (``_title_at`` would say no at once)
            continue
        hit = _title_at(content, i, keys, ordered, next_entry)
        if hit is None and next_entry < len(keys) and _read_otherwise(text, keys[next_entry]):
            hit = next_entry, 1  # the next entry's title, read by OCR a character or two otherwise
        if hit is None:
            i += 1
            continue
        entry_index, length = hit
        found.append((i, i + length, entry_index))
        next_entry = entry_index + 1
        i += length
    return found, section_lines


def _read_otherwise(text: str, key: str) -> bool:
    """``text`` is the title whose key is ``key``, read by OCR a character or two otherwise (``near_key``)."""
    return abs(len(text) - len(key)) <= len(key) // 4 + 2 and near_key(match_key(_unnumbered(text)), key)


def near_key(a: str, b: str) -> bool:
    """Two keys (``match_key``) of one line read twice by OCR: at least five characters each, and as many
    single-character edits apart (misread, lost or added) as one in eight of the shorter, at least one
    — not equal.  ``【工作动态】`` and ``【基层动态】`` are two edits apart in six: two lines, not one."""
    if a == b or min(len(a), len(b)) < 5:
        return False
    allowed = max(1, min(len(a), len(b)) // 8)
    if abs(len(a) - len(b)) > allowed:
        return False
    in_b = set(b)
    if sum(1 for char in a if char not in in_b) > allowed:
        return False  # each of a's characters found nowhere in b takes an edit of its own: too many
    previous = list(range(len(b) + 1))
    for k, char in enumerate(a, 1):
        current = [k]
        for m, other in enumerate(b, 1):
            current.append(min(previous[m] + 1, current[m - 1] + 1, previous[m - 1] + (char != other)))
        if min(current) > allowed:
            return False
        previous = current
    return previous[-1] <= allowed


def _title_at(
    lines: list[Line], i: int, keys: list[str], ordered: list[str], first: int
) -> tuple[int, int] | None:
    """``(toc index, number of lines)`` when a TOC title (from entry ``first`` on) starts at line ``i``."""
    joined = ""
    for length in range(1, _MAX_TITLE_LINES + 1):
        if i + length > len(lines) or len(lines[i + length - 1].text) > _MAX_TITLE_CHARS:
            return None
        text = lines[i + length - 1].text
        if length == 1:
            text = _unnumbered(text)
        head = key_head(text)
        if head and not _opens_a_key(ordered, joined + head):  # exact shortcut: the key starts with ``head``
            return None
        joined += match_key(text)
        if not _opens_a_key(ordered, joined):  # no title starts this way: stop early on every body paragraph
            return None
        for index in range(first, len(keys)):
            if keys[index] == joined:
                return index, length
    return None


def _opens_a_key(ordered: list[str], start: str) -> bool:
    """Some key of ``ordered`` (sorted) starts with ``start`` (not empty): the first key not before it
    does (any string between a prefix and a key it opens opens with it too)."""
    at = bisect_left(ordered, start)
    return bool(start) and at < len(ordered) and ordered[at].startswith(start)
