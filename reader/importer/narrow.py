"""A file hard-wrapped one paragraph a block (a phone's screen, Word's "insert line breaks", an e-mail
client, a narrow column): lines joined back.

Copying a page from a phone (or a reader app that keeps the screen's line breaks) gives every visual
line as a line: about 16 characters, a title broken over two or three lines, every paragraph over
many, the blocks apart by blank lines.  A web page or a Word file whose lines a program cut at 28 or
40 characters (a wrap at 56 or 80 columns) reads the same, only wider.  Read as it comes, a
paragraph's first line — full width, no punctuation at its end — looks like a title, a title's second
line runs into the text, and a paragraph's short last line looks like the next item's title.

When nearly every block of two or more lines reaching the file's wrap width has all its lines but the
last reaching that width (a program's wrapping, one paragraph or title a block, not a writer's line
breaks; a block of short lines is a list: a source, an editor; a PDF's text, whose blocks hold many
paragraphs each, ends some of them short inside a block), each such block's lines are joined into
one, before anything reads the layout.  Nothing is lost: the characters are concatenated as printed
(a wrap breaks lines without dropping a character)."""

from __future__ import annotations

import re
import string
from collections import Counter
from itertools import pairwise

from reader.importer.bylines import parse_dateline
from reader.importer.linekinds import dateline_opening
from reader.importer.lines import Document, Line, display_width, edge, wrap_width
from reader.importer.markdown import hard_wrap_edge
from reader.importer.model import BlockKind
from reader.importer.names import looks_like_name
from reader.importer.text import ends_sentence

_SLACK = 3.0  # a cut line may end this many cells short (a wide character did not fit, ASCII digits)
_OVER = 2.0  # cells a cut line may reach past the width: a wrapping program counts curly quotes narrow
_MIN_BLOCKS = 4  # wrapped blocks needed to call the file hard-wrapped
_SHARE = 0.8  # of the blocks of two or more lines, this many must be wrapped ones


def join_wrapped_lines(document: Document) -> None:
    """Join each block's hard-wrapped lines (see the module) in place."""
    lines = document.lines
    if any(line.page for line in lines):
        return  # pages (form feeds): a PDF's text, its narrow columns a page's, not a screen's
    width = wrap_width(lines)
    for line in lines:
        line.room = 0.0  # the layout is read again from the joined lines
    if width is None:
        width = _second_opinion(lines)
    if width is None:
        return
    blocks = _blocks(lines)
    multi = [block for block in blocks if len(block) >= 2 and any(_full(line, width) for line in block)]
    wrapped = [block for block in multi if all(_full(line, width) for line in block[:-1])]
    if len(wrapped) < _MIN_BLOCKS or len(wrapped) < _SHARE * len(multi):
        return
    joined: list[Line] = []
    for block in blocks:
        joined.append(block[0])
        for above, line in pairwise(block):
            if _goes_on(above, line, width):
                joined[-1].text += line.text
                joined[-1].joined += 1
            else:
                joined.append(line)
    document.lines = joined
    document.unwrapped = True


def _second_opinion(lines: list[Line]) -> float | None:
    """The width a file of many whole paragraphs just short of it is cut at: ``wrap_width`` reads such a
    file's full lines as paragraphs ending their sentences there and refuses; Markdown's hard-wrap edge
    (the commonest width of the long lines, a third of them reaching it) does not — unless the file is
    a page of link lists, whose lines a text browser set."""
    if sum(1 for line in lines if len(line.text) > _WHOLE_CHARS) * 3 > len(lines):
        return None  # many lines longer than a wrap leaves them: whole paragraphs (as ``wrap_width`` reads)
    width = hard_wrap_edge(lines)
    return None if width is None or _list_page(lines) else width


_WHOLE_CHARS = 60  # characters: wider than 80 columns of Han text


def _list_page(lines: list[Line]) -> bool:
    """A text browser's page of link lists (one line in ten or more a bullet or a picture's ``[name]``):
    its lines are the browser's, items apart, which the second opinion on the width must not join."""
    return sum(1 for line in lines if _LIST_FURNITURE.match(line.text)) * _LIST_SHARE >= len(lines)


_LIST_FURNITURE = re.compile(r"[•●·▪■◆]|\[[^\]]{1,40}\]")
_LIST_SHARE = 10


