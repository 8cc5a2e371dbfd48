"""News-database exports: records of labelled fields, one record an article.

A researcher's export from a news database (慧科 WiseNews, CNKI's 报纸库, a library's 报刊库) is no
printed page: each article is a *record* whose parts are named by field labels — ``标题：…`` /
``作者：…`` / ``来源：…`` / ``日期：…`` / ``版次：…`` / ``正文：`` (or ``【标题】…``, or CNKI's bilingual
``Title-题名: …``) — with a record number (``文档 3 / 12``, ``1.``) or a rule between records.  Read by
the page's cues, the field lines look like short titles and the text like one long article; read by
their labels they are exact: the title field is the item's heading, the author field its byline, the
text field (or CNKI's ``摘要``) its body, and every other field (source, day, page, word count) is the
record's, set aside as ``record field`` — its day and source the issue's when every record agrees (one
paper's day).  The export's own header above the first record (the search terms, the number of hits)
and its closing lines after the last record's rule are set aside too.

``prepare`` runs where the Markdown reader would and hands the segmenter the same ``MarkdownInfo``: the
title lines become headings of one level, so the records split as a digest's items do.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from reader.importer.lines import Document, Line
from reader.importer.markdown import MarkdownInfo
from reader.importer.model import BlockKind
from reader.importer.script import simplified

_ROLES = {
    "title": ("标题", "题名", "篇名", "Title"),
    "author": ("作者", "责任者", "Author"),
    "source": ("来源", "报纸", "报纸名", "媒体", "刊名", "出处", "Source"),
    "date": ("日期", "发表时间", "出版日期", "刊发日期", "见报日期", "PubTime", "Date"),
    "text": ("正文", "全文", "正文快照", "摘要", "内容", "Summary"),
    "section": ("版名", "栏目", "Column"),
    "other": (
        "版次",
        "版号",
        "版面",
        "字数",
        "来源库",
        "关键词",
        "Page",
        "Column",
        "Keyword",
        "SrcDatabase",
        "附加字段",
    ),
}
_ROLE_OF = {label: role for role, labels in _ROLES.items() for label in labels}
_LABEL = "|".join(sorted((re.escape(label) for label in _ROLE_OF), key=len, reverse=True))
_FIELD = re.compile(
    rf"^(?:(?:[A-Za-z]{{2,15}}-)?(?P<a>{_LABEL})[ \t]{{0,2}}[：:]|【(?P<b>{_LABEL})】)[ \t\u3000]{{0,4}}"
)
"""``标题：…``, ``Title-题名: …`` (CNKI's English name, a hyphen, the Chinese one), ``【标题】…``."""
_RECORD_NUMBER = re.compile(r"^(?:文档|记录|第)?\s{0,2}\d{1,4}\s{0,2}(?:/\s{0,2}\d{1,5}|篇|条|[.、．])?$")
"""``文档 3 / 12``, ``第3篇``, ``1.`` alone on a line: a record's number."""
_RULE = re.compile(r"^[=\-_─━—*·.]{5,}$")
_MIN_RECORDS = 2
_LABEL_ZONE = 24  # characters: a label and its brackets or colon stand within them
_BAR = re.compile(r"\s{0,3}[|｜]\s{0,3}")
_DAY = re.compile(r"^\d{4}[-./年]\d{1,2}[-./月]\d{1,2}日?$")
_TITLE_NUMBER = re.compile(r"^\d{1,4}[.、．]\s{0,2}")
_META_PARTS = 4
_META_CHARS = 200
_PAGE_PART = re.compile(r"^(?:第\s?[A-Z]?\d{1,3}\s?版|[A-Z]\d{1,3})$")
_PAGE_NAME = re.compile(r"^[\u4e00-\u9fff·]{2,8}$")
_NAME_LIST = re.compile(r"[;；]\s{0,2}")


def field_of(text: str) -> tuple[str, str, str] | None:
    """(role, label as printed, value) of a field line, or ``None``; the labels are read through the
    script fold, one character for one, so the printed label and value are cut where the match ends."""
    head = text[:_LABEL_ZONE]
    if "：" not in head and ":" not in head and "】" not in head:
        return None  # asked of every line of every file: no label's colon or bracket, no field
    match = _FIELD.match(simplified(head))  # 標題：…, 作者：… in a traditional export
    if match is None:
        return None
    label = match.group("a") or match.group("b")
    return _ROLE_OF[label], text[: match.end()].rstrip(), text[match.end() :].strip()


def prepare(document: Document) -> MarkdownInfo | None:
    """Mark an export's records (title lines as headings, fields set aside); ``None`` when the file is
    not one."""
    lines = document.lines
    fields = [field_of(line.text) for line in lines]
    titles = [k for k, found in enumerate(fields) if found and found[0] == "title" and found[2]]
    sections: list[tuple[Line, Line]] = []  # (title, section) of each record that names its section
    if len(titles) >= _MIN_RECORDS and _labelled_records(fields, titles):
        values: dict[str, Counter[str]] = {"source": Counter(), "date": Counter()}
        for k, found in enumerate(fields):
            if found is not None and found[0] == "section" and found[2] and k > titles[0]:
                title = lines[max(t for t in titles if t < k)]
                sections.append((title, _keep_value(document, lines[k], found[1], found[2])))
            elif found is not None:
                _field(document, lines[k], found, values)
    elif (metas := _meta_lines(lines)) is not None:
        titles = [k - 1 for k in metas]
        values = _print_page(document, metas, sections)
        fields = [None] * len(lines)
    else:
        return None
    _numbers_and_edges(document, fields, titles)
    _sections_over_titles(document, sections)
    for role, key in (("source", "publication"), ("date", "date")):
        if len(values[role]) == 1 and values[role].total() >= _MIN_RECORDS:
            document.metadata.setdefault(key, next(iter(values[role])))  # every record names the same
    return MarkdownInfo(item_level=2)


def _meta_lines(lines: list[Line]) -> list[int] | None:
    """A database's print page: under each title a line of the record's fields between bars
    (``云溪日报 | 2025-11-29 | 第01版 | 要闻 | 作者：周致啸 | 字数：169``), two or more such lines."""
    found = [k for k, line in enumerate(lines) if k and _is_meta(line.text)]
    return found if len(found) >= _MIN_RECORDS else None


def _is_meta(text: str) -> bool:
    if text.count("|") + text.count("｜") < _META_PARTS - 1:
        return False  # asked of every line of every file: most have no bar at all
    parts = _parts(text)
    return len(parts) >= _META_PARTS and any(field_of(p) for p in parts) and any(_DAY.match(p) for p in parts)


def _parts(text: str) -> list[str]:
    return [part.strip() for part in _BAR.split(text)] if len(text) <= _META_CHARS else []


def _print_page(document: Document, metas: list[int], sections: list) -> dict[str, Counter[str]]:
    """Each title (its record number set aside) a heading; its meta line kept as the author field, the
    other parts set aside as pieces; the source (the first part) and the day counted for the issue; the
    part after the page (``第01版 | 要闻``) the record's section."""
    values: dict[str, Counter[str]] = {"source": Counter(), "date": Counter()}
    for k in metas:
        title, meta = document.lines[k - 1], document.lines[k]
        if name := _page_name(_parts(meta.text)):
            sections.append((title, Line(meta.number, name)))
        number = _TITLE_NUMBER.match(title.text)
        if number and title.text[number.end() :]:
            document.pieces_aside.append((title.number + 1, number.group().strip(), "record number"))
            title.text = title.text[number.end() :]
        title.kind, title.level = BlockKind.HEADING, 2
        parts = _parts(meta.text)
        values["source"][parts[0]] += 1
        values["date"].update(p for p in parts if _DAY.match(p))
        author = next((p for p in parts if (f := field_of(p)) and f[0] == "author" and f[2]), None)
        if author is None:
            document.set_aside(meta, "record field")
            continue
        document.pieces_aside.append((meta.number + 1, meta.text, "record field"))
        meta.text = author
    return values


def _labelled_records(fields: list, titles: list[int]) -> bool:
    """Each title field has two or more other fields within its record: labels, not a stray ``标题：``
    line."""
    bounds = [*titles, len(fields)]
    for start, stop in pairwise(bounds):
        near = [f for f in fields[max(0, start - 8) : min(stop, start + 12)] if f and f[0] != "title"]
        if len({f[1] for f in near}) < 2:
            return False
    return True


def _field(document: Document, line: Line, found: tuple[str, str, str], values: dict) -> None:
    role, label, value = found
    if role == "title" and value:
        _keep_value(document, line, label, value)
        line.kind, line.level = BlockKind.HEADING, 2
    elif role == "author" and value:
        names = " ".join(name for name in _NAME_LIST.split(value) if name)  # CNKI's 卢文军;张峥;
        if (
            not label.startswith("作者") or names != value
        ):  # 【作者】, Author-作者: the byline label they mean
            document.pieces_aside.append((line.number + 1, label, "record field"))
            line.text = "作者：" + names
    elif role == "text" and value:
        _keep_value(document, line, label, value)
    else:
        document.set_aside(line, "record field")
        if role in values and value:
            values[role][value] += 1


def _keep_value(document: Document, line: Line, label: str, value: str) -> Line:
    """The field's value stays as the line; its label is set aside as a piece."""
    document.pieces_aside.append((line.number + 1, label, "record field"))
    line.text = value
    return line


def _page_name(parts: list[str]) -> str | None:
    """The part after a page's number on a print page's meta line: the page's name, the record's section."""
    for page, name in pairwise(parts):
        if _PAGE_PART.match(page) and _PAGE_NAME.match(name):
            return name
    return None


def _sections_over_titles(document: Document, sections: list[tuple[Line, Line]]) -> None:
    """Each record's section field (``版名：要闻``) where it changes becomes a heading over the record's
    title, so the records under it are that section's as a digest's items are under ``## 栏目``; where
    the section goes on from the record above, the field is set aside.  The field line moves from under
    the title to over it (it keeps its line number; the set-aside list is sorted by number)."""
    current = None
    for title, section in sections:
        if section.text == current:
            document.set_aside(section, "record field")
            continue
        current = section.text
        if section in document.lines:
            document.lines.remove(section)
        section.kind, section.level = BlockKind.HEADING, 1
        document.lines.insert(document.lines.index(title), section)


def _numbers_and_edges(document: Document, fields: list, titles: list[int]) -> None:
    """Record numbers, the export's header above the first record and its lines after the last rule."""
    lines = document.lines
    first = titles[0]
    while first > 0 and (fields[first - 1] or _RECORD_NUMBER.match(lines[first - 1].text)):
        first -= 1
    for line in lines[:first]:
        document.set_aside(line, "export header")
    for k, line in enumerate(lines):
        if k >= first and fields[k] is None and _RECORD_NUMBER.match(line.text):
            document.set_aside(line, "record number")
    rules = [k for k in range(titles[-1], len(lines)) if _RULE.match(lines[k].text)]
    if rules:
        for line in lines[rules[-1] + 1 :]:
            document.set_aside(line, "export footer")
