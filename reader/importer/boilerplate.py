"""Find the lines that are not part of any article: page furniture, web-page chrome, conversion residue.

What users paste or extract carries the container along with the text:
``第 93 页`` footers and running heads from PDFs; toolbars (``下载 打印 【字号：
大 中 小】``), breadcrumbs, page-information tables and footers (``扫一扫在手机打开
当前页``, ICP numbers) from web pages; newspaper page furniture (``广告``,
``本版责编：…``); table borders (``|``).  Such lines are *set aside*, never
deleted: the issue keeps them (``ParsedIssue.boilerplate``) so the import stays
lossless and the user can see what was put aside, and why.

Each rule is a small function over the document; to teach the importer a new
kind of furniture, add a word to a list or a function to ``RULES``.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable
from functools import lru_cache

from reader.importer.leads import number_leads
from reader.importer.linekinds import (
    ISSUE_NUMBER,
    OWNER_LINE,
    ROC_DATE,
    SPECIAL_ISSUE,
    Kind,
    bare_name,
    dateline_opening,
    kind_of,
    label_of,
    labels_in,
    masthead_name,
    name_with_number,
)
from reader.importer.lines import Document, Line, edge, spelled_out, wrap_width
from reader.importer.mail import mark_mail
from reader.importer.model import BlockKind
from reader.importer.script import either_script, simplified
from reader.importer.text import FOOTNOTE_LINE, ends_sentence, is_heading_like

PAGE_MARKER = re.compile(
    r"^(?:第\s?\d{1,4}\s?[页頁](?:\s?[/／,，]?\s?共\s?\d{1,4}\s?[页頁])?"
    r"|共\s?\d{1,4}\s?[页頁]\s?[,，]?\s?第\s?\d{1,4}\s?[页頁]"
    r"|[-—–－]\s?\d{1,4}\s?[-—–－]"
    r"|\d{1,4}\s?[/／]\s?\d{1,4}"
    r"|[Pp]age\s?\d{1,4}(?:\s?of\s?\d{1,4})?)$"
)
_NAMED_FOLIO = re.compile(
    r"^[\u4e00-\u9fff]{2,24}\s{1,8}(?:第\s?\d{1,4}\s?[页頁](?:\s?[/／,，]?\s?共\s?\d{1,4}\s?[页頁])?|[-—–－]\s?\d{1,4}\s?[-—–－])$"
)
"""``某某县人民政府办公室编印　第2页``, ``某某政务信息　— 3 —``: a page's foot that names the issue or its
maker beside the page number, apart by spaces."""
RESIDUE = re.compile(r"^(?:[|│┃┆┊¦_=~\-–*+─━―═＊※～＝－\s]+|[·•.\s]{3,})$")
"""Lines made only of rules, dot leaders and table borders left over from conversion: not text; also the
full-width marks a Word copy sets between items (``＊　＊　＊``, ``※※※``).

A lone full stop is not residue: a PDF column may wrap a paragraph's last ``。`` onto a line of its own."""
CHROME_WORDS = frozenset(
    """下载 打印 全屏 收藏 分享 关闭 返回 首页 加大 还原 减小 大 中 小 默认 字号 字体
    分享到 微信 微博 QQ空间 打印本页 关闭窗口 关闭本页 返回顶部 网站地图 网站帮助
    隐私声明 关于我们 联系我们 上一篇 下一篇 × X x | > » >> 继续访问 放弃
    扫一扫在手机打开当前页 扫一扫 网站无障碍关怀版 无障碍 关怀版 长者模式 分享到微信
    分享到微博 相关报道 相关链接 相关附件 相关文档 相关新闻 收藏本页 设为首页 加入收藏
    打印文章 关闭文章 繁体 简体 繁體 簡體 English 登录 注册 搜索 RSS 评论 点赞
    在看 阅读原文 字号大 字号中 字号小 视力保护色 下載 列印 分享至 關閉 网站无障碍 無障礙
    无障碍浏览 繁體版 繁体版 简体版 簡體版 长者版 适老版 关怀模式 网站首页 返回首页
    放大 缩小 正常 标准 特大 大字 小字 中字 大号 中号 小号 字号大小 纠错 我要纠错 打印此页
    调整字体 字体调整 A+ A- 打印本文 收藏本文 查看评论 隐藏边栏 触屏版 手机版 电脑版 扫码阅读
    设置首页 设为主页 设为首页 用微信扫描二维码 用微信扫码二维码 分享至好友和朋友圈 打赏 报料
    阅读 阅读数 浏览 浏览次数 点击 我要评论 复制链接 缩小字体 放大字体 Qzone QQ 腾讯QQ 易信 T + -
    更多 免费注册 快速注册 客户端下载 免费邮箱 企业邮箱 转发 转载 举报 跳过导航 返回页首
    点击上方蓝字 点击蓝字 关注我们 点击关注 长按识别二维码 长按二维码关注 往期推荐 往期回顾
    列印本頁 列印此頁 Print 返回目录 返回目錄 本版标题导航 本版標題導航""".split()  # noqa: SIM905 - a word list reads best as words
)
_RESIDUE_START = frozenset("|│┃┆┊¦_=~-–*+─━―═·•.＊※～＝－")
_ITEM_RULE = re.compile(r"^(?:—{4,}|(?:[＊※★☆◆◇] ?){3,})$")
"""A line of dashes (four or more: ``——`` alone opens a speaker's or a source's line) or of stars set
between a bulletin's items, the rule Word drew there."""
_ITEM_RULE_START = frozenset("—＊※★☆◆◇")
_OCR_RULE = re.compile(r"^一{4,}[\u4e00-\u9fff]?[^\u4e00-\u9fff]{0,8}$")
"""A printed rule as tesseract reads it: a run of 一 (four or more: ``一一记…`` is a 副题's dash misread), a
speck or two of debris after it at most (``一一一一一人”WwW``)."""
_LONG_CHROME = frozenset(word for word in CHROME_WORDS if len(word) >= 3)
_CHROME_FIRSTS = frozenset(word[0] for word in CHROME_WORDS)  # a run of buttons starts with one of these
_RUN_WORD = 6  # characters: the longest word a run of buttons is read as
_RUN_LASTS = frozenset(word[-1] for word in CHROME_WORDS if len(word) <= _RUN_WORD)  # … and ends with one
_LONG_LASTS = frozenset(word[-1] for word in _LONG_CHROME)
_BRACKETS = "【】[]〔〕（）()：:丨|>»《》•▪◦ 　"  # also the bullets a text browser draws before menu items
FOOTER_STARTS = re.compile(
    r"^(?:扫一扫(?:在手机)?(?:打开|浏览)当前页|打印本页|关闭窗口|【?关闭本?页】?|【?返回顶部】?|网站地图"
    r"|相关(?:报道|链接|附件|文档|新闻)\s?[:：>》]*|责任编辑\s?[:：].{0,12}|.{0,20}ICP备.{0,30}|阅读下一篇"
    r"|往期(?:推荐|回顾|精选)|推荐阅读|延伸阅读"
    r"|(?:主办单位|网站主办|主管单位|承办单位|技术支持)\s?[:：].{1,60})$"
)
_FOOTER_ANYWHERE = re.compile(r"ICP备|公网安备|网站标识码|版权所有|Copyright|©")
_BROWSER_NOTICE = re.compile(
    r"浏览器不支持|瀏覽器不支援|不支持嵌入式框架|不显示嵌入式框架|请(?:升级|更新|使用).{0,12}浏览器|启用\s?JavaScript"
    r"|enable JavaScript|Your browser does not support"
    r"|(?:浏览器|瀏覽器).{0,6}(?:无法|無法|不能)(?:播放|显示|顯示)"  # 您的浏览器暂时无法播放此视频
)
"""What a page prints where a frame or a script would have been: not text of the page."""
_LINKISH = re.compile(r"^(?:[》>]{2}.{1,20}[《<]{2}|.{0,16}(?:>>|》》))$")
_MENU_WORD = re.compile(r"^(?:[•▪◦·*□]\s?)?[\u4e00-\u9fff]{2,6}$")  # a text browser may draw a bullet
_SITE_TITLE = re.compile(
    r"^[\u4e00-\u9fffA-Za-z0-9]{2,30}\s?[-_|－]$|^[^。，,；;！？]{2,30}\s[-_|－]\s[^。，,；;！？]{2,30}$"
)
_CRUMB = r"[^。，,；;！？>»/＞]"  # a breadcrumb's segments hold no separator: each line splits one way
_CRUMBS = re.compile(rf"^{_CRUMB}{{1,12}}(?:\s?[>»/＞]\s?[^。，,；;！？>»/＞\s]{_CRUMB}{{0,15}}){{1,8}}$")
_EMAIL_OR_URL = re.compile(r"[\w.-]{1,40}@[\w-]{1,40}\.[\w.]{2,20}|https?://")
_AD_TITLES = frozenset({"广告", "廣告", "公告", "分类广告", "分類廣告"})
_EDITOR_LABELS = (
    "本版责任编辑",
    "本版責任編輯",
    "本版责编",
    "责任编辑",
    "責任編輯",
    "版式设计",
    "版式設計",
    "美术编辑",
    "美術編輯",
    "本版编辑",
    "图片编辑",
)
_TOP_ZONE_LINES = 40
_TOP_START = 12  # lines: a web page's toolbar or trail starts among its first lines
_HAN = re.compile(r"[\u4e00-\u9fff]")
_TAIL_SHARE = 0.5


def mark(document: Document) -> None:
    """Set aside every boilerplate line of ``document`` (in place), noting what was set aside."""
    for rule in RULES:
        rule(document)
    if all(line.aside for line in document.lines):  # never set aside everything: the text is what is left
        for line in document.lines:
            if line.aside and line.aside.startswith("web page"):
                line.aside = None


