"""Reading a post phrase: ``驻马店市委书记`` → post 市委书记, place 驻马店市, organisation 市委.

The post keeps its level (市委书记, 县长) and loses the place's name, so "who was 市长 of
驻马店" is one post at one place whatever the paper printed.  A chain ``市委副书记、市长`` is
several posts; an item without a level of its own takes its organisation from the item
before it (市委常委、宣传部部长 → 市委宣传部部长).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.careers.lexicon import LEVEL_CHARS, LEVEL_OF_CHAR, NOT_POSTS, WHOLE_POSTS, Lexicon, Place

FUNCTION_CHARS = frozenset(
    "的了在和与及由对向为请是时后经据将把被从等并或而且也都就还又已于以其之所这那此该各每我你他她它们着过吗呢吧啊"
)
"""Characters that never occur inside a post's organisation part: where a post phrase cannot start."""
_HANZI = re.compile(r"^[\u4e00-\u9fff]+$")
_STARTS = ("副", "常务", "党", "支部", "总", "首席")
MAX_POST = 24
DISTRIBUTED = ("常委", "委员", "成员", "代表")
PARTY_DEPARTMENTS = ("部", "政法委", "纪委", "编委", "网信办", "农办")


@dataclass(frozen=True)
class Post:
    post: str  # 市委书记: as printed, the place's name taken out, its level kept
    place: str | None  # 驻马店市 when the phrase names it
    level: str | None  # province | city | county | town | village
    organisation: str | None  # 市委, 市公安局: the body the title is held in, as printed
    printed: str

    @property
    def shared_in_lists(self) -> bool:
        """副市长何冬、王建平: a deputy or member post goes to every name of the list."""
        return "副" in self.post or self.post.endswith(DISTRIBUTED)


def _title(lex: Lexicon, text: str) -> str | None:
    return next((t for t in lex.titles if text.endswith(t)), None)


def parse_post(lex: Lexicon, text: str, *, delimited: bool = False) -> Post | None:
    """One post phrase, or ``None`` when ``text`` does not read as one.

    ``delimited``: the text's own marks bound the phrase (a table's cell), so a body's name may hold
    characters that elsewhere say a post phrase cannot start there (经 of 财政经济委员会, 与)."""
    text = "".join(text.split())
    if not text or len(text) > MAX_POST or not _HANZI.match(text):
        return None
    title = _title(lex, text)
    if title is None:
        return None
    place = level = None
    post = text
    found = lex.place_prefix(text)
    if found is not None and _sector_not_place(*found, text):
        found = None
    if found is not None and (len(found[0]) < len(text) - 1 or _shares_level_char(lex, found[0], text)):
        name, unit = found
        rest = text[len(name) :]
        special = unit.full.endswith("特别行政区")  # its posts carry no level character (区长, 区委)
        if special and rest.startswith("特区") and len(rest) > 3:
            rest = rest[2:]  # 香港|特区|行政长官: 特区 is how 特别行政区 is shortened
        level_char = unit.full[-1] if unit.full[-1] in LEVEL_CHARS and not special else ""
        own = rest.startswith((level_char, "副", "常务")) or rest in lex.titles  # 驻马店市|副市长
        post = rest if own else level_char + rest
        place, level = unit.full, unit.level
    middle = post[: len(post) - len(title)]
    if not delimited and any(char in FUNCTION_CHARS for char in _own_words_out(middle)):
        return None
    if level is None:
        level = _level(post, title)
    if level is None and not middle and not post.startswith(_STARTS) and post not in WHOLE_POSTS:
        return None  # 主任, 书记 alone: no place, no body, fits nothing
    if title in NOT_POSTS and not middle.endswith(("委", "委会", "委员会", "政协", "支部", "总支")):
        return None
    organisation: str | None = _unmodified(middle)
    if not organisation or organisation in LEVEL_CHARS or organisation.startswith(("副", "常务")):
        organisation = None
    return Post(post, place, level, organisation, text)


_JOINED_SECTORS = re.compile("[\u4e00-\u9fff]{2,4}和[\u4e00-\u9fff]{2,4}(?=局|委员会|委|厅|部|办公室|中心)")
"""A body whose name joins two sectors with 和 (发展和改革局, 住房和城乡建设局, 工业和信息化局): the 和 is
the name's, not a function word where a post phrase cannot run through (书记和市长)."""


_NAME_WORDS = re.compile("经济|经贸|经开|共和国")
"""Words of bodies' names that hold a function character (某某经济开发区, 经开区: 经 is 经济's; 中华人民共和国
驻某国…, 某某共和国: 和 is 共和国's)."""


