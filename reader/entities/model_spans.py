"""The model's people, places and organisations, repaired and vetted before they are claimed.

LAC reads a sentence well but knows nothing of the genre: it takes ``薛妈妈`` or ``毛主席`` for a
name, splits ``敬营辉`` in two, calls ``成色更`` a person and ``中国`` in ``“中国药谷”`` a place.  The
checks here are general — word boundaries from jieba, surname and title lists, quotation marks —
and name nothing from any corpus.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from operator import itemgetter

from reader.entities import rules
from reader.entities.claims import normalise_name
from reader.entities.dictionaries import NAME_TAGS, Dictionaries
from reader.entities.lac import Word
from reader.entities.phrases import JOINT_LEVELS, JOINT_VERBS, Token

NAME_JOINERS = frozenset("·•・—－-")
SPEECH_ENDINGS = (
    "表示",
    "指出",
    "强调",
    "介绍",
    "认为",
    "告诉",
    "透露",
    "称",
    "说",
    "更",
    "也",
    "派",
    "等",
    "的",
    "和",
    "与",
)
HONORIFICS = (
    "先生", "女士", "小姐", "同志", "老师", "教授", "师傅", "大娘", "大爷", "大妈", "大叔", "大姐", "大哥",
    "阿姨", "妈妈", "爸爸", "奶奶", "爷爷", "老汉", "老人", "某", "某某", "总", "董", "老", "氏", "家",
    "外长", "总理", "首相", "总统", "议员", "议长", "大使", "主教", "将军", "元帅", "天皇", "国王",
    "九段", "八段",
)  # fmt: skip
ADDRESSES = ("先生", "女士", "小姐", "夫人")  # what only a person's name comes before
WORLD_LEVELS = ("country", "region", "city")  # the levels of world.tsv
WATER_ENDINGS = frozenset("河江湖溪")
ISSUED = ("消息", "通报", "报道")  # what a body issues: the model's 财政部消息 ends a body's name before it
VILLAGE_ENDINGS = frozenset("村庄屯寨镇乡")
BAD_ENDINGS = ("说", "表示", "更", "等", "的", "了", "是", "在", "姓", "族", "们")  # 袁姓司机, 阿美族, 向他们
NOUN_ENDINGS = frozenset("路街巷桥")
CLAUSE_OPENERS = frozenset("因被把将")
"""Characters that open the clause after a name (某某因…, 某某被…) and end almost no Chinese given name."""
LONGEST_NAME = 12  # 亚斯特任布斯基, 安吉拉·克里斯亚蒂诺 — no name runs on for a line
DOCTRINES = ("主义", "思想", "理论")
ORDINARY_TAGS = ("q", "v", "a", "d", "m", "r", "p", "c", "u", "f", "i", "l", "y", "e", "o", "z")
COMMON_NOUN = 1000  # jieba frequency above which a plain noun is taken for a word, not a name (广场, 街道)
# one-character names of countries and regions, as in 中美关系, 中日韩, 亚欧
SHORT_PLACES = frozenset(
    "中美日韩朝俄英法德意印巴越泰澳加欧非亚苏京津沪渝冀晋辽吉黑浙皖闽赣鲁豫鄂湘粤桂琼川黔滇藏陕甘青宁新蒙港台"
)
ERA_WORDS = ("新时代", "新征程", "新阶段", "新常态", "新能源")
"""What government writing puts before the nouns it qualifies (新时代|党的建设, 新时代|新征程,
新能源|汽车), which the model reads as an organisation's name; the name of a body so qualified ends
like one (新时代文明实践中心)."""
UNSURE_PLACE = 1.0  # below this margin a model place needs a place ending or the dictionary
PLACE_ENDINGS = tuple("省市县区乡镇村州盟旗国山河湖海江岛湾岭峰路街巷庄屯寨港桥园")
# words a model glues onto a place: a weather report (拉萨多云), a part of it (新疆北部, 东北地区)
PLACE_TAILS = (
    "雷阵雨", "阵雨", "小雨", "中雨", "大雨", "暴雨", "多云", "阴", "晴", "雪",
    "北部", "南部", "东部", "西部", "中部", "东北部", "西北部", "东南部", "西南部", "地区", "一带",
)  # fmt: skip
TEAMS = ("女队", "男队", "国家队", "代表队", "队")  # 韩国女队: a team is an organisation
GOVERNMENT = "政府"
LOCAL_LEVELS = ("省", "市", "县", "区", "乡", "镇", "州", "盟", "旗", "人民")
# 在京, 离京, 进京: 京 standing for Beijing after a verb of place
BEIJING = re.compile(r"(?<=[在离进来赴抵返回晋])京(?![剧腔城津冀港沪])")
# 中方, 美方; 中美关系, 中日韩合作: one-character country names as sides or pairs
COUNTRY_CHARS = "中美日韩朝俄英法德意印巴越泰澳加欧非埃以伊蒙墨菲葡荷"
SIDES = re.compile(rf"(?<![\u4e00-\u9fff])[{COUNTRY_CHARS}](?=方)")
PAIRS = re.compile(rf"[{COUNTRY_CHARS}]{{2,3}}(?=(?:两国|三国|关系|双边|建交|合作|首脑|峰会|战略|贸易|友好))")
# 访华, 驻华, 对华: 华 standing for China after a verb or preposition
CHINA = re.compile(r"(?<=[访驻来对在赴离援侵旅留])华(?![\u4e00-\u9fff]{0,1}[人侨裔语文夏北南东西中灯丽])")


class ModelSpans:
    def __init__(
        self,
        words: Dictionaries,
        tags: dict[str, str],
        freq: dict[str, int],
        is_place: Callable[[str, str], bool],
    ) -> None:
        self.words = words
        self.freq = freq
        self.tags = tags
        self.is_place = is_place  # (word, text) → bool: a dictionary place
        self._titles = tuple(sorted({*words.titles, *HONORIFICS}, key=len, reverse=True))
        self._title_set = frozenset(self._titles)

    # ------------------------------------------------------------------ people
    def people(self, words: list[Word], text: str, inside: Bounds) -> list[tuple[int, int, float]]:
        """The model's names after repair, with their confidence: ``(start, end, margin)``."""
        found = []
        for start, end, margin in _merged(words, "PER", text, self._ends_with_title):
            start, end = _across_joiner(text, start, end)
            if _places_joined(text, start, end):
                continue
            span = self._person(text, start, end, inside)
            if span is not None:
                found.append((*span, margin))
        found = _whole_where_named_whole(text, found)
        for word in words:  # 某某某|先生 the model read as an organisation or a place
            if word.tag in ("ORG", "LOC", "nz") and text.startswith(ADDRESSES, word.end):
                name = text[word.start : word.end]
                if 2 <= len(name) <= 4 and self.tags.get(name) in NAME_TAGS:
                    span = self._person(text, word.start, word.end, inside)
                    if span is not None:
                        found.append((*span, 0.0))
        return found

    def _person(self, text: str, start: int, end: int, inside: Bounds) -> tuple[int, int] | None:
        edges = self._person_edges(text, start, end)
        if edges is None:
            return None
        start, end, trimmed = edges
        if self._not_a_person(text, start, end, trimmed, inside):
            return None
        return start, end

    def _person_edges(self, text: str, start: int, end: int) -> tuple[int, int, bool] | None:
        """The model's name without what the model took with it; whether anything was trimmed, or
        ``None`` when what it took shows the span is no name at all."""
        start, end = _strip(text, start, end)
        trimmed = False
        if text[start:end] in self.words.compound_surnames:  # 司马|子墨　男: the name to the cell's end
            given = GIVEN_AFTER_SURNAME.match(text, end)
            end = given.end() if given is not None else end
        gap = next((at for at in range(start + 2, end - 1) if text[at].isspace()), -1)
        if gap >= 0 and rules.is_name_shaped(text[start:gap]):
            end, trimmed = gap, True  # 某某某　县教育局: a name, a space, then the post's body of a list line
        possessive = text.find("的", start, end)
        if possessive >= 0:  # 某某某的故事: a name with what belongs to it
            end, trimmed = possessive, True
        for tail in PLACE_TAILS[:10]:  # 卡拉奇晴: the model read a weather report's city as a name
            if text.endswith(tail, start, end) and (
                len(tail) > 1 or self.is_place(text[start : end - 1], text)
            ):  # 某雪, 某晴: a one-character weather word ends a name unless a known place is before it
                return None
        if end - start >= 3 and text[end - 1] in "今明昨" and re.match(r"[(（]\d", text[end : end + 2]):
            end, trimmed = end - 1, True  # 岑浩辉|明(18)日: the day after a name, as Hong Kong writes it
        # 某某|因…受处分: the clause's 因 / 被 after a two-character name, not the name's last character
        if (
            end - start == 3
            and text[end - 1] in CLAUSE_OPENERS
            and rules.is_name_shaped(text[start : end - 1])
        ):
            end -= 1
        for ending in SPEECH_ENDINGS:
            if text.endswith(ending, start, end) and end - len(ending) - start >= 2:
                end -= len(ending)
                trimmed = True  # 贾琳说, 成色更: the model's edge was wrong, so trust the rest less
                break
        for title in self._titles:  # 毛主席, 薛妈妈, 王某: a title after a surname is no name;
            if text.endswith(title, start, end):  # 费舍尔议长, 明仁天皇: the name is what comes before it
                if end - len(title) - start <= 1:
                    return None
                end -= len(title)
                break
        return start, end, trimmed

    def _not_a_person(self, text: str, start: int, end: int, trimmed: bool, inside: Bounds) -> bool:
        name = text[start:end]
        if len(name) < 2 or not any(rules.CJK.match(c) for c in name):
            return True
        if len(name) == 2 and name[1] in "方军" and (name[0] in SHORT_PLACES or name[0] in COUNTRY_CHARS):
            return True  # 美方, 俄军: a country's side or army, by its one-character name
        if text.startswith(("两国", "双方", "三国"), end):
            return True  # 中蒙两国: one-character country names in a pair
        if _role(name):
            return True  # 人民陪审员, 书记员: a role the model read as a name
        if self.words.places.get(name) in WORLD_LEVELS:
            return True  # 瓦努阿图, 瓦加杜古: a country or a city of the world list, read as a name
        if len(name) >= 3 and name[-1] in WATER_ENDINGS and not rules.is_name_shaped(name):
            return True  # 窟野河, 阿巴河: a river (黄文河, surname first, may be a name)
        shaped = rules.is_name_shaped(name) and self.tags.get(name) in NAME_TAGS
        if trimmed and not (shaped or self.tags.get(name) in NAME_TAGS[1:]):
            return True  # what is left must look like a name, or be one jieba knows (某某顿|派)
        if self._ordinary(name):
            return True  # 朵朵, 广场: an ordinary word
        if not self._foreign(name) and inside.cuts(start, end):
            return True  # 展宏|图: the name would end inside a word
        if self._starts_with_function_word(text, start, end, inside):
            return True  # 但是他, 商量过
        return text.startswith(self.words.org_suffixes, end) and not text.startswith(
            (*self.words.titles, "党", "政", "办公室"), end
        )  # 钰洁|管业, 李嘉诚|基金会: the name of a body, not of a person (李振成|局长 and
        # 李振成|办公室, his office, are his)

    def _starts_with_function_word(self, text: str, start: int, end: int, inside: Bounds) -> bool:
        """但是|他, 商量|过, 乡野|沐: a name does not begin with a word of its own that is no name (a
        transliterated name, 芭芭拉·某某, is cut into arbitrary words)."""
        if self._foreign(text[start:end]):
            return False
        first_end = inside.end[start]
        if first_end >= end or first_end - start < 2:
            return False
        if end - start >= 3 and text[start:first_end] in self.words.compound_surnames:
            return False  # 欧阳|某某: jieba tags the compound surname a place (ns), but it opens the name
        parts = self.words.tibetan_name_parts
        if end - start == 4 and text[start : start + 2] in parts and text[start + 2 : end] in parts:
            return False  # 扎西|顿珠: a Tibetan name's two elements, which jieba tags places
        return self.tags.get(text[start:first_end], "nr") not in NAME_TAGS

    def plausible_person(
        self, text: str, start: int, end: int, inside: Bounds, by_model: bool = False
    ) -> bool:
        """The checks every proposed person must pass, whoever proposed it (a rule or the model)."""
        name = normalise_name(text[start:end])
        if not 2 <= len(name) <= LONGEST_NAME or name.endswith(BAD_ENDINGS):
            return False
        if name in self._title_set or name[1:] in self._title_set:
            return False  # 胡老说, 王总表示: a surname and a title, no name
        if name[-1] in NOUN_ENDINGS and not by_model:
            return False  # 和谐路 in a list of roads; the model knows 张之路 for a name
        if self._ordinary(name):
            return False
        if text.endswith(ELECTION_VERBS, max(0, start - 2), start) and text.startswith("为", end):
            return True  # 选举|柯明华|为: the verb and 为 bound the name, though jieba reads 华为 as a word
        if text.endswith(NOTICE_VERBS, max(0, start - 2), start) and text.startswith("为", end):
            return True  # 聘任|郑美华|为: likewise a notice's verb and 为
        if inside.cuts(start, end) and not self._foreign(name):
            return False
        if by_model and self._after_title(text, start):
            return True  # 副书记|蓝海斌: the model's name right after a post, though 蓝海 is a word
        if text.endswith(NOTICE_VERBS, max(0, start - 2), start) and text.startswith(NOTICE_NAME_ENDS, end):
            return True  # 任命|雷某某|为: a notice's verb and 为 bound the name, though 雷某 may be a word
        return not self._starts_with_function_word(text, start, end, inside)

    def _after_title(self, text: str, start: int) -> bool:
        """Does a post title (副书记, 局长) end right before ``start``?"""
        return any(text[max(0, start - n) : start] in self._title_set for n in (2, 3, 4))

    def doctrines(self, words: list[Word], text: str) -> list[tuple[int, int]]:
        """``马克思主义``, ``毛泽东思想``, ``邓小平理论``: the person a doctrine is named after."""
        found = []
        for word in words:
            if word.tag not in ("nz", "n", "PER"):
                continue
            if text.endswith(DOCTRINES, word.start, word.end):
                name_end = word.end - 2
            elif text.startswith(DOCTRINES, word.end):
                name_end = word.end  # 某某某|理论: the model read the name apart from the doctrine
            else:
                continue
            name = text[word.start : name_end]
            if 2 <= len(name) <= 4 and self.tags.get(name) in ("nr", "nrfg", "nrt"):
                found.append((word.start, name_end))
        return found

    @staticmethod
    def _foreign(name: str) -> bool:
        """芭芭拉·弗兰克林: a transliterated name, which jieba cuts into arbitrary words."""
        return any(c in NAME_JOINERS for c in name)

    def _ordinary(self, word: str) -> bool:
        """A dictionary word of a part of speech no name has, or a common noun (jieba's tags of names are
        too unreliable to ask for ``nr``: 桥本 is ``n``, 石家庄 ``nr``, 周恩来 ``t``)."""
        tag = self.tags.get(word)
        if tag is None:
            return False
        return tag.startswith(ORDINARY_TAGS) or (tag == "n" and self.freq.get(word, 0) >= COMMON_NOUN)

    # ------------------------------------------------------------------ places
    def places(
        self, words: list[Word], text: str, tokens: list[Token], inside: Bounds, quoted: list[tuple[int, int]]
    ) -> list[tuple[int, int]]:
        """The model's places, cut back to what is a place: ``(start, end)``."""
        found = []
        for start, end, margin in _village_joined(_merged(words, "LOC", text), text):
            start, end = _strip(text, start, end)
            end = _group_or_road(text, start, end)
            doubtful = margin < UNSURE_PLACE and end - start == 2
            if doubtful and not (
                text.endswith(PLACE_ENDINGS, start, end) or self.is_place(text[start:end], text)
            ):
                found.extend(self._places_within(text, start, end, tokens))
                continue  # 创文, 崇德: a doubtful two-character reading that names no known place
            if end - start < 1 or inside_coined(quoted, start, end):
                continue
            if text.endswith("乡村", start, end) and not self.is_place(text[start : end - 1], text):
                continue  # 美丽乡村, 和美乡村: the countryside (乡村) with a quality, no 乡's village
            name = text[start:end]
            if len(name) == 2 and all(c in SHORT_PLACES for c in name) and not self.is_place(name, text):
                found.extend([(start, start + 1), (start + 1, end)])  # 中美 → 中, 美
                continue
            for tail in PLACE_TAILS:
                if text.endswith(tail, start, end) and end - start > len(tail):
                    end -= len(tail)
                    break
            if end - start > 3 and text.endswith("集镇", start, end) and text[end - 3] in "乡镇":
                end -= 2  # 某某乡|集镇: the seat of a township is the township (张集镇 is a name)
            if text.startswith(TEAMS, end) or text.startswith(GOVERNMENT, end):
                continue  # 韩国女队 and 印度政府 are claimed whole, or not at all
            span = self._place(text, start, end, tokens, inside)
            if isinstance(span, list):
                found.extend(span)
            elif span is not None:
                found.append(span)
        found.extend(m.span() for m in CHINA.finditer(text))
        found.extend(m.span() for m in BEIJING.finditer(text))
        found.extend(m.span() for m in SIDES.finditer(text))
        for match in PAIRS.finditer(text):
            found.extend((i, i + 1) for i in range(match.start(), match.end()))
        return found

    def teams_and_governments(self, words: list[Word], text: str) -> tuple[list, list]:
        """``中国女队`` is an organisation (a team); ``印度政府`` stands for its country, a place."""
        teams, countries = [], []
        for start, end, _margin in _merged(words, "LOC", text):
            team = next((t for t in TEAMS if text.startswith(t, end)), None)
            if team is not None:
                teams.append((start, end + len(team)))
            elif text.startswith(GOVERNMENT, end) and not text.endswith(LOCAL_LEVELS, start, end):
                countries.append((start, end))  # a country's government; 泌阳县政府 stays a body
        for start, end, _margin in _merged(words, "ORG", text):
            country = end - len(GOVERNMENT)
            national = country - start >= 2 and not text.endswith(LOCAL_LEVELS, start, country)
            if (
                national
                and text.endswith(GOVERNMENT, start, end)
                and self.is_place(text[start:country], text)
            ):
                countries.append((start, country))  # 中国政府, 美国政府
        return teams, countries

    def _place(
        self, text: str, start: int, end: int, tokens: list[Token], inside: Bounds
    ) -> tuple[int, int] | list[tuple[int, int]] | None:
        name = text[start:end]
        if self.is_place(name, text):
            return start, end
        if len(name) == 1:
            return (start, end) if name in SHORT_PLACES else None
        if self._ordinary(name):
            return None  # 广场, 街道: an ordinary word
        first_end = inside.end[start]
        if first_end < end and first_end - start >= 2 and not self.is_place(text[start:first_end], text):
            tag = self.tags.get(text[start:first_end], "ns")
            numbered = tag == "m" and name[-1] in VILLAGE_ENDINGS  # 九里|桥村, 五里|岗镇: a numeral opens it
            if tag.startswith(ORDINARY_TAGS) and not numbered:
                return None  # 团结|协作: a phrase that begins with a verb or an adjective
        within = self._places_within(text, start, end, tokens)
        if inside.cuts(start, end) or (within and not text.endswith(PLACE_ENDINGS, start, end)):
            return within or None  # 驻马店市|化, 驻马店|确山|站: the dictionary places it holds
        return start, end

    def _places_within(self, text: str, start: int, end: int, tokens: list[Token]) -> list[tuple[int, int]]:
        """The dictionary places among the tokens inside ``[start, end)``.

        Found by a binary search into the tokens (in text order, as the tokenizer gives them) instead
        of a pass over all of them: a long article's every doubtful place span had cost a pass over its
        whole text, which made tagging it quadratic (a quarter of a library's tagging time)."""
        found = []
        for at in range(bisect.bisect_left(tokens, start, key=itemgetter(1)), len(tokens)):
            word, s, e = tokens[at]
            if s >= end:
                break
            if e <= end and self.is_place(word, text):
                found.append((s, e))
        return found

    # ------------------------------------------------------------ organisations
    def organisations(self, words: list[Word], text: str, inside: Bounds) -> list[tuple[int, int]]:
        found = []
        for start, end, margin in self._bodies_apart(text, _merged(words, "ORG", text, self._whole_org)):
            start, end = _strip(text, start, end)
            international = text.startswith("组织", end) and text.startswith(INTERNATIONAL, start)
            end += 2 * international  # 国际某某|组织: the model leaves the body's ending out, a common noun
            if text.endswith(ISSUED, start, end):
                end -= 2  # 据财政部|消息: the body, not what it issued
            if text.startswith(("讯", "电"), start) and (start == 0 or text[start - 1] in "报又日"):
                start += 1  # 本报讯|某某社, 6月1日电|某某社: the dateline's 讯/电 is no part of the name
            led = _lead_out(text, start, end)
            if led is None or (text[end - 1] == "原" and text.startswith(FORMER_UNITS, end)):
                continue  # 某某镇原|党委副书记: 原 opens a former post, the model's body is none
            start = led
            bridge = self._bridge_between(text, start, end)
            if bridge is not None:  # 某某医院与|县某某中学: two bodies the model read as adjacent names
                found.append((start, bridge))
                start = bridge + 1
            joint = self._joint_verb(text, start, end)
            if joint == start:
                start += 2  # 县教育局联合|县文化馆: the verb joining two bodies is no part of the second
            elif joint is not None:
                found.append((start, joint))  # 市卫健委会同市医保局: two bodies, the verb between them
                start = joint + 2
            member = text.find("党籍", start, end)
            if member > start:
                end = member + 1  # 民进党|籍立委: membership of the party, then a post
            if end - start < 2 or not rules.CJK.match(text[start]) or inside.cuts(start, end):
                continue
            if rules.government_of_other(text[start:end]):
                continue  # 芬兰政府: its country is claimed as a place (``teams_and_governments``)
            if text[start:end] in PAYMENT_BANKS or (
                text.startswith("驻", end) and self.is_place(text[start:end], text)
            ):
                continue  # 开户行：某某银行 (a bank's role in a payment); 某国|驻华大使 (the envoy's country)
            if text.startswith(ERA_WORDS, start) and not text.endswith(self.words.org_suffixes, start, end):
                continue  # 新时代, 新时代党的, 新能源汽车: a qualifier, no body
            if margin < UNSURE_PLACE and not international and not self._ends_as_body(text, start, end):
                continue  # 党要, 合作发展, 重庆市国土资源: a doubtful reading with no organisation ending
            found.append((start, end))
        return found

    def _bodies_apart(
        self, text: str, spans: list[tuple[int, int, float]]
    ) -> Iterator[tuple[int, int, float]]:
        """The model's organisations, one read across a space cut there where what stands before the
        space is a complete body (某镇中心学校　某乡某小学: a list of bodies a space apart on one line), or
        begun after it where a level's body follows it (a table's cells: 某大学某专业　县某某中心)."""
        for start, end, margin in spans:
            for gap in range(start + 2, end - 1):
                if text[gap].isspace() and text.endswith(self.words.org_suffixes, start, gap):
                    yield start, gap, margin
                    start = gap + 1
                elif (
                    text[gap].isspace()
                    and text[gap + 1] in JOINT_LEVELS
                    and self._ends_as_body(text, gap + 1, end)
                ):
                    start = gap + 1  # 某大学园艺学　县某某站: a table's cell before, the level's body after
            yield start, end, margin

    def _ends_as_body(self, text: str, start: int, end: int) -> bool:
        """Whether ``start:end`` ends as an organisation's name does: a suffix of the dictionaries, or a
        body's last character (区科协, 爱卫办, 南方日报: short forms no suffix list holds)."""
        return text[end - 1] in ORG_LAST or text.endswith(self.words.org_suffixes, start, end)

    def _joint_verb(self, text: str, start: int, end: int) -> int | None:
        """Where a verb joining two bodies (联合, 会同) stands in the model's organisation ``start:end``:
        after an organisation's ending and before a level (县, 市) that opens the next body."""
        for at in range(start, end - 3):
            if (
                text.startswith(JOINT_VERBS, at)
                and text[at + 2] in JOINT_LEVELS
                and (
                    text[at - 1 : at] in BODY_LAST
                    or text.endswith(self.words.org_suffixes, max(0, start - 8) if at == start else start, at)
                )
            ):
                return at
        return None

    def _bridge_between(self, text: str, start: int, end: int) -> int | None:
        """Where 与/和 stands between two bodies in the model's organisation ``start:end``: right after a
        body's full ending (医院, 学校, 公司) and before a level (县, 市) that opens the next body — not
        inside one name (住房和城乡建设局, 网络与信息安全管理中心: no level follows the 和)."""
        for at in range(start + 2, end - 2):
            if (
                text[at] in "与和"
                and text[at + 1] in JOINT_LEVELS
                and text.endswith(self.words.org_suffixes, start, at)
            ):
                return at
        return None

    def _ends_with_title(self, name: str) -> bool:
        """A model "name" ending in a post takes no name after it: 政务司|司司长|林郑月娥 is the post's
        last characters and then the person, not one name.  Nor does a role ending in 员 that is no name
        (人民陪审员|某某某: the model reads the role as a name of its own, right before the person)."""
        return _role(name) or name.endswith(self.words.titles)

    def _whole_org(self, name: str) -> bool:
        """An organisation's name that is complete (…委员会, …公司) or a government (某国政府同|…)."""
        return name.endswith(self.words.org_suffixes) or "政府" in name or name.endswith(ISSUED)


