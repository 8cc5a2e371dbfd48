"""What one line is, read off the line alone: a date, a source line, a byline, a caption, a heading…

Each kind is a pattern a reader recognises without context.  Context — where
the line stands, what surrounds it — is for ``segment`` and ``headers`` to weigh.
Every pattern here is anchored at both ends and has bounded repetition, so its
time is linear in the line (``tests/importer/test_patterns_linear.py``).

To teach the importer a new form (another agency's dateline, another label),
add it to the pattern or word list below and a line to the tests that names it.
"""

from __future__ import annotations

import re
from enum import StrEnum
from functools import lru_cache

from reader.importer.bylines import (
    parse_byline_line,
    parse_credit_line,
    parse_dateline,
    parse_people,
    split_glued_names,
)
from reader.importer.names import is_issuer, looks_like_name
from reader.importer.script import restored, simplified
from reader.importer.text import (
    CAPTION,
    SOURCE_NOTE,
    ends_sentence,
    find_editor_code,
    is_heading_like,
)


class Kind(StrEnum):
    SOURCE = "source"  # 《人民日报》（2025年10月20日 第 06 版）: where this article was printed
    SOURCE_NOTE = "source_note"  # (原载2024年9月30日《驻马店日报》T03版): where it was first printed
    LABEL = "label"  # 来源：湖南日报 / 时间：2026-02-24 / 来源: (value on the next line)
    DATE = "date"  # a date standing alone: 2013年02月19日, 2026-02-03 09:02:33, （2023年4月12日）
    OCCASION = "occasion"  # ——2026年1月26日在广东省第十四届人民代表大会第五次会议上
    SPEAKER = "speaker"  # 广东省省长 孟凡利
    BYLINE = "byline"  # 本报记者 李心萍 郑智文 / 報導．攝影╱向高彬
    ROLE = "role"  # 本报记者 (names on the following lines)
    NAME = "name"  # 李心萍 / 艾 平: a person's name alone
    CHAR = "char"  # 李: one Han character alone, half of a padded name split over two lines
    DATELINE = "dateline"  # 本报北京10月19日电（记者 王丹）…: the opening of a news report
    CREDIT = "credit"  # 本报记者 王尧 摄 / 卢汉欣摄: who took the photo
    CAPTION = "caption"  # 图① … / 秦玉珍（右二）擔憂… / …本报记者 戴冰摄
    FIELD = "field"  # 基金會編號：A2995: a label with a code or number, part of the text, never a heading
    HEADING = "heading"  # a short line without clause punctuation: title, kicker, sub-heading
    TEXT = "text"  # running text


HEADER_KINDS = frozenset(
    {
        Kind.SOURCE,
        Kind.LABEL,
        Kind.DATE,
        Kind.OCCASION,
        Kind.SPEAKER,
        Kind.BYLINE,
        Kind.ROLE,
        Kind.NAME,
        Kind.CHAR,
    }
)
"""Kinds that stand between a title and the body of an article."""

