"""Read an article's header — the lines between the end of the article above and its body.

A header holds a heading group (kicker 引题, title, subtitle 副题, or a page's
column name) and the lines that accompany a title in print: bylines
(``本报记者 李心萍 郑智文``, one name per line, names padded with spaces and even
split over lines: ``艾`` / ``平``), the speaker of a report (``广东省省长 孟凡利``),
the occasion of a speech (``——2026年1月26日在…会议上``), a date line, the print
source (``《人民日报》（2025年10月20日 第 06 版）``), labels (``来源：湖南日报``),
the issuing offices of a statistical bulletin, and photo captions.

Rules for the heading group, the same for every kind of file:

* a column label (``城区时讯``) opening a group of two or more lines is the section, and a
  site's or office's name over it (``东区办事处`` / ``东区新闻``) where it was published;
* a line starting with ``——``, or an occasion line, is the subtitle; a wrapped
  subtitle or title is joined back into one line;
* two plain lines over a date line are title and subtitle (a web article) — but in a file cut by a
  page's width, a second line no wider than the first is the headline's own second line;
  otherwise the line closest to the body is the title and a line above it the
  kicker (a newspaper), a third plain line the subtitle;
* a heading line standing inside the byline (typeset beside it) is the kicker;
  one standing after a date line names the issuing offices;
* on a web page a browser drew, a headline is cut only at the text's width, and a
  word or two under it (a link) is kept with the header's other lines, not the title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise
from string import ascii_letters

from reader.importer.bylines import BYLINE_MARKS, parse_byline_line, parse_credit_line, parse_people
from reader.importer.ends import page_number
from reader.importer.linekinds import (
    Kind,
    chart_credit,
    dated_byline,
    kind_of,
    label_of,
    labels_in,
    name_tokens,
    slash_byline,
    source_parts,
    speaker,
    split_occasion,
    split_trailing_source,
)
from reader.importer.lines import Line, display_width
from reader.importer.model import BlockKind, BylineEntry
from reader.importer.names import is_desk, is_issuer, looks_like_name
from reader.importer.segment import dashed_kicker, heads_links, is_document_title
from reader.importer.text import ends_sentence, is_column_label

_FOOTNOTE_MARK = re.compile(r"(?:\[\d{1,2}\]|［\d{1,2}］)$")
"""``…统计公报[1]``: a footnote reference after a title is not part of it."""
_WIDE_GAP = re.compile(r"\S(\s{2,})\S")
_OPEN_CLOSE = (("“", "”"), ("（", "）"), ("(", ")"), ("《", "》"), ("「", "」"), ("『", "』"), ("【", "】"))


@dataclass
class Header:
    title: str = ""
    kicker: str | None = None
    subtitle: str | None = None
    section: str | None = None
    byline: list[BylineEntry] = field(default_factory=list)
    byline_lines: list[str] = field(default_factory=list)
    date_line: str | None = None
    source_lines: list[str] = field(default_factory=list)
    credit_lines: list[str] = field(default_factory=list)
    page_section: str | None = None  # 第06版, from the print source line
    credit_people: list[BylineEntry] = field(default_factory=list)  # named by a credit under the title

    @property
    def byline_text(self) -> str | None:
        return " ".join(self.byline_lines) if self.byline_lines else None


def read_header(
    lines: list[Line],
    *,
    title_lines: int | None = None,
    wrapped: bool = False,
    web: bool = False,
    writer: Line | None = None,
    headline_width: float | None = None,
) -> Header:
    """Fields of a header; with ``title_lines``, the first that many lines are the title (found via a TOC).

    ``wrapped`` says the file was cut into lines by a page's width (a PDF): there a
    headline too long for its column goes on in the next line.  ``web`` says it is a
    web page a browser drew: a browser sets headlines in the text's own width and cuts
    them only there, so a heading line short of that width is whole.  ``writer`` is the line the
    segmenter found naming the story's writer alone under the title (``假才子``, ``眾新聞中國組``).
    ``headline_width`` is where the file's headlines were cut, when its headers show it.
    """
    header = Header()
    start = 0
    if title_lines:
        header.title = _without_list_glyph("".join(line.text for line in lines[:title_lines]))
        start = title_lines
    seen = _Reading()
    for k, line in enumerate(lines[start:], start):
        kind = _header_kind(line)
        if kind is Kind.CHAR:
            lone = _lone_char(lines, k, seen, wrapped)
            if lone is None:
                continue  # ``…公交环`` / ``线`` over the text: joined to the headline
            kind = lone
        if kind in (Kind.HEADING, Kind.TEXT) and _photo_caption(line, seen):
            kind = Kind.CAPTION
        if _kept_apart(header, lines, k, start) or _chart_credit_line(header, seen, line):
            continue
        if kind is Kind.HEADING and header.section is None and page_number(line.text):
            _page_line(header, seen, line.text)
            continue
        if _maker_line(header, seen, line, writer):
            continue
        if kind is Kind.HEADING:
            _heading_line(header, seen, line)
        elif kind in _PEOPLE_KINDS:
            _people_line(header, seen, kind, line.text)
        else:
            _other_line(header, seen, kind, line)
    _flush_people(header, seen.role, seen.people_tokens)
    if not title_lines:
        _assign(header, seen, wrapped=wrapped, web=web, headline_width=headline_width)
    elif seen.headings:
        header.kicker, header.subtitle = _extra_headings(header, seen.headings)
    if "]" in header.title[-2:] or "］" in header.title[-2:]:  # where a mark ends, if the title has one
        header.title = _FOOTNOTE_MARK.sub("", header.title) or header.title
    if header.section is None and header.page_section:
        header.section = header.page_section
    return header


def _header_kind(line: Line) -> Kind:
    """What a header line is: as its text reads, except a Markdown deck in bold a whole summary long (a
    sentence, ``segment._decks_end``), which is a heading of the headline, never a credit."""
    kind = kind_of(line.text)
    if kind is Kind.TEXT and line.bold and line.kind is BlockKind.HEADING:
        return Kind.HEADING
    return kind


@dataclass
class _Reading:
    """What ``read_header`` has gathered, line by line, besides the header's own fields."""

    headings: list[str] = field(default_factory=list)
    apart: list[bool] = field(default_factory=list)  # whether a blank line stands above each heading line
    cut: list[bool] = field(default_factory=list)  # whether each heading line reaches its column's width
    people_tokens: list[str] = field(default_factory=list)  # names under the latest role line
    role: str | None = None
    byline: bool = False  # a byline line has been seen
    date: bool = False  # a date line has been seen
    date_over_title: bool = False  # … above every heading line (an e-paper prints the day over the title)