@lru_cache(maxsize=8192)
def is_chrome(text: str) -> bool:
    """A word of a web page's toolbar, menu or footer, or only brackets around such words, in simplified
    or traditional characters.

    A pure function of the text, remembered: several rules ask it of the same line (the page's top,
    its bottom, toolbars anywhere), and a site's buttons recur from file to file."""
    if _chrome_as_written(text):
        return True
    if len(text) > 60 or "，" in text or "。" in text:
        return False  # a longer line, or one with a sentence's commas, is text in any script
    simple = simplified(text)  # a traditional page's 首頁, 瀏覽次數 and 返回頂部 are 首页, 浏览次数, 返回顶部
    return simple != text and _chrome_as_written(simple)


def _chrome_as_written(text: str) -> bool:
    if text in CHROME_WORDS or _FONT_SIZES.match(text):
        return True
    if "[" in text:
        text = _DRAWN.sub(" ", text).strip() or "[]"
    if len(text) > (60 if "___" in text else 24):  # a toolbar is short, unless it draws a search box
        return _mostly_buttons(text)
    core = text.strip(_BRACKETS)
    if not core:
        return True
    if core in CHROME_WORDS:
        return True
    parts = [part for part in _WORD_SEPARATORS.split(text) if part]
    words = [part for part in parts if not part.isdigit()]  # 赞 0, 阅读 539: a counter beside its word
    return (
        bool(words)
        and all(
            part in CHROME_WORDS or _ends_in_chrome(part) or _run_of_chrome(part) or _FORM_FIELD.match(part)
            for part in words
        )
    ) or (len(words) >= 2 and " " in text and _mostly_buttons(text))


_FONT_SIZES = re.compile(r"^[【\[]?(?:字体|字号)\s?[:：]?\s?大中小[】\]]?$")
"""``【字体:大中小】``: the three size buttons a text browser ran together, with the word they belong to."""


def _mostly_buttons(text: str) -> bool:
    """``新浪财经APP 缩小字体 放大字体 收藏 微博 微信 分享``: four or more words apart, nearly all buttons
    (a toolbar ends with one, which is checked first: most lines are let go at once)."""
    if len(text) > 60:
        return False
    parts = text.split()
    while parts and parts[-1].replace(",", "").isdigit():
        parts.pop()  # 分享 20,536: a counter after the last button
    if len(parts) < 2 or not _buttons_in(parts[-1]):
        return False
    words = [_buttons_in(part) for part in parts]
    buttons = sum(words)  # 缩小字体放大字体收藏微博微信分享: six buttons a converter ran together
    others = words.count(0)
    return buttons + others >= 4 and buttons >= 3 * others


def _buttons_in(part: str) -> int:
    """How many buttons ``part`` is: one word, several run together, or none."""
    if part in CHROME_WORDS:
        return 1
    return _chrome_run_words(part) if len(part) >= 4 and _may_run(part) else 0


_WORD_SEPARATORS = re.compile(r"[【】\[\]｜|:：\s•]+")
"""What stands between a toolbar's words: brackets, bars, colons, bullets, white space."""
_FORM_FIELD = re.compile(r"^_{3,}$")
"""``____________________``: a text browser's drawing of a search box."""
_DRAWN = re.compile(r"\[[^\[\]]{0,20}?\s{3,}\]|\[[A-Za-z0-9_.\-]{4,60}\]")
"""``[请输入关键字        ]``, ``[1901171027]``: a text browser's search box, a picture's name."""
_LINK_BAR = re.compile(r"^(?:[^|｜。，,；;！？!?]{1,12}[|｜]){2,}[^|｜。，,；;！？!?]{1,12}$")
"""``国家发改委|中国浙江|浙江政务服务网简体|繁体|无障碍浏览``: a row of links with bars between."""


def _run_of_chrome(part: str) -> bool:
    """``放大正常缩小分享``: a toolbar whose words a converter ran together (at least two words)."""
    return _chrome_run_words(part) >= 2


def _may_run(part: str) -> bool:
    """Cheap test before the search: a run of buttons starts with a button's first character and ends
    with a button."""
    return (
        4 <= len(part) <= 16
        and part[0] in _CHROME_FIRSTS
        and (part[-2:] in CHROME_WORDS or part[-1:] in CHROME_WORDS or part[-3:] in CHROME_WORDS)
    )


def _chrome_run_words(part: str) -> int:
    """How many button words ``part`` is made of, run together (0 when it is not made only of them)."""
    if not 4 <= len(part) <= 16 or part[0] not in _CHROME_FIRSTS or part[-1] not in _RUN_LASTS:
        return 0  # words read end to end start as a button starts and end as one ends: most parts go here
    ends = {0: 0}  # reachable end → words used to get there
    for start in range(len(part)):
        if start not in ends:
            continue
        for size in range(1, min(_RUN_WORD, len(part) - start) + 1):
            if part[start : start + size] in CHROME_WORDS:
                ends.setdefault(start + size, ends[start] + 1)
    return ends.get(len(part), 0)


def _ends_in_chrome(part: str) -> bool:
    """``繁繁體版``: a button's letter run into the word beside it."""
    return (
        len(part) <= 6
        and part[-1:] in _LONG_LASTS  # what it ends in ends as a button does: most parts go here
        and any(part[-n:] in _LONG_CHROME for n in range(3, len(part)))
    )


def _page_markers(document: Document) -> None:
    """Page numbers; the line after one starts a page, as after a form feed."""
    after_marker = False
    for line in document.lines:
        if line.text[-1:] in "页頁-—–－0123456789e" and (
            PAGE_MARKER.match(line.text) or _NAMED_FOLIO.match(line.text)
        ):
            document.set_aside(line, "page number")
            after_marker = True
        elif after_marker:
            line.page_top = True
            after_marker = False


_IMAGE_PLACEHOLDER = re.compile(
    r"^(?:\[[A-Za-z0-9_.\-]{4,60}\]|[\[【［](?:图片|圖片|图|圖|image|img|IMG|Image)[\]】］]|\[\](?:\s*\[\])*"
    r"|(?:!\[[^\[\]]{0,80}\]\((?:data:image/[A-Za-z0-9.+-]{1,20};base64,[A-Za-z0-9+/=]+|[^()\s]{1,500})\)\s*)+)$"
)
"""``[W020190918]``, ``[图片]``, ``［图片］``, ``![](//img.example.com/a.png)``: where a converter left a
picture out — also a picture the page held inline, its bytes in the link (``![Scan me!](data:image/png;base64,
…)``, html2text's copy of a share box's QR code, thousands of characters long)."""
_IMAGE_NAME = re.compile(r"^[A-Za-z0-9_.\-]{1,60}\.(?:png|jpe?g|gif|bmp|webp)$", re.IGNORECASE)
"""``5.jpg``, ``W020190518_344.png`` alone on a line: a picture's file name (its ``alt`` text, or the name a
text browser shows for a picture with none) where the page had the picture — never a word of the text."""
_IMAGE_NAME_END = frozenset("gfpGFP")
_EMPTY_HEADING = re.compile(r"^#{1,6}$")
_TAG_MARKS = re.compile(r"^(?:\[[A-Z]{2,8}::[A-Z]{2,8}\]\s*)+$")
_LEADING_IMAGE = re.compile(
    r"^(?:\[[^\[\]\s]{1,80}\.(?:png|jpe?g|gif|bmp|webp|PNG|JPE?G|GIF)\]\s*|\[[A-Za-z0-9_.\-]{4,60}\]\s+)(?=\S)"
)
"""``[logo.png] 当前位置``, ``[house] 位置：首页``: a picture's name a text browser printed first."""


def _bare_page_numbers(document: Document) -> None:
    """Page numbers printed as a bare number on a line of their own (``1``, ``2``, ``3``…), as PDF
    extractors leave them where the pages break: read as such only when they count up page by page."""
    numbered = [
        line
        for line in document.lines
        if len(line.text) <= 3 and line.aside is None and _BARE_NUMBER.match(line.text)  # 1 to 3 digits
    ]
    if len(numbered) < 2:
        return
    values = [int(line.text) for line in numbered]
    if any(b != a + 1 for a, b in itertools.pairwise(values)):
        return  # numbers in the text (a table, a list), not a page count
    following = {id(line): k for k, line in enumerate(document.lines)}
    for line in numbered:
        document.set_aside(line, "page number")
        k = following[id(line)] + 1
        if k < len(document.lines):
            document.lines[k].page_top = True


_BARE_NUMBER = re.compile(r"^\d{1,3}$")


def _residue(document: Document) -> None:
    _residue_lines(document)
    lines = document.lines
    for above, line in itertools.pairwise(lines):
        if above.aside == PICTURE and line.aside is None:
            line.under_picture = True  # where a photo stood: a caption under it (``headers``)


PICTURE = "picture left out"


def _residue_lines(document: Document) -> None:
    for line in document.lines:
        text = line.text
        if text[0] in _RESIDUE_START and RESIDUE.match(text) and not text.startswith(("……", "——")):
            document.set_aside(line, "rule or table border")
        elif text[0] in _ITEM_RULE_START and _ITEM_RULE.match(text):
            document.set_aside(line, "rule or table border")  # ————————, ＊＊＊: a rule between items
        elif text.startswith("一一一一") and _OCR_RULE.match(text):
            document.set_aside(line, "rule or table border")  # 一一一一一人”WwW: a rule, OCR read
        elif text[0] == "#" and _EMPTY_HEADING.match(text):
            document.set_aside(line, "rule or table border")  # ##: an empty heading (html2text's <h2></h2>)
        elif text[0] == "[" and _TAG_MARKS.match(text):
            document.set_aside(line, "rule or table border")  # [INS::INS]: w3m's drawing of an HTML tag
        elif text[0] in "[【!［" and _IMAGE_PLACEHOLDER.match(text):
            document.set_aside(line, PICTURE)
        elif text[-1] in _IMAGE_NAME_END and _IMAGE_NAME.match(text):
            document.set_aside(line, PICTURE)  # 5.jpg: a text browser printed the picture's name
        elif text[0] == "[" and (lead := _LEADING_IMAGE.match(text)):
            document.pieces_aside.append((line.number + 1, lead.group().strip(), "picture left out"))
            line.text = text[lead.end() :]  # [logo.png] 当前位置： 首页: the text after the picture stays


