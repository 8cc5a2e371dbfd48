"""Where a newspaper page's stories end and go on: writers' sign-offs, jump lines and the page's folio.

A county paper prints its stories one after another, each a title over running text, with no byline
under the title: the writer signs off at the end of the last paragraph (``…慈善基金。（邵闻）``,
``…97.63%。（记者 方耀星 通讯员 朱敬铨）``).  A story too long for its page stops at a jump line
(``（下转第2版）``) and goes on in another page under ``（上接第1版）``.  Across the top of each page runs
its folio (``瓯南新闻　2011年10月12日　星期三　第1版　要闻``), which a PDF extractor may cut into a line
per part.  These predicates read those shapes; ``join_jumps`` puts a jumped story back together.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from reader.importer.linekinds import is_date_line
from reader.importer.names import is_issuer
from reader.importer.script import simplified
from reader.importer.text import SIGN_OFF_OPEN, ends_sentence, page_digits, quote_gaps

if TYPE_CHECKING:
    from reader.importer.lines import Document, Line
    from reader.importer.segment import Span

_SIGNED_END = re.compile(
    rf"[。！？!?”」』]\s{{0,3}}{SIGN_OFF_OPEN}[\u4e00-\u9fff·・、，,/／\s]{{2,30}}[)）]$"
)  # a gap of up to three spaces before the sign-off: a scan's OCR spaces out what the page set apart
PAGE_NO = r"第?\s?[0-9０-９A-Za-z一二三四五六七八九十]{1,3}\s?版"
_JUMP_PAGE = rf"(?:{PAGE_NO}|第\s?[0-9?？\]|]{{1,2}}\s?版)"
"""The page a jump names, or ``第?版``, ``第1]版``: a scan's OCR prints a digit it could not read as a
question mark, or a stray bracket or bar beside it."""
_JUMP_OUT = re.compile(rf"[（(]\s?(?:下转|下轉|转|轉|转至|轉至|转到)\s?{_JUMP_PAGE}\s?[)）]$")
_JUMP_IN = re.compile(rf"^[（(]\s?(?:上接|接上|接)\s?{_JUMP_PAGE}\s?[)）]")


def mark_release_ends(document: Document) -> None:
    """A press release closes with ``完`` (``（完）``, ``-完-``), then its day and perhaps its hour
    (``2022年8月5日（星期五）`` / ``香港時間16時30分``): the mark and those lines are the release's furniture,
    set aside (their day is the issue's when the releases agree: ``metadata``), so the next release's
    title follows a finished paragraph."""
    lines = [line for line in document.lines if line.aside is None]
    for k, line in enumerate(lines):
        if len(line.text) > _END_CHARS or not _END_MARK.match(line.text):
            continue
        tail = []
        for after in lines[k + 1 : k + 1 + _RELEASE_TAIL]:
            if not (
                _RELEASE_DAY.match(after.text) or is_date_line(after.text) or _TIME_LINE.match(after.text)
            ):
                break
            tail.append(after)
        if tail:  # a 完 closing a wire story with no day under it stays the story's last line
            for closing in (line, *tail):
                document.set_aside(closing, RELEASE_END)


RELEASE_END = "end of a press release"
_END_MARK = re.compile(r"^[（(【\-—－]{0,2}\s?完\s?[)）】\-—－]{0,2}$")
_END_CHARS = 7
_TIME_LINE = re.compile(r"^(?:[\u4e00-\u9fff]{2,4})?[时時][间間]\s?\d{1,2}\s?[时時:：]\s?\d{1,2}\s?分?$")
"""``香港時間16時30分``: the hour a release was issued, under its day."""
_RELEASE_DAY = re.compile(
    r"^\d{4}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日\s?[（(]?(?:星期|週|周|禮拜|礼拜)[一二三四五六日天][)）]?$"
)
"""``2022年8月5日（星期五）``: the day with its weekday in brackets."""
_RELEASE_TAIL = 2  # the day and the hour


def signed_off(text: str, above: str = "") -> bool:
    """A paragraph's last line ending in a sentence and a writer's sign-off in brackets
    (``…设立诚大爱心慈善基金。（邵闻）``): the story ends here.  Only names, roles and their separators may
    stand in the brackets, so a page number, a date or a quotation in brackets is not read as one.  A short
    line is read with the line ``above`` it: a column's width may have cut the sign-off (``…（黄瑚 丁志峰 尤``
    / ``增国）``)."""
    if text[-1:] not in ")）":
        return unclosed_sign_off(text) is not None  # …到位。 (县民政局 孙丽: the closing bracket lost
    tail = (above + text)[-40:] if len(text) < _SHORT else text[-40:]
    if _SIGNED_END.search(tail) is not None or unopened_sign_off(text) is not None:
        return True
    return len(text) < _SHORT and above != "" and unopened_sign_off(above[-24:] + "\n" + text) is not None
    # …八公里。 / 石桥镇 孙丽): the sign-off on a line of its own, its opening bracket lost (or read as 人)


def unopened_sign_off(text: str) -> re.Match[str] | None:
    """``…任务过半。 县政府办 王立)``: a sign-off whose opening bracket a scan's OCR lost — names after a
    sentence's end and a gap, closed by a bracket the line never opened."""
    if text[-1:] not in ")）" or text.count("(") + text.count("（") >= text.count(")") + text.count("）"):
        return None
    return _UNOPENED_END.search(text[-40:])


