"""Feeds and data exports: RSS / Atom XML, a JSON array of objects, CSV / TSV with a header row.

A paper's or a site's day may reach a researcher as its feed (RSS 2.0, Atom) or as a data export
(a JSON array, a spreadsheet saved as CSV or TSV): each article a record of named fields — title,
author, date, section, content.  Read as text, such a file is one article titled ``<?xml …`` or
``[``.  Here the records become the labelled export the records reader knows (``records.py``):
``标题：…`` / ``作者：…`` / ``来源：…`` / ``日期：…`` / ``版名：…`` / ``正文：`` and the content's
paragraphs, records apart by a rule; a feed's own title is every record's source (the paper), its
other channel lines an export header; a field of no known role is kept as a record field
(``附加字段：name=value``), set aside with the others.  HTML in a content field (a feed's ``<p>``,
also entity-escaped in Atom) becomes its paragraphs.

Only the file's opening decides (``<?xml``/``<rss``/``<feed``, ``[``/``{``, or a first line of field
names apart by tabs or commas naming a title and a content field): no line of other files is read.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

NOTE = "read as a feed or data export (its records as labelled fields)"

_ROLE_NAMES = {
    "title": ("title", "headline", "标题", "题名", "篇名"),
    "author": ("author", "authors", "creator", "byline", "writer", "作者", "责任者"),
    "date": (
        "date",
        "pubdate",
        "published",
        "pubtime",
        "publish_time",
        "publishtime",
        "updated",
        "日期",
        "时间",
    ),
    "section": ("section", "category", "column", "channel", "版名", "栏目", "版面", "分类"),
    "text": ("content", "body", "text", "description", "summary", "正文", "内容", "全文", "摘要"),
    "source": ("source", "paper", "publication", "来源", "报纸", "媒体"),
}
_ROLE_OF = {name: role for role, names in _ROLE_NAMES.items() for name in names}
_LABELS = {
    "title": "标题",
    "author": "作者",
    "source": "来源",
    "date": "日期",
    "section": "版名",
}
_OTHER = "附加字段"
_RULE = "=" * 20
_OPENING = 512  # characters of the file's start that decide
_BLOCK_END = re.compile(r"</(?:p|div|h[1-6]|li|tr|blockquote)\s*>|<br\s*/?>", re.I)
_TAG = re.compile(r"<[^<>]{0,2000}>")
_PARAGRAPHS = re.compile(r"\n\s*|\u3000{2,}|(?:\\n)+")
"""Paragraph breaks inside a field: line breaks, a run of ideographic spaces (a paragraph's indent
kept on one line, as a TSV must), a ``\\n`` written out."""
_FEED_ROOT = re.compile(r"^(?:<\?xml[^>]{0,200}>\s*)?(?:<!--.{0,300}?-->\s*)*<(?:rss|feed)[\s>]", re.S)
_ATOM = "{http://www.w3.org/2005/Atom}"
_MIN_RECORDS = 2


def is_feed(text: str) -> bool:
    """Whether the file opens as a feed or a data export (only its first characters are looked at)."""
    head = text[:_OPENING].lstrip()
    if head[:1] == "<":
        return _FEED_ROOT.search(head) is not None  # not an XHTML page's <?xml
    if head[:1] in "[{":
        return True
    first = head.split("\n", 1)[0]
    return _header_roles(first) is not None


def to_text(text: str) -> str | None:
    """The records as a labelled export, or ``None`` when the file is not a feed or export after all."""
    head = text.lstrip()[:1]
    try:
        if head == "<":
            found = _xml(text)
        elif head in "[{":
            found = _json(text)
        else:
            found = _table(text)
    except (ValueError, csv.Error, RecursionError):
        return None
    if found is None:
        return None
    header, records = found
    if (
        len(records) < _MIN_RECORDS
        or not all("title" in r for r in records)
        or not any("text" in r for r in records)
    ):
        return None
    out = [line for line in header if line]
    for record in records:
        out.extend(_record_lines(record))
    return "\n".join(out) + "\n"


def _record_lines(record: dict) -> list[str]:
    lines = [_RULE]
    for role in ("title", "source", "date", "section", "author"):  # as WiseNews orders them
        if role in record:
            lines.append(f"{_LABELS[role]}：{_one_line(record[role])}")
    lines.extend(f"{_OTHER}：{name}={_one_line(value)}" for name, value in record.get("other", []))
    lines.append("正文：")
    lines.extend(p.strip() for p in _PARAGRAPHS.split(_plain(record.get("text", ""))) if p.strip())
    lines.append("")
    return lines


def _one_line(value: str) -> str:
    return " ".join(value.split())


def _plain(value: str) -> str:
    """HTML of a content field as text: a line per block, tags left out, entities resolved."""
    if "<" in value:
        value = _TAG.sub("", _BLOCK_END.sub("\n", value))
    return html.unescape(value) if "&" in value else value


_MAILED_NAME = re.compile(r"^[\w.+-]{1,64}@[\w.-]{1,64}\s{0,3}[(（](?P<name>[^()（）]{1,60})[)）]$")
"""``news@paper.cn (陈思远)``: RSS 2.0's author, an address and the name after it in brackets."""