_DATE_CORE = r"\d{4}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日"
_CN_DIGIT = "〇○零一二三四五六七八九"
ROC_DATE = (
    r"(?:中華民國|中华民国|民國|民国)\s?(?:\d{2,3}\s?年\s?\d{1,2}\s?月\s?\d{1,2}"
    r"|[" + _CN_DIGIT + r"]{2,3}\s?年\s?[一二三四五六七八九十]{1,3}\s?月\s?[一二三四五六七八九十]{1,3})\s?日"
    r"|(?<![\d.])1[0-4]\d[-/.](?:0[1-9]|1[0-2])[-/.](?:0[1-9]|[12]\d|3[01])(?![\d.])"
)
"""A day in Taiwan's calendar (民國 year + 1911): ``中華民國113年1月20日``, ``民國一一三年一月二十日``,
``113.01.20`` / ``113-01-20`` (a three-digit year from 100 — 2011 — with a two-digit month and day, as
Taiwan's sites print them; no other number has that shape)."""
_SOURCE = re.compile(
    r"^《(?P<pub>[^《》]{1,20})》\s?[（(]\s?(?P<date>" + _DATE_CORE + r")\s?"
    r"(?:第\s?(?P<page>[0-9A-Za-z]{1,4})\s?版)?[^（）()《》]{0,12}[）)]$"
)
_PLAIN_SOURCE = re.compile(
    r"^(?P<pub>[\u4e00-\u9fff]{2,10}(?:日报|晚报|时报|日報|晚報|時報))\s?(?P<date>" + _DATE_CORE + r")"
    r"\s?(?:第\s?(?P<page>[0-9A-Za-z]{1,4})\s?版)?$"
)
_DATE_LINE = re.compile(
    r"^[（(]?(?:" + _DATE_CORE + r"|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|" + ROC_DATE + r")"
    r"(?:\s?(?:星期|周|週|禮拜)[一二三四五六日天])?"
    r"(?:\s{0,3}\d{1,2}\s?[:：时時]\s?\d{1,2}(?:\s?[:：分]\s?(?:\d{1,2}\s?秒?)?)?)?[)）]?"
    r"(?:\s{0,3}[·•|｜]\s{0,3}[^\s·•|｜：:，。]{2,20}|(?<=[\d日])\s{1,3}[\u4e00-\u9fff]{2,12}"
    r"(?:\s{1,3}[\u4e00-\u9fff]{2,12})?(?:\s{1,3}\d{1,7}){0,2})?$"
)
"""A date, maybe its time and its source: ``2019-05-17 · 苏皖城市报道``, ``2018年12月28日 19:55 新京报``."""
_SOURCE_THEN_DATE = re.compile(
    r"^[\u4e00-\u9fff]{2,12}\s{1,3}\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s{1,3}\d{1,2}:\d{2}(?::\d{2})?$"
)
_ADOPTED_LINE = re.compile(
    r"^[（(]\s?" + _DATE_CORE + r"[^（）()]{2,160}?(?:通过|通過|批准|修正|修订|修訂|公布|施行)\s?[)）]$"
)
"""``（2021年10月23日第十三届全国人民代表大会常务委员会第三十一次会议通过）`` under a law's, a decision's or
a 任免名单's title: the day it was adopted (a date line under the title, never a title itself)."""
_MONTH_LINE = re.compile(r"^[（(]?\d{4}\s?年(?:\s?\d{1,2}\s?月)?[)）]?$")
_OCCASION_LEAD = r"^(?:——|—|――|―|－－|-{2,4}|──)?\s?"
"""The dash before an occasion: ``——`` as typed, two bars (``――``, U+2015), or hyphens (``--``, ``----``)."""
_OCCASION = re.compile(
    _OCCASION_LEAD + r"(?P<open>[（(])?(?P<date>" + _DATE_CORE + r")\s?在[^。！？；;]{2,60}?"
    r"(?:会议|大会|会|典礼|仪式|论坛|峰会|开幕式|闭幕式|年会|研讨班|座谈会)上"
    r"(?:的(?:讲话|报告|发言|致辞|工作报告|主旨演讲))?(?(open)[)）])$"
)
"""``——2026年1月26日在…会议上``; or in brackets under the title (``（2026年1月27日在…会议上）``)."""
_OCCASION_START = re.compile(_OCCASION_LEAD + r"[（(]?" + _DATE_CORE + r"\s?在")
_POST_SUFFIXES = (
    "长", "長", "书记", "書記", "主任", "主席", "委员", "委員", "总理", "總理",
    "代表", "秘书长", "理事长", "局长", "发言人", "發言人",
)  # fmt: skip
_SPEAKER = re.compile(
    r"^(?P<post>[\u4e00-\u9fff、]{1,24})[ \u3000\u2002]{1,4}(?:[“”\"][ \u3000]?)?"
    r"(?P<name>[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff]"
    r"|[\u4e00-\u9fff]{1,6}[·・][\u4e00-\u9fff]{1,8})$"
)
"""``广东省省长 孟凡利``; OCR may read a speck in the gap as a quotation mark (``副县长 ”周建明``); a
two-character name spaced to three characters' width (``上海市市长 龚 正``) or written with a middle dot
(``自治区主席 艾尔肯·吐尼亚孜``)."""
_GLUED_SPEAKER = re.compile(
    r"^(?P<post>[\u4e00-\u9fff]{2,24}?(?:发言人|發言人|书记|書記|主任|主席|省长|市长|县长|区长|州长|镇长|乡长"
    r"|省長|市長|縣長|區長|局长|局長|部长|部長|厅长|廳長|秘书长|秘書長|总理|總理))(?P<name>[\u4e00-\u9fff]{2,3})$"
)
_LABEL = re.compile(r"^(?P<label>[\u4e00-\u9fff\u2002\u3000 ]{1,8}?)\s?[:：]\s?(?P<value>.{0,80})$")
LABELS: dict[str, str] = {
    "来源": "source", "來源": "source", "稿源": "source", "信息来源": "source", "出处": "source",
    "原标题": "title", "原題": "title", "原標題": "title",
    "出處": "source", "时间": "date", "時間": "date", "发布时间": "date", "發佈時間": "date",
    "發布時間": "date", "发布日期": "date", "發布日期": "date", "日期": "date", "生成日期": "date",
    "成文日期": "date", "发文日期": "date", "更新时间": "date", "更新時間": "date", "作者": "author",
    "撰稿": "author", "撰文": "author", "采写": "author", "执笔": "author", "文": "author", "文字": "author",
    "编辑": "editor", "編輯": "editor", "责任编辑": "editor",
    "責任編輯": "editor", "责编": "editor", "本版责编": "editor", "编审": "editor", "校对": "editor",
    "审核": "editor", "主办": "owner", "承办": "chrome", "发布机构": "owner", "发文机关": "owner",
    "索引号": "info", "主题分类": "info", "公开方式": "info", "公开时限": "info", "公开范围": "info",
    "责任部门": "info", "文号": "info", "访问量": "info", "浏览次数": "info", "点击数": "info",
    "阅读": "info", "关联稿件": "info", "图文解读": "info", "相关解读": "info", "政策解读": "info",
    "更新时间戳": "info", "字号": "chrome", "字体": "chrome", "分享": "chrome", "分享到": "chrome",
    "相关报道": "chrome", "相关链接": "chrome", "相关附件": "chrome", "附件": "chrome", "相关文档": "chrome",
    "您的位置": "chrome", "您当前所在位置": "chrome", "当前位置": "chrome", "所在位置": "chrome",
    # the same labels as other sites word them
    "来源于": "source", "文章来源": "source", "稿件来源": "source", "新闻来源": "source",
    "来源单位": "source", "供稿单位": "source", "供稿": "source", "稿件來源": "source",
    "文章來源": "source", "新聞來源": "source",
    "发表时间": "date", "发稿时间": "date", "发布于": "date", "录入时间": "date", "更新日期": "date",
    "上传时间": "date", "添加时间": "date", "刊发时间": "date", "公布日期": "date", "印发日期": "date",
    "發表時間": "date", "發稿時間": "date", "刊登日期": "date", "撰稿人": "author", "供稿人": "author",
    "最后更新": "date", "最後更新": "date",
    "初审": "editor", "复审": "editor", "终审": "editor", "审校": "editor", "审稿": "editor",
    "核稿": "editor", "签发": "editor", "值班编辑": "editor", "网络编辑": "editor", "编发": "editor",
    "图片": "editor", "摄影": "editor", "版式": "editor", "美编": "editor",
    "点击": "info", "点击量": "info", "点击次数": "info", "点击率": "info", "浏览量": "info", "浏览": "info",
    "阅读量": "info", "阅读次数": "info", "访问次数": "info", "信息分类": "info", "有效性": "info",
    "组配分类": "info", "体裁分类": "info", "字体大小": "chrome", "字号调整": "chrome",
    # a paper's or a page's day of issue, and the traditional forms of the page labels above
    "出版日期": "date", "出版时间": "date", "出版時間": "date", "资料来源": "source", "資料來源": "source",
    "瀏覽": "info", "瀏覽次數": "info", "瀏覽量": "info", "點擊": "info", "點擊數": "info", "點擊量": "info",
    "點擊次數": "info", "閱讀": "info", "閱讀量": "info", "閱讀次數": "info", "訪問量": "info",
    "訪問次數": "info", "審核": "editor", "責編": "editor", "校對": "editor", "發佈機構": "owner",
    "發布機構": "owner", "主辦": "owner", "字號": "chrome", "字體": "chrome", "字體大小": "chrome",
    "當前位置": "chrome", "相關附件": "chrome",
    # a 数字报 page's line under each title: 刊发日期:… 阅读次数: 作者: 语音阅读: (a read-aloud button)
    "刊发日期": "date", "刊發日期": "date", "语音阅读": "chrome", "語音閱讀": "chrome",
    "本文字数": "info", "本文字數": "info",  # an e-paper's count of the article's characters
}  # fmt: skip
_ANY_LABEL = re.compile(
    "(" + "|".join(sorted((re.escape(label) for label in LABELS), key=len, reverse=True)) + r")\s?[:：]"
)
_ROLE_ONLY = re.compile(
    r"^(?:本[报報]|[\u4e00-\u9fff]{2,8}(?:日[报報]|晚[报報]|[报報]社|社|台|网|網|融媒体中心|新闻中心))?"
    r"(?:特约|特約|见习|見習|实习|實習|首席|摄影|攝影|全媒体|全媒體)?(?:记者|記者|通讯员|通訊員)$"
)
_GLUED_CREDIT = re.compile(
    r"^(?P<name>[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff][ \u3000]{1,2}[\u4e00-\u9fff])\s?[摄攝](?:影)?"
    r"(?:[（(][^（）()]{1,12}[)）])?$"
)
"""``卢汉欣摄``, ``徐江海摄（人民视觉）``; a two-character name spaced to three characters' width too
(``周  亮摄``)."""
_SENTENCE_THEN_CREDIT = re.compile(
    r"(?:[。！？”」]|[①-⑳]\d{0,2})\s*(?P<names>(?:[\u4e00-\u9fff]{2,4}\s{0,2}){1,3}?)\s?[摄攝]$"
)
"""``…祝福老师节日快乐。 王铮 杨东辉 摄``: a caption signed by its photographers."""
_SENTENCE_THEN_TAIL = re.compile(r"[。！？”」](?P<tail>[^。！？”」]{2,24})$")
"""``…作业。　　罗  金摄``: what follows a caption's last sentence — its credit, when it reads as one alone
(a two-character name padded to three, an agency's role two spaces before the name, an office's 供图)."""
_PICTURE_GIVEN = re.compile(r"^[\u4e00-\u9fff]{2,12}(?:供图|供圖)$")
"""``某某局供图``, ``受访者供图``: who gave the picture, a credit as ``… 摄`` is."""
_POSITION_MARK = re.compile(
    r"[（(](?:[左右中前后後上下]|[左右][一二三四五六七八九十\d]{1,2}|前排|后排|後排|中间|中間)[)）]"
)
_PHOTO_CREDIT_END = re.compile(
    r"(?:记者|記者|通讯员|通訊員|摄影|攝影)\s?"
    r"(?:[\u4e00-\u9fff·・]{2,8}|[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff])\s?[摄攝]$"
)
"""``…本报记者 戴冰摄``; the name spaced to three characters' width too (``…本报全媒体记者 林 君摄``)."""
_SENTENCE_THEN_REPORTER = re.compile(
    r"[。！？]\s{0,2}[\u4e00-\u9fff·・/／]{0,16}?(?:记者|記者)\s?(?P<name>[\u4e00-\u9fff]{2,3})$"
)
"""``某某作政府工作报告。新甘肃·甘肃日报记者 盛学卿``: a caption's sentence, then the outlet, 记者 and the
photographer's name, with no 摄 after it."""
_SLASH_BYLINE = re.compile(
    r"^(?P<roles>[\u4e00-\u9fff．.·•・‧、]{1,12})\s?[╱/／]\s?(?P<names>[\u4e00-\u9fff·・ 、]{2,40})$"
)
_NAMES_SLASH_ROLE = re.compile(
    r"^(?P<names>[\u4e00-\u9fff·・ 、]{2,40}?)\s?[╱/／]\s?(?P<roles>[\u4e00-\u9fff．.·•・‧、]{1,12})$"
)
"""``簡慧珍 / 報導``: the names first, then what they did (a Taiwanese paper's byline line)."""
SLASH_ROLES = frozenset(
    """報導 报道 报导 攝影 摄影 文 圖 图 撰文 文字 採訪 采访 整理 記者 记者 編輯 编辑
    采写 採寫""".split()  # noqa: SIM905 - a word list reads best as words
)
_SPLIT_ROLES = re.compile(r"[．.·•・‧、]")
_MAX_HEADING = 50
_MAX_FIGURE = 24
_FIGURE_ALONE = re.compile(r"^[-+−－＋±]?[0-9０-９][0-9０-９.,．，]*[%％‰]?$")