_LIST_GLYPHS = "◆◇●○■□▲△★☆▶►▪•※"
_LIST_GLYPH = re.compile(rf"^[{_LIST_GLYPHS}]\s+(?=\S)")


def _without_list_glyph(title: str) -> str:
    """``◆⇥永春:加强廉政文化园建设`` → the title: the glyph a Word list sets before each item's title, and
    the tab or space after it, are the list's, not the title's.

    Safe: only a glyph with white space after it is read so; a mark glued to its words (``▲质量安全``, a
    section's mark) is left as it is."""
    if title[:1] not in _LIST_GLYPHS:  # most titles: no substitution to try
        return title
    return _LIST_GLYPH.sub("", title, count=1)


_TITLE_MARKS = "◆◇●○▲△★☆▶►▪•※▍▌▎ \t"  # ◆⇥永春…: Word writes a tab after a list glyph
_PEOPLE_KINDS = frozenset({Kind.OCCASION, Kind.SPEAKER, Kind.BYLINE, Kind.ROLE, Kind.NAME, Kind.CHAR})


def _heading_line(header: Header, seen: _Reading, line: Line) -> None:
    text = line.text.lstrip(_TITLE_MARKS) or line.text  # ◆研途有你…: the mark a bulletin sets before titles
    if is_column_label(line.text):
        text = line.text  # ▲质量安全: a section's mark, which names it as a section
    if seen.headings and is_issuer(text) and not all(map(is_column_label, seen.headings)):
        header.byline_lines.append(text)  # the offices issuing a bulletin (under a title, not a 【section】)
    elif seen.byline and seen.headings and not header.kicker:
        header.kicker = text  # typeset beside the byline, extracted inside it
    elif seen.date and seen.headings and not seen.date_over_title:
        header.byline_lines.append(text)  # the issuing offices of a bulletin, under its title and day
    elif seen.headings and is_media_name(text):
        header.source_lines.append(text)  # 新浪财经 under a title: where it was published
    else:
        pieces = _split_wide(text)
        seen.headings.extend(pieces)
        seen.apart.extend([line.gap > 0] + [False] * (len(pieces) - 1))
        seen.cut.extend([_fills_room(line)] + [False] * (len(pieces) - 1))


def _page_line(header: Header, seen: _Reading, text: str) -> None:
    """``第2版`` over a page's first title names the section; what stood above it in the header (a web
    digest's name, its date row) is the page's, kept as where the story was published, never its title."""
    header.section = page_number(text)
    header.source_lines.extend(text.lstrip("\x00") for text in seen.headings)
    if header.section != "".join(text.split()):
        header.source_lines.append(text)  # 第一版:要闻: the page's name is kept where the story was printed
    seen.headings.clear()
    seen.apart.clear()
    seen.cut.clear()
    seen.date_over_title = seen.date_over_title or seen.date  # the page's day stands over the story's title


def _writer(header: Header, seen: _Reading, line: Line) -> None:
    """The line naming only the writer: a person or a pen name (``假才子``) is the byline's name, a
    desk (``眾新聞中國組``) is kept as the byline's text without a person's name."""
    if not is_desk(line.text):
        header.byline.append(BylineEntry("", line.text))
    header.byline_lines.append(line.text)
    seen.byline = True


