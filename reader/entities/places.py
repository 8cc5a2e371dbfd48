"""Places: dictionary names, named sites, villages, and names repeated within one text.

Run after the organisation rules, so a place inside an organisation's name
(驻马店市 in 驻马店市人民政府) stays part of it.  A county's short name that is
also an ordinary word (昆山, 确山) counts only with its full name nearby or in a
telling context: after 在/到/赴/驻, or listed with other places.
"""

from __future__ import annotations

import re

from reader.entities import rules
from reader.entities.claims import Claims
from reader.entities.phrases import BRIDGES, PROPER_TAGS, SITE_SUFFIXES, STOP_CHARS, ZONES, Phrases, Token

VILLAGE_SUFFIXES = ("街道", "社区", "村", "乡", "镇")
# 翡翠苑、锦绣华庭、碧桂园等社区, 新安、玉龙等6个社区: 等 and a kind of unit after a list of names
UNITS_AFTER_LIST = re.compile(r"等(?:[\d一二三四五六七八九十两]{1,3}个)?(社区|村|镇|乡|街道)")
VILLAGE_AFTER = re.compile(r"[\u4e00-\u9fff]{2,4}?村")
"""A village's name of two to four characters and 村 (matched right after its township, never searched)."""
VILLAGE_FOLLOWERS = (*"，,。、；;：:（( \u3000\n", "村民", "村委", "村党")
MAX_LISTED = 30  # names read back from one 等: bounds the scan, so the rule stays linear in the text
PREFIX_CHARS = frozenset("大小前后东西南北上下新老")
GOING = frozenset(["在", "到", "赴", "驻", "去", "至", "往", "来自", "前往", "奔赴", "落户"])
VERB_TAGS = ("v", "p", "c", "u", "d", "r", "a")


PROVINCE_ABBREVIATIONS = "京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀贵黔云滇藏陕秦甘陇青宁新蒙港澳"
# 京沪高速, 京藏高速, 机场高速: an expressway named by the one-character names of the places it joins
EXPRESSWAY = re.compile(rf"(?:[{PROVINCE_ABBREVIATIONS}][\u4e00-\u9fff]|机场)高速(?:公路)?")
NUMBERED_ROAD = re.compile(
    r"(?<![0-9A-Za-z])[GSXYgsxy]?[0-9]{1,4}(?:国道|省道|县道|乡道)|(?:国道|省道)[GSgs]?[0-9]{1,4}线?"
    r"|(?<![0-9A-Za-z])[GSXYgsxy][0-9]{1,4}线"
)
"""482省道, S312省道, 国道G105线, S227线: a road named by its number (its letter and 线 enough)."""
ROAD_SECTION = re.compile(r"([\u4e00-\u9fff]{2,4}?)至([\u4e00-\u9fff]{2,4}?)段")
"""The section of a numbered road (S227线|杉溪至青岚|段): from one place to another."""
NOT_AN_EXPRESSWAY_AFTER = (
    "发展", "增长", "运转", "运行", "行驶", "铁路", "列车", "动车", "推进", "扩张", "成长",
)  # fmt: skip


PARK_KINDS = frozenset(["湿地", "森林", "地质", "郊野", "体育", "文化", "遗址", "植物", "城市"])
"""Kinds of park written before 公园 (湿地公园, 森林公园): part of the site's ending, not a word that stops
its name (jieba tags 湿地 a state word)."""