def figure_alone(text: str) -> bool:
    """``6.42``, ``1575``, ``-3.8``, ``12.5%``, ``２４６０``: a line that is only a figure — a table's cell
    drawn one cell a line, or a number an extractor cut out of its sentence.  A header made of such lines only
    is no headline (one may end a headline wrapped before its figure: ``…出口同比增长`` / ``18%``)."""
    return len(text) <= _MAX_FIGURE and _FIGURE_ALONE.match(text) is not None


_RFC_DATE = re.compile(
    r"^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}"
    r"(?: \d{1,2}:\d{2}(?::\d{2})?)?(?: (?:GMT|UTC|[+-]\d{4}))?$"
)
DOCUMENT_NUMBER = re.compile(
    r"^[\u4e00-\u9fff]{1,14}\s?[〔\[［（(【]\s?\d{4}\s?[〕\]］）)】]\s?第?\s?\d{1,5}\s?[号號]$"
)
"""A document's number (发文字号): ``驻政〔2024〕12号``, ``国办发[2023]5号``."""
_FIELD = re.compile(r"^[\u4e00-\u9fff]{2,8}\s?[：:]\s?[A-Za-z0-9][A-Za-z0-9\-_/.#]{0,29}$")


@lru_cache(maxsize=8192)
def kind_of(text: str) -> Kind:
    """The kind of a line by its text alone (``text`` stripped of edge white space), in either script."""
    kind = _kind_of(text)
    if kind not in (Kind.TEXT, Kind.HEADING):
        return kind
    simple = simplified(text)  # 記者 … read as 记者 …: the words' own traditional forms are tried first
    return _kind_of(simple) if simple != text else kind


def _kind_of(text: str) -> Kind:
    first = text[0]
    marked = _marked_kind(text) if first in "□■◎●◆★▲▼▶※据據转轉摘文▍▌▎" else None
    if marked is not None:
        return marked
    source = _source_kind(text)
    if source is not None:
        return source
    if _dated(text):
        return Kind.DATE
    if first.isdecimal() and dated_byline(text):
        return Kind.BYLINE  # 2024/10/12　簡慧珍 / 報導: the day, then who reported
    if (first.isdecimal() or first in "—―－-─（(") and (_OCCASION.match(text) or split_occasion(text)):
        return Kind.OCCASION
    if first == "本" and (parse_dateline(text) or _BENBAO_XUN.match(text)):
        return Kind.DATELINE
    if first in "(（" and parse_dateline(text):
        return Kind.DATELINE  # （记者冯芸）百年大计…
    opening = dateline_opening(text)
    if opening:
        rest = text[len(opening) :].lstrip()
        # 中新社北京11月1日电 题：…: a wire story's header, naming its title; its text follows
        return Kind.SOURCE_NOTE if rest.startswith(("题：", "题:", "題：")) else Kind.DATELINE
    if ("\t" in text or first == "|") and is_table_row(text):
        return Kind.FIELD  # 先进制造⇥９⇥２６.４, |类别|数|: a table's row, part of the text, never a title
    if len(text) <= 4 and (code := find_editor_code(text)) is not None and code.start() == 0:
        return Kind.FIELD  # ②5 alone: an editor's code the column put on a line of its own
    if len(text) <= 60:
        found = _short_kind(text)
        if found is not None:
            return found
    if _is_caption(text):
        return Kind.CAPTION
    if len(text) <= _MAX_HEADING and is_heading_like(text):
        return Kind.HEADING
    return Kind.TEXT


def is_table_row(text: str) -> bool:
    """``类别⇥项目数⇥总投资``, ``|先进制造|９|２６.４|``: a row of a table a converter wrote as text —
    three or more cells apart by tabs (Word's plain-text save), or two or more between pipes that open and
    close the line (a print or a Markdown table); each cell short, no cell a sentence.  Such a row is the
    item's text however short it is: read as a heading, a table's rows became an article's title.  Safe:
    a Word list's glyph or number before its title (``◆⇥…``, ``1.⇥…``) makes two cells, not three."""
    if text[0] == "|":
        if len(text) < 3 or text[-1] != "|":
            return False
        cells = text[1:-1].split("|")
        needed = 2
    else:
        cells = text.split("\t")
        needed = 3
    cells = [cell.strip() for cell in cells]
    return (
        len(cells) >= needed
        and all(cells)
        and all(len(cell) <= _TABLE_CELL and not ends_sentence(cell) for cell in cells)
    )


