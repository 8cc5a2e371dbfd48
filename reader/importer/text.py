"""Small text predicates shared by the layout parsers.

They encode what typesetting tells a reader at a glance: a sentence ends in
。！？, a title is a short line with no clause punctuation, ``②5`` at the end of
a paragraph is an editor's code and not text.
"""

from __future__ import annotations

import re
import unicodedata

SENTENCE_END = "。！？!?…；;：:"
"""A line ending in one of these closes its paragraph (the ：/； ends cover list lead-ins and list items)."""
CLOSING_QUOTES = "”’」』"
"""After a sentence end (``…发展。”``) these still close it; after a word (``“暖心路”``) they do not."""

CONTINUATION_START = "。，、；：！？,;:!?）)”’」』"
"""A line starting with one of these can only be the tail of the line before it."""

MAX_HEADING_CHARS = 40
EDITOR_CODE = re.compile(r"(?<![\d①-⑳])([①-⑳]\d{1,2})\s*$")
CAPTION = re.compile(r"^图\s*[①-⑳\d]+")
SOURCE_NOTE = re.compile(r"^[(（]\s*原载.+[)）]$")
_CLAUSE_PUNCT = re.compile(r"[。！？!?；;，,]")
_PHRASE = re.compile(r"\S*[\u4e00-\u9fff]\S*[\u4e00-\u9fff]\S*")  # a phrase holding two or more hanzi
_COLUMN_LABEL = re.compile(
    r"^[\u4e00-\u9fff]{2,6}(?:时讯|快讯|简讯|纪行|动态|要闻|速递|视点|观察|扫描|集锦|走笔|专栏|新闻)$"
)
_MIDDLE_DOTS = str.maketrans({"•": "・", "·": "・", "‧": "・", "･": "・"})


def ends_sentence(text: str) -> bool:
    """True when ``text`` closes a paragraph by its last character."""
    text = text.rstrip().rstrip(CLOSING_QUOTES) if text.rstrip()[-1:] in CLOSING_QUOTES else text.rstrip()
    return bool(text) and (text[-1] in SENTENCE_END or text.endswith("——"))


def split_editor_code(text: str) -> tuple[str, str | None]:
    """Split ``'…人次。⑥7'`` into ``('…人次。', '⑥7')``; text without a code comes back unchanged."""
    match = EDITOR_CODE.search(text)
    if not match or match.start() == 0:
        return text, None
    return text[: match.start()].rstrip(), match.group(1)


def is_heading_like(line: str) -> bool:
    """A short line with no clause punctuation and no sentence end: a title, kicker or sub-heading."""
    line = line.strip()
    if line[-1:] in ":：" and len(line) <= 16:  # a kicker such as 示范区巡察办:
        line = line[:-1]
    if not line or len(line) > MAX_HEADING_CHARS or ends_sentence(line):
        return False
    if CAPTION.match(line) or EDITOR_CODE.search(line):
        return False
    return not _CLAUSE_PUNCT.search(line)


def is_spaced_heading(line: str) -> bool:
    """``聚焦组建专班团队 全方位开展招商``: phrases set apart by spaces, the usual sub-heading form."""
    phrases = line.split()
    return (
        len(phrases) >= 2
        and len(line.strip()) <= 30
        and all(_PHRASE.fullmatch(phrase) for phrase in phrases)
        and is_heading_like(line)
    )


def is_column_label(line: str) -> bool:
    """``城区时讯``, ``乡村纪行``: the name of a page or column, not of an article."""
    return bool(_COLUMN_LABEL.match(line.strip()))


def match_key(text: str) -> str:
    """Comparable form of a title: no white space, NFKC, one kind of middle dot."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).translate(_MIDDLE_DOTS)


def shorten(text: str, limit: int = 30) -> str:
    """A title made from running text: up to the first sentence end, cut at ``limit`` characters."""
    text = text.strip()
    first = re.split(r"(?<=[。！？!?])", text, maxsplit=1)[0]
    if len(first) <= limit:
        return first
    return first[: limit - 1].rstrip("，,、；;：: ") + "…"