def unclosed_sign_off(text: str) -> re.Match[str] | None:
    """``…已全部到位。 (县民政局 孙丽``: a sign-off whose closing bracket a scan's OCR lost — after a
    sentence's end and a gap, an opening bracket and names (a unit, a gap, a person) to the line's end."""
    if text[-1:] in ")）" or not "\u4e00" <= text[-1:] <= "\u9fff":
        return None
    return _UNCLOSED_END.search(text[-40:])


def closing_rows(lines: list[Line]) -> set[int]:
    """A notice's closing block: the lines of its issuers (offices only) over a line that is only its day
    (``中共某县委老干部局`` / ``某县政协办公室`` / ``2026年3月9日``).  Each is printed on a line of its own,
    and no flow that joins broken lines may join them: none ends a sentence, yet none goes on."""
    rows: set[int] = set()
    for k, line in enumerate(lines):
        if line.text[-1:] != "日" or not is_date_line(line.text):
            continue
        rows.add(k)
        above = k - 1
        while above >= 0 and k - above <= _ISSUERS and is_issuer(lines[above].text):
            rows.add(above)
            above -= 1
    return rows


_ISSUERS = 4  # offices over a joint notice's day


def sign_off_goes_on(open_text: str, text: str) -> bool:
    """A sign-off left open at a line's end (``unclosed_sign_off``: ``…草案。 (研究室 刘佳``) whose closing
    bracket stands on the next, short line ``text`` (``琪)``), which opens none: the line's width cut it."""
    return (
        len(text) <= _SHORT
        and text[-1:] in ")）"
        and "(" not in text
        and "（" not in text
        and unclosed_sign_off(open_text) is not None
    )


_UNCLOSED_END = re.compile(
    r"[。！？!?”][ \u3000][（(〈《]"
    r"(?P<people>[\u4e00-\u9fff·・、]{2,20}(?:[ \u3000][\u4e00-\u9fff·・]{1,4})?)$"
)
_UNOPENED_END = re.compile(r"[。！？!?]\s[“\"]?(?P<people>[\u4e00-\u9fff·・、\s]{2,30})[)）]$")
"""The names closed by a bracket never opened; an opening quote mark before them is the bracket misread
(``…以上。 “县农业局 宋佳)``: a quotation closes with its own mark)."""


_SHORT = 16  # characters: the rest of a line the column's width cut


def jumps_out(text: str) -> bool:
    """``（下转第2版）`` at the end of a line: the story stops on this page and goes on in another."""
    return text[-1:] in ")）" and _JUMP_OUT.search(page_digits(text[-16:])) is not None  # 第]版: OCR


def jumps_in(text: str) -> bool:
    """``（上接第1版）…`` opening a line: the rest of a story that began on another page."""
    return text[:1] in "(（" and _JUMP_IN.match(page_digits(text)) is not None  # (上接第]版): OCR