NOTICE_VERBS = ("任命", "聘任", "免去", "撤销")
NOTICE_NAME_ENDS = ("为", "的", "兼任的", "担任的")
"""What ends a notice's name: 任命某某为…, 免去某某的…职务, 免去某某兼任的…职务."""
ELECTION_VERBS = ("选举", "补选")
"""An election's verbs: 选举某某为某乡乡长 bounds the name by the verb and 为, as 任命 does."""
"""The verbs of appointment and removal notices: the name after one is bounded by 为 or 的."""
BODY_LEAD_WORDS = frozenset("经由据在向对从各")
"""A preposition (经, 由) or 各 the model reads into a level body after it (经县人民政府, 各乡镇人民政府)."""
GIVEN_AFTER_SURNAME = re.compile(r"[\u4e00-\u9fff]{1,2}(?=[ \u3000\t，,、；;。（(\n]|$)")
"""A given name of one or two characters up to a cell's or a list's edge (after a compound surname)."""
TIME_UNITS = frozenset("日天月年")
"""What a time limit's number ends with before 内 (3日内, 5个工作日内 → 日)."""
HELD = ("现任", "拟任", "曾任", "历任", "担任", "兼任")
"""A résumé's verbs before the post it names (现任县某某局副局长), which the model reads into the body."""


