"""Build an article body from its lines: rejoin broken sentences, set apart headings, captions and codes.

How a file breaks its paragraphs is decided once per file (``Flow``):

* **wrapped** — text extracted from a PDF is cut at the column edge, so most
  lines share one width.  A line that reaches that width and does not end a
  sentence goes on in the next line; a line that ends short, or ends a
  sentence, ends its paragraph.  An indented line (``pdftotext -layout``)
  starts a new one.
* **broken** — pages pasted paragraph by paragraph, cut wherever a newspaper
  column ended and separated by blank lines (``…招商一线`` / blank /
  ``桥头堡作用,…``): a line that does not end a sentence goes on in the next.
  A text browser's page reads the same (its width cuts paragraphs into touching
  lines, blank lines between paragraphs): there a short line standing apart over
  such a paragraph is a sub-heading, not the paragraph's first words.
* **whole** — one paragraph per line (web pages, Word files): nothing is
  joined, and a short unpunctuated line is a sub-heading.

Whatever the flow, some things are never glued onto a paragraph: headings,
captions (``图① …``, or any caption closed by its photographer's ``…摄``), ``——``
list lines, Markdown hard breaks and headings, and anything after an editor code
(``③5`` closes a paragraph).  A line opening
with a comma or closing quote always belongs to the line before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reader.importer.bylines import parse_credit_line
from reader.importer.ends import closing_rows, sign_off_goes_on, signed_off
from reader.importer.linekinds import (
    Kind,
    dateline_opening,
    kind_of,
    label_of,
    labelled_names,
    run_on_slash_byline,
)
from reader.importer.lines import Line, split_lines, typical_gap, wrap_width
from reader.importer.model import Block, BlockKind, BylineEntry
from reader.importer.text import (
    CAPTION,
    CONTINUATION_START,
    SOURCE_NOTE,
    ends_sentence,
    is_heading_like,
    is_spaced_heading,
    split_editor_code,
)

_WRAP_SLACK = 3.0  # a wrapped line may end this many cells short of the column: a paragraph's first line
# is indented by two cells, and digits or Latin letters leave up to a cell more


_LONG = 30  # lines at least this long are text, not headings, when the flow is judged
_BROKEN_SHARE = 0.2  # a fifth of the text lines ending mid-sentence: paragraphs were broken across lines


_OVERFLOW = 1.5  # a line wider than its column by more than this spans columns: a headline, not body text


_CENTRED = 8  # leading spaces: on a web page a browser drew, a line set this far in is centred
_CENTRED_CHARS = 40


@dataclass(frozen=True)
class Flow:
    """How this file breaks paragraphs into lines (see the module docstring)."""

    wrap: float | None = None  # the column width of a hard-wrapped file
    rejoin: bool = False  # paragraphs broken across blank lines (the "broken" flow)
    gap: int = 0  # the usual number of blank lines between two lines
    items: bool = False  # the file is a bulletin of items (it opens with a masthead): see ``segment``
    web: bool = False  # some of the file was set aside as a web page's furniture: a page a browser drew
    signed: bool = False  # the items' titles stand over their writers' lines (a study bulletin's articles)
    headline_width: float | None = None  # where a page run cut its headlines (``headers.headline_cut_width``)

    @property
    def name(self) -> str:
        return "wrapped" if self.wrap else "broken" if self.rejoin else "whole"


@dataclass
class Body:
    """What :func:`build_body` found; the caller copies it onto a ``ParsedArticle``."""

    blocks: list[Block] = field(default_factory=list)
    editor_codes: list[str] = field(default_factory=list)
    credit: str | None = None
    credit_people: list[BylineEntry] = field(default_factory=list)
    source_note: str | None = None


def detect_flow(lines: list[Line], *, whole: bool = False) -> Flow:
    """The flow of a file from its content lines; ``whole`` when its hard-wrapped blocks were joined back
    into a line each (``narrow``): a paragraph a line, whatever its lines end with."""
    width = wrap_width(lines)
    gap = typical_gap(lines)
    if width is not None:
        return Flow(wrap=width, gap=gap)
    if whole:
        return Flow(gap=gap)
    long = [line for line in lines if len(line.text) >= _LONG and line.kind is None]
    if len(long) < 5:
        return Flow(rejoin=breaks_across_blank_lines(lines), gap=gap)
    broken = sum(1 for line in long if not ends_sentence(line.text))
    return Flow(rejoin=broken >= len(long) * _BROKEN_SHARE, gap=gap)


def breaks_across_blank_lines(lines: list[Line]) -> bool:
    """True for pages pasted paragraph by paragraph, where blank lines separate most lines."""
    if len(lines) < 2:
        return False
    spaced = sum(1 for line in lines[1:] if line.gap > 0)
    return spaced * 2 >= len(lines) - 1


def is_full(line: Line, flow: Flow) -> bool:
    """True when ``line`` reaches the column edge of a wrapped file."""
    if flow.wrap is None:
        return False
    room = line.room or flow.wrap
    return room - _WRAP_SLACK <= line.width + min(line.indent, 4) / 2 <= room + _OVERFLOW


def content_lines(text: str) -> list[Line]:
    """The non-blank lines of ``text``, with their features."""
    return split_lines(text)


def build_body(lines: list[Line], flow: Flow | None = None, *, rejoin: bool = False) -> Body:
    """Blocks for an article body; without a ``flow``, ``rejoin`` picks the broken or the whole flow."""
    if flow is None:
        flow = Flow(rejoin=rejoin)
    body = Body()
    paragraph = BlockKind.PARAGRAPH
    held = _OpenParagraph(body.blocks)
    last = len(lines) - 1
    cut_note = False  # the line is a source note's rest, taken with the line above
    table = _table_rows(lines) | closing_rows(lines)  # rows that stand alone, and end what is above
    for k, line in enumerate(lines):
        if cut_note:
            cut_note = False
            continue
        if held.text is not None and held.text[-1] in "(（":
            # a bracket opened at a line's end closes on the next (…。( / 通讯员 施金霞)), whatever it holds
            held.text, held.line = _glue(held.text, line.text), line
            continue
        if _set_aside(body, line):
            held.close()
            continue
        if k < last and _cut_source_note(line, lines[k + 1]):
            _set_aside(body, Line(line.number, line.text + lines[k + 1].text))
            held.close()
            cut_note = True
            continue
        text, code = split_editor_code(line.text)
        if code:
            body.editor_codes.append(code)
        if not text:  # the code stood alone: it closes the paragraph above
            held.close()
            continue
        if held.text is None and _heading_rest(body.blocks, lines, k, text, flow):
            body.blocks[-1] = Block(BlockKind.HEADING, _glue(body.blocks[-1].text, text))
            continue
        kind = _kind_at(lines, k, text, flow, held)
        in_table = k in table or k - 1 in table  # a table's row (or cell) stands on its own line
        if (
            kind is paragraph
            and held.text is not None
            and not in_table
            and _continues(held.line, held.text, line, flow)
        ):
            held.text = _glue(held.text, text)
            held.line = line
        else:
            held.close()
            if kind is paragraph:
                held.text, held.line = text, line
            elif kind is BlockKind.CAPTION and _caption_goes_on(body.blocks, lines, k, flow):
                body.blocks[-1] = Block(kind, f"{body.blocks[-1].text} {text}")
            else:
                body.blocks.append(Block(kind, text))
        if code or line.closed:
            held.close()
    held.close()
    return body


def _kind_at(lines: list[Line], k: int, text: str, flow: Flow, held: _OpenParagraph) -> BlockKind:
    """What line ``k`` (its ``text`` without an editor's code) opens or goes on: a paragraph, unless it
    stands apart as a heading or is a caption, a byline…"""
    continued = k < len(lines) - 1 and lines[k + 1].text[0] in CONTINUATION_START
    kind = _block_kind(lines[k], text, flow, held, continued=continued)
    if kind is BlockKind.PARAGRAPH and _stands_apart(lines, k, text, flow, held):
        return BlockKind.HEADING
    return kind


def _heading_rest(blocks: list[Block], lines: list[Line], k: int, text: str, flow: Flow) -> bool:
    """A heading block of one line that the wrap cut (``cut_heading_rest``): the line under it is its end."""
    if (
        k == 0
        or not blocks
        or blocks[-1].kind is not BlockKind.HEADING
        or blocks[-1].text != lines[k - 1].text
    ):
        return False
    return text == lines[k].text and cut_heading_rest(lines[k - 1], lines[k], flow)


def cut_heading_rest(above: Line, line: Line, flow: Flow) -> bool:
    """``…春季植树 全民义务植树活`` / ``动``: in a file cut at a fixed width, a title or heading line filling
    the width without ending there, with a few characters alone on the line right under it, is one
    heading the wrap cut — the rest ends it, it opens no paragraph and is no heading of its own.  (A
    paragraph's short last line ends a sentence; a name, a date or a label under a title is its header.)"""
    if (
        flow.wrap is None
        or line.gap
        or line.page_top
        or line.kind is not None
        or len(line.text) > _HEADING_REST
    ):
        return False
    return (
        is_full(above, flow)
        and not ends_sentence(above.text)
        and not ends_sentence(line.text)
        and kind_of(line.text) in (Kind.TEXT, Kind.HEADING, Kind.CHAR)
    )


_HEADING_REST = 6  # characters: a heading's rest under a full line is a word or two, never a sentence


def _caption_goes_on(blocks: list[Block], lines: list[Line], k: int, flow: Flow) -> bool:
    """A centred caption's second line (``活动现场`` / ``志愿者们积极向市民宣传金融知识``)."""
    line = lines[k]
    above = lines[k - 1] if k > 0 else None
    return (
        flow.web
        and above is not None
        and above.indent >= _CENTRED
        and line.indent >= _CENTRED
        and line.gap == 0
        and bool(blocks)
        and blocks[-1].kind is BlockKind.CAPTION
    )


def _stands_apart(lines: list[Line], k: int, text: str, flow: Flow, held: _OpenParagraph) -> bool:
    """In a file whose paragraphs run over touching lines (a text browser cuts them at its width, so
    the flow reads as broken) with blank lines between paragraphs, a short line without clause marks
    that starts a paragraph, with a blank line under it and a paragraph of such touching lines after
    that, is a sub-heading."""
    if not flow.rejoin or flow.gap != 0 or k + 2 >= len(lines) or lines[k + 1].gap == 0:
        return False
    if lines[k + 2].gap > 0 or ends_sentence(lines[k + 1].text):
        return False  # what follows is no paragraph cut at a width: a line broken where the page broke it
    if lines[k].gap == 0 and k > 0:
        return False
    if held.text is not None and _continues(held.line, held.text, lines[k], flow):
        return False
    return is_heading_like(text) and not dateline_opening(text)


def _cut_source_note(line: Line, below: Line) -> bool:
    """``（网址：http://…&for=p`` / ``c　发布时间：2022-03-03 09:42）``: a source note a hard wrap cut in
    two — the line opens a bracket it does not close, the line right under it closes it, and the two
    read as one note (``SOURCE_NOTE``); the pieces are joined as printed (a wrap drops no character).
    Left in the text, its pieces would end the item below its sign-off, which then signs nothing."""
    text = line.text
    if text[:1] not in "(（" or text[-1] in ")）" or below.gap or line.closed:
        return False
    if any(mark in below.text for mark in "(（"):
        return False
    return SOURCE_NOTE.match(text + below.text) is not None


class _OpenParagraph:
    """The paragraph still accepting continuation lines, and its last line."""

    def __init__(self, blocks: list[Block]) -> None:
        self.blocks = blocks
        self.text: str | None = None
        self.line: Line | None = None

    def close(self) -> None:
        if self.text:
            self.blocks.append(Block(BlockKind.PARAGRAPH, self.text))
        self.text = self.line = None


def _set_aside(body: Body, line: Line) -> bool:
    """Take a source note or a photo credit out of the flow of paragraphs; whether the line was one."""
    text = line.text
    if text[:1] in "(（" and SOURCE_NOTE.match(text):
        body.source_note = text if body.source_note is None else f"{body.source_note}\n{text}"
        return True
    credit_people = parse_credit_line(text) if line.kind is None else None
    if credit_people is not None:
        body.credit = text if body.credit is None else f"{body.credit}\n{text}"
        body.credit_people.extend(credit_people)
        return True
    return False


def _block_kind(line: Line, text: str, flow: Flow, held: _OpenParagraph, *, continued: bool) -> BlockKind:
    if line.kind is not None:
        return line.kind
    if continued:
        return BlockKind.PARAGRAPH
    kind = _classify(line, text, flow)
    tail = flow.wrap is not None and held.text is not None and _continues(held.line, held.text, line, flow)
    if kind is BlockKind.HEADING and tail:
        return BlockKind.PARAGRAPH  # the short tail of a paragraph that filled the line above
    if kind is BlockKind.HEADING and _dateline_left_open(held):
        return BlockKind.PARAGRAPH  # 本报…电 (记者方 / blank / 雨晴 通讯员 吴浩) 眼下…: an OCR'd column
    return kind


def _dateline_left_open(held: _OpenParagraph) -> bool:
    """The open paragraph is a story's dateline alone, its bracket still open (the writers' names go on)."""
    text = held.text
    return (
        text is not None
        and held.line is not None
        and text == held.line.text
        and _unclosed(text)
        and dateline_opening(text) is not None
    )


def _classify(line: Line, text: str, flow: Flow) -> BlockKind:
    if text.startswith(("图", "圖")) and CAPTION.match(text):
        return BlockKind.CAPTION
    if flow.web and line.indent >= _CENTRED and len(text) <= _CENTRED_CHARS and not ends_sentence(text):
        return BlockKind.CAPTION  # a text browser centres a photo's caption under it (w3m, lynx)
    if text.startswith("——") or (flow.rejoin and _COUNTED_ITEM.match(text) is not None):
        return BlockKind.LIST_ITEM
    if flow.wrap is not None:
        # a short line standing alone between paragraphs, without clause punctuation: a sub-heading
        heading = is_spaced_heading(text) or (not is_full(line, flow) and is_heading_like(text))
    else:
        heading = is_spaced_heading(text) or (
            is_heading_like(text) if not flow.rejoin else _COUNTED_HEAD.match(text) is not None
        )
    if heading and (text.startswith(("本报", "本報")) or dateline_opening(text)):
        return BlockKind.PARAGRAPH  # a report's opening: 本报北京10月19日电（记者 王丹）…
    return BlockKind.HEADING if heading else BlockKind.PARAGRAPH


def _continues(previous: Line | None, open_text: str, line: Line, flow: Flow) -> bool:
    text = line.text
    if text[0] in CONTINUATION_START:
        return True
    if previous is None or previous.closed:
        return False
    if open_text[-1] in "摄攝" and kind_of(open_text) is Kind.CAPTION:
        return False  # …中新社记者贾天勇摄: a photo's credit closes its caption, whatever the flow
    if open_text == previous.text and _unclosed(open_text) and dateline_opening(open_text) is not None:
        return True  # 新华社北京7月29日电(记者华春雨 / 黄小希)…: a converter wrapped the dateline's bracket
    if sign_off_goes_on(open_text, text):
        return True  # …草案。 (研究室 刘佳 / 琪): the line's width cut the sign-off, closed on the next line
    if flow.wrap is not None:
        if ends_sentence(open_text) or _signed_at_the_end(open_text) or signed_off(open_text):
            return False  # …增收。 (石桥镇 陈光) filling the line: the sign-off closes it as a full stop does
        if not is_full(previous, flow):
            return _unclosed(open_text) or (
                open_text == previous.text and dateline_opening(open_text) is not None
            )

        return not (line.indent >= 2 and previous.indent < line.indent and line.indent <= 8)
    # …确保成功创建。(某某): a writer's sign-off closes the paragraph as a full stop does, and so does a
    # byline run on after its last sentence (…藥丸。報導．攝影╱某某); a labelled
    # line (来源：…, 编辑：…) opens a field of its own: it goes on no paragraph; nor does a list's post and
    # who holds it (副 会 长：韩秋菊、祝永安), and nothing goes on one
    return (
        flow.rejoin
        and not ends_sentence(open_text)
        and not signed_off(open_text)
        and not _signed_at_the_end(open_text)
        and not reporter_line(text)
        and not (open_text == previous.text and reporter_line(open_text))
        and label_of(text) is None
        and not labelled_names(text)
        and not (open_text == previous.text and labelled_names(open_text))
        and not (open_text == previous.text and _FIELD.match(open_text) and _FIELD.match(text))
    )


_COUNTED_HEAD = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])(?![一二三四五六七八九十])"
    r"[^，。；！？：,;!?]{2,24}$"
)
"""``三、物资捐赠``, ``（二）工业生产较快增长``, ``三、乡、村级河长``: a counted heading, short and
unpunctuated — a heading even where the file's paragraphs run across blank lines (no broken line of a
paragraph opens with a part's number; ``三、四月份…`` counts no part)."""
_COUNTED_ITEM = re.compile(r"^\d{1,2}[.．、](?!\d)[^，。；！？：,;!?、]{2,24}$")
"""``1.重点企业带动明显``, ``2、回复【福利】查看政策``: a counted item or sub-heading, a block of its own
where paragraphs run across blank lines (in a list or a heading's place alike: a list item)."""