_BAR_CREDIT = re.compile(
    r"^(?P<role>文字?|图片?|圖片?|摄影|攝影|撰文|作者|记者|記者|通讯员|通訊員|视频|視頻"
    r"|编辑|編輯|责编|責編|审核|審核|校对|校對|排版|美编|美編|策划|策劃|统筹|統籌|监制|監製|出品|设计|設計)"
    r"\s?[丨｜|]\s?(?P<value>[^\s丨｜|].{0,40})$"
)
"""``文丨孙婉清`` / ``图丨周海 陈小川`` / ``编辑丨林夏``: a WeChat post's credits under its title, each role
set off from its names by a bar (the hanzi 丨 or a full-width or ASCII bar)."""
_BAR_WRITERS = frozenset(
    "文 文字 图 图片 圖 圖片 摄影 攝影 撰文 作者 记者 記者 通讯员 通訊員 视频 視頻".split()  # noqa: SIM905 - a word list
)
"""The roles of the people who made the piece (its words, its pictures): its byline; the others edited it."""


def _maker_line(header: Header, seen: _Reading, line: Line, writer: Line | None) -> bool:
    """The line the segmenter found naming the writer, or a credit with a bar: read, ``True``."""
    if line is writer:
        _writer(header, seen, line)
        return True
    if (bar := _bar_credit(line.text)) is not None:
        _bar_credit_line(header, seen, line.text, bar)
        return True
    return False


def _bar_credit(text: str) -> re.Match | None:
    if "丨" not in text[:4] and "|" not in text[:4] and "｜" not in text[:4]:
        return None  # asked of every header line: most have no bar near their start
    return _BAR_CREDIT.match(text)


def _bar_credit_line(header: Header, seen: _Reading, text: str, bar: re.Match) -> None:
    """The makers' names become the byline (the line its text); an editor's line is kept as a credit."""
    names = bar.group("value").split()
    if bar.group("role") not in _BAR_WRITERS or not all(map(looks_like_name, names)):
        header.credit_lines.append(text)
        return
    header.byline.extend(BylineEntry(bar.group("role"), name) for name in names)
    header.byline_lines.append(text)
    seen.byline = True


def _photo_caption(line: Line, seen: _Reading) -> bool:
    """``郧西县党政考察团来我县参观考察`` / ``[图片]`` / ``郧西县党政考察团在…的陪同下参观…``: a heading line
    right under a picture left out, below the headline, is the photo's caption — a page prints the photo
    under the headline and its caption under the photo.  A short line there (``推荐阅读``, a box of links)
    names no scene and is left to the page's rules."""
    return line.under_picture and bool(seen.headings) and len(line.text) >= _CAPTION_CHARS


_CAPTION_CHARS = 12


def _label_value(lines: list[Line], k: int, start: int) -> bool:
    """A short line under a label that ends in its colon (``来源：``)."""
    if k <= start or len(lines[k].text) > 20 or not lines[k - 1].text.endswith(("：", ":")):
        return False
    above = kind_of(lines[k - 1].text)
    if kind_of(lines[k].text) in (Kind.DATELINE, Kind.BYLINE):
        return False  # 本报讯 (记者 …) under 刊发日期:… 语音阅读:: the text's opening, no label's value
    return above in (Kind.LABEL, Kind.DATE) and label_of(lines[k].text) is None


def _kept_apart(header: Header, lines: list[Line], k: int, start: int) -> bool:
    """A label's value under it (``来源：`` / ``新华网``) or a counter or page number over a title: kept with
    the header, never its title."""
    text = lines[k].text
    if _label_value(lines, k, start):
        header.source_lines.append(text)
        return True
    if len(text) <= 3 and text.isdigit():
        header.credit_lines.append(text)
        return True
    return False


def _chart_credit_line(header: Header, seen: _Reading, line: Line) -> bool:
    """A chart's ``数据来源：…`` / ``制    图：…`` under the headline: kept as a credit, never a heading."""
    if not seen.headings or not chart_credit(line.text):
        return False
    header.credit_lines.append(line.text)
    return True


def _lone_char(lines: list[Line], k: int, seen: _Reading, wrapped: bool) -> Kind | None:
    """What a lone character is: the last of a headline the width cut (``…专业技能大`` / ``赛``: a heading
    line to join), the tail of a narrow column's headline as the header's last line (``…公交环`` / ``线``
    over the text, an OCR's reading: put on the heading above, ``None``), or a piece of a name."""
    if wrapped and _title_tail(lines, k, seen):
        return Kind.HEADING
    if k == len(lines) - 1 and _title_tail(lines, k, seen, _LAST_TAIL_TITLE):
        seen.headings[-1] += lines[k].text
        return None
    return Kind.CHAR