def _lead_out(text: str, start: int, end: int) -> int | None:
    """Where the model's organisation ``start:end`` starts once a word before a level body is left out, or
    None when it names no body at all."""
    if text[start] == "内" and text[start - 1 : start] in TIME_UNITS and text[start + 1 : start + 2] == "向":
        start += 1  # 3日内|向乡党委反映: 内 ends the time limit before it, the preposition follows
    if text[start] in BODY_LEAD_WORDS and text[start + 1 : start + 2] in JOINT_LEVELS:
        if text[start] == "各":
            return None  # 各乡镇人民政府: each town's government, no body's name
        return start + 1  # 经|县人民政府研究, 由|县某某局牵头: the preposition is no part of the body
    for at in (start, start - 1):  # 现任|县某某局, or 现|任县某某局 (任县 is also a county's name)
        if at >= 0 and text.startswith(HELD, at) and text[at + 2 : at + 3] in JOINT_LEVELS:
            return at + 2  # the verb of a résumé is no part of the body after it
    if text[end - 1] == "族" and end - start <= 5:
        return None  # 汉族, 维吾尔族: a résumé's nationality, a people and no body
    return start


FORMER_UNITS = ("党委", "党组", "党工委", "党总支", "党支部")
"""The party units a former post names after 原 (某某镇原党委副书记)."""
BODY_LAST = frozenset("局委办院厅馆站所队")  # the last character of a body's short name (卫健委, 医保局)
ORG_LAST = BODY_LAST | frozenset("会部司处社党协报校行团组署")
"""The last character of most bodies' names, full or short (联合会, 指挥部, 预算司, 区科协, 日报社)."""