def _blocks(lines: list[Line]) -> list[list[Line]]:
    """Runs of lines with no blank line between (a page break ends a run too)."""
    blocks: list[list[Line]] = []
    for line in lines:
        if (
            blocks
            and line.gap == 0
            and not line.page_top
            and line.aside is None
            and blocks[-1][-1].aside is None
        ):
            blocks[-1].append(line)
        else:
            blocks.append([line])
    return blocks


def _full(line: Line, width: float) -> bool:
    """The line reaches the wrap width (an indent counted, up to two cells)."""
    return width - _SLACK <= edge(line) <= width + _OVER


def _goes_on(above: Line, line: Line, width: float) -> bool:
    """``above`` was cut by the wrap, not ended by its writer: it reaches the width, or the next line's
    first Latin word or number would not have fitted after it (a wrap moves such a word whole); and it
    does not end a sentence there (a paragraph ending at the edge, the next one under it)."""
    if ends_sentence(above.text):
        return False
    if above.text[:1] == "|" and above.text[-1:] == "|" and line.text[:1] == "|":
        return False  # |指标  |完成  | over the next row: a table drawn as wide as the text, its rows apart
    if _full(above, width) or _unclosed(above.text):
        return True
    word = _LEADING_WORD.match(line.text)
    return word is not None and edge(above) + display_width(word.group()) > width


def _unclosed(text: str) -> bool:
    """A bracket opened and not closed on the line (``…（记者`` / ``张三）``): the next line goes on it."""
    return text.count("（") > text.count("）")


_LEADING_WORD = re.compile(r"[!-~]{1,40}")  # a wrap moves an ASCII word or number to the next line whole


def join_title_tails(document: Document) -> None:
    """``岩前镇“党建+产业”带动茶农增`` / ``收`` / ``今年以来，…``: a title set in a narrow column (a
    two-column brief's PDF), wrapped with one or two characters left for its second line, is joined back
    into one line.  Left apart, the tail stands between a line reading as text (as wide as the column) and the
    text, and the title is glued into the paragraph above.  Only where the line above the title ends a
    sentence or a sign-off (or a blank line, a page top or the file's start stands there), the title
    holds no clause punctuation and fills most of the column the next line fills, and the tail is one
    or two Han characters that are no name (``张三`` under a title is its writer).  The joined line is a
    closed heading: as wide as the column, it would otherwise be read as a paragraph's first line.  Over a
    story's dateline (an OCR's reading of a column: ``…一体化`` / ``工作`` / blank / ``本报讯 (记者 …)``)
    a blank line may stand under the tail, the tail may be a figure and its measure word (``38个``), and
    the title's width is not compared with the dateline's line (spaced out by the OCR, or a whole paragraph
    once a column's wrap is undone)."""
    lines = document.lines
    tails = [
        k
        for k in range(1, len(lines) - 1)
        if (len(lines[k].text) <= _TAIL and _TAIL_CHARS.match(lines[k].text))
        or _COUNT_TAIL.match(lines[k].text)
    ]
    if not tails:
        return  # most files: no line of one or two Han characters
    # the commonest gap is no gap: a blank line after every line (PyMuPDF's blocks) sets nothing apart
    unit = Counter(line.gap for line in lines).most_common(1)[0][0]
    gone = set()
    for k in tails:
        title, tail, text = lines[k - 1], lines[k], lines[k + 1]
        dated = _opens_story(text.text)
        if (
            k - 1 in gone
            or tail.gap > unit
            or (text.gap > unit and not dated)
            or (not dated and not _TAIL_CHARS.match(tail.text))
            or not _title_over_tail(lines, k - 1, text, unit, dated)
        ):
            continue
        if len(tail.text) == 2 and looks_like_name(tail.text):
            continue
        title.text += tail.text
        title.joined += 1
        title.kind, title.closed = BlockKind.HEADING, True  # a whole title now: no text runs onto it
        gone.add(k)
    if gone:
        document.lines = [line for k, line in enumerate(lines) if k not in gone]


_TAIL = 2
_TAIL_CHARS = re.compile(r"^[\u4e00-\u9fff]{1,2}$")
_COUNT_TAIL = re.compile(
    r"^\d{1,4}[\u4e00-\u9fff]$"
)  # ``38个``: a figure and a measure word (over a dateline)