def join_jumps(spans: list[Span]) -> list[Span]:
    """Put each jumped story back together, in place: its continuation (from its ``（上接…）`` line to the
    end of the span it landed in, or the whole span it titles) goes to the end of the nearest story above
    that stopped at ``（下转…）``.  A jump line an extractor put after the next story's title (pdfminer)
    goes back to the end of the story above that title.

    Lines only change their article, never their text, so a sign-off at the end of the continuation names
    the writer of the story it belongs to, and nothing is lost."""
    waiting: list[Span] = []
    for k, span in enumerate(spans):
        if span.title_lines is not None:
            continue  # a table of contents or a heading gave this title: not a page's stories
        if k > 0 and _misplaced_jump(span):
            above = spans[k - 1]
            jump = [line for line in span.header if len(line.text) <= _JUMP_LINE and jumps_out(line.text)]
            above.body.extend(jump)
            span.header[:] = [line for line in span.header if line not in jump]
            waiting.append(above)
        if span.header and jumps_in(span.header[0].text) and waiting:
            waiting.pop(0).body.extend([*span.header, *span.body])
            span.header[:], span.body[:] = [], []
            continue
        cut = next((k for k, line in enumerate(span.body) if jumps_in(line.text)), None)
        if cut is not None and waiting:
            waiting.pop(0).body.extend(span.body[cut:])
            del span.body[cut:]
        if any(jumps_out(line.text) for line in span.body[-2:]):
            waiting.append(span)
    return [span for span in spans if span.header or span.body]


def _misplaced_jump(span: Span) -> bool:
    """A jump line alone among the lines over a title: the story above stopped there."""
    return any(len(line.text) <= _JUMP_LINE and jumps_out(line.text) for line in span.header)


_JUMP_LINE = 16  # characters: a jump line alone on its line, （下转第2版）


_FULL_DATE = re.compile(r"\d{4}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日")
_WEEKDAY = re.compile(r"(?:星期|禮拜|礼拜)[一二三四五六日天]")
_PAGE = re.compile(rf"(?:^|\s){_JUMP_PAGE}(?:\s|[:：]|$)")
"""``第1版``, ``第1版 要闻`` or an e-paper's ``第2版：要闻``: the page, apart from what stands around it."""
_PAGE_ONLY = re.compile(rf"^{PAGE_NO}$")
_NAMED_PAGE = re.compile(rf"^(?P<page>{PAGE_NO})[:：][\u4e00-\u9fff]{{2,8}}$")
_FOLIO_PARTS = 6  # name, day, weekday, page, page name and one more (an edition)
_FOLIO_PART = 16  # characters of one part on a line of its own
_FOLIO_CHARS = 60
_PAGE_NAME = 6  # characters of a page's name (要闻, 综合, 县域新闻) after its number


def _head_text(text: str) -> str:
    """A page's head line as read: a scan's quote-mark gaps and misread page number (``第]版``) undone,
    its white space single."""
    return " ".join(page_digits(quote_gaps(text)).split())


def is_folio(text: str) -> bool:
    """A page's folio: a short line without a sentence that names a full day, a weekday and a page
    (``第1版``).  All three together are found on no other line of a paper."""
    collapsed = _head_text(text)
    return (
        len(collapsed) <= _FOLIO_CHARS
        and not ends_sentence(collapsed)
        and "，" not in collapsed
        and _FULL_DATE.search(collapsed) is not None
        and _WEEKDAY.search(collapsed) is not None
        and _PAGE.search(collapsed) is not None
    )


def page_number(text: str) -> str | None:
    """``第2版`` alone on a line (or with its name after a colon, ``第一版:要闻``), over a page's first title:
    the page, which names the section; normalised (``第 2 版`` → ``第2版``), or ``None``."""
    collapsed = "".join(text.split())
    if not collapsed.startswith("第"):
        return None
    if _PAGE_ONLY.match(collapsed):
        return collapsed
    named = _NAMED_PAGE.match(collapsed)  # 第一版:要闻, an e-paper's page over each of its articles
    return named.group("page") if named else None