_TABLE_CELL = 24


def is_adoption_line(text: str) -> bool:
    """``（2021年10月23日…会议通过）``: the day a law, a decision or a 名单 was adopted — a date line under
    its title, but not the day of the issue that prints it (a gazette reprints it weeks later)."""
    return _ADOPTED_LINE.match(text) is not None


def dated_byline(text: str) -> tuple[str, str] | None:
    """``2025/01/30　記者:李翔熹 報導`` → ``('2025/01/30', '記者:李翔熹 報導')``: a day and a byline on one
    line under a title, as a paper's page or a web copy of it sets them; ``None`` otherwise."""
    match = _DAY_THEN_REST.match(text)
    if match is None:
        return None
    rest = match.group("rest")
    return (match.group("day"), rest) if kind_of(rest) is Kind.BYLINE else None


_DAY_THEN_REST = re.compile(
    r"^(?P<day>\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日)"
    r"[ \u3000]{1,4}(?P<rest>\S.{1,40})$"
)


def _dated(text: str) -> bool:
    """The text is a date line by its patterns: ``kind_of`` calls it a date unless an earlier test (a
    marker, a source) claims the line first — and it calls nothing else a date."""
    first = text[0]
    if (first.isdecimal() or first in "(（民中") and (_DATE_LINE.match(text) or _MONTH_LINE.match(text)):
        return True
    if first in "(（" and _ADOPTED_LINE.match(text):
        return True  # （2021年10月23日…第三十一次会议通过）: the day a law, a decision or a 名单 was adopted
    if first in "MTWFS" and _RFC_DATE.match(text):
        return True  # Mon, 01 Nov 2021 02:46:58 GMT (a feed's date)
    if "\u4e00" <= first <= "\u9fff" and _POST_LINE.match(text):
        return True  # 原创 青山发布 2025年11月03日 18:30 浙江: a WeChat post's line under its title
    # 中国网 2019-11-25 10:37:31: the source, then the day and time
    return "\u4e00" <= first <= "\u9fff" and text[-1].isdigit() and _SOURCE_THEN_DATE.match(text) is not None


_POST_LINE = re.compile(
    r"^(?:原创\s{1,3})?(?:[^\s\d]{1,20}\s{1,3}){1,2}(?:" + _DATE_CORE + r"|\d{4}-\d{1,2}-\d{1,2})"
    r"\s{1,3}\d{1,2}:\d{2}(?:\s{1,3}(?:发表于)?[\u4e00-\u9fff]{2,8})?$"
)
"""``原创 青山发布 青山发布 2025年11月03日 18:30 浙江``, ``青山发布 2025-11-03 18:30 发表于浙江``: a WeChat
post's account, day, time and province, as a copy of the page gives them (the time makes it a post's)."""


def post_account(text: str) -> str | None:
    """The account a WeChat post's line names (``原创 青山发布 青山发布 2025年11月03日 18:30 浙江`` →
    青山发布: the writer, when there is one, comes first, the account last before the day), or ``None``."""
    if not _POST_LINE.match(text):
        return None
    tokens = text.split()
    tokens = tokens[1:] if tokens[0] == "原创" else tokens
    day = next(k for k, token in enumerate(tokens) if token[0].isdecimal())
    return tokens[day - 1]


def is_date_line(text: str) -> bool:
    """``kind_of(text) is Kind.DATE``, without classifying the lines no date pattern matches (most
    lines: a test or two instead of the whole classification, which only ``_dated`` can make a date)."""
    return _dated(text) and kind_of(text) is Kind.DATE


def _source_kind(text: str) -> Kind | None:
    """Where the text was printed, or which document it is."""
    if text[0] in "《" and _SOURCE.match(text):
        return Kind.SOURCE
    if text[0] in "(（" and SOURCE_NOTE.match(text):
        return Kind.SOURCE_NOTE
    if text[0] in "(（" and text[-1] in ")）" and is_issuer(text[1:-1].strip()):
        return Kind.SOURCE_NOTE  # （县农业技术推广中心） under a title: the office that supplied the item
    if text[-1] in "号號" and DOCUMENT_NUMBER.match(text):
        return Kind.SOURCE_NOTE  # 驻政〔2024〕12号: which document this is
    if text[0] == "本" and _REPOST_NOTE.match(text):
        return Kind.SOURCE_NOTE  # 本文转自：参考消息: where a reposted text was taken from
    return None


_REPOST_NOTE = re.compile(
    r"^本文(?:转自|轉自|转载自|轉載自|摘自|选自|選自|来源|來源|来自|來自)\s?[:：]?\s?[^。，,]{2,30}[；;。]?$"
)


_TITLE_MARKS = "●◆◇★☆▲▶►▍▌▎"
_MARKED_TITLE = re.compile(rf"^[{_TITLE_MARKS}]\s?(?=[^，,]*(?:[，,][^，,]*){{0,2}}$)[^。；;]{{4,50}}$")
"""``◆研途有你…``, ``▍深圳市宝安区政协召开提案交办会`` (the bar a WeChat post sets before a title)."""


def _marked_kind(text: str) -> Kind | None:
    """Lines whose first character changes what they are: a page's marker, a bracket's tail."""
    if text[0] in "◎●◆★▲▼▶※文" and parse_byline_line(text) is not None:
        return Kind.BYLINE  # ◎记者 张三, 文/图 记者 张三
    if text[0] in _TITLE_MARKS and _MARKED_TITLE.match(text):
        return Kind.HEADING  # ◆研途有你，公管学院举办考研经验分享交流会: a bulletin's item title
    if text[0] in "□■":
        if len(text) <= 2:
            return None
        if parse_byline_line(text) is not None:
            return Kind.BYLINE  # □ 桂园小区居民　王德厚: who the writer is, then the name
        rest = kind_of(text[1:].lstrip())  # □本报记者张靖…, □师者之尊缘自用心: a marker before the line
        if rest is Kind.NAME and text[0] == "■":
            return Kind.BYLINE  # ■田冲: an e-paper's writer, a name alone behind the black square
        return rest if rest in (Kind.BYLINE, Kind.ROLE, Kind.HEADING) else Kind.TEXT
    if len(text) <= 40 and text[-1] in ")）" and _ATTRIBUTION_TAIL.match(text):
        return Kind.TEXT  # ``据新华社郑州9月9日电）``: the rest of a bracket opened on the line above
    return None


