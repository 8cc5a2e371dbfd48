"""Small text predicates shared by the layout parsers.

They encode what typesetting tells a reader at a glance: a sentence ends in
。！？, a title is a short line with no clause punctuation, ``②5`` at the end of
a paragraph is an editor's code and not text.
"""

from __future__ import annotations

import re
import unicodedata

from reader.importer.script import either_script

SENTENCE_END = "。！？!?…；;：:"
"""A line ending in one of these closes its paragraph (the ：/； ends cover list lead-ins and list items)."""
CLOSING_QUOTES = "”’」』"
"""After a sentence end (``…发展。”``) these still close it; after a word (``“暖心路”``) they do not."""

SIGN_OFF_OPEN = r"(?:[〈《]?[（(]|[〈《]{1,2})"
"""A writer's sign-off's opening bracket (``（宁艳）``), or a scan's misreading of it as one or two angle
brackets (``〈《叶晓路)``: tesseract's reading of the round bracket) or as an angle bracket and the round one
(``〈(周凯)``); the closing one stays round."""


def quote_gaps(text: str) -> str:
    """``南坪日报”2026年5月8日”星期五``, ``第3版”社会新闻``: a scan's OCR reads the wide gap between the
    fields of a page's head as a quote mark, closing (most often) or opening.  Where a line holds quote
    marks of one direction only — no pair a writer set — they are read as the gaps they stand for (a
    space); a line with both kinds, or none, is returned as it is.  For reading a head line, never for
    what is kept."""
    if ("”" in text) == ("“" in text):
        return text
    return text.translate(_QUOTE_GAP).strip()  # a translation, not a pattern: linear on any input


_QUOTE_GAP = str.maketrans({"”": " ", "“": " "})


def page_digits(text: str) -> str:
    """``第]版``, ``第|版``: a scan's OCR reads the ``1`` of a page's number as a bracket or a bar — read back
    as ``第1版``; ``第版``, ``第)版``: it lost the digit or printed a mark for it — ``第?版``, a page whose
    number is unread (``pages.file_under_pages`` takes it for the page after the one above).  For reading
    a head line, never for what is kept."""
    if "第" not in text or "版" not in text:
        return text
    return _PAGE_MISREAD.sub(_page_read, text)


_PAGE_MISREAD = re.compile(r"第(?P<mark>[\]|)]?)\s?版")


def _page_read(found: re.Match[str]) -> str:
    return "第1版" if found.group("mark") in ("]", "|") else "第?版"


CONTINUATION_START = "。，、；：！？,;:!?）)”’」』"
"""A line starting with one of these can only be the tail of the line before it."""

