"""The shipped word lists the ledger reads: post titles, surnames, the gazetteer."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from reader.resources import resource

LEVEL_CHARS = "省市州盟县区旗镇乡村"
LEVEL_OF_CHAR = {
    "省": "province",
    "市": "city",
    "州": "city",
    "盟": "city",
    "县": "county",
    "区": "county",
    "旗": "county",
    "镇": "town",
    "乡": "town",
    "村": "village",
}
_LEVEL_RANK = {"province": 0, "city": 1, "county": 2, "town": 3, "village": 4}
NOT_POSTS = frozenset({"院士", "教授", "副教授", "研究员", "委员"})
"""Titles that are honours or ranks rather than posts in a government (and 委员 alone, which
is a member of anything); they stay in a chain (市委常委、宣传部部长) but never stand alone."""

WHOLE_POSTS = frozenset({"立委", "政务委员", "国务委员"})
"""Titles that name one national office by themselves, with no place or body written before them
(立委 is a member of the Legislative Yuan, 政务委员 a minister without portfolio): a bare 主任 or
书记 fits nothing, these fit one thing."""


JOINED_NAME = re.compile("[\u4e00-\u9fff]{1,8}(?:[·•・][\u4e00-\u9fff]{1,8}){1,3}")
"""A name written part by part with a middle dot (买买提·某某, 约翰·某某): each part a transliteration."""

GENERIC_PLACE_WORDS = frozenset(
    {"示范区", "开发区", "高新区", "新区", "城区", "郊区", "市区", "园区", "县城"}
)
"""Aliases in the gazetteer that are common nouns in running text, never a place's name by themselves."""


LEDGER_TITLES = (
    "负责人", "班长", "组织委员", "宣传委员", "纪检委员", "统战委员", "特命全权大使", "总领事",
    "厂长", "副厂长", "护士长", "行长", "副行长",
)  # fmt: skip
"""Titles the ledger reads and the recogniser's dictionary leaves out: 负责人 (the person in charge of a
body, 某公司负责人, or a notice's ``负责人：某某``) is so common a word that as a jieba word it changes how
whole sentences around it are cut; so is 班长 (a shift's or a squad's head, 某车间当班班长).  A party
committee's members with a portfolio (镇党委组织委员, 乡党委宣传委员) hold a post, where 委员 alone does not;
the recogniser marks their 委员, the ledger reads the chain before the name.  A state's envoys
(某国驻某国特命全权大使, 驻某地总领事) are posts of the ledger; the recogniser's dictionary is as it was.
So are a factory's head (某某制品厂厂长), a ward's head nurse (某卫生院护士长) and a bank's president
(某银行某支行行长), as a list of members writes them after the name."""


def _lines(name: str) -> list[str]:
    text = resource("dictionaries", name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@dataclass(frozen=True)
class Place:
    full: str  # 驻马店市
    level: str  # province | city | county | town | village


@dataclass(frozen=True)
class Lexicon:
    titles: tuple[str, ...]  # longest first
    surnames: frozenset[str]
    places: dict[str, Place]  # every name and alias → the unit
    tibetan_parts: frozenset[str] = frozenset()  # 扎西, 次仁: two of them make a name

    def place(self, name: str) -> Place | None:
        return self.places.get(name)

    def place_prefix(self, text: str) -> tuple[str, Place] | None:
        """The longest gazetteer name ``text`` starts with (驻马店市委书记 → 驻马店市)."""
        for length in range(min(len(text), 12), 1, -1):
            found = self.places.get(text[:length])
            if found is not None and found.level != "village":
                return text[:length], found
        return None

    def is_name(self, text: str) -> bool:
        """Shaped like a Chinese personal name: a known surname, 2–4 characters, all hanzi; or a name
        transliterated part by part (a Uyghur's or a foreigner's, 某某·某某), which has no surname to check —
        the joiner is what marks it a name."""
        if JOINED_NAME.fullmatch(text):
            return True
        if not 2 <= len(text) <= 4 or not all("\u4e00" <= c <= "\u9fff" for c in text):
            return False
        if len(text) == 4 and text[:2] in self.tibetan_parts and text[2:] in self.tibetan_parts:
            return True  # 扎西顿珠: a Tibetan name has no surname, it is two name elements
        return text[:1] in self.surnames or (len(text) >= 3 and text[:2] in self.surnames)


def level_rank(level: str) -> int:
    return _LEVEL_RANK.get(level, 5)


@cache
def lexicon() -> Lexicon:
    titles = tuple(sorted({*_lines("positions.txt"), *LEDGER_TITLES}, key=len, reverse=True))
    places: dict[str, Place] = {}
    for line in _lines("places.tsv"):
        parts = line.split("\t")
        if len(parts) != 3 or parts[1] == "level":
            continue
        name, level, full = parts
        level = level.removesuffix("-alias")
        if name in GENERIC_PLACE_WORDS:
            continue
        if len(name) >= 2 and (name not in places or level_rank(level) < level_rank(places[name].level)):
            places[name] = Place(full, level)
    return Lexicon(
        titles, frozenset(_lines("surnames.txt")), places, frozenset(_lines("tibetan_name_parts.txt"))
    )
