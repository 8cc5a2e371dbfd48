"""Patterns that need no segmentation: dates, amounts, bylines, name shapes.

Kept apart from the recogniser so each rule can be read and tested alone.
"""

from __future__ import annotations

import re

from reader.entities.dictionaries import dictionaries, word_tags

_NUM = r"\d+(?:\.\d+)?"
_RANGE = rf"{_NUM}(?:\s*[-~～—至]\s*{_NUM})?"

# 2024年9月30日上午, 9月24日~26日, 1-11月, 2023年至2024年 (two dates), 1~6月份
DATE = re.compile(
    r"(?<![\d.])(?:"
    r"\d{4}年(?:\d{1,2}(?:\s*[-~～]\s*\d{1,2})?月(?:份)?(?:\d{1,2}(?:\s*[-~～]\s*\d{1,2})?日)?)?(?:底|初)?"
    r"|\d{1,2}月\s*[-~～]\s*\d{1,2}月"
    r"|\d{1,2}(?:\s*[-~～]\s*\d{1,2})?月(?:份)?(?:\d{1,2}日(?:\s*[~～-]\s*\d{1,2}日)?)?"
    r"|\d{1,2}日(?:\s*[~～-]\s*\d{1,2}日)?"
    r")(?:上午|下午|晚上|晚|早上|凌晨|中午)?"
)