def _merged(
    words: list[Word], tag: str, text: str, whole: Callable[[str], bool] | None = None
) -> list[tuple[int, int, float]]:
    """Runs of words with ``tag``, joined when adjacent or split only by a name joiner (约翰—格伦,
    中共|某某省委); a span ``whole`` says is a complete name of its own takes nothing after it."""
    spans: list[tuple[int, int, float]] = []
    for word in words:
        if word.tag != tag:
            continue
        if spans and tag in ("PER", "ORG"):
            start, end, margin = spans[-1]
            joined = end == word.start or (word.start == end + 1 and text[end] in NAME_JOINERS)
            if joined and tag == "PER" and _names_a_space_apart(text, start, end, word.end):
                joined = False
            if joined and not (whole is not None and whole(text[start:end].rstrip())):  # 某室　|某室
                spans[-1] = (start, word.end, min(margin, word.margin))
                continue
        spans.append((word.start, word.end, word.margin))
    return spans


def _role(name: str) -> bool:
    """A role ending in 员 (人民陪审员, 书记员) that is no name (not a surname and one to three more)."""
    return len(name) >= 3 and name.endswith("员") and not rules.is_name_shaped(name)


def _names_a_space_apart(text: str, start: int, end: int, next_end: int) -> bool:
    """Two of the model's names that meet at a space (程　芳|　邵明远, 阚立群|　|贾永强: a line of names a
    space apart): two names, unless each side holds a single character (程|　芳: one name padded to the
    width of three)."""
    if not (text[end - 1].isspace() or text[end].isspace()):
        return False
    left = "".join(text[start:end].split())
    right = "".join(text[end:next_end].split())
    return not (len(left) == 1 and len(right) == 1)