def _role(name: str) -> str | None:
    """The role of a field by its name (``Title``, ``pub-date``, ``正文``), or ``None``."""
    return _ROLE_OF.get(name.strip().lower().replace("-", "_"))


def _fields(pairs) -> dict:
    record: dict = {}
    for name, value in pairs:
        if value is None:
            continue
        value = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
        role = _role(name)
        if role == "author" and "@" in value and (mailed := _MAILED_NAME.match(value.strip())):
            record.setdefault("other", []).append((name, value.strip()))  # the address, set aside
            value = mailed.group("name")
        if role is not None and role not in record:
            record[role] = value.strip()
        elif value.strip():
            record.setdefault("other", []).append((name, value.strip()))
    return record


class _Pairs(dict):
    """A JSON object that keeps every name–value pair: ``json`` keeps a repeated name's last value only."""

    def __init__(self, pairs: list[tuple[str, object]]) -> None:
        super().__init__(pairs)
        self.pairs = pairs


def _json(text: str) -> tuple[list[str], list[dict]] | None:
    data = json.loads(text, object_pairs_hook=_Pairs)
    if isinstance(data, dict):  # {"items": [...]} or {"data": [...]}
        lists = [v for v in data.values() if isinstance(v, list)]
        if len(lists) != 1:
            return None
        data = lists[0]
    if not isinstance(data, list) or not all(isinstance(item, _Pairs) for item in data):
        return None
    return [], [_fields(pairs) for item in data for pairs in _by_title(item.pairs)]


def _by_title(pairs: list[tuple[str, object]]) -> list[list[tuple[str, object]]]:
    """A record's pairs, a new record at each title after the first.

    A record has one title, so a second one is another record run into it: lines lost from a
    pretty-printed export join the rest of one object (or feed item) to the next, which may still
    parse; read as one, JSON kept the second title and dropped the first (and its author, date)."""
    records: list[list[tuple[str, object]]] = [[]]
    titled = False
    for name, value in pairs:
        if _role(name) == "title":
            if titled:
                records.append([])
            titled = True
        records[-1].append((name, value))
    return records


def _header_roles(first: str) -> str | None:
    """The delimiter of a header row naming a title and a content field, or ``None``."""
    for delimiter in ("\t", ","):
        if delimiter in first and len(first) < _OPENING:
            roles = {_ROLE_OF.get(name.strip().strip('"').lower()) for name in first.split(delimiter)}
            if "title" in roles and "text" in roles:
                return delimiter
    return None


def _table(text: str) -> tuple[list[str], list[dict]] | None:
    first = text.lstrip().split("\n", 1)[0]
    delimiter = _header_roles(first)
    if delimiter is None:
        return None
    source = io.StringIO(text.lstrip())
    if delimiter == "\t":
        rows = list(csv.reader(source, delimiter=delimiter, quoting=csv.QUOTE_NONE))
    else:
        rows = list(csv.reader(source, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL))
    names, rows = rows[0], [row for row in rows[1:] if any(cell.strip() for cell in row)]
    if any(len(row) != len(names) for row in rows):
        return None
    return [], [_fields(zip(names, row, strict=True)) for row in rows]


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].lower()


def _xml(text: str) -> tuple[list[str], list[dict]] | None:
    import xml.etree.ElementTree as ET  # only for a feed: a parse worker need not load expat at its start

    try:
        root = ET.fromstring(text.lstrip())
    except ET.ParseError:
        return None
    kind = _local(root.tag)
    if kind == "rss":
        channel = root.find("channel")
        items = list(channel.iter("item")) if channel is not None else []
    elif kind == "feed":  # ``iter``: an item whose end tag was lost holds the next ones, each a record still
        channel, items = root, list(root.iter(f"{_ATOM}entry")) or list(root.iter("entry"))
    else:
        return None
    if channel is None:
        return None
    header, paper = [], None
    for child in channel:
        name, value = _local(child.tag), (child.text or "").strip()
        if name in ("item", "entry") or not value:
            continue
        if name == "title":
            paper = value
        header.append(f"{name}：{_one_line(value)}")
    records = []
    for pairs in (pairs for item in items for pairs in _by_title(list(_entry_pairs(item)))):
        record = _fields(pairs)
        if paper and "source" not in record:
            record["source"] = paper
        if "date" in record:
            record["date"] = _day(record["date"])
        records.append(record)
    return header, records


def _entry_pairs(item: Element):
    for child in item:
        name = _local(child.tag)
        if name in ("item", "entry"):
            continue  # a record of its own, inside this one (its end tag was lost): ``_xml`` reads it
        if name == "author":  # Atom: <author><name>…</name></author>
            yield name, " ".join(t.strip() for t in child.itertext() if t.strip())
        elif name == "category" and child.get("term") is not None:
            yield name, child.get("term")
        elif name == "link" and child.get("href") is not None:
            yield name, child.get("href")
        else:
            yield name, "".join(child.itertext())


def _day(value: str) -> str:
    """An RFC 822 day (RSS's ``pubDate``) or an ISO time (Atom's) as ``YYYY-MM-DD``."""
    if re.match(r"^\d{4}-\d{2}-\d{2}", value):
        return value[:10]
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError):
        return value