def _title_tail(lines: list[Line], k: int, seen: _Reading, least: float = 24) -> bool:
    """A lone character right under a heading line at least ``least`` cells wide (a wrapped column's), with no
    other name piece beside it."""
    if k == 0 or seen.byline or not seen.headings or seen.headings[-1] != lines[k - 1].text:
        return False
    after = kind_of(lines[k + 1].text) if k + 1 < len(lines) else None
    return display_width(lines[k - 1].text) >= least and after not in _PEOPLE_KINDS


_LAST_TAIL_TITLE = 10
"""Cells: a headline in a narrow column whose last character, the header's last line, is its tail."""


def _people_line(header: Header, seen: _Reading, kind: Kind, text: str) -> None:
    """An occasion, a speaker, a byline, or a byline's role or names spread over lines."""
    if kind is Kind.OCCASION:
        parts = split_occasion(text)
        header.subtitle = parts[0] if parts else text
        if parts:
            post, name = speaker(parts[1]) or ("", parts[1])
            header.byline.append(BylineEntry(post, name))
            header.byline_lines.append(parts[1])
        return
    if kind is Kind.SPEAKER:
        post, name = speaker(text) or ("", text)
        header.byline.append(BylineEntry(post, name))
        header.byline_lines.append(text)
    elif kind is Kind.BYLINE:
        _byline(header, text)
    elif kind is Kind.ROLE:
        _flush_people(header, seen.role, seen.people_tokens)
        seen.role, seen.people_tokens = text, []
        header.byline_lines.append(text)
    else:  # Kind.NAME, Kind.CHAR
        seen.people_tokens.append(text)
        header.byline_lines.append(text)
    seen.byline = True


def _other_line(header: Header, seen: _Reading, kind: Kind, line: Line) -> None:
    text = line.text
    if kind is Kind.SOURCE:
        _source(header, text)
    elif kind is Kind.SOURCE_NOTE:
        header.source_lines.append(text)
    elif kind is Kind.LABEL:
        _label(header, text)
        seen.date = seen.date or any(meaning == "date" for _, meaning, _ in labels_in(text))
    elif kind is Kind.DATE:
        seen.date_over_title = seen.date_over_title or (not seen.date and not seen.headings)
        seen.date = True
        if header.date_line is None:
            header.date_line = text
        else:
            header.source_lines.append(text)
    elif kind is Kind.CREDIT:
        header.credit_lines.append(text)
        header.credit_people.extend(parse_credit_line(text) or [])
    elif kind is Kind.CAPTION:
        header.credit_lines.append(text)
    elif (
        kind is Kind.TEXT
        and not header.title
        and (
            all(is_column_label(h) or dashed_kicker(h) for h in seen.headings) or _asking_headline(seen, text)
        )
    ):
        seen.headings.append(text)  # a headline with a comma in it (under its column's name or kicker, maybe)
        seen.apart.append(line.gap > 0)
        seen.cut.append(_fills_room(line))
    else:
        header.credit_lines.append(text)  # never lose a line the segmenter put in the header


def _source(header: Header, text: str) -> None:
    header.source_lines.append(text)
    parts = source_parts(text)
    if parts and parts[2] and header.page_section is None:
        header.page_section = f"第{parts[2].zfill(2)}版"


def _label(header: Header, text: str) -> None:
    found = label_of(text)
    if found and found[1] == "author" and found[2]:
        for label, meaning, value in labels_in(text) or [found]:
            if meaning == "author" and value and not is_desk(value):  # 记者：张三 通讯员：李四
                header.byline.extend(_label_people(label, value))
        header.byline_lines.append(text)
    else:
        header.source_lines.append(text)
        for label, meaning, value in labels_in(text)[1:]:  # 来源：证券时报网作者：李在山: labels run together
            names = name_tokens(value) or []
            if meaning == "author" and names and all(looks_like_name(name) for name in names):
                header.byline.extend(BylineEntry(label, name) for name in names)


def _label_people(label: str, value: str) -> list[BylineEntry]:
    """The people a label names: ``作者：記者林勵`` names 林勵, a reporter (the role printed in the
    value, not the label); ``作者：张三 李四`` two people; ``作者：戴军　某某部`` the writer and their
    office, the writer named; a value that is none of these, one name as printed."""
    people = parse_byline_line(value)
    if people:
        return people
    parts = value.split()
    if len(parts) == 2 and looks_like_name(parts[0]) and is_issuer(parts[1]):
        return [BylineEntry(label, parts[0])]  # 作者:戴军　中央纪委宣传部: the writer, then where they work
    return [BylineEntry(label, name) for name in name_tokens(value) or [value]]


def _byline(header: Header, text: str) -> None:
    marked = parse_byline_line(text) if text[:1] in "□■" else None  # □ 退休教师　刘玉兰: read behind its mark
    text = text.lstrip(BYLINE_MARKS)  # □本报记者张靖…: the page's marker, not part of the names
    if text[:1].isdecimal() and (dated := dated_byline(text)):
        day, text = dated  # 2024/10/12　簡慧珍 / 報導: the article's day, then its byline
        if header.date_line is None:
            header.date_line = day
        else:
            header.source_lines.append(day)
    split = split_trailing_source(text)
    if split is not None:
        text, source = split
        _source(header, source)
    people = parse_byline_line(text) or marked
    if people is None:
        people = [BylineEntry(role, name) for role, name in slash_byline(text) or []]
    if not people:
        people = [BylineEntry("", name) for name in name_tokens(text) or []]
    for person in people:
        if person not in header.byline:
            header.byline.append(person)
    header.byline_lines.append(text)


