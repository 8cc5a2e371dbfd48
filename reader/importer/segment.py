"""Split the lines of an issue into articles: each a header (title and what goes with it) and a body.

Three maps of an issue are read, the most reliable first:

1. **a table of contents** (``toc``): each entry's title is found in the body;
2. **Markdown headings**: the item headings of a digest, or ``#`` titles;
3. **anchors** — lines that only stand under a title: a print source line
   (``《人民日报》（…第 06 版）``), a byline (``本报记者 李心萍 郑智文``), a report's
   speaker or occasion, a date line, a ``来源：`` label, a dateline paragraph
   (``本报北京10月19日电（记者 王丹）…``), or a credit under a title.  The
   heading lines right above an anchor (never across a page break or a wide
   gap) are its title group.  Photo news has no anchor: there a heading starts
   an article when the article above visibly ended (an editor code, a credit, a
   caption, or a gap wider than the file's usual one) and running text follows.

A heading with none of this around it is a sub-heading of the article it
stands in.  Whatever is before the first article's header becomes an article of
its own (with a warning), so no line is lost.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from reader.importer.boilerplate import EMPTY_SECTION
from reader.importer.ends import jumps_out, sign_off_goes_on, signed_off
from reader.importer.linekinds import (
    DOCUMENT_NUMBER,
    HEADER_KINDS,
    Kind,
    chart_credit,
    ends_with_attribution,
    figure_alone,
    is_strong_end,
    is_table_row,
    kind_of,
    label_of,
    labelled_names,
    names_list,
)
from reader.importer.lines import Line
from reader.importer.markdown import MarkdownInfo
from reader.importer.model import BlockKind
from reader.importer.names import is_desk, is_issuer, looks_like_name, writer_under
from reader.importer.narrow import joined_title
from reader.importer.outline import outline_items
from reader.importer.paragraphs import FIGURE_CELL, Flow, cut_heading_rest, is_full
from reader.importer.script import either_script, simplified
from reader.importer.text import count_of, ends_sentence, is_column_label, is_heading_like
from reader.importer.toc import SECTION_LABEL, Toc, locate

_MAX_UP = 8  # header lines above an anchor
_MAX_DOWN = 10  # header lines below an anchor
_MAX_HEADING_LINES = 4
_MAX_TITLE_CHARS = 50
_PHOTO_NEWS_LINES = 12  # lines of caption between a photo news item's title and its credit
_INTRUDER_REACH = 80  # lines within which a misplaced headline's article must end
_ANCHORS = frozenset(
    {
        Kind.SOURCE,
        Kind.BYLINE,
        Kind.ROLE,
        Kind.DATELINE,
        Kind.CREDIT,
        Kind.DATE,
        Kind.LABEL,
        Kind.OCCASION,
        Kind.SPEAKER,
        Kind.SOURCE_NOTE,
    }
)
_LABEL_ANCHORS = frozenset({"source", "date", "author"})
_FRONT_HEADER = frozenset(
    {Kind.LABEL, Kind.SOURCE_NOTE, Kind.BYLINE, Kind.ROLE, Kind.NAME, Kind.DATE, Kind.SOURCE}
)


@dataclass
class Span:
    """One article's lines: its header and its body, plus what the map that found it knows."""

    header: list[Line]
    body: list[Line]
    title_lines: int | None = None  # header lines that are the title, when a TOC or heading gave it
    section: str | None = None
    page: int | None = None
    origin: str | None = None  # "preamble": text before the first article's header
    kicker: str | None = None  # a kicker the map found apart from the header (a Markdown heading over ``#``)
    title: str | None = None  # a title the map gives (front matter), over any heading of the header
    writer: Line | None = None  # the line naming the writer alone (``假才子``), when the map found one
    notes: list[str] = field(default_factory=list)  # for the user


def by_anchors(content: list[Line], flow: Flow) -> list[Span] | None:
    """Articles found by their anchors, and photo news after a visible end; ``None`` without anchors."""
    content = _move_intruders(content, flow)
    kinds = [kind_of(line.text) for line in content]
    _sentences_run_on(content, kinds)
    writers = _writer_lines(content, kinds, flow)
    for a in writers:
        kinds[a] = Kind.BYLINE
    starts: dict[int, int] = {}  # header top → body start
    claimed: set[int] = set()
    for a in range(len(content)):
        if kinds[a] not in _ANCHORS or a in claimed or not _is_anchor(content, kinds, a):
            continue
        header = _anchored_header(content, kinds, a, claimed, flow)
        if header is None:
            continue
        top, body_from = header
        starts[top] = body_from
        claimed.update(range(top, max(body_from, top + 1)))
    _addressed_documents(content, kinds, starts, claimed)
    anchored = bool(starts)
    _bracketed_items(content, kinds, starts, claimed)
    for top, body_from in outline_items(content, kinds, claimed).items():
        starts[top] = body_from
        claimed.update(range(top, body_from))
    if flow.items:
        _marked_items(content, kinds, starts, claimed)
    _photo_news_by_credit(content, kinds, starts, claimed, flow)
    if flow.wrap is not None and not flow.web:  # a PDF's text; a browser sets a headline on one line
        _stacked_titles(content, kinds, starts, claimed)
    if not _printed_page_run(kinds, starts):  # a page run's every story has its print line: a heading
        _headings_after_ends(content, kinds, starts, claimed, flow)  # with none is inside one
    inside = [
        top
        for top in starts
        if _closes_a_bracket_above(content, top) or _first_part_head(content, top, starts)
    ]
    for top in inside:
        del starts[top]
    if not starts or (not anchored and len(starts) < 2):
        return None  # one heading over text, nothing else: the caller's single article
    spans = _spans(content, starts)
    for span in spans:
        span.writer = next((line for line in span.header if line.number in writers.values()), None)
    return spans


def _sentences_run_on(content: list[Line], kinds: list[Kind]) -> None:
    """``…在立法會發表2026年施政報告`` / ``,並於下午5時30分…``: a line whose next line opens with a comma (or
    another mark that never opens a sentence) is the first part of that sentence — a PDF extractor put the
    mark hanging at the line's end onto the next line — so it is running text, never a heading.  Safe: no
    title, kicker or sub-head is followed by a line opening with ``，`` or ``、``."""
    for k in range(len(content) - 1):
        if kinds[k] is Kind.HEADING and content[k + 1].text[:1] in _RUN_ON_MARKS and content[k + 1].gap <= 1:
            kinds[k] = Kind.TEXT


_RUN_ON_MARKS = ",，、;；"


def _first_part_head(content: list[Line], top: int, starts: dict[int, int]) -> bool:
    """``一、深度贫困成因分析`` right under a document's title and its source line (``摘自：…讲话精神``),
    with no sentence between: the first head of that document's parts, not a new article — cut there, the
    article above would hold no text at all.  Safe: only a head numbered one (一、 1. （一）) is read so,
    only under another article's start, and any ended sentence between them leaves the split alone."""
    if not _FIRST_PART.match(content[top].text):
        return False
    above = max((k for k in starts if k < top), default=None)
    return above is not None and not any(ends_sentence(line.text) for line in content[above:top])


_FIRST_PART = re.compile(r"^(?:一、|1\s?[.．、]|[（(]一[)）])\s?\S")


def _closes_a_bracket_above(content: list[Line], top: int) -> bool:
    """``…言论《坚定信仰的红色朝`` / ``圣》、系列报道…获``: a line that closes the 《 the line above left
    open goes on with that line's sentence (a column cut the book title), so it opens no article.
    Safe: a title never starts inside another's 《…》, and only a 《 left open above is read so."""
    if top == 0:
        return False
    above, text = content[top - 1].text, content[top].text
    closing = text.find("》")
    return above.count("《") > above.count("》") and closing >= 0 and "《" not in text[:closing]


def _writer_lines(content: list[Line], kinds: list[Kind], flow: Flow) -> dict[int, int]:
    """The lines naming a story's writer under its title (index → line number).  A person or a desk
    is one wherever it stands so; a pen name (``假才子``) only in a file that prints its writers so
    elsewhere too (``記者林勵`` under a title, a person, a desk), and never under a title line filling
    a wrapped column — there two characters are as likely the title's wrapped tail (``会议``).  Not on
    a web page, whose buttons (``关注``) stand under a site's name; pages label their writers."""
    if flow.web:
        return {}
    found = {
        a: known
        for a in range(1, len(content) - 1)
        if kinds[a] in (Kind.HEADING, Kind.NAME) and (known := _writer_under_title(content, kinds, a, flow))
    }
    bylines = any(kinds[a] is Kind.BYLINE and kinds[a - 1] is Kind.HEADING for a in range(1, len(content)))
    if not bylines and not any(known == _KNOWN_WRITER for known in found.values()):
        return {}  # no 记者 line, person or desk under any title: a short line there is no pen name
    return {a: content[a].number for a, known in found.items() if known}


_KNOWN_WRITER, _PEN_NAME = 2, 1
_PRINTED_NAME_CHARS = 4
_CLOSING_MARKS = ("）", ")", "”", "」", "』", "》", "】")
"""Over a page run's print line a name may have four characters after a single surname (``阮氏秋河``, a
transliterated name): nothing else stands between a whole title and that line but a writer."""


def _writer_under_title(content: list[Line], kinds: list[Kind], a: int, flow: Flow) -> int:
    """``話你知：…`` / ``假才子`` / running text: a line naming only the writer (a person, a pen name, a
    desk), right under a whole title and right over the text, is the story's byline and anchors it as
    ``本报记者 张三`` would: ``_KNOWN_WRITER`` for a person or a desk, ``_PEN_NAME`` for another name,
    ``0`` for no writer.  The whole title above (brackets closed) and the full line of text below keep a
    short subtitle or a word of a broken sentence from being read so."""
    line, above, below = content[a], content[a - 1], content[a + 1]
    if line.kind is not None or above.kind is not None or line.gap > 1 or below.gap > 1:
        return 0
    over_print = (  # a page run's 《…》（…第 03 版） under a title that visibly ended (…（大使随笔）)
        kinds[a + 1] is Kind.SOURCE and kinds[a] is Kind.HEADING and above.text.endswith(_CLOSING_MARKS)
    )
    if not over_print and (kinds[a + 1] is not Kind.TEXT or len(below.text) < _SHORT_LINE):
        return 0
    title, heading = above.text, kinds[a - 1] is Kind.HEADING
    if a >= 2 and above.gap == 0 and is_full(content[a - 2], flow) and content[a - 2].kind is None:
        title, heading = content[a - 2].text + title, kinds[a - 2] is Kind.HEADING  # a title the width cut
    elif over_print:
        title = _headline_up_to(content, kinds, a - 1)
    if not writer_under(title, line.text, heading, pen_chars=_PRINTED_NAME_CHARS if over_print else None):
        return 0
    if is_desk(line.text) or looks_like_name(line.text) or over_print:
        return _KNOWN_WRITER  # over the print line, under a title that ended, only a writer stands
    return 0 if is_full(above, flow) else _PEN_NAME


def _headline_up_to(content: list[Line], kinds: list[Kind], k: int) -> str:
    """The heading line at ``k`` with the heading lines right above it (no gap between): a headline a
    page run's width cut, read up to its last line (at most three lines)."""
    top = k
    while top > 0 and k - top < 2 and content[top].gap == 0 and kinds[top - 1] is Kind.HEADING:
        if content[top - 1].kind is not None:
            break
        top -= 1
    return "".join(line.text for line in content[top : k + 1])


def _unfinished_above(content: list[Line], kinds: list[Kind], a: int) -> bool:
    """The paragraph over a dateline stops short of a sentence's end (``…占党员总数的2.02%，``): with no
    title between them the dateline cannot open a story of its own — it runs on in the one above, where
    a copy lost the rest of that sentence."""
    return a > 0 and kinds[a - 1] is Kind.TEXT and not ends_sentence(content[a - 1].text)


def _anchored_header(
    content: list[Line], kinds: list[Kind], a: int, claimed: set[int], flow: Flow
) -> tuple[int, int] | None:
    """The top of the header over the anchor at ``a`` and where its body starts; ``None`` when the
    anchor opens no article."""
    kind = kinds[a]
    top = a
    while top > 0 and a - top < _MAX_UP and _header_above(content, kinds, top - 1, claimed, flow):
        top -= 1
        if kinds[top] is Kind.TEXT and not _asking_line(content[top].text):
            if kind is Kind.DATELINE and _headline_over_photo(content, kinds, top, claimed):
                top -= 1  # title / [图片] / a caption with commas: the caption is no title, the line above is
            elif top > 0 and kinds[top - 1] is Kind.TEXT and dashed_kicker(content[top - 1].text):
                top -= int(_header_above(content, kinds, top - 1, claimed, flow))  # its kicker —— over it
            break  # a title with clause punctuation tops its header
    while top < a and kinds[top] in (Kind.NAME, Kind.CHAR, Kind.ROLE, Kind.BYLINE):
        top += 1  # names print under a title, never over it: these end the article above
    top = _under_wrapped_lines(content, top, a, flow)
    has_heading = any(kinds[j] in (Kind.HEADING, Kind.TEXT) for j in range(top, a))
    if kind is Kind.DATELINE:
        if not has_heading and a - 1 in claimed:
            return None  # the dateline opening the body of the header right above it
        if not has_heading and _unfinished_above(content, kinds, a):
            return None  # …占全市党员总数的2.02%， / 本报讯（记者 …）: the story above has not ended
        return top, a
    if not has_heading:
        return None  # a byline or date without a title over it is text of the article above
    return top, _expand_down(content, kinds, a)


def _under_wrapped_lines(content: list[Line], top: int, a: int, flow: Flow) -> int:
    """A photo's caption wrapped at the column (``…在县委书记沈明云、县长朱光`` /
    ``洪等的陪同下参观…``) over ``嘉鱼开展交叉巡查`` / ``营造风清气正节日环境`` over ``本报讯 记者…``: in a
    PDF's text, a line that fills the column and the line that stops short under it (a caption or a
    paragraph's end, wrapped at the column's width), over two or more further header lines, are not the
    headline — a headline is set in short lines of its own, and one the width cut is the last thing over
    its byline or dateline.  The header starts under them.  A line under them opening with a dash
    (``——…``) is a subtitle under a long title, so that is left alone."""
    if flow.wrap is None:
        return top
    for k in range(top, a - _HEADLINE_UNDER - 1):
        first, second, under = content[k], content[k + 1], content[k + 2]
        if (
            is_full(first, flow)
            and not is_full(second, flow)
            and not ends_sentence(first.text)
            and not under.text.startswith(("——", "--", "—"))
        ):
            return k + 2
    return top


