"""Organisations and places: a name part followed by a telling ending.

Both are found the same way: an ending (有限公司, 宣传部, 产业园, 村 …) and a
name part walked leftwards token by token.  jieba without its HMM splits a
word it does not know (鲲博玖瑞, 大熊庄) into single characters, so a run of
single characters is taken as part of a proper name whatever jieba tags them;
known words stop the walk unless they are nouns.  Where the walk swallowed
ordinary words before a clear start (a place, 市/省, 中国, 中共), the span is
cut back to that start: 产生|驻马店市企业联合会, 改扩建|市第二十八小学.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from reader.entities import rules
from reader.entities.claims import Claims
from reader.entities.dictionaries import ORG_TAG, PLACE_TAG, POSITION_TAG, Dictionaries

Token = tuple[str, int, int]

LEVEL_CHARS = frozenset("省市县区乡镇村")
STARTERS = frozenset(["中国", "中共", "国家", "共青团", "全国", "中央"])
BRIDGES = frozenset(["和", "与"])
FORMER_PARTY_UNIT = re.compile("原(?:党委|党组|党工委|党总支|党支部)$")
"""某某镇原党委 before a title: a former post (原党委副书记) of the town, not a body named 某某镇原."""
JOINT_VERBS = ("联合", "会同", "协同", "携手", "联同")
"""Verbs that put one body beside another (县教育局联合县文化馆): between two bodies, not in one."""
JOINT_LEVELS = frozenset("省市县区乡镇")
FLOOR_WORD = re.compile(r"[\d一二三四五六七八九十]{1,3}[楼层]")
ENUMERATOR = re.compile(r"[一二三四五六七八九十\d]{1,3}")
"""What a numbered item's brackets hold (（二）, (3)): no part of a name after them."""
ORDINAL = re.compile(r"(?<![一二三四五六七八九十百])[一二三四五六七八九十百]{1,8}届")
# words that open a noun phrase without naming anything: 部分学校, 各类企业, 相关单位
DETERMINERS = frozenset(
    [
        "部分",
        "全部",
        "所有",
        "有关",
        "相关",
        "其他",
        "其它",
        "各类",
        "各级",
        "广大",
        "一些",
        "周边",
        "全市",
        "全省",
        "全县",
    ]
)
# verbs and plans that bulletins put straight before a name: 续建开发区实验小学, 计划建设学校28个; a
# résumé's verbs before a post (现任县某某局副局长: jieba tags 现任 a noun)
ACTIONS = frozenset(
    [
        "现任",
        "拟任",
        "曾任",
        "历任",
        "担任",
        "兼任",
        "新建",
        "续建",
        "改建",
        "扩建",
        "改扩建",
        "筹建",
        "在建",
        "计划",
        "开展",
        "组织",
        "推动",
        "实施",
        "支持",
        "依托",
        "引进",
        "成立",
        "打造",
        "举办",
        "加快",
        "完成",
        "启动",
        "建成",
        "联合",
        "协调",
        "会见",  # jieba tags these meeting verbs as nouns: 某县领导|会见|某国某市代表团
        "参观",
        "座谈",
    ]
)
LEFT_EDGE = frozenset(["建设", "新增", "提升", "助力", "服务"])  # inside a name only: 住房和城乡建设局
STOP_CHARS = frozenset(
    "的在和与及为是对把到从由向于以被给让使经共各该本我其这那每了也都将已并又还个项家等或点里内外、届次年月日号期暨即"
)
NAME_TAGS = (
    "n",
    "nz",
    "nt",
    "ns",
    "nr",
    "nrt",
    "nrfg",
    "j",
    "vn",
    "b",
    "l",
    "eng",
    POSITION_TAG,
    ORG_TAG,
    PLACE_TAG,
)
PROPER_TAGS = ("nz", "nr", "nrt", "nrfg", "ns", "nt", PLACE_TAG)
GENERIC_ORGS = frozenset(
    [
        "市委",
        "省委",
        "县委",
        "区委",
        "市政府",
        "省政府",
        "县政府",
        "区政府",
        "党中央",
        "国务院",
        "团省委",
        "共青团省委",
        "市人大常委会",
        "省人大常委会",
        "市政协",
        "省政协",
        "市委常委会",
        "省委常委会",
        "管委会",
        "党工委",
        "乡公所",
        "镇公所",
        "县府",  # 縣府, 市府: how a Taiwan paper shortens 县政府 and 市政府
        "市府",
        "区公所",
    ]
)
NOT_ORG_ENDINGS = frozenset(  # ordinary words ending like an organisation (…局, …署, …厅)
    [
        "布局",
        "格局",
        "当局",
        "结局",
        "大局",
        "全局",
        "开局",
        "变局",
        "新局",
        "僵局",
        "部署",
        "签署",
        "展厅",
        "大厅",
        "餐厅",
        "客厅",
        "舞厅",
    ]
)
SITE_SUFFIXES = (
    "会展中心", "产业园", "软件园", "科技园", "工业园区", "工业园",
    "陵园", "纪念碑", "纪念馆", "小区", "景区", "公寓", "公园", "收费站", "服务区",
)  # fmt: skip
ZONES = ("开发区", "高新区", "示范区", "经开区", "新区")
LIST_TAIL = re.compile(r"等[\d家所个“”\u4e00-\u9fff]{0,8}?(?:企业|公司|项目|单位)")
ATTACHED = frozenset(["附属", "附设", "直属", "所属"])  # 洪堂小学附属幼儿园
LEAVES = ("小学", "中学", "学校", "幼儿园", "公司", "医院")  # units that have no sub-units of their own kind
COMPANY_ENDINGS = frozenset(["集团", "药业", "矿业", "实业", "乳业", "管业", "置业"])
STREET_CHARS = frozenset("街路巷道")
CLAUSE_MARKS = frozenset('，,。、；;：:！？!?“”"（）()《》 \u3000\n')
ITEM_JUNK = re.compile(r"(?:[(（][^)）]{1,4}[)）])?项目$")