def _flush_people(header: Header, role: str | None, tokens: list[str]) -> None:
    if not tokens:
        return
    people = parse_people(" ".join([role or "记者", *tokens])) or []
    for person in people:
        entry = BylineEntry(role or "", person.name)
        if entry not in header.byline:
            header.byline.append(entry)
    tokens.clear()


def _split_wide(text: str) -> list[str]:
    """``展世界艺术画卷  建文化交流平台``: two headings typeset side by side, apart by a wide gap.  A second
    part that opens a bracket or quote it does not close (``“枫桥”夜市旺  摊主笑颜开（走基层·“夜``) goes on
    in the next line: one headline in two parts, wrapped at the page's width, not a kicker beside it."""
    match = _WIDE_GAP.search(text)
    if not match:
        return [text]
    left, right = text[: match.start(1)].strip(), text[match.end(1) :].strip()
    if any(right.count(open_) > right.count(close) for open_, close in _OPEN_CLOSE):
        return [text]
    if left[-1:] in _JOINING_ENDS:  # 赴铜鼓镇开展支部联建暨  主题党日活动: one headline spaced out
        return [f"{left}\u3000{right}"]  # the layout's run of spaces is the printed ideographic space
    if len(left) >= 4 and len(right) >= 4 and " " not in right.strip() and "  " not in left:
        return [left, f"\x00{right}"]  # marked: a heading set beside the title is its kicker
    return [text]


_JOINING_ENDS = frozenset("暨和与及并的之在对为向从把被将让使给跟同以于")
"""Characters a heading never ends with (``…暨``, ``…和``, ``…的``): what stands after the gap finishes it."""


def _cut_lines(seen: _Reading, web: bool) -> list[bool] | None:
    """Which heading lines of a web page reach their column's width (``None`` off the web).  Under a day
    printed over the title (an e-paper's article) none does: the heading under the title is its
    subtitle, never the title's rest."""
    if not web:
        return None
    return [False] * len(seen.cut) if seen.date_over_title else seen.cut


def _join_wrapped(
    headings: list[str], cut: list[bool] | None, wrapped: bool, apart: list[bool], width: float | None = None
) -> list[str]:
    """Join a heading broken over lines: an unclosed bracket or quote, an occasion cut in two, or —
    in a file cut by the page width — a line as wide as the widest heading, followed by a shorter one
    (on a web page, ``cut`` given, only a line that reaches its column's width, with no blank line
    under it: a browser sets a subtitle apart from its title).  Where the file's headlines show the
    width they were cut at (``width``), a line of another width was not cut: a kicker, whole."""
    widest = max((display_width(text) for text in headings if not text.startswith("\x00")), default=0)
    result: list[str] = []
    for k, text in enumerate(headings):
        previous = result[-1] if result else None
        if previous is None or previous.startswith("\x00") or text.startswith(("\x00", "——")):
            result.append(text)
        elif (
            _continues(previous, text)
            or _cut_before_going_on(headings, k)
            or (
                wrapped
                and (cut is None or (cut[k - 1] and not apart[k]))
                and not previous.startswith("——")
                and not previous.endswith("——")  # a kicker leading into the title: whole, never cut
                and (width is None or abs(display_width(previous) - width) <= _CUT_SLACK)
                and _wraps(previous, text, widest)
            )
        ):
            result[-1] = previous + text
        else:
            result.append(text)
    return result


def headline_cut_width(headers: list[list[Line]]) -> float | None:
    """The width a page run (a PDF's pages, one story a run) cut its headlines at, read off the headline
    lines a bracket shows were cut — a line opening a bracket the next header line closes
    (``…开幕（文旅融合乡村`` / ``行）``).  Every headline is set at one size, so these lines agree; two or
    more agreeing give the width, else ``None`` (headlines set in columns of many widths: no one width)."""
    widths: list[float] = []
    for lines in headers:
        for above, below in pairwise(lines):
            text = above.text.strip()
            if len(text) > _MAX_HEADLINE_LINE or kind_of(text) not in (Kind.HEADING, Kind.TEXT):
                continue
            if any(
                text.count(open_) > text.count(close) and close in below.text for open_, close in _BRACKETS
            ):
                widths.append(display_width(text))
    if len(widths) < _CUT_SAMPLES or max(widths) - min(widths) > _CUT_SLACK or min(widths) < _CUT_WIDTH:
        return None
    return sum(widths) / len(widths)


_BRACKETS = (("（", "）"), ("(", ")"), ("《", "》"), ("「", "」"), ("【", "】"))
_MAX_HEADLINE_LINE = 40
_CUT_SAMPLES = 2
_CUT_SLACK = 1.0