_HEADLINE_UNDER = 2  # lines of a headline set apart under the wrapped ones, at least


def _headline_over_photo(content: list[Line], kinds: list[Kind], k: int, claimed: set[int]) -> bool:
    """Over a story's dateline (``本报讯 记者…``), line ``k`` stands right under a picture left out
    (``[图片]``) and a heading stands over the picture: ``k`` is the photo's caption and the heading the
    story's title — a paper's page prints the photo between them.  (On a web article the line under a
    picture may be the title itself, under a breadcrumb: its anchor is a date or source line, not read so.)"""
    return (
        content[k].under_picture
        and k > 0
        and k - 1 not in claimed
        and kinds[k - 1] is Kind.HEADING
        and content[k - 1].kind is None
        and content[k - 1].page == content[k].page
    )


def _asking_line(text: str) -> bool:
    """``致命工程車何時滑落鐵軌？``: a short line asking or exclaiming, one line of a headline set over
    several, which a heading line may stand over."""
    return len(text) <= _ASKING_CHARS and text[-1] in "？！?!"


_ASKING_CHARS = 14


def _stacked_titles(
    content: list[Line], kinds: list[Kind], starts: dict[int, int], claimed: set[int]
) -> None:
    """In a PDF's text, a headline set over three or more short lines (``台灣太魯閣號列車出軌`` /
    ``至少50人死亡`` / ``146人受傷`` / …) right over running text, after a finished paragraph or at a
    page's top: a story starts there, even where the extractor moved its byline away (pdfminer).  A
    sub-heading inside a story takes one line."""
    n = len(content)
    i = 0
    while i < n:
        k = i
        while (
            k < n
            and k not in claimed
            and content[k].kind is None
            and _stacked_line(content[k].text, kinds[k])
        ):
            k += 1
        if k - i >= _STACKED_LINES and k < n and k not in claimed and _running(content[k], kinds[k]):
            above = content[i - 1] if i > 0 else None
            if (
                above is None
                or above.page != content[i].page
                or ends_sentence(above.text)
                or is_strong_end(above.text)
            ):
                starts[i] = k
                claimed.update(range(i, k))
        i = max(k, i + 1)


_STACKED_LINES = 3


def _stacked_line(text: str, kind: Kind) -> bool:
    """A phrase of a stacked headline: four to fourteen characters, never a section's number alone."""
    if not _MIN_PHRASE <= len(text) <= _ASKING_CHARS:
        return False
    return kind is Kind.HEADING or (kind is Kind.TEXT and _asking_line(text))


_MIN_PHRASE = 4


def _running(line: Line, kind: Kind) -> bool:
    return kind is Kind.TEXT and (len(line.text) >= _SHORT_LINE or ends_sentence(line.text))


def _headings_after_ends(
    content: list[Line], kinds: list[Kind], starts: dict[int, int], claimed: set[int], flow: Flow
) -> None:
    """Articles without an anchor: headings after an article's visible end, over text or a caption."""
    n = len(content)
    numbered = _numbered_items(content, kinds) if flow.items else set()
    for i in range(n):
        heading = kinds[i] is Kind.HEADING or (
            flow.items
            and kinds[i] is Kind.TEXT
            and is_title_like(content[i].text)
            and not (flow.wrap is not None and is_full(content[i], flow))
        )  # in a bulletin an item's title may hold a comma or an exclamation; a full line is text
        if (
            i in claimed
            or not heading
            or not (
                i in numbered
                or _title_after_end(content, i, flow, len(starts))
                or _title_over_table(content, i, flow)
            )
        ):
            continue
        if numbered and i not in numbered:
            continue  # the issue numbers its items: a heading without the count is inside one
        if i not in numbered and _paragraph_opening(content, kinds, i, flow):
            continue  # a paragraph's first line with no full stop in it yet, not a title (一、… counted is)
        if i - 1 in claimed or _lead_in_or_tail(content, i, flow, numbered):
            continue  # right under a header, a lead-in such as 各位代表：, or the end of a paragraph
        if _opened_by_colon(content, kinds, i) or _part_heading(content[i].text):
            continue
        if _sign_off_alone(content, i):
            continue
        if (
            content[i].text in _PICTURE_WORDS
            or (content[i].text[0] == "【" and BRACKETED_CREDIT.match(content[i].text))
            or (flow.items and is_column_label(content[i].text) and _over_a_note(content, i))
        ):
            continue  # 圖片 over a caption, 【来源】南方日报 under text, 【镇村动态】 over 按语：…: no title
        j = i if kinds[i] is Kind.HEADING else i + 1  # a title with a comma is one line, over its text
        if flow.items and j == i and is_column_label(content[i].text) and i + 1 < n:
            j = i + 1  # 【基层党建】 over an item's title: the title may hold a comma
            titled = kinds[j] is Kind.TEXT and is_title_like(content[j].text)
            if titled and not is_full(content[j], flow):
                j += 1
            elif titled and _title_rest_line(content, kinds, j + 1):
                j += 2  # 祁家河林场开展“改革创新，奋发有为”大讨论组织生 / 活会: cut by the width
        first, opens = j, False
        while j < n and j - i < _MAX_HEADING_LINES and j not in claimed and kinds[j] is Kind.HEADING:
            opens = _opens_under_title(content, kinds, j, first, flow)
            if content[j].text.endswith(("：", ":")) or opens:
                break
            j += 1
        j = _past_title_tail(content, kinds, i, j, opens)
        if _text_under_header(content, kinds, claimed, (i, j), opens):
            top = i - 1 if _under_section_name(content, kinds, i, claimed, flow) else i
            j = _past_picture_dateline(kinds, starts, j)
            starts[top] = j
            claimed.update(range(top, j))


def _text_under_header(
    content: list[Line], kinds: list[Kind], claimed: set[int], header: tuple[int, int], opens: bool
) -> bool:
    """Header lines ``i``…``j - 1`` stand over the start of an article's text at line ``j`` (unclaimed,
    running text or a caption, or a line that opens the text) and are not figures alone."""
    i, j = header
    if j >= len(content) or j in claimed or not (opens or kinds[j] in (Kind.TEXT, Kind.CAPTION)):
        return False
    return not _figures_only(content, i, j)


def _figures_only(content: list[Line], i: int, j: int) -> bool:
    """Header lines ``i``…``j - 1`` are figures alone: a table's last cells one a line (``1575`` / ``6.42``,
    as BeautifulSoup's text of a page draws a table) over the next paragraph — no headline."""
    return j > i and all(figure_alone(content[k].text) for k in range(i, j))


def _past_title_tail(content: list[Line], kinds: list[Kind], i: int, j: int, opens: bool) -> int:
    """Past a lone character (line ``j``) under a column's name (line ``i``) and its first brief's title, over
    the brief's text: the title's last character, cut by a narrow column (``区县短讯`` / ``全枫林县开通首条
    城乡公交环`` / ``线`` / text), part of the header.  Elsewhere (a sub-head inside a story, cut by a
    file's wrap) the character stops the header as before."""
    if opens or j != i + 2 or j + 1 >= len(kinds) or kinds[j] is not Kind.CHAR:
        return j
    return j + 1 if kinds[j + 1] is Kind.TEXT and is_column_label(content[i].text) else j


def _past_picture_dateline(kinds: list[Kind], starts: dict[int, int], j: int) -> int:
    """Where the text of a story starts whose headline stands over its picture's caption (line ``j``):
    a dateline right under the caption (早稻开镰 / 图为… / 本报讯（…）) opens that story's text, so the
    article its anchor started is the headline's."""
    if kinds[j] is Kind.CAPTION and j + 1 in starts and kinds[j + 1] is Kind.DATELINE:
        return starts.pop(j + 1)
    return j


def _opens_under_title(content: list[Line], kinds: list[Kind], j: int, first: int, flow: Flow) -> bool:
    """Heading-like line ``j`` under a title (from line ``first``) opens the item's text, not more of the
    title: a case's part head (``【基本案情】``, under a title with a comma too), a line running on into
    text, a proposal's field, a table's first row."""
    return is_case_part(content[j].text) or (
        j > first
        and (
            _opens_text(content, kinds, j, flow)
            or _proposal_field(content[j].text)
            or (flow.items and _table_under(content, j))
        )
    )


def _title_over_table(content: list[Line], i: int, flow: Flow) -> bool:
    """In a bulletin of items, a heading after a finished paragraph, set apart (in a copy with no blank
    lines at all, right under it), over a table: the title of an item whose body is the table
    (``一季度主要经济指标``), not a caption inside the item above."""
    return (
        flow.items
        and 0 < i < len(content) - 1
        and (content[i].gap > 0 or flow.gap == 0)  # set apart, or a copy without blank lines
        and ends_sentence(content[i - 1].text)
        and not _CORNER_CELL.match(content[i].text)
        and _table_under(content, i + 1)
    )


_CORNER_CELL = re.compile(
    r"^[\u4e00-\u9fff]{0,2}(?:类别|類別|项目|項目|指标|指標|名称|名稱|序号|序號|类型|類型|地区|地區)$"
)
"""``检查类别``, ``指标``: a table's first header cell, naming what its rows are — with the cells one a
line (docx2python, odt2txt), the table's corner after the item's paragraph, not a title over the table."""


def _table_under(content: list[Line], j: int) -> bool:
    """Line ``j`` opens a table (a statistics item whose body is its table: ``指标 单位 绝对值 增长(%)``): the
    lines from it on, before any sentence, are short, and many of them are figures — rows of cells set
    apart by spaces (pandoc, ``pdftotext -layout``), or the cells one a line (PyMuPDF's blocks, pdfminer's
    columns read one after another)."""
    figures = 0
    for line in content[j : j + _TABLE_REACH]:
        if ends_sentence(line.text) or len(line.text) > _TABLE_ROW:
            break
        figures += bool(FIGURE_CELL.search(line.text))
    return figures >= _TABLE_FIGURES


_TABLE_REACH = 40  # lines: a table read column by column lists every row's name before the first figure
_TABLE_ROW = 160  # characters: a converter pads a row's cells with spaces to the columns' width
_TABLE_FIGURES = 6


def _printed_page_run(kinds: list[Kind], starts: dict[int, int]) -> bool:
    """A paper's page run printed to PDF: two or more stories, each with its print line
    (``《人民日报》（…第 03 版）``) in its header, and no print line anywhere else."""
    if len(starts) < 2:
        return False
    printed = [k for k, kind in enumerate(kinds) if kind is Kind.SOURCE]
    headed = [k for top, body in starts.items() for k in range(top, body) if kinds[k] is Kind.SOURCE]
    return len(headed) == len(printed) == len(starts)


def _title_after_end(content: list[Line], i: int, flow: Flow, stories: int) -> bool:
    """Line ``i`` follows an article's visible end, or — on a page already holding two stories — is a
    headline its lead restates (``_restated_title_in_print``).  Asked only of headings: it reads around
    the line, which most lines of a file need not pay for."""
    return _after_article_end(content, i, flow) or (
        stories >= 2
        and (_restated_title_in_print(content, i, flow) or _restated_flush_left(content, i, flow))
    )


def _restated_flush_left(content: list[Line], i: int, flow: Flow) -> bool:
    """A paper's page as a Word copy with no blank lines (paragraphs indented, ``　　7月17日晚…``): a
    headline flush left after a finished paragraph, over an indented lead restating it
    (``_lead_restates``, as ``_restated_title_in_print`` asks of a PDF's), starts a story."""
    return (
        flow.gap == 0
        and flow.wrap is None
        and not flow.web
        and len(content[i].text) >= _ITEM_TITLE
        and not NUMBERED_HEADING.match(content[i].text)  # 二、部门自查: a part of one document
        and _flush_left_between_indented(content, i)
        and _lead_restates(content[i].text, content[i + 1].text)
    )


def _over_a_note(content: list[Line], i: int) -> bool:
    return i + 1 < len(content) and content[i + 1].text.startswith(NOTE_HEADINGS_OPENING)


_PICTURE_WORDS = frozenset({"图片", "圖片", "图", "圖", "照片", "图像", "圖像", "视频", "視頻"})


def _paragraph_opening(content: list[Line], kinds: list[Kind], i: int, flow: Flow) -> bool:
    """In a file wrapped at a column's width, a line that fills the column and runs on, with no break,
    into another full line of text is the first line of a paragraph (``在县城乡规划设计设计人员对新编的
    新安、玉龙、合作、括东、项桥、河滨等6个社区规划`` / ``方案作出详细的介绍后，…``), however much it looks
    like a heading by itself.  A title the width cut ends in a short line, so it is not read as one (nor is
    one an early pass joined to that short line and closed)."""
    below = i + 1
    return (
        below < len(content)
        and not joined_title(content[i])
        and is_full(content[i], flow)
        and not ends_sentence(content[i].text)
        and content[below].gap == 0
        and kinds[below] is Kind.TEXT
        and is_full(content[below], flow)
    )


def _opened_by_colon(content: list[Line], kinds: list[Kind], i: int) -> bool:
    """``汪勇开始解决其他生活需求：`` / ``换眼镜片…``, ``同志们：`` / ``市委…``: what a sentence's colon or a
    speech's greeting opens, never a title."""
    return (
        i > 0
        and content[i - 1].text.endswith(("：", ":"))
        and (kinds[i - 1] is Kind.TEXT or _SALUTATION.match(content[i - 1].text) is not None)
    )


def _sign_off_alone(content: list[Line], i: int) -> bool:
    """``（叶晓路）`` on a line of its own under a paragraph's last sentence (an extractor broke it off), or
    under the last row of a table closing the item (``|…|…|`` / ``（县统计局　钟明远）``): the
    writer signing the story above, never the next item's title or kicker.  A scan may misread the opening
    bracket as angle brackets (``〈《叶晓路)``, ``ends.signed_off``)."""
    text = content[i].text
    if i == 0 or text[:1] not in "(（〈《":
        return False
    above = content[i - 1].text
    if ("\t" in above or above[:1] == "|") and is_table_row(above):
        return _BRACKETED_SIGN_OFF.match(text) is not None  # under a table closing the item's text
    return ends_sentence(above) and signed_off(text, above)


_BRACKETED_SIGN_OFF = re.compile(r"^[（(][\u4e00-\u9fff·・ \u3000、]{2,30}[)）]$")
"""A line that is only a sign-off in brackets: a unit and its writers, or its 供稿 (no figure, no colon)."""


