"""Bulletins that open with a table of contents (``000``): 目录, sections, titles with page numbers.

The TOC is the most reliable map of the issue, so articles are found by their
TOC titles.  Titles wrap over two lines in the TOC and often wrap at a
different place in the body (``…推介会`` / ``暨项目签约仪式 15`` against
``…推介会暨`` / ``项目签约仪式``), so both sides are compared as one normalised
string.  Section names repeat in the body on lines of their own; they mark
where a section starts and are not articles.  Inside an article, a first line
such as ``驻马店日报记者 王家恒`` is the byline, ``(原载…)`` the source note, and
short unpunctuated lines are sub-headings.
"""

from __future__ import annotations

import re

from reader.importer.bylines import parse_byline_line
from reader.importer.model import ParsedArticle, TocEntry
from reader.importer.paragraphs import Line, breaks_across_blank_lines, build_body, content_lines
from reader.importer.text import ends_sentence, key_head, match_key, shorten

LAYOUT = "toc_bulletin"
_TOC_HEADER = re.compile(r"^目\s*录$")
_TOC_ENTRY = re.compile(r"^(?P<title>.*?\S)(?:\s+|[.·…]{2,})(?P<page>\d{1,4})$")
_MAX_SECTION_CHARS = 10
_MAX_TITLE_LINES = 3
_MAX_TITLE_CHARS = 120
_HEADER_WITHIN = 5  # 目录 must be among the first few lines


def looks_like(text: str) -> bool:
    lines = content_lines(text)
    header = _toc_header(lines)
    if header is None:
        return False
    return sum(1 for line in lines[header + 1 : header + 40] if _TOC_ENTRY.match(line.text)) >= 3


def parse(text: str, warnings: list[str]) -> tuple[list[ParsedArticle], list[TocEntry]]:
    lines = content_lines(text)
    header = _toc_header(lines)
    if header is None:
        raise ValueError("no 目录 line: not a TOC bulletin")  # detect.py checks looks_like first
    toc, body_start = _read_toc(lines, header + 1, warnings)
    rejoin = breaks_across_blank_lines(lines[body_start:])
    articles = _read_body(lines, body_start, toc, rejoin, warnings)
    return articles, toc


def _toc_header(lines: list[Line]) -> int | None:
    for i, line in enumerate(lines[:_HEADER_WITHIN]):
        if _TOC_HEADER.match(line.text):
            return i
    return None


def _read_toc(lines: list[Line], start: int, warnings: list[str]) -> tuple[list[TocEntry], int]:
    """The TOC entries and the index of the first body line (the first section name seen a second time)."""
    entries: list[TocEntry] = []
    sections: list[str] = []
    pending: list[str] = []
    i = start
    while i < len(lines):
        text = lines[i].text
        entry = _TOC_ENTRY.match(text)
        if entry:
            title = "".join([*pending, entry.group("title")])
            entries.append(TocEntry(sections[-1] if sections else None, title, int(entry.group("page"))))
            pending = []
        elif text in sections or ends_sentence(text):
            break
        elif not pending and len(text) <= _MAX_SECTION_CHARS:
            sections.append(text)
        else:
            pending.append(text)  # the first half of a title that wraps onto the next TOC line
        i += 1
    if pending:
        warnings.append(f"table of contents: '{''.join(pending)}' has no page number; read as body text")
        i -= len(pending)
    return entries, i


def _read_body(
    lines: list[Line], start: int, toc: list[TocEntry], rejoin: bool, warnings: list[str]
) -> list[ParsedArticle]:
    keys = [match_key(entry.title) for entry in toc]
    prefixes = {key[:n] for key in keys for n in range(1, len(key) + 1)}
    found: list[tuple[int, int, int]] = []  # (first title line, first body line, toc index)
    next_entry = 0
    section_lines: set[int] = set()
    i = start
    while i < len(lines):
        if next_entry < len(toc) and lines[i].text == toc[next_entry].section:
            section_lines.add(i)
            i += 1
            continue
        hit = _title_at(lines, i, keys, prefixes, next_entry)
        if hit is None:
            i += 1
            continue
        entry_index, length = hit
        found.append((i, i + length, entry_index))
        next_entry = entry_index + 1
        i += length
    for missing in sorted(set(range(len(toc))) - {f[2] for f in found}):
        entry = toc[missing]
        warnings.append(f"table of contents: '{entry.title}' (page {entry.page}) not found in the text")
    articles: list[ParsedArticle] = []
    if found and found[0][0] > start:
        stray = [line for k, line in enumerate(lines[start : found[0][0]], start) if k not in section_lines]
        if stray:
            warnings.append(f"line {stray[0].number + 1}: text before the first title kept as an article")
            articles.append(_article(shorten(stray[0].text), None, stray, rejoin))
    for k, (title_at, body_at, entry_index) in enumerate(found):
        end = found[k + 1][0] if k + 1 < len(found) else len(lines)
        body = [line for n, line in enumerate(lines[body_at:end], body_at) if n not in section_lines]
        title = "".join(line.text for line in lines[title_at:body_at])
        entry = toc[entry_index]
        article = _article(title, entry.section, body, rejoin)
        article.page = entry.page
        articles.append(article)
    return articles


def _title_at(
    lines: list[Line], i: int, keys: list[str], prefixes: set[str], first: int
) -> tuple[int, int] | None:
    """``(toc index, number of lines)`` when a TOC title (from entry ``first`` on) starts at line ``i``."""
    joined = ""
    for length in range(1, _MAX_TITLE_LINES + 1):
        if i + length > len(lines) or len(lines[i + length - 1].text) > _MAX_TITLE_CHARS:
            return None
        text = lines[i + length - 1].text
        head = key_head(text)
        if head and joined + head not in prefixes:  # exact shortcut: the line's key starts with ``head``
            return None
        joined += match_key(text)
        if joined not in prefixes:  # no title starts this way: stop early on every body paragraph
            return None
        for index in range(first, len(keys)):
            if keys[index] == joined:
                return index, length
    return None


def _article(title: str, section: str | None, body_lines: list[Line], rejoin: bool) -> ParsedArticle:
    article = ParsedArticle(title, section=section)
    if body_lines:
        people = parse_byline_line(body_lines[0].text)
        if people:
            article.byline_text = body_lines[0].text
            article.byline = people
            body_lines = body_lines[1:]
    body = build_body(body_lines, rejoin)
    article.blocks = body.blocks
    article.editor_codes = body.editor_codes
    article.source_note = body.source_note
    if body.credit:
        article.credit = body.credit
        article.byline.extend(p for p in body.credit_people if p not in article.byline)
    return article