def _cut_before_going_on(headings: list[str], k: int) -> bool:
    """``南岭县召开第三季度重点项目建设推进会议部`` / ``署招商引资与项目建设下阶段工作任务（县`` /
    ``委县政府重点工作）``: a headline cut at the page's width into three lines — line ``k`` as wide as the
    line over it and going on into the next (a bracket it opens closes there).  Two equally wide lines,
    the second still unfinished, are one headline's lines: a kicker is not cut to a title's width."""
    if k + 1 >= len(headings) or headings[k + 1].startswith("\x00"):
        return False
    above, text = headings[k - 1], headings[k]
    width = display_width(text)
    return (
        width >= _CUT_WIDTH
        and abs(display_width(above) - width) <= 1
        and not above.startswith("——")
        and not above.endswith("——")
        and not ends_sentence(above)
        and _continues(text, headings[k + 1])
    )


_CUT_WIDTH = 12  # twelve Han characters wide: a line long enough to have been cut by the width


def _fills_room(line: Line) -> bool:
    """The line reaches the width of the column it stands in (as far as the file's lines tell)."""
    return not line.room or line.width + min(line.indent, 4) / 2 >= line.room - _ROOM_SLACK


_ROOM_SLACK = 3.0


def _wraps(previous: str, text: str, widest: float) -> bool:
    """A headline's first line fills the width (it is the widest), its last line is shorter."""
    width = display_width(previous)
    if width < widest - 0.5 or width < display_width(text) + 2 or width < 8:
        return False
    return not (previous.endswith(("：", ":")) or is_issuer(previous) or is_column_label(previous))


def _continues(previous: str, text: str) -> bool:
    if _label_bracket_lost(previous, text) or (previous[:1] in "【[［" and is_column_label(previous)):
        return False  # 【代表风采]: a label whose closing bracket OCR read as another, not open
    if any(previous.count(open_) > previous.count(close) for open_, close in _OPEN_CLOSE):
        return True
    if text[:1] in "）)”」』》】" or previous[-1:] in ",，、":
        return True  # a headline never ends in a comma: 正月初一走訪農林漁牧四所, / 金門縣長…拜年
    if previous[-1:].isdigit() and text[:1] in _NUMBER_UNITS:
        return True  # …典禮於12月25 / 日上午舉行…: a column cut a day (or a count) from its unit
    if _BRACKETED_HEAD.match(previous) and len(text) <= _TITLE_REST and not text.startswith("【"):
        return True  # 【券商中国】国债逆回购最佳时点来了！… / 最好别在这天交易: one digest item's title
    joined = previous + text
    return previous.startswith("——") and kind_of(joined) is Kind.OCCASION


_NUMBER_UNITS = "日月年号號时時点點分秒"


def _label_bracket_lost(previous: str, text: str) -> bool:
    """``【法院动态`` over ``息县人大常委会通过…``: a scan's text lost the label's thin closing bracket.  A
    bracketed headline broken at the column (``【券商中`` / ``国】国债逆回购…``) closes its bracket on the
    next line; here no ``】`` follows, so the line is the section's label, not a headline's first part."""
    return _LOST_BRACKET.match(previous) is not None and "】" not in text


_LOST_BRACKET = re.compile(r"^【[\u4e00-\u9fff]{2,10}$")
_BRACKETED_HEAD = re.compile(r"^【[^【】]{2,14}】[^【】。]{12,}$")
_TITLE_REST = 12