def _short_kind(text: str) -> Kind | None:
    if _PLAIN_SOURCE.match(text):
        return Kind.SOURCE
    if text[-1] in "摄攝" and (parse_byline_line(text[:-1]) is not None or _glued_role_credit(text)):
        return Kind.CREDIT  # 新华社记者 卢汉欣摄, 咸宁日报全媒体记者袁灿摄
    if text[-1] in "图圖" and _PICTURE_GIVEN.match(text):
        return Kind.CREDIT  # 某某局供图: the office that gave the picture
    split = split_trailing_source(text) if text.endswith(("）", ")")) else None
    if split is not None and (parse_byline_line(split[0]) is not None or name_tokens(split[0]) is not None):
        return Kind.BYLINE  # 本报记者 王浩骅 周 欢《人民日报》（2025年03月08日第 05 版）, or the name alone
    if label_of(text) is not None:
        return Kind.LABEL
    if _FIELD.match(text):
        return Kind.FIELD
    if _ROLE_ONLY.match(text):
        return Kind.ROLE
    if parse_credit_line(text) is not None or _glued_credit(text) or _names_credit(text):
        return Kind.CREDIT
    if parse_byline_line(text) is not None or slash_byline(text) is not None:
        return Kind.BYLINE
    if speaker(text) is not None:
        return Kind.SPEAKER
    if labelled_names(text):
        return Kind.FIELD  # 副 书 记：蔡雅琴　龚立新: a list's post and who holds it, part of the text
    if len(text) == 1 and "\u4e00" <= text <= "\u9fff":
        return Kind.CHAR
    if name_tokens(text) is not None and text not in _NOTICE_WORDS:
        return Kind.NAME
    return None


_NOTICE_WORDS = frozenset({"公示", "公告", "敬告", "简讯", "簡訊"})
"""A notice's heading word alone (a page's box of public notices) or a brief column's bare name, never a
person though 公, 敬 and 简 are surnames."""


_MASTHEAD = re.compile(
    r"^《?([\u4e00-\u9fff]{2,12}(?:日报|晚报|时报|商报|日報|晚報|時報)"
    r"|[\u4e00-\u9fff]{0,12}(?:简报|簡報|快报|快報|周报|週報|政务信息|政務信息|工作动态|工作動態|信息专报|信息專報"
    r"|专报|專報|要情|参阅|參閱|通讯|通訊|内参|內參|公报|公報|政报|政報|摘编|摘編|摘录|摘錄|汇编|彙編|选编|選編"
    r"|动态|動態|月报|月報|旬报|旬報)"
    r"|[\u4e00-\u9fff]{2,24}(?:会议|會議|大会|大會)(?:简报|簡報|快报|快報))》?$"
)
_MEETING_NAME = re.compile(r"^[\u4e00-\u9fff]{2,24}(?:会议|會議|大会|大會)(?:简报|簡報|快报|快報)$")
"""A paper's or bulletin's name; a meeting's bulletin carries the meeting's whole name (``市第十六届人民代表
大会第四次会议简报``), longer than other names."""
_SPACED = re.compile(
    r"^[\u4e00-\u9fff](?:[ \u3000]{1,3}[\u4e00-\u9fff]){1,11}$"
    r"|^[\u4e00-\u9fff](?:[ \u3000]{4,24}[\u4e00-\u9fff]){1,3}$"
)
"""``政 务 信 息``, ``简            报``: a masthead set in spaced-out characters, however wide."""
OWNER_LINE = re.compile(r"^[\u4e00-\u9fff]{2,20}(?:主办|主辦)(?:\s|$)")
"""``青禾县融媒体中心主办　2025年10月9日``: the line under an e-paper's name naming who runs the paper."""
SPECIAL_ISSUE = re.compile(r"^[\u4e00-\u9fff]{0,16}(?:专刊|專刊|增刊|特刊|专辑|專輯|专号|專號)$")
"""``乡村振兴示范创建专刊``, ``增刊``: what kind of special issue a masthead is, on a line of its own between
the name and the number."""
ISSUE_NUMBER = re.compile(
    r"^(?:\d{4}\s?年\s?)?第\s?[\d一二三四五六七八九十百零〇]{1,5}(?:\s?[—–\-－~～、至]\s?[\d一二三四五六七八九十百零〇]{1,5})?"
    r"\s?期(?:\s?合刊)?(?:\s?[（(]总第\s?\d{1,5}(?:\s?[—–\-－~～、至]\s?\d{1,5})?\s?期[)）])?"
)
"""``第15期（总第236期）``, and a 合刊's range ``2026年第3—4期合刊（总第41—42期）``."""


def masthead_name(text: str) -> str | None:
    """``驻马店日报``, ``政 务 信 息`` → ``政务信息``: a paper's or bulletin's name standing alone."""
    if _SPACED.match(text):
        text = "".join(text.split())
    match = _MASTHEAD.match(text)
    return match.group(1) if match else None


def name_with_number(text: str) -> str | None:
    """``某某信息摘报　2022年第42期（总第318期）``, ``某某工作动态（第12期）``: the name of an issue printed
    with its number on one line, or ``None``."""
    bracketed = _NAME_BRACKETED_NUMBER.match(text)
    name = "".join(bracketed.group(1).split()) if bracketed else ""
    if bracketed and (len(bracketed.group(1)) <= _NAME_CHARS or _MEETING_NAME.match(name)):
        named = bare_name(name) or (name if _MEETING_NAME.match(name) else None)
        return named if ISSUE_NUMBER.match(bracketed.group(2)) else None
    quoted = _QUOTED_NAME_NUMBER.match(text) if "“" in text or "「" in text else None
    if quoted:
        return "".join(quoted.group(1).split()) if ISSUE_NUMBER.match(quoted.group(2)) else None
    name, _, number = " ".join(text.translate(_NAME_BARS).split()).partition(" ")  # 政协信息丨2023年第3期
    return bare_name(name) if number and ISSUE_NUMBER.match(number) else None


_NAME_BARS = str.maketrans(dict.fromkeys("丨｜|", " "))
"""What a WeChat title sets between a bulletin's name and its number: the hanzi 丨, a full-width or ASCII
bar."""


_QUOTED_NAME_NUMBER = re.compile(
    r"^([\u4e00-\u9fff]{0,8}[“「][\u4e00-\u9fff、，·]{2,16}[”」][\u4e00-\u9fff]{2,10})\s?[（(]([^（()）]{2,20})[)）]$"
)
"""``“改革创新、奋发有为”大讨论简报（第4期）``: a special-topic bulletin named by its campaign's slogan."""


def bare_name(text: str) -> str | None:
    """A short line of Han characters only (no punctuation, no digits), spaces dropped: a name."""
    name = "".join(text.split())
    return name if _BARE_NAME.match(name) else None


_NAME_BRACKETED_NUMBER = re.compile(
    r"^([^（()）]{2,28})[（(]([^（()）]{2,20}(?:[（(][^（()）]{2,12}[)）])?)[)）]$"
)  # 某某工作动态（第12期）, a meeting's 简报（第2期）, 某某政务信息（2011年第9期（总第57期））:
# one bracket may stand inside
_BARE_NAME = re.compile(r"^[\u4e00-\u9fff]{2,12}$")
_NAME_CHARS = 12
_LIST_BULLETS = "•▪◦ "
_RUN_ON_LABELS = frozenset(
    {
        "来源",
        "來源",
        "信息来源",
        "稿源",
        "作者",
        "编辑",
        "編輯",
        "责任编辑",
        "責任編輯",
        "发布时间",
        "时间",
        "日期",
    }
)
_DATED_LABELS = re.compile(
    r"^(?P<date>\d{4}\s?[年\-/.]\s?\d{1,2}\s?[月\-/.]\s?\d{1,2}\s?日?\s?(?:\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?)"
    r"\s*(?:来源|來源|作者|编辑|編輯|稿源|字号|字號)\s?[:：]"
)