UNITS = [
    "个工作日",
    "工作日",
    "亿元",
    "万亿元",
    "万元",
    "千元",
    "元",
    "亿美元",
    "万美元",
    "美元",
    "万人次",
    "人次",
    "万人",
    "人",
    "名",
    "位",
    "户",
    "家",
    "个",
    "项",
    "件",
    "批",
    "次",
    "所",
    "座",
    "条",
    "处",
    "台",
    "辆",
    "万辆",
    "套",
    "组",
    "幅",
    "场",
    "届",
    "期",
    "天",
    "小时",
    "分钟",
    "年",
    "周年",
    "个月",
    "个半月",
    "月",
    "周",
    "岁",
    "亩",
    "万亩",
    "平方公里",
    "平方米",
    "万平方米",
    "公里",
    "千米",
    "米",
    "厘米",
    "吨",
    "万吨",
    "千克",
    "公斤",
    "克",
    "毫升",
    "升",
    "千瓦",
    "兆瓦",
    "万千瓦",
    "千瓦时",
    "度",
    "倍",
    "多",
    "余",
    "万",
    "亿",
    "%",
]
_UNIT = "|".join(sorted((re.escape(u) for u in UNITS), key=len, reverse=True))
QUANTITY = re.compile(
    rf"(?<![\d.第])(?:(?<![签节制公契预条邀相违履合大])约|(?<![最将接附亲邻])近|逾)?{_RANGE}\s*(?:多|余)?"
    rf"(?:万|亿)?(?:多|余)?(?:{_UNIT})(?:多|余)?"
)
# 党的二十大, 中共十九大, 二十大精神: a numbered party congress, the party's highest body;
# only after 党的/中共 or before what the news says of a congress (not 第三大银行, 五大洲, 十大新闻)
_CONGRESS = r"(?:十[一二三四五六七八九]?|二十[一二三四五六七八九]?|[一二三四五六七八九])大"
CONGRESS = re.compile(
    rf"(?<=党的){_CONGRESS}|(?:中共|中国共产党){_CONGRESS}"
    rf"|(?<![第一二三四五六七八九十]){_CONGRESS}(?=精神|报告|以来|召开|胜利|代表|文件|提出|确定|作出|强调|指出|开幕|闭幕)"
)
# 市委市政府, 省委省政府: one level's party committee and government written together are two bodies (the
# party committee may carry a place before it: 驻马店市委|市政府)
PARTY_AND_GOVERNMENT = re.compile(r"([省市县区州])委(\1政府)")
# 县一中, 市二中: a county's or city's secondary school by its number (not 二中院, a court, nor 一中心)
NUMBERED_SCHOOL = re.compile(r"[市县区][一二三四五六七八九十]{1,2}中(?![学心央间国院级部])")
# 民盟某某县支部, 民革某某市委员会: a democratic party's unit of a place — its short name, the place with
# its level, the unit (jieba and the model read the party alone and the place's 支部 apart)
DEMOCRATIC_PARTY_UNIT = re.compile(
    r"(?:民革|民盟|民建|民进(?!党)|农工党|致公党|九三学社|台盟)[\u4e00-\u9fff]{1,8}?[省市县区]"
    r"(?:基层委员会|委员会|总支部|总支|支部|支社)"
)
# 某某网讯, 某某在线消息, 某某网3月3日报道, 来源：某某网 — a news site in its dateline or source line
_SITE = r"(?!据)[\u4e00-\u9fff]{2,8}?(?:网|在线)"
NEWS_SITE = re.compile(
    rf"(?:(?<![\u4e00-\u9fff])|(?<=据))({_SITE})(?=讯(?!息)|消息|\d{{1,2}}月)"
    rf"|(?<=来源[:：])\s*({_SITE})[ 　]*$",
    re.MULTILINE,
)
# 《多伦多星报》, 《读卖新闻》: a newspaper by its title (not a document: 《…通报》, 《…公报》);
# 《自然》杂志: a title and the kind of periodical after it, brackets and all
PUBLICATION = re.compile(
    r"《([^《》\n]{1,12}(?<![通公简情年预汇海喜捷举申电])报|[^《》\n]{2,10}新闻)》"
    r"|《[^《》\n]{1,12}》(?:周刊|杂志|月刊|半月刊|画报|日报|晚报)"
)
# 【中国证券报】, 【证券时报网】 opening a line over a digest's headline: the paper or site it was taken from
# (a section's own 【工作动态】 stands alone on its line, and 【情况通报】 is no paper)
SOURCE_TAG = re.compile(
    r"^[ \t\u3000]*【([^【】\n]{2,12}(?<![通公简情年预汇海喜捷举申电快])报|[^【】\n]{2,8}网)】(?=[^\s【])",
    re.MULTILINE,
)
# a byline role; the names after it are read by ``byline_names`` without backtracking
# 摄影 only where no Han character runs into it: 科普摄影大赛 and 旅行摄影范本 name no photographer
BYLINE_ROLE = re.compile(r"(?:特约)?(?:记者|通讯员|实习生)|(?<![\u4e00-\u9fff])摄影?")
# what follows the names in a credit, or stands where they would (通讯员供图, 记者陈智 整合)
BYLINE_ENDS = (
    *("通讯员", "记者", "实习生", "文/图", "摄", "报道"),
    *("供图", "供稿", "整理", "整合", "编译", "综合"),
)
BYLINE_MAX = 24  # characters of names after one role: four padded names at most
NOUN_ENDINGS = frozenset("会议报局厅部处院所校园区县市省村镇乡社队组团委办站馆室场厂店")
PRONOUNS = ("们", "大家", "自己", "他", "她", "您")
"""No given name ends in these pronouns: 向|他们, 于|我们 are a preposition (which is also a surname) and
"them".  我 and 你 do end given names (沈求我)."""
CJK = re.compile(r"[\u4e00-\u9fff]")
LOCAL_LEVELS = frozenset("省市县区乡镇村旗州盟")


def government_of_other(body: str) -> bool:
    """``芬兰政府``, ``新政府``: the government of a country, a leader or a time, which the
    news names through its owner, not as a body of its own — unlike a local government, which is one
    (``泌阳县政府``, ``市政府``, ``驻马店市人民政府``)."""
    if not body.endswith("政府") or body.endswith("人民政府"):
        return False
    return len(body) == 2 or body[-3] not in LOCAL_LEVELS


