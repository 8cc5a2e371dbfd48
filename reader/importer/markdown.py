"""Markdown files: front matter, headings, inline HTML and links turned into lines the rest understands.

Converters produce Markdown of two shapes, and the headings mean different
things in each:

* a **feature** — one ``#`` title, ``##``/``###`` sub-headings: one article
  (several ``#`` titles: several articles);
* a **digest** — an issue of many items (新闻联播: ``# 《新闻联播》 (20220924)``,
  a ``## 新闻摘要`` list of the items, then one ``###`` per item): every heading
  at the item level is an article, the ``#`` line is the issue's title and the
  list is its table of contents.

A file is a digest when a numbered list near its top names most headings of
one level, or when its ``#`` title is an issue's name (a date or issue number
in it) over three or more headings of one level.  Inline HTML becomes text
(``<p>`` and ``<br>`` break paragraphs, a paragraph in ``<strong>`` only is a
sub-heading), inline links keep their text, and YAML front matter becomes
metadata.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from itertools import pairwise

from reader.importer import bilingual
from reader.importer.ends import RELEASE_END, page_number
from reader.importer.linekinds import is_date_line
from reader.importer.lines import Document, Line, display_width
from reader.importer.model import BlockKind
from reader.importer.outline import markdown_item_level
from reader.importer.script import either_script
from reader.importer.text import ends_sentence, match_key
from reader.importer.toc import SECTION_LABEL

_ATX = re.compile(r"^(#{1,6})\s+(.+?)(?:\s+#+)?\s*$")
_BOLD_HEADING = 80  # characters: a longer paragraph in bold is emphasised text, not a sub-heading
_BULLETED_HEADING = re.compile(r"^[*+-]\s+(#{1,6}\s+\S.*)$")
_RULE = re.compile(r"^(?:-{3,}|\*{3,}|_{3,}|(?:- ){2,}-|(?:\* ){2,}\*)$")
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]{0,9})\b[^<>]{0,300}>")
_BREAK_TAGS = frozenset(
    {"p", "br", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article"}
)
_BOLD_TAGS = frozenset({"strong", "b"})
_LINK = re.compile(
    r"(?<!\\)!?\[((?:[^\[\]\\]|\\.){0,200})\]\(((?:[^()\s\\]|\\.){1,500})(?:\s\"[^\"]{0,100}\")?\)"
)  # an escaped bracket (``\[\](1)``, a page's own signs) opens or closes no link
"""``[text](url "title")``; html2text escapes brackets inside the address (``javascript:void\\(0\\);``)."""
_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)([^*_]{1,200}?)(?<=\S)\1")
_ITALIC = re.compile(
    r"(?:^|(?<=[\s(（]))\*(?=[^\s*`])([^*`]{1,60}?)(?<=[^\s*\\`])\*(?=$|[\s,.;:!?，。；：！？)）\u4e00-\u9fff])"
)
"""``*2024/10/12*``: one star each side (CommonMark emphasis, a note app's italics) is markup, when it
stands apart (after a space or at the line's start, before a space, a mark, a Han character — pandoc's
Org ``*周建华委员*说：`` — or the end); a star inside a word or a code span (``*.txt``), escaped or alone is
text."""
_FRONT_KEY = re.compile(r"^([A-Za-z_][\w-]{0,30})\s?:\s?(.*)$")
_LIST_ITEM = re.compile(r"^(?:\d{1,3}\s?[.、．)）]|[（(]\d{1,3}[)）])\s?(?P<title>.+?)[；;。：:，,]?$")
"""A numbered entry of a digest's contents (``1.【领航中国】…；``); bullets (``- 数据源：…``) are notes."""
_ISSUE_TITLE = re.compile(r"\d{8}|\d{4}\s?[-年./]\s?\d{1,2}|第\s?\d{1,4}\s?期|《[^《》]{1,20}》")
_TIMESTAMP_LINE = re.compile(r"^[（(][^（）()]{1,12}[:：]\s?\d{6,}[)）]$")
_TOC_WORDS = ("新闻摘要", "内容提要", "本期导读", "本期要目", "主要内容")
_TOC_HEADINGS = (
    "新闻摘要",
    "内容提要",
    "本期导读",
    "本期要目",
    "主要内容",
    "目录",
    "目錄",
    "本期目录",
    "本期目錄",
    "要目",
    "导读",
    "摘要",
)


@dataclass
class MarkdownInfo:
    """What the Markdown reader learnt about the file's structure."""

    item_level: int | None = None  # digest: the heading level of its items (articles); None for features
    issue_title: str | None = None  # digest: its ``#`` title, the issue's name
    toc: list[str] | None = None  # digest: the item titles as its list gives them
    front_title: str | None = None  # the title front matter gives, for a post without a ``#`` title
    repeated: list[Line] = field(default_factory=list)  # headings the next line printed again (set aside)


def looks_like_markdown(lines: list[Line]) -> bool:
    """A ``# title`` line, two or more ``##``/``###`` headings (or html2text's starred ones), or YAML front
    matter."""
    headings = 0
    for line in lines[:2000]:
        if line.text.startswith("#") and _ATX.match(line.text):
            if line.text.startswith("# "):
                return True
            headings += 1
        elif line.text.startswith("***") and _STAR_HEADING.match(line.text):
            headings += 1  # html2text's ``***** title *****``
        if headings >= 2:
            return True
    return bool(lines) and (
        (lines[0].text == "---" and any(line.text == "---" for line in lines[1:60])) or _is_org(lines)
    )


def _is_org(lines: list[Line]) -> bool:
    """An Org-mode export: it opens with ``#+TITLE:`` (or another ``#+KEYWORD:`` line over one), or — pandoc's
    ``-t org`` of a source without a title — two ``* heading`` lines or more each with a property drawer."""
    if _ORG_KEYWORD.match(lines[0].text) is not None and any(
        line.text[:8].upper() == "#+TITLE:" for line in lines[:_ORG_HEAD_LINES]
    ):
        return True
    drawn = 0
    for line, below in pairwise(lines[:2000]):
        if (
            below.text.strip() == _ORG_DRAWER_OPEN
            and line.text.startswith("*")
            and _ORG_HEADING.match(line.text)
        ):
            drawn += 1
            if drawn >= _ORG_DRAWN_HEADINGS:
                return True
    return False


_ORG_DRAWER_OPEN = ":PROPERTIES:"
_ORG_DRAWN_HEADINGS = 2


def _org_drawers(document: Document) -> None:
    """An Org heading's ``:PROPERTIES:`` … ``:END:`` drawer (pandoc's ``:CUSTOM_ID:``) is no text: set
    aside."""
    inside = False
    for line in document.lines:
        text = line.text.strip()
        if text == _ORG_DRAWER_OPEN or (inside and text[:1] == ":"):
            document.set_aside(line, "Org property drawer")
            inside = text != ":END:"
        else:
            inside = False


_ORG_KEYWORD = re.compile(r"^#\+([A-Za-z_]{1,20}):\s?(.{0,200})$")
_ORG_HEADING = re.compile(r"^(\*{1,5})\s+(\S.*)$")
_ORG_HEAD_LINES = 12
_STAR_HEADING = re.compile(r"^(\*{3,6}) (\S.{0,200}?) \1$")
"""``****** 鄉訊 第45期 ******``, ``***** title *****``: html2text (the Debian tool) draws a page's ``<h1>``
with six stars each side, ``<h2>`` with five, down to ``<h4>`` with three."""


def prepare(document: Document) -> MarkdownInfo | None:
    """Rewrite ``document``'s lines from Markdown to plain lines; ``None`` when not Markdown (only the
    marks of a plain export's bold lines and one-cell tables taken off, ``unmark_plain``)."""
    _setext_headings(document)
    _asciidoc_headings(document)
    if not looks_like_markdown(document.lines):
        unmark_plain(document)
        return None
    _front_matter(document)
    _rejoin_star_headings(document)
    _rejoin_cut_headings(document)
    org = _is_org(document.lines) and _org_keywords(document)
    if org:
        _org_drawers(document)
    _html_comments(document)
    converted: list[Line] = []
    for line in document.lines:
        if org and line.aside is None and (heading := _ORG_HEADING.match(line.text)):
            line.text = "#" * (len(heading.group(1)) + 1) + " " + heading.group(2)  # * 一、… is a ## heading
        elif line.text.startswith("***") and (starred := _STAR_HEADING.match(line.text)):
            line.text = "#" * (7 - len(starred.group(1))) + " " + starred.group(2)  # ****** h1 ****** → #
        converted.extend(_convert(line, document))
    _hard_breaks(converted)
    document.lines = converted
    _numbered_bold_titles(document)
    bilingual.mark_renderings(document)
    _placeholder_items(document)
    repeated = _heading_repeated(document)
    info = _structure(document)
    info.repeated = repeated
    return info


def _setext_headings(document: Document) -> None:
    """``漓沅县……覆盖城乡`` over ``----------------``: a Setext heading (pandoc's Markdown with
    ``--markdown-headings=setext``), ``=`` under a ``#`` heading and ``-`` under a ``##`` one, the rule as
    wide as the heading (a Han character two columns).  Where two or more stand so, set apart by blank lines,
    they are rewritten as ATX headings (``## …``) and the rules dropped; one alone may be a text's rule."""
    lines = document.lines
    rules = [k - 1 for k in range(2, len(lines)) if lines[k].text[:3] in _SETEXT_OPENINGS]
    found = [k for k in rules if _setext_pair(lines, k)]
    if len(found) < _SETEXT_HEADINGS:
        return
    for k in reversed(found):
        lines[k].text = ("# " if lines[k + 1].text[0] == "=" else "## ") + lines[k].text
        del lines[k + 1]


def _asciidoc_headings(document: Document) -> None:
    """``== 【栏目】`` over ``=== title``: AsciiDoc headings (pandoc ``-t asciidoc``), ``=`` the document's
    title and each further sign one level down.  Where two or more stand apart (after a blank line), they are
    rewritten as ATX headings one level up (``== x`` → ``# x``), and AsciiDoc's rules (five apostrophes)
    as Markdown's."""
    lines = document.lines
    found = [
        line for line in lines if line.text[:1] == "=" and line.gap and _ASCIIDOC_HEADING.match(line.text)
    ]
    if len(found) < _ASCIIDOC_HEADINGS:
        return
    for line in found:
        match = _ASCIIDOC_HEADING.match(line.text)
        if match is not None:
            line.text = "#" * max(1, len(match.group(1)) - 1) + " " + match.group(2)
    for line in lines:
        if line.text[:3] == "'''" and _ASCIIDOC_RULE.match(line.text):
            line.text = "---"


_ASCIIDOC_HEADING = re.compile(r"^(={1,6}) (\S.{0,200})$")
_ASCIIDOC_RULE = re.compile(r"^'{3,}$")
_ASCIIDOC_HEADINGS = 2


def _setext_pair(lines: list[Line], k: int) -> bool:
    line, rule = lines[k], lines[k + 1]
    if rule.gap or rule.text[:1] not in "=-" or not _SETEXT_RULE.match(rule.text) or line.aside is not None:
        return False
    if k + 2 < len(lines) and not lines[k + 2].gap:
        return False  # a blank line follows a heading's rule
    if not line.gap or _NOT_A_TAIL.match(line.text):
        return False  # a heading stands apart, and is no list item, quote or table row
    columns = 2 * display_width(line.text)
    return abs(len(rule.text) - columns) <= _SETEXT_SLACK + sum(map(line.text.count, "“”‘’"))


_SETEXT_RULE = re.compile(r"^(?:={3,}|-{3,})$")
_SETEXT_OPENINGS = ("---", "===")
_SETEXT_HEADINGS = 2
_SETEXT_SLACK = 2  # columns: a writer may count a wide character as one


def _rejoin_star_headings(document: Document) -> None:
    """html2text breaks a heading it cannot fit on one line after its opening stars: a heading longer than
    the width ends on the next line (``***** Lunar … vote`` / ``*****``), and a heading with a line break
    in it ends on the next line with its second part (``****** 政府新聞簡報`` / ``Government News Digest
    ******``).  The two lines are made whole headings again (a second part is a heading of its own, as
    the page shows it on its own line); closing stars left alone go with the issue.  In a file hard-wrapped
    at a fixed width (``hard_wrap_edge``), an opening line reaching the width was cut by the wrap: the
    second part is the heading's rest, joined back as printed."""
    edge: float | None = -1.0  # not asked yet: only a heading broken over two lines asks for it
    for upper, lower in pairwise(document.lines):
        opened = _STAR_OPEN.match(upper.text) if upper.text[:3] == "***" else None
        if opened is None or _STAR_HEADING.match(upper.text) or upper.aside or lower.aside or lower.gap:
            continue
        stars = opened.group(1)
        rest = lower.text[: -len(stars)].strip() if lower.text.endswith(stars) else None
        if rest is None or rest.endswith("*"):
            continue
        if rest and edge == -1.0:
            edge = hard_wrap_edge(document.lines)
        cut = bool(rest) and edge is not None and upper.width >= edge - _CUT_SLACK
        upper.text = f"{stars} {opened.group(2).strip()}{rest if cut else ''} {stars}"
        if rest and not cut:
            lower.text = f"{stars} {rest} {stars}"
        else:
            lower.text = stars
            document.set_aside(lower, "Markdown markup")


_STAR_OPEN = re.compile(r"^(\*{3,6}) (\S.{0,200})$")
_CUT_MIN_WIDTH = 20.0  # Han characters (80 columns = 40): a narrower edge is a list's, not a wrap's
_CUT_MIN_FULL = 5  # lines reaching the widest width needed to call the file hard-wrapped there
_CUT_SLACK = 1.0  # a line may end up to two columns short of the edge (a wide character did not fit)
_CUT_OVER = 2.0  # characters past the edge a wrapped line may still reach (curly quotes counted narrow)
_NOT_A_TAIL = re.compile(r"^(?:#|>|<|[*+-]\s|\d{1,3}[.)]\s|\||!?\[|```|---)")


def _rejoin_cut_headings(document: Document) -> None:
    """A heading longer than the file's hard-wrap width goes on over the next line(s): joined back.

    A Markdown heading is one line, so in a file cut at a fixed width (Word's "insert line breaks",
    an editor's hard wrap: many lines end at the same widest width) a ``###`` line reaching that width
    with a line right under it (no blank line between) that is no Markdown block of its own is one
    heading cut in two — read as it comes, its rest would open the article's text.  The pieces are
    concatenated as printed (a wrap cuts between characters and drops none)."""
    edge = hard_wrap_edge(document.lines)
    if edge is None:
        return
    kept: list[Line] = []
    reach = 0.0  # how far the last heading's last piece reached: whether it goes on again
    for line in document.lines:
        if kept and reach >= edge - _CUT_SLACK and _heading_tail(line):
            kept[-1].text += line.text
            reach = line.width
            continue
        kept.append(line)
        reach = line.width if _atx_heading(line) else 0.0
    document.lines = kept


def hard_wrap_edge(lines: list[Line]) -> float | None:
    """The width the file is hard-wrapped at, or None: the commonest width of its long lines, when at
    least a third of them reach it (a writer's paragraphs end at every width) and hardly any goes past it
    (a sign a wrap counts narrow, such as a curly quote, may take a line a character further)."""
    widths = [line.width for line in lines if line.aside is None and line.width >= _CUT_MIN_WIDTH]
    if len(widths) < _CUT_MIN_FULL:
        return None
    edge = float(Counter(round(width) for width in widths).most_common(1)[0][0])
    full = sum(1 for width in widths if edge - _CUT_SLACK <= width <= edge + _CUT_OVER)
    over = sum(1 for width in widths if width > edge + _CUT_OVER)
    if full < _CUT_MIN_FULL or full * 3 < len(widths) or over * 10 > len(widths):
        return None
    return edge


def _atx_heading(line: Line) -> bool:
    return line.aside is None and line.text.startswith("#") and _ATX.match(line.text) is not None


def _heading_tail(line: Line) -> bool:
    """A line right under a heading that opens no Markdown block of its own."""
    return line.aside is None and line.gap == 0 and not line.page_top and not _NOT_A_TAIL.match(line.text)


def unmark_plain(document: Document) -> None:
    """A Word file converted to GitHub Markdown without headings (pandoc ``-t gfm``): its titles are lines
    all in bold (``**【1】…**``) and a name set in a one-cell table is a row ``| 工作动态 |`` over a rule
    ``|----------|``.  With two or more bold lines, those marks are markup: each such line keeps its words
    (the marks go with the issue), and the table's rules are set aside."""
    lines = [line for line in document.lines if line.aside is None]
    bold = [line for line in lines if line.text[:2] == "**" and _EMPHASIS.fullmatch(line.text)]
    if len(bold) < _MIN_BOLD_LINES:
        return
    for line in bold:
        document.pieces_aside.append((line.number + 1, "****", "Markdown markup"))
        line.text = line.text[2:-2]
    for line in lines:
        if line.text[:1] != "|" or line.text[-1:] != "|":
            continue
        if _TABLE_RULE.match(line.text):
            document.set_aside(line, "Markdown rule")
        elif cell := _ONE_CELL.match(line.text):
            document.pieces_aside.append((line.number + 1, "||", "Markdown markup"))
            line.text = cell.group(1)


_MIN_BOLD_LINES = 2
_TABLE_RULE = re.compile(r"^\|(?:\s?:?-{3,}:?\s?\|){1,12}$")
_ONE_CELL = re.compile(r"^\|\s?([^|]{1,40}?)\s?\|$")


def _placeholder_items(document: Document) -> None:
    """``### undefined`` over ``undefined`` (and the item's link): a scraper's item it never fetched, the
    word a script prints for a missing value as heading and text — no article; its lines are set aside."""
    content = document.content()
    for k, line in enumerate(content):
        if not line.level or line.text.lower() not in _PLACEHOLDERS:
            continue
        body = []
        for below in content[k + 1 :]:
            if below.level and below.level <= line.level:
                break
            body.append(below)
        if all(below.text.lower() in _PLACEHOLDERS or _LINK_LINE.match(below.text) for below in body):
            for placeholder in (line, *body):
                document.set_aside(placeholder, "placeholder item")


_PLACEHOLDERS = frozenset({"undefined", "null", "none", "nan", "[object object]"})
"""What a script prints where it got no value (JavaScript, JSON, Python)."""
_LINK_LINE = re.compile(r"^\[[^\]]*\]\([^)\s]*\)$")
"""``[查看原文](https://…)``: a Markdown link alone on its line."""


def _heading_repeated(document: Document) -> list[Line]:
    """A heading whose text the next paragraph says again: a web page's headline over the same words
    printed as the article's own title (a saved page's ``<h1>``, then its print title), which would
    otherwise open the article's text and hide the date line under it.  Only an exact repeat of a
    heading, on the line right after it, is set aside (as the plain reader sets aside a page's
    repeated title).  The headings so repeated are returned: the bold lines right under such a repeat
    are the headline's decks (``segment.by_markdown``)."""
    content = document.content()
    repeated = []
    for k, (heading, after) in enumerate(pairwise(content)):
        if heading.level and not after.level and after.text == heading.text and len(heading.text) >= 4:
            document.set_aside(after, "repeated title")
            repeated.append(heading)
        elif heading.level and (pieces := _headline_in_pieces(heading.text, content[k + 1 : k + 3])):
            for piece in pieces:
                document.set_aside(piece, "repeated title")
            repeated.append(heading)
    return repeated


def _headline_in_pieces(title: str, below: list[Line]) -> list[Line]:
    """``### 甲 乙`` over ``**甲**`` / ``**乙**`` (or ``**甲**`` alone, ``乙`` opening the bold paragraph
    after it): the headline printed again a part a line, cut where the headline has a space.  The bold
    lines that say its parts, in order, or none."""
    if not below or below[0].level or below[0].kind is not BlockKind.HEADING or len(below[0].text) < _PIECE:
        return []
    first = below[0].text
    if not title.startswith(first + " "):
        return []
    rest = title[len(first) + 1 :].strip()
    if len(below) > 1 and below[1].kind is BlockKind.HEADING and not below[1].level and below[1].text == rest:
        return below[:2]
    return below[:1]


_PIECE = 8  # characters: a headline's part printed again is a phrase, not a word


def _front_matter(document: Document) -> None:
    lines = document.lines
    if not lines or lines[0].text != "---":
        return
    end = _closing_fence(lines, 0)
    if end is None:
        return
    _later_front_matters(document, end + 1)
    for k in range(1, end):
        match = _FRONT_KEY.match(lines[k].text)
        if match:
            value = _quoted_over_lines(match.group(2).strip(), lines[k + 1 : end]).strip("\"'")
            if value and not value.startswith("["):
                document.metadata.setdefault(match.group(1).lower(), value)
    for line in lines[: end + 1]:
        document.set_aside(line, "front matter")


def _later_front_matters(document: Document, start: int) -> None:
    """The front matter of each file after the first in files joined one after another (``cat *.md`` of a
    day's articles): a ``---`` line, then only ``key: value`` lines (and a list's ``  - item`` lines under
    a key), two keys or more, then a closing ``---``.  Metadata, not the text of the article above it; the
    first file's front matter alone speaks for the whole (``date``, ``title``)."""
    lines = document.lines
    k = start
    while k < len(lines):
        if lines[k].text != "---":
            k += 1
            continue
        end = _closing_fence(lines, k)
        if end is None:
            return
        inside = [line.text for line in lines[k + 1 : end]]
        keys = sum(1 for text in inside if _FRONT_KEY.match(text))
        if keys >= _LATER_KEYS and all(_FRONT_KEY.match(text) or _FRONT_ITEM.match(text) for text in inside):
            for line in lines[k : end + 1]:
                document.set_aside(line, "front matter")
            k = end + 1
        else:
            k = end  # the closing line may open the next block


def _closing_fence(lines: list[Line], k: int) -> int | None:
    """The line closing the front matter that line ``k`` opens (``---`` or ``...``), within 60 lines."""
    return next((i for i in range(k + 1, min(len(lines), k + 60)) if lines[i].text in _FENCES), None)


_LATER_KEYS = 2
_FENCES = ("---", "...")
_FRONT_ITEM = re.compile(r"^\s{0,8}-\s")  # ``  - "[[另一篇]]"``: an item of a list under a key


def _quoted_over_lines(value: str, below: list[Line]) -> str:
    """A quoted value whose closing quote is on a later line (``title: '…建设进展情况通`` / ``报'``): a hard
    wrap cut the line, and YAML reads a quoted scalar on to its closing quote.  The pieces are
    joined as printed between wide characters (a wrap cuts between characters and drops none), with a
    space between Latin words (YAML folds a line break into one)."""
    quote = value[:1]
    if quote not in ("'", '"') or (len(value) > 1 and value.endswith(quote)):
        return value
    joined = value
    for line in below[:_QUOTED_LINES]:
        piece = line.text.strip()
        if not piece or _FRONT_KEY.match(piece):
            break  # the next key: the quote is not closed by a wrapped rest
        joined += ("" if _wide(joined[-1]) or _wide(piece[0]) else " ") + piece
        if piece.endswith(quote):
            return joined
    return value


def _wide(char: str) -> bool:
    return bool(char) and unicodedata.east_asian_width(char) in "WF"


_QUOTED_LINES = 4  # a title cut at 28 Han characters a line runs over at most a few lines


def _org_keywords(document: Document) -> bool:
    """An Org export's ``#+TITLE:``, ``#+AUTHOR:``, ``#+DATE:`` lines are its front matter: the title
    over its ``*`` headings (one level below it), set aside with the issue like YAML's."""
    for line in document.lines[:_ORG_HEAD_LINES]:
        match = _ORG_KEYWORD.match(line.text)
        if match is None:
            break
        value = match.group(2).strip()
        if value:
            document.metadata.setdefault(match.group(1).lower(), value)
        document.set_aside(line, "front matter")
    return True


def _html_comments(document: Document) -> None:
    """``<!-- … -->`` is not text a reader sees: comment lines are set aside."""
    inside = False
    for line in document.lines:
        starts = "<!--" in line.text
        if inside or (starts and line.text.lstrip().startswith("<!--")):
            document.set_aside(line, "HTML comment")
            inside = "-->" not in line.text
        elif starts and "-->" not in line.text:
            inside = True  # a comment opening at the end of a line of text: its next lines are hidden


def _convert(line: Line, document: Document) -> list[Line]:
    if line.aside is not None:
        return [line]
    text = line.text
    if text.startswith(">"):
        text = text.lstrip(">").strip()
        if not text:
            document.set_aside(line, "Markdown markup")
            return [line]
        line.text = text
    if _RULE.match(text):
        document.set_aside(line, "Markdown rule")
        return [line]
    if _TIMESTAMP_LINE.match(text):
        document.set_aside(line, "time stamp")
        return [line]
    if text[:1] == "[" and _SCRIPT_BUTTON.match(text):
        document.set_aside(line, "web page toolbar")  # [x](javascript:;): a button a script works, no text
        return [line]
    _keep_dropped_markup(line, text, document)
    if text[:1] in "*+-" and (bulleted := _BULLETED_HEADING.match(text)):
        document.pieces_aside.append((line.number + 1, text[: bulleted.start(1)].strip(), "list mark"))
        text = bulleted.group(1)  # ``* ### title``: html2text's heading inside a list item
    heading = _ATX.match(text) if text.startswith("#") else None
    if heading:
        line.text = _inline(heading.group(2))
        line.kind = BlockKind.HEADING
        line.level = len(heading.group(1))
        line.closed = True
        return [line] if line.text else []
    if "<" in text and _TAG.search(text):
        return _split_html(line)
    bold = text[:2] in ("**", "__") and _EMPHASIS.fullmatch(text) is not None
    line.text = _inline(text)
    if bold and line.text and len(line.text) <= _BOLD_HEADING:
        line.kind = BlockKind.HEADING  # a paragraph all in bold: a sub-heading, never glued to the next
        line.closed = True
    if _LINK.fullmatch(line.text):
        line.closed = True  # a link on its own line (查看原文) is never glued to a paragraph
    return [line] if line.text else []


_SCRIPT_BUTTON = re.compile(r"^\[[^\[\]]{0,12}\]\(javascript:(?:[^()\s\\]|\\.){0,60}\)$")
"""A link alone on its line whose address is a script (``[x](javascript:;)``,
``[关闭](javascript:void\\(0\\))`` as html2text escapes it): a page's button — a close box — never text."""
_ITEM_NUMBER = re.compile(r"^0?\d{1,2}$")


def _numbered_bold_titles(document: Document) -> None:
    """``**01**`` / ``**标题**``: a WeChat post's items, each a bold number alone over a bold line, read
    as ``##`` headings (the numbers set aside) when two or more count up from 1; a bold line with no
    number over it stays a sub-heading inside its item."""
    lines = [line for line in document.lines if line.aside is None]
    pairs = [
        (number, title)
        for number, title in pairwise(lines)
        if number.kind is BlockKind.HEADING
        and not number.level
        and _ITEM_NUMBER.match(number.text)
        and title.kind is BlockKind.HEADING
        and not title.level
        and not _ITEM_NUMBER.match(title.text)
    ]
    if len(pairs) < 2 or [int(number.text) for number, _ in pairs] != list(range(1, len(pairs) + 1)):
        return
    for number, title in pairs:
        document.set_aside(number, "item number")
        title.level = 2


def _keep_dropped_markup(line: Line, text: str, document: Document) -> None:
    """Link targets (``(url "分享到微信")``) and tags with words in them (``<img alt="…">``) go with the
    issue's set-aside pieces: the text keeps the link's words, and nothing of the line is lost."""
    dropped = []
    if "](" in text and not _LINK.fullmatch(text):
        dropped += [match.group()[len(match.group(1)) + 2 :] for match in _LINK.finditer(text)]
    if "<" in text:
        dropped += [match.group() for match in _TAG.finditer(text) if not match.group().isascii()]
    if dropped:
        document.pieces_aside.append((line.number + 1, " ".join(dropped), "link target or tag"))


def _inline(text: str) -> str:
    """Text with inline links reduced to their text and emphasis marks removed; a link alone stays whole."""
    if "](" in text and not _LINK.fullmatch(text):
        text = _LINK.sub(lambda match: match.group(1), text)
    if "**" in text or "__" in text:
        text = _EMPHASIS.sub(lambda match: match.group(2), text)
    if "*" in text:
        text = _ITALIC.sub(lambda match: match.group(1), text)
    if "&" in text:
        text = html.unescape(text)
    if "\\" in text and not _LINK.fullmatch(text):
        text = _ESCAPED.sub(r"\1", text)
    return text.strip(" \t\u3000\u00a0\u2002\u2003")


_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")
"""A backslash escape (CommonMark: a backslash before ASCII punctuation), as pandoc and html2text write
``图解\\|东莞…``, ``\\[图片\\]``: the punctuation is the text, the backslash is markup."""


def _split_html(line: Line) -> list[Line]:
    """One line of inline HTML as paragraphs: break tags end one, tags go, bold-only is a heading."""
    pieces: list[tuple[str, bool]] = []  # (text, all of it bold)
    current: list[str] = []
    bold_depth = 0
    plain_seen = False
    position = 0

    def flush() -> None:
        nonlocal plain_seen
        text = _inline("".join(current))
        if text:
            pieces.append((text, not plain_seen))
        current.clear()
        plain_seen = False

    for match in _TAG.finditer(line.text):
        chunk = line.text[position : match.start()]
        if chunk:
            current.append(chunk)
            if bold_depth == 0 and chunk.strip(" \t\u3000\u00a0"):
                plain_seen = True
        position = match.end()
        closing, tag = match.group(1), match.group(2).lower()
        if tag in _BREAK_TAGS:
            flush()
        elif tag in _BOLD_TAGS:
            bold_depth = max(0, bold_depth + (-1 if closing else 1))
    tail = line.text[position:]
    if tail:
        current.append(tail)
        if tail.strip():
            plain_seen = True
    flush()
    result = []
    for k, (text, bold) in enumerate(pieces):
        kind = BlockKind.HEADING if bold and len(text) <= 80 else None
        gap = line.gap if k == 0 else 0
        result.append(Line(line.number, text, 0, gap, line.page, False, kind=kind, closed=True, bold=bold))
    return result


def _hard_breaks(lines: list[Line]) -> None:
    """Lines ending in two spaces, and the line closing each such run, are list items never glued on."""
    previous: Line | None = None
    for line in lines:
        if line.aside is None and line.kind is None:
            after_break = previous is not None and previous.hard_break and line.gap == 0
            if line.hard_break or after_break:
                line.kind = BlockKind.LIST_ITEM
                line.closed = True
        previous = line


def _release_heads(document: Document, headings: list[Line], level: int) -> bool:
    """Every heading of ``level`` (two or more) over a press release its ``完`` and day close (set aside
    by ``ends.mark_release_ends``): a page of releases, each heading an item, not one article's parts."""
    at_level = [h for h in headings if h.level == level]
    if len(at_level) < 2:
        return False
    ends_at = [line.number for line in document.lines if line.aside == RELEASE_END]
    bounds = [h.number for h in at_level] + [len(document.lines)]
    return all(any(start < end < stop for end in ends_at) for start, stop in pairwise(bounds))


def _structure(document: Document) -> MarkdownInfo:
    lines = [line for line in document.lines if line.aside is None]
    headings = [line for line in lines if line.kind is BlockKind.HEADING and line.level]
    info = MarkdownInfo()
    if not any(h.level == 1 for h in headings) and document.metadata.get("title"):
        info.front_title = document.metadata["title"]
    if not headings:
        return info
    outline_level = markdown_item_level(headings)  # read before the 一、 numbers are taken off
    _strip_numbering(headings, document)
    levels = sorted({h.level for h in headings})
    toc, toc_lines = _toc_list(lines, headings)
    info.item_level = _listed_level(headings, levels, toc)
    info.toc = toc if info.item_level is not None else None
    h1 = [h for h in headings if h.level == 1]
    front_title = document.metadata.get("title", "")
    name = _issue_name_heading(headings)
    masthead = _masthead_below(lines, name) if name is not None else []
    above, contents_above = _masthead_above(lines, headings) if name is None else ([], [])
    issue_like = (
        (name is not None and bool(_ISSUE_TITLE.search(name.text) or masthead))
        or (not h1 and bool(_ISSUE_TITLE.search(front_title)))
        or bool(above)
    )
    issue_like = issue_like or any(_page_heads(headings, level) for level in levels if level > 1)
    issue_like = issue_like or any(_release_heads(document, headings, level) for level in levels if level > 1)
    if info.item_level is None and outline_level is not None:
        info.item_level = outline_level  # a report's （一） items under its 一、 parts
    if info.item_level is None and issue_like:
        deeper = [level for level in levels if level > 1 and sum(h.level == level for h in headings) >= 3]
        items = [level for level in deeper if not _section_heads(headings, level)]
        deeper = items or deeper  # ``## 【栏目】`` heads group the items under them
        if deeper:
            info.item_level = deeper[-1] if len(deeper) == 1 else deeper[0]
    if info.item_level is None:
        return info
    if name is not None and info.item_level > name.level:
        info.issue_title = name.text
        for line in [name, *masthead]:
            document.set_aside(line, "issue title")
    elif not h1 and front_title:
        info.issue_title = front_title
    for line in toc_lines:
        document.set_aside(line, "table of contents")
    for line in contents_above:
        document.set_aside(line, "table of contents")
    _set_aside_issue_parts(document, info, above)
    return info


def _listed_level(headings: list[Line], levels: list[int], toc: list[str]) -> int | None:
    """The heading level whose headings the contents list names (half of them or more), if any."""
    for level in levels:
        at_level = [h for h in headings if h.level == level]
        if len(at_level) < 2:
            continue
        keys = [match_key(h.text) for h in at_level]
        matched = sum(1 for key in keys if any(_same_item(key, entry) for entry in toc))
        if toc and matched * 2 >= len(at_level):
            return level
    return None


def _issue_name_heading(headings: list[Line]) -> Line | None:
    """The heading that may name the issue: the file's only ``#`` heading, or — with no ``#`` at all — the
    only heading of the top level when it carries an issue number (``## 审判动态(第5期)`` from a web page
    whose ``h2`` is the bulletin's name over ``h3`` sections and ``h4`` items)."""
    h1 = [h for h in headings if h.level == 1]
    if h1:
        return h1[0] if len(h1) == 1 else None
    top = min(h.level for h in headings)
    at_top = [h for h in headings if h.level == top]
    return at_top[0] if len(at_top) == 1 and _ISSUE_NUMBER.search(at_top[0].text) else None


def _masthead_above(lines: list[Line], headings: list[Line]) -> tuple[list[Line], list[Line]]:
    """A masthead in plain lines over the first heading (a Word bulletin's name, ``2024年第4期``, office and
    day, its sections and items set as Heading 1 / Heading 2): a few short lines, one with an issue number
    — with or without the issue's contents list under it (``_contents_above``).  Returns the masthead and
    that list (both empty when there is no masthead)."""
    above = lines[: lines.index(headings[0])]
    contents = _contents_above(above)
    above = above[: len(above) - len(contents)]
    short = 0 < len(above) <= _MASTHEAD_LINES and all(len(line.text) <= _MASTHEAD_CHARS for line in above)
    return (above, contents) if short and any(_ISSUE_NUMBER.search(line.text) for line in above) else ([], [])


def _contents_above(above: list[Line]) -> list[Line]:
    """The contents list closing the plain lines over the first heading: a contents heading (``目　录``)
    and only short lines without a sentence under it (section names, entries with leaders and pages)."""
    start = next((k for k, line in enumerate(above) if _contents_heading("".join(line.text.split()))), None)
    if start is None or not above[start + 1 :]:
        return []
    listed = above[start + 1 :]
    if all(len(line.text) <= _CONTENTS_CHARS and not ends_sentence(line.text) for line in listed):
        return above[start:]
    return []


_CONTENTS_CHARS = 60


_NUMBERED = re.compile(r"^(?:\d{1,3}\s?[.、．]|[（(]\d{1,3}[)）]|[一二三四五六七八九十]{1,3}、)\s?(?=\S)")
_MEDIA_TAG = re.compile(
    r"^[\[［](?:视频|視頻|图文|圖文|图片|圖片|组图|組圖|音频|音頻|直播|专题|專題)[\]］]\s?"
)


def _section_heads(headings: list[Line], level: int) -> bool:
    """``## 【栏目】`` (or ``## 第2版``) heads at ``level``; a contents heading among them (``## 本期要目``,
    the list of the issue's items under it) heads no items and is no sign either way."""
    at_level = [h for h in headings if h.level == level and not _contents_heading(h.text)]
    return bool(at_level) and all(SECTION_LABEL.match(h.text) or page_number(h.text) for h in at_level)


def _contents_heading(text: str) -> bool:
    return either_script(lambda line: line.strip("：: ") in _TOC_HEADINGS, text)


def _contents_words(text: str) -> bool:
    """A heading naming a contents list (``本期节目主要内容``, ``新聞摘要``), in either script."""
    return either_script(
        lambda line: line.strip("：: ") in _TOC_HEADINGS or any(w in line for w in _TOC_WORDS), text
    )


def _page_heads(headings: list[Line], level: int) -> bool:
    """``## 第1版`` … ``## 第3版``: a paper's pages, each heading the stories printed on it — an issue."""
    at_level = [h for h in headings if h.level == level]
    return len(at_level) >= _MIN_PAGES and all(page_number(h.text) for h in at_level)


_MIN_PAGES = 2


_ISSUE_NUMBER = re.compile(r"第\s?\d{1,4}(?:\s?[—–\-－~～、至]\s?\d{1,4})?\s?期")  # 第3—4期: a 合刊


def _masthead_below(lines: list[Line], h1: Line) -> list[Line]:
    """A ``#`` name with its issue number on a short line under it (``**2022年第42期**``) names an issue:
    the short lines under it up to the first heading (number, office, date) are its masthead; a name that
    carries its number has the day on the line under it."""
    start = lines.index(h1) + 1
    below: list[Line] = []
    for line in lines[start : start + _MASTHEAD_LINES]:
        if (line.kind is BlockKind.HEADING and line.level) or len(line.text) > _MASTHEAD_CHARS:
            break
        below.append(line)
    if any(_ISSUE_NUMBER.search(line.text) for line in below):
        return below
    if _ISSUE_NUMBER.search(h1.text):  # ``# 某某动态（2025年第6期）`` over ``*县委办公室编 · 2025.3.14*``
        return below[:1] if below and _FULL_DATE.search(below[0].text) else []
    return []


_FULL_DATE = re.compile(r"\d{4}\s?(?:年\s?\d{1,2}\s?月\s?\d{1,2}|[-./]\d{1,2}[-./]\d{1,2}(?!\d))")


_MASTHEAD_LINES = 3
_MASTHEAD_CHARS = 40


def _strip_numbering(headings: list[Line], document: Document) -> None:
    """``## 3. 李克强主持召开国务院常务会议``: a numbered run's numbers, and a media tag such as ``[视频]``,
    are not part of the titles."""
    for level in {h.level for h in headings}:
        at_level = [h for h in headings if h.level == level]
        numbered = [h for h in at_level if _NUMBERED.match(h.text)]
        if len(numbered) >= 2 and len(numbered) * 5 >= len(at_level) * 4:
            for h in numbered:
                number = _NUMBERED.match(h.text)
                if number:
                    document.pieces_aside.append((h.number + 1, number.group().strip(), "heading number"))
                    h.text = h.text[number.end() :]
    for h in headings:
        tag = _MEDIA_TAG.match(h.text) if h.text.startswith(("[", "［")) else None
        if tag and h.text[tag.end() :]:
            document.pieces_aside.append((h.number + 1, tag.group().strip(), "media tag"))
            h.text = h.text[tag.end() :]


def _set_aside_issue_parts(document: Document, info: MarkdownInfo, masthead: list[Line]) -> None:
    """In a digest: notes before the first item (a list of sources, a lead) and an item that is the
    programme itself (``新闻联播（1月10日）``, ``《新闻联播》 20260620 19:00``) belong to the issue; a
    masthead in plain lines is left for the boilerplate reader, which takes the issue's name and day."""
    name = info.issue_title or ""
    lines = document.lines
    first = next((k for k, line in enumerate(lines) if _is_item(line, info)), None)
    if first is None:
        return
    for line in lines[:first]:
        if any(line is kept for kept in masthead):
            continue
        section_head = line.kind is BlockKind.HEADING and line.level and line.level < (info.item_level or 0)
        if line.aside is None and section_head and _contents_heading(line.text):
            document.set_aside(line, "table of contents")  # ``## 本期要目`` over the list: no section's name
        elif line.aside is None and not section_head:
            # a post's day under its title (``*2025年11月20日 18:00*``) is the issue's, as in a masthead
            document.set_aside(line, "issue title" if _dated_line(line.text) else "issue notes")
    items = [k for k, line in enumerate(lines) if _is_item(line, info)]
    for n, k in enumerate(items[:2]):
        if not name or not _names_the_issue(lines[k].text, name):
            continue
        end = items[n + 1] if n + 1 < len(items) else len(lines)
        for line in lines[k:end]:
            document.set_aside(line, "issue header")


def _dated_line(text: str) -> bool:
    """A day under the title (``2026年4月15日``), or the office and its day on one short line (``某县人民政府
    办公室　2026年4月15日``, as a report prints them): the issue's, as in a masthead."""
    if is_date_line(text):
        return True
    day = _FULL_DATE.search(text) if len(text) <= _OFFICE_DAY_CHARS and "日" in text else None
    return day is not None and text[day.end() :].strip() == "日" and not ends_sentence(text)


_OFFICE_DAY_CHARS = 40


def _is_item(line: Line, info: MarkdownInfo) -> bool:
    return line.aside is None and line.kind is BlockKind.HEADING and line.level == info.item_level


def _names_the_issue(text: str, title: str) -> bool:
    """A heading made of the issue's name and a date or time, and nothing more."""
    core = _undated(text)
    return len(core) >= 2 and (core in _undated(title) or _undated(title) in core)


def _undated(text: str) -> str:
    return re.sub(r"[《》()（）\s:：·\-—/]|\d{1,8}|[年月日号期]", "", text)


def _toc_list(lines: list[Line], headings: list[Line]) -> tuple[list[str], list[Line]]:
    """The item titles of a numbered list before the first item heading, and the lines that make it up."""
    entries: list[str] = []
    block: list[Line] = []
    started = headed = texted = False
    for line in lines:
        if line.kind is BlockKind.HEADING and line.level:
            if started and entries:
                break
            headed = True
            if _contents_words(line.text):
                started = True
                block.append(line)
            continue
        match = _LIST_ITEM.match(line.text)
        if not started and headed and not match and ends_sentence(line.text):
            texted = True  # running text under a heading: an item's, unless a contents heading follows
        if match and not started and texted:
            return [], []  # a numbered list inside an item (its points), not the issue's contents
        if match:
            started = True
            entries.append(match_key(match.group("title")))
            block.append(line)
        elif started:
            block.append(line)  # lead-in ("本期节目主要内容："), wrapped items, the closing credit line
    if len(entries) < 3:
        return [], []
    return entries, block


def _same_item(key: str, entry: str) -> bool:
    """A list entry names a heading when one is the other, or they share a long opening."""
    if not key or not entry:
        return False
    if key == entry or key in entry or entry in key:
        return True
    shared = 0
    for a, b in zip(key, entry, strict=False):
        if a != b:
            break
        shared += 1
    return shared >= min(8, len(key), len(entry))