def reporter_line(text: str) -> bool:
    """``本报记者  白光迪``: a part's reporters on a line of their own, between its head and its text —
    a paragraph of its own in a page pasted paragraph by paragraph, never a piece of the head's."""
    return len(text) <= _REPORTER_CHARS and "记者" in text and kind_of(text) is Kind.BYLINE


_REPORTER_CHARS = 32

_FIELD = re.compile(r"^[\u4e00-\u9fff]{2,8}(?:[（(][^（）()\n]{1,20}[)）])?[：:]")
"""``治丧联系人：…`` over ``家属联系人：…``, ``某河（某渡口至某镇）：…`` over ``某水库（库区）：…``: a line
of a list of fields, each opened by its label (with a note in brackets or not)."""


def _table_rows(lines: list[Line]) -> set[int]:
    """The lines of a table: each a row ending in a figure (or a figure cell alone), with three more such
    among the three lines either side of it.  Joined to their neighbours, the figures would run together
    (``56.824.6``); a figure now and then at a wrapped line's end (``上世纪 30``) is no table."""
    spaced = _spaced_rows(lines)
    rows = [k for k, line in enumerate(lines) if _ends_in_figure(line.text[-1:]) and _figure_row(line.text)]
    if len(rows) < _TABLE_CELLS:
        return spaced  # most bodies: no table (asked of every article)
    cells = [False] * len(lines)
    for k in rows:
        cells[k] = True
    figures = {k for k in rows if sum(cells[max(0, k - _TABLE_SIDE) : k + _TABLE_SIDE + 1]) >= _TABLE_CELLS}
    return figures | spaced