def is_name_shaped(text: str) -> bool:
    """Two to four Han characters beginning with a known surname."""
    words = dictionaries()
    if not 2 <= len(text) <= 4 or not all(CJK.match(c) for c in text):
        return False
    if text[-1] in NOUN_ENDINGS:
        return False  # 周例会, 周通报: a surname character starting an ordinary noun
    if text.endswith(PRONOUNS):
        return False
    if text[:2] in words.compound_surnames and len(text) >= 3:
        return True
    if len(text) == 4 and text[0] in words.surnames and text[1] in words.surnames:
        # a married woman's name, her husband's surname first (林鄭月娥, 范徐麗泰); not 全国|人大
        tags = word_tags()
        return text[:2] not in tags and text[1:3] not in tags
    return text[0] in words.surnames and len(text) <= 3


_LABEL_NAME = r"[\u4e00-\u9fff]{2,4}(?:[（(][\u4e00-\u9fff]{1,4}[）)])?"
LABEL_LINE = re.compile(
    r"(?m)^[ \u3000]*(?P<label>[\u4e00-\u9fff、]{2,16})(?:[（(][\u4e00-\u9fff]{1,6}[）)])?"
    rf"(?:[：:][ \u3000]*|[ \u3000]+)(?P<names>{_LABEL_NAME}(?:、{_LABEL_NAME})*)[ \u3000]*$"
)
"""A line of a post as its label and names after a colon or a space (村委会委员：某某、某某（兼）,
党支部书记、村委会主任（一肩挑）：某某, 副县长　某某)."""
_NAME_NOTE = re.compile(r"[（(][\u4e00-\u9fff]{1,4}[）)]$")


def label_line_names(text: str) -> set[tuple[int, int]]:
    """The names of ``LABEL_LINE``s whose label ends in a post title, every item name-shaped: the line and
    the label bound each name, whatever the model or jieba make of its first characters (向|某某, a
    preposition; 龙海|某, a place)."""
    found: set[tuple[int, int]] = set()
    titles = dictionaries().titles
    for line in LABEL_LINE.finditer(text):
        if not line.group("label").endswith(titles):
            continue
        spans = []
        at = line.start("names")
        for item in line.group("names").split("、"):
            name = _NAME_NOTE.sub("", item)
            spans.append((at, at + len(name)))
            at += len(item) + 1
        if all(is_name_shaped(text[s:e]) for s, e in spans):
            found.update(spans)
    return found


NAME_ROW = re.compile(
    r"(?m)^[ \u3000]*(?P<name>[\u4e00-\u9fff]{2,4})(?:[（(][\u4e00-\u9fff，,、]{1,12}[）)])?[ \u3000]+"
    r"(?P<post>[\u4e00-\u9fff、]{2,30})[ \u3000]*$"
)
"""A list's row of a name, a note perhaps (（女，某族）), a space and a post chain to the line's end."""
POST_THEN_NAME = re.compile(
    r"(?<=[：:；;])[ \u3000]*(?P<post>[\u4e00-\u9fff、]{2,30})[ \u3000]+(?P<name>[\u4e00-\u9fff]{2,4})"
    r"(?=[ \u3000]*(?:[，,；;。]|$))",
    re.M,
)
"""After a label's colon or a semicolon, a post chain, a space and a name up to a comma, a semicolon or
the line's end (村级河长：某村党支部书记　某某；某村村委会主任　某某)."""
SEX_CELL = re.compile(
    r"(?m)(?:^|(?<=[ \u3000]))(?P<name>[\u4e00-\u9fff]{2,4})[ \u3000]+[男女](?=[ \u3000]|$)"
)
"""A table's cell of a name, then a cell that is only the person's sex (某某　　男　　1966.11)."""
ROSTER = re.compile(
    r"(?m)^[ \u3000]*(?:出席|列席|请假|缺席|参会人员|出席人员|列席人员)[：:](?P<names>[^\n]+)$"
)
"""A 纪要's attendance line: the label, then names a space apart (a reason in brackets after one
perhaps)."""
_ROSTER_ITEM = re.compile(r"([\u4e00-\u9fff]{2,4})(?:[（(][^（）()\n]{1,16}[）)])?")