MAX_HEADING_CHARS = 40
EDITOR_CODE = re.compile(r"(?<![\d①-⑳])([①-⑳]\d{1,2})\s*$")
CAPTION = re.compile(r"^图\s*[①-⑳\d]+")
SOURCE_NOTE = re.compile(
    r"^[(（]\s*(?:原载|原載|转载自|轉載自|转自|摘自|选自|摘编自|(?:来源|來源|稿源|供稿|信息来源|原标题|原標題|原题|原題|发布时间|發布時間|发布日期|發布日期"
    r"|网址|網址|原文链接|原文鏈接)\s?[:：]).+[)）]$"
    r"|^[(（][^（）()]{2,30}(?:供稿|供圖|供图|提供|报送|報送)[)）]$"
    r"|^[(（](?:根据|根據|据|據)(?:讲话|講話|会议|會議)?(?:录音|錄音)整理(?:[,，、；;][^（）()]{1,20})?[)）]$"
    r"|^[(（](?:此稿|本稿|本文)?未经本人审阅[)）]$"
)
"""Where a text was first printed or who supplied it: ``(原载2024年9月30日《驻马店日报》T03版)``,
``（县应急管理局供稿）``, ``（来源：县融媒体中心）``, ``（原标题：…）``, and when and where it was posted
(``（网址：…　发布时间：2022-03-03 10:30）``) under an item taken from the web; and how a speech's text was
made (``（根据录音整理）``, ``（未经本人审阅）``) under its last paragraph."""
_CLAUSE_PUNCT = re.compile(r"[。！？!?；;，,]")
_HANZI = re.compile(r"[\u4e00-\u9fff]")
_COLUMN_LABEL = re.compile(
    r"^[\u4e00-\u9fff]{2,6}(?:时讯|快讯|简讯|短讯|短波|纪行|动态|要闻|速递|视点|观察|扫描|集锦|走笔|专栏|新闻|资讯|播报|动向|综述)$"
    r"|^[□■]\s?[\u4e00-\u9fff]{2,12}$"  # □师者之尊缘自用心: a page's group of items, marked
    r"|^【[\u4e00-\u9fff]{2,10}】$"  # 【基层党建】: a bulletin's section, in brackets
    r"|^〖[\u4e00-\u9fff]{2,10}〗$"  # 〖工作动态〗: the same, in another pair of brackets
    r"|^[\[［][\u4e00-\u9fff]{2,10}[\]］]$"  # [工作动态]: the same, where a plain-text export has no 【】
    r"|^〔[\u4e00-\u9fff]{2,10}〕$"  # 〔常委会动态〕: the same, in tortoise-shell brackets
    r"|^[【\[［][\u4e00-\u9fff]{2,10}[】\]］]$"  # 【代表风采]: the same, one bracket misread by OCR
    r"|^[【\[［〔][\u4e00-\u9fff]{2,10}[A-Za-z][】\]］〕]$"  # 【工作动态j】: a speck OCR read as a letter
    r"|^〓[\u4e00-\u9fff]{2,10}〓$|^▲[\u4e00-\u9fff]{2,6}$"  # 〓基层党建〓, ▲基层党建: the same, marked
    r"|^[▍▌▎]\s?[\u4e00-\u9fff]{2,6}$"  # ▍队伍建设: a WeChat post's bar before a name too short for a title
    r"|^(?:简讯|短讯|快讯)$"  # a brief column's bare name
)
FOOTNOTE_LINE = re.compile(r"^(?:\[\^?\d{1,3}\]:?|［\d{1,3}］)\s?\S")
"""A footnote's line as a converter writes the notes at a document's end: pandoc's Markdown ``[^1]: …``,
its plain text ``[1] …``."""
_MIDDLE_DOTS = str.maketrans({"•": "・", "·": "・", "‧": "・", "･": "・"})
_ANY_MIDDLE_DOT = re.compile("[•·‧･]")
KEY_STABLE_HEAD = re.compile(r"[\u4e00-\u9fff、。“”‘’《》「」『』【】—0-9]{1,6}")
_CIRCLED = frozenset(map(chr, range(ord("①"), ord("⑳") + 1)))


def ends_sentence(text: str) -> bool:
    """True when ``text`` closes a paragraph by its last character."""
    text = text.rstrip()
    if text[-1:] in CLOSING_QUOTES:  # also true of "": rstrip then leaves it empty, which ends nothing
        text = text.rstrip(CLOSING_QUOTES)
    return bool(text) and (text[-1] in SENTENCE_END or text.endswith("——"))


def find_editor_code(text: str) -> re.Match[str] | None:
    """``EDITOR_CODE.search(text)``, answered without the regex scan for the many lines that cannot hold one.

    A code is a circled number and one or two digits at the very end, so the last non-space
    character must be a digit with a circled number one or two places before it; the regex
    tries every position of a long paragraph, this test looks at three characters.
    """
    tail = text.rstrip()[-3:]
    if not tail[-1:].isdecimal() or not (tail[-2:-1] in _CIRCLED or tail[:1] in _CIRCLED):
        return None
    return EDITOR_CODE.search(text)


def split_editor_code(text: str) -> tuple[str, str | None]:
    """Split ``'…人次。⑥7'`` into ``('…人次。', '⑥7')``; text without a code comes back unchanged.

    A code alone on its line (a PDF column put it there) gives ``('', '⑥7')``.
    """
    match = find_editor_code(text)
    if not match:
        return text, None
    return text[: match.start()].rstrip(), match.group(1)