def _part_heading(text: str) -> bool:
    """``编者按``, ``编者按：本期…``, ``第一章　总则``, ``【基本案情】``: a part of the article (or issue) it
    stands in, never an article."""
    return (
        text in NOTE_HEADINGS
        or text.startswith(NOTE_HEADINGS_OPENING)
        or _PART_OF_A_LAW.match(text) is not None
        or is_case_part(text)
    )


def _opens_text(content: list[Line], kinds: list[Kind], j: int, flow: Flow) -> bool:
    """A line under a title that fills the column in mid-sentence, running on into text: the first line
    of the item's text (``中央纪委网站讯 据…消息：山东省某局党委书``), not more of the title."""
    return (
        is_full(content[j], flow)
        and not ends_sentence(content[j].text)
        and j + 1 < len(content)
        and kinds[j + 1] is Kind.TEXT
    )


_SALUTATION = re.compile(
    r"^[\u4e00-\u9fff、，,]{0,24}(?:同志们|同志們|朋友们|朋友們|同学们|同學們|老师们|老師們|先生们|先生們|女士们|女士們"
    r"|代表|委员|委員|来宾|來賓|领导|領導)[：:]$"
)
"""``同志们：``, ``各位代表、各位委员：``: a speech greeting its audience; what follows is the speech, never
a title."""
_PART_OF_A_LAW = re.compile(r"^第[一二三四五六七八九十百零〇\d]{1,4}[编章节編節](?:\s|　|$)")
"""``第一章　总　则``, ``第三节 监督``: a chapter of a law or regulation, never an article of its own."""

NOTE_HEADINGS = frozenset(
    """编者按 编者的话 编后 编后语 编后记 按语 链接 相关链接 背景链接 新闻链接 知识链接 延伸阅读 小贴士
    編者按 編者的話 編後 編後語 按語 鏈接 相關鏈接 延伸閱讀""".split()  # noqa: SIM905 - a word list reads best as words
)
"""Headings that open a part of an article (an editor's note, a box of links), never an article."""
NOTE_HEADINGS_OPENING = tuple(
    word + mark for word in ("编者按", "編者按", "按语", "按語") for mark in "：:"
) + tuple(
    f"{left}{word}{right}"
    for word in ("编者按", "編者按", "按语", "按語")
    for left, right in ("【】", "[]", "〔〕")
)
"""An editor's note run into its paragraph: ``编者按：本期摘编…``, ``【编者按】本期刊发…``."""


_BRACKETED_TITLE = re.compile(r"^【(?:[^【】]{2,14}|\d{1,2})】[^【】。]{4,80}$")
"""``【第一财经】财政部：金融企业拨备覆盖率…``: a digest's item, the source it was taken from in front;
``【3】招商局开展…``: a bulletin's item, its count in front."""
_MIN_BRACKETED = 3


def _addressed_documents(
    content: list[Line], kinds: list[Kind], starts: dict[int, int], claimed: set[int]
) -> None:
    """Official documents one after another (a 文件选编, a page of notices): each a title naming the
    kind of document (``…的通知``, maybe cut over two lines, maybe under its number ``岳办发〔2017〕2号``)
    right over the line of addressees (``各乡、镇人民政府,县政府各部门、各直属机构:``), which opens
    its text.  The title follows a visible end — the file's start, a finished paragraph, the date that
    signs the document above — so a 通知 quoted in a text's own lines is not one.  Read from the
    addressees' colon up: few lines end in one."""
    for c, line in enumerate(content):
        if line.text[-1:] not in "：:":
            continue
        for j in (c - 1, c):  # the addressees' line, or the first of the two the page's width cut it into
            if j < 1 or j in claimed or not _addressees(content, j):
                continue
            top = _document_title_top(content, kinds, j, claimed)
            if top is not None:
                starts[top] = j
                claimed.update(range(top, j))
                break


def _document_title_top(content: list[Line], kinds: list[Kind], j: int, claimed: set[int]) -> int | None:
    """The first line of the title (or of the number over it) over the addressees at line ``j``."""
    if not content[j - 1].text.endswith(_DOCUMENT_KINDS):
        return None
    for i in range(max(0, j - _DOCUMENT_TITLE_LINES), j):
        lines = content[i:j]
        if any(k in claimed or kinds[k] not in (Kind.HEADING, Kind.TEXT) for k in range(i, j)):
            continue
        if any(line.kind is not None or line.text.endswith(_DOCUMENT_KINDS) for line in lines[:-1]):
            continue  # a title ends at the first line naming the document's kind
        if not is_title_like("".join(line.text for line in lines)[:_MAX_TITLE_CHARS]) or lines[-1].kind:
            continue
        top = i - 1 if i > 0 and DOCUMENT_NUMBER.match(content[i - 1].text) else i
        if top == 0 or _document_above_ends(content, kinds, top - 1):
            return top
    return None


_DOCUMENT_TITLE_LINES = 3


def _addressees(content: list[Line], j: int) -> bool:
    """``各县市区委、人民政府,…,中央、省驻岳单位:`` at line ``j``, maybe cut over two lines: whom a
    document is sent to, ending in a colon, with no sentence in it."""
    text = content[j].text
    if not text.startswith("各") and "、" not in text:
        return False
    if not text.endswith(("：", ":")) and j + 1 < len(content) and len(text) >= _SHORT_LINE:
        text += content[j + 1].text  # cut by the page's width
    return text.endswith(("：", ":")) and len(text) <= _ADDRESSEE_CHARS and not ends_sentence(text[:-1])


_ADDRESSEE_CHARS = 120


def _document_above_ends(content: list[Line], kinds: list[Kind], k: int) -> bool:
    """Line ``k``, right above a document's title, ends what came before it: a finished paragraph, the
    date signing the document above, a page's row of labels, a page break."""
    text = content[k].text
    if content[k + 1].page_top or ends_sentence(text) or is_strong_end(text):
        return True
    if kinds[k] is Kind.LABEL:
        return True  # 发布日期：… 信息来源：…: a page's row of information over the document
    if text.endswith("文件") and DOCUMENT_MASTHEAD.match(text):
        return True  # 某县人民政府文件 over the number: the issuing body's masthead opens the document
    return kinds[k] is Kind.DATE and _BARE_DATE.match(text) is not None


DOCUMENT_MASTHEAD = re.compile(r"^[\u4e00-\u9fff（）()]{2,30}文件$")
"""A document's masthead (红头): the issuing body's name and 文件, ``中共某县委员会文件``, over its number."""


def _bracketed_items(
    content: list[Line], kinds: list[Kind], starts: dict[int, int], claimed: set[int]
) -> None:
    """A digest of items each titled ``【source】title`` over its text: every such title starts one.

    A title cut by the page's width goes on in a short line under it.  A short heading right above
    such a title (``国内资讯``) names the group it opens and goes with it."""
    items = {}  # title line → body start
    for i in range(len(content) - 1):
        if i in claimed or not _BRACKETED_TITLE.match(content[i].text):
            continue
        if _item_text(content, kinds, i, i + 1):
            items[i] = i + 1
        elif (
            i + 2 < len(content)
            and _title_rest(content[i + 1], kinds[i + 1])
            and _item_text(content, kinds, i, i + 2)
        ):
            items[i] = i + 2
    if len(items) < _MIN_BRACKETED:
        return
    for i, body in items.items():
        top = i - 1 if i > 0 and i - 1 not in claimed and _group_name(content[i - 1], kinds[i - 1]) else i
        starts[top] = body
        claimed.update(range(top, body))


def _marked_items(content: list[Line], kinds: list[Kind], starts: dict[int, int], claimed: set[int]) -> None:
    """A bulletin whose item titles all carry one mark (``◆青海某某认证1015个``) over their text: every
    such title starts an item, a section label right above it (``【质量安全】``) going with it."""
    marked: dict[str, list[int]] = {}
    for i in range(len(content) - 1):
        text = content[i].text
        if text[0] in _TITLE_MARKS and kinds[i] is Kind.HEADING and not is_column_label(text):
            marked.setdefault(text[0], []).append(i)
    titles = max(marked.values(), key=len, default=[])
    if len(titles) < _MIN_BRACKETED or any(
        kinds[i + 1] is Kind.HEADING and not _FIELD_OPENING.match(content[i + 1].text) for i in titles
    ):
        return
    for i in titles:
        if i in claimed:
            continue
        top = i - 1 if i > 0 and i - 1 not in claimed and is_column_label(content[i - 1].text) else i
        starts[top] = i + 1
        claimed.update(range(top, i + 1))


_TITLE_MARKS = "◆◇●★☆▶►▍▌▎"
_FIELD_OPENING = re.compile(r"^[\u4e00-\u9fff]{2,4}[:：]")
_PROPOSAL_FIELD = re.compile(r"^(?:案由|提案人|提案者|领衔人|建议人)\s?[:：]")


def is_case_part(text: str) -> bool:
    """``【基本案情】``, ``裁判结果``, ``〔典型意义〕``: a part of a case report (a court's or a
    procuratorate's published case), a sub-head inside the case — never its title, more of it, or an item."""
    return _CASE_PART.match(text) is not None


_CASE_PART = re.compile(
    r"^[【\[〔]?(?:基本案情|案情简介|案情簡介|案情概要|案情回顾|案情回顧|简要案情|簡要案情|裁判结果|裁判結果|裁判要旨"
    r"|裁判要点|裁判要點|裁判要义|裁判要義|裁判理由|处理结果|處理結果|典型意义|典型意義|指导意义|指導意義|法官说法"
    r"|法官說法|法官提示|论理释法|論理釋法|检察履职情况|檢察履職情況|相关法条|相關法條|法律依据|法律依據)[】\]〕]?[:：]?$"
)


def _proposal_field(text: str) -> bool:
    """``案由:(20220404)关于…的建议``, ``提案人：…``: a 提案's first field, which opens its text under its
    title (it may repeat the title), never more of the title."""
    return _PROPOSAL_FIELD.match(text) is not None


def _item_text(content: list[Line], kinds: list[Kind], title: int, k: int) -> bool:
    """Running text under a 【source】title: longer than the title, or a full line of text."""
    text = content[k].text
    if kinds[k] is not Kind.TEXT or _BRACKETED_TITLE.match(text):
        return False
    return len(text) > len(content[title].text) or len(text) >= _ITEM_TEXT


_ITEM_TEXT = 30  # characters: a line of an item's text, even where the width cut it shorter than the title


def _title_rest_line(content: list[Line], kinds: list[Kind], k: int) -> bool:
    return k < len(content) and _title_rest(content[k], kinds[k])


def _title_rest(line: Line, kind: Kind) -> bool:
    """The end of a title the width cut (``大选最后一搏``): short, no sentence end, not a bracketed title."""
    text = line.text
    return len(text) <= 12 and not ends_sentence(text) and kind is not Kind.TEXT and not text.startswith("【")


def _group_name(line: Line, kind: Kind) -> bool:
    return kind is Kind.HEADING and len(line.text) <= 8 and not _BRACKETED_TITLE.match(line.text)


def _caption_line(line: Line, kind: Kind, flow: Flow) -> bool:
    """A line of a photo's caption: running text, or any line that fills its column."""
    return kind in (Kind.TEXT, Kind.CAPTION) or (kind is Kind.HEADING and is_full(line, flow))


def _move_intruders(content: list[Line], flow: Flow) -> list[Line]:
    """A headline an extractor put inside a sentence goes back to where its article starts.

    Text boxes sorted by position can land a headline between two halves of the
    article above (pdfminer does).  A heading line right after a line that fills
    its column in mid-sentence cannot stand there; it moves to just after that
    article's visible end (an editor code or a credit), when one follows soon.
    """
    if flow.wrap is None:
        return content
    lines = list(content)
    k = 1
    while k < len(lines) - 1:
        line, above = lines[k], lines[k - 1]
        misplaced = (
            line.kind is None
            and kind_of(line.text) is Kind.HEADING
            and not is_full(line, flow)
            and is_full(above, flow)
            and kind_of(above.text) is Kind.TEXT
            and not ends_sentence(above.text)
            and not is_strong_end(above.text)
            and not _closes_bracket(above.text, line.text)
            and not line.text.endswith(("：", ":"))  # 段将分时采取管制措施：: a lead-in's end, not a headline
        )
        end = _next_end(lines, k) if misplaced else None
        if end is not None and end + 1 < len(lines):
            lines.insert(end, lines.pop(k))  # after the end line, which moved up by one
            continue
        k += 1
    return lines


def _closes_bracket(above: str, text: str) -> bool:
    """``…（据新华社郑`` / ``州9月9日电）``: the line ends the bracket the line above opened."""
    return text[-1:] in ")）" and above.count("（") + above.count("(") > above.count("）") + above.count(")")


def _next_end(lines: list[Line], k: int) -> int | None:
    reach = range(k + 1, min(len(lines), k + _INTRUDER_REACH))
    return next((j for j in reach if is_strong_end(lines[j].text)), None)


def _photo_news_by_credit(
    content: list[Line], kinds: list[Kind], starts: dict[int, int], claimed: set[int], flow: Flow
) -> None:
    """Photo news closed by its credit: a heading after a finished text, a caption or two, the credit.

    ``自主创新助力产业升级`` / ``12月26日,技术人员在…`` / ``本报记者 王尧 摄``: nothing marks where
    such an item starts but the credit under its few lines of caption.
    """
    for c, kind in enumerate(kinds):
        if kind is not Kind.CREDIT or c in claimed:
            continue
        h = c - 1
        while (
            h >= 0
            and c - h <= _PHOTO_NEWS_LINES
            and h not in claimed
            and _caption_line(content[h], kinds[h], flow)
        ):
            h -= 1
        if h < 0 or c - h < 2 or h in claimed or kinds[h] is not Kind.HEADING or content[h].kind is not None:
            continue
        previous = content[h - 1].text if h > 0 else ""
        if h > 0 and not (content[h].page_top or ends_sentence(previous) or is_strong_end(previous)):
            continue
        starts[h] = h + 1
        claimed.add(h)


def _is_anchor(content: list[Line], kinds: list[Kind], a: int) -> bool:
    kind = kinds[a]
    if content[a].kind is not None:  # a Markdown heading or list item is structure already decided
        return False
    if kind is Kind.LABEL:
        found = label_of(content[a].text)
        return found is not None and found[1] in _LABEL_ANCHORS and not _closing_credits(content, kinds, a)
    if kind is Kind.CREDIT:
        return a > 0 and kinds[a - 1] is Kind.HEADING
    if kind is Kind.DATE and _signature_date(content, a):
        return False
    if kind is Kind.SPEAKER and _listed_holder(content, kinds, a):
        return False
    if kind is Kind.BYLINE and _EDITOR_LINE.match(content[a].text):
        return False  # 编辑 冯文美: an editor signs under a story's text, never as its writer under a title
    if kind is Kind.SOURCE_NOTE:  # （来源：江西日报　2015年12月13日） under a title, not under a text's end
        above = content[a - 1].text if a > 0 else ""
        return a > 0 and (kinds[a - 1] is Kind.HEADING or is_title_like(above)) and not is_strong_end(above)
    # 本报北京10月19日电 / （记者亓玉昆）…: one dateline broken over two lines
    return not (kind is Kind.DATELINE and a > 0 and kinds[a - 1] is Kind.DATELINE)