def row_names(text: str) -> set[tuple[int, int]]:
    """Names a row's own marks bound, whatever the model or jieba make of them: a list's 「name　post」 row
    (the post ending in a title), 「：post　name；」 after a label, a table's name cell before its sex cell,
    and an attendance line's names (出席：某某　某某, every word a name)."""
    titles = dictionaries().titles
    found: set[tuple[int, int]] = set()
    for pattern in (NAME_ROW, POST_THEN_NAME):
        for match in pattern.finditer(text):
            if match.group("post").endswith(titles) and is_name_shaped(match.group("name")):
                found.add(match.span("name"))
    found.update(m.span("name") for m in SEX_CELL.finditer(text) if is_name_shaped(m.group("name")))
    for line in ROSTER.finditer(text):
        at, items = line.start("names"), []
        for word in re.finditer(r"[^ \u3000]+", line.group("names")):
            item = _ROSTER_ITEM.fullmatch(word.group())
            if item is None or not is_name_shaped(item.group(1)):
                break
            items.append((at + word.start(), at + word.start() + len(item.group(1))))
        else:
            found.update(items)
    return found


def byline_names(text: str) -> list[tuple[int, int]]:
    """Spans of reporters' names after a role in running text: ``本报讯(记者 郑付生 通讯员 张伟)``,
    ``本报记者 王尧 摄``, ``(记者张亚丹)``.

    After each role the scan reads at most ``BYLINE_MAX`` characters: names of one to four Han
    characters, single spaces or 、 between them (``记者王某、李某某报道``), up to a closing bracket, a line
    end, the end of the text or the next role (or 报道/摄).  Anything else (a comma, a run of five Han
    characters: ``记者深入基层…``) means it was not a byline.  Each role costs a bounded scan, so the
    whole is linear in the text.
    """
    spans: list[tuple[int, int]] = []
    for match in BYLINE_ROLE.finditer(text):
        start = match.end()
        while start < len(text) and text[start] in ":： \u3000":
            start += 1
        end = _byline_end(text, start)
        if end is not None and end > start:
            spans.extend((start + s, start + e) for s, e in split_byline_names(text[start:end]))
    return spans


def _byline_end(text: str, start: int) -> int | None:
    """Where the names starting at ``start`` end, or None when what follows is not a list of names."""
    pos, run = start, 0
    limit = min(len(text), start + BYLINE_MAX)
    while pos < limit:
        char = text[pos]
        if char in ")）\n" or (run == 0 and text.startswith(BYLINE_ENDS, pos)):
            return pos
        if char in " \u3000" or (char == "、" and run >= 2):
            run = 0
        elif CJK.match(char):
            if text.startswith(BYLINE_ENDS, pos) and run >= 2:
                return pos  # 郑付生通讯员张伟: the next role starts inside the run
            run += 1
            if run > 4:
                return None
        else:
            return None
        pos += 1
    return pos if pos == len(text) else None


def split_byline_names(chunk: str) -> list[tuple[int, int]]:
    """Spans of the names in ``郑付生 张伟`` or ``唐 翀`` (padded), relative to the chunk."""
    parts = [(m.start(), m.end()) for m in re.finditer(r"[\u4e00-\u9fff]+", chunk)]
    spans: list[tuple[int, int]] = []
    index = 0
    while index < len(parts):
        start, end = parts[index]
        if end - start == 1 and index + 1 < len(parts) and parts[index + 1][1] - parts[index + 1][0] == 1:
            spans.append((start, parts[index + 1][1]))  # 唐 翀 → one padded name
            index += 2
            continue
        if end - start == 4 and _two_names(chunk[start:end]):
            spans += [(start, start + 2), (start + 2, end)]  # 杨帆张珺: two names a line break joined
        elif 2 <= end - start <= 4:
            spans.append((start, end))
        index += 1
    return spans


def _two_names(run: str) -> bool:
    """Four characters that are two two-character names (``杨帆张珺``, surname + given name twice) rather
    than one name: no compound surname (欧阳仪宇), no married name with two surnames first (林鄭月娥),
    and no word of jieba's across the middle (a four-character given name)."""
    words = dictionaries()
    if run[:2] in words.compound_surnames or run[1] in words.surnames:
        return False
    if run[0] not in words.surnames or run[2] not in words.surnames:
        return False
    return run[1:3] not in word_tags()
