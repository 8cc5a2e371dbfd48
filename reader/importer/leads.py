"""Items each one paragraph led by its title: ``■县政府召开…会议　3月17日，县政府召开…`` — a 政务要闻 sheet's
bold lead, apart from its text only by a space.

The title and the text share a line, so no step after this one sees a title: the issue reads as one article.
Here each such line is cut after its lead when the file holds two or more of them: a blank line before the
item, the square on a line of its own (``■`` before a short name marks a column's label, not a title), the
title, and the text on the next line with the line's indent.  Only line breaks and indents are added, no
character is lost.  A lead is 4–30 characters without sentence punctuation; the text after it must read as
a paragraph (10 characters or more on the line, with a comma or a full stop) — a ``■`` section label or a
``■田冲`` byline has none.

A post's items each under a number of their own (``01`` over ``📌县政府召开…会议`` over its text, a 公众号
digest) are read the same way: the numbers set aside, each title a closed heading and a lead
(``number_leads``), the emoji before it a mark, not part of it.

A web page's items led by a bracketed title (``【县长…调研春耕备耕工作】3月13日，…``, a 领导活动 page) are
cut the same way (4–40 characters in the brackets); the page then reads as one article under its heading,
the leads its sub-headings, and ``split_bracketed_items`` makes each led item an article of its own, filed
under the page's heading.
"""

from __future__ import annotations

import dataclasses
import re

from reader.importer.lines import Document, Line
from reader.importer.model import BlockKind, ParsedArticle
from reader.importer.text import ends_sentence

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
MIN_ITEMS = 2


def cut_leads(text: str) -> str:
    """``text`` with each lead-titled paragraph's lead on lines of its own; other files unchanged."""
    if "■" in text:  # most files: no regex run
        text = _cut(text, _SQUARE, "■\n")
    if "【" in text:
        text = _cut(text, _BRACKETED, "")
    return text


def _cut(text: str, pattern: re.Pattern[str], mark: str) -> str:
    found = [m for m in pattern.finditer(text) if _paragraph(m.group(3))]
    if len(found) < MIN_ITEMS:
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


_CLAUSE = re.compile(r"[，。]|(?<=[\u4e00-\u9fff])[,.]|,(?=[\u4e00-\u9fff])")
"""A clause's punctuation: full-width, or a half-width comma or stop at a Han character (``3月13日,县长…``,
as a site or an editor typing half-width writes it; not ``1,200``)."""


def _paragraph(rest: str) -> bool:
    return len(rest) >= _MIN_TEXT and _CLAUSE.search(rest) is not None


_LEAD_HEADING = re.compile(r"^(?:\[\d+\])?【([^【】]{4,40})】$")


def close_leads(lines: list[Line]) -> set[str]:
    """The bracketed leads ``cut_leads`` put on lines of their own read as headings, nothing joined onto
    them: in a file whose paragraphs break across lines (a text browser's wrapped dump) the text under a
    lead, which has no sentence end, would otherwise be glued back onto it.  Returns the leads, so that
    only they lose their brackets as titles (``unbracket_titles``)."""
    cut = set()
    for line in lines:
        if line.text[:1] in "【[" and line.kind is None and _LEAD_HEADING.match(line.text):
            line.kind = BlockKind.HEADING
            line.closed = True
            cut.add(line.text)
    return cut


def number_leads(document: Document) -> None:
    """``01`` / ``📌县政府召开常务会议`` / text…, ``02`` / …: a post's items each under a two-digit number
    on a line of its own, counting from ``01``, each number right over a short line with no sentence end
    (the item's title) — the numbers are set aside as ``item number`` (read alone, they would be page
    numbers), the titles closed headings and leads, so the page read as one article is split at them
    (``split_bracketed_items``), and an emoji before a title is its mark (set aside as ``title mark``).
    Safe: a PDF's bare page numbers are not zero-padded, and a page number stands over a page's text, not
    over a title each time."""
    lines = document.lines
    numbered = [k for k, line in enumerate(lines[:-1]) if len(line.text) == 2 and _PADDED.match(line.text)]
    if len(numbered) < MIN_ITEMS or any(lines[k].text != f"{n:02d}" for n, k in enumerate(numbered, 1)):
        return  # most files: no such numbers, or numbers that do not count the items
    if not all(_lead_title(lines[k + 1]) and lines[k].aside is None for k in numbered):
        return
    for k in numbered:
        document.set_aside(lines[k], "item number")
        title = lines[k + 1]
        if mark := _EMOJI.match(title.text):
            document.pieces_aside.append((title.number + 1, mark.group().strip(), "title mark"))
            title.text = title.text[mark.end() :]
        title.kind, title.closed = BlockKind.HEADING, True
        title.gap = max(title.gap, lines[k].gap)  # the title stands where its number starts
        document.numbered.add(title.text)