BRACKETED_CREDIT = re.compile(
    r"^【(记者|記者|通讯员|通訊員|作者|来源|來源|编辑|編輯|责编|責編|审核|審核)】\s?(\S.{0,40})$"
)
"""``【记者】何明强`` / ``【来源】 南方报业传媒集团南方 客户端``: a news app's credits under the text."""
_CREDIT_FIRSTS = frozenset("【责責编編")  # the first characters of ``BRACKETED_CREDIT`` and ``_EDITOR_LINE``
_EDITOR_LINE = re.compile(r"^(?:责任编辑|責任編輯|编辑|編輯|责编|責編)\s?[\u4e00-\u9fff·]{2,4}$")


def _signature_date(content: list[Line], a: int) -> bool:
    """``…请遵照执行。`` / ``太湖县人民政府`` / ``2019年1月17日``: the issuing offices and the day under a
    document's last paragraph (its 落款) close the document; the date heads nothing."""
    if _BARE_DATE.match(content[a].text) is None:
        return False
    k = a - 1
    while k >= 0 and a - k <= _SIGNATURE_LINES and is_issuer(content[k].text):
        k -= 1
    return (
        a - k > 1
        and k >= 0
        and (
            ends_sentence(content[k].text)
            or is_strong_end(content[k].text)
            or _names_listed(content, k)
            or _contact_field(content[k].text)
        )
    )


def _listed_holder(content: list[Line], kinds: list[Kind], a: int) -> bool:
    """``总河长：县委书记　某某`` / ``　　　　县委副书记、县长　某某``: a post and its holder under a labelled
    row of a list of charges — the list's next holder, not a speaker under a report's title."""
    k = a - 1
    while k >= 0 and a - k <= _HOLDERS_ABOVE and kinds[k] is Kind.SPEAKER:
        k -= 1
    if k < 0 or a - k > _HOLDERS_ABOVE:
        return False
    match = _CONTACT_FIELD.match(content[k].text)
    return match is not None and kind_of(content[k].text[match.end() - 1 :]) is Kind.SPEAKER


_HOLDERS_ABOVE = 4


def _contact_field(text: str) -> bool:
    """``开户行：中国农业银行某某县支行`` / ``联系人：…``: a notice's last fields (who to ask, where to pay),
    over its issuer and day, end its text as a finished sentence does.  A writer's or a source's label
    (作者：, 来源：) is left out: under a title, it and a day head an article."""
    return _CONTACT_FIELD.match(text) is not None and label_of(text) is None


_CONTACT_FIELD = re.compile(r"^[\u4e00-\u9fff]{2,6}[：:]\S")


def _names_listed(content: list[Line], k: int) -> bool:
    """``副 书 记：蔡雅琴　龚立新``, or a line of names under ``委　　员（按姓氏笔画为序）：``: the last
    line of a list of who was elected, which ends a notice's text as a finished sentence does."""
    text = content[k].text
    if labelled_names(text):
        return not text.endswith(("：", ":"))
    above = content[k - 1].text if k > 0 else ""
    return above.endswith(("：", ":")) and labelled_names(above) and names_list(text)


_BARE_DATE = re.compile(
    r"^(?:\d{4}|[〇○零一二三四五六七八九]{4})\s?年\s?[\d〇○零一二三四五六七八九十]{1,3}\s?月\s?[\d〇○零一二三四五六七八九十]{1,3}\s?日$"
)
_SIGNATURE_LINES = 3


def _closing_credits(content: list[Line], kinds: list[Kind], a: int) -> bool:
    """``文字：刘佳妮`` in a block of credits under a finished paragraph (``图片：…`` / ``编辑：…``):
    the item's end, not the header of one to come."""
    k = a - 1
    while k >= 0 and a - k <= _CREDIT_REACH and (kinds[k] is Kind.LABEL or len(content[k].text) <= 4):
        k -= 1
    if k < 0 or kinds[k] is not Kind.TEXT or not ends_sentence(content[k].text):
        return False
    found = label_of(content[a].text)
    credits = [label_of(content[m].text) for m in range(k + 1, min(len(content), a + _CREDIT_REACH))]
    return found is not None and found[1] == "author" and any(c and c[1] == "editor" for c in credits)


_CREDIT_REACH = 6


def _header_above(content: list[Line], kinds: list[Kind], j: int, claimed: set[int], flow: Flow) -> bool:
    """True when line ``j`` belongs to the header of the line below it."""
    if j in claimed or (content[j].kind is not None and not joined_title(content[j])):
        return False  # a line already read (a caption, set aside) — but a title joined to its tail heads
    if _REFERENCE_NOTE.match(content[j].text) or _sign_off_alone(content, j):
        return False  # 〔1〕…人民日报,2016-03-24., （叶晓路）: closing the article above, never over a title
    if kinds[j] is Kind.DATE and _signature_date(content, j):
        return False  # the document above closes with its offices and day: nothing below reaches over them
    below = content[j + 1]
    if (below.page_top or below.page != content[j].page) and not _title_at_page_foot(content, kinds, j):
        return False  # a title starts its page: never reach back onto the page before
    if flow.wrap is None and below.gap >= _wide_gap(flow) and not _over_own_head(content, kinds, j):
        return False
    if kinds[j] is Kind.TEXT and dashed_kicker(content[j].text) and _starts_fresh(content, j, flow):
        return True  # 城关镇党委书记林晓岚—— over the title: its kicker, leading into it
    if _is_paragraph_tail(content, j, flow):
        return _wrapped_title_tail(content, kinds, j)
    if kinds[j] is Kind.TEXT:
        return (
            (is_title_like(content[j].text) or _paired_headline_over_labels(content, kinds, j))
            and _starts_fresh(content, j, flow)
            and not _runs_on(content, j, flow)
        )
    return kinds[j] is Kind.HEADING or kinds[j] in HEADER_KINDS


def _over_own_head(content: list[Line], kinds: list[Kind], j: int) -> bool:
    """Heading ``j`` over lines that stand only under a title — a report's occasion (``——…在…会议上``), a
    bulletin's offices over its day — heads them across wider white space than the text's (a page's blank
    and space-only lines set a report's title, occasion and speaker apart)."""
    if kinds[j] is Kind.HEADING and kinds[j + 1] is Kind.OCCASION:
        return True
    return _title_over_offices(content, kinds, j)


def _title_over_offices(content: list[Line], kinds: list[Kind], j: int) -> bool:
    """Heading ``j`` over a bulletin's issuing offices printed one a line (``某省统计局`` / ``国家统计局
    某省调查总队``) and its day: the offices are no headline, so the title over them heads the header even
    across the page's wider white space (BeautifulSoup's text of a block whose title and offices stand in
    fonts of their own)."""
    k = j + 1
    while k < len(content) and kinds[k] is not Kind.DATE and is_issuer(content[k].text):
        k += 1
    return (
        kinds[j] is Kind.HEADING
        and not is_issuer(content[j].text)
        and k - j >= _OFFICE_LINES
        and k < len(content)
        and kinds[k] is Kind.DATE
    )


_OFFICE_LINES = 3  # the heading's line and two offices or more, one a line


def _paired_headline_over_labels(content: list[Line], kinds: list[Kind], j: int) -> bool:
    """``午间公告：天奇股份中标…；运达股份中标7亿元项目`` over ``…来源：证券时报网作者：李在山``: a headline
    joining two items with a semicolon (a news site's round-up) reads as running text by its ``；``, but
    right over the page's line of labels — where a story's headline stands — and ending no sentence, with
    no full stop in it, it is the headline."""
    text = content[j].text
    return (
        kinds[j + 1] is Kind.LABEL
        and ("；" in text or ";" in text)
        and "。" not in text
        and 4 <= len(text) <= _MAX_TITLE_CHARS
        and text.count("，") + text.count(",") <= _TITLE_COMMAS
        and not ends_sentence(text)
    )


_TITLE_COMMAS = 2


_REFERENCE_NOTE = re.compile(r"^(?:〔\s?\d{1,3}\s?〕|\[\s?\d{1,3}\s?\]|［\d{1,3}］)\s?\S")
"""A theory article's note under its text (``〔1〕…[N].人民日报,2016-03-24.``, ``[2]《…选集》…``)."""


def _runs_on(content: list[Line], j: int, flow: Flow) -> bool:
    """``　　本網訊 10月10日下午,小市鎮…環境衛生集中`` over ``2023/10/13`` over ``宣傳活動。``: in text cut
    at a column's width, a line of running text (clause marks in it) set in like a paragraph that fills
    the column without ending its sentence is a paragraph's first line going on below — the extractor
    moved a date or a name between the two — never a title (a title the width cut starts flush)."""
    line = content[j]
    return flow.wrap is not None and line.indent > 0 and is_full(line, flow) and not ends_sentence(line.text)


def _title_at_page_foot(content: list[Line], kinds: list[Kind], j: int) -> bool:
    """A heading that ends its page after a finished article (a credit, a 。) heads the next page's
    text: the PDF's reading order put the title before the page break."""
    if kinds[j] is not Kind.HEADING:
        return False
    above = content[j - 1].text if j > 0 else ""
    return j == 0 or kinds[j - 1] is Kind.HEADING or is_strong_end(above) or ends_sentence(above)


def _wrapped_title_tail(content: list[Line], kinds: list[Kind], j: int) -> bool:
    """The end of a headline cut by the column's width, right over its information lines
    (``…专业技能大`` / ``赛`` / ``来源：本站原创``): the two lines read as one title."""
    below = kinds[j + 1] if j + 1 < len(kinds) else None
    if below not in (Kind.LABEL, Kind.SOURCE, Kind.DATE, Kind.BYLINE, Kind.DATELINE):
        return False
    joined = content[j - 1].text + content[j].text
    return is_title_like(joined) and not ends_sentence(joined)


def _lead_in_or_tail(content: list[Line], j: int, flow: Flow, numbered: set[int]) -> bool:
    """A lead-in (``各位代表：``) or the end of a paragraph (``_is_paragraph_tail``), unless the issue's
    count of its items stands there: ``二、…`` after ``一、…`` starts the next item wherever the line
    above broke off."""
    if content[j].text.endswith(("：", ":")):
        return True
    return j not in numbered and _is_paragraph_tail(content, j, flow)


def _is_paragraph_tail(content: list[Line], j: int, flow: Flow) -> bool:
    """In text cut by a column's width, a short line after a full one ending mid-sentence ends a paragraph."""
    if flow.wrap is None or j == 0 or content[j].page_top:
        return False
    above = content[j - 1]
    if kind_of(above.text) is not Kind.TEXT or is_strong_end(above.text) or signed_off(above.text):
        return False  # a heading line, not running text; or an article's visible end (…发生。  (某局 宋佳))
    return is_full(above, flow) and not ends_sentence(above.text) and content[j].gap <= flow.gap


def dashed_kicker(text: str) -> bool:
    """``城关镇党委书记林晓岚——``, ``南岭县石门乡推动茶旅融合——``: a kicker that leads into the title under
    it with a dash — a short line with no full stop, whose dash ends it (no sentence breaks off so in a
    header).  Its dash reads as a sentence's end, so it is not title-like by itself."""
    return (
        text.endswith("——")
        and not text.endswith("———")
        and len(text) <= _DASHED_KICKER_CHARS
        and is_title_like(text[:-2])
    )


_DASHED_KICKER_CHARS = 32


def is_title_like(text: str) -> bool:
    """A headline may hold a comma or two (``回望“十四五”，想起总书记这句话``) but no sentence end."""
    if len(text) > _MAX_TITLE_CHARS or text.count("，") + text.count(",") > 2 or len(text) < 4:
        return False
    if sum(1 for char in text if "\u4e00" <= char <= "\u9fff") < 2:
        return False
    if "。" in text or "；" in text or ";" in text:
        return False
    return not ends_sentence(text) or (len(text) <= 30 and text.rstrip("”’」』")[-1:] in "？！?!…")


def _starts_fresh(content: list[Line], j: int, flow: Flow) -> bool:
    """True when line ``j`` follows a visible end: the file's or a page's start, a sentence end, a gap."""
    line = content[j]
    if j == 0 or line.page_top or line.page != content[j - 1].page:
        return True
    if flow.wrap is None and line.gap >= _wide_gap(flow):
        return True
    previous = content[j - 1].text
    return (
        previous == line.text  # the page printed its title twice: in its header, then over the text
        or ends_sentence(previous)
        or is_strong_end(previous)
        or content[j - 1].number + 1 < line.number - line.gap - line.unspaced  # a line set aside between
        or (
            len(previous) <= _SHORT_LINE
            and kind_of(previous) is not Kind.TEXT
            and not is_full(content[j - 1], flow)
        )
    )  # a short line that is not running text (a menu, a name) ends nothing


_SHORT_LINE = 30


def _expand_down(content: list[Line], kinds: list[Kind], a: int) -> int:
    """The first body line under the header that contains anchor ``a``."""
    k = a + 1
    n = len(kinds)
    while k < n and k - a <= _MAX_DOWN:
        kind = kinds[k]
        if (
            kind in HEADER_KINDS
            or (
                kinds[k - 1] is Kind.LABEL
                and _opens_value(content[k - 1].text)
                and len(content[k].text) <= 20
                and kind is not Kind.DATELINE  # 本报讯 (记者 …) under …语音阅读: opens the text
            )
            or kind in (Kind.CAPTION, Kind.CREDIT, Kind.SOURCE_NOTE)
            or (kind is Kind.HEADING and any(kinds[m] in HEADER_KINDS for m in range(k + 1, min(n, k + 3))))
            or (kinds[k - 1] in _CHART_OVER and chart_credit(content[k].text))  # 数据来源：… 制图：…
        ):
            k += 1
        else:
            break
    return k


_CHART_OVER = frozenset({Kind.SOURCE, Kind.BYLINE, Kind.HEADING, Kind.FIELD})
"""What a chart's credits stand under at a story's head: its print source or byline, or the chart's
other credit line (a 数据来源 line reads as a heading, a 制图 line as a field)."""