def _spaced_rows(lines: list[Line]) -> set[int]:
    """The rows of a table set as cells an ideographic space apart (a 公示's 序号　姓名　性别　…, one row a
    line): lines of four cells or more, two or more in a row.  Joined as a wrapped paragraph's lines, a
    row's last cell would run into the next row's first (…语文教师2　某某)."""
    spaced = [
        "\u3000" in line.text and (_spaced_row(line.text) or _wide_gap_row(line.text)) for line in lines
    ]
    return {
        k
        for k, row in enumerate(spaced)
        if row and ((k > 0 and spaced[k - 1]) or (k + 1 < len(spaced) and spaced[k + 1]))
    }


def _spaced_row(text: str) -> bool:
    return text.count("\u3000") >= _SPACED_CELLS - 1 and _SPACED_ROW.match(text) is not None


def _wide_gap_row(text: str) -> bool:
    """A row of two or three cells set a wide gap apart (``某某银行某某支行　　50000元``: a giver and an
    amount, a post and who holds it): two ideographic spaces or more between cells, the last cell short."""
    if "\u3000\u3000" not in text or len(text) > _WIDE_ROW_CHARS:
        return False
    cells = _WIDE_GAP.split(text)
    return 2 <= len(cells) <= 3 and all(cells) and len(cells[-1]) <= _LAST_CELL_CHARS


