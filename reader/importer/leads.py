"""Items each one paragraph led by its title: ``■县政府召开…会议　3月17日，县政府召开…`` — a 政务要闻 sheet's
bold lead, apart from its text only by a space.

The title and the text share a line, so no step after this one sees a title: the issue reads as one article.
Here each such line is cut after its lead when the file holds two or more of them: a blank line before the
item, the square on a line of its own (``■`` before a short name marks a column's label, not a title), the
title, and the text on the next line with the line's indent.  Only line breaks and indents are added, no
character is lost.  A lead is 4–30 characters without sentence punctuation; the text after it must read as
a paragraph (10 characters or more on the line, with a comma or a full stop) — a ``■`` section label or a
``■田冲`` byline has none.

A web page's items led by a bracketed title (``【县长…调研春耕备耕工作】3月13日，…``, a 领导活动 page) are
cut the same way (4–40 characters in the brackets); the page then reads as one article under its heading,
the leads its sub-headings, and ``split_bracketed_items`` makes each led item an article of its own, filed
under the page's heading.
"""

from __future__ import annotations

import dataclasses
import re

from reader.importer.model import BlockKind, ParsedArticle

_SQUARE = re.compile(
    r"^([ \t\u3000]*)■([^\s，。；：:,;！？、■【】]{4,30}[ \u3000]+)(?=\S)(.*)$", re.MULTILINE
)
"""Groups: the indent, the title with the space after it, the text."""
_BRACKETED = re.compile(
    r"^([ \t\u3000]*(?:\[\d+\])?)(【[^\s【】，。；：:,;！？、]{4,40}】)(?=[^\s】])(.*)$", re.MULTILINE
)
"""``【县长周文博调研春耕备耕工作】3月13日，…``, a text browser's link number before it: the indent (with the
number), the bracketed title, the text."""
_MIN_TEXT = 10
_MIN_ITEMS = 2


def cut_leads(text: str) -> str:
    """``text`` with each lead-titled paragraph's lead on lines of its own; other files unchanged."""
    if "■" in text:  # most files: no regex run
        text = _cut(text, _SQUARE, "■\n")
    if "【" in text:
        text = _cut(text, _BRACKETED, "")
    return text


def _cut(text: str, pattern: re.Pattern[str], mark: str) -> str:
    found = [m for m in pattern.finditer(text) if _paragraph(m.group(3))]
    if len(found) < _MIN_ITEMS:
        return text
    out = []
    last = 0
    for m in found:
        indent, title, rest = m.groups()
        apart = "" if m.start() < 2 or text[m.start() - 2] == "\n" else "\n"  # a blank line before the item
        space = indent[: len(indent) - len(indent.lstrip(" \t\u3000"))]  # without a link's number
        lead = f"{indent}{mark}{space}" if mark else indent
        out += [text[last : m.start()], apart, f"{lead}{title}\n{space}{rest}"]
        last = m.end()
    out.append(text[last:])
    return "".join(out)


def _paragraph(rest: str) -> bool:
    return len(rest) >= _MIN_TEXT and ("，" in rest or "。" in rest)


_LEAD_HEADING = re.compile(r"^(?:\[\d+\])?【([^【】]{4,40})】$")


def split_bracketed_items(article: ParsedArticle) -> list[ParsedArticle] | None:
    """The articles of a page whose body is items each under a bracketed lead (two or more), or None.

    What stands before the first lead stays the page's article (dropped when there is none: its
    heading becomes the items' section, so no character goes)."""
    titles = {
        k: lead.group(1)
        for k, block in enumerate(article.blocks)
        if block.kind is BlockKind.HEADING and (lead := _LEAD_HEADING.match(block.text))
    }
    if len(titles) < _MIN_ITEMS:
        return None
    leads = list(titles)
    section = article.section or article.title
    items = [
        ParsedArticle(title=titles[at], blocks=article.blocks[at + 1 : end], section=section)
        for at, end in zip(leads, [*leads[1:], len(article.blocks)], strict=True)
    ]
    if leads[0] > 0:
        return [dataclasses.replace(article, blocks=article.blocks[: leads[0]]), *items]
    first = items[0]
    # the page's own fields (its date line, source note…) go with its first item
    items[0] = dataclasses.replace(article, title=first.title, blocks=first.blocks, section=section)
    return items


def unbracket_titles(articles: list[ParsedArticle]) -> None:
    """Items whose cut leads the segmenter already read as titles (a page without a heading over them):
    ``【区长…调研防汛工作】`` is titled ``区长…调研防汛工作`` where two or more titles are such leads."""
    led = [(article, lead) for article in articles if (lead := _LEAD_HEADING.match(article.title))]
    if len(led) < _MIN_ITEMS:
        return
    for article, lead in led:
        article.title = lead.group(1)
