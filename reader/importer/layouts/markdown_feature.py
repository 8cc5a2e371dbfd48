"""Features converted to Markdown (``001``): ``#`` title, ``##``/``###`` sub-headings, hard-break fact boxes.

Under the title come an optional date line (``2023年``) and byline
(``本报记者 滑清泉 杨森``).  Lines ending in two spaces are Markdown hard breaks:
each such line, and the line closing its run, is a list item of a fact box and
is never glued to its neighbours.  Every further ``#`` title starts another
article, so a file holding several converted features still splits sensibly.
"""

from __future__ import annotations

import re

from reader.importer.bylines import parse_byline_line
from reader.importer.model import BlockKind, ParsedArticle
from reader.importer.paragraphs import Line, build_body
from reader.importer.text import shorten

LAYOUT = "markdown_feature"
_ATX = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_DATE_LINE = re.compile(r"^\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?(?:\s*星期.)?$")
_HEADER_LOOKAHEAD = 3


def looks_like(text: str) -> bool:
    """A ``# title`` line, or at least two ``##``/``###`` sub-heading lines."""
    headings = [line for line in text.split("\n") if line.startswith("#") and _ATX.match(line)]
    return any(line.startswith("# ") for line in headings) or len(headings) >= 2


def parse(text: str, warnings: list[str]) -> list[ParsedArticle]:
    lines = _markdown_lines(text)
    articles: list[ParsedArticle] = []
    current: list[Line] = []
    title: str | None = None
    for line in lines:
        match = _ATX.match(line.text)
        if match and len(match.group(1)) == 1:
            if title is not None or current:
                articles.append(_article(title, current, warnings))
            title, current = match.group(2), []
        else:
            current.append(line)
    articles.append(_article(title, current, warnings))
    return articles


def _markdown_lines(text: str) -> list[Line]:
    """Non-empty lines, with headings and hard-break runs marked before the spaces that show them are lost."""
    raw = text.split("\n")
    result: list[Line] = []
    gap = 0
    for number, source in enumerate(raw):
        stripped = source.strip()
        if not stripped:
            gap += 1
            continue
        hard_break = source.endswith("  ") and number + 1 < len(raw) and bool(raw[number + 1].strip())
        previous = result[-1] if result else None
        after_break = previous is not None and gap == 0 and previous.kind is BlockKind.LIST_ITEM
        heading = _ATX.match(stripped)
        if heading and len(heading.group(1)) > 1:
            result.append(Line(number, heading.group(2), gap, BlockKind.HEADING, closed=True))
        elif hard_break or after_break:
            result.append(Line(number, stripped, gap, BlockKind.LIST_ITEM, closed=True))
        else:
            result.append(Line(number, stripped, gap))
        gap = 0
    return result


def _article(title: str | None, lines: list[Line], warnings: list[str]) -> ParsedArticle:
    article = ParsedArticle(title or "")
    head = 0
    for line in lines[:_HEADER_LOOKAHEAD]:
        if line.kind is not None:
            break
        if article.date_line is None and _DATE_LINE.match(line.text):
            article.date_line = line.text
        elif not article.byline and (people := parse_byline_line(line.text)):
            article.byline_text = line.text
            article.byline = people
        else:
            break
        head += 1
    body = build_body(lines[head:], rejoin=True)
    article.blocks = body.blocks
    article.editor_codes = body.editor_codes
    article.source_note = body.source_note
    if body.credit:
        article.credit = body.credit
        article.byline.extend(p for p in body.credit_people if p not in article.byline)
    if not title:
        article.title = shorten(body.blocks[0].text) if body.blocks else "(untitled)"
        warnings.append("Markdown text before the first '#' title kept as an article of its own")
    return article