_SPACED_CELLS = 4
_SPACED_ROW = re.compile(r"^[^\s\u3000]+(?:\u3000+[^\s\u3000]+){3,}$")
_WIDE_GAP = re.compile("\u3000{2,}")
_WIDE_ROW_CHARS = 60
_LAST_CELL_CHARS = 16


_TABLE_SIDE = 3
_TABLE_CELLS = 4


def _figure_row(text: str) -> bool:
    """A row that ends in a figure cell (``第一产业增加值    亿元    5.32    0.5``), or a figure or dash cell
    alone on its line (PyMuPDF's blocks, pdfminer's columns).  A figure inside running text (``收窄14.8``)
    has no space before it."""
    return (
        _ends_in_figure(text[-1:])
        and bool(FIGURE_CELL.search(text))
        and (" " in text or _LONE_CELL.match(text) is not None)
    )


def _ends_in_figure(last: str) -> bool:
    """What ``FIGURE_CELL`` needs of a line's last character, asked first: its search runs from every
    position of the line, and most lines (asked of every body line) end in a mark or a character."""
    return last.isdecimal() or (last != "" and last in "%—-")


FIGURE_CELL = re.compile(r"(?:^|\s)[-—]?\d{1,9}(?:[.,]\d{1,4})?%?$|^[—-]$")
"""A line ending in a figure cell (``56.82``, ``4.6``, ``-1.8%``) after a space, or a lone dash cell."""
_LONE_CELL = re.compile(r"^(?:[-—]?\d{1,9}(?:[.,]\d{1,4})?%?|[—-])$")


def _signed_at_the_end(text: str) -> bool:
    """``…斗大的淚珠不住滾落眼眶。報導．攝影╱某某`` filling a wrapped line: a sentence's end, then the
    writer's byline run on after it — the paragraph ends there, as at a full stop."""
    match = run_on_slash_byline(text)
    return match is not None and ends_sentence(text[: match.start()])


def _unclosed(text: str) -> bool:
    """A parenthesis still open (``本报讯(记者 郑付生 通讯员``): the paragraph goes on, whatever the width."""
    opened = text.count("(") + text.count("（")
    return opened > 0 and opened > text.count(")") + text.count("）")


def _glue(left: str, right: str) -> str:
    """Join two pieces of one sentence; only two Latin letters meeting get a space between them."""
    if left[-1:].isascii() and left[-1:].isalpha() and right[:1].isascii() and right[:1].isalpha():
        return f"{left} {right}"
    return left + right
