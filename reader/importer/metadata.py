"""Issue title, publication and date, inferred only from what the text itself proves.

Date rule (so a user can predict it, and correct it with ``reader issue edit``).
Evidence is weighed in tiers, and the first tier that gives a date decides:

1. **stated**: front matter (``date: 2025-03-08``), a digest's title
   (``《新闻联播》 (20220924)``), a labelled date (``时间：2026-02-24``,
   ``生成日期：`` with the date on the next line);
2. **print source**: the date in ``《人民日报》（2025年10月20日 第 06 版）`` lines (the
   most common one);
3. **date lines** under the titles (``2013年02月19日``, ``（2023年4月12日）``): when the
   articles carry different dates the file holds several days and has no one date;
4. **occasion**: the day of the speech a report was given at (``——2026年1月26日在…上``);
   **signed**: a single document's day under the office that issued it, closing its text;
5. **reprints and events**: every full date in a source note (``原载2024年9月30日…``)
   and every month-day date that opens a paragraph (``9月30日上午,…``) with its
   year from the article's date line, else the source notes, else the years the
   paragraphs write most; the issue date is the latest of them.  Dates inside
   running text (``将于12月31日…``) are ignored: they may lie in the future;
6. the **file name** (``…_20220924.txt``), as a last resort.

Years written in the Republic of China calendar (``民國104年``) are converted.
The importer never guesses a date: without evidence there is none.

The publication comes from front matter, a digest's title, print source lines,
a ``来源：`` label, a masthead on the first lines, the site owner (``主办：``), or
last, for a site's own page, the holder its copyright line names (``版权所有：…``).
A label's value is read as a user sees it: a link's text (``[商讯](…)``), without
a button set beside it (``华龙网 举报``), in a row of labels after a word of the
page's own (``版权声明 来源：…``), or named beside the date (``2019-05-17 · 城市观察``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from itertools import islice

from reader.importer.boilerplate import CHROME_WORDS, internal_marks, marked_debris
from reader.importer.bylines import parse_dateline
from reader.importer.ends import RELEASE_END
from reader.importer.linekinds import (
    ISSUE_NUMBER,
    LABELS,
    OWNER_LINE,
    ROC_DATE,
    SPECIAL_ISSUE,
    Kind,
    bare_name,
    is_adoption_line,
    is_date_line,
    kind_of,
    label_of,
    labels_in,
    masthead_name,
    name_with_number,
    post_account,
    source_parts,
    split_trailing_source,
)
from reader.importer.lines import Document, Line, spelled_out
from reader.importer.model import ParsedArticle
from reader.importer.names import is_issuer, looks_like_name
from reader.importer.text import ends_sentence

_FULL_DATE = re.compile(
    r"(?P<roc>民國|民国)?\s?(?P<y>\d{2,4})\s?年\s?(?P<m>\d{1,2})\s?月\s?(?P<d>\d{1,2})\s?日"
)
_ISO_DATE = re.compile(r"(?<!\d)(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)")
_COMPACT_DATE = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)(?!\d)")
_NAME_DATE = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})[-_.]?(?P<m>[01]\d)[-_.]?(?P<d>[0-3]\d)(?!\d)")
_OPENING_DATE = re.compile(r"^(\d{1,2})月(\d{1,2})日")
_YEAR = re.compile(r"(\d{4})\s*年")
_BOOK_TITLE = re.compile(r"《([^《》]{2,20})》")
_FRONT_DATE_KEYS = ("date", "published", "pubdate", "publish_date", "issue_date", "日期")
_FRONT_PUB_KEYS = ("publication", "newspaper", "paper", "source", "media", "publisher", "来源")
_FRONT_SOURCE_KEYS = frozenset({"source", "media", "publisher", "来源"})
"""Front matter keys saying where a text came from, which an issue's own name in its title
(``# 林业工作简报（第3期）``) comes before."""
_MASTHEAD_WITHIN = 3
_MARKS = 2  # an internal bulletin's marks over its name, lines at most
_ROC_OFFSET = 1911


_FILING_LABELS = frozenset({"发布机构", "发文机关"})


class _Evidence:
    """The lines metadata is read from, found in one pass over the document: sources and labels."""

    def __init__(self, lines: list[Line]) -> None:
        self.sources: list[tuple[str, str, str | None]] = []
        self.labels: list[tuple[str, str, str]] = []  # (meaning, value, label)
        for k, line in enumerate(lines):
            text = line.text
            if "所有" in text and (holder := _copyright_holder(text)):
                self.labels.append(("holder", holder, ""))  # 版权所有：中国地理学会: whose site it is
            if len(text) > 90:
                continue
            if (parts := _source(line)) is not None:
                self.sources.append(parts)
            pairs = []
            if "：" in text or ":" in text:
                pairs = labels_in(text) if label_of(text) is not None else _row_of_labels(text)
                for n, (label, meaning, value) in enumerate(pairs):
                    last = n == len(pairs) - 1
                    if not value and last and k + 1 < len(lines) and len(lines[k + 1].text) <= 40:
                        value = lines[k + 1].text  # 来源： / 四川日报: the value on the line below
                    if value:
                        self.labels.append((meaning, value, label))
            if not pairs and (named := _dated_source(text)) is not None:
                self.labels.append(("source", named, ""))  # 2018年12月28日 19:55 新京报

    def labelled(self, meaning: str) -> list[str]:
        return [value for kind, value, _ in self.labels if kind == meaning]

    def site_owners(self) -> list[str]:
        """The owners the page names, the site's own first (``主办：某市人民政府``, its footer): a
        信息公开 table's ``发布机构：某市统计局`` (``发文机关：``) names the office that filed the record
        on that site — the issuer's side, as a bulletin's 某县统计局 is of its county's site — not where
        the record was published."""
        owners = [(label, value) for kind, value, label in self.labels if kind == "owner"]
        return [value for label, value in sorted(owners, key=lambda pair: pair[0] in _FILING_LABELS)]


def _row_of_labels(text: str) -> list[tuple[str, str, str]]:
    """``版权声明 来源：当代商报 时间：2019-09-23 14:34:05 作者：``: a page's row of information labels
    after a word of its own — two or more labels, one of them a source or a date."""
    pairs = labels_in(text)
    if len(pairs) < 2 or not any(meaning in ("source", "date") for _, meaning, _ in pairs):
        return []
    return pairs


def evidence(document: Document) -> _Evidence:
    found = document.memo.get("evidence")
    if isinstance(found, _Evidence):
        return found
    made = _Evidence(document.lines)
    document.memo["evidence"] = made
    return made


def infer_publication(document: Document, issue_title: str | None) -> str | None:
    """The publication by the rule in the module docstring, or ``None``."""
    for key in _FRONT_PUB_KEYS:
        value = document.metadata.get(key)
        # source: 纸质简报 over # 林业工作简报（第3期）: where the note came from, not the issue's name
        if value and key in _FRONT_SOURCE_KEYS and issue_title and (own := name_with_number(issue_title)):
            return own
        if value and not value.startswith("http"):
            return value.strip("《》")
    named = [issue_title or ""] + [
        line.text for line in document.lines if line.aside in ("issue title", "issue header")
    ]
    for text in named:
        if match := _BOOK_TITLE.search(text):
            return match.group(1)
    if issue_title and (name := _name_before_date(issue_title) or name_with_number(issue_title)):
        return name  # 某某信息 2023年2月10日, 政协信息（2023年第3期）: the issue's own name
    for text in named[1:]:
        if name := name_with_number(text):
            return name  # a web page's heading 纪检监察工作简报（第5期） over its 来源：… line
    if account := _post_account(document.lines):
        return account  # the WeChat account that posted it, whatever source it names for its text
    found = evidence(document)
    sources = Counter(parts[0] for parts in found.sources)
    if sources:
        return sources.most_common(1)[0][0]
    masthead = _masthead(document.lines)
    if masthead and not _a_trail_step(masthead, found.labelled("chrome")):
        return masthead  # a bulletin's own name over its items, whose 来源： labels name contributors
    if paper := _name_over_owner(document.lines):
        return paper  # 某某新闻 / 某某县融媒体中心主办　2025年…: the paper, not the centre that runs it
    labelled = [name for name in map(_clean_name, found.labelled("source")) if _names_a_publisher(name)]
    if labelled:
        return _portal_of(labelled[0], found.labelled("owner")) or labelled[0]
    owners = found.site_owners()
    if owners:
        return _clean_name(owners[0])
    holders = found.labelled("holder")  # the site's own page (来源：本站原创, or no source at all)
    return (
        _paper_of(holders[-1])
        if holders
        else _paper_name_over_day(document.lines) or _office_under_title(document)
    )


def _name_over_owner(lines: list[Line]) -> str | None:
    """``青禾新闻`` right over ``青禾县融媒体中心主办　2025年10月9日``: among the file's first lines, a name
    alone over the line naming who runs the paper (主办) — the paper's own name, which the owner line
    follows on an e-paper's head."""
    for k in range(1, min(len(lines), _HEAD_LINES)):
        if OWNER_LINE.match(lines[k].text) and (name := bare_name(lines[k - 1].text)):
            return name
    return None


def _office_under_title(document: Document) -> str | None:
    """``汀溪县2026年一季度重点工作进展情况`` / ``汀溪县人民政府办公室`` / ``2026年4月15日``: a report's head
    names the office that issued it under its title; with nothing else naming a publication, the office
    is its publisher."""
    head = [line.text for line in document.lines[:_HEAD_LINES] if line.aside == "issue title"]
    return next((text for text in head[1:] if is_issuer(text) and " " not in text), None)


_HEAD_LINES = 8


def _paper_name_over_day(lines: list[Line]) -> str | None:
    """A paper's name alone on the file's first line (``某某报``) right over its day with the weekday or
    the issue's number (``2026年4月8日　星期三　第2187期``): an e-paper's text version opens so.  Tried last,
    when nothing else names the publication; a name ending in 报 alone is no masthead without that line
    (``喜报``, ``情况通报`` are titles)."""
    if len(lines) < 2 or not lines[0].text.endswith(("报", "報")) or lines[1].gap:
        return None
    name, day = lines[0].text, lines[1].text
    if not _PAPER_NAME.match(name) or not _FULL_DAY.search(day) or not ("星期" in day or "期" in day):
        return None
    return name


_PAPER_NAME = re.compile(r"^[\u4e00-\u9fff]{2,8}[报報]$")
_FULL_DAY = re.compile(r"^\d{4}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日")


_TRAIL_STEP = re.compile(r"[>＞»›]+")


def _between_trail_marks(lines: list[Line], k: int) -> bool:
    """``首页`` / ``>`` / ``政务信息`` / ``>`` / ``宁夏要闻``: a step of a page's trail copied one crumb a
    line (a ``>`` line next to it) — the site's channel, never a bulletin's masthead."""
    return (k > 0 and lines[k - 1].text in _TRAIL_MARKS) or (
        k + 1 < len(lines) and lines[k + 1].text in _TRAIL_MARKS
    )


_TRAIL_MARKS = frozenset({">", "＞", "»", "›", ">>", "》"})


def _a_trail_step(name: str, trails: list[str]) -> bool:
    """``当前位置：首页 > 政务动态 > 领导活动``: a name the page's trail steps through is a channel of the
    site — its menu's entry near the page's top, read there as a masthead — not a bulletin's name."""
    steps = (
        step.strip() for trail in trails if ">" in trail or "＞" in trail for step in _TRAIL_STEP.split(trail)
    )
    return name in steps


_HOST_OFFICES = ("办公室", "办公厅")


def _portal_of(source: str, owners: list[str]) -> str | None:
    """``来源：区政府办公室`` on a site whose footer says ``主办：河西区人民政府办公室``: the source is the
    office that runs the site, named short, so the item is the site's own — and the site is the
    government's portal (``河西区人民政府``).  None when the source names another body, or the host is no
    government's office (a bureau's ``省发改委`` on its own site stays the source)."""
    if not source.endswith(_HOST_OFFICES):
        return None
    short = source.replace("人民政府", "政府")
    for owner in map(_clean_name, owners):
        government = owner[:-3]
        if (
            owner.endswith(_HOST_OFFICES)
            and government.endswith("人民政府")
            and owner != source
            and owner.replace("人民政府", "政府").endswith(short)
        ):
            return government
    return None


_POST_LINES = 6  # a post's line stands under its title, among the file's first lines


def post_heading(lines: list[Line]) -> str | None:
    """A WeChat post's own heading: the line right over its post line (``柘源早知道｜3月18日`` over ``原创
    柘源发布 柘源发布``), what the post is called where it lists a digest of items under one heading — the
    issue's title, not the account's name.  None without a post line, or with nothing over it that could
    be a heading (a sentence, a date, another post line)."""
    for k, line in enumerate(lines[:_POST_LINES]):
        text = line.text
        if k == 0 or len(text) > _POST_CHARS or not (text.startswith("原创") or "发表于" in text):
            continue
        joined = f"{text} {lines[k + 1].text}" if k + 1 < len(lines) else text
        if not (post_account(text) or (text.startswith("原创") and post_account(joined))):
            continue
        above = lines[k - 1].text
        if len(above) <= _POST_CHARS and not ends_sentence(above) and kind_of(above) is not Kind.DATE:
            return above
        return None
    return None


def _post_account(lines: list[Line]) -> str | None:
    """The account of a WeChat post's line (``原创 账号 2025年11月03日 18:30 浙江``, ``账号 2025-11-03
    18:30 发表于浙江``) near the file's top; a source's line with its day and hour (``新华社 2024年1月2日
    10:30 北京``) names no account."""
    for k, line in enumerate(lines[:_POST_LINES]):
        text = line.text
        post = len(text) <= _POST_CHARS and (text.startswith("原创") or "发表于" in text)
        if post and (account := post_account(text)):
            return account
        # 原创 账号 账号 / 2026年03月18日 07:30 发表于某地: a phone's copy breaks the line before the day
        split = text.startswith("原创") and k + 1 < len(lines) and len(lines[k + 1].text) <= _POST_CHARS
        if split and (account := post_account(f"{text} {lines[k + 1].text}")):
            return account
    return None


_POST_CHARS = 60


def _paper_of(holder: str) -> str:
    """``云岭县报社版权所有`` on an e-paper's page: the 报社 is the office that prints the paper, 云岭县报."""
    return holder[:-1] if holder.endswith(("报社", "報社")) and len(holder) > 3 else holder


_HOLDER_AFTER = re.compile(
    r"版[权權]所有\s?[:：]?\s?(?:(?:©|Copyright)\s?)?(?:\d{4}(?:\s?[-–—]\s?\d{4})?\s?)?"
    r"(?P<name>[^\s　©|｜,，。;；:：()（）\[\]]{2,30})"
)
_HOLDER_BEFORE = re.compile(
    r"(?:^|[\s　©:：])(?P<name>[^\s　©|｜,，。;；:：()（）\[\]]{2,30})\s?版[权權]所有"
)
_AFTER_HOLDER = re.compile(
    r"主办|主辦|承办|协办|協辦|技术支持|技術支持|地址|电话|電話|备案|邮编|联系|未经|未經|不得|禁止|Copyright|ICP"
)


def _copyright_holder(text: str) -> str | None:
    """``版权所有：中国地理学会``, ``版权所有湖南省…医院　Copyright…``, ``长江互动传媒网版权所有``: the
    site's owner named by its copyright line (the page's own name, for its own articles)."""
    at = max(text.find("版权所有"), text.find("版權所有"))
    if at < 0:
        return None  # 所有 in running text
    window = text[max(0, at - 40) : at + 60]
    for pattern in (_HOLDER_AFTER, _HOLDER_BEFORE):
        match = pattern.search(window)
        name = _AFTER_HOLDER.split(match.group("name"))[0].strip("·• ") if match else ""
        if len(_HAN_RUN.findall(name)) >= 2:
            return name
    return None


_HAN_RUN = re.compile(r"[\u4e00-\u9fff]")


def _dated_source(text: str) -> str | None:
    """``2018年12月28日 19:55 新京报``, ``中国网 2019-11-25 10:37:31``: the source named beside a date."""
    if len(text) > 40 or not any(map(str.isdigit, text[:4] + text[-4:])):
        return None
    if not is_date_line(text):
        return None
    match = _NAME_BESIDE_DATE.search(text)
    return (match.group("before") or match.group("after")) if match else None


_NAME_BESIDE_DATE = re.compile(
    r"^(?P<before>[\u4e00-\u9fff]{2,12})\s|\d(?:\s{1,3}|\s{0,3}[·•|｜]\s{0,3})(?P<after>[\u4e00-\u9fff]{2,12})$"
)


def _name_before_date(title: str) -> str | None:
    """``新闻联播 2007-01-10`` → ``新闻联播``: a digest's title is its programme's name and a date."""
    match = re.match(r"^([\u4e00-\u9fff]{2,12})\s?(?:\d{4}[-年./]|\(?\d{8})", title)
    if match is None or match.group(1)[-1] in _PLACE_ENDS:
        return None  # 汀溪县2026年一季度…情况: a report on a place and a period, not a programme's name
    return match.group(1)


_PLACE_ENDS = "省市县区乡镇村州旗盟"


def masthead_of(document: Document) -> str | None:
    return _masthead(document.lines)


def _masthead(lines: list[Line]) -> str | None:
    head = list(
        islice(
            (line for line in lines if line.aside in (None, "web page header", "issue title")),
            _MASTHEAD_WITHIN + _MARKS,
        )
    )
    top = [
        line
        for k, line in enumerate(head)
        if not marked_debris(line.text)  # Ac over 人大工作简报: the masthead's ornament read by OCR
        and not _between_trail_marks(head, k)
    ]
    units = spelled_out(top)
    marks = internal_marks(units)  # 内部资料 / 注意保存 over the name
    units = spelled_out([line for group, _ in units[marks:] for line in group][:_MASTHEAD_WITHIN])
    for k, (group, text) in enumerate(units):
        name = masthead_name(text)
        below = masthead_name(units[k + 1][1]) if name and k + 1 < len(units) else None
        if name and below and name in below:
            continue  # 工 作 动 态 / 某某工作动态: the full name printed under its spaced-out short form
        if name:
            above = units[k - 1] if k > 0 else None
            if (
                above is not None
                and above[0][-1].aside == "issue title" == group[0].aside
                and _subject(above[1])
            ):
                return above[1] + name  # “改革创新、奋发有为”大讨论 / 简　报: a special bulletin's subject
            return name
    return _issue_name(units)


def _issue_name(units: list[tuple[list[Line], str]]) -> str | None:
    """A name of no known kind that the masthead prints with the issue's number: beside it
    (``某某摘报　2022年第42期``) or over it."""
    for k, (group, text) in enumerate(units):
        if group[0].aside != "issue title":
            continue
        if name := name_with_number(text):
            return name
        following = units[k + 1][1] if k + 1 < len(units) else ""
        if ISSUE_NUMBER.match(following) and (name := bare_name(text)):
            above = (
                bare_name(units[k - 1][1]) if k > 0 and units[k - 1][0][0].aside == "issue title" else None
            )
            if above and SPECIAL_ISSUE.match(name) and not SPECIAL_ISSUE.match(above):
                return above  # 清河风采 / 乡村振兴专刊 / 第3期: the name over the special issue's kind
            return name
    return None


def _subject(text: str) -> bool:
    """A short line over a bulletin's name that is not a number, date, office or rule."""
    short = 2 <= len(text) <= _SUBJECT_CHARS
    return short and masthead_name(text) is None and not any(char.isdigit() for char in text)


_SUBJECT_CHARS = 24


def issue_number(document: Document) -> str | None:
    """``第15期（总第236期）`` (or ``（第15期）``) among the first lines: a bulletin's number, part of its
    issue title."""
    for line in islice((line for line in document.lines if line.aside in (None, "issue title")), 6):
        text = line.text
        if text[:1] in "(（" and text[-1:] in ")）":
            text = text[1:-1].strip()  # （第15期）: the number in brackets on a line of its own
        match = ISSUE_NUMBER.match(text)
        if match:
            return "".join(match.group().split())
    return None


def _source(line: Line) -> tuple[str, str, str | None] | None:
    text = line.text
    if text.endswith(("）", ")")) and text.find("《", 1) > 0 and (split := split_trailing_source(text)):
        text = split[1]
    if text[:1] not in "《" and not text.endswith("版") and "日报" not in text[:14]:
        return None
    return source_parts(text)


_PUBLISHER_ENDS = tuple("网網报報台社刊号號站端讯訊")
_NOT_A_PUBLISHER = frozenset(
    {"本站", "本网", "本站原创", "原创", "本网原创", "网络", "互联网", "网友", "转载"}
)


def _names_a_publisher(name: str) -> bool:
    """``湖南日报`` does; ``本站原创``, ``网络`` or a person's name (``朱姝璟``) does not."""
    if not name or name in _NOT_A_PUBLISHER:
        return False
    if _NEXT_FIELD.match(name) or not any(char.isalpha() for char in name):
        return False  # 来源：访问量：88, 来源：****: an empty field, the next one run into it
    return name.endswith(_PUBLISHER_ENDS) or not looks_like_name(name)  # 南方网 is no person


_NEXT_FIELD = re.compile(r"^[\u4e00-\u9fff]{2,5}[:：]")


_LINK = re.compile(r"\[(?P<text>[^\[\]]{1,40})\]\([^()\s]{0,300}\)")
_GLUED_LABEL = re.compile(
    "|".join(re.escape(label) + "[:：]" for label in sorted(LABELS, key=len, reverse=True) if len(label) > 1)
)
"""A page field's label (``承办：``, ``访问量：``) inside a value: where the next field begins."""


def _clean_name(value: str) -> str:
    value = _LINK.sub(r"\g<text>", value.strip())  # 来源：[商讯](http://…): Markdown keeps the link
    value = re.split(r"\s{2,}|\s(?=[\u4e00-\u9fff]{1,4}[:：])|[|｜]|\s?【", value.strip())[0]
    if glued := _GLUED_LABEL.search(value, 2):
        value = value[: glued.start()]  # 某某县人民政府承办：…: the spaces dropped, the next field run in
    words = value.split()
    while len(words) > 1 and words[-1] in CHROME_WORDS:
        words.pop()  # 华龙网 举报: a button the page set beside the name
    value = _button_run_on(" ".join(words))
    parts = [part for part in re.split(r"\s?[-－—]+\s?", value) if part]
    papers = [part for part in parts if part.endswith(("报", "報"))]
    if len(parts) > 1 and papers:
        value = papers[-1]  # 大河网-河南日报: the site, then the paper it carries
    return value.strip("《》 ")


def _button_run_on(value: str) -> str:
    """``来源: 新京报举报``: a text browser ran the page's ``举报`` button onto the source's name with no
    space between them.  A button's word (two to four hanzi) closing a name that, without it, ends as a
    publisher's name does (``…报``, ``…网``) is the button, not part of the name."""
    for size in _BUTTON_SIZES:
        name, word = value[:-size], value[-size:]
        if (
            len(name) >= _NAME_MIN
            and word in CHROME_WORDS
            and _HANZI.match(word)
            and name.endswith(_PUBLISHER_ENDS)
        ):
            return name
    return value


_BUTTON_SIZES = (2, 3, 4)
_NAME_MIN = 2
_HANZI = re.compile(r"^[\u4e00-\u9fff]+$")


def infer_issue_date(document: Document, articles: list[ParsedArticle], source_name: str) -> str | None:
    """ISO date of the issue by the rule in the module docstring, or ``None``."""
    if (own := _own_date_line(articles)) is not None:
        return own.isoformat()
    for tier in (_stated, _printed, _date_lines, _occasions, _signed):
        found = tier(document, articles)
        if found is not None:
            return found.isoformat()
    found = _events(articles)
    if found is not None:
        return found.isoformat()
    named = _dates_in(_NAME_DATE, source_name)
    return named[0].isoformat() if named else None


def _own_date_line(articles: list[ParsedArticle]) -> dt.date | None:
    """A document's own date line under its title (``2023年3月28日``, ``（2024年4月12日）``): the day the
    issuer dated it, before the day a site reposting it labels its page with (``发文日期：2023-03-31``).
    Only for a page holding that one document, its date line nothing but a whole day."""
    if len(articles) != 1 or not (line := articles[0].date_line) or not _BARE_DAY.match(line):
        return None
    days = _any_dates(line)
    return days[0] if len(days) == 1 else None


_BARE_DAY = re.compile(r"^[(（]?\d{4}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日[)）]?$")


def _stated(document: Document, articles: list[ParsedArticle]) -> dt.date | None:
    for key in _FRONT_DATE_KEYS:
        value = document.metadata.get(key)
        if value and (days := _any_dates(value)):
            return days[0]
    periods: list[dt.date] = []
    for text in _issue_title_texts(document.lines):
        if days := _any_dates(text):
            if not _PERIOD.search(text):
                return days[0]
            periods.append(days[0])
    for value in evidence(document).labelled("date"):
        if days := _any_dates(value):
            return days[0]
    if (issued := _issued_on(document)) is not None:
        return issued
    released = {
        day for line in document.lines if line.aside == RELEASE_END for day in _any_dates(line.text)[:1]
    }
    if len(released) == 1:
        return released.pop()  # press releases of one day, each dated under its 完
    return periods[0] if periods else None


def _issue_title_texts(lines: list[Line]) -> Iterator[str]:
    """The masthead's lines (set aside as the issue's title), a day a hard wrap cut at the line's end
    (``…办公室　2025年`` / ``12月20日``) read with the line right under it that holds its rest."""
    for k, line in enumerate(lines):
        if line.aside != "issue title":
            continue
        text = line.text
        below = lines[k + 1] if k + 1 < len(lines) else None
        if (
            below is not None
            and below.aside == "issue title"
            and below.gap == 0
            and _CUT_DAY_HEAD.search(text)
            and _CUT_DAY_REST.match(below.text)
        ):
            text += below.text
        yield text


_CUT_DAY_HEAD = re.compile(r"\d{4}\s?年(?:\s?\d{1,2}(?:\s?月(?:\s?\d{1,2})?)?)?$")
_CUT_DAY_REST = re.compile(r"\d{0,2}\s?[月日]")


_PERIOD = re.compile(
    r"\d{1,2}\s?日\s?(?:—{1,2}|－|-|–|~|～|至|到)\s?(?:\d{4}\s?年\s?)?(?:\d{1,2}\s?月\s?)?\d{1,2}\s?日"
)
"""``（2025年3月10日—3月16日）``: the days a weekly or monthly issue covers, not the day it came out; the
issue's own day, printed elsewhere (``…2025年3月17日印发``, ``发布时间：``), comes first, the period's
first day only when nothing else is stated."""
_ISSUED = re.compile(r"(\d{4}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日)\s?印[发發]$")


def _issued_on(document: Document) -> dt.date | None:
    """The day a bulletin's last lines say it was issued (``县市场监督管理局办公室　2025年3月17日印发``)."""
    for line in reversed(document.lines):
        if (
            line.text.endswith(("印发", "印發"))
            and (match := _ISSUED.search(line.text))
            and (days := _any_dates(match[1]))
        ):
            return days[0]
    return None


def _printed(document: Document, articles: list[ParsedArticle]) -> dt.date | None:
    days: Counter[dt.date] = Counter()
    for parts in evidence(document).sources:
        if found := _any_dates(parts[1]):
            days[found[0]] += 1
    if not days:
        return None
    day, count = days.most_common(1)[0]
    return day if count * 2 >= sum(days.values()) else None


def _date_lines(document: Document, articles: list[ParsedArticle]) -> dt.date | None:
    days = {
        day
        for article in articles
        if article.date_line and not is_adoption_line(article.date_line)
        for day in _any_dates(article.date_line)[:1]
    }
    return days.pop() if len(days) == 1 else None


def _occasions(document: Document, articles: list[ParsedArticle]) -> dt.date | None:
    days: set[dt.date] = set()
    for article in articles:
        if article.subtitle and kind_of(article.subtitle) is Kind.OCCASION:
            days.update(_any_dates(article.subtitle)[:1])
    return days.pop() if len(days) == 1 else None


def _signed(document: Document, articles: list[ParsedArticle]) -> dt.date | None:
    """A document's day under the office that issued it, closing its text (``县人民政府办公室`` /
    ``2025年10月20日``): a notice or a report on its own, the whole file one article.  The two may
    stand on one line (set right, a PDF's layout copy keeps them side by side), and an attachment
    (``附件`` alone on its line, then a table) may follow the signature: it is not the text's end."""
    if len(articles) != 1 or len(articles[0].blocks) < 2:
        return None
    blocks = [block.text for block in articles[0].blocks]
    blocks = blocks[: _attachment_start(blocks)]
    if len(blocks) < 2:
        return None
    office, day = blocks[-2:]
    if not (is_issuer(office) and kind_of(day) is Kind.DATE):
        side_by_side = _OFFICE_AND_DAY.match(blocks[-1])
        if side_by_side is None:
            return None
        office, day = side_by_side.groups()
        if not (is_issuer(office) and kind_of(day) is Kind.DATE):
            return None
    days = _any_dates(day)
    return days[0] if days else None


def _attachment_start(blocks: list[str]) -> int:
    """Where a document's attachment starts: its last line reading ``附件`` (or ``附件2``) alone."""
    return next(
        (k for k in range(len(blocks) - 1, 1, -1) if _ATTACHMENT_HEAD.match(blocks[k])),
        len(blocks),
    )


_ATTACHMENT_HEAD = re.compile(r"^附\s?件\s?\d{0,2}\s?[:：]?$")
_OFFICE_AND_DAY = re.compile(
    r"^([\u4e00-\u9fff\d（）()]{4,40}?)[ \u3000]+(\d{4}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日)$"
)


def _events(articles: list[ParsedArticle]) -> dt.date | None:
    candidates: list[dt.date] = []
    note_years: list[int] = []
    for article in articles:
        if article.source_note and "原载" in article.source_note:
            for day in _dates_in(_FULL_DATE, article.source_note):
                candidates.append(day)
                note_years.append(day.year)
    openings: list[tuple[ParsedArticle, int, int]] = []
    years: Counter[int] = Counter()
    for article in articles:
        for block in article.blocks:
            text = block.text
            dateline = parse_dateline(text)
            if dateline:
                text = text[len(dateline[0]) :]
            match = _OPENING_DATE.match(text) if text[:1].isdecimal() else None
            if match:
                openings.append((article, int(match.group(1)), int(match.group(2))))
                if "年" in block.text:
                    years.update(map(int, _YEAR.findall(block.text)))
    fallback_year = _fallback_year(note_years, years)
    for article, month, mday in openings:
        year = _year_for(article, fallback_year)
        found = _date(year, month, mday) if year is not None else None
        if found is not None:
            candidates.append(found)
    return max(candidates) if candidates else None


def _year_for(article: ParsedArticle, fallback_year: int | None) -> int | None:
    if article.date_line and (match := _YEAR.match(article.date_line)):
        return int(match.group(1))
    return fallback_year


def _fallback_year(note_years: list[int], years: Counter[int]) -> int | None:
    """The year for an article without a date line: the source notes', else the paragraphs' usual one."""
    if note_years:
        return max(note_years)
    ranked = years.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def _any_dates(text: str) -> list[dt.date]:
    found = _dates_in(_FULL_DATE, text) or _dates_in(_ISO_DATE, text) or _dates_in(_COMPACT_DATE, text)
    return found or (_roc_dates(text) if ("年" in text or "-" in text or "." in text) else [])


_ROC_IN = re.compile(ROC_DATE)
_ROC_PARTS = re.compile(
    r"(?P<y>[\d〇○零一二三四五六七八九]{2,3})(?:\s?年\s?|[-/.])(?P<m>[\d一二三四五六七八九十]{1,3})"
    r"(?:\s?月\s?|[-/.])(?P<d>[\d一二三四五六七八九十]{1,3})"
)
_CN_VALUE = {c: n for n, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "○": 0}


def _roc_dates(text: str) -> list[dt.date]:
    """Days in Taiwan's calendar (``linekinds.ROC_DATE``: ``中華民國一一三年一月二十日``, ``113.01.20``),
    the year + 1911, numerals in digits or in characters."""
    days = []
    for match in _ROC_IN.finditer(text):
        parts = _ROC_PARTS.search(match.group())
        if parts is None:
            continue
        year, month, day = (_numeral(parts.group(k)) for k in ("y", "m", "d"))
        if (found := _date(year + _ROC_OFFSET, month, day)) is not None:
            days.append(found)
    return days


def _numeral(text: str) -> int:
    """``113`` / ``一一三`` (digit by digit) / ``二十`` / ``十二`` / ``二十一`` as a number."""
    if text.isdecimal():
        return int(text)
    if "十" not in text:
        return int("".join(str(_CN_VALUE[c]) for c in text))
    tens, _, ones = text.partition("十")
    return (_CN_VALUE[tens] if tens else 1) * 10 + (_CN_VALUE[ones] if ones else 0)


def _dates_in(pattern: re.Pattern[str], text: str) -> list[dt.date]:
    days = []
    for match in pattern.finditer(text):
        year = int(match.group("y"))
        if "roc" in match.groupdict() and match.group("roc"):
            year += _ROC_OFFSET
        elif year < 1000:
            continue
        if day := _date(year, int(match.group("m")), int(match.group("d"))):
            days.append(day)
    return days


def _date(year: int, month: int, day: int) -> dt.date | None:
    if not 1900 <= year <= 2200:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def first_of(values: Iterable[str | None]) -> str | None:
    return next((value for value in values if value), None)