_PADDED = re.compile(r"^\d\d$")
_EMOJI = re.compile(r"^[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D]+[ \u3000]?(?=\S)")
"""Pictographs (📌🚌🌼🚧, ☀️, ⭐) before a title, with the variation selector or joiner among them."""
_MAX_LEAD = 40


def _lead_title(line: Line) -> bool:
    return line.aside is None and 4 <= len(line.text) <= _MAX_LEAD and not ends_sentence(line.text)


def split_bracketed_items(
    article: ParsedArticle,
    numbered: frozenset[str] | set[str] = frozenset(),
    *,
    bracketed: bool = True,
    least: int = MIN_ITEMS,
) -> list[ParsedArticle] | None:
    """The articles of a page whose body is items each under a bracketed lead (two or more) or a numbered
    one ``number_leads`` closed (its text in ``numbered``; only those when not ``bracketed``), or None.

    What stands before the first bracketed lead stays the page's article; text before the first numbered
    one makes the numbers a story's parts, and the story is left whole.  When nothing does, the page's heading
    titles no article: it names the page (a 领导活动 list page, its heading the channel's name and the
    breadcrumb's last step), not a section of the items — the caller sets its line aside as the page's
    header, as a text browser's copy of the same page already has it.  ``least``: the items needed (fewer
    where the page's other articles are numbered items already)."""
    titles = {
        k: lead.group(1) if (lead := _LEAD_HEADING.match(block.text)) else block.text
        for k, block in enumerate(article.blocks)
        if block.kind is BlockKind.HEADING
        and (block.text in numbered or (bracketed and _LEAD_HEADING.match(block.text)))
    }
    if len(titles) < least:
        return None
    leads = list(titles)
    items = [
        ParsedArticle(title=titles[at], blocks=article.blocks[at + 1 : end], section=article.section)
        for at, end in zip(leads, [*leads[1:], len(article.blocks)], strict=True)
    ]
    if leads[0] > 0 and not _LEAD_HEADING.match(article.blocks[leads[0]].text):
        return None  # a story's lead paragraph, then its numbered parts (01 / 02): one story, not a digest
    if leads[0] > 0:
        return [dataclasses.replace(article, blocks=article.blocks[: leads[0]]), *items]
    first = items[0]
    # the page's own fields (its date line, source note…) go with its first item; its kicker and subtitle
    # stand over the page's heading, which names the page (set aside with its header lines)
    items[0] = dataclasses.replace(
        article, title=first.title, blocks=first.blocks, kicker=None, subtitle=None
    )
    return items


def page_heading(article: ParsedArticle, items: list[ParsedArticle]) -> str | None:
    """The page's heading ``split_bracketed_items`` left off every item (None when the page kept an article
    of its own, or was titled only by its first lead)."""
    if items[0].title == article.title or _LEAD_HEADING.match(article.title):
        return None
    return article.title


def unbracket_titles(articles: list[ParsedArticle], cut: set[str]) -> None:
    """Items whose cut leads the segmenter already read as titles (a page without a heading over them):
    ``【区长…调研防汛工作】`` is titled ``区长…调研防汛工作`` where two or more titles are such leads.  Only
    leads ``cut_leads`` cut off their text (``cut``): a title printed wholly in brackets on its own line
    (``【乡村振兴专题调研】`` over its text) keeps them."""
    if len(cut) < MIN_ITEMS:
        return  # most files: no lead was cut
    led = [
        (article, lead)
        for article in articles
        if article.title in cut and (lead := _LEAD_HEADING.match(article.title))
    ]
    if len(led) < MIN_ITEMS:
        return
    for article, lead in led:
        article.title = lead.group(1)