_NAME_PART = re.compile(r"[\u4e00-\u9fff]{1,6}")
_PART_ENDS = frozenset('，,。；;：:、！？!?（）()“”"《》 \u3000\n')
"""What stands around a transliterated name written alone: punctuation, a space, a line's end."""


def _across_joiner(text: str, start: int, end: int) -> tuple[int, int]:
    """买|买提·艾力, 努尔古丽|·买买提: the model's name of a transliterated name (parts joined by ·) cut at
    a word inside a part, or without its last part.  A part is taken whole only where the name stands
    alone — its other side is punctuation, a space or a line's end — so that the words before a name
    (辅警|某某·某某) are never taken with it; elsewhere the model's edge is kept.  A part the model read as
    one character (“…海洋蓝·同筑…”, a slogan's two halves) is no name's part."""
    if start >= 1 and any(c in NAME_JOINERS for c in text[start:end]):
        run = start
        while run > 0 and "\u4e00" <= text[run - 1] <= "\u9fff" and start - run < 3:
            run -= 1
        if run < start and (run == 0 or text[run - 1] in _PART_ENDS):
            start = run
    if end - start >= 2 and end + 1 < len(text) and text[end] in NAME_JOINERS:
        part = _NAME_PART.match(text, end + 1)
        if part is not None and (part.end() == len(text) or text[part.end()] in _PART_ENDS):
            end = part.end()
    return start, end