def label_of(text: str) -> tuple[str, str, str] | None:
    """``来源：湖南日报`` → ``('来源', 'source', '湖南日报')``; a label alone gives an empty value.  In
    either script: ``圖片：梅帥`` is read as ``图片：梅帅``, its value given as printed."""
    if "：" not in text and ":" not in text:
        return None
    text = text.lstrip(_LIST_BULLETS)  # ``• 时间：…``: a text browser's list item
    if text[:1] in "(（" and text[-1:] in ")）":
        inner = label_of(text[1:-1].strip())  # (作者:戴军　中央纪委宣传部): a writer's label in brackets
        return inner if inner is not None and inner[1] == "author" else None
    found = _label_of(text)
    if found is not None or (simple := simplified(text)) == text:
        return found
    read = _label_of(simple)
    return read and (read[0], read[1], restored(read[2], text))


def _label_of(text: str) -> tuple[str, str, str] | None:
    match = _LABEL.match(text)
    if not match:
        dated = _DATED_LABELS.match(text)
        return labels_in(text)[1] if dated else None
    label = "".join(match.group("label").split())
    meaning = LABELS.get(label) or ("chrome" if label.endswith("位置") else None)  # 您现在的位置：
    if meaning is None:
        return None
    found = labels_in(text) if label in LABELS else []
    value = found[0][2] if found and found[0][0] == label else match.group("value").strip()
    return label, meaning, value


def labels_in(text: str) -> list[tuple[str, str, str]]:
    """Each ``label：value`` of a line: ``来源： 访问量：199 发布日期：2017-05-15`` holds three, one empty.

    A line opening with the date before its labels (``2010年09月10日09:14来源:大河网``) gives the date
    first, as a ``时间`` label.  A text browser's list bullet before the line (``• 时间：…``) is read past.
    In either script: when the simplified reading holds more labels (``圖片：劉佳妮`` is ``图片：…``), its
    labels are given, each value as printed (the reading keeps every offset)."""
    text = text.lstrip(_LIST_BULLETS)
    found = _labels_in(text, text)
    simple = simplified(text)
    if simple == text:
        return found
    more = _labels_in(simple, text)
    return more if len(more) > len(found) else found


def _labels_in(text: str, printed: str) -> list[tuple[str, str, str]]:
    """The labels found in ``text``, their values cut from ``printed`` (``text`` or its simplified twin)."""
    dated = _DATED_LABELS.match(text)
    if dated:
        at = dated.end("date")
        rest = len(text[at:]) - len(text[at:].lstrip())
        return [("时间", "date", printed[:at].strip()), *_labels_in(text[at + rest :], printed[at + rest :])]
    every = list(_ANY_LABEL.finditer(text))
    labelled = bool(every) and every[0].start() == 0  # a line of labels: 来源：…作者：… need no space
    marks = [
        m
        for m in every
        if m.start() == 0
        or text[m.start() - 1] in " \u3000|｜"
        or (labelled and m.group(1) in _RUN_ON_LABELS)
    ]
    found = []
    for k, match in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else len(text)
        label = "".join(match.group(1).split())
        found.append((label, LABELS[label], printed[match.end() : end].strip()))
    return found


def chart_credit(text: str) -> bool:
    """``数据来源：南岭县商务局　　制    图：林  溪``, ``数据来源：…`` or ``制    图：…`` alone: the
    credits of a chart a web page set under a story's headline (its caption, then a text copy one a line)."""
    if len(text) > _CHART_CREDIT_CHARS or ("：" not in text and ":" not in text):
        return False  # most lines: too long, or no colon to hold a credit's label
    return _CHART_CREDIT.match("".join(text.split())) is not None


_CHART_CREDIT_CHARS = 60
_CHART_CREDIT = re.compile(
    r"^(?:(?:数据|资料)来源[：:][^：:。；，;,]{2,30}?(?=制图[：:]|$))?(?:制图[：:][^：:。；，;,]{1,12})?$"
)
"""With white space removed: a data source, a chart's maker, or both; never empty (``chart_credit``
checks the colon first, and an empty match has none)."""


def source_parts(text: str) -> tuple[str, str, str | None] | None:
    """``《人民日报》（2025年10月20日 第 06 版）`` → ``('人民日报', '2025年10月20日', '06')``."""
    match = _SOURCE.match(text) or _PLAIN_SOURCE.match(text)
    if not match:
        return None
    return match.group("pub").strip(), match.group("date"), match.group("page")


def split_trailing_source(text: str) -> tuple[str, str] | None:
    """``本报记者 王浩骅 周 欢《人民日报》（2025年03月08日第 05 版）`` → the byline and the source."""
    start = text.rfind("《")
    if start <= 0 or not _SOURCE.match(text[start:]):
        return None
    return text[:start].rstrip(), text[start:]


def split_occasion(text: str) -> tuple[str, str] | None:
    """``2026年1月27日在…会议上 陕西省省长 赵刚`` → the occasion and the speaker, printed on one line; in
    either script (``…會議上 陝西省省長 趙剛``), the parts as printed."""
    found = _split_occasion(text)
    if found is not None or (simple := simplified(text)) == text:
        return found
    read = _split_occasion(simple)
    return read and (restored(read[0], text), restored(read[1], text))


def _split_occasion(text: str) -> tuple[str, str] | None:
    if not _OCCASION_START.match(text):
        return None
    cut = text.rfind(" ", 0, text.rfind(" "))
    for k in (cut, text.rfind(" ")):
        if k > 0 and _OCCASION.match(text[:k].rstrip()) and speaker(text[k:].strip()):
            return text[:k].rstrip(), text[k:].strip()
    return None


def speaker(text: str) -> tuple[str, str] | None:
    """``广东省省长 孟凡利`` → ``('广东省省长', '孟凡利')``: the speaker of a report or speech; also
    without the space (``中国载人航天工程新闻发言人武平``) when the post ends in a title and what follows
    it is a name."""
    match = _SPEAKER.match(text)
    if not match:
        glued = _GLUED_SPEAKER.match(text)
        if glued is None or not looks_like_name(glued.group("name")):
            return None
        return glued.group("post"), glued.group("name")
    if not match.group("post").endswith(_POST_SUFFIXES):
        return None
    name = match.group("name").replace(" ", "").replace("\u3000", "")
    # the post vouches for the name: 嘎玛泽登 has no Han surname, and needs none here
    return (match.group("post"), name) if name[-1] not in "区县乡镇村市省州局委办院队部厅" else None


TRAILING_SLASH_BYLINE = re.compile(
    r"(?P<byline>(?:報導|报道|报导|撰文|文|採訪|采访)(?:[．.·•・‧](?:攝影|摄影))?[╱/／][\u4e00-\u9fff·・、]{2,12}"
    r"(?:[ \u3000](?:攝影|摄影|圖|图)[╱/／][\u4e00-\u9fff·・、]{2,12})?)$"
)
"""``…吹涼涼。」報導．攝影╱某某``: a writer's byline run on at the end of a paragraph; also the writer and the
photographer credited apart (``…藥丸。報導╱某甲　攝影╱某乙``)."""