def mark_folios(document: Document) -> None:
    """Set aside every page folio (reason ``page folio``), also when an extractor put its parts on lines
    of their own (``瓯南新闻`` / ``2011年10月12日`` / ``星期三`` / ``第1版`` / ``要闻``).  The first folio
    states the issue's day and, when it opens with one, the paper's name (front matter stays first)."""
    lines = document.lines
    masthead_paper = _masthead_print(document)
    first = next((line for line in lines if line.aside is None), None)
    if first is not None and _page_over_masthead(document, first):
        first = next((line for line in lines if line.aside is None), None)
    if first is not None and dated_masthead(first.text):
        set_aside_folio(document, [first])
    if first is not None and (page := EPAPER_PAGE.match(simplified(first.text.strip()))):
        document.set_aside(first, "page folio")  # A3:乡村振兴　总第2764期 >2022-04-28编印, in either script
        document.metadata.setdefault("date", page.group("day"))
    done = 0  # lines before this one are read: a folio found, or no folio starts there
    for k, line in enumerate(lines):
        if "星期" not in line.text and "拜" not in line.text:
            continue  # a folio names the weekday: only the lines around one are worth reading
        if k > done and _page_head_over(lines, k):
            document.set_aside(lines[k - 1], "page folio")
            set_aside_folio(document, [line])
            done = k + 1
            continue
        for i in range(max(done, k - _FOLIO_PARTS + 1), k + 1):
            end = _folio_end(lines, i)
            if end is not None and end > k:
                set_aside_folio(document, lines[i:end])
                done = end
                break
    if masthead_paper is not None:
        document.metadata.setdefault("newspaper", masthead_paper)


def _masthead_print(document: Document) -> str | None:
    """The masthead's small print at the top of a file (``masthead_print``) is the page's, set aside with
    the folio; so is the paper's name alone on the line over it (``山溪报``): returned, the paper's name
    where no folio names one (its large, drawn type is what a scan's OCR misreads most)."""
    top = [line for line in document.lines[:_MASTHEAD_LINES] if line.aside is None]
    paper = None
    for k, line in enumerate(top):
        if not masthead_print(line.text):
            continue
        document.set_aside(line, "page folio")
        name = top[k - 1].text.strip() if k > 0 and top[k - 1].aside is None else ""
        if _PAPER_NAME.match(name) and name.endswith(_PAPER_ENDS):
            document.set_aside(top[k - 1], "page folio")
            paper = paper or name
    return paper


_PAPER_ENDS = ("报", "報", "刊", "新闻", "新聞")


def masthead_print(text: str) -> bool:
    """``中共山溪县委机关报　山溪县融媒体中心主办　总第2045期``: the small print of a paper's masthead — whose
    paper it is, who runs it, its running number — and nothing else; the paper's or its running number
    there (who runs it alone is also a site's footer)."""
    parts = text.split()
    return (
        0 < len(text) <= _FOLIO_CHARS
        and all(_MASTHEAD_PART.match(part) for part in parts)
        and any(not part.endswith(("主办", "主辦")) for part in parts)
    )


_MASTHEAD_PART = re.compile(
    r"^(?:[\u4e00-\u9fff]{2,16}(?:机关报|機關報)|[\u4e00-\u9fff]{2,20}(?:主办|主辦)|[总總]第\d{1,6}期)$"
)
_MASTHEAD_LINES = 8  # lines at the top of a file: the masthead is over the first page


def _page_head_over(lines: list[Line], k: int) -> bool:
    """Line ``k`` is the paper's name and day (``dated_masthead``) right under a page's head (``第2版　综合``,
    at most one blank line between): a later page's folio in two lines, as ``_page_over_masthead`` reads
    the first page's."""
    head, line = lines[k - 1], lines[k]
    return (
        line.aside is None
        and head.aside is None
        and line.gap <= 1
        and _PAGE_FIRST.match(_head_text(head.text)) is not None
        and dated_masthead(line.text)
    )


def _page_over_masthead(document: Document, first: Line) -> bool:
    """``第2版　要闻`` opening the file over ``山城日报　2018年1月25日　星期四``: a folio in two lines, the
    page's over the paper's name and day; both set aside as the folio."""
    lines = document.lines
    nxt = next((line for line in lines[lines.index(first) + 1 :] if line.aside is None), None)
    head = _head_text(first.text)
    if nxt is None or not _PAGE_FIRST.match(head) or not dated_masthead(nxt.text):
        return False
    document.set_aside(first, "page folio")
    set_aside_folio(document, [nxt])  # the paper's name and day
    return True


_PAGE_FIRST = re.compile(rf"^{_JUMP_PAGE}(?:\s[\u4e00-\u9fff]{{2,{_PAGE_NAME}}})?$")