PLACE_LEVELS = "省市县区州镇乡村"
JOINER_SPLIT = re.compile("|".join(map(re.escape, sorted(NAME_JOINERS))))


def _places_joined(text: str, start: int, end: int) -> bool:
    """某市·某县（某地）: two places joined by a middle dot (an event's or a delegation's 主办地), which the
    model reads as a transliterated name — every part is written elsewhere in the text with a level
    character after it (某市, 某县), as no part of a person's name is."""
    parts = JOINER_SPLIT.split(text[start:end])
    return len(parts) > 1 and all(
        len(part) >= 2 and any(part + level in text for level in PLACE_LEVELS) for part in parts
    )


GROUP_WORDS = frozenset("织成建长员团委合装图件别稿队内间")
LEVEL_ENDINGS = frozenset("省市县区州盟旗镇乡村国")  # 某村|组干部, 某镇|组: 村组, a level's groups, no name
"""What makes 组 the first character of a word (组织, 组长, 组建): no 村民小组's name ends there."""
ENDINGS_BEFORE_TITLES = frozenset(["医院", "学院", "大学", "中学", "小学", "学校"])
"""Bodies' endings jieba joins with the title after them into one post word (医院院长, 学院副院长)."""
INTERNATIONAL = ("国际", "世界", "亚洲", "欧洲", "非洲", "美洲", "亚太")
"""How an international body's name opens (国际某某组织, 世界某某组织): its 组织 (verb or noun elsewhere:
某局|组织开展) is its ending."""
PAYMENT_BANKS = frozenset(["开户行", "开户银行", "收款行", "付款行", "收款银行", "付款银行"])
"""A bank named by its role in a payment (开户行：某某银行): a label, no body."""
HOUSE_NUMBER = re.compile(r"(?<=[路街巷道])[\d０-９]+号$")
FLOOR = re.compile(r"(?<=[厦楼座馆心场])[\d０-９一二三四五六七八九十]{1,3}[楼层]$")
"""A floor after a building (某某大厦|12楼, 某中心|三楼): where in it, no part of its name."""