def _opens_story(text: str) -> bool:
    """A story's opening (``本报讯（记者 …）``, ``新华社北京…电``): a headline stands right above it, so a
    short line between the two is the headline's tail even across a blank line (an OCR's reading of a
    column), and the headline's width says nothing against that line's."""
    return parse_dateline(text) is not None or dateline_opening(text) is not None


_CLAUSE = re.compile(r"[，。；：！？,;:!?]")
_TITLE_SHARE = 0.75  # of the next line's width: a title in a larger type holds fewer characters
_DATED_TITLE_SHARE = 0.0  # over a dateline: no width asked (an OCR spaces it out, a wrap may join its lines)


def _title_over_tail(lines: list[Line], k: int, text: Line, unit: int, dated: bool = False) -> bool:
    title = lines[k]
    if len(title.text) < _MIN_TITLE or _CLAUSE.search(title.text) or _NOT_TITLE.search(title.text):
        return False
    if len(text.text) < _MIN_TEXT and not _CLAUSE.search(text.text):
        return False  # a table's cells (``指标`` / ``地区生产总值``), a menu: no running text under it
    share = _DATED_TITLE_SHARE if dated else _TITLE_SHARE
    if display_width(title.text) < share * display_width(text.text):
        return False
    above = lines[k - 1].text if k else ""
    return k == 0 or title.gap > unit or title.page_top or ends_sentence(above) or above.endswith(("）", ")"))


_MIN_TITLE = 10
_MIN_TEXT = 12
_NOT_TITLE = re.compile(r"[\[\]()>/|]")  # a trail's links (``[资讯](//…) > 正文``), a table's cells


def join_bracket_wraps(document: Document) -> None:
    """``周三(4日)董事长李明山(Tom`` / ``Lee)在发布会上表示，…``: a converter that wraps only at spaces
    (pandoc's plain text) cut a paragraph between two Latin words inside a bracket, the one space in a Han
    line.
    Left apart, the first piece — short, no clause mark yet — reads as a heading, and the headline above
    it loses its text.  A line whose last bracket stays open to its end, ending in a Latin word, with the
    next line (no blank line between beyond the file's usual one) opening with a Latin word and closing
    that bracket before opening another, is one line with it, joined back at the space the wrap took."""
    lines = document.lines
    if not any(line.text[-1:] in _LATIN_LETTERS for line in lines):
        return  # most files: no line ends in a Latin letter
    unit = Counter(line.gap for line in lines).most_common(1)[0][0]
    out: list[Line] = []
    for line in lines:
        above = out[-1] if out else None
        if (
            above is not None
            and line.gap <= unit
            and not line.page_top
            and above.aside is None
            and line.aside is None
            and _OPEN_TO_END.search(above.text)
            and _CLOSES_FIRST.match(line.text)
        ):
            above.text = f"{above.text} {line.text}"
            above.joined += 1
            continue
        out.append(line)
    document.lines = out


_LATIN_LETTERS = frozenset(string.ascii_letters)
_OPEN_TO_END = re.compile(r"[(（][^()（）]*[A-Za-z]$")
"""A bracket opened and still open at the line's end, which is a Latin word's last letter."""
_CLOSES_FIRST = re.compile(r"^[A-Za-z][^()（）]{0,40}[)）]")
"""A line opening with a Latin word and closing a bracket before it opens one."""


def joined_title(line: Line) -> bool:
    """A title ``join_title_tails`` joined and closed (a Markdown heading, a cut lead: closed, not joined)."""
    return line.closed and line.joined > 0 and line.kind is BlockKind.HEADING


def join_cut_dates(document: Document) -> None:
    """``某县人民政府办公室　２０２５年１０`` / ``月１７日``, ``2016年3月11`` / ``日``: a day a hard wrap
    cut at the line's end (a masthead's, a report's signature).  Neither piece reads as a day, so the
    issue lost its date and the rest of the day stood alone (a kicker over the first title).  A line
    ending in a day's first part (a year and more), with no blank line under it, over a line holding only
    the rest of the day (its month and day, or the day; a weekday may follow), is one line with it."""
    lines = document.lines
    if not any(len(line.text) <= _DAY_REST_CHARS and _DAY_REST.match(line.text) for line in lines):
        return  # most files: no line is only the end of a day
    out: list[Line] = []
    for line in lines:
        above = out[-1] if out else None
        if (
            above is not None
            and line.gap == 0
            and not line.page_top
            and len(line.text) <= _DAY_REST_CHARS
            and _DAY_REST.match(line.text)
            and (head := _DAY_HEAD.search(above.text[-_DAY_HEAD_CHARS:])) is not None
            and _WHOLE_DAY.match(head.group() + line.text)
        ):
            above.text += line.text
            above.joined += 1
            continue
        out.append(line)
    document.lines = out