def _own_words_out(middle: str) -> str:
    """A post's body with the words its name owns taken out (发展和改革局's 和, 经济开发区's 经, the 所 that
    ends a unit's name: 派出所, 司法所), so that a function character left shows where a post phrase cannot
    run through."""
    return _NAME_WORDS.sub("", _JOINED_SECTORS.sub("", middle.removesuffix("所")))


_UNIT_TITLE = re.compile("(?:常务)?副?[局厅处科所署]长")
"""A title naming a unit's rank and no sector: 局长, 副厅长, 处长 — the sector is written before it."""


def _sector_not_place(name: str, place: Place, text: str) -> bool:
    """公安局长 is the head of a public security bureau, not 公安县's 局长: a place's short name (its level
    character left off) followed by no more than a unit's title is that unit's sector (公安|局, 公安|厅),
    the way a place is never written (a county's bureaus are 公安县公安局, 县公安局).  Nor is a short name
    followed by a rank (市中|级人民法院 is the city's intermediate court, not 市中区's)."""
    if name == place.full:
        return False
    # 市中|级人民法院: a short name never takes a rank (级) straight after it, the full name would stand there
    return text.startswith("级", len(name)) or _UNIT_TITLE.fullmatch(text, len(name)) is not None


def _shares_level_char(lex: Lexicon, name: str, text: str) -> bool:
    """确山县长, 公安县长: the county's level character is also the first of its head's title (县|长), which
    is written once — the place is the county and the post 县长."""
    rest = text[len(name) :]
    return bool(rest) and name[-1] in LEVEL_CHARS and name[-1] + rest in lex.titles


def _level(post: str, title: str) -> str | None:
    if post[0] in LEVEL_OF_CHAR:
        return LEVEL_OF_CHAR[post[0]]
    for char in title:  # 副市长, 常务副县长
        if char in LEVEL_OF_CHAR:
            return LEVEL_OF_CHAR[char]
    return None


_CHAIN_JOINS = re.compile("(、|兼)")
PARTY_BODIES = ("党委", "党组", "党工委", "党总支", "党支部", "支部")
"""The party body of a unit, written before 书记 (某局党委书记): the unit is what comes before it."""


def _same_unit(lex: Lexicon, item: str, previous: Post, join: str) -> Post | None:
    """A bare title after a post of the same person, held in the same unit as that post.

    ``党委书记、局长`` (the unit's party secretary and its director) and ``副理事长兼秘书长`` (兼: a second
    post beside the first) name one unit once: the bare title takes the body and place of the post before
    it, its party body left out (某局党委书记、局长 → 某局局长).  A bare title after any other post
    (市委常委、主任) says nothing about where it is held and stays no post."""
    if item not in lex.titles or item in NOT_POSTS:
        return None
    if join != "兼" and not previous.post.endswith("书记") and not _committee_secretary(previous, item):
        return None
    title = _title(lex, previous.post) or ""
    body = _unmodified(previous.post[: len(previous.post) - len(title)])
    for party in PARTY_BODIES:
        if body.endswith(party):
            body = body[: -len(party)]
            break
    level = previous.level if body else None
    return Post(body + item, previous.place, level, body if body not in ("", *LEVEL_CHARS) else None, item)


def _committee_secretary(previous: Post, item: str) -> bool:
    """市委常委、秘书长: the 秘书长 after a member of a party committee's standing committee is that
    committee's, the way such a chain is always written."""
    return item == "秘书长" and previous.post.endswith("委常委")


_MODIFIERS = ("常务副", "副", "原", "代")
"""Words between a body and its title that belong to the title (某学会|副|理事长, 某分院|原|院长)."""


def _unmodified(middle: str) -> str:
    for modifier in _MODIFIERS:
        if middle.endswith(modifier):
            return middle[: -len(modifier)]
    return middle


def _department_title(lex: Lexicon, item: str) -> Post | None:
    """纪委书记 after another post of the chain (县委常委、纪委书记): a title of the lexicon that names its
    party department itself, alone no post (no level), the department's post of the level before it."""
    if item not in lex.titles:
        return None
    title = next((t for t in lex.titles if len(t) < len(item) and item.endswith(t)), "")
    body = item[: len(item) - len(title)]
    return Post(item, None, None, body, item) if title and body.endswith(PARTY_DEPARTMENTS) else None