def _web_top(document: Document) -> None:
    """Toolbars, breadcrumbs and page-information tables above the title of a saved web page.

    The zone starts at the first such line among the first lines of the file and
    runs while such lines follow, bridging at most two very short lines (a
    channel name between breadcrumbs); it stops at the first longer line, which
    is where the title stands.
    """
    lines = document.lines[:_TOP_ZONE_LINES]
    if not any(_is_top_member(lines, i) for i in range(min(len(lines), _TOP_START + 1))):
        return  # the zone would start too low, if at all: the rest of the lines need not be looked at
    if any(line.aside == "record field" for line in lines):
        return  # an export's records (records.py): 作者：… / 日期：… are a record's fields, not a page's top
    members = [_is_top_member(lines, i) for i in range(len(lines))]
    if sum(members) < 2:
        if lines and _home_link_bar(lines[0].text):
            document.set_aside(lines[0], "web page header")
        return
    first = members.index(True)
    if first > _TOP_START or any(line.aside is None and _running(line.text) for line in lines[:first]):
        return  # 文字：… 图片：… under an item's last line: the item's credits, not a page's top
    last = first
    for i in range(first, len(lines)):
        if members[i]:
            last = i
        elif not (len(lines[i].text) <= 6 and i - last <= 2 and kind_of(lines[i].text) is not Kind.DATE):
            break
    for line in lines[first : last + 1]:
        document.set_aside(line, "web page header")
    for k in range(last + 1, len(lines)):
        if is_chrome(lines[k].text) or _is_crumb(lines, k):
            document.set_aside(lines[k], "web page toolbar")
    _site_menu(document, lines)