_DAY_HEAD = re.compile(r"[0-9０-９]{4}年(?:[0-9０-９]{1,2}(?:月[0-9０-９]{0,2})?)?$")
"""A day's first part at a line's end: the year, and maybe the month and the day's figures."""
_DAY_HEAD_CHARS = 10
_DAY_REST = re.compile(r"^(?:[0-9０-９]{0,2}月)?[0-9０-９]{0,2}日(?:\s?(?:星期|周|週)[一二三四五六日天])?$")
"""A line holding only the rest of a day (``月１７日``, ``7日``, ``日``), a weekday maybe after it."""
_DAY_REST_CHARS = 10  # the longest line ``_DAY_REST`` matches: ``１０月１７日 星期五``
_WHOLE_DAY = re.compile(r"^[0-9０-９]{4}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日")


def join_font_pieces(document: Document) -> None:
    """``第`` / ``1`` / ``页 共`` / ``2`` / ``页``, ``青岚政务信息`` / ``2026`` / ``年第`` / ``9`` / ``期``: a
    page's footer or running head that pypdf broke at each change of font (the digits set in another font
    than the words), joined back into its line — read whole, it is a page number or the bulletin's name
    and number, set aside as such.  Only runs of two or more pieces of at most four characters (one of them
    figures) right under a line, with no blank line between, that together end as a page count
    (``第1页 共2页``) or an issue's number (``…第9期``) are joined; nothing else is."""
    lines = document.lines
    if not any(len(line.text) <= _PIECE and line.text.isdigit() for line in lines):
        return  # most files: no figure alone on a line
    out: list[Line] = []
    k = 0
    while k < len(lines):
        size = _pieces_after(lines, k)
        if size:
            line = lines[k]
            line.text = "".join(piece.text for piece in lines[k : k + size + 1])
            line.joined += size
            k += size
        out.append(lines[k] if not size else line)
        k += 1
    document.lines = out


def _pieces_after(lines: list[Line], k: int) -> int:
    """How many pieces after line ``k`` make one line with it (0: none)."""
    run = lines[k].text
    found = 0
    for n in range(1, _PIECES + 1):
        if k + n >= len(lines) or lines[k + n].gap or len(lines[k + n].text) > _PIECE:
            break
        run += lines[k + n].text
        if (
            n >= _MIN_PIECES
            and any(p.text.isdigit() for p in lines[k + 1 : k + n + 1])
            and _WHOLE.search(run)
        ):
            found = n
    return found


_PIECE = 4  # characters: a piece of a footer (``页 共``)
_PIECES = 6
_MIN_PIECES = 2
_WHOLE = re.compile(r"^第\s?\d{1,4}\s?[页頁](?:\s?共\s?\d{1,4}\s?[页頁])?$|第\s?\d{1,4}\s?期$")


def rejoin_recut(text: str) -> str:
    """A file wrapped twice: a text whose lines were already cut at one width (a text browser's dump, a
    PDF's lines, a mail already wrapped) cut again at a narrower one (Word's "insert line breaks", a mail
    client, an 80-column copy).  Each line wider than the second width is left as one piece or more
    reaching it and a remainder flush left under them — ``   正当全县上下…关键时期`` / ``，县委、县政府…
    主要目的是贯彻`` / ``   落实全省…`` — a comb of long and short lines in which a paragraph's indent is
    lost halfway along its lines and a remainder (``教师``, ``及畜产``) reads as a title.  No block is
    wrapped one paragraph a block, so ``join_wrapped_lines`` leaves it.

    Read when most long lines reach one width (none much wider: the second cut), and four or more runs
    of lines reaching it stand over a remainder — a line flush left, clearly shorter — with which they
    (their last piece, their last two…) are as wide as each other: the first wrap's width, within a cell
    and a half, for three in five of such runs.  Then each run's pieces as wide as that with their
    remainder are joined to it; where none is, the pieces narrower than the first wrap together (a
    paragraph's last line, cut), none ending a sentence.  A line above the pieces that is as wide as the
    cut by chance stays apart.  The file's lines are then as they were before the second cut; the
    characters are concatenated as they stand."""
    if len(text) < _RECUT_MIN_CHARS:
        return text
    lines = text.split("\n")
    widths = _widths(lines)
    cut = _second_cut(widths)
    runs = {} if cut is None else _cut_runs(lines, widths, cut)
    if len(runs) < _RECUT_MIN_PAIRS:
        return text
    joined = _joined_runs(lines, widths, runs)
    if not joined:
        return text
    out: list[str] = []
    k = 0
    while k < len(lines):
        end = joined.get(k, k)
        out.append("".join(lines[k : end + 1]))
        k = end + 1
    return "\n".join(out)