def _assign(
    header: Header,
    seen: _Reading,
    *,
    wrapped: bool = False,
    web: bool = False,
    headline_width: float | None = None,
) -> None:
    """Title, kicker and subtitle from the heading lines ``seen`` gathered, by where a day stood: under
    them (a web article, ``followed_by_date``) or over them (an e-paper's article, ``date_above``)."""
    headings = _join_wrapped(seen.headings, _cut_lines(seen, web), wrapped, seen.apart, headline_width)
    followed_by_date, date_above = seen.date and not seen.byline, seen.date_over_title
    beside = [text[1:] for text in headings if text.startswith("\x00")]
    lines = [text for text in headings if not text.startswith("\x00")]
    for piece in beside:  # headings set beside the title: its kicker (none is ever dropped)
        header.kicker = _joined(header.kicker, piece)
    lines = _page_lines_over_title(header, lines)
    if not lines:
        return
    if len(lines) >= 3 and (is_issuer(lines[0]) or is_media_name(lines[0])) and is_column_label(lines[1]):
        header.source_lines.append(lines.pop(0))  # a web page's site over its column: 东区办事处 / 东区新闻
    if len(lines) >= 2 and (is_column_label(lines[0]) or _label_bracket_lost(lines[0], lines[1])):
        header.section = lines.pop(0).lstrip("□■▲▍▌▎ ").strip("【】〖〗〓[]［］〔〕").rstrip(ascii_letters)
    dashed = len(lines) >= 2 and (lines[-1].startswith("——") or _OCR_DASH.match(lines[-1]) is not None)
    if header.subtitle is None and dashed:
        header.subtitle = lines.pop()
    elif header.subtitle is not None and dashed:
        header.subtitle = lines.pop() + header.subtitle
    if len(lines) == 2 and header.subtitle is None and (rest := _after_repeat(lines[0], lines[1])):
        lines.pop()  # a page's title, then its headline again with the subtitle run on: 标题 / 标题 副题
        header.subtitle = rest
    if web and len(lines) == 2 and not followed_by_date and _stray_word(lines[0], lines[1]):
        header.credit_lines.append(lines.pop())  # 主题购买 under a page's headline: a link, kept here
    if len(lines) == 1:
        header.title = lines[0]
    elif is_document_title(lines):
        header.title = "".join(
            lines
        )  # 全国人民代表大会常务委员会 / 关于批准… / …的决议: one document's title
    elif wrapped and _stacked_headline(lines):
        header.title = " ".join(lines)
    elif (
        (followed_by_date or date_above)
        and header.subtitle is None
        and len(lines) == 2
        and not _place_kicker(lines[0])
    ):
        _title_over_subtitle(header, lines, wrapped=wrapped and not date_above)
    elif followed_by_date and len(lines) >= 3:
        _web_headline(header, lines)
    elif len(lines) == 2 or header.subtitle is not None:
        _kicker_over_title(header, lines)
    else:
        header.kicker = _joined(lines[0], header.kicker)
        header.title = lines[1]
        header.subtitle = " ".join(lines[2:])


def _kicker_over_title(header: Header, lines: list[str]) -> None:
    """Two heading lines (or more, over a subtitle): a kicker over the title — unless the second goes on
    from the first (``某镇老旧管网改造惠`` / ``及两万余名居民``): one headline cut inside a word."""
    if len(lines) == _PAIR and (continues_headline(lines[1]) or place_then_topic(*lines)):
        header.title = lines[0] + lines[1]
        return
    header.kicker = _joined(lines[0], header.kicker)
    header.title = " ".join(lines[1:])


def place_then_topic(first: str, second: str) -> bool:
    """``枫林镇 : 茶旅融合`` over ``带火乡村民宿``: a headline of the form place：topic a narrow column set
    over two lines — the first names a place (…县, …市, …区, …镇, …乡, …村, …街道) and, after its colon, the
    topic the second goes on with (no colon of its own).  A kicker names the place alone (``建平乡：``)."""
    return _PLACE_TOPIC.match(first) is not None and ":" not in second and "：" not in second


_PLACE_TOPIC = re.compile(
    r"^[\u4e00-\u9fff]{1,8}(?:县|縣|市|区|區|镇|鎮|乡|鄉|村|街道)\s?[:：]\s?[\u4e00-\u9fff]{2,12}$"
)


def continues_headline(text: str) -> bool:
    """``及两万余名居民``, ``的幸福生活``: a heading line no headline opens — 及 (not 及时, 及早, 及格), 的
    (not 的确, 的士), 了 (not 了解, 了却, 了结) — the rest of a headline a narrow column cut inside a word,
    never a title under a kicker."""
    return _GOES_ON_HEADLINE.match(text) is not None


_GOES_ON_HEADLINE = re.compile(r"(?:及(?![时時早格])|的(?![确確士])|了(?![解却卻结結]))")
"""A line's first character that goes on from a headline's first line (``continues_headline``)."""


_OCR_DASH = re.compile(r"^一一(?=在|记|記)")
"""``一一在…会议上的讲话``: a subtitle's dash ``——`` as OCR reads it (two 一), before 在 or 记 (``——记…``)."""


def _page_lines_over_title(header: Header, lines: list[str]) -> list[str]:
    """Over a headline, the page's own lines: a name in Latin letters only (``Press Releases``, the English
    of the page's name above it) or a menu of links (``今日新聞 | 新聞資料庫 | 相關連結``).  Neither is ever
    the title: they and the lines above them are kept as where the story was published."""
    cut = max(
        (k for k, text in enumerate(lines[:-1]) if _LATIN_NAME.match(text) or _MENU.match(text)), default=-1
    )
    if cut < 0:
        return lines
    header.source_lines.extend(lines[: cut + 1])
    return lines[cut + 1 :]


_LATIN_NAME = re.compile(r"^[A-Za-z][A-Za-z&' .-]{2,40}$")
_MENU = re.compile(r"^[^|｜\s]{1,8}(?:\s?[|｜]\s?[^|｜\s]{1,8}){2,8}$")


def _title_over_subtitle(header: Header, lines: list[str], *, wrapped: bool) -> None:
    """Two heading lines by a day (under them on a web article, over them on an e-paper's page): a title
    and its subtitle — or, with the day under them in a file cut by a page's width, one headline."""
    if wrapped and _one_headline(*lines):
        header.title = " ".join(lines)
    elif _NAME_ONLY.match(lines[0]) and len(lines[1]) >= _OVER_NAME * len(lines[0]):
        header.kicker, header.title = (
            lines  # 地方活動 / a headline three times as long: a column's name over it
        )
    else:
        header.title, header.subtitle = lines