def _above_breadcrumb(document: Document) -> None:
    """A trail from the home page (``首页 > 专题报道 > 新闻发布会``, ``当前位置：…``) or to the text
    (``地方 > 正文``) stands between a site's chrome (menus, a login box) and the article: in the first
    half of a page, with no running text above it, everything above it and the trail itself are the
    page's.  The half is counted in the file's lines: a line a hard wrap cut and ``narrow`` joined back
    counts as the lines it was."""
    lines = document.lines
    half = _first_half(lines) if document.unwrapped else lines[: max(1, len(lines) // 2)]
    crumb = next((k for k, line in enumerate(half) if _trail_to_text(line.text)), None)
    rest = 0 if crumb is None else int(_trail_goes_on(lines, crumb))
    if crumb is None:  # a trail from the home page the wrap cut: its first piece holds 首页
        crumb = next((k for k, line in enumerate(half) if "首" in line.text and _trail_cut(lines, k)), None)
        rest = 1
    if crumb is None or any(_running(line.text) or "。" in line.text for line in lines[:crumb]):
        return
    for line in lines[: crumb + 1 + rest]:
        document.set_aside(line, "web page header")


def _trail_cut(lines: list[Line], k: int) -> bool:
    """A trail from the home page a hard wrap cut in two (``首页>…>法定主动公开内容>`` /
    ``工作动态>统计数据``): a line holding a separator, the next line right under it, the two a trail."""
    if k + 1 >= len(lines) or lines[k + 1].gap or _TRAIL_MARKS.isdisjoint(lines[k].text):
        return False
    return _trail_to_text(lines[k].text + lines[k + 1].text)


def _trail_goes_on(lines: list[Line], k: int) -> bool:
    """A trail that reads whole but a hard wrap cut all the same (``…>本地新闻>某某老人险`` / ``些被骗``):
    the line fills the file's wrap width and the line right under it makes a trail with it — its rest,
    not the headline."""
    if k + 1 >= len(lines) or lines[k + 1].gap or lines[k + 1].page_top:
        return False
    if not _trail_to_text(lines[k].text + lines[k + 1].text):
        return False
    rooms = [line.room for line in lines]
    width = wrap_width(lines)
    for line, room in zip(lines, rooms, strict=True):
        line.room = room  # only asked here: the layout's reading of the rooms comes later
    return width is not None and width - _TRAIL_SLACK <= edge(lines[k]) <= width + 1


_TRAIL_SLACK = 3.0  # cells: a wide character that did not fit, a separator's spaces


def _first_half(lines: list[Line]) -> list[Line]:
    """The lines in the first half of a file ``narrow`` joined, each counted with the lines joined into it."""
    middle = max(1, sum(1 + line.joined for line in lines) // 2)
    half: list[Line] = []
    seen = 0
    for line in lines:
        if seen >= middle:
            break
        half.append(line)
        seen += 1 + line.joined
    return half


def _trail_to_text(text: str) -> bool:
    """``首页 > 专题报道 > 新闻发布会`` from the home page, ``产经 > 正文`` (however short) to the text, or a
    trail from the home page ending with the page's own headline."""
    if not (text.endswith("正文") or "首" in text):
        return False  # most lines: no trail (two substring tests, before any pattern)
    if "首頁" in text:
        text = simplified(text)  # 首頁 > 新聞 > 新聞摘錄: a traditional page's trail
    return bool(_HOME_CRUMB.match(text) or _TO_TEXT_CRUMB.match(text) or _CRUMB_TO_HEADLINE.match(text))


_HOME_CRUMB = re.compile(
    # 某某法院　|　首页 > …: the site's name may stand first, a bar after it
    rf"^(?:[^|｜。，,>»＞\s]{{2,20}}[ \u3000]{{0,2}}[|｜][ \u3000]{{0,2}})?"
    rf"(?:(?:[您你](?:当前|现在)(?:的|所在)?|当前|您的|你的|所在)?位置\s?[:：]\s?)?(?:网站)?首页\s?[>»/＞›]\s?{_CRUMB}{{1,20}}(?:\s?[>»/＞›]\s?{_CRUMB}{{1,20}}){{0,6}}$"
)


_CRUMB_TO_HEADLINE = re.compile(
    rf"^(?:网站)?首页\s{{0,4}}[>»＞›](?:\s{{0,4}}{_CRUMB}{{1,20}}\s{{0,4}}[>»＞›]){{0,6}}\s{{0,4}}[^>»＞›\s][^>»＞›]{{3,80}}$"
)
"""``首页  >   时政新闻   >   某某被骗上百万！电诈团伙被端``: a trail ending with the page's own headline."""
_CLICK = re.compile(r"【点击[^【】]{0,8}】|［点击[^［］]{0,8}］")
_TO_TEXT_CRUMB = re.compile(rf"^{_CRUMB}{{1,20}}(?:\s?[>»/＞›]\s?{_CRUMB}{{1,20}}){{0,6}}\s?[>»/＞›]\s?正文$")


def _site_menu(document: Document, lines: list[Line]) -> None:
    """A site's menu near the top: four or more short words on lines of their own (新闻中心 / 县政府 / …),
    or three or more names a text browser drew ``|`` between (战略规划和区域发展 / | / 经济运行和社会发展)."""
    run: list[Line] = []
    bars = 0
    for line in [*lines, None]:
        if line is not None and line.aside == "rule or table border":
            bars += bool(run)  # the ``|`` a text browser draws between a menu's items
            continue
        if line is not None and line.aside is None and _MENU_ITEM.match(line.text):
            run.append(line)
            continue
        if len(run) >= 3 and bars >= 2:
            _set_menu(document, run)
        else:
            _short_words(document, run)
        run, bars = [], 0


def _short_words(document: Document, run: list[Line]) -> None:
    words: list[Line] = []
    for line in [*run, None]:
        if line is not None and _MENU_WORD.match(line.text):
            words.append(line)
            continue
        if len(words) >= 4:
            _set_menu(document, words)
        words = []


def _set_menu(document: Document, items: list[Line]) -> None:
    for item in items:
        document.set_aside(item, "web page menu")


_MENU_ITEM = re.compile(r"^(?:[•▪◦·*□]\s?)?[\u4e00-\u9fff]{2,12}$")


def _is_top_member(lines: list[Line], i: int) -> bool:
    text = lines[i].text
    if len(text) > 90:  # running text; chrome, labels and crumbs are short
        return False
    found = label_of(text)
    if found is not None and found[1] in _INFO_MEANINGS and _under_title(lines, i):
        return False  # 时间：… 来源：… under the headline: the article's own header, not the page's
    if _slashed_but_the_articles(text) and _under_title(lines, i):
        return False  # 文/张晓明, 2024/11/02 under the headline: slashes, but no trail of a site
    return (
        is_chrome(text)
        or found is not None
        or _is_value_line(lines, i)
        or _crumbs(text)
        or _link_bar(text)
        or _is_crumb(lines, i)
        or (i <= 2 and bool(_SITE_TITLE.match(text)))
        or (
            i <= 2 and text[0] in "|｜" and kind_of(text.strip("|｜ ")) is Kind.DATE
        )  # the page's date widget
    )


def _slashed_but_the_articles(text: str) -> bool:
    """A writer line with a slash (``文/张晓明``), or a writer or day the crumb pattern also reads
    (``林雅婷 / 報導``, ``2024/11/02``): the article's own, when it stands under the headline."""
    if "/" in text and kind_of(text) is Kind.BYLINE:
        return True
    return _crumbs(text) and kind_of(text) in (Kind.BYLINE, Kind.DATE)


def _crumbs(text: str) -> bool:
    """A breadcrumb trail on one line (``_CRUMBS``); it needs a separator, which most lines lack, and the
    pattern backtracks long before it fails without one."""
    return not _CRUMB_MARKS.isdisjoint(text) and _CRUMBS.match(text) is not None


_CRUMB_MARKS = frozenset(">»/＞")


def _home_link_bar(text: str) -> bool:
    """A site's menu alone on a file's first line: a row of links with bars between, one of them a
    button (``网站首页 | 信息公开 | 办事服务``).  Alone, a row of bars could be a bulletin's own line
    (``第5期 | 2023年6月``); the site's home or another button among them makes it the site's."""
    return _link_bar(text) and any(part.strip() in CHROME_WORDS for part in re.split("[|｜]", text))


def _link_bar(text: str) -> bool:
    """A row of links with bars between (``_LINK_BAR``), which holds a bar."""
    return ("|" in text or "｜" in text) and _LINK_BAR.match(text) is not None


def _under_title(lines: list[Line], i: int) -> bool:
    """A headline stands right above, or above the article's other information lines (its date, its
    byline)."""
    for above in [line for line in lines[:i] if line.aside is None][-1:-4:-1]:
        kind = kind_of(above.text)
        if kind is Kind.HEADING or above.kind is BlockKind.HEADING:  # a Markdown heading may hold a comma
            return len(above.text) >= 8
        if kind not in (Kind.DATE, Kind.BYLINE) and not _info_label(above.text):
            return False
    return False


def _info_label(text: str) -> bool:
    found = label_of(text)
    return found is not None and found[1] in _INFO_MEANINGS


_INFO_MEANINGS = ("source", "date", "author")


def _chrome_label(text: str) -> bool:
    found = label_of(text)
    return found is not None and found[1] in ("chrome", "info")


def _is_value_line(lines: list[Line], i: int) -> bool:
    """The value of a label printed on the line above (``索引号：`` / ``014742224A/…``)."""
    if i == 0 or len(lines[i].text) > 40:
        return False
    found = label_of(lines[i - 1].text)
    return found is not None and not found[2] and found[1] != "chrome"


def _is_crumb(lines: list[Line], i: int) -> bool:
    """A piece of a breadcrumb trail split over lines (``首页`` / ``>`` / ``云南要闻``), or its repeat."""
    text = lines[i].text
    if len(text) > 80:
        return False
    if text.lstrip("•▪◦ ").startswith((">", "»", "＞", "›")) and (len(text) <= 14 or _CRUMBS.match(text[1:])):
        return True  # ``> 山西要闻``, ``>发展改革工作 >投资管理和项目推进``: the trail over lines
    if len(text) > 12:
        return False
    neighbours = [lines[j].text for j in (i - 1, i + 1) if 0 <= j < len(lines)]
    if any(n in _CRUMB_MARKS for n in neighbours):
        return True
    if i > 1 and lines[i - 2].text in _CRUMB_MARKS and lines[i - 1].text == text:
        return True  # ``>`` / ``云南要闻`` / ``云南要闻``: the last crumb printed again as the channel's name
    return i > 0 and lines[i - 1].text == text and lines[i - 1].aside is not None


_CRUMB_MARKS = frozenset({">", "»", "＞", "/"})


def _footer(text: str) -> bool:
    """A footer's first line (``返回顶部``, ``版权所有…``, an ICP number), in simplified or traditional."""
    return either_script(_footer_as_written, text)  # ``_web_bottom`` asks of lines under 80 characters only


def _footer_as_written(text: str) -> bool:
    return bool(FOOTER_STARTS.match(text) or _FOOTER_ANYWHERE.search(text))


def _page_bottoms(document: Document) -> None:
    """Each pasted page's bottom when several pages of one site follow one another, else the one page's;
    the trails that tell them apart are read once (a pass over every line)."""
    trails = _trails(document.lines)
    if len(trails) >= _PAGES:
        _pasted_pages(document, trails)
    else:
        _web_bottom(document)


def _pasted_pages(document: Document, trails: list[int]) -> None:
    """Several web pages of one site copied one after another (a series of items, each on its own page):
    each opens with the site's trail (``您当前的位置:首页 > 工作动态 > 通报曝光``) and closes with its own
    footer (``相关链接`` and its list of other items' titles, the site's address).  Each page's bottom,
    from its first footer marker after its text to the next page's trail, is the page's, not the text's;
    so is each trail."""
    lines = document.lines
    for start, stop in itertools.pairwise([*trails, len(lines)]):
        document.set_aside(lines[start], "web page header")
        texts = [k for k in range(start + 1, stop) if lines[k].aside is None and _sentence(lines[k].text)]
        if not texts:
            continue
        bottom = next(
            (k for k in range(texts[0] + 1, stop) if len(lines[k].text) < 80 and _footer(lines[k].text)), None
        )
        if bottom is None:
            continue
        while bottom - 1 > texts[0] and (lines[bottom - 1].aside or is_chrome(lines[bottom - 1].text)):
            bottom -= 1  # 【打印】【关闭】 right over 相关链接: the page's buttons
        for line in lines[bottom:stop]:
            document.set_aside(line, "web page footer")


def _sentence(text: str) -> bool:
    """Running text, or a line a text browser cut from it that ends a sentence."""
    return _running(text) or ends_sentence(text)


def _trails(lines: list[Line]) -> list[int]:
    return [k for k, line in enumerate(lines) if _trail_to_text(line.text)]


_PAGES = 2


def _web_bottom(document: Document) -> None:
    """Everything from the first footer marker in the last half of a web page on: related links, ICP lines
    (not for several pages pasted one after another: ``_pasted_pages`` reads each page's)."""
    lines = document.lines
    if not lines:
        return
    first_tail = int(len(lines) * _TAIL_SHARE)
    start = None
    for i in range(first_tail, len(lines)):
        text = lines[i].text
        if len(text) < 80 and _footer(text) and not _box_with_text(lines, i):
            start = i
            break
        if _toolbar(text) and not _running_after(lines, i):
            start = i  # 分享 收藏 阅读 539 after the text, then only links: the page's end
            break
    if start is None:
        return
    while start > first_tail and _linkish(lines[start - 1].text):
        start -= 1
    for line in lines[start:]:
        document.set_aside(line, "web page footer")


_POST_MARKS = frozenset(
    """预览时标签不可点 阅读原文 轻触阅读原文 写留言 留言 精选留言 微信扫一扫 关注该公众号 继续滑动看下一个
    向上滑动看下一个 使用小程序 知道了""".split()  # noqa: SIM905 - a word list
)
"""Lines a WeChat page draws under a post, as a browser's or the client's copy gives them."""
_POST_COUNTER = re.compile(r"^(?:阅读|在看)\s?\d{1,6}(?:\.\d)?万?\+?$")  # 阅读 2.1万, 在看 36
_COMMENT_MARKS = frozenset(("写留言", "留言", "精选留言"))
_POST_MARKS_APART = 3  # lines: a second mark this near the first makes them the page's, not the text's


def _post_mark(text: str) -> bool:
    if text[0] == "\u200b":
        text = text.lstrip("\u200b")  # ​在看 36: the client's zero-width space before a button
    return text in _POST_MARKS or (text[:2] in ("阅读", "在看") and _POST_COUNTER.match(text) is not None)


def _post_bottom(document: Document) -> None:
    """A WeChat post's page under its text: from a mark of the page (``预览时标签不可点``, ``阅读原文``,
    ``写留言``, ``阅读 2.1万``) with another within three lines, to the end — the client's buttons and
    notices, the account's name, and the readers' comments under ``精选留言`` (set aside as comments)."""
    lines = [line for line in document.lines if line.text]
    marks = [k for k, line in enumerate(lines) if _post_mark(line.text)]
    start = next((a for a, b in itertools.pairwise(marks) if b - a <= _POST_MARKS_APART), None)
    if start is None or not any(_running(line.text) for line in lines[:start]):
        return
    comments = False
    for line in lines[start:]:
        mark = _post_mark(line.text)
        comments = comments or (mark and line.text in _COMMENT_MARKS)
        document.set_aside(line, "reader comments" if comments and not mark else "web page footer")


_BOX_HEADS = frozenset(("延伸阅读", "延伸閱讀", "相关链接", "相關鏈接"))
"""Footer markers that are also the head of a box inside an article (``延伸阅读`` over paragraphs)."""
_BOX_LINES = 4  # lines after the head: the box's own head, a lead-in, then its first full paragraph


def _box_with_text(lines: list[Line], i: int) -> bool:
    """``延伸阅读`` with running text right under it (a paragraph that ends a sentence within a few lines):
    a box of the article, not the page's list of links."""
    if lines[i].text.strip() not in _BOX_HEADS:
        return False
    below = [line.text for line in lines[i + 1 : i + 1 + _BOX_LINES * 2] if line.text.strip()][:_BOX_LINES]
    return any(len(text) > 30 and ends_sentence(text) for text in below)


def _running_after(lines: list[Line], i: int) -> bool:
    """A sentence after line ``i``: a paragraph (lines with no blank between, as a text browser cuts them
    at its width) that is long and ends one."""
    paragraph = ""
    for line in lines[i + 1 :]:
        paragraph = line.text if line.gap > 0 else paragraph + line.text
        if len(paragraph) > 30 and ends_sentence(paragraph):
            return True
    return False


_COUNTERS = re.compile(
    r"^(?:\d{1,9}\s?(?:人参与|人评论|条评论|评论|人阅读|阅读|次阅读|次浏览|浏览|人点赞|点赞|赞|收藏|分享|跟贴|跟帖)\s?){1,4}$"
)


_ICON_COUNTS = re.compile(r"^__[\d_\s]*\d[\d_\s]*$")
_SEPARATOR = re.compile(r"[ \u3000|｜•:：]")


def _toolbar(text: str) -> bool:
    """Two or more of a page's buttons on one line (``分享 收藏``, ``赞 0 赏 分享``)."""
    if len(text) > 40 or not _SEPARATOR.search(text) or not is_chrome(text):
        return False
    words = _WORD_SEPARATORS.split(_DRAWN.sub(" ", text))
    return sum(1 for word in words if word and not word.isdigit()) >= 2


def _running(text: str) -> bool:
    """A sentence of running text, not a link's title."""
    return len(text) > 30 and ends_sentence(text)


def _linkish(text: str) -> bool:
    return is_chrome(text) or _chrome_label(text) or bool(_LINKISH.match(text)) or bool(RESIDUE.match(text))


def _chrome_anywhere(document: Document) -> None:
    """Chrome labels (``访问量：1632``, ``关联稿件：``) wherever they stand, with a value on the next line;
    a browser's notice where a frame or script was."""
    lines = document.lines
    for i, line in enumerate(lines):
        text = line.text
        if len(text) > 100:
            continue  # running text: what follows looks for short lines only
        reason = _chrome_line(text)
        if reason is None and (simple := simplified(text)) != text:
            reason = _chrome_line(simple)  # 用微信掃碼二維碼, 【點擊投票】: in either script
        if reason is not None:
            document.set_aside(line, reason)
            if reason == "advertisement" and _advert_head(lines, i):
                document.set_aside(lines[i - 1], reason)
            continue
        found = label_of(text) if len(text) <= 90 else None
        if found is None or found[1] not in ("chrome", "info"):
            continue
        if _attachment_list(found, lines, i):
            _keep_attachment_list(lines, i)
            continue
        document.set_aside(line, "web page information")
        if found[1] == "info" and not found[2] and i + 1 < len(lines) and len(lines[i + 1].text) <= 60:
            document.set_aside(lines[i + 1], "web page information")


def _information_table(document: Document) -> None:
    """A page's information table drawn one cell a line (``索 引 号：`` / ``014717475N/…`` / ``发布机构：`` /
    ``某市统计局`` / ``发文日期：`` / ``2023-03-31`` / ``公开方式：`` / …), as text browsers and converters
    write a ``<dl>`` of labels and values: where the table's information labels were set aside, its date
    and owner labels between them, each with its value on the line below, are the same table's cells, not
    a title and its text.  (Their values still date the issue: metadata reads set-aside lines too.)"""
    lines = document.lines
    pairs: list[int] = []  # first line of each label-over-value pair, in order
    k = 0
    while k + 1 < len(lines):
        found = label_of(lines[k].text) if len(lines[k].text) <= 16 else None
        value = lines[k + 1].text
        if found is not None and not found[2] and len(value) <= 40 and label_of(value) is None:
            pairs.append(k)
            k += 2
        else:
            k += 1
    run: list[int] = []
    for k in [*pairs, -1]:
        if run and k == run[-1] + 2:
            run.append(k)
            continue
        cells = [lines[i] for first in run for i in (first, first + 1)]
        informed = sum(line.aside == "web page information" for line in cells)
        if len(run) >= _TABLE_PAIRS and informed >= 2:
            for line in cells:
                if line.aside is None:
                    document.set_aside(line, "web page information")
        run = [k]


_TABLE_PAIRS = 3  # label-over-value pairs in a row, at least, for a table


def _attachment_list(found: tuple, lines: list[Line], i: int) -> bool:
    """``附件：１.某县…一览表`` / ``２.某县…联络表``: a document's list of its attachments, numbered from 1
    with the next number opening the next line — what the text says it comes with, part of the item as
    its sign-off under it is.  A web page's ``附件：`` over its download links is no such list."""
    if found[0] != "附件" or not (first := _ATTACHMENT_ENTRY.match(found[2])) or int(first.group(1)) != 1:
        return False
    after = _ATTACHMENT_ENTRY.match(lines[i + 1].text) if i + 1 < len(lines) else None
    return after is not None and int(after.group(1)) == 2 and lines[i + 1].gap == 0


def _keep_attachment_list(lines: list[Line], i: int) -> None:
    """The list from ``附件：１.…`` on, its entries counting up line by line: list items of the text (the
    layout decided), so no entry is read as the next item's title."""
    number = 1
    lines[i].kind = BlockKind.LIST_ITEM
    for line in lines[i + 1 :]:
        entry = _ATTACHMENT_ENTRY.match(line.text)
        if entry is None or int(entry.group(1)) != number + 1 or line.gap or line.kind is not None:
            break
        line.kind, number = BlockKind.LIST_ITEM, number + 1


_ATTACHMENT_ENTRY = re.compile(r"^(\d)\s?[.．、]\s?\S")
"""An attachment's entry: its number (``１``, full-width digits too: ``int`` reads them) and a list mark."""


def _advert_head(lines: list[Line], i: int) -> bool:
    """The line above an advert's link, in the same paragraph of two lines (blank lines around the
    pair, none between): the advert's first line, which a text browser's width cut from it."""
    above = lines[i - 1] if i > 0 else None
    after = lines[i + 1] if i + 1 < len(lines) else None
    if above is None or above.aside is not None or lines[i].gap > 0 or _goes_on(lines[i], after):
        return False
    before = lines[i - 2] if i > 1 else None
    return (above.gap > 0 or before is None or before.aside is not None) and not ends_sentence(above.text)


def _goes_on(line: Line, after: Line | None) -> bool:
    """The paragraph of ``line`` goes on to ``after``: no blank line, and no deeper indent opening a new
    paragraph (``　　新京报快讯…`` under an advert's link, in copy that dropped its blank lines)."""
    return after is not None and after.gap == 0 and after.indent <= line.indent


def _chrome_line(text: str) -> str | None:
    """Why a short line is a web page's wherever it stands, or ``None``."""
    if text[:2] == "__" and _ICON_COUNTS.match(text):
        return "web page information"  # __9 __ 23: counts beside icons, as html2text draws them
    if not _may_be_chrome(text):  # most lines: a few substring tests, then a set lookup
        buttons = _button_word(text) or _listed_button(text) or _toolbar(text)
        return "web page toolbar" if buttons else None  # 分享至好友和朋友圈, * 微信, T + -: buttons anywhere
    if len(text) <= 80 and _browser_words(text) and _BROWSER_NOTICE.search(text):
        return "web page information"
    trail = len(text) <= 80 and not _TRAIL_MARKS.isdisjoint(text)
    if trail and (_HOME_CRUMB.match(text) or _TO_TEXT_CRUMB.match(text)):
        return "web page header"  # 和讯网 > 股票 > 股市报道 > 正文: a trail
    if "点击" in text and _CLICK.search(text):
        return "advertisement"  # …火热进行中！【点击投票】: a link dressed as a line
    if text[0].isdigit() and _COUNTERS.match(text):
        return "web page information"  # 57人参与11评论: the page's counters
    if _button_word(text):
        return "web page toolbar"  # 分享至好友和朋友圈, 返回顶部: a button anywhere
    return None


def _button_word(text: str) -> bool:
    """A button's words alone on a line, anywhere: four characters or more (a shorter one may be a word of
    the text: 首页, 打印), or a share box's label whose buttons are icons (``分享到``, ``分享至``: a verb
    left without its object ends no text)."""
    return (len(text) >= 4 or text[-1:] in "到至") and text in CHROME_WORDS


_TRAIL_MARKS = frozenset(">»/＞›")


_BROWSER_WORDS = ("览器", "覽器", "框架", "rowser", "JavaScript")
"""What each of ``_BROWSER_NOTICE``'s notices holds (a browser, a frame, a script)."""


def _browser_words(text: str) -> bool:
    """One of ``_BROWSER_WORDS``: the pattern runs only where one stands, not on every dated line."""
    return any(word in text for word in _BROWSER_WORDS)


def _listed_button(text: str) -> bool:
    """``* 微信``, ``+ 免费注册``: a button a converter drew as a list item."""
    return text[:1] in "*+-•" and len(text) <= 12 and text[1:].strip() in CHROME_WORDS


def _may_be_chrome(text: str) -> bool:
    """What every trail, advert, counter and browser notice holds: the patterns run only where it is.

    Most lines hold none of the marks' first characters, which one search tells."""
    return text[0].isdigit() or (_CHROME_MARK_STARTS.search(text) is not None and _chrome_marks(text))


_CHROME_MARKS = (*_TRAIL_MARKS, "点击", *_BROWSER_WORDS)
"""What every trail, advert and browser notice holds (a counter starts with a digit)."""
_CHROME_MARK_STARTS = re.compile("[" + re.escape("".join(sorted({mark[0] for mark in _CHROME_MARKS}))) + "]")
"""The first character of each of ``_CHROME_MARKS``."""


def _chrome_marks(text: str) -> bool:
    return any(mark in text for mark in _CHROME_MARKS)


def _page_furniture(document: Document) -> None:
    """Newspaper page furniture: the page editors' block, and advertisement pages."""
    lines = document.lines
    i = 0
    while i < len(lines):
        line = lines[i]
        if len(line.text) > 60:
            i += 1
            continue
        if line.text.startswith(_EDITOR_LABELS):
            j = i
            while j < len(lines) and (j == i or _furniture_continues(lines, j)):
                document.set_aside(lines[j], "page editors")
                j += 1
            i = j
            continue
        if line.text in _AD_BOX and (end := _ad_box_end(lines, i)) is not None:
            for boxed in lines[i:end]:
                document.set_aside(boxed, "advertisement")
            i = end
            continue
        if line.text in _AD_TITLES and _stands_alone(lines, i):
            document.set_aside(line, "advertisement")
            if i + 1 < len(lines) and kind_of(lines[i + 1].text) is Kind.SOURCE:
                document.set_aside(lines[i + 1], "advertisement")
        i += 1


_AD_BOX = frozenset({"分类广告", "分類廣告"})
"""A page's box of classified ads: its heading is never a story's title (``广告``, ``公告`` may be)."""
_AD_BOX_LINES = 30  # lines: a box of small ads, not a page of them
_HEADLINE_HAN = 6  # Han characters of the shortest headline that ends the box


def _ad_box_end(lines: list[Line], i: int) -> int | None:
    """The line after the box of classified ads headed at line ``i`` (``分类广告`` / ``遗失声明 …`` /
    ``广告热线：…``): the box runs to the page's furniture (a folio, set aside), to the next headline — a
    short line without clause marks, with a blank line over it — or to the file's end; ``None`` for a
    heading over no ads or over more than a box holds."""
    for j in range(i + 1, min(len(lines), i + _AD_BOX_LINES) + 1):
        if j == len(lines) or lines[j].aside is not None or lines[j].page_top:
            return j if j > i + 1 else None
        if lines[j].gap > 0 and _headline(lines, j):
            return j if j > i + 1 else None
    return None


def _headline(lines: list[Line], j: int) -> bool:
    """A story's title: heading-like, long enough, standing over a blank line or a story's dateline (an
    ad's first line goes on in touching lines)."""
    text = lines[j].text
    if not is_heading_like(text) or len(_HAN.findall(text)) < _HEADLINE_HAN:
        return False
    return j + 1 == len(lines) or lines[j + 1].gap > 0 or dateline_opening(lines[j + 1].text) is not None


def _furniture_continues(lines: list[Line], j: int) -> bool:
    line = lines[j]
    if line.page_top or line.aside == "page number":
        return False
    kind = kind_of(line.text)
    if kind in (Kind.NAME, Kind.CHAR, Kind.SOURCE, Kind.LABEL):
        return True
    return bool(_EMAIL_OR_URL.search(line.text)) or (
        len(line.text) <= 40 and j > 0 and bool(_EMAIL_OR_URL.search(lines[j - 1].text))
    )


def _stands_alone(lines: list[Line], i: int) -> bool:
    """True when a line is the only text of its page (``广告`` pages) or followed by its source line only."""
    following = lines[i + 1] if i + 1 < len(lines) else None
    following_source = following is not None and kind_of(following.text) is Kind.SOURCE
    after = lines[i + 2] if following_source and i + 2 < len(lines) else following
    return lines[i].page_top or i == 0 or after is None or after.page_top or after.aside == "page number"


_MASTHEAD_LINES = 6
_INTERNAL = re.compile(r"^[(（【]?(?:内部资料|内部刊物|內部資料|内部参阅|注意保存|请勿外传|密级|秘密|机密)")
_COMPILER = re.compile(
    r"(?:编印|编发|编|主办|印发|办公室|編印|編|辦公室)$|^(?:编印|編印|主办|主辦|出版|发行|發行)[:：]"
)
"""Who compiles the issue, after its name (``县政府办公室编``) or before it as a label (``編印：新聞處``)."""
_FULL_DATE_IN = re.compile(
    r"\d{4}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日|\d{4}[-./]\d{1,2}[-./]\d{1,2}|" + ROC_DATE
)


def _masthead_block(document: Document) -> None:
    """A bulletin's masthead over its first item: its name (``政 务 信 息``), its number (``第15期``),
    who compiles it and the day (``县人民政府办公室编        2024年6月12日``), ``内部资料``.

    It is read only when the file opens with the name or the number (under a page's bar of links at
    most); it is the issue's title and date, not an article."""
    lines = [line for line in document.lines[: _MASTHEAD_LINES * 3] if line.aside is None]
    if lines and lines[0].level and lines[0].level > 1:
        return  # ``## 工作动态`` under a Markdown digest's ``#`` name: a section, the Markdown reader's call
    if lines and _MENU_BAR.search(lines[0].text) and is_chrome(lines[0].text):
        # 繁體 | 简体 | English: a page's language bar over the name, set aside with the top
        lines = lines[1:]
    units = _compiler_joined(spelled_out(lines))[: _MASTHEAD_LINES + _DEBRIS_LINES]
    debris = _masthead_debris(units)
    for group, _ in units[:debris]:
        for line in group:
            document.set_aside(line, "issue title")  # the name in large type, which the OCR could not read
    units = units[debris:][:_MASTHEAD_LINES]
    marks = internal_marks(units)  # 内部资料 / 注意保存 over the name: the frame of an internal bulletin
    _read_under_name(units, marks)
    if not units or not any(
        masthead_name(text) or ISSUE_NUMBER.match(text) or _name_and_number(text) or OWNER_LINE.match(text)
        for _, text in units[marks : marks + 2]
    ):
        return
    if len(units) > marks + 1 and ISSUE_NUMBER.match(units[marks + 1][1]) and _bare_name(units[marks][1]):
        # a name of no known kind over the issue's number: the name
        units[marks] = (units[marks][0], units[marks + 1][1])
    subject = units[0][1]
    if len(units) > 1 and masthead_name(units[1][1]) and not _masthead_line(subject) and _subject(subject):
        units[0] = (
            units[0][0],
            units[1][1],
        )  # “改革创新、奋发有为”大讨论 / 简　报: the subject over the name
    named = dated = False
    for k, (group, text) in enumerate(units):
        if _speck_inside(units, k, named and dated):
            for line in group:
                document.set_aside(line, "issue title")  # |日] between the name and the number: OCR
            continue
        if not _masthead_line(text) or (named and dated and _name_only(text) and not _COMPILER.search(text)):
            break  # a name under a masthead that has its name or number and its day: a section's (基层动态)
        collapsed = " ".join(text.split())
        numbered = ISSUE_NUMBER.match(collapsed) or _name_and_number(collapsed)
        named = named or bool(masthead_name(text) or numbered)
        dated = dated or bool(_FULL_DATE_IN.search(text))
        for line in group:
            document.set_aside(line, "issue title")


def _read_under_name(units: list[tuple[list[Line], str]], marks: int) -> None:
    """What a masthead's name stands over that reads as the line after it: a special issue's kind over the
    issue's number (``乡村振兴专刊`` / ``第3期``), read as the number; an e-paper's owner and day
    (``石门县融媒体中心主办　2025年5月6日``), read as the name's own line."""
    kind = marks + 1
    if (
        len(units) > marks + 2
        and SPECIAL_ISSUE.match("".join(units[kind][1].split()))
        and ISSUE_NUMBER.match(" ".join(units[kind + 1][1].split()))
    ):
        units[kind] = (units[kind][0], units[kind + 1][1])
    if (
        len(units) > kind
        and OWNER_LINE.match(units[kind][1])
        and _FULL_DATE_IN.search(units[kind][1])
        and _bare_name(units[marks][1])
    ):
        units[marks] = (units[marks][0], units[kind][1])


def _speck_inside(units: list[tuple[list[Line], str]], k: int, done: bool) -> bool:
    """OCR debris (``|日]``) inside a masthead not yet read whole: a line after its first and before
    another of its lines."""
    return (
        0 < k < len(units) - 1
        and not done
        and ocr_debris(units[k][1])
        and _masthead_line(units[k + 1][1])
        and _masthead_line(units[k - 1][1])
    )


def _masthead_debris(units: list[tuple[list[Line], str]]) -> int:
    """How many units open the file with OCR debris (``ocr_debris``) right over the issue's number or the
    bulletin's name (``Ac`` / ``人大工作简报``: the masthead's ornament read as letters): at most
    ``_DEBRIS_LINES``, and none unless the number or the name follows them."""
    count = 0
    while count < min(_DEBRIS_LINES, len(units) - 1) and ocr_debris(units[count][1]):
        count += 1
    below = " ".join(units[count][1].split()) if count else ""
    return count if count and (ISSUE_NUMBER.match(below) or masthead_name(below)) else 0


def ocr_debris(text: str) -> bool:
    """A masthead's large type as OCR reads it when it cannot (``三    务信息``, ``人   ^   二``,
    ``/7KV/ Rn  区 2 信 /CN``): a short line with no sentence, of fragments either split by a wide gap or
    strewn with marks no title prints (``^ / \\ ] > <``) or Latin letters."""
    collapsed = " ".join(text.split())
    if not collapsed or len(collapsed) > _DEBRIS_CHARS or "，" in collapsed or ends_sentence(collapsed):
        return False
    if _DEBRIS_MARKS.search(collapsed):
        return True
    return "   " in text and len(_HAN.findall(text)) <= _DEBRIS_HAN and not any(c.isdigit() for c in text)


def marked_debris(text: str) -> bool:
    """OCR debris strewn with marks or Latin letters (``Ac``, ``<了站     AAA``): never a bulletin's name,
    which is read without it."""
    return ocr_debris(text) and _DEBRIS_MARKS.search(text) is not None


_DEBRIS_MARKS = re.compile(r"[\^/\\\]\[<>~{}]|[A-Za-z]")
_DEBRIS_LINES = 3
_DEBRIS_CHARS = 24
_DEBRIS_HAN = 8


def internal_marks(units: list[tuple[list[Line], str]]) -> int:
    """How many units open the file with an internal bulletin's marks (``内部资料　注意保存``, split or not
    by the extractor) before its name: at most two, each nothing but such a mark."""
    count = 0
    while count < min(2, len(units)) and _INTERNAL_ONLY.match(" ".join(units[count][1].split())):
        count += 1
    return count


_SIGNERS = re.compile(
    r"^(?:签发人?|簽發人?|核稿|审签|審簽|审核|審核)\s?[:：]\s?[\u4e00-\u9fff·]{2,5}"
    r"(?:\s{1,8}(?:签发|簽發|核稿|审签|審簽|审核|審核|编辑|編輯)\s?[:：]\s?[\u4e00-\u9fff·]{2,5}){0,3}$"
)
"""``签发：王建华　　核稿：刘晓燕``: the officers who passed an internal bulletin, printed by its masthead."""
_INTERNAL_ONLY = re.compile(
    r"^[(（【]?(?:内部资料|内部刊物|內部資料|内部参阅|注意保存|请勿外传|妥善保管)[)）】]?"
    r"(?:\s?[(（【]?(?:注意保存|请勿外传|妥善保管)[)）】]?)?$"
)


def _name_only(text: str) -> bool:
    """A bulletin's or column's name alone (``基层动态``), with no number, date or compiler beside it."""
    collapsed = " ".join(text.split())
    return bool(masthead_name(text)) and not (
        ISSUE_NUMBER.match(collapsed) or _FULL_DATE_IN.search(collapsed) or _name_and_number(collapsed)
    )


def _compiler_joined(units: list[tuple[list[Line], str]]) -> list[tuple[list[Line], str]]:
    """``市委某某办信息科`` / ``编``: a compiler's word a PDF extractor put on a line of its own belongs
    to the office over it."""
    joined: list[tuple[list[Line], str]] = []
    for group, text in units:
        if joined and _COMPILER_WORD.match(text):
            joined[-1] = ([*joined[-1][0], *group], f"{joined[-1][1]} {text}")
        else:
            joined.append((group, text))
    return joined


_COMPILER_WORD = re.compile(r"^(?:编印|编发|编|主办|印发|編印|編)$")


def _name_and_number(text: str) -> bool:
    return name_with_number(text) is not None


def _bare_name(text: str) -> bool:
    return bare_name(text) is not None


def _subject(text: str) -> bool:
    """A line over a bulletin's name naming what the special issue is about, not its contents heading nor
    a site's menu (``首頁 | 電子報 | 往期``)."""
    return 4 <= len(text) <= 24 and not _CONTENTS_HEADING.match(text) and not _MENU_BAR.search(text)


_MENU_BAR = re.compile(r"[|｜]")


_CONTENTS_HEADING = re.compile(r"^(?:本期)?(?:目\s*录|目\s*錄|要\s*目)$")


def _masthead_line(text: str) -> bool:
    collapsed = " ".join(text.split())
    if _MENU_BAR.search(collapsed) and not _name_and_number(collapsed):  # 乡镇工作动态｜2025年第6期 is one
        return False  # 首頁 | 電子報 | 往期: a site's menu over the name, never part of the masthead
    if masthead_name(text) or ISSUE_NUMBER.match(collapsed) or _INTERNAL.match(collapsed):
        return True
    if _SIGNERS.match(collapsed):
        return True  # 签发：王建华　核稿：刘晓燕 under an internal bulletin's name: who passed the issue
    if _name_and_number(collapsed) or _POST_META.match(collapsed) or _bracketed_issue_number(collapsed):
        return True
    if _page_information(collapsed):
        return True
    if len(collapsed) > 60 or ends_sentence(collapsed):
        return False
    parts = collapsed.split(" ")
    dated = bool(_FULL_DATE_IN.search(collapsed))
    return (dated and len(parts) <= 4) or (len(parts) <= 3 and any(_COMPILER.search(part) for part in parts))


def _page_information(text: str) -> bool:
    """``发布时间：2021-02-05　来源：县纪委监委办公室　浏览次数：``: a web page's information under a
    bulletin's name — labels only, from the line's start, a date among them — whose last value a
    script fills in after the page loads, so a copy ends on the bare label and its colon.  Safe: every
    part must be a known label with its value (``linekinds.LABELS``); a sentence is never made of them."""
    found = labels_in(text)
    return (
        len(found) >= 2
        and text.startswith(found[0][0])
        and any(meaning == "date" and value for _, meaning, value in found)
    )


def _bracketed_issue_number(text: str) -> bool:
    """``（第12期）``: the issue's number in brackets on a line of its own under the name, as a 专报 or
    简报 sets it.  Safe: the whole line must be the bracket and the number, nothing else."""
    return text[:1] in "(（" and text[-1:] in ")）" and bool(ISSUE_NUMBER.fullmatch(text[1:-1].strip()))


_POST_META = re.compile(
    r"^(?:原创\s)?(?:[^\s]{1,20}\s){1,2}\d{4}-\d{1,2}-\d{1,2}(?:\s\d{1,2}:\d{2})?(?:\s[\u4e00-\u9fff]{2,8})?$"
)
"""A WeChat post's line under its title: ``原创 政协信息 2023-02-10 18:30 广东`` (原创, the writer and/or the
account, the day and time, the province it was posted from): the issue's day, not text."""


_DISTRIBUTION = re.compile(
    r"^(?:报|送|发|報|發|抄送|抄报|抄報|分送|主送|报送|報送|发送|發送|印发|印發|呈报|呈報)\s?[:：]"
    r"|^[(（]?\s?(?:本期)?共印\s?\d+\s?份\s?[)）]?$|^(?:签发|簽發|审签|審簽|核稿|责任编辑|編輯|编辑|校对|校對)\s?[:：].{0,30}$"
)
_DISTRIBUTION_TAIL = 12
_PRINT_RUN = re.compile(r"^[(（]\s?(?:本期)?共印\s?\d+\s?份\s?[)）]$")


def _distribution(document: Document) -> None:
    """A bulletin's closing block: who it goes to (``报：…`` / ``送：…`` / ``发：…``), ``（共印60份）``,
    who signed it off.  It closes the issue, so it starts in the file's last lines, under the last
    running text, and runs to the end — but for the document's footnotes a converter writes after it
    (``[^1]: …``, ``[1] …``), which stay the items' text."""
    lines = [line for line in document.lines if line.aside is None]
    tail = lines[-_DISTRIBUTION_TAIL:]
    text_above = max(  # an item's 编辑： line above the last item's text is that item's, not the issue's
        (
            k
            for k, line in enumerate(tail)
            if _running(line.text)
            and not _DISTRIBUTION.match(line.text)
            and not FOOTNOTE_LINE.match(line.text)
        ),
        default=-1,
    )
    start = next(
        (
            k
            for k, line in enumerate(tail)
            if k > text_above and len(line.text) <= 120 and _DISTRIBUTION.match(line.text)
        ),
        None,
    )
    if start is None:
        return
    block = tail[start:]
    matching = sum(_distribution_fields(line.text) for line in block)
    print_run = len(block) == 1 and _PRINT_RUN.match(block[0].text) is not None  # （本期共印40份） last
    if (matching >= 2 or print_run) and all(len(line.text) <= 120 for line in block):
        for line in block:
            if not _ITEM_WRITER.match(line.text) and not FOOTNOTE_LINE.match(line.text):
                document.set_aside(line, "distribution list")  # the notes under it are the items' text


def _distribution_fields(text: str) -> int:
    """How many of ``报：…`` / ``送：…`` / ``发：…`` the line holds: one per line, or several side by side
    on a line opening with one, apart by runs of spaces (``报：学院党委    送：学院团委    发：各党支部``,
    ``pdftotext -layout``) or by an ideographic space (a Word or Markdown copy's ``报：…　送：…　发：…``)."""
    if text.endswith(("印发", "印發")) and _PRINTED_ON.search(text):
        return 1  # 市人民政府办公室　　2025年5月30日印发: the colophon's printer and day, under 抄送：…
    if not _RECIPIENTS.match(text) or ("  " not in text and "\u3000" not in text):
        return 1 if _DISTRIBUTION.match(text) else 0
    return sum(1 for piece in _FIELD_GAP.split(text) if _RECIPIENTS.match(piece))


_FIELD_GAP = re.compile(r"\s{2,}|\u3000")
_PRINTED_ON = re.compile(
    r"^[\u4e00-\u9fff]{2,20}\s{0,12}\d{4}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日\s?印[发發]$"
)
_RECIPIENTS = re.compile(
    r"^(?:报|送|发|報|發|抄送|抄报|抄報|分送|主送|报送|報送|发送|發送|呈报|呈報)\s?[:：]"
)
"""Who a bulletin goes to: only these are counted side by side on one line — an item's credits line
(``文字：…   编辑：…   审核：…``) holds ``编辑：`` too, and is no distribution list."""


_ITEM_WRITER = re.compile(r"^(?:供稿|文字|撰稿|撰文|采写|採寫|执笔|執筆|作者)\s?[:：]\s?\S")
"""``供稿：朱姝璟`` among ``报：…`` / ``编辑：…`` / ``送：…``: the last item's writer, which ``pdftotext``
read line by line across the item's credits and the distribution list set beside them — the item's, kept
in the text (where its credits name the byline); no distribution line names a writer."""


def _running_heads(document: Document) -> None:
    """A line repeated at the top or bottom of three or more pages is a running head or foot."""
    pages: dict[int, list[Line]] = {}
    for line in document.lines:
        if line.aside is None:
            pages.setdefault(line.page, []).append(line)
    if len(pages) < 3:
        return
    edges: Counter[str] = Counter()
    for page_lines in pages.values():
        for shape in {_shape(line.text) for line in _edges(page_lines)}:
            edges[shape] += 1
    repeated = {shape for shape, count in edges.items() if count >= 3 and count * 2 >= len(pages)}
    for page_lines in pages.values():
        for line in _edges(page_lines):
            if _shape(line.text) in repeated and kind_of(line.text) not in (Kind.SOURCE, Kind.TEXT):
                document.set_aside(line, "running head")


def _running_name(document: Document) -> None:
    """``鄉訊　第45期`` opening a page after the first: the bulletin's name and number printed again at the
    top of each page (a two-page issue has too few pages for ``_running_heads``), the masthead's name — on
    one line, or on two when the extractor split a head set apart across the page (``政务信息`` /
    ``2025年第15期``), each a line of the masthead."""
    names = {"".join(line.text.split()) for line in document.lines if line.aside == "issue title"}
    if not names:
        return
    read: Counter[int] = Counter({0: _HEAD_LINES})
    page = 0
    for k, line in enumerate(document.lines):
        if k and line.page_top:
            page += 1  # a form feed, or a page number printed at a page's foot with none (PDFium, pdfplumber)
        if line.aside is not None or read[page] >= _HEAD_LINES:
            continue
        read[page] += 1
        if name_with_number(line.text) in names or "".join(line.text.split()) in names:
            document.set_aside(line, "running head")  # 政务信息 / 2025年第15期: an extractor split the head
        else:
            read[page] = _HEAD_LINES  # the page's text has begun
    _running_name_over_folio(document, names)


def _running_name_over_folio(document: Document, names: set[str]) -> None:
    """``青岚政务信息　2026年第9期`` right over ``第 2 页 共 2 页``: a page's head and foot drawn before its
    text, which an extractor without pages (PyMuPDF's blocks, pypdf's pages joined) reads out together
    between the last line of one page and the first of the next — the name is the running head there too."""
    lines = document.lines
    for k in range(len(lines) - 1):
        line = lines[k]
        if line.aside is not None or lines[k + 1].aside != "page number" or len(line.text) > _HEAD_CHARS:
            continue
        compact = "".join(line.text.split())
        named = name_with_number(line.text) in names or any(
            compact.startswith(name) and ISSUE_NUMBER.match(compact[len(name) :]) for name in names
        )
        if named:
            document.set_aside(line, "running head")


_HEAD_CHARS = 40


_HEAD_LINES = 2  # a running head's lines at a page's top: the name and the number, when split


def _edges(page_lines: list[Line]) -> list[Line]:
    return page_lines[:2] + page_lines[2:][-2:]


def _shape(text: str) -> str:
    return re.sub(r"\d+", "#", "".join(text.split()))


EMPTY_SECTION = "empty section heading"
"""Why a section's name that heads no article is set aside (``segment``): worth a warning, it says an item
is missing."""

FULL_TEXTS = re.compile(
    r"^(?:详细新闻|詳細新聞|新闻详情|新聞詳情|新闻全文|新聞全文|详细内容|詳細內容|详细报道|詳細報道|全文|正文)$"
)
"""A heading over the items in full, below a summary of them: a part of the file, never a column."""
FULL_TEXTS_HEADING = "heading of the full texts"

_WORTH_A_WARNING = frozenset(
    {"web page header", "web page footer", "web page toolbar", "web page information", "web page menu",
     "web page links", "running head", "repeated title", "advertisement", "page editors", "distribution list",
     EMPTY_SECTION}
)  # fmt: skip


def repeated_title(document: Document) -> None:
    """A page printing its title twice (in its header, then over the text): what stands before the second
    copy — the first copy and the page's own lines after it — is the page's, not the article's."""
    content = document.content()[:_TOP_ZONE_LINES]
    for i, line in enumerate(content):
        if not 6 <= len(line.text) <= 60 or kind_of(line.text) is not Kind.HEADING:
            continue
        if len(_HAN.findall(line.text)) < 4 or is_chrome(line.text):
            continue  # [INS::INS], 腾讯QQ QQ空间: a page's furniture printed twice, not its title
        again = next(
            (j for j in range(i + 1, min(len(content), i + 16)) if content[j].text == line.text), None
        )
        if again is None:
            continue
        if all(len(between.text) <= 90 and "。" not in between.text for between in content[i:again]):
            for between in content[i:again]:
                document.set_aside(between, "repeated title")
        return


def note_counts(document: Document) -> None:
    """Tell the user, in one warning, how many lines were set aside as page or web-page furniture.

    Page numbers, table borders, the table of contents and Markdown markup are
    set aside without a word: nothing of the text could be among them.
    """
    counts = Counter(line.aside for line in document.lines if line.aside in _WORTH_A_WARNING)
    if counts:
        parts = [f"{count} {reason} line{'s' if count > 1 else ''}" for reason, count in counts.most_common()]
        document.notes.append("set aside as not part of any article: " + ", ".join(parts))


_PAGE_TITLE = re.compile(
    r"^(?P<head>.{6,80}?)\s{0,4}(?:[_|｜]{1,2}|[-–—]{1,2})\s{0,4}(?P<site>[^_|｜\-–—]{2,24})$"
)
"""``法国全国大罢工再次严重影响交通-新华网``: a saved page's title, its headline and the site's name."""
_PAGE_TITLE_REACH = 8  # lines from the headline to its date or 来源：line


def _page_title(document: Document) -> None:
    """A saved web page opens with its title (headline + site name, as BeautifulSoup and browsers write
    it) and prints the headline again over the article, after the site's menus and link lists.
    The title line and everything between it and that headline are the page's, not an article's."""
    lines = document.lines
    first = next((line for line in lines[:3] if _PAGE_TITLE.match(line.text)), None)
    if first is None:
        return
    start = lines.index(first)
    dated: list[tuple[int, int]] = []
    for key in _title_heads(first.text):  # 某某出狱|香港_新浪新闻: a column before the site
        repeats = [k for k in range(start + 1, len(lines)) if "".join(lines[k].text.split()) == key]
        dated = [(k, d) for k in repeats if (d := _dated_below(lines, k)) is not None]
        if dated:
            break
    if not dated:
        return
    headline, info = min(dated, key=lambda pair: pair[1] - pair[0])  # the one right over its date
    between = lines[start + 1 : headline]
    if any(_running(line.text) for line in between):
        return  # running text before the headline: not only the page's furniture
    document.set_aside(first, "web page title")
    for line in between:
        document.set_aside(line, "web page header")
    body = _buttons_over_text(document, info)
    for line in lines[headline + 1 : body + 1]:
        line.gap = min(line.gap, 1)  # what stood between them is set aside: they are one header over the text


def _title_heads(title: str) -> list[str]:
    """The headlines a page's title may hold, longest first: the text before its last separator, then
    before the one ahead of it (``标题|栏目_网站``)."""
    heads = []
    for match in reversed(list(_TITLE_SEPARATOR.finditer(title))):
        head = "".join(title[: match.start()].split())
        if len(head) >= _MIN_HEAD:
            heads.append(head)
    return heads[:_SITE_PARTS]


_TITLE_SEPARATOR = re.compile(r"[_|｜]{1,2}|[-–—]{1,2}")
_MIN_HEAD = 6
_SITE_PARTS = 2


def _dated_below(lines: list[Line], k: int) -> int | None:
    """The date or 来源：line under the headline at ``k``."""
    for d in range(k + 1, min(len(lines), k + 1 + _PAGE_TITLE_REACH)):
        text = lines[d].text
        found = label_of(text) if len(text) <= 60 else None
        if kind_of(text) is Kind.DATE or (found is not None and found[1] in ("date", "source")):
            return d
    return None


def _buttons_over_text(document: Document, info: int) -> int:
    """Between a web article's information lines and its text: share buttons, counters, 举报 — short
    lines.  A 来源：label's value on the next line (``来源：`` / ``新华网``) stays with the header.
    Returns where the text starts."""
    lines = document.lines
    k = info + 1
    while (
        k < len(lines)
        and len(lines[k].text) <= 16
        and (
            kind_of(lines[k].text) is Kind.DATE
            or label_of(lines[k].text) is not None
            or _is_value_line(lines, k)
        )
    ):
        k += 1
    end = k
    while end < len(lines) and len(lines[end].text) <= _BUTTON_LINE and lines[end].text[-1] not in _STOPS:
        end += 1
    if end >= len(lines) or end - k > _MAX_BUTTONS:
        return k
    for line in lines[k:end]:
        document.set_aside(line, "web page toolbar")
    return end


_BUTTON_LINE = 12
_STOPS = "。！？!?；;"  # a button's name never ends a sentence; 分享到： may end in a colon
_MAX_BUTTONS = 20


def _epaper_furniture(document: Document) -> None:
    """A newspaper's 数字报 (e-paper) page as a text browser saves it: the bar of pages
    (``版面导航：第01版：要闻第02版：要闻…``), the pager (``…第2版：要闻　上一版　下一版``, at the page's
    foot or its top) and the list of the page's titles over the stories (``• 郧西县党政考察团来我县参观考察``,
    each printed again as a story's title below).  They are the site's, not the stories'.  Only a page's
    first and last lines are read.

    Safe: the bar must open with its label or be nothing but 第N版 names; the pager must hold both 上一版
    and 下一版 and stay short; a listed title is set aside only when the same words stand again, alone on a
    line, further down, and only in a run of two or more such lines near the top."""
    lines = document.lines
    for line in lines[:_TOP_ZONE_LINES]:
        if line.aside is None and _PAGE_BAR.match(line.text):
            document.set_aside(line, "web page header")
    for line in lines[-_PAGER_LINES:]:
        if line.aside is None and _pager(line.text):
            document.set_aside(line, "web page footer")
    for line in lines[:_PAGER_LINES]:
        if line.aside is None and _pager(line.text):
            document.set_aside(line, "web page header")  # 上一版　下一版　PDF下载 under the page's line
    top = [
        k
        for k, line in enumerate(lines[:_TOP_ZONE_LINES])
        if line.aside is None and line.text[:1] in _BULLETS
    ]
    if len(top) < 2:
        return
    later = {line.text.strip() for line in lines[top[-1] + 1 :] if line.aside is None}
    listed = [k for k in top if lines[k].text.lstrip(_BULLETS + " ").strip() in later]
    if len(listed) >= 2 and len(listed) == len(top):
        for k in listed:
            document.set_aside(lines[k], "web page links")


_PAGE_BAR = re.compile(
    r"^(?:版面导航|版面目录|版面導航)[:：]?|^(?:第\s?\d{1,3}\s?版[:：]\s?[^\s第]{1,8}\s*){3,40}$"
)
_PAGER_WORDS = ("上一版", "下一版")
_PAGER_LINES = 8  # the pager stands among a page's last lines
_BULLETS = "•*·"


def _pager(text: str) -> bool:
    return len(text) <= 60 and all(word in text for word in _PAGER_WORDS)


def _call_for_copy(document: Document) -> None:
    """``本刊園地公開，歡迎投稿。投稿信箱：…`` as the file's last line: the paper asking for contributions,
    the issue's furniture, not the end of its last item.  Only the last line, only a short one naming
    投稿 (contributions) with 欢迎 or a mailbox."""
    last = next((line for line in reversed(document.lines) if line.aside is None), None)
    if last is not None and len(last.text) <= _CALL_CHARS and _CALL_FOR_COPY.search(last.text):
        document.set_aside(last, "call for contributions")


_CALL_FOR_COPY = re.compile(
    r"(?:欢迎|歡迎|敬请|敬請)[^。]{0,8}投稿|投稿(?:信箱|邮箱|郵箱|邮件|郵件|电话|電話)"
)
_CALL_CHARS = 80


def _case_numbers(document: Document) -> None:
    """``案例一`` (``案例2``, ``【案例三】``) alone on a line over the next line: a court's or a
    procuratorate's bulletin counting its cases, each number over the case's title; the number counts the
    items, it is no title, kicker or text of its own (kept with the issue as ``item number``)."""
    lines = document.lines
    for k, line in enumerate(lines[:-1]):
        if line.aside is None and _CASE_NUMBER.match(line.text.strip()) and lines[k + 1].text.strip():
            document.set_aside(line, "item number")
            lines[k + 1].gap = max(lines[k + 1].gap, line.gap)  # the title stands where its number starts


_CASE_NUMBER = re.compile(r"^[【\[]?案例\s?(?:[一二三四五六七八九十]{1,3}|\d{1,2})[】\]]?[:：]?$")

RULES: tuple[Callable[[Document], None], ...] = (
    mark_mail,
    _epaper_furniture,
    _page_title,
    _above_breadcrumb,
    _masthead_block,
    _page_markers,
    number_leads,
    _bare_page_numbers,
    _residue,
    _web_top,
    _page_bottoms,
    _post_bottom,
    _chrome_anywhere,
    _information_table,
    _page_furniture,
    _running_heads,
    _running_name,
    _distribution,
    _call_for_copy,
    _case_numbers,
)