def _opens_value(text: str) -> bool:
    """``来源：`` with its value on the next line."""
    return text.endswith(("：", ":"))


def _wide_gap(flow: Flow) -> int:
    """Blank lines that set an article apart: more than the file usually leaves, and at least two."""
    return max(2, flow.gap + 1)


def _after_article_end(content: list[Line], i: int, flow: Flow) -> bool:
    if i == 0:
        return True
    if flow.wrap is None and content[i].gap >= _wide_gap(flow):
        return True  # in text cut by a page, blank lines follow the page's white space, not the articles
    if joined_title(content[i]) and ends_sentence(content[i - 1].text):
        return True  # a narrow column's title joined to its tail (``narrow.join_title_tails``), after a text
    if _stands_as_a_title(content, i, flow):
        # the next item's title, not 一、… inside one — unless 二、基层经验 names the section over that title
        return not NUMBERED_HEADING.match(content[i].text) or _counted_section_over_title(content, i, flow)
    previous = content[i - 1].text
    if ends_sentence(previous) and _headline_over_picture(content, i):
        return True  # 早稻开镰 / 图为… / 本报讯（…）: a story's headline over its picture's caption
    if _visibly_ended(previous) and _opens_after_end(content, i, flow):
        return True  # 经济短波 over ◆…, 编者按：… over 全市…: a column's name over its items, a note's end
    if i >= 2 and len(previous) < _SHORT_LINE and ends_with_attribution(content[i - 2].text + previous):
        return True  # （据新华社郑 / 州9月9日电）: the source closing the report, cut by the column
    above = content[i - 2].text if i >= 2 else ""
    if (
        flow.items
        and previous[:1] in _CREDIT_FIRSTS
        and (_EDITOR_LINE.match(previous) or BRACKETED_CREDIT.match(previous))
    ):
        return True  # 编辑 冯文美, 【来源】南方日报: the credits under a bulletin item's text close it
    if previous[:2] in _SOURCE_WORDS and ends_sentence(above) and _source_label(previous):
        return True  # 来源:某社区 通讯员 … under a finished paragraph: the item's credits close it
    if previous[:2] in _DATA_WORDS and _DATA_SOURCE.match(previous):
        return True  # 数据来源:县统计局 under a table and its notes: the statistics item ends there
    if content[i].gap > 0 and ("\t" in previous or previous[0] == "|") and is_table_row(previous):
        return True  # a table's last row, then a blank line: the item whose text it closes ends there
    if i + 1 < len(content) and is_case_part(content[i + 1].text) and ends_sentence(previous):
        return True  # a case's title over its first part head (【裁判要义】), after the last case's text
    # …慈善基金。（邵闻）, （下转第2版）: a writer's sign-off or a jump line ends the story on this page
    if (is_strong_end(previous) and not _caption_in_story(content, i)) or jumps_out(previous):
        return True
    if signed_off(previous, above) and not sign_off_goes_on(previous, content[i].text):
        return True  # not …草案。 (研究室 刘佳 over 琪): the sign-off goes on to its bracket
    return _signed_under_dated(content, i)


def _caption_in_story(content: list[Line], i: int) -> bool:
    """``…一笔可观的收入。`` / ``阮氏（左）和长女顾摊。`` / ``1天仅卖出2颗凤梨``: a photo's caption (a
    person's place marked, ``（左）``) right after a finished paragraph of running text — the story's own
    picture, set between its paragraphs, its short title (``顾母``) perhaps on a line above it — closes no
    story: the heading under it is the story's next sub-head.  A caption after a title (photo news) still
    ends what stood above."""
    k = i - 2
    if k >= 1 and len(content[k].text) <= _CAPTION_TITLE and is_heading_like(content[k].text):
        k -= 1  # 顾母 over the caption: the picture's title
    if k < 0 or kind_of(content[i - 1].text) is not Kind.CAPTION:
        return False
    above = content[k].text
    return len(above) > _STORY_PARAGRAPH and ends_sentence(above)


_CAPTION_TITLE = 4  # characters: a picture's own short title over its caption (``顾母``)
_STORY_PARAGRAPH = 60  # characters: a paragraph of running text, longer than any title or caption


def _opens_after_end(content: list[Line], i: int, flow: Flow) -> bool:
    """After a finished paragraph: a column's name over its first item (marked or not), or the first item's
    title under the issue's note."""
    return (
        _label_over_marked_item(content, i)
        or _label_over_brief(content, i)
        or (flow.items and i <= _NOTE_REACH and _under_issue_note(content, i))
    )


def _under_issue_note(content: list[Line], i: int) -> bool:
    """Line ``i``, over text, is the first heading under the issue's editor's note, which opens the file's
    content (``编者按 : 今年以来…`` — a scan's OCR may set a space before the colon) with nothing but its
    text between: in a copy with no blank line, where the note ends and the first item begins."""
    if not "".join(content[0].text[:8].split()).startswith(NOTE_HEADINGS_OPENING) or i + 1 >= len(content):
        return False
    return kind_of(content[i + 1].text) is Kind.TEXT and all(
        kind_of(content[k].text) is Kind.TEXT for k in range(1, i)
    )


_NOTE_REACH = 8  # lines: an issue's note is a short paragraph


def _headline_over_picture(content: list[Line], i: int) -> bool:
    """Line ``i`` over a picture's caption (``图为…``) over text that opens with a dateline (``本报讯（…）``)
    or that a sign-off closes before the next heading (``（图/文　某某）``): a paper's page saved as text
    sets a story's picture between its headline and its text, so the line is that story's headline, not
    a sub-head of the story above (a sub-head's text neither opens with a dateline nor is signed apart)."""
    n = len(content)
    if i + 2 >= n or not content[i + 1].text.startswith(("图为", "圖為")):
        return False
    if kind_of(content[i + 2].text) is Kind.DATELINE:
        return True
    for k in range(i + 2, min(n, i + 2 + _PICTURE_TEXT_LINES)):
        text = content[k].text
        if signed_off(text, content[k - 1].text):
            return True
        if kind_of(text) is Kind.HEADING:
            return False
    return False


_PICTURE_TEXT_LINES = 12  # lines: a picture story's few paragraphs under its caption


def _signed_under_dated(content: list[Line], i: int) -> bool:
    """Line ``i``, a headline set apart by blank lines after a finished paragraph, heads text that ends
    in a writer's sign-off (``…节省了往返时间。 (覃小薇)``), while the story above opened with a dateline
    naming its reporters (``本报讯 (记者 …)``) and signed off nowhere: that story had its writers, so
    the sign-off is another story's, and the headline its title, not a sub-heading."""
    line = content[i]
    if (
        line.gap == 0
        or i + 1 >= len(content)
        or content[i + 1].gap == 0
        or not ends_sentence(content[i - 1].text)
    ):
        return False
    if not is_heading_like(line.text) or kind_of(line.text) is not Kind.HEADING:
        return False
    end = next(
        (k for k in range(i + 1, min(len(content), i + _SIGNED_REACH)) if _set_apart_heading(content, k)),
        min(len(content), i + _SIGNED_REACH),
    )
    if end == i + 1 or not signed_off(content[end - 1].text, content[end - 2].text):
        return False
    for k in range(i - 1, max(0, i - _SIGNED_REACH), -1):
        text = content[k].text
        if kind_of(text) is Kind.DATELINE and any(role in text[:24] for role in _REPORTERS):
            return True
        if signed_off(text) or _set_apart_heading(content, k):
            return False  # the story above signed off, or a title over it came first: no dateline read
    return False


def _set_apart_heading(content: list[Line], k: int) -> bool:
    return content[k].gap > 0 and is_heading_like(content[k].text)


_SIGNED_REACH = 30  # lines: a short story's, or the story above's
_REPORTERS = ("记者", "記者", "通讯员", "通訊員")


def _label_over_marked_item(content: list[Line], i: int) -> bool:
    """``经济短波`` over ``◆…``: a column's name in words alone (not a bracket: ``【详细】`` is a link's too)
    over an item's title led by a list mark."""
    text = content[i].text
    return (
        i + 1 < len(content)
        and content[i + 1].text[:1] in _ITEM_MARKS
        and "\u4e00" <= text[:1] <= "\u9fff"
        and is_column_label(text)
    )


_ITEM_MARKS = frozenset("◆◇●○■□▲△★☆▶►▪•")


def _label_over_brief(content: list[Line], i: int) -> bool:
    """``乡镇短讯`` over ``柳溪乡举办农民运动会`` over its text: a column's name in words over its first
    brief's title, where no mark leads the title (a scan's OCR read the bullet as a character or lost it)."""
    text = content[i].text
    if i + 2 >= len(content) or not ("\u4e00" <= text[:1] <= "\u9fff" and is_column_label(text)):
        return False
    title, lead = content[i + 1].text, kind_of(content[i + 2].text)
    if lead is Kind.CHAR and i + 3 < len(content):
        lead = kind_of(content[i + 3].text)  # …公交环 / 线 / text: the title's last character on its own
    return kind_of(title) is Kind.HEADING and not is_column_label(title) and lead in _LEAD_KINDS


_LEAD_KINDS = frozenset({Kind.TEXT, Kind.DATELINE})


def _visibly_ended(text: str) -> bool:
    """A finished paragraph, or a picture's credit closing its caption (``…秋茶。 记者`` / ``方雨晴 摄``)."""
    return ends_sentence(text) or text[-1:] in "摄攝"


_SOURCE_WORDS = ("来源", "來源")
_DATA_WORDS = ("数据", "資料", "资料", "數據")
_DATA_SOURCE = re.compile(r"^(?:数据|资料|數據|資料)(?:来源|來源|提供)\s?[:：]\s?[^。，,；;]{2,40}$")
"""``数据来源：县统计局``: where a table's or a statistics item's figures come from, printed under it."""


def _source_label(text: str) -> bool:
    found = label_of(text) if len(text) <= _SOURCE_LINE else None
    return found is not None and found[1] == "source"


_SOURCE_LINE = 60


_COUNTED_NAME = re.compile(r"^[一二三四五六七八九十]{1,3}、\s?[\u4e00-\u9fff]{2,8}$")


def _counted_section_over_title(content: list[Line], i: int, flow: Flow) -> bool:
    """``二、基层经验`` set apart over an item's title, which stands over its text: in a bulletin of items,
    a counted section's name — a part of one document (``二、深度贫困成因分析``) has its text under it."""
    if not flow.items or i + 2 >= len(content) or not _COUNTED_NAME.match(content[i].text):
        return False
    title, lead = content[i + 1], content[i + 2]
    return (
        title.gap > flow.gap
        and kind_of(title.text) is Kind.HEADING
        and not NUMBERED_HEADING.match(title.text)
        and kind_of(lead.text) is Kind.TEXT
    )


def _stands_as_a_title(content: list[Line], i: int, flow: Flow) -> bool:
    """Line ``i`` stands where the next item's or story's title stands, by one of the layouts' readings
    (the caller lets a heading counted ``一、`` through none of them, but a counted section's name over
    an item's title: ``_counted_section_over_title``)."""
    items, gap = flow.items, content[i].gap
    return bool(
        (items and gap > flow.gap and ends_sentence(content[i - 1].text))  # a bulletin's next item
        or (  # cut at a width with no gap setting titles apart: none at all (PyMuPDF), or one after every
            items  # line (pdfminer)
            and flow.wrap is not None
            and flow.gap <= 1
            and gap == flow.gap
            and _after_paragraph(content, i, flow)
            and not (gap == 0 and _items_set_apart(content))  # blank lines set items apart: a sub-head
        )
        or (items and gap > flow.gap and _set_apart_flush_left(content, i))  # a title flush left
        or (items and flow.gap == 0 and flow.wrap is None and _flush_left_between_indented(content, i))
        or (items and _flush_left_title_in_wrapped(content, i, flow))
        or _spaced_desk_copy_title(content, i, flow)
        or _desk_copy_title(content, i, flow)
        or _bulletin_title_set_apart(content, i, flow)
        or (items and _restated_title_in_run(content, i, flow))
        or (items and flow.gap == 0 and _after_item_source(content, i))
        or (items and content[i].page_top and kind_of(content[i - 1].text) is not Kind.TEXT)  # a new page
        or (items and gap and gap >= flow.gap and _label_over_title(content, i))
        or (items and flow.gap == 0 and _plain_name_in_run(content, i))
    )


def _plain_name_in_run(content: list[Line], i: int) -> bool:
    """``乡镇速递`` after a finished paragraph, over a title over running text, in a bulletin with no blank
    line anywhere (LibreOffice's or a script's text of a Word file: a line a paragraph): a section's name
    opening the next item, where the issue names two or more sections so (``_plain_name_over_title``)."""
    return (
        _plain_name_over_title(content, i)
        and ends_sentence(content[i - 1].text)
        and sum(1 for k in range(len(content)) if _plain_name_over_title(content, k)) >= _PLAIN_NAMES
    )


def _plain_name_over_title(content: list[Line], k: int) -> bool:
    """A short name of Han characters only, over an unnumbered one-line title, over a line of text."""
    text = content[k].text
    if len(text) > _PLAIN_NAME_CHARS or k + 2 >= len(content) or _PLAIN_NAME.match(text) is None:
        return False
    title, under = content[k + 1].text, content[k + 2].text
    return (
        kind_of(title) is Kind.HEADING
        and len(title) >= _PLAIN_TITLE_CHARS
        and NUMBERED_HEADING.match(title) is None
        and kind_of(under) is Kind.TEXT
    )


_PLAIN_NAME = re.compile(r"^[\u4e00-\u9fff]{2,8}$")
_PLAIN_NAME_CHARS = 8
_PLAIN_TITLE_CHARS = 8
_PLAIN_NAMES = 2


def _label_over_title(content: list[Line], i: int) -> bool:
    """``【以案释法】`` after a finished paragraph, over a heading: a section's label opening the next item
    even where every paragraph is set apart by as many blank lines as the items (a copy whose cut lines
    were joined back, one paragraph a line)."""
    return (
        is_column_label(content[i].text)
        and content[i].text.startswith("【")
        and ends_sentence(content[i - 1].text)
        and i + 1 < len(content)
        and kind_of(content[i + 1].text) is Kind.HEADING
    )


def _desk_copy_title(content: list[Line], i: int, flow: Flow) -> bool:
    """A paper's desk copy as text (not a web page, not cut at a width): a title flush left, a blank line
    above and below it, between indented paragraphs, after a finished one, starts the next story —
    the story's own sub-heads (``还有两道坎``) stand with no blank line around them."""
    if flow.wrap is not None or flow.web or content[i].gap <= flow.gap:
        return False
    return ends_sentence(content[i - 1].text) and _set_apart_flush_left(content, i)


