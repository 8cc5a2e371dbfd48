"""Context rules for people: a post and the name it introduces, leader lists, speakers.

These find what a statistical model cannot know from one sentence: that ``市委书记`` is a post
and the two to four characters after it a person (``市委书记鲍常勇``), that the names between
``市领导`` and ``出席`` are people, that ``工作人员孙一豪介绍`` names someone.  A name these rules find
is *confirmed*: the library then recognises it wherever it occurs.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from reader.entities import rules
from reader.entities.claims import Claims as _Claims
from reader.entities.dictionaries import BODY_ENDS, NAME_TAGS, POSITION_TAG, Dictionaries, word_tags
from reader.entities.model_spans import (
    ADDRESSES,
    CLAUSE_OPENERS,
    ELECTION_VERBS,
    ENDINGS_BEFORE_TITLES,
    NOTICE_NAME_ENDS,
    NOTICE_VERBS,
)
from reader.entities.phrases import GENERIC_ORGS, Phrases, Token

LEVEL_CHARS = frozenset("省市县区乡镇村")
LEADER_TRIGGERS = ("市领导", "市政府领导", "省领导", "县领导", "区领导", "县区领导")
LEAD_WORDS = frozenset(["与", "和", "同", "及", "由", "对", "向", "请", "邀请", "先后", "包括", "还有"])
LIST_ENDINGS = ("出席", "参加", "等", "一同", "分别", "及", "应邀", "先后", "陪同", "主持")
LIST_ENDINGS_AFTER = ("等", "出席", "参加", "一同", "分别", "应邀", "陪同")
# a run of Han items joined by 、, starting where a run of Han starts: one pass, no backtracking into runs
NOTICE_NAME = re.compile(
    rf"(?:{'|'.join(NOTICE_VERBS)})([\u4e00-\u9fff]{{2,4}}?)(?:同志)?(?={'|'.join(NOTICE_NAME_ENDS)})"
)
"""任命某某为…, 免去某某的…职务, 免去某某兼任的…职务: an appointment or removal notice's verb and 为 / 的
bound its name."""
ELECTION_NAME = re.compile(rf"(?:{'|'.join(ELECTION_VERBS)})([\u4e00-\u9fff]{{2,4}}?)(?:同志)?(?=为)")
"""选举某某为某乡乡长: an election's verb and 为 bound its name, as an appointment's do."""
LIST_RUN = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]+(?:、[\u4e00-\u9fff]+)+")
SPEECH = ("说", "表示", "介绍", "指出", "强调", "告诉", "认为", "希望", "要求", "主持", "出席", "参加")
ROLE_NOUNS = (
    "工作人员",
    "负责人",
    "居民",
    "村民",
    "群众",
    "志愿者",
    "党员",
    "同志",
    "代表",
    "老人",
    "好人",
    "”",  # “中国好人”张世中, ……。”某某: see _quote_introduces
)
HONOUR_ENDS = frozenset("人手兵星匠范模士师家员者雄杰")
"""Last characters of quoted honours (“中国好人”, “最美教师”, “技术能手”, “岗位标兵”)."""
SPEECH_ENDS = frozenset("。！？!?…")
DAY_STARTS = frozenset("0123456789０１２３４５６７８９今昨")

STOP_TAGS = ("v", "p", "c", "u", "d", "r", "m", "q", "x", "w", "y", "e", "o", "f", "t", "a", "z", "uj", "ul")
ADVERBS = frozenset("都也还就又均亦则便才曾已将正再")
DETERMINERS = frozenset("各每诸该此其")
LONGEST_NAME = 12
NAME_STOPS = set('，,。、；;：:！？!?（）()“”"《》 \u3000\n等与和及在到说为是从对将赴率向同的')


def ending_before_title(word: str, titles: Iterable[str]) -> int:
    """How many characters of a post word are a body's ending before its title (医院|院长, 学院|副院长:
    jieba's one word), 0 for a post word that is a title with its own sector (局长, 公安局长)."""
    title = next((t for t in titles if word.endswith(t) and len(t) < len(word)), None)
    if title is None or word[: len(word) - len(title)] not in ENDINGS_BEFORE_TITLES:
        return 0
    return len(word) - len(title)