class Places:
    def __init__(self, phrases: Phrases) -> None:
        self.p = phrases

    @staticmethod
    def expressways(text: str, claim: Claims) -> None:
        """``京承高速、机场高速将…``: an expressway named by two places' one-character names is a road, not
        two places (京, 承).  Only as a name of its own — after a delimiter, not inside a word — and not
        where 高速 is an adverb (新区高速发展)."""
        for match in EXPRESSWAY.finditer(text):
            start, end = match.span()
            if start and rules.CJK.match(text[start - 1]) and text[start - 1] != "、":
                continue
            if text.startswith(NOT_AN_EXPRESSWAY_AFTER, end):
                continue
            claim.add("place", start, end)
        for match in NUMBERED_ROAD.finditer(text):
            claim.add("place", *match.span())  # 482省道: a numbered road, not a quantity and a word
            section = ROAD_SECTION.match(text, match.end())
            if section is not None:  # S227线|某某至某某段: the section's two ends are places
                claim.add("place", *section.span(1))
                claim.add("place", *section.span(2))

    def sites(self, text: str, tokens: list[Token], claim: Claims) -> None:
        """Named parks, venues, memorials, compounds, residence halls: 确山县竹沟革命烈士陵园,
        金玉锋大健康产业园, 某某学生公寓."""
        for index, (word, start, end) in enumerate(tokens):
            if claim.taken(start, end) or not word.endswith(SITE_SUFFIXES):
                continue
            first = self._site_start(text, tokens, index, claim)
            if first == index or all(
                self.p.tag(w).startswith(VERB_TAGS) for w, _s, _e in tokens[first:index]
            ):
                continue  # 老旧小区 is a kind of compound, not one
            chained = first
            while chained < index and self.p.is_place(tokens[chained][0], text):
                chained += 1
            if chained - first >= 2 and chained < index:
                first = chained  # 某省|某市|某区|某某工业园: an address's chain of places, then the site
            before = tokens[first - 1][0] if first else ""
            owned = before.endswith(self.p.words.org_suffixes) or self.p.is_place(before, text)
            if owned or self.p.proper(tokens, first, index + 1, text):
                claim.add("place", tokens[first][1], end)

    def listed_units(self, text: str, tokens: list[Token], claim: Claims) -> None:
        """``翡翠苑、锦绣华庭、碧桂园、城市一品等社区``: names listed before 等 and a kind of unit (社区, 村,
        镇, 乡, 街道) are units of that kind, even where a name is also a word (合作, 城市一品) or a
        brand (碧桂园); so is each name with the kind after it elsewhere in the text (碧桂园社区).
        The first name is the words before the first 、 back to a claim, a verb or a function word
        (…街道|翡翠苑, 举行|新安), two to four characters."""
        names: set[tuple[str, str]] = set()
        ends = {end: (word, start) for word, start, end in tokens}
        for match in UNITS_AFTER_LIST.finditer(text):
            items = self._listed_names(text, match.start(), ends, claim)
            for begin, end in items if len(items) >= 2 else []:
                claim.add("place", begin, end)
                names.add((text[begin:end], match.group(1)))
        for name, kind in names:
            for found in re.finditer(re.escape(name + kind), text):
                claim.add("place", found.start(), found.end())

    def _listed_names(
        self, text: str, at: int, ends: dict[int, tuple[str, int]], claim: Claims
    ) -> list[tuple[int, int]]:
        """Spans of the names of a 、 list ending at ``at``, read backwards: two to four Han characters
        after each 、; the first name back to a claim, a verb or a function word."""
        items: list[tuple[int, int]] = []
        while len(items) < MAX_LISTED:
            start = at
            while start > at - 4 and start > 0 and rules.CJK.match(text[start - 1]):
                start -= 1
            if at - start < 2 or text[start - 1 : start] != "、":
                break  # not a name of two to four characters after a 、: the first name (or no list)
            items.append((start, at))
            at = start - 1
        start = at
        while start in ends and at - ends[start][1] <= 4:
            word, begin = ends[start]
            if claim.taken(begin, start) or self.p.tag(word).startswith(VERB_TAGS) or word in STOP_CHARS:
                break
            start = begin
        if items and at - start >= 2:
            items.append((start, at))
        return items[::-1]

    def _site_start(self, text: str, tokens: list[Token], index: int, claim: Claims) -> int:
        """Like an organisation's name, but adjectives may sit inside (金玉锋|大|健康|产业园), a compound's
        name stops at the county before it (驿城区|建业世和府小区) and at the company that built it."""
        compound = tokens[index][0].endswith("小区")
        first = index
        while first > 0 and index - first < 8:
            word, start, end = tokens[first - 1]
            if claim.taken(start, end) or not rules.CJK.match(word[0]):
                if word in (")", "）") and first >= 3 and tokens[first - 3][0] in ("(", "（"):
                    first -= 3  # 中科之星(新蔡)电子科技产业园
                    continue
                break
            if compound and (self.p.is_place(word, text) or word.endswith(self.p.words.org_suffixes)):
                break
            if first == index and word in PARK_KINDS:
                first -= 1  # 某某国家|湿地|公园: the kind of park is part of the ending, whatever its tag
                continue
            if len(word) == 1:
                inner = (
                    word in BRIDGES and first >= 2 and len(tokens[first - 2][0]) == 1 == len(tokens[first][0])
                )
                if word in STOP_CHARS and not inner:  # 世和府: 和 between single characters
                    break
                if first >= 2 and tokens[first - 2][0][-1].isascii() and tokens[first - 2][0][-1].isalnum():
                    break  # G351|线|某某收费站: the character ends a road's number, no part of the site
                first -= 1
                continue
            if not (self.p.namey(word, text) or self.p.tag(word).startswith("a")):
                break
            first -= 1
        while (
            first < index and self.p.tag(tokens[first][0]).startswith(VERB_TAGS) and len(tokens[first][0]) > 1
        ):
            first += 1  # 加强|老旧小区
        return first

    def places(self, text: str, tokens: list[Token], claim: Claims) -> None:
        for index, (word, start, end) in enumerate(tokens):
            if claim.taken(start, end) or not (
                self.p.is_place(word, text) or self._alias_in_context(text, tokens, index)
            ):
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
        self._villages(text, tokens, claim)
        self._villages_after_units(text, claim)
        self._short_villages(text, claim)

    def _villages_after_units(self, text: str, claim: Claims) -> None:
        """某某乡|杉木冲村, 某某村、|桐子冲村村民: two to four characters and 村 right after a township (or a
        listed village and its 、) are its village, whatever jieba makes of them (冲, a verb) and though the
        model read only their first word as a place; not a word of the dictionary (新农村)."""
        for unit in sorted((m for m in claim.spans if m.kind == "place"), key=lambda m: m.start):
            pos = unit.end
            if unit.text.endswith("村") and text.startswith("、", pos):
                pos += 1
            elif not unit.text.endswith(("乡", "镇", "街道")):
                continue
            match = VILLAGE_AFTER.match(text, pos)
            if match is None:
                continue
            name = match.group()
            if name in self.p.tags or any(c in STOP_CHARS or c == "村" for c in name[:-1]):
                continue
            end = match.end()
            if end < len(text) and not text.startswith(VILLAGE_FOLLOWERS, end):
                continue
            inside = [m for m in claim.spans if m.start < end and m.end > pos]
            if not inside:
                claim.add("place", pos, end)
            elif (
                len(inside) == 1
                and inside[0].kind == "place"
                and inside[0].start == pos
                and not claim.taken(inside[0].end, end)
            ):
                claim.regroup(inside, [("place", pos, end)])  # 杉木|冲村: the model's first word only

    def _alias_in_context(self, text: str, tokens: list[Token], index: int) -> bool:
        """驻昆山、东莞、泉州招商办: a county's short name after a verb of going, or listed with places."""
        word = tokens[index][0]
        if self.p.words.places.get(word) != "county-alias" or len(word) < 2:
            return False
        before = tokens[index - 1][0] if index else ""
        if before in GOING:
            return True
        listed = [index - 2] if before == "、" else []
        if index + 2 < len(tokens) and tokens[index + 1][0] == "、":
            listed.append(index + 2)
        return any(i >= 0 and self.p.is_place(tokens[i][0], text) for i in listed)

    def _villages(self, text: str, tokens: list[Token], claim: Claims) -> None:
        """A name the dictionary lacks before 村/镇/社区: 大熊庄村 (not 出文明乡风)."""
        for index, (word, start, end) in enumerate(tokens):
            if claim.taken(start, end) or word not in VILLAGE_SUFFIXES or index == 0:
                continue
            if index + 1 < len(tokens) and (word + tokens[index + 1][0][:1]) in self.p.tags:
                continue  # 乡风, 村民: the ending is the start of another word
            first = index
            while first > 0 and index - first < 4:
                prev, s, e = tokens[first - 1]
                if len(prev) == 1:
                    proper = prev not in STOP_CHARS and not self.p.tags.get(prev, "n").startswith(
                        VERB_TAGS[:5]
                    )
                else:
                    proper = self.p.tags.get(prev, "nz") in PROPER_TAGS
                if claim.taken(s, e) or not rules.CJK.match(prev) or not proper:
                    break
                first -= 1
            name = text[tokens[first][1] : start] if first < index else ""
            if 2 <= len(name) <= 4:
                claim.add("place", tokens[first][1], end)

    def _short_villages(self, text: str, claim: Claims) -> None:
        """``在小尹庄南侧`` where the same text also says 小尹庄村: the village without its ending."""
        names = {
            m.text[:-1]
            for m in claim.spans
            if m.kind == "place" and m.text.endswith("村") and len(m.text) >= 4
        }
        for name in names:
            at = text.find(name)
            while at >= 0:
                claim.add("place", at, at + len(name))
                at = text.find(name, at + len(name))