def _spaced_desk_copy_title(content: list[Line], i: int, flow: Flow) -> bool:
    """A bulletin's copy with a blank line after every line (a Word file's paragraph spacing saved as
    text, or lynx's dump of a page: headings flush left, paragraphs three spaces in): no gap sets a title
    apart, but the paragraphs are indented (``　　为促进…``) and a title stands flush left after a
    finished paragraph, over an indented one.  A sub-head inside a story is
    a phrase; a title says what happened, so it is read as one from ``_SPACED_TITLE`` characters."""
    return (
        flow.items
        and not flow.signed  # every item's title over its writer: a heading with none is a sub-head
        and flow.wrap is None
        and content[i].gap == flow.gap > 0
        and len(content[i].text) >= _SPACED_TITLE
        and ends_sentence(content[i - 1].text)
        and _set_apart_flush_left(content, i)
    )


_SPACED_TITLE = 12


def _bulletin_title_set_apart(content: list[Line], i: int, flow: Flow) -> bool:
    """A bulletin's item title in plain copy (a Word file saved as text, no anchor anywhere — no
    writer, no dateline, no sign-off — and paragraphs spaced like the titles, so no gap sets a title
    apart): a heading alone between blank lines, after a finished paragraph and over a running one.
    Only under a masthead (``flow.items``), where the file is a run of items; a title says what
    happened, so it is read as one from ``_ITEM_TITLE`` characters — a sub-head is a phrase
    (``基本情况``), a numbered head (``一、…``) is a part of its item, and a section's name stands over
    a title, not over text."""
    if not flow.items or flow.wrap is not None or content[i].gap == 0:
        return False
    text = content[i].text
    if len(text) < _ITEM_TITLE or NUMBERED_HEADING.match(text) or text.endswith(("：", ":", "摄", "攝")):
        return False  # a numbered part, a lead-in, a photo's caption signed by its photographer
    if i + 1 >= len(content) or content[i + 1].gap == 0 or not _after_finished(content, i):
        return False
    below = content[i + 1]
    if flow.signed:
        return False  # every item's title stands over its writer: a heading with none is a sub-head
    if flow.rejoin and _as_long_as_cut_lines(content, i):
        return False  # a PDF's lines each set apart (mutool): a paragraph's first line, cut at the width
    return kind_of(below.text) is Kind.TEXT and _running(below, Kind.TEXT)


def _as_long_as_cut_lines(content: list[Line], i: int) -> bool:
    """Line ``i`` holds as many characters as most lines around it that a width cut mid-sentence (three or
    more of them within ``_CUT_REACH`` lines, alike within a character or two, each ``_CUT_MIN`` long or
    more): a line of the text."""
    around = content[max(0, i - _CUT_REACH) : i + _CUT_REACH + 1]
    cut = Counter(
        len(line.text)
        for line in around
        if line is not content[i] and len(line.text) >= _CUT_MIN and not ends_sentence(line.text)
    )
    width = max(cut, key=lambda n: (sum(cut[m] for m in range(n - 1, n + 2)), n), default=0)
    alike = sum(cut[m] for m in range(width - 1, width + 2))
    return alike >= _CUT_LINES and len(content[i].text) >= width - 1


_CUT_REACH = 8
_CUT_LINES = 3
_CUT_MIN = 20  # characters: a line of text a page's width cut, not a head's short line (审判动态, 第5期)


def titles_over_writers(content: list[Line]) -> bool:
    """Two or more headings set apart, each right over a line naming its writer (``王小鹏``,
    ``(作者:戴军　…)``) over running text: a study bulletin whose every article carries its writer."""
    found = 0
    for k in range(len(content) - 2):
        title, writer, text = content[k], content[k + 1], content[k + 2]
        if (
            (k and not title.gap)
            or kind_of(title.text) is not Kind.HEADING
            or kind_of(text.text) is not Kind.TEXT
        ):
            continue
        kind = kind_of(writer.text)
        label = label_of(writer.text) if kind is Kind.LABEL else None
        if kind in (Kind.NAME, Kind.BYLINE) or (label is not None and label[1] == "author"):
            found += 1
    return found >= _SIGNED_TITLES


_SIGNED_TITLES = 2


_ITEM_TITLE = 8


def _restated_title_in_run(content: list[Line], i: int, flow: Flow) -> bool:
    """A bulletin's item title in copy with no blank line anywhere (every line a paragraph, not cut at a
    width): no gap sets it apart, so it is read as one only with the evidence of its lead — a heading of
    ``_ITEM_TITLE`` characters or more, not counted, after a finished paragraph, over a running paragraph
    that says again what it says (``_lead_restates``)."""
    if flow.wrap is not None or flow.web or flow.gap != 0 or i == 0 or i + 1 >= len(content):
        return False
    if content[i].gap == 0 and _items_set_apart(content):
        return False  # blank lines set the items apart: a line with none above is inside one (a sub-head)
    text, below = content[i].text, content[i + 1]
    if content[i].indent > 0 or not _ITEM_TITLE <= len(text) <= _MAX_TITLE_CHARS:
        return False  # a head set in like the paragraphs is a sub-head of the story (``　　多轮驱动…``)
    if (
        kind_of(text) is not Kind.HEADING
        or NUMBERED_HEADING.match(text)
        or text.endswith(("：", ":"))
        or not ends_sentence(content[i - 1].text)
    ):
        return False
    if not _running(below, kind_of(below.text)) or _GOES_ON.match(below.text):
        return False
    return _lead_restates(text, below.text) and not _unmarked_among_marked(content, i)


def _unmarked_among_marked(content: list[Line], i: int) -> bool:
    """The issue marks its items' titles (``◆点点滴滴民生情``, three or more behind one mark), line ``i``
    stands under the first of them and has no mark: a heading inside a marked item, its sub-heading (as a
    heading without the count is where the issue numbers its items) — flush left once a copy lost the
    indent that set it with the paragraphs."""
    titles = [line.text for line in content if line.text[0] in _TITLE_MARKS]
    titles = [text for text in titles if kind_of(text) is Kind.HEADING]  # not a list's ● points
    marks = Counter(text[0] for text in titles)
    if not marks or content[i].text[0] in _TITLE_MARKS:
        return False
    mark, count = marks.most_common(1)[0]
    first = next(k for k, line in enumerate(content) if line.text[0] == mark)
    return count >= _MIN_BRACKETED and first < i


_SET_APART = 3  # blank lines between a file's lines that show it sets its items apart with them


def _items_set_apart(content: list[Line]) -> bool:
    """The copy has blank lines between its blocks (the items' titles set apart by them), though none
    between paragraphs: not the copy ``_restated_title_in_run`` reads, which has none anywhere."""
    return sum(1 for line in content if line.gap > 0) >= _SET_APART


def _restated_title_in_print(content: list[Line], i: int, flow: Flow) -> bool:
    """A story's headline in a PDF's text (cut at the column's width, no blank line setting its lead apart)
    with no writer and no dateline under it: a short heading of ``_ITEM_TITLE`` characters or more, not
    counted, after a finished paragraph, over a running paragraph whose lead says again what it says
    (``深受欢迎的…活动``
    over ``2月8日下午，…“四下乡”活动在这里举行``).  A story's sub-head names a part and the paragraph
    under it goes on (``会议指出…``), so it is not read so; and only on a page already holding two stories or
    more (their writers or datelines found them): a single feature's sub-heads are often restated too."""
    if flow.wrap is None or flow.web or flow.gap > 1 or i == 0 or i + 2 >= len(content):
        return False
    line, below = content[i], content[i + 1]
    text = line.text.strip()
    if is_full(line, flow) or not _ITEM_TITLE <= len(text) <= _MAX_TITLE_CHARS:
        return False
    if kind_of(text) is not Kind.HEADING or NUMBERED_HEADING.match(text) or _DIRECTIVE.match(text):
        return False
    if not ends_sentence(content[i - 1].text) or max(below.gap, content[i + 2].gap) > flow.gap:
        return False  # the lead's lines run on (pdfminer: a blank line after every line, the flow's gap)
    if line.gap == 0 and flow.gap == 0 and _items_set_apart(content):
        return False  # blank lines set the stories apart: a head with none above is a sub-head
    lead = below.text.strip() + content[i + 2].text.strip()
    return kind_of(below.text) is Kind.TEXT and not _GOES_ON.match(lead) and _lead_restates(text, lead)


def items_without_masthead(content: list[Line], flow: Flow) -> bool:
    """A bulletin's items in plain copy with no masthead over them: the file opens straight with an item's
    title set apart over running text, and at least one more title stands so further down (set apart,
    after a finished paragraph, over running text — ``_bulletin_title_set_apart`` read as if under a
    masthead; with no blank line anywhere, ``_restated_title_in_run``), and at least two titles — at least
    half of them — are restated by their leads.  Then the file is a run of items (``flow.items``).

    Safe for one long document: its title is a document's (``关于…的报告``, ``…工作总结``) or stands over
    its addressees, speaker or date, not over running text, so it is never read as an opening item; its
    heads counted ``一、`` are parts, a sub-head that is a phrase is under ``_ITEM_TITLE`` characters, a
    sub-head saying what to do (``坚持…``) or over a paragraph going on with the story (``会议指出…``)
    makes the file one story, and a feature's sub-heads are not restated by the paragraphs under them."""
    if flow.items or flow.web or flow.wrap is not None or len(content) < _MIN_ITEM_LINES:
        return False
    first = 1 if _section_name_first(content) else 0
    if not _opening_item_title(content, first, run=flow.gap == 0):
        return False
    as_items = Flow(wrap=flow.wrap, rejoin=flow.rejoin, gap=flow.gap, items=True)
    later = range(first + 2, len(content))
    if flow.gap == 0:  # no blank line anywhere: each title with its lead's evidence
        titles = [first, *(i for i in later if _restated_title_in_run(content, i, as_items))]
    else:
        titles = [first, *(i for i in later if _bulletin_title_set_apart(content, i, as_items))]
    if any(_DIRECTIVE.match(content[i].text) or _GOES_ON.match(content[i + 1].text) for i in titles[1:]):
        return False  # 坚持稳中求进…, or 会议指出… under it: a part of one story, speech or report
    restated = sum(_lead_restates(content[i].text, content[i + 1].text) for i in titles)
    return len(titles) >= _MIN_ITEMS and restated >= _MIN_ITEMS and restated * 2 >= len(titles)


_MIN_ITEM_LINES = 4  # two titles, each over its text
_DIRECTIVE = re.compile(
    r"^(?:坚持|加快|推动|推进|强化|着力|聚焦|深化|全面|持续|扎实|突出|抓好|做好|提升|优化|加强|健全|完善|深入|切实"
    r"|大力|不断|努力|积极|统筹|夯实|筑牢|守牢|发挥|落实|构建|实施|坚决|始终|进一步)"
)
"""A head that opens with what to do and names no one doing it: a part of a speech or a report (an
item's title says who did what: ``城关镇推进…``)."""
_GOES_ON = re.compile(
    r"^(?:会议|會議|他们|他們|他|她|该|該|此外|同时|同時|另外|其中|对此|對此|为此|為此|据介绍|據介紹|据了解|據了解)"
)
"""A paragraph opening with what an earlier one introduced (``会议指出``, ``他表示``, ``此外``): it goes on
with a story; an item's lead opens with its own when, where or who."""
_MIN_ITEMS = 2


def _lead_restates(title: str, lead: str) -> bool:
    """A news item's lead says again what its title says (``县长张三调研农业生产`` over ``12月1日，县长张三
    到城关镇调研农业生产工作…``): a third or more of the title's pairs of characters stand in the lead's
    first sentences.  A sub-head inside one article (``从外出务工到返乡创业的转变``) names a part; the
    paragraph under it goes on with the story rather than restating the head."""
    if _HAN3.match(title) and lead.startswith(title[:3]):
        return True  # 石桥镇探索… over 石桥镇创新…: the lead opens with whom the title names
    pairs = {title[k : k + 2] for k in range(len(title) - 1)}
    head = lead[:_LEAD_CHARS]
    return len(pairs) > 0 and sum(pair in head for pair in pairs) * 3 >= len(pairs)


_HAN3 = re.compile(r"^[\u4e00-\u9fff]{3}")


_LEAD_CHARS = 80


def _opening_item_title(content: list[Line], first: int, *, run: bool = False) -> bool:
    """The file's first line is an item's title (or its section's name, a short heading set apart, is, and
    the title is next, ``first`` 1): a heading of ``_ITEM_TITLE`` characters or more, not counted, no
    document's title, alone over a running paragraph that ends a sentence."""
    text, below = content[first].text, content[first + 1]
    if not _ITEM_TITLE <= len(text) <= _MAX_TITLE_CHARS or kind_of(text) is not Kind.HEADING:
        return False
    if NUMBERED_HEADING.match(text) or text.endswith(("：", ":")) or _DOCUMENT_TITLE.search(text):
        return False
    if run:  # no blank line anywhere: flush left, and the lead restates it
        return (
            content[first].indent == 0
            and _running(below, kind_of(below.text))
            and _lead_restates(text, below.text)
        )
    return below.gap > 0 and _running(below, kind_of(below.text)) and ends_sentence(below.text)


def _section_name_first(content: list[Line]) -> bool:
    """``基层信息`` alone on the file's first line, set apart over a longer heading."""
    return (
        len(content[0].text) <= _SECTION_NAME
        and kind_of(content[0].text) is Kind.HEADING
        and content[1].gap > 0
        and content[2].gap > 0
    )


_DOCUMENT_TITLE = re.compile(r"^关于|(?:报告|讲话|总结|意见|方案|通知|决定|办法|规划|纲要|公报|说明)$")


def _after_finished(content: list[Line], i: int) -> bool:
    """Line ``i`` follows a finished paragraph, or a section's name set apart after one (``基层信息``), or the
    item's source line under one (``来源：泰顺新闻网``)."""
    for k in range(i - 1, max(i - 3, 0) - 1, -1):  # a section's name under the source line: two at most
        above = content[k]
        if ends_sentence(above.text) or (k < i - 1 and signed_off(above.text)):
            return True  # …确保成功创建。(某某) over the source line: the item above is finished
        closing = (len(above.text) <= _SECTION_NAME and kind_of(above.text) is Kind.HEADING) or (
            _ITEM_SOURCE.match(above.text) is not None
        )
        if k == 0 or above.gap == 0 or not closing:
            return False
    return False