def parse_chain(lex: Lexicon, text: str, *, delimited: bool = False) -> list[Post]:
    """``市委副书记、市长`` → two posts; empty when any item fails to read as a post (``delimited``: as
    ``parse_post``'s)."""
    posts: list[Post] = []
    pieces = _CHAIN_JOINS.split(text)
    for index in range(0, len(pieces), 2):
        item = pieces[index].removeprefix("时任").removeprefix("现任")  # 时任A、现任B: when, not the post
        previous = posts[-1] if posts else None
        post = parse_post(lex, item, delimited=delimited)
        if post is None and previous is not None:
            post = _same_unit(lex, item, previous, pieces[index - 1])
            if post is not None:
                posts.append(post)
                continue
            post = _department_title(lex, item)
        if post is None:
            return []
        if previous is not None and post.level is None and previous.organisation:
            org = previous.organisation
            if not (post.organisation or "").endswith(PARTY_DEPARTMENTS) or post.organisation == "纪委":
                org = org[0]  # 区党委副书记、管委会主任 → 区管委会主任, 县委常委、纪委书记 → 县纪委书记
            if org[0] in LEVEL_CHARS and not post.post.startswith(org):
                post = Post(org + post.post, previous.place, previous.level, org + (post.organisation or ""),
                            item)  # fmt: skip
        elif previous is not None and post.place is None and post.level == previous.level:
            post = Post(post.post, previous.place, post.level, post.organisation, item)
        posts.append(post)
    return posts


def chain_before(lex: Lexicon, text: str, end: int) -> tuple[int, list[Post]] | None:
    """The longest post chain ending at ``end`` (a name starts there), by its own rules.

    Used when the recogniser marked no position right before a name.  The phrase must start
    at a place name, a level character, 副/常务/党, or a bare title, after a delimiter or a
    character that cannot be part of a post (会议由|市委书记), or after the 、 of a list whose
    items are post and name each (乡长张三、乡代会主席|李四).
    """
    ending = tuple(t for t in lex.titles if text.endswith(t, 0, end))  # longest first
    if not ending:
        return None  # every chain ends with a title
    start = end
    while (
        start > 0
        and end - start < MAX_POST + 6
        and text[start - 1] not in '，,。；;：:！？!?\n（）()“”"《》 　'
    ):
        start -= 1
    for i in range(start, end - 1):
        candidate = text[i:end]
        plain = (candidate[0] in LEVEL_CHARS or candidate.startswith(_STARTS) or lex.place_prefix(candidate)
                 or candidate in lex.titles)  # fmt: skip
        if not plain and not (
            _unit_and_title(candidate, ending) and (i == start or _unit_may_start(text, i))
        ):
            continue
        if i > start and text[i - 1] not in FUNCTION_CHARS and text[i - 1] != "、" and not _verb_end(text, i):
            continue
        posts = parse_chain(lex, candidate)
        if posts:
            return i, posts
    return None


UNIT_ENDS = (*"院会局处科所部室委办司厅站队组团社", "中心")
"""How the name of a unit ends (某委员会, 药剂科, 某研究所, 某中心)."""


def _unit_and_title(candidate: str, ending: tuple[str, ...]) -> bool:
    """预算工作委员会主任, 药剂科主任: a unit's name, with no place or level before it, and a title — a post
    phrase may start with it where a phrase or a function word ends (比赛由|药剂科主任).  ``ending``: the
    lexicon's titles the text ends with at the candidate's end, longest first."""
    title = next((t for t in ending if len(t) < len(candidate)), None)
    if title is None:
        return False
    unit = _unmodified(candidate[: len(candidate) - len(title)])
    return len(unit) >= 2 and unit.endswith(UNIT_ENDS)


def _unit_may_start(text: str, i: int) -> bool:
    """Where a unit's name may start a post phrase inside a sentence: after 由 or 的, a list's 、 or a verb
    (比赛由|药剂科主任).  Not after a character that is a function word only sometimes (经|济学会, 与|信息
    安全管理中心, 和|信息化局): there it is more often the middle of a longer name."""
    return text[i - 1] in "由的、" or _verb_end(text, i)


_VERB_ENDS = (
    "主持", "出席", "参加", "陪同", "会见", "会同", "看望", "慰问", "听取", "邀请", "带领", "率领", "率", "领导",  # noqa: E501
    "同志", "获悉", "时任", "现任",
)  # fmt: skip


LEADING_VERBS = tuple(v for v in _VERB_ENDS if len(v) == 2 and v not in ("领导", "同志"))
"""The verbs of ``_VERB_ENDS`` a post phrase never starts with (领导小组 and 同志 may open a name's words)."""


def _verb_end(text: str, i: int) -> bool:
    return text[:i].endswith(_VERB_ENDS)
