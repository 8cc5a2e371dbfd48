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

from reader.entities import rules
from reader.entities.claims import Claims
from reader.entities.dictionaries import ORG_TAG, PLACE_TAG, POSITION_TAG, Dictionaries

Token = tuple[str, int, int]

LEVEL_CHARS = frozenset("省市县区乡镇村")
STARTERS = frozenset(["中国", "中共", "国家", "共青团", "全国"])
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
    ]
)
NOT_ORG_ENDINGS = frozenset(  # ordinary words ending like an organisation (…局, …署, …厅)
    [
        "布局",
        "格局",
        "大局",
        "结局",
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
SITE_SUFFIXES = ("会展中心", "产业园", "陵园", "纪念碑", "纪念馆", "小区", "景区")
VILLAGE_SUFFIXES = ("街道", "社区", "村", "乡", "镇")
PREFIX_CHARS = frozenset("大小前后东西南北上下新老")
ZONES = ("开发区", "高新区", "示范区", "经开区", "新区")
LIST_TAIL = re.compile(r"等[\d家所个“”\u4e00-\u9fff]{0,8}?(?:企业|公司|项目|单位)")
ITEM_JUNK = re.compile(r"(?:[(（][^)）]{1,4}[)）])?项目$")


class Phrases:
    def __init__(self, words: Dictionaries, tags: dict[str, str], tag_of: object) -> None:
        self.words = words
        self.tags = tags
        self.tag = tag_of  # the recogniser's word → tag function

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

    def _proper(self, tokens: list[Token], first: int, last: int, text: str) -> bool:
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
                if word in (")", "）") and first >= 3 and tokens[first - 3][0] in ("(", "（"):
                    first -= 3  # 中豫绿发(上海)实业有限公司
                    continue
                break
            if len(word) == 1:
                if word in STOP_CHARS:
                    break
                first -= 1
                continue
            tag = self.tag(word)
            ordinal = tag == "m" and word.startswith("第")  # 市第二十八小学
            joined = word == "和" and first >= 2 and tokens[first - 2][0].endswith(("工业", "农业"))
            namey = tag in NAME_TAGS or ordinal or self.is_place(word, text)
            if (tag == POSITION_TAG or not namey) and not joined:
                break
            first -= 1
        return self._anchor(text, tokens, first, index)

    def _anchor(self, text: str, tokens: list[Token], first: int, index: int) -> int:
        """Cut leading ordinary words off when a clear start follows them."""
        for anchor in range(first, index):
            word = tokens[anchor][0]
            if word in STARTERS or word in LEVEL_CHARS or self.is_place(word, text) or word in GENERIC_ORGS:
                lead = tokens[first:anchor]
                if all(len(w) >= 2 and self.tags.get(w, "nz") not in PROPER_TAGS for w, _s, _e in lead):
                    return anchor
                return first
        return first

    # ------------------------------------------------------- organisations
    def organisations(self, text: str, tokens: list[Token], claim: Claims) -> None:
        for index, (word, start, end) in enumerate(tokens):
            if claim.taken(start, end):
                continue
            suffix = next((s for s in self.words.org_suffixes if word.endswith(s)), None)
            if suffix is None and word not in GENERIC_ORGS:
                continue
            if word[-2:] in NOT_ORG_ENDINGS or text[max(0, end - 2) : end] in NOT_ORG_ENDINGS:
                continue
            if word != suffix and self.tags.get(word, "nt") not in ("nt", "nz", "ns", "n", "j", "nr"):
                continue  # 布局, 部署: an ordinary word that merely ends like an organisation
            first = self.name_start(text, tokens, index, claim)
            lead = tokens[first][0] if first < index else ""
            if lead and not (
                self._proper(tokens, first, index, text) or lead in LEVEL_CHARS or lead in GENERIC_ORGS
            ):
                continue  # 现代化区域中心, 红娘协会: a description, not a name
            last = self._absorb(tokens, index, claim)
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
                continue  # a bare 学校 or 公司 names nothing
            if body in ("中央", "政府", "党委", "党组", "公司", "集团", "协会", "政协"):
                continue
            claim.add("organization", org_start, org_end)

    def _leading_place(self, text: str, tokens: list[Token], first: int, index: int) -> bool:
        word = tokens[first][0]
        return (
            word.endswith(("县", "区", "乡", "镇"))
            and self.is_place(word, text)
            and first + 1 < index
            and self._proper(tokens, first + 1, index, text)
        )

    def _absorb(self, tokens: list[Token], index: int, claim: Claims) -> int:
        """Extend over a sub-unit that follows: 市委|宣传部, 复旦大学|新闻学院, 人民银行|河南省分行."""
        last = index
        for ahead in range(index + 1, min(index + 4, len(tokens))):
            word, start, end = tokens[ahead]
            if claim.taken(start, end) or not rules.CJK.match(word) or self.tag(word) == POSITION_TAG:
                break
            if word.endswith(self.words.org_suffixes) and word[-2:] not in NOT_ORG_ENDINGS:
                last = ahead
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
                    first = self.name_start(text, tokens, ends[item_end], claim, limit=6)
                    while (
                        first < ends[item_end]
                        and len(tokens[first][0]) >= 2
                        and not self._proper(tokens, first, first + 1, text)
                    ):
                        first += 1  # 行业龙头|泰普森
                    item_start = tokens[first][1]
                    self._split_leading_place(text, tokens, item_start, item_end, claim)
                    item_start = max(
                        [item_start, *(m.end for m in claim.spans if item_start < m.end <= item_end)]
                    )
                self._claim_item(text, tokens, item_start, item_end, claim)

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
        if inside and self._proper(tokens, inside[0], inside[-1] + 1, text):
            claim.add("organization", start, end)

    # -------------------------------------------------------------- places
    def sites(self, text: str, tokens: list[Token], claim: Claims) -> None:
        """Named parks, venues, memorials, compounds: 确山县竹沟革命烈士陵园, 驻马店国际会展中心."""
        for index, (word, start, end) in enumerate(tokens):
            if claim.taken(start, end) or not word.endswith(SITE_SUFFIXES):
                continue
            first = self.name_start(text, tokens, index, claim)
            if first < index and self._proper(tokens, first, index + 1, text):
                claim.add("place", tokens[first][1], end)

    def places(self, text: str, tokens: list[Token], claim: Claims) -> None:
        for index, (word, start, end) in enumerate(tokens):
            if claim.taken(start, end) or not self.is_place(word, text):
                continue
            nxt = tokens[index + 1] if index + 1 < len(tokens) else None
            if nxt is not None and nxt[0] in ZONES and not claim.taken(nxt[1], nxt[2]):
                end = nxt[2]  # 驻马店高新区
            prev = tokens[index - 1] if index else None
            if (
                prev is not None
                and prev[0] in PREFIX_CHARS
                and word.endswith(VILLAGE_SUFFIXES)
                and not claim.taken(prev[1], prev[2])
            ):
                start = prev[1]  # 小|尹庄村: the dictionary knows a namesake without the prefix
            claim.add("place", start, end)
        for index, (word, start, end) in enumerate(tokens):
            if claim.taken(start, end) or word not in VILLAGE_SUFFIXES or index == 0:
                continue
            if index + 1 < len(tokens) and (word + tokens[index + 1][0][:1]) in self.tags:
                continue  # 乡风, 村民: the ending is the start of another word
            first = index
            while first > 0 and index - first < 4:
                prev, s, e = tokens[first - 1]
                proper = self.tags.get(prev, "nz") in PROPER_TAGS or (
                    len(prev) == 1 and prev not in STOP_CHARS
                )
                if claim.taken(s, e) or not rules.CJK.match(prev) or not proper:
                    break
                first -= 1
            name = text[tokens[first][1] : start] if first < index else ""
            if 2 <= len(name) <= 4:
                claim.add("place", tokens[first][1], end)