def _widths(lines: list[str]) -> list[float]:
    """Each line's ``display_width`` without its trailing white space, the lines encoded by ``map`` (the
    same figures, without a call a line); a text holding a lone surrogate is measured line by line."""
    stripped = list(map(str.rstrip, lines))
    try:
        sizes = list(map(len, map(str.encode, stripped)))
    except UnicodeEncodeError:  # a lone surrogate, which only "surrogatepass" encodes
        return [display_width(line) for line in stripped]
    return [(size + len(line)) / 4 for size, line in zip(sizes, stripped, strict=True)]


def _second_cut(widths: list[float]) -> int | None:
    """The width most long lines reach, when none much wider stands in the file: where a program cut it."""
    long = [width for width in widths if width >= _RECUT_LONG]
    if len(long) < _RECUT_MIN_LONG:
        return None
    counts = Counter(map(round, long))
    cut, best = 0, -1  # the width with the most long lines within a cell of it; of equals, the widest
    for width, count in counts.items():
        score = count + counts.get(width - 1, 0) + counts.get(width + 1, 0)
        if score > best or (score == best and width > cut):
            cut, best = width, score
    if sum(1 for width in long if width > cut + _RECUT_OVER) * _RECUT_WIDER > len(long):
        return None  # lines wider than the cut: no program cut the file there
    return cut


def _cut_runs(lines: list[str], widths: list[float], cut: int) -> dict[int, int]:
    """Each run of lines reaching the cut over a remainder: its first piece → the remainder."""
    runs: dict[int, int] = {}
    start = None
    for k in range(len(lines) - 1):
        if abs(widths[k] - cut) > _RECUT_SLACK or "\f" in lines[k]:
            start = None
            continue
        start = k if start is None else start
        if _remainder(lines[k + 1], widths[k + 1], cut):
            runs[start] = k + 1
            start = None
    return runs


def _joined_runs(lines: list[str], widths: list[float], runs: dict[int, int]) -> dict[int, int]:
    """The pieces to join to each remainder (top → remainder), or none when the runs share no first width.

    A run's remainder was cut from its last piece, its last two… (a line above them may be as wide as the
    cut by chance): each run counts every such width once, and the commonest is the first wrap's."""
    sums = {
        end: [sum(widths[top : end + 1]) for top in range(end - 1, start - 1, -1)]
        for start, end in runs.items()
    }
    rounded = Counter(round(width) for widths_up in sums.values() for width in set(widths_up))
    first = max(rounded, key=lambda w: (rounded[w - 1] + rounded[w] + rounded[w + 1], w))
    joined: dict[int, int] = {}  # top → remainder
    alike_runs = 0
    for end, widths_up in sums.items():
        alike = [n for n, width in enumerate(widths_up) if abs(width - first) <= _RECUT_SLACK]
        if alike:
            joined[end - 1 - alike[-1]] = end
            alike_runs += 1
            continue
        # a line narrower than the first wrap (a paragraph's last), cut: as many pieces over the remainder
        # as stay narrower than that wrap, none ending a sentence
        pieces = 0
        while (
            pieces < len(widths_up)
            and widths_up[pieces] < first
            and not ends_sentence(lines[end - 1 - pieces])
        ):
            pieces += 1
        if pieces:
            joined[end - pieces] = end
    if alike_runs < _RECUT_MIN_PAIRS or alike_runs < _RECUT_SHARE * len(runs):
        return {}
    return joined


def _remainder(line: str, width: float, cut: float) -> bool:
    """What a second cut leaves under a piece: a line starting at the edge, clearly short of the cut."""
    return bool(line) and not line[0].isspace() and "\f" not in line and width < cut - _RECUT_SHORT