def dated_masthead(text: str) -> bool:
    """``港台新聞摘錄　2021年4月3日　星期六`` opening a file: a paper's name, its full day and the weekday,
    as a folio without the page — the paper's own line over its first page."""
    text = quote_gaps(text)
    parts = text.split()
    return (
        len(parts) >= 2
        and len(text) <= _FOLIO_CHARS
        and _PAPER_NAME.match(parts[0]) is not None
        and _DAMAGED_DATE.search(text) is not None  # 2026年月20日: a figure the OCR lost is no other line
        and _WEEKDAY.search(text) is not None
        and not ends_sentence(text)
    )


_DAMAGED_DATE = re.compile(r"\d{4}\s?年\s?\d{0,2}\s?月\s?\d{0,2}\s?日")
"""A full day (``_FULL_DATE``), or one whose month or day a scan's OCR lost (``2026年月20日``): still the
masthead's, though no day to take."""


def set_aside_folio(document: Document, folio_lines: list[Line]) -> None:
    folio = " ".join(quote_gaps(line.text) for line in folio_lines)
    for line in folio_lines:
        document.set_aside(line, "page folio")
    if day := _FULL_DATE.search(folio):
        document.metadata.setdefault("date", day.group())
    name = _paper_in_folio(folio)
    if name is not None and _PAPER_NAME.match(name) and not _WEEKDAY.match(name):
        document.metadata.setdefault("newspaper", name)


def _paper_in_folio(folio: str) -> str | None:
    """The paper's name in a folio: its first word (``沅州日报　2026年5月8日　星期五　第3版　县域经济``) — or,
    in a folio that opens with the page (``第3版　县域经济　　沅州日报　2026年5月8日　星期五``, ``第2版 山溪报
    2025年9月3日``; the page as the OCR printed it, ``第]版``), the word right before the day: after the page
    and its name any word, right after the page only a paper's (…报, …刊)."""
    words = folio.split()
    if not words:
        return None
    if not _PAGE_FIRST.match(page_digits(words[0])):  # a page alone, as printed or as the OCR left it
        return words[0]
    day = _FULL_DATE.search(folio)
    before = folio[: day.start()].split() if day else []
    if len(before) < 2:
        return None
    name = before[-1]
    return name if len(before) >= _PAGE_AND_NAME or name.endswith(_PAPER_ENDS) else None


_PAGE_AND_NAME = 3  # the day's place after 第3版, 县域经济 and the paper's name


_PAPER_NAME = re.compile(r"^[\u4e00-\u9fff]{2,12}$")
EPAPER_PAGE = re.compile(
    r"^(?P<page>[A-Z]?\d{1,2})\s?[:：]\s?[\u4e00-\u9fff]{2,8}[\s\u3000]{0,3}(?:总第\s?\d{1,6}\s?期)?[\s\u3000]{0,3}[>＞]?\s?"
    r"(?P<day>\d{4}-\d{1,2}-\d{1,2})\s?编印$"
)
"""A 数字报 page's line at its top: the page (``A3:乡村振兴``), the paper's running number and the day it
was made up (``总第2764期 >2022-04-28编印``) — the page's folio, its day the issue's."""


def _folio_end(lines: list[Line], i: int) -> int | None:
    """The line after the folio starting at line ``i``, or ``None`` when none starts there."""
    parts: list[str] = []
    for k in range(i, min(len(lines), i + _FOLIO_PARTS)):
        line = lines[k]
        if line.aside is not None or (k > i and (line.gap > 1 or len(line.text) > _FOLIO_PART)):
            return None
        if ends_sentence(line.text):
            return None  # …進行比對。 over 港台新聞摘錄 / 第3版 / …: a paragraph's end, never a folio's part
        parts.append(line.text)
        if is_folio(" ".join(parts)):
            end = k + 1
            if k > i and _PAGE_ONLY.match(line.text) and end < len(lines) and _page_name(lines[end]):
                end += 1  # 第1版 / 要闻: the page's name on the line after its number
            return end
        if len(line.text) > _FOLIO_PART:
            return None
    return None


def _page_name(line: Line) -> bool:
    text = line.text
    return line.gap <= 1 and len(text) <= _PAGE_NAME and not any(char.isdigit() for char in text)