def run_on_slash_byline(text: str) -> re.Match[str] | None:
    """``TRAILING_SLASH_BYLINE`` found after some text of the paragraph's own (a line that is the byline
    alone is no run-on).  A slash among the last characters is asked first: the search runs from every
    position of the line."""
    tail = text[-16:]
    if "╱" not in tail and "/" not in tail and "／" not in tail:
        return None
    match = TRAILING_SLASH_BYLINE.search(text)
    return match if match is not None and match.start() > 0 else None


def slash_byline(text: str) -> list[tuple[str, str]] | None:
    """``報導．攝影╱向高彬`` → ``[('報導．攝影', '向高彬')]``: roles, a slash, then names (or the names
    first: ``簡慧珍 / 報導``)."""
    if "╱" not in text and "/" not in text and "／" not in text:
        return None
    for pattern in (_SLASH_BYLINE, _NAMES_SLASH_ROLE):
        match = pattern.match(text)
        if match and (people := _slash_people(match)):
            return people
    return _slash_pairs(text)


def _slash_pairs(text: str) -> list[tuple[str, str]] | None:
    """``文╱林曉安 攝影╱陳家豪``, ``文／某甲　圖／某乙、某丙``: the text and the photographs credited
    apart, each role with its own slash, the pairs one after another with a space between; every pair must
    be a credit."""
    parts: list[str] = []
    for token in text.split():
        if "╱" in token or "/" in token or "／" in token:
            parts.append(token)
        elif parts:
            parts[-1] += " " + token  # a name padded or listed with spaces stays with its role
        else:
            return None
    if len(parts) < 2:
        return None
    people: list[tuple[str, str]] = []
    for part in parts:
        match = _SLASH_BYLINE.match(part)
        found = _slash_people(match) if match else None
        if not found:
            return None
        people.extend(found)
    return people


def _slash_people(match: re.Match[str]) -> list[tuple[str, str]] | None:
    roles = [part for part in _SPLIT_ROLES.split(match.group("roles")) if part]
    if not roles or not all(role in SLASH_ROLES for role in roles):
        return None
    names = [name for name in re.split(r"[ 、]+", match.group("names")) if name]
    if not names or not all(looks_like_name(name) or "·" in name or "・" in name for name in names):
        return None
    return [(match.group("roles"), name) for name in names]


_LABELLED_NAMES = re.compile(
    r"^(?P<label>[\u4e00-\u9fff](?:[ \u3000]{0,4}[\u4e00-\u9fff]){1,7})"
    r"(?P<note>[（(][^（）()]{1,16}[)）])?[ \u3000]?[：:][ \u3000]?(?P<names>[^：:]{0,60})$"
)
_NAME_SEPARATORS = str.maketrans({"、": " ", "，": " ", ",": " ", "；": " ", ";": " "})


def labelled_names(text: str) -> bool:
    """``书　　记：罗振宇``, ``副 书 记：蔡雅琴　龚立新``, ``委员：王晖、田伟国``: a short label (a post, its
    characters spaced out to line up with the others or not) and the names of who holds it, as a notice of
    an election's results or a list of members prints them, one line a label; and a label with nothing
    after it (``委　　员（按姓氏笔画为序）：``) over a line of names, when it is spaced out or carries a
    note in brackets as such a list's labels do.  The names are the text's, never a heading's."""
    if "：" not in text and ":" not in text:
        return False  # most lines: no label without its colon
    match = _LABELLED_NAMES.match(text)
    if match is None:
        return False
    names = match.group("names")
    if not names.strip():
        label = match.group("label")
        return match.group("note") is not None or len(label) > len("".join(label.split()))
    return names_list(names)


def names_list(text: str) -> bool:
    """``蔡雅琴　龚立新``, ``王　晖　田伟国　阚明月``, ``王晖、田伟国``: people's names and nothing else,
    a space or a 、 between them (a two-character name may be padded to three); at most 24."""
    names = text.translate(_NAME_SEPARATORS).strip()
    tokens = names.split()
    if not tokens or len(tokens) > _MAX_LISTED or any(len(token) > 4 for token in tokens):
        return False
    people = parse_people("记者 " + names)
    return people is not None and all(looks_like_name(person.name) for person in people)


_MAX_LISTED = 24


def name_tokens(text: str) -> list[str] | None:
    """``李心萍  郑智文`` or ``艾 平`` → the names; ``None`` unless every token makes part of a name."""
    tokens = text.split()
    if not tokens or len(tokens) > 6 or any(len(token) > 4 for token in tokens):
        return None
    people = parse_people("记者 " + text)  # the byline parser joins padded halves (唐 翀 → 唐翀)
    if people is None:
        return None
    names = [person.name for person in people]
    return names if all(looks_like_name(name) for name in names) else None


def _names_credit(text: str) -> bool:
    """``王铮 杨东辉 摄``: photographers' names over no role; also behind the rest of an editor's code
    a PDF column cut in two (``3高超 秦林林 摄``, of ``⑧3``)."""
    if text[-1] not in "摄攝":
        return False
    code = _CODE_REST.match(text)
    rest = text[code.end() :] if code else text
    if parse_credit_line(rest) is not None:
        return True
    names = name_tokens(rest[:-1].strip())
    if not names:
        return False
    return all(looks_like_name(name) for name in names)


_CODE_REST = re.compile(r"^[①-⑳]?\d{1,2}(?=[\u4e00-\u9fff])")


def _glued_credit(text: str) -> bool:
    match = _GLUED_CREDIT.match(text)
    return match is not None and looks_like_name("".join(match.group("name").split()))


def _glued_role_credit(text: str) -> bool:
    """``咸宁日报全媒体记者袁灿摄``: a photographer's credit whose spaces a text browser dropped — the
    outlet and role run into the name and 摄, a line with no clause or sentence mark (a caption that
    ends so, ``…正在晾晒柿子。记者王某摄``, holds one)."""
    match = _ROLE_NAME_SHOT.search(text)
    return (
        match is not None
        and not any(mark in text for mark in _CLAUSE_MARKS)
        and looks_like_name(match.group("name"))
    )


_ROLE_NAME_SHOT = re.compile(r"(?:记者|記者|通讯员|通訊員|摄影|攝影)(?P<name>[\u4e00-\u9fff]{2,3})[摄攝]$")
_CLAUSE_MARKS = "，。、,；;：:！？!?"


def _is_caption(text: str) -> bool:
    if text.startswith(("图", "圖")) and (CAPTION.match(text) or text.startswith(("图为", "圖為"))):
        return True
    if text.startswith("表") and _TABLE_CAPTION.match(text):
        return True  # 表6  2022年分行业固定资产投资增长速度及构成: a table's caption, never a headline
    if text.startswith(("视频", "視頻")) and len(text) <= 60 and _VIDEO_LABEL.match(text):
        return True  # 视频-某某出狱 鞠躬道歉: the label of a video box, a caption
    if len(text) > 160:
        return False
    if _POSITION_MARK.search(text) or _PHOTO_CREDIT_END.search(text):
        return True
    tail = _SENTENCE_THEN_TAIL.search(text) if text[-1] in "摄攝图圖" else None
    if tail is not None and kind_of(tail.group("tail").strip(" \u3000")) is Kind.CREDIT:
        return True  # …作业。　　罗  金摄, …通车。　　新华社记者  晋美多吉摄, …大桥。　　某某局供图
    reporter = _SENTENCE_THEN_REPORTER.search(text)
    if reporter is not None and looks_like_name(reporter.group("name")):
        return True
    credit = _SENTENCE_THEN_CREDIT.search(text) if text[-1] in "摄攝" else None
    if credit is None:
        return False
    names = [name for token in credit.group("names").split() for name in split_glued_names(token)]
    return all(looks_like_name(name) for name in names)