def _group_or_road(text: str, start: int, end: int) -> int:
    """Where the model's place ``start:end`` ends: with the 组 of a village group after it (某某|组至某某组:
    the model read the group's name without 组, a word of its own) or the 社区 of a community, without the
    段 of a road section's end (甲地至|乙地段), without a reservoir's 库区 (某某水库|库区), and without a
    house's number after a road (某某路|88号: the road is the place)."""
    if (
        end - start >= 2
        and text.startswith("组", end)
        and text[end + 1 : end + 2] not in GROUP_WORDS
        and text[end - 1] not in LEVEL_ENDINGS
    ):
        return end + 1
    if (
        end - start >= 2
        and text.startswith("社区", end)
        and text[end - 1] not in LEVEL_ENDINGS
        and not text.endswith("街道", start, end)
    ):  # 某某|社区网格员: the community's name without its ending; not 某街道|社区 (a level's communities)
        return end + 2
    if end - start >= 3 and text[end - 1] == "段" and start > 0 and text[start - 1] == "至":
        return end - 1  # 某某至|某某段: a road section's end is the place, the section (段) is the road's
    if end - start >= 6 and text.endswith("水库库区", start, end):
        return end - 2  # 某某水库|库区: the reservoir's area is the reservoir's
    number = HOUSE_NUMBER.search(text, start, end) or FLOOR.search(text, start, end)
    return number.start() if number is not None and number.start() - start >= 2 else end