def _after_item_source(content: list[Line], i: int) -> bool:
    """With no blank line anywhere, a heading right under an item's closing ``来源：泰顺新闻网`` /
    ``供稿：三圳镇`` line (or under a section's label under it, ``【志愿服务】``), over running text, is the
    next item's title: the source line ends the item as a blank line would."""
    k = i - 2 if i > 1 and is_column_label(content[i - 1].text) else i - 1
    if k < 0 or i + 1 >= len(content):
        return False
    noted = k == i - 1 and k > 0 and content[k].text.startswith(NOTE_HEADINGS_OPENING)
    if not (_ITEM_SOURCE.match(content[k].text) or (noted and is_column_label(content[k - 1].text))):
        return False  # 【镇村动态】 over 按语：…: the first section opens with the note, then its first item
    below = content[i + 1]
    return kind_of(content[i].text) is Kind.HEADING and _running(below, kind_of(below.text))


_ITEM_SOURCE = re.compile(r"^(?:来源|來源|供稿|稿源|信息来源|信息來源)\s?[:：]\s?[^\s:：。，,]{2,20}$")
"""``来源：泰顺新闻网`` / ``供稿：三圳镇`` alone under an item's last paragraph: the unit or site that sent
the item, closing it as a bulletin prints it."""


_SECTION_NAME = 8


def _under_section_name(
    content: list[Line], kinds: list[Kind], i: int, claimed: set[int], flow: Flow
) -> bool:
    """The item title at ``i`` stands under its section's name (``基层信息``, set apart after the last
    item's text): the name heads this item, not the end of the one before."""
    return (
        i >= 2
        and i - 1 not in claimed
        and kinds[i - 1] is Kind.HEADING
        and not ends_sentence(content[i - 1].text)
        and (
            _bulletin_title_set_apart(content, i, flow)
            or _label_over_flush_left(content, i, flow)
            or (flow.gap == 0 and is_column_label(content[i - 1].text) and _after_item_source(content, i))
        )
    )


def _label_over_flush_left(content: list[Line], i: int, flow: Flow) -> bool:
    """``▲品牌建设`` over a title flush left between indented paragraphs, no blank line anywhere: the
    section's label heads the title (``_flush_left_between_indented``)."""
    return (
        flow.gap == 0
        and flow.wrap is None
        and is_column_label(content[i - 1].text)
        and _flush_left_between_indented(content, i)
    )


def _numbered_items(content: list[Line], kinds: list[Kind]) -> set[int]:
    """Headings numbered 1, 2, 3 … through the whole issue, the count going on under each new section
    label (``〓疫情防控〓`` / ``2.辽宁某市…``): the issue's items, not the parts of one item.

    Parts of an item count again from 1 in the next item; item numbers run on across sections."""
    found = [
        (i, count_of(match.group(1)))
        for i, line in enumerate(content)
        if (kinds[i] is Kind.HEADING or (kinds[i] is Kind.TEXT and is_title_like(line.text)))
        and (match := _ITEM_NUMBER.match(line.text))
    ]  # a title may end on its exclamation (``3.我县又添一张国家级名片！``)
    found = found[: _counted_run([number for _, number in found])]
    if len(found) < _MIN_NUMBERED_ITEMS:
        return set()
    labelled = {i for i, _ in found if i > 0 and is_column_label(content[i - 1].text)}
    if len(labelled) < 2:
        return {i for i, _ in found} if _numbered_from_the_top(content, kinds, found[0][0]) else set()
    return {i - 1 if i in labelled else i for i, _ in found}  # a labelled item starts at its label


def _counted_run(numbers: list[int]) -> int:
    """How many of ``numbers`` count the issue's items: all when they run 1, 2, 3 … to the end; the
    run before the count goes back when the last item has parts of its own (``五、…招聘公告`` over
    its own ``一、…`` / ``二、招聘条件…``); none when it skips ahead."""
    run = 0
    while run < len(numbers) and numbers[run] == run + 1:
        run += 1
    return run if run == len(numbers) or numbers[run] <= run else 0


def _numbered_from_the_top(content: list[Line], kinds: list[Kind], first: int) -> bool:
    """A bulletin whose numbered headings start its text (``一、县十七届人大常委会…召开`` right under the
    masthead, or under an editor's note ``编者按：本期摘编…``): nothing titles the issue's text but them,
    so they are its items.  Safe: a heading numbered 一、 inside one document always has that document's
    title, and mostly its opening (``各位代表：``, the addressees), above it — a heading or text that is no
    editor's note."""
    if first + 1 < len(content) and kinds[first + 1] is Kind.HEADING:
        return False  # 一、工作动态 over an item's title: the count numbers sections, not items
    if first == 0:
        return True
    if not content[0].text.startswith(NOTE_HEADINGS_OPENING):
        return False
    return all(kinds[k] is not Kind.HEADING for k in range(1, first))


_ITEM_NUMBER = re.compile(r"^(\d{1,2}|[一二三四五六七八九十]{1,3})[.、．](?!\d)\s?\S")
_MIN_NUMBERED_ITEMS = 3


def _after_paragraph(content: list[Line], i: int, flow: Flow) -> bool:
    """In a bulletin cut at the page's width with no blank lines anywhere (PyMuPDF), after a paragraph's
    last line: a section label, a short heading when that paragraph closed with a caption's
    photographer (``…在晾晒柿子。黄孝邦``), or a short heading over a lead that picks up its words
    (``_echoed_after_paragraph``; after a last line that happens to reach the width, one that restates
    it)."""
    above = content[i - 1].text
    finished = ends_sentence(above) and not above.endswith(("：", ":"))  # a colon opens what follows
    if is_full(content[i - 1], flow):
        return finished and _echoed_after_paragraph(content, i, flow, _lead_restates)
    if not (ends_sentence(above) or _photographer_end(above)):
        return False
    if is_column_label(content[i].text) or (_photographer_end(above) and not is_full(content[i], flow)):
        return True
    return finished and _echoed_after_paragraph(content, i, flow, _lead_echoes)


def _echoed_after_paragraph(
    content: list[Line], i: int, flow: Flow, echoes: Callable[[str, str], bool]
) -> bool:
    """``勞工局與休閒企業合作推出…計劃`` / ``明起接受申請`` after ``…改道行駛。``, over ``為促進…勞工事務局…
    合作推出…``: in copy cut at a width, a heading short of the width after a finished paragraph, over
    text that reaches the width, is where a blank line was dropped — the next item's title when the
    lead ``echoes`` its words (a story's sub-head over a paragraph going on, ``会议指出…``, or saying what
    to do, ``坚持…``, stays in the story).  A title may take a second short line."""
    line = content[i]
    if is_full(line, flow) or not _ITEM_TITLE <= len(line.text) <= _MAX_TITLE_CHARS:
        return False
    if (
        kind_of(line.text) is not Kind.HEADING
        or NUMBERED_HEADING.match(line.text)
        or _DIRECTIVE.match(line.text)
    ):
        return False
    k = i + 1
    if k < len(content) and not is_full(content[k], flow) and kind_of(content[k].text) is Kind.HEADING:
        k += 1  # the title's second line
    if k >= len(content) or not is_full(content[k], flow) or kind_of(content[k].text) is not Kind.TEXT:
        return False
    lead = "".join(below.text for below in content[k : k + 3])
    return not _GOES_ON.match(lead) and echoes("".join(c.text for c in content[i:k]), lead)


def _photographer_end(text: str) -> bool:
    tail = _NAME_AFTER_STOP.search(text[-4:])  # 。 and two or three characters: the last four at most
    return tail is not None and kind_of(tail.group(1)) is Kind.NAME


_NAME_AFTER_STOP = re.compile(r"。([\u4e00-\u9fff]{2,3})$")


def _set_apart_flush_left(content: list[Line], i: int) -> bool:
    """A line flush left with blank lines above and below it, between indented paragraphs: in a bulletin
    whose paragraphs are indented this is the next item's title, whatever the paragraph above ended with
    (a caption's photographer, say)."""
    below = content[i + 1] if i + 1 < len(content) else None
    return (
        content[i].indent == 0
        and content[i - 1].indent > 0
        and below is not None
        and below.indent > 0
        and below.gap > 0
    )


def _flush_left_between_indented(content: list[Line], i: int) -> bool:
    """In a bulletin with no blank lines whose paragraphs are indented (Word's text: ``　　配合…``), a
    heading flush left after a finished paragraph, over an indented lead that picks up its words, is
    the next item's title — the indent says what a blank line would have.  A story's sub-head over a
    paragraph going on (``会议指出…``) or saying what to do (``坚持…``) stays in the story."""
    below = content[i + 1] if i + 1 < len(content) else None
    k = i - 2 if i > 1 and is_column_label(content[i - 1].text) else i - 1  # ▲品牌建设 over the title
    if below is None or content[i].indent > 0 or content[k].indent == 0 or below.indent == 0:
        return False
    text, above = content[i].text, content[k].text
    return (
        below.gap == 0
        and (ends_sentence(above) or _photographer_end(above))  # …在晾晒柿子。黄孝邦: a caption's end
        and kind_of(text) is Kind.HEADING
        and not _DIRECTIVE.match(text)
        and not _GOES_ON.match(below.text)
        and _lead_echoes(text, below.text)
    )


def _flush_left_title_in_wrapped(content: list[Line], i: int, flow: Flow) -> bool:
    """Word's "Save as plain text" with line breaks: every line cut at a width, no blank line anywhere,
    a paragraph's first line indented and the rest flush left, the numbering of titles and sections
    lost.  A line can start flush left after a paragraph's short last line only when it is not that
    paragraph's (after a last line that happens to reach the width, only a lead restating the heading
    tells): so a heading there (one line, or two when the first reaches the width), over an
    indented lead that picks up its words, is the next item's title; a short name between the
    paragraph and the title (``队伍建设``) opens the item, a section's.  A sub-head over a paragraph going on
    (``会议指出…``) or saying what to do (``坚持…``) stays in its story."""
    if flow.wrap is None or flow.gap != 0 or flow.web or i == 0 or content[i].indent > 0:
        return False
    if not ends_sentence(content[i - 1].text):
        return False
    echoes = (
        _lead_restates if is_full(content[i - 1], flow) else _lead_echoes
    )  # a last line may reach the width
    if i + 2 < len(content) and _short_name_between(content[i], flow):
        i += 1  # the section's name opens the item: the title is under it
    end = i + 1 if is_full(content[i], flow) else i  # a title reaching the width goes on one more line
    if end + 1 >= len(content) or content[end].indent > 0:
        return False
    lead = content[end + 1]
    title = "".join(content[j].text for j in range(i, end + 1))
    if (
        lead.indent == 0
        or kind_of(lead.text) is not Kind.TEXT
        or not _ITEM_TITLE <= len(title) <= _MAX_TITLE_CHARS
    ):
        return False
    if NUMBERED_HEADING.match(title) or _DIRECTIVE.match(title) or ends_sentence(title):
        return False
    lead_text = lead.text.strip() + (content[end + 2].text if end + 2 < len(content) else "")
    return not _GOES_ON.match(lead_text) and echoes(title, lead_text)


def _short_name_between(line: Line, flow: Flow) -> bool:
    return (
        line.indent == 0
        and len(line.text) <= _SECTION_NAME
        and not is_full(line, flow)
        and not ends_sentence(line.text)
    )


_SECTION_NAME = 8


def _lead_echoes(title: str, lead: str) -> bool:
    """Two or more of the title's pairs of characters stand in the lead's first sentences (a weaker
    ``_lead_restates``, for a title the layout sets apart already)."""
    head = lead[:_LEAD_CHARS]
    return sum(title[k : k + 2] in head for k in range(len(title) - 1)) >= _ECHOED_PAIRS


_ECHOED_PAIRS = 2


NUMBERED_HEADING = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、．])"
)


def single(content: list[Line], flow: Flow | None = None) -> list[Span]:
    """The whole text as one article, its first line the title when it reads as one (with its rest, when a
    hard wrap cut it: ``cut_heading_rest``).  A day alone on the first line over such a title
    (``2024年3月5日`` / ``县农业局召开…会``) is the article's date line, the title the line under it; so is a
    case's number (``编号：A9001``, ``A9001``), kept with the header."""
    if not content:
        return []
    first = content[0]
    if len(content) > 2 and first.kind is None and _over_title(first.text) and _lone_title(content[1]):
        # the header reads the day (or keeps the number) over the title
        return [Span(content[:2], content[2:])]
    if len(content) > 1 and _lone_title(first):
        lines = _document_title_lines(content)
        if lines == 1 and _office_over_title(content):
            return [Span(content[:2], content[2:])]  # the header's reading makes the office its kicker
        if lines == 1 and len(content) > 2 and flow is not None and cut_heading_rest(first, content[1], flow):
            lines = 2
        return [Span(content[:lines], content[lines:], title_lines=lines)]
    return [Span([], content, origin="untitled")]


def _office_over_title(content: list[Line]) -> bool:
    """``某某县慈善总会`` / ``2026年捐赠款物公示（第一期）`` over the text: the issuing office on the first
    line, the notice's title alone on the second — the title is the second line, not the office."""
    if len(content) < 3 or not is_issuer(content[0].text):
        return False
    second = content[1]
    return (
        _lone_title(second)
        and len(second.text) <= _MAX_TITLE_CHARS
        and not ends_sentence(second.text)
        and not is_issuer(second.text)
    )


def _over_title(text: str) -> bool:
    """A line a lone story may print over its title: its day, or its case's number, labelled or bare."""
    return kind_of(text) in (Kind.DATE, Kind.FIELD) or _CASE_NUMBER.match(text) is not None


_CASE_NUMBER = re.compile(r"^[A-Za-z]{1,4}-?\d{2,8}$")


def _lone_title(line: Line) -> bool:
    """A plain line that reads as a title (a heading by its words, or short and unfinished like one)."""
    return line.kind is None and (kind_of(line.text) is Kind.HEADING or is_title_like(line.text))


def _document_title_lines(content: list[Line]) -> int:
    """How many lines an official document's title takes: the issuing body, ``关于…``, and the rest
    up to the kind of document (``全国人民代表大会常务委员会`` / ``关于批准…外汇及`` / ``调整…的决议``)."""
    first = content[0].text
    if len(content) < 3 or not (_about(first) or _about(content[1].text)):
        return 1
    for k in range(1, min(len(content) - 1, _MAX_HEADING_LINES)):
        text = content[k].text
        if len(text) > _MAX_TITLE_CHARS or ends_sentence(text) or content[k].kind is not None:
            return 1
        if _names_document_kind(text):
            return k + 1
    return 1


