"""Newspaper pages (``002``–``004``): many articles per file, each under its own heading group.

An article starts at an *anchor* — a dateline paragraph (``本报讯(记者 …)…``), a
byline line (``记者 唐 翀 通讯员 武 强``) or a credit standing under a title
(``记者 … 文/图``) — together with the short heading lines right above it.
Photo news has no anchor: there a heading line starts an article when the
previous article visibly ended (an editor code, a credit, a caption, or two or
more blank lines) and running text follows it.  Everything else belongs to the
article above it, so no line is lost.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.importer.bylines import parse_byline_line, parse_credit_line, parse_dateline
from reader.importer.layouts.headings import assign_heading
from reader.importer.model import ParsedArticle
from reader.importer.paragraphs import Line, breaks_across_blank_lines, build_body, content_lines
from reader.importer.text import CAPTION, EDITOR_CODE, is_heading_like, shorten

LAYOUT = "newspaper_page"
_MAX_HEADING_LINES = 4
_MAX_BYLINE_CHARS = 60  # longer lines are running text, never a byline or a credit


@dataclass(frozen=True)
class _Start:
    heading: list[Line]  # the heading group, top to bottom (may be empty for a dateline with no title)
    byline: Line | None  # a byline or credit line between heading and body
    body_from: int  # index of the first body line


def find_anchors(lines: list[Line]) -> list[int]:
    """Indexes of lines that open an article body: datelines, byline lines, credits under a title."""
    anchors = []
    for i, line in enumerate(lines):
        text = line.text
        if text.startswith("本报") and parse_dateline(text):
            anchors.append(i)
        elif len(text) > _MAX_BYLINE_CHARS:
            continue
        elif _is_byline(text) or (
            parse_credit_line(text) is not None and i > 0 and _is_heading(lines[i - 1].text)
        ):
            anchors.append(i)
    return anchors


def looks_like(text: str) -> bool:
    """True when the text has at least one anchor with a heading above it."""
    lines = content_lines(text)
    return any(i > 0 and _is_heading(lines[i - 1].text) for i in find_anchors(lines))


def parse(text: str, warnings: list[str]) -> list[ParsedArticle]:
    lines = content_lines(text)
    rejoin = breaks_across_blank_lines(lines)
    starts = _find_starts(lines)
    articles: list[ParsedArticle] = []
    first_body = starts[0][0] if starts else len(lines)
    if first_body > 0:  # text above the first heading: keep it as an untitled article
        preamble = lines[:first_body]
        warnings.append(f"line {preamble[0].number + 1}: text before the first title kept as its own article")
        articles.append(_untitled(preamble, rejoin))
    for k, (_, start) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else len(lines)
        articles.append(_article(start, lines[start.body_from : end], rejoin, warnings))
    page_section = articles[0].section if articles and starts and starts[0][0] == 0 else None
    if page_section:
        for article in articles:
            article.section = article.section or page_section
    return articles


def _find_starts(lines: list[Line]) -> list[tuple[int, _Start]]:
    starts: dict[int, _Start] = {}
    claimed: set[int] = set()
    for i in find_anchors(lines):
        j = i
        while j > 0 and i - j < _MAX_HEADING_LINES and _free_heading(lines, j - 1, claimed):
            j -= 1
        if j == i and not parse_dateline(lines[i].text):
            continue  # a byline without a title over it is just text in the article above
        is_dateline = parse_dateline(lines[i].text) is not None
        starts[j] = _Start(lines[j:i], None if is_dateline else lines[i], i if is_dateline else i + 1)
        claimed.update(range(j, i + 1))
    for i, line in enumerate(lines):
        if i in claimed or not _is_heading(line.text) or not _after_article_end(lines, i):
            continue
        j = i
        while j < len(lines) and j - i < _MAX_HEADING_LINES and _free_heading(lines, j, claimed):
            j += 1
        if j < len(lines) and j not in claimed and not _is_heading(lines[j].text):
            starts[i] = _Start(lines[i:j], None, j)
            claimed.update(range(i, j))
    return sorted(starts.items())


def _after_article_end(lines: list[Line], i: int) -> bool:
    if i == 0 or lines[i].gap >= 2:
        return True
    previous = lines[i - 1].text
    ended = EDITOR_CODE.search(previous) or CAPTION.match(previous)
    return bool(ended) or parse_credit_line(previous) is not None


def _article(start: _Start, body_lines: list[Line], rejoin: bool, warnings: list[str]) -> ParsedArticle:
    body = build_body(body_lines, rejoin)
    if start.heading:
        heading = assign_heading([line.text for line in start.heading])
        article = ParsedArticle(
            heading.title, kicker=heading.kicker, subtitle=heading.subtitle, section=heading.section
        )
    else:
        first = body.blocks[0].text if body.blocks else ""
        article = ParsedArticle(shorten(first))
        line_no = body_lines[0].number + 1 if body_lines else 0
        warnings.append(f"line {line_no}: article has no title; titled by its first sentence")
    article.blocks = body.blocks
    article.editor_codes = body.editor_codes
    article.source_note = body.source_note
    if start.byline is not None:
        people = parse_byline_line(start.byline.text)
        if people is None:  # a credit standing under the title: "记者 唐 翀 通讯员 宣茂松 文/图"
            people = parse_credit_line(start.byline.text) or []
            article.credit = start.byline.text
        else:
            article.byline_text = start.byline.text
        article.byline.extend(people)
    if body.credit:
        article.credit = body.credit if article.credit is None else f"{article.credit}\n{body.credit}"
        article.byline.extend(p for p in body.credit_people if p not in article.byline)
    if article.blocks:
        dateline = parse_dateline(article.blocks[0].text)
        if dateline:
            article.dateline = dateline[0]
            article.byline.extend(p for p in dateline[1] if p not in article.byline)
    return article


def _untitled(lines: list[Line], rejoin: bool) -> ParsedArticle:
    body = build_body(lines, rejoin)
    first = body.blocks[0].text if body.blocks else lines[0].text
    return ParsedArticle(shorten(first), blocks=body.blocks, editor_codes=body.editor_codes)


def _free_heading(lines: list[Line], i: int, claimed: set[int]) -> bool:
    return i not in claimed and _is_heading(lines[i].text)


def _is_byline(text: str) -> bool:
    return parse_credit_line(text) is None and parse_byline_line(text) is not None


def _is_heading(text: str) -> bool:
    return is_heading_like(text) and parse_byline_line(text) is None and parse_credit_line(text) is None