def each_ones(text: str, start: int) -> bool:
    """各|乡镇党委: a level body after 各 (each) is every town's or county's, no body's name."""
    return start > 0 and text[start - 1] == "各" and text[start] in JOINT_LEVELS


class Phrases:
    def __init__(self, words: Dictionaries, tags: dict[str, str], tag_of: Callable[[str], str]) -> None:
        self.words = words
        self.tags = tags
        self.tag = tag_of  # the recogniser's word → tag function
        self._suffix_lengths = sorted({len(s) for s in words.org_suffixes}, reverse=True)
        self._suffix_set = frozenset(words.org_suffixes)
        self._suffix_memo: dict[str, str | None] = {}

    def org_suffix(self, word: str) -> str | None:
        """The longest organisation ending of ``word`` (the first of the longest-first list it ends with).

        Looked up by length and memoised: scanning every suffix for every token was the import's hot spot.
        """
        if word in self._suffix_memo:
            return self._suffix_memo[word]
        found = next(
            (word[-n:] for n in self._suffix_lengths if n <= len(word) and word[-n:] in self._suffix_set),
            None,
        )
        self._suffix_memo[word] = found
        return found

    # ------------------------------------------------------------ helpers
    def is_place(self, word: str, text: str) -> bool:
        """A dictionary place; a county alias that is also a common word needs its full name nearby."""
        level = self.words.places.get(word)
        if level is None:
            return False
        if level == "county-alias":
            full = [w for w in (word + "县", word + "区", word + "市") if w in self.words.places]
            return any(f in text for f in full)
        return True

    def proper(self, tokens: list[Token], first: int, last: int, text: str) -> bool:
        """Does tokens[first:last] contain a name (a place, an unknown word, a proper-noun tag)?"""
        singles = 0
        for word, _s, _e in tokens[first:last]:
            if len(word) == 1 and rules.CJK.match(word):
                singles += 1
                if singles >= 2:
                    return True
                continue
            singles = 0
            if self.is_place(word, text) or self.tags.get(word, "nz") in PROPER_TAGS or word in STARTERS:
                return True
        return False

    def name_start(self, text: str, tokens: list[Token], index: int, claim: Claims, limit: int = 8) -> int:
        """Leftmost token index of the proper-name part ending just before ``tokens[index]``."""
        first = index
        while first > 0 and index - first < limit:
            word, start, end = tokens[first - 1]
            if claim.taken(start, end) or not rules.CJK.match(word[0]):
                if (
                    word in (")", "）")
                    and first >= 3
                    and tokens[first - 3][0] in ("(", "（")
                    and ENUMERATOR.fullmatch(tokens[first - 2][0]) is None
                ):
                    first -= 3  # 中豫绿发(上海)实业有限公司, but not an item's （二）
                    continue
                break
            if word in BRIDGES:
                bridged = self._bridge(text, tokens, first - 1, claim)
                if bridged is None:
                    break
                first = bridged
                continue
            if len(word) == 1:
                if word in STOP_CHARS or word == "属":
                    break  # 县属|国有|某林场: who owns the body is said before its name
                first -= 1
                continue
            if word == "国有" and first >= 2 and tokens[first - 2][0].endswith("属"):
                break
            if FLOOR_WORD.fullmatch(word):
                break  # 县某某中心|一楼|新闻发布厅: a floor says where, the hall on it is no body's unit
            attached = first < index and tokens[first][0] in ATTACHED
            if not (self.namey(word, text) or attached) or (word.endswith(LEAVES) and not attached):
                break  # 市第二十二中学|第二幼儿园 are two schools; 洪堂小学附属幼儿园 is one
            first -= 1
        return self._anchor(text, tokens, first, index)

    def namey(self, word: str, text: str) -> bool:
        """Can this (multi-character) word be part of a name: a noun, a place, an ordinal (第二十八, 五届)?"""
        if word in DETERMINERS or word in ACTIONS or word.startswith("各"):
            return False  # 遂平县|部分|学校, 开发区|计划|建设学校, 各乡镇|人民政府 (each town's)
        tag = self.tag(word)
        if tag == POSITION_TAG:
            return False
        term = word.endswith("任")  # 第六任|某委员会: a holder's term of office, no part of the body's name
        ordinal = tag == "m" and not term and (word.startswith("第") or ORDINAL.fullmatch(word) is not None)
        return tag in NAME_TAGS or ordinal or self.is_place(word, text)

    def _bridge(self, text: str, tokens: list[Token], at: int, claim: Claims) -> int | None:
        """Walk over 和/与 inside a name when the part before it starts at a clear anchor (国家, 省, 市):
        国家计算机网络与信息安全管理中心, 省工业和信息化厅 — but not 市政府与|黄淮学院."""
        first = at
        while first > 0 and at - first < 3:
            word, start, end = tokens[first - 1]
            if claim.taken(start, end) or not rules.CJK.match(word[0]):
                break
            if word in STARTERS or word in LEVEL_CHARS or word in GENERIC_ORGS:
                return first - 1 if first < at else None  # 市委|网络安全和信息化委员会, not 市政府|与
            if len(word) == 1 or not self.namey(word, text) or word.endswith(self.words.org_suffixes):
                break  # 市委宣传部|和|市委直属机关工委 are two bodies
            first -= 1
        return None

    def _anchor(self, text: str, tokens: list[Token], first: int, index: int) -> int:
        """Cut leading ordinary words off when a clear start follows them, and leading verbs always:
        产生|驻马店市企业联合会, 续建|开发区实验小学."""
        while first < index and (tokens[first][0] in ACTIONS or tokens[first][0] in LEFT_EDGE):
            first += 1
        for anchor in range(first, index):
            word, at, _end = tokens[anchor]
            if word in LEVEL_CHARS and anchor > first and text[at - 1 : at + 1] in self.tags:
                continue  # 产业园|区|管委会: the level closes a word of the lead (园区), it opens no body
            if word in STARTERS or word in LEVEL_CHARS or self.is_place(word, text) or word in GENERIC_ORGS:
                lead = tokens[first:anchor]
                if all(len(w) >= 2 and self.tags.get(w, "nz") not in PROPER_TAGS for w, _s, _e in lead):
                    return anchor
                return first
        return first

    # ------------------------------------------------------- organisations
    def organisations(self, text: str, tokens: list[Token], claim: Claims) -> None:
        """Every organisation ending, last first, so a unit takes in the body it belongs to
        (中国科学院|纳米酶工程实验室); a level body (市委, 省政府) is claimed alone only after the
        sub-units that start with it (市委|人才工作领导小组) have had their turn."""
        generic = []
        for index in range(len(tokens) - 1, -1, -1):
            if tokens[index][0] in GENERIC_ORGS:
                generic.append(index)
            else:
                self._organisation(text, tokens, index, claim)
        for index in reversed(generic):
            self._organisation(text, tokens, index, claim)

    def _organisation(self, text: str, tokens: list[Token], index: int, claim: Claims) -> None:
        word, start, end = tokens[index]
        if claim.taken(start, end):
            return
        suffix = self.org_suffix(word)
        if suffix is None and word not in GENERIC_ORGS:
            return
        if word[-2:] in NOT_ORG_ENDINGS or text[max(0, end - 2) : end] in NOT_ORG_ENDINGS:
            return
        if word in ("县府", "市府") and text[end : end + 1] in STREET_CHARS:
            return  # 县府街, 市府路: a street named after the government, not the government
        if word != suffix and self.tags.get(word, "nt") not in ("nt", "nz", "ns", "n", "j", "nr"):
            return  # 布局, 部署: an ordinary word that merely ends like an organisation
        first = self.name_start(text, tokens, index, claim)
        lead = tokens[first][0] if first < index else ""
        last = self._absorb(tokens, index, claim)
        described = bool(lead) and not (
            self.proper(tokens, first, index, text)
            or lead in LEVEL_CHARS
            or lead in GENERIC_ORGS
            or text.endswith((*ZONES, "园区"), tokens[first][1], start)  # 产业园区|管委会: a zone's body
        )  # 现代化区域中心, 红娘协会: a description, not a name
        if first == index or described:
            named = self._sibling(text, start, claim) or (
                self._short_name(text, start, claim) if suffix in COMPANY_ENDINGS else None
            )
            if named is not None:
                claim.add("organization", named, tokens[last][2])
                return
            if described:
                return
        if first < index and self._leading_place(text, tokens, first, index):
            claim.add("place", tokens[first][1], tokens[first][2])
            first += 1  # 胡庙乡|万泉河液化气站, but 关王庙乡政府 and 遂平县第一高级中学 stay whole
        org_start, org_end = tokens[first][1], tokens[last][2]
        body = text[org_start:org_end]
        if (
            first == index
            and last == index
            and word not in GENERIC_ORGS
            and len(word) <= len(suffix or word) + 1
        ):
            return  # a bare 学校 or 公司 names nothing
        if body in ("中央", "政府", "党委", "党组", "公司", "集团", "协会", "政协") or each_ones(
            text, org_start
        ):
            return
        if rules.government_of_other(body):
            return  # 芬兰政府: the country is the place, the government no body of its own
        if FORMER_PARTY_UNIT.search(body) and text.startswith(self.words.titles, org_end):
            return  # 某某镇原党委|副书记: 原 (former) is the post's, jieba read 镇原 (a county) into the body
        joint = self._joint_verb(text, org_start, org_end)
        if joint is not None:  # 县财政局|会同|县教育局: jieba's 会同县 (a county's name) ran the walk over
            claim.add("organization", org_start, joint)
            claim.add("organization", joint + 2, org_end)
            return
        claim.add("organization", org_start, org_end)

    def _joint_verb(self, text: str, start: int, end: int) -> int | None:
        """Where a verb joining two bodies (会同, 联合) stands inside ``start:end``: after a body's name and
        before the level (县, 市) that opens the next one."""
        for at in range(start + 2, end - 3):
            if text.startswith(JOINT_VERBS, at) and text[at + 2] in JOINT_LEVELS:
                before = text[start:at]
                if self.org_suffix(before) is not None or before in GENERIC_ORGS:
                    return at
        return None

    def _sibling(self, text: str, start: int, claim: Claims) -> int | None:
        """``省中医药研究院、岐黄中医研究院``: an item listed right after an organisation is one too."""
        sep = text.rfind("、", max(0, start - 9), start)
        if sep < 1 or not 2 <= start - sep - 1 <= 8 or claim.taken(sep + 1, start):
            return None
        if not all(rules.CJK.match(c) and c not in STOP_CHARS for c in text[sep + 1 : start]):
            return None
        ending = next((s for s in self.words.org_suffixes if text[:sep].endswith(s)), None)
        opened = max(text.rfind(c, 0, sep) for c in CLAUSE_MARKS) + 1
        named = ending is not None and sep - opened >= len(ending) + 2  # not 学校、公立医院
        return sep + 1 if named else None

    def _short_name(self, text: str, start: int, claim: Claims) -> int | None:
        """``，五得利集团每天``: a brand of 2–4 characters between a clause boundary and a company ending,
        which jieba cuts into ordinary words."""
        begin = start
        while begin > 0 and start - begin < 5 and rules.CJK.match(text[begin - 1]):
            begin -= 1
        if not 2 <= start - begin <= 4 or (begin > 0 and text[begin - 1] not in CLAUSE_MARKS):
            return None
        if claim.taken(begin, start) or text[begin] in STOP_CHARS:
            return None
        return begin

    def _leading_place(self, text: str, tokens: list[Token], first: int, index: int) -> bool:
        word = tokens[first][0]
        return (
            word.endswith(("县", "区", "乡", "镇"))
            and word not in ZONES  # 开发区关王庙乡政府, 高新区金桥办事处: a zone's bodies carry its name
            and self.is_place(word, text)
            and first + 1 < index
            and self.proper(tokens, first + 1, index, text)
        )

    def _absorb(self, tokens: list[Token], index: int, claim: Claims) -> int:
        """Extend over a sub-unit that follows: 市委|宣传部, 复旦大学|新闻学院, 人民银行|河南省分行,
        张楼学校|附属幼儿园."""
        last = index
        for ahead in range(index + 1, min(index + 4, len(tokens))):
            word, start, end = tokens[ahead]
            if claim.taken(start, end) or not rules.CJK.match(word) or self.tag(word) == POSITION_TAG:
                break
            if FLOOR_WORD.fullmatch(word):
                break  # 某中心|一楼|新闻发布厅: the hall on a floor is no sub-unit
            if word.endswith(self.words.org_suffixes) and word[-2:] not in NOT_ORG_ENDINGS:
                last = ahead
                continue
            if word in ATTACHED:
                continue
            if self.tag(word) not in ("n", "nz", "ns", "nt", "j", PLACE_TAG) or len(word) == 1:
                break
        return last

    def listed_companies(self, text: str, tokens: list[Token], claim: Claims) -> None:
        """``泰普森、永强等87家企业``: every named item of a list that ends in 等…企业/项目."""
        ends = {end: i for i, (_w, _s, end) in enumerate(tokens)}
        for match in LIST_TAIL.finditer(text):
            clause_start = max(text.rfind(c, 0, match.start()) for c in "，,。；;：:\n") + 1
            pieces = text[clause_start : match.start()].split("、")
            if len(pieces) < 2:
                continue
            pos = clause_start
            for number, piece in enumerate(pieces):
                item_start, item_end = pos, pos + len(piece)
                pos = item_end + 1
                junk = ITEM_JUNK.search(piece)
                if junk:
                    item_end -= len(junk.group())
                if number == len(pieces) - 1 and "和" in text[item_start:item_end]:
                    item_end = text.index("和", item_start, item_end)
                if number == 0 and item_end in ends:
                    first = self._item_start(tokens, ends[item_end], claim)
                    while (
                        first < ends[item_end]
                        and len(tokens[first][0]) >= 2
                        and not self.proper(tokens, first, first + 1, text)
                    ):
                        first += 1  # 行业龙头|泰普森
                    item_start = tokens[first][1]
                    self._split_leading_place(text, tokens, item_start, item_end, claim)
                    item_start = max(
                        [item_start, *(m.end for m in claim.spans if item_start < m.end <= item_end)]
                    )
                self._claim_item(text, tokens, item_start, item_end, claim)

    def _item_start(self, tokens: list[Token], last: int, claim: Claims) -> int:
        """Leftmost token of a list's first item ending with ``tokens[last]``: back over anything but verbs,
        function words and punctuation (杭州东岸生物, 招引|行业龙头泰普森 before the trim)."""
        first = last
        while first > 0 and last - first < 6:
            word, start, end = tokens[first - 1]
            tag = self.tags.get(word, "n")
            if claim.taken(start, end) or not rules.CJK.match(word[0]) or word in STOP_CHARS:
                break
            if tag.startswith(("v", "p", "c", "u", "d", "r", "m", "q", "f", "t", "a")) and len(word) > 1:
                break
            first -= 1
        return first

    def _split_leading_place(
        self, text: str, tokens: list[Token], start: int, end: int, claim: Claims
    ) -> None:
        for word, s, e in tokens:
            if (
                s == start
                and e < end
                and word.endswith(("县", "区", "市", "省"))
                and self.is_place(word, text)
            ):
                claim.add("place", s, e)

    def _claim_item(self, text: str, tokens: list[Token], start: int, end: int, claim: Claims) -> None:
        if end - start < 2 or claim.taken(start, end) or text[start:end].endswith(SITE_SUFFIXES):
            return
        inside = [i for i, (_w, s, e) in enumerate(tokens) if s >= start and e <= end]
        if inside and self.proper(tokens, inside[0], inside[-1] + 1, text):
            claim.add("organization", start, end)