def is_document_title(lines: list[str]) -> bool:
    """Heading lines that make one official document's title: the issuing body or ``关于…`` first, the
    kind of document last (``全国人民代表大会常务委员会`` / ``关于批准…外汇及`` / ``调整…的决议``), no
    sentence ended on the way — a title the page's width broke, never a kicker, title and subtitle."""
    return (
        2 <= len(lines) <= _MAX_HEADING_LINES
        and (_about(lines[0]) or _about(lines[1]))
        and _names_document_kind(lines[-1])
        and not any(ends_sentence(text) or len(text) > _MAX_TITLE_CHARS for text in lines)
    )


def _about(text: str) -> bool:
    """``关于…`` (``關於…``): the line opening a document's subject, in either script."""
    return simplified(text[:2]) == "关于"


def _names_document_kind(text: str) -> bool:
    """The line ends in the kind of document (``…的决议``, ``…的決議``), in either script."""
    return text.endswith(_DOCUMENT_KINDS) or simplified(text[-2:]).endswith(_DOCUMENT_KINDS)


_DOCUMENT_KINDS = (
    "决议", "决定", "通知", "意见", "办法", "规定", "条例", "批复", "公告", "通告", "报告", "方案", "细则",
    "纲要", "规划", "命令", "函", "決議", "決定", "規定", "條例", "批覆", "報告", "綱要", "規劃",
)  # fmt: skip


def _spans(content: list[Line], starts: dict[int, int]) -> list[Span]:
    spans: list[Span] = []
    tops = sorted(starts)
    if tops[0] > 0:
        spans.append(Span([], content[: tops[0]], origin="preamble"))
    for k, top in enumerate(tops):
        end = tops[k + 1] if k + 1 < len(tops) else len(content)
        body_from = min(starts[top], end)
        spans.append(Span(content[top:body_from], content[body_from:end]))
    return spans


def by_toc(content: list[Line], toc: Toc) -> list[Span] | None:
    """Articles found through the table of contents; ``None`` when too few titles were found."""
    found, section_lines = locate(content, toc)
    if len(found) * 2 < len(toc.entries):
        return None
    spans: list[Span] = []
    lead_section = None
    numbers = {at - 1 for at, _, _ in found if at > 0 and DOCUMENT_NUMBER.match(content[at - 1].text)}
    top = found[0][0] - (found[0][0] - 1 in numbers) if found else 0  # the first title, or its number
    if top > 0:
        stray = [line for k, line in enumerate(content[:top]) if k not in section_lines]
        if len(stray) == 1 and kind_of(stray[0].text) is Kind.HEADING and len(stray[0].text) <= 14:
            lead_section = section_name(stray[0].text)  # 详细新闻, 【局党委动态】: over the items
        elif stray:
            spans.append(Span([], stray, origin="preamble"))
    for k, (title_at, body_at, entry_index) in enumerate(found):
        end = found[k + 1][0] if k + 1 < len(found) else len(content)
        end -= end - 1 in numbers  # 湘政办发〔2009〕24号 over the next title: the next document's number
        header_end = body_at
        while header_end < end and header_end - body_at < _MAX_DOWN and _is_header_line(content[header_end]):
            header_end += 1
        body = [line for m, line in enumerate(content[header_end:end], header_end) if m not in section_lines]
        number = [content[title_at - 1]] if title_at - 1 in numbers else []  # read after the title it is over
        entry = toc.entries[entry_index]
        spans.append(
            Span([*content[title_at:body_at], *number, *content[body_at:header_end]], body,
                 title_lines=body_at - title_at, section=section_name(entry.section), page=entry.page)
        )  # fmt: skip
    _carry_section_labels(spans, lead_section)
    _set_aside_empty_heads(content, sorted(section_lines), lambda _at: 0, {at for at, _, _ in found})
    for missing in sorted(set(range(len(toc.entries))) - {f[2] for f in found}):
        entry = toc.entries[missing]
        where = f" (page {entry.page})" if entry.page is not None else ""
        if spans:
            spans[0].notes.append(f"table of contents: '{entry.title}'{where} not found in the text")
    return spans


def _carry_section_labels(spans: list[Span], section: str | None) -> None:
    """``【基层党建】`` under an item's last line names the section of the items after it, not text.  One
    that names no item — under the last item (a copy cut short, a section of pictures the converter
    dropped), or over an item the contents list puts in another section — is set aside, not lost."""
    label: Line | None = None  # the last label taken off an item's end, until an item takes its name
    for span in spans:
        if span.origin == "preamble":
            continue
        if span.section is None:
            span.section, label = section, None
        else:
            section = span.section  # named by the contents list
        if label is not None:
            label.aside = EMPTY_SECTION
        if span.body and SECTION_LABEL.match(span.body[-1].text):
            label = span.body.pop()
            section = section_name(label.text)
        else:
            label = None
    if label is not None:
        label.aside = EMPTY_SECTION


def _set_aside_empty_heads(
    content: list[Line], heads: list[int], rank: Callable[[int], int], titles: set[int]
) -> None:
    """A section's name (a contents list's ``【图片新闻】``, a Markdown digest's ``## 【外媒关注】``) with no
    item's title under it before the next name of its rank or higher, or the end — a copy cut short, a
    section of pictures a converter dropped — names no article: it is set aside with its reason instead of
    vanishing from the issue.  ``heads`` in text order."""
    for k, at in enumerate(heads):
        following = next((h for h in heads[k + 1 :] if rank(h) <= rank(at)), len(content))
        if not any(at < title < following for title in titles):
            content[at].aside = EMPTY_SECTION


def section_name(printed: str | None) -> str | None:
    """``【市政府文件】`` → ``市政府文件``: the brackets and marks a contents list sets section names in;
    corner brackets (``「社区动态」``) only as a pair around the whole name (``「两会」专栏`` keeps its
    quotes)."""
    if not printed:
        return None
    name = printed.strip("【】[]〔〕〓■□●◆▲ ") or printed
    for opening, closing in _CORNERS:
        inner = name[1:-1]
        if (
            name[:1] == opening
            and name[-1:] == closing
            and inner
            and opening not in inner
            and closing not in inner
        ):
            return inner
    return name


_CORNERS = (("「", "」"), ("『", "』"))


def _deck_over_header(content: list[Line], at: int, end: int, level: int) -> bool:
    """A smaller heading right under an article's title with a header line under it (``# 标题`` /
    ``## ——副题`` / ``> 《人民日报》（…第 04 版）``): the title's subtitle, so the header reads on past it.
    A smaller heading over the text (a part's head) has no source or byline line under it."""
    if at + 1 >= end:
        return False
    line = content[at]
    return line.kind is BlockKind.HEADING and line.level > level and _is_header_line(content[at + 1])


def _is_header_line(line: Line) -> bool:
    if line.kind not in (None, BlockKind.LIST_ITEM) or len(line.text) > 60:
        return False  # a hard line break (``2020年09月11日 18:05␣␣``) makes a list item of a date line
    kind = kind_of(line.text)
    return kind in HEADER_KINDS or (kind is Kind.SOURCE_NOTE and DOCUMENT_NUMBER.match(line.text) is not None)


RELATED_LINKS = re.compile(
    r"^(?:为你推荐|為你推薦|推荐阅读|推薦閱讀|相关阅读|相關閱讀|相关新闻|相關新聞|猜你喜欢|猜你喜歡|热门文章|熱門文章"
    r"|热门推荐|热点推荐|精彩推荐|最新文章|频道推荐|热点聚焦|图片新闻|更多新闻|今日推荐|编辑推荐)$"
)
"""A page's heading over links to other pages: never the headline of the page's article."""

COMMENTS = re.compile(
    r"^(?:我要评论|發表評論|发表评论|网友评论|網友評論|全部评论|全部評論|最新评论|最新評論|热门评论|熱門評論|精彩评论"
    r"|评论|評論)\s?(?:[(（]?\d+\s?条?[)）]?)?$|^\d{0,9}\s?条评论$|^\d{0,9}\s?條評論$"
)
"""A page's heading over its readers' comments (``全部评论 23条``): never the page's headline."""


def heads_links(text: str) -> bool:
    """``为你推荐``, ``爲你推薦``: a heading over links to other pages, in either script."""
    return either_script(RELATED_LINKS.match, text)


def heads_comments(text: str) -> bool:
    """``全部评论 23条``, ``網友評論``: a heading over readers' comments, in either script."""
    return either_script(COMMENTS.match, text)


def _title_level(content: list[Line]) -> int:
    """A feature's title is its ``#`` heading; a page whose converter wrote its one headline as ``##``
    (under smaller headings only) has it there."""
    levels = [
        line.level
        for line in content
        if line.kind is BlockKind.HEADING
        and line.level > 0
        and not heads_links(line.text)
        and not heads_comments(line.text)
    ]
    if not levels or 1 in levels:
        return 1
    top = min(levels)
    return top if levels.count(top) == 1 else 1


def by_markdown(content: list[Line], info: MarkdownInfo) -> list[Span]:
    """Articles at the item headings of a digest, or at each ``#`` title of a feature."""
    level = info.item_level or _title_level(content)
    tops = [i for i, line in enumerate(content) if line.kind is BlockKind.HEADING and line.level == level]
    sections: dict[int, str | None] = {}
    heads: list[int] = []  # the section headings, over the items
    section: str | None = None
    for i, line in enumerate(content):
        if line.kind is BlockKind.HEADING and 0 < line.level < level:
            section = section_name(line.text)
            heads.append(i)
        if i in tops:
            sections[i] = section
    spans: list[Span] = []
    if not tops:
        if info.front_title and content:
            return [_front_matter_article(content, info.front_title)]
        return [Span([], content, origin="markdown preamble")] if content else []
    kicker = None
    if tops[0] > 0:
        before = [
            line
            for line in content[: tops[0]]
            if not (line.kind is BlockKind.HEADING and 0 < line.level < level)  # a section's: named above
        ]
        if (
            level == 1
            and before
            and before[-1].kind is BlockKind.HEADING
            and before[-1] is content[tops[0] - 1]
        ):
            kicker = before.pop().text  # a smaller heading right over the title: its kicker (引题)
        if before:
            spans.append(Span([], before, origin="markdown preamble"))
    over = _kickers_over_later_titles(content, tops, level)
    for k, top in enumerate(tops):
        end = tops[k + 1] if k + 1 < len(tops) else len(content)
        if k + 1 < len(tops) and tops[k + 1] - 1 in over:
            end -= 1  # the next title's kicker is that article's, not this one's last line
        header_end = _markdown_header_end(content, top, end, level, info)
        body = [
            line
            for line in content[header_end:end]
            if not (line.kind is BlockKind.HEADING and 0 < line.level < level)
        ]
        related = "related links" if heads_links(content[top].text) else None
        related = "comments" if heads_comments(content[top].text) else related
        spans.append(
            Span(content[top:header_end], body, title_lines=1, section=sections.get(top), origin=related)
        )
    if kicker is not None:
        spans[-len(tops)].kicker = kicker
    for span, top in zip(spans[len(spans) - len(tops) :], tops, strict=True):
        span.kicker = content[top - 1].text if top - 1 in over else span.kicker
    _set_aside_empty_heads(content, heads, lambda i: content[i].level, set(tops))
    return spans


def _markdown_header_end(content: list[Line], top: int, end: int, level: int, info: MarkdownInfo) -> int:
    """Past the header lines under the title at ``top``: a ``## 副题`` over a source or byline line, those
    lines; or the decks of a headline printed again."""
    header_end = top + 1
    if _deck_over_header(content, header_end, end, level):
        header_end += 1  # ``## ——副题`` right under the title, over its source or byline line
    while header_end < end and _is_header_line(content[header_end]):
        header_end += 1
    if header_end == top + 1 and any(content[top] is heading for heading in info.repeated):
        header_end = _decks_end(content, header_end, end)  # 标题 / 标题 again / 副题 …: the decks
    return header_end


def _kickers_over_later_titles(content: list[Line], tops: list[int], level: int) -> set[int]:
    """A smaller heading right over a ``#`` title after the first (``### 引题`` / ``# 标题``, each file's
    in a day's Markdown files joined into one): that title's kicker, as the first title's is."""
    if level != 1:
        return set()
    found: set[int] = set()
    for k, top in enumerate(tops[1:], 1):
        above = top - 1
        line = content[above]
        if above > tops[k - 1] + 1 and line.kind is BlockKind.HEADING and line.level > level:
            found.add(above)
    return found


def _decks_end(content: list[Line], start: int, end: int) -> int:
    """Past the bold lines under a headline the text printed again (``标题`` / ``**标题**`` /
    ``**批准…等**`` / ``**…出席**`` / lead): the headline's decks (副题), when a paragraph follows them.
    A deck is short, has no sentence end, and no outline number (``一、``, ``（一）``: the text's heads)."""
    k = start
    while k < end and k - start < _MAX_DECKS and _deck_line(content[k]):
        k += 1
    if k == start or k >= end or content[k].kind is not None:
        return _bold_decks_over_dateline(content, start, end)
    return k


def _bold_decks_over_dateline(content: list[Line], start: int, end: int) -> int:
    """Past the bold paragraphs, however long (a summary in bold with its full stops), between a headline
    printed again and the item's dateline paragraph (``某某网消息（…）：…``): all of them are decks."""
    k = start
    while (
        k < end
        and k - start < _MAX_DECKS
        and not content[k].level
        and (content[k].bold or _deck_line(content[k]))
    ):
        k += 1
    if k == start or k >= end or content[k].kind is not None or kind_of(content[k].text) is not Kind.DATELINE:
        return start
    for line in content[start:k]:
        line.kind = BlockKind.HEADING  # a long one too: a deck of the headline, read with the others
    return k


def _deck_line(line: Line) -> bool:
    text = line.text
    return (
        line.kind is BlockKind.HEADING
        and not line.level
        and len(text) <= _DECK_CHARS
        and not re.search("[。！？；]", text)
        and NUMBERED_HEADING.match(text) is None
    )


_MAX_DECKS = 6
_DECK_CHARS = 60


def _front_matter_article(content: list[Line], title: str) -> Span:
    """A post whose title is in its front matter: the lines that open its text are header, not body —
    a bold headline, ``来源：`` and ``原标题：`` labels, a wire header, a byline."""
    end = 0
    while end < len(content) and end < _MAX_DOWN:
        line = content[end]
        bold_headline = end == 0 and line.kind is BlockKind.HEADING and not line.level
        plain = line.kind is None and len(line.text) <= 80 and kind_of(line.text) in _FRONT_HEADER
        if not (bold_headline or plain):
            break
        end += 1
    return Span(content[:end], content[end:], title=title)