def _village_joined(spans: list[tuple[int, int, float]], text: str) -> list[tuple[int, int, float]]:
    """前|汪村: a one-character place the model cut off the front of the village, town or township right
    after it is that unit's first character (上饶县清水乡前汪村 → 前汪村, not 汪村)."""
    joined: list[tuple[int, int, float]] = []
    for start, end, margin in spans:
        if joined:
            s, e, m = joined[-1]
            if e - s == 1 and e == start and end - start >= 2 and text[end - 1] in VILLAGE_ENDINGS:
                joined[-1] = (s, end, min(m, margin))
                continue
        joined.append((start, end, margin))
    return joined


def _whole_where_named_whole(text: str, found: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """某某才|涉嫌 read as 某某 where the same text's model also reads 某某才 whole: a two-character name
    followed by the third character of a three-character name the model found in this text is that
    name (a character that also reads as a word, 才 / 成 / 和, cut it off once)."""
    whole = {text[s:e] for s, e, _m in found if e - s == 3}
    return [(s, e + 1, m) if e - s == 2 and text[s : e + 1] in whole else (s, e, m) for s, e, m in found]


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and not (rules.CJK.match(text[start]) or text[start].isalnum()):
        start += 1
    while end > start and not (rules.CJK.match(text[end - 1]) or text[end - 1].isalnum()):
        end -= 1
    return start, end


class Bounds:
    """jieba's word boundaries in one text, to tell a name that ends inside a word (展宏|图) from one that
    merely begins a compound the dictionary happens to hold (邓小平|理论, 毛泽东|思想)."""

    def __init__(self, text: str, tokens: list[Token], freq: dict[str, int]) -> None:
        self.text = text
        self.freq = freq
        self.start = list(range(len(text) + 1))  # per character: where its word starts and ends
        self.end = list(range(1, len(text) + 2))
        for _word, s, e in tokens:
            if e - s >= 2:
                self.start[s:e] = [s] * (e - s)
                self.end[s:e] = [e] * (e - s)

    def inside(self, pos: int) -> bool:
        """Is ``pos`` a boundary strictly inside a word of two or more characters?"""
        return pos < len(self.start) - 1 and self.start[pos] < pos

    def cuts(self, start: int, end: int) -> bool:
        """Does a word straddle the span's edges — other than a compound of the span and another word?"""
        if self.inside(start):
            s, e = self.start[start], self.end[start]
            if not (e == end and self._word(s, start)):
                return True
        if self.inside(end):
            s, e = self.start[end], self.end[end]
            joined_title = self.text[s:end] in ENDINGS_BEFORE_TITLES and self.text.startswith(
                ("院长", "校长", "副"), end
            )
            if not (s == start and self._word(end, e)) and not joined_title:
                return True  # but 某县人民医院|院长: jieba's 医院院长 is the body's ending and the title
        return False

    def _word(self, s: int, e: int) -> bool:
        return e - s >= 2 and self.freq.get(self.text[s:e], 0) > 0


def inside_coined(quoted: list[tuple[int, int]], start: int, end: int) -> bool:
    """Is the span part of a longer quoted name (“中国药谷”, “出彩河南人”), not the whole of it?"""
    return any(s <= start and end <= e and (s, e) != (start, end) for s, e in quoted)