def is_heading_like(line: str) -> bool:
    """A short line with no clause punctuation and no sentence end: a title, kicker or sub-heading."""
    line = line.strip()
    if line[-1:] in ":：" and len(line) <= 16:  # a kicker such as 示范区巡察办:
        line = line[:-1]
    if not line or len(line) > MAX_HEADING_CHARS or ends_sentence(line):
        return False
    if CAPTION.match(line) or find_editor_code(line):
        return False
    return not _CLAUSE_PUNCT.search(line)


def is_spaced_heading(line: str) -> bool:
    """``聚焦组建专班团队 全方位开展招商``: phrases set apart by spaces, the usual sub-heading form."""
    if len(line.strip()) > 30:  # checked first: most lines are long paragraphs, and split() copies them
        return False
    phrases = line.split()
    return (
        len(phrases) >= 2
        and all(len(_HANZI.findall(phrase)) >= 2 for phrase in phrases)
        and is_heading_like(line)
    )


def is_column_label(line: str) -> bool:
    """``城区时讯``, ``乡村纪行``: the name of a page or column, not of an article."""
    return either_script(_COLUMN_LABEL.match, line.strip())


def match_key(text: str) -> str:
    """Comparable form of a title: no white space, NFKC, one kind of middle dot."""
    key = "".join(unicodedata.normalize("NFKC", text).split())  # split() drops exactly what regex \s matches
    return key.translate(_MIDDLE_DOTS) if _ANY_MIDDLE_DOT.search(key) else key  # translate is slow on CJK


def key_head(text: str) -> str:
    """A prefix of ``match_key(text)`` found without normalising: the run of up to 6 inert characters
    (hanzi, 、。“”‘’《》「」『』【】—, ASCII digits) that ``text`` opens with; ``""`` when it opens otherwise.

    These characters are their own NFKC form, starters, in no canonical composition and neither white
    space nor a middle dot, so ``match_key`` keeps them unchanged, in front.  Testing this prefix first
    spares normalising most lines when looking for titles (tests/importer/test_text_keys.py checks it).
    """
    head = KEY_STABLE_HEAD.match(text)
    return head.group() if head else ""


def shorten(text: str, limit: int = 30) -> str:
    """A title made from running text: up to the first sentence end, cut at ``limit`` characters."""
    text = text.strip()
    first = re.split(r"(?<=[。！？!?])", text, maxsplit=1)[0]
    if len(first) <= limit:
        return first
    return first[: limit - 1].rstrip("，,、；;：: ") + "…"


_DIGITS = "一二三四五六七八九"


_CIRCLED_COUNT = "".join(map(chr, range(0x2460, 0x2474))) + "".join(map(chr, range(0x2776, 0x2780)))
"""``①``–``⑳`` then ``❶``–``❿`` in order: an item's circled number.  Not ``_CIRCLED`` (the editor codes'
``①``–``⑳`` only, a set), which this string had shadowed, since both had that name."""


def count_of(numeral: str) -> int:
    """``3`` → 3, ``三`` → 3, ``十二`` → 12, ``二十`` → 20: an item's number in figures or in Chinese
    (``一、``…``五、`` number a bulletin's items as often as ``1.``); 0 for what is no number."""
    if numeral.isdecimal():
        return int(numeral)
    if len(numeral) == 1 and numeral in _CIRCLED_COUNT:
        return _CIRCLED_COUNT.index(numeral) % 20 + 1  # ① … ⑳, then ❶ … ❿
    tens, ten, units = numeral.partition("十")
    if not ten:
        return _DIGITS.index(numeral) + 1 if len(numeral) == 1 else 0
    if len(tens) > 1 or len(units) > 1 or "十" in units:
        return 0
    return (_DIGITS.index(tens) + 1 if tens else 1) * 10 + (_DIGITS.index(units) + 1 if units else 0)