class People:
    """The person rules over one text's jieba tokens; ``tag`` is the recogniser's word → tag function."""

    def __init__(
        self, words: Dictionaries, tags: dict[str, str], tag: Callable[[str], str], phrases: Phrases
    ):
        self.words = words
        self.tags = tags
        self._tag = tag
        self.phrases = phrases
        self.model_names: dict[int, int] = {}

    def find(self, text: str, tokens: list[Token], claim: _Claims, model_names: dict[int, int]) -> None:
        """Claim posts and the people the context rules find; ``model_names`` maps the start of each name
        the model proposes to its end, so a post takes the model's reading of the name after it."""
        self.model_names = model_names
        self._positions_and_people(text, tokens, claim)
        self._leader_lists(text, claim)
        self._speakers(text, tokens, claim)
        self._notice_names(text, claim)

    @staticmethod
    def _notice_names(text: str, claim: _Claims) -> None:
        """任命雷某某为…, 免去某某的…职务: the name between a notice's verb and 为 / 的, where it is shaped
        like a name (the careers ledger reads the post from the same words; the model often misses the
        name, written with no space or title around it)."""
        for match in NOTICE_NAME.finditer(text):
            if rules.is_name_shaped(match.group(1)):
                claim.add("person", *match.span(1))
        for match in ELECTION_NAME.finditer(text):  # 选举时间为…: a word of the dictionary is no name here
            name = match.group(1)
            if rules.is_name_shaped(name) and word_tags().get(name, "nr").startswith("nr"):
                claim.add("person", *match.span(1))

    def _prefix_start(self, tokens: list[tuple[str, int, int]], index: int, claim: _Claims) -> int:
        """Leftmost token index of the noun phrase ending just before ``tokens[index]``."""
        first = index
        while first > 0 and index - first < 6:
            word, start, end = tokens[first - 1]
            tag = self._tag(word)
            if claim.taken(start, end) or tag == POSITION_TAG or word in NAME_STOPS:
                break
            if any(s < end and start < e for s, e in self.model_names.items()):
                break  # 某某某|院士: the model's name before a title is the person, not part of the post
            ordinal = tag == "m" and word.startswith("第")  # 市第二十八小学
            joined = word in ("和", "与") and first >= 2 and tokens[first - 2][0].endswith(("工业", "农业"))
            body_end = word in BODY_ENDS and first == index  # 纪检监察|组|组长: the body's last character
            stop = (
                tag.startswith(STOP_TAGS)
                and tag not in ("vn", "nz")
                and word not in LEVEL_CHARS
                and not body_end
            )
            if stop and not ordinal and not joined:
                break
            first -= 1
        return first

    def _place_body(self, prefix: str, text: str) -> bool:
        """A post's prefix naming a level body: 驻马店市委, 新蔡县委, 市人大常委会 (not 中国平煤神马集团)."""
        for cut in (4, 3, 2, 0):
            head, rest = prefix[:cut], prefix[cut:]
            if (cut == 0 or self.phrases.is_place(head, text)) and (
                not rest or rest in GENERIC_ORGS or rest[0] in LEVEL_CHARS
            ):
                return True
        return False

    def _name_after(self, text: str, pos: int, loose: bool = False) -> int | None:
        """End of a 2–4 character name starting at ``pos``, or None: the model's name when it has one
        there, else a name-shaped run followed by a boundary or a verb of the genre."""
        found = self._bounded_name(text, pos)
        if found is not None:
            return found
        model_end = self.model_names.get(pos)
        if model_end is not None and 2 <= model_end - pos <= LONGEST_NAME:
            for length in (2, 3):  # 张科|市政协副主席: a name run into the next post's body
                shaped = rules.is_name_shaped(text[pos : pos + length])
                if model_end - pos > 4 and text[pos + length] in LEVEL_CHARS and shaped:
                    return pos + length
            return model_end  # 斯特罗耶夫, 谷口清太郎: foreign names run longer than four characters
        return self._loose_name(text, pos) if loose else None

    def _bounded_name(self, text: str, pos: int) -> int | None:
        """A name-shaped run of two to four characters followed by a boundary or a verb of the genre."""
        for length in (3, 2, 4):
            candidate = text[pos : pos + length]
            if len(candidate) < length or not rules.is_name_shaped(candidate):
                continue
            after = text[pos + length : pos + length + 2]
            if candidate.endswith(ADDRESSES):
                continue  # 袁某|先生: the address ends the name, it is no part of it
            if candidate[-1] in ADVERBS and after[:1] not in NAME_STOPS:
                continue  # 王晨|都表示: an adverb before the verb, not the name's last character
            if length == 3 and candidate[-1] in CLAUSE_OPENERS:
                continue  # 王晨|因在…: the clause's 因 / 被 after a two-character name
            if length == 2 and candidate[-1] in DETERMINERS:
                continue  # 委员|和各|参加单位: "and every", no name
            if (
                not after
                or (candidate[-1] not in NAME_STOPS and self._post_follows(text, pos + length))
                or after[0] in NAME_STOPS
                or after[0] in DAY_STARTS  # 林郑月娥|10日会见, 王强|今日出席: the day of the act
                or after.startswith(SPEECH + LIST_ENDINGS + ADDRESSES)
                or (
                    after.startswith(
                        ("主持", "致辞", "讲话", "调研", "一同", "先后", "深入", "率队", "围绕", "作", "从")
                    )
                )
            ):
                return pos + length
        return None

    def _post_follows(self, text: str, pos: int) -> bool:
        """A post title starts at ``pos`` and not one character earlier: the name before it ends there
        (市政协主席李某某常务副市长张某: a list of leaders run on without punctuation), but 王明|副书记
        is no name 王明副, nor 侯某|及秘书长 侯某及 (the caller leaves out a name ending in 及, 和 …)."""
        titles = self.words.titles
        return text.startswith(titles, pos) and not text.startswith(titles, pos - 1)

    def _loose_name(self, text: str, pos: int) -> int | None:
        """After a strong cue (a post, a quoted honour), a 3-character name that is no known word and does
        not end inside one: 教授曹兵海团队, “中国好人”张世中20年 — but not “中国药谷”展宏图."""
        candidate = text[pos : pos + 3]
        if len(candidate) < 3 or not rules.is_name_shaped(candidate):
            return None
        if self.tags.get(candidate) not in NAME_TAGS or self.tags.get(candidate[1:]) not in NAME_TAGS:
            return None
        if text[pos + 2 : pos + 4] in self.tags:
            return None
        return pos + 3

    def _positions_and_people(self, text: str, tokens: list[tuple[str, int, int]], claim: _Claims) -> None:
        index = 0
        while index < len(tokens):
            word, start, end = tokens[index]
            if self._tag(word) != POSITION_TAG or claim.taken(start, end):
                index += 1
                continue
            first = self._prefix_start(tokens, index, claim)
            prefix = text[tokens[first][1] : start]
            former = len(prefix) > 1 and prefix[0] == "原" and prefix[1] in LEVEL_CHARS
            if former:  # 原|县水利局局长: 原 marks the post as former; the level body is the post's
                prefix = prefix[1:]
            if prefix and not (prefix[0] in LEVEL_CHARS or word == "院士" or self._place_body(prefix, text)):
                # a named organisation keeps its own span; only a generic body joins the post
                while first < index and text[tokens[first][1] : start] not in GENERIC_ORGS:
                    first += 1
                if first == index:  # 某县人民|医院院长: jieba's one word; the ending is the named body's
                    start += ending_before_title(word, self.words.titles)
            first = self._places_before(text, tokens, first, index, claim)
            pos_start = tokens[first][1] if first < index else start
            if former and text[pos_start] == "原":
                pos_start += 1
            pos_end = end
            # chain 市委副书记、市长
            nxt = index + 1
            while nxt + 1 < len(tokens) and tokens[nxt][0] == "、":
                look = nxt + 1
                while look < len(tokens) and self._tag(tokens[look][0]) != POSITION_TAG and look - nxt < 6:
                    if tokens[look][0] in NAME_STOPS:
                        break
                    look += 1
                if (
                    look < len(tokens)
                    and self._tag(tokens[look][0]) == POSITION_TAG
                    and tokens[look][0] not in NAME_STOPS
                    and self._generic_between(text, tokens, nxt + 1, look)
                ):
                    pos_end = tokens[look][2]
                    nxt = look + 1
                else:
                    break
            name_end = self._name_after(text, pos_end, loose=True)
            if name_end is not None or pos_start < start or text[pos_start:pos_end] not in self.words.titles:
                claim.add("position", pos_start, pos_end)
            if name_end is not None:
                claim.add("person", pos_end, name_end)
                self._continue_list(text, name_end, claim)
            while nxt < len(tokens) and tokens[nxt][1] < max(pos_end, name_end or 0):
                nxt += 1
            index = max(nxt, index + 1)

    def _places_before(self, text: str, tokens: list[Token], first: int, index: int, claim: _Claims) -> int:
        """A post's prefix made of places only (云南省梁河县|副县长, 中国|副主席): the places are places
        and the post starts after them; a level body after a place stays with the post (新蔡县委书记)."""
        if first < index and all(self.phrases.is_place(w, text) for w, _s, _e in tokens[first:index]):
            for _w, s, e in tokens[first:index]:
                claim.add("place", s, e)
            return index
        return first

    def _generic_between(self, text: str, tokens: list[tuple[str, int, int]], first: int, look: int) -> bool:
        """May a chain of posts run on over tokens[first:look]?  Yes over nothing (副书记、市长) or a level
        body (市委常委、宣传部部长); no over a named organisation (主任、中国科学院生物物理研究所研究员),
        whose post is then found on its own."""
        if first >= look:
            return True
        between = text[tokens[first][1] : tokens[look][1]]
        departments = all(
            w in GENERIC_ORGS or w in self.words.org_suffixes for w, _s, _e in tokens[first:look]
        )
        return (
            departments
            or between[0] in LEVEL_CHARS
            or self._place_body(between, text)
            or not self.phrases.proper(tokens, first, look, text)
        )

    def _continue_list(self, text: str, pos: int, claim: _Claims) -> None:
        """``副市长何冬、王建平出席``: names after the first one, separated by 、."""
        while pos < len(text) and text[pos] == "、":
            if self._post_follows(text, pos + 1):
                return  # 盛某、国务委员陈某: the list goes on with a post (国务|委员 is no name)
            end = self._name_after(text, pos + 1)
            if end is None or claim.taken(pos + 1, end):
                return
            claim.add("person", pos + 1, end)
            pos = end

    def _leader_lists(self, text: str, claim: _Claims) -> None:
        """``市领导王玲、李宝清、张威出席``, ``与施一公、陈芬儿、励建安等院士``: names listed with 、
        before an ending."""
        for match in LIST_RUN.finditer(text):
            self._listed(text, match.start(), match.group().split("、"), claim)
        for trigger in LEADER_TRIGGERS:
            for match in re.finditer(re.escape(trigger), text):
                end = self._name_after(text, match.end())
                if end is not None:
                    claim.add("person", match.end(), end)
                    self._continue_list(text, end, claim)

    def _listed(self, text: str, start: int, items: list[str], claim: _Claims) -> None:
        """One run of Han items joined by 、: the last must be a name followed by a list ending (等, 出席 …),
        the first a name after a lead word or a leader trigger, the others names of two to four characters."""
        last = next((n for n in (2, 3, 4) if items[-1][n:].startswith(LIST_ENDINGS_AFTER)), None)
        if last is None or not all(2 <= len(item) <= 4 for item in items[1:-1]):
            return
        first = items[0]
        lead = next((k for k in (1, 2) if first[:k] in LEAD_WORDS and rules.is_name_shaped(first[k:])), None)
        if lead is None:
            lead = max(0, len(first) - 4)
            while lead < len(first) - 2 and not rules.is_name_shaped(first[lead:]):
                lead += 1
        names = [first[lead:], *items[1:-1], items[-1][:last]]
        before = text[max(0, start + lead - 6) : start + lead]
        preceded = before.endswith(LEADER_TRIGGERS)
        starts = [start + lead + sum(len(n) + 1 for n in names[:k]) for k in range(len(names))]
        shaped = [
            2 <= len(name) <= 4 and rules.is_name_shaped(name) and not self._other_word(name, at)
            for name, at in zip(names, starts, strict=True)
        ]
        if not (preceded or (len(names) >= 3 and sum(shaped) >= len(names) - 1)):
            return
        pos = start + lead
        for name, ok in zip(names, shaped, strict=True):
            if ok or (preceded and 2 <= len(name) <= 4):
                claim.add("person", pos, pos + len(name))
            pos += len(name) + 1

    def _other_word(self, name: str, start: int) -> bool:
        """A dictionary word tagged as something other than a name (房地产, 农民工, 芦笋) that the model
        does not read as a name here: in a list of goods or groups (金融、房地产等) it is no person."""
        return self.tags.get(name) not in NAME_TAGS and self.model_names.get(start) != start + len(name)

    def _speakers(self, text: str, tokens: list[tuple[str, int, int]], claim: _Claims) -> None:
        """``鲍常勇强调`` at a sentence start, ``工作人员孙一豪介绍``, ``居民薛海滨``."""
        for match in re.finditer(
            r"(?:^|(?<=[。，,；;：:！？\n“”]))([\u4e00-\u9fff]{2,4}?)(?=" + "|".join(SPEECH) + ")", text
        ):
            name = match.group(1)
            if rules.is_name_shaped(name) and self.tags.get(name) in NAME_TAGS:
                claim.add("person", match.start(1), match.end(1))
        for role in ROLE_NOUNS:
            for match in re.finditer(re.escape(role), text):
                end = self._name_after(text, match.end(), loose=role == "”")
                if role == "”" and not _quote_introduces(text, match.start(), end):
                    continue
                if end is not None and _quoted_slogan(text, match.start(), end):
                    continue
                if end is not None and text[end - 1 : end + 1] in self.tags:
                    continue  # 鲜明导|向: the name would end inside a word
                word = text[match.end() : end] if end else ""
                if end is not None and self.tags.get(word) in NAME_TAGS:
                    claim.add("person", match.end(), end)


def _quote_introduces(text: str, quote: int, end: int | None) -> bool:
    """Whether the closing quote at ``quote`` may stand before a name ending at ``end``: after an honour
    (“中国好人”张世中), after quoted speech (……安宁。”布茹玛汗·毛勒朵), or before a speaker's colon
    (“中国内部文件”耿爽：); after “一县一馆” or “水下互通” what follows (全覆盖, 于一体) is no name."""
    before = text[quote - 1 : quote]
    colon = end is not None and text[end : end + 1] in "：:"
    return before in HONOUR_ENDS or before in SPEECH_ENDS or colon


def _quoted_slogan(text: str, role: int, end: int) -> bool:
    """A role and the "name" after it make up a whole quotation: the name of an activity (“党员谢师恩”,
    “村民唱大戏”), not a person."""
    return text[role - 1 : role] == "“" and text[end : end + 1] == "”"