_TABLE_CAPTION = re.compile(r"^表[ \u3000]?\d{1,2}[ \u3000]+[^ \u3000]")
"""``表1  2022年年末常住人口数及其构成``, ``表7　2022年货物贸易进出口总值…``: a statistics bulletin's table
caption (表, the table's number, a space, what it shows), printed centred over a table, often a picture."""
_VIDEO_LABEL = re.compile(r"^(?:视频|視頻)\s?[-－—]\s?\S")
_BENBAO_XUN = re.compile(
    r"^本[报報站刊台网網][\u4e00-\u9fff\d]{0,12}[讯訊]\s?(?:[(（]|(?:本报|本報)?(?:记者|記者|通讯员|通訊員))"
)
"""``本报讯(记者 郑付生 通讯员``: a dateline whose parenthesis a narrow column cut off; ``本报讯 记者姜明助、
通讯员陈琳、田亮报`` (the people without a bracket, the column cutting their 报道: off)."""
_DATELINE_OPENING = re.compile(
    r"^(?:本[报報站网網]|新华社|新華社|中新社|中新网|人民网|新华网|央视网|光明网"
    r"|[\u4e00-\u9fff]{2,8}(?:日报|日報|晚报|社|台|网|網|客户端|在线|在線))"
    r"[\u4e00-\u9fff]{0,10}?(?:\d{1,2}\s?)?月\s?\d{1,2}\s?日\s?(?:电|電|讯|訊)"  # 月 alone: OCR lost it
    r"|^\d{1,2}\s?月\s?\d{1,2}\s?日\s?消息[:：]"
    r"|^[\u4e00-\u9fff]{2,8}(?:报|報|网|網|社|台|客户端|新闻|新聞)(?:-[\u4e00-\u9fff]{2,10})?(?:快讯|快訊|讯|訊)(?=\s?[(（])"
    r"|^【[\u4e00-\u9fff]{2,8}\s?(?:报|報|网|網|社|台|客户端|新闻|新聞)(?:快讯|快訊|讯|訊)】(?=\s?[(（])"
    r"|^[\u4e00-\u9fff]{2,8}(?:报|報|网|網|社|台|客户端|在线|在線)消息(?=\s?[(（])"
    r"|^(?:本[报報站刊台网網]|[\u4e00-\u9fff]{2,8}(?:报|報|网|網|社|台|在线|在線))[讯訊]\s?"
    r"(?=[^:：。()（）]{0,30}(?:记者|通讯员|記者|通訊員))[^:：。()（）]{2,40}?(?:报道|報導)[:：]"
    r"|^[\u4e00-\u9fff]{2,12}?\d{1,2}\s?月\s?\d{1,2}\s?日\s?(?:电|電|讯|訊|消息)"
    r"(?=\s?[(（][^()（）]{0,8}(?:记者|記者|通讯员|通訊員))"
)
"""``新华社北京10月19日电``, ``长江网10月4日讯``, and without the day before a bracket of people:
``新京报快讯（记者 裴剑飞）``, ``【某某日报讯】(记者…)`` in brackets (a scan's text may put a space before
its 报: ``【桂林日 报讯】``), ``四川在线消息(四川日报记者 李向雨)``;
the people after the 讯 without a bracket, closed by 报道 and a colon
(``本报讯 记者姜明助、通讯员陈琳、田亮报道:``); any outlet's name when a bracket of reporters follows the day
(``某某时刻3月2日讯（通讯员 …）``, ``某某网南宁2月15日消息（记者…）``); a portal's ``某某在线09月14日讯``;
and a county news site's bare ``12月15日消息：`` (the day, 消息 and a colon open only a report's first
line)."""


def dateline_opening(text: str) -> str | None:
    """The ``本报北京10月19日电`` / ``新华社北京10月19日电`` opening of a report, with its people (a scan's
    OCR may read their bracket as an angle bracket before a role: ``〈记者 …)``)."""
    head = text[:24]
    if not ("电" in head or "電" in head or "讯" in head or "訊" in head or "消息" in head):
        return None
    match = _DATELINE_OPENING.match(text)
    if not match:
        return None
    end = match.end()
    rest = text[end:].lstrip()
    if rest[:1] in "(（" or (rest[:1] in "〈《" and rest[1:].lstrip("〈《 ").startswith(_REPORTERS)):
        close = min((i for i in (rest.find(")"), rest.find("）")) if i > 0), default=-1)
        if 0 < close <= 40:
            end = len(text) - len(rest) + close + 1
    return text[:end]


_REPORTERS = ("记者", "記者", "通讯员", "通訊員")


def is_strong_end(text: str) -> bool:
    """A line after which a new article may start: an editor code, a credit, a caption."""
    if find_editor_code(text):
        return True
    if text[:1] in "(（" and len(text) <= 40 and _CLOSING_NOTE.match(text):
        return True  # （县应急管理局供稿）, （科室 赵敏）: who wrote or sent it, under its last line
    if text[:1] in "(（" and SOURCE_NOTE.match(text):
        return True  # （来源：…　供稿：…）: where the item came from, under its last line
    if len(text) <= 90 and (found := label_of(text)) is not None and found[1] in ("editor", "author"):
        return True  # 编辑：赵涵越 / 文字：陈梓童   图片：…: who wrote and who edited it, under its last line
    if text[-1:] in ")）" and (_ATTRIBUTION_END.search(text[-40:]) or _ATTRIBUTION_TAIL.match(text)):
        return True  # …无怨无悔。（据新华社郑州9月9日电）: the report's source closes it
    return len(text) <= 160 and kind_of(text) in (Kind.CREDIT, Kind.CAPTION)  # longer lines are text


def ends_with_attribution(text: str) -> bool:
    """``…（据新华社郑州9月9日电）``: a report's source closing it."""
    return text[-1:] in ")）" and _ATTRIBUTION_END.search(text[-40:]) is not None


_ATTRIBUTION_TAIL = re.compile(r"^(?:据|據|转自|轉自|摘自)[^（）()]{2,36}[)）]$")
_ATTRIBUTION_END = re.compile(
    r"[（(](?:据|據|转自|轉自|摘自|来源[:：]|來源[:：])[^（）()]{2,36}[)）]$|[（(][^（）()]{2,30}[电電][)）]$"
)
_CLOSING_NOTE = re.compile(r"^[(（][\u4e00-\u9fff·・ \u3000、，,：:]{2,30}[)）]$")


def is_sentence(text: str) -> bool:
    return ends_sentence(text)