_NAME_ONLY = re.compile(r"^[\u4e00-\u9fff]{2,6}$")
_OVER_NAME = 3
"""A few Han characters and nothing else over a heading line at least three times as long: a section's
or column's name over a headline (a web page's ``<h2>`` over its ``<h3>``), never a title over a
subtitle — no subtitle runs on for three times its title's length."""


def _place_kicker(text: str) -> bool:
    """``建平乡:`` over a headline: whose news it is, a kicker (read so by the branch for two lines), never
    a title over a subtitle — no headline ends in a colon."""
    return len(text) <= _PLACE_KICKER and text.endswith((":", "："))


_PLACE_KICKER = 10  # characters: a place or unit and its colon


def _asking_headline(seen: _Reading, text: str) -> bool:
    """``致命工程車何時滑落鐵軌？`` among a headline's lines: a short line asking or exclaiming (the mark
    that kept it from reading as a heading), under heading lines and over no byline yet."""
    return bool(seen.headings) and not seen.byline and len(text) <= _STACKED_CHARS and text[-1] in "？！?!"


def _stacked_headline(lines: list[str]) -> bool:
    """Three or more short heading lines in a PDF's text (``台灣太魯閣號列車出軌`` / ``至少50人死亡`` /
    ``146人受傷`` / ``台鐵百年史上死亡人數第二高``), or two very short ones (``區議會新規定`` /
    ``愈改愈嚴格``): one headline a paper set over several lines, broken at its phrases.  A kicker over a
    title runs as a sentence, longer; a subtitle opens with a dash."""
    if len(lines) == _PAIR:
        return all(len(text) <= _PAIR_CHARS for text in lines)
    return len(lines) >= _STACKED_LINES and all(len(text) <= _STACKED_CHARS for text in lines)


_PAIR = 2
_PAIR_CHARS = 8


_STACKED_LINES = 3
_STACKED_CHARS = 14


def _stray_word(headline: str, under: str) -> bool:
    """A word or two under a web page's headline, far shorter than it: a link or button of the page
    standing between the headline and the text, never the headline's second line (a browser cuts a
    headline only at the text's width) nor a subtitle (a page sets those as a phrase)."""
    if heads_links(under):
        return False  # 推荐阅读 heads a box of links: an item of its own, for the page rules to set aside
    return len(under) <= _STRAY_CHARS and len(under) * 3 <= len(headline) and " " not in under


_STRAY_CHARS = 6


def _one_headline(first: str, second: str) -> bool:
    """Two heading lines over a date line in a file cut by a page's width (a web article printed to PDF):
    a headline set large breaks onto a second line no wider than its first, and a blank line may stand
    between them; a subtitle under a title is set smaller, so it runs as wide or wider."""
    return display_width(first) >= display_width(second) and " " not in first + second


def _web_headline(header: Header, lines: list[str]) -> None:
    """Three or more heading lines over a web article's date: the page's menu and column names, then
    the headline (the longest), then what follows it (a subtitle).  The lines above are kept as where
    the article was published."""
    top = max(range(len(lines)), key=lambda k: (len(lines[k]), k))
    header.source_lines.extend(lines[:top])
    header.title = lines[top]
    if top + 1 < len(lines):
        header.subtitle = _joined(" ".join(lines[top + 1 :]), header.subtitle)


def _joined(first: str | None, second: str | None) -> str | None:
    return f"{first} {second}" if first and second else first or second


def _after_repeat(first: str, second: str) -> str | None:
    """What ``second`` adds after repeating ``first`` (white space aside), when it adds a phrase."""
    key = "".join(first.split())
    for cut in (k for k, char in enumerate(second) if char.isspace()):
        if "".join(second[:cut].split()) == key:
            return second[cut:].strip() or None
    return None


def _extra_headings(header: Header, headings: list[str]) -> tuple[str | None, str | None]:
    """Heading lines under a title found through the TOC: a subtitle (``——…``) or text kept as one."""
    subtitle = header.subtitle
    kicker = header.kicker
    for text in headings:
        text = text.lstrip("\x00")
        subtitle = text if subtitle is None else f"{subtitle} {text}"
    return kicker, subtitle


_MEDIA_END = (
    "日报", "晚报", "时报", "日報", "晚報", "時報", "财经", "財經", "新闻网", "新聞網", "客户端",
    "电视台", "電視台", "频道", "頻道", "周刊", "週刊", "在线", "在線", "网", "網",
)  # fmt: skip


def is_media_name(text: str) -> bool:
    """``新浪财经``, ``湖南日报``: a short name of a paper, site or channel standing alone."""
    return 2 <= len(text) <= 10 and " " not in text and text.endswith(_MEDIA_END)