_RECUT_MIN_CHARS = 400
_RECUT_LONG = 20.0  # cells: a line this wide may have been cut
_RECUT_MIN_LONG = 8
_RECUT_OVER = 2.0  # cells past the cut a line may reach (curly quotes a program counted narrow)
_RECUT_WIDER = 10  # one long line in this many may be wider than the cut
_RECUT_SLACK = 1.5  # cells: a piece short of the cut (a wide character did not fit), pairs alike
_RECUT_SHORT = 3.0  # cells a remainder falls short of the cut at least
_RECUT_MIN_PAIRS = 4
_RECUT_SHARE = 0.6


def join_text_nodes(document: Document) -> None:
    """A page's text written one text node a line (BeautifulSoup's ``get_text("\\n")``, a script joining
    ``soup.strings``): every run an inline tag opened stands on its own line — ``2015`` / ``年，全县实现
    生产总值`` / ``(GDP)1102284`` / ``万元，…``, or a Word page's two fonts: ``全年城镇新增就业`` /
    ``45.2万人，失业人员…`` — while the white space between the page's elements makes blank lines between
    its blocks.  Read as it comes, a sentence's first words look like a title.

    When the file's blocks stand apart by blank lines and it shows that cut at least ``_NODE_CUTS`` times —
    a figure alone on a line (``2015``, ``9.3``) inside a sentence, or a block's short first words over a
    line going on with figures and a clause — each line that does not end a sentence is joined with the
    touching line under it.  Nothing is lost: the pieces are concatenated as the page printed them."""
    lines = document.lines
    if len(lines) < _NODE_LINES or sum(map(_apart, lines)) * 10 < len(lines):
        return  # touching lines are the rule: one block a line (a page's text as its blocks), or a wrap
    if sum(_node_cut(lines[k - 1], lines[k], first=k == 1) for k in range(1, len(lines))) < _NODE_CUTS:
        return
    out: list[Line] = []
    for line in lines:
        last = out[-1] if out else None
        if (
            last is not None
            and not _apart(line)
            and not (line.aside or last.aside)
            and not ends_sentence(last.text)
            and not line.text.startswith("#")
        ):
            last.text += line.text
            last.joined += 1 + line.joined
            continue
        out.append(line)
    document.lines = out


def _node_cut(above: Line, line: Line, *, first: bool) -> bool:
    """``above`` and ``line`` touch where a text node ended inside a sentence: a figure set in a span of its
    own (``2015`` / ``年，全县…``), or a block's short first words in one font over its figures in another
    (``全年城镇新增就业`` / ``45.2万人，…``)."""
    if _apart(line) or line.aside or above.aside or ends_sentence(above.text):
        return False
    if _FIGURE_PIECE.match(above.text) and _HAN_START.match(line.text) and _CLAUSE.search(line.text):
        return True
    return (
        (first or _apart(above))
        and len(above.text) <= _FIRST_WORDS
        and _FIGURES_ON.match(line.text) is not None
        and _CLAUSE.search(line.text) is not None
    )


def _apart(line: Line) -> bool:
    """A blank line stands over ``line`` (in the file's unit, or below it: ``scale_gaps``)."""
    return line.gap > 0 or line.unspaced > 0


_NODE_LINES = 20
_NODE_CUTS = 4
_FIRST_WORDS = 16  # characters: the words before a paragraph's first figure
_FIGURE_PIECE = re.compile(r"^[(（]?[A-Za-z]{0,4}[)）]?[0-9][0-9.,%‰]*$")
_HAN_START = re.compile(r"^[年月日万亿千百元个人户家项件次吨亩岁位名所座台辆张种条倍成%‰％，、]")
"""What goes on after a figure inside a sentence: its unit (``年``, ``万元``, ``％``) or a comma."""
_FIGURES_ON = re.compile(r"^(?:\[\d{1,2}\])?[0-9][0-9.]*(?:万|亿|千|百|个|家|项|件|人|元|吨|%|‰|％)")
"""``45.2万人，…``, ``[2]32074.7亿元，…``: a figure and its unit going on with the sentence (never a day: a
brief's ``9月2日，…`` under its headline is the story's first words)."""
_CLAUSE = re.compile(r"[，。；、]")
