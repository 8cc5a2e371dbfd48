"""Find people, posts, places, organisations, dates and amounts in one string.

jieba's own ``nr``/``ns`` tags are too noisy for these texts (precision 0.31 on
the seeds), so tags are used only to decide where a name *cannot* extend;
entities come from the shipped dictionaries plus context rules that mirror
how bulletins are written: a post is followed by a name, leaders are listed
after ``市领导`` and before ``出席``, reporters sit in bylines, and quotes are
attributed with ``说``/``表示``.  Spans are claimed in order of confidence and
never overlap.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from reader.entities import rules
from reader.entities.claims import Claims as _Claims
from reader.entities.claims import Mention, normalise_name, trie_pattern
from reader.entities.kinds import KINDS

__all__ = ["KINDS", "Mention", "Recogniser"]
from reader.entities.dictionaries import ORG_TAG, PLACE_TAG, POSITION_TAG, dictionaries, tokenizer, word_tags
from reader.entities.phrases import GENERIC_ORGS, Phrases, Token
from reader.entities.places import Places

LEVEL_CHARS = frozenset("省市县区乡镇村")
LEADER_TRIGGERS = ("市领导", "市政府领导", "省领导", "县领导", "区领导", "县区领导")
LEAD_WORDS = frozenset(["与", "和", "同", "及", "由", "对", "向", "请", "邀请", "先后", "包括", "还有"])
LIST_ENDINGS = ("出席", "参加", "等", "一同", "分别", "及", "应邀", "先后", "陪同", "主持")
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
    "”",
)
STOP_TAGS = ("v", "p", "c", "u", "d", "r", "m", "q", "x", "w", "y", "e", "o", "f", "t", "a", "z", "uj", "ul")
Segmented = tuple[list[Token], list[tuple[int, int]]]  # a text's tokens and byline name spans
NAME_STOPS = set('，,。、；;：:！？!?（）()“”"《》 \u3000\n等与和及在到说为是从对将赴率向同的')


class Recogniser:
    """Pure text → mentions; ``user_entries`` are (text, kind) pairs the library confirmed or added."""

    VERSION = "3"

    def __init__(
        self,
        user_entries: Iterable[tuple[str, str]] = (),
        rejections: Iterable[str] = (),
        token_memo: dict[str, Segmented] | None = None,
    ) -> None:
        self.words = dictionaries()
        self.tok = tokenizer()
        self.tags = word_tags()
        self.phrases = Phrases(self.words, self.tags, self._tag)
        self.places = Places(self.phrases)
        self.rejections = frozenset(rejections)
        self.known: dict[str, str] = {
            text: kind for text, kind in user_entries if text not in self.rejections
        }
        self._known_pattern = trie_pattern(self.known) if self.known else None
        # text → (tokens, byline spans), shared by the recognisers of one batch (``pipeline``); None: none
        self.token_memo = token_memo
        self._tag_memo: dict[str, str] = {}

    # ------------------------------------------------------------------ public
    def recognise(self, text: str) -> list[Mention]:
        claim, tokens = self._people_claims(text)
        self.places.sites(text, tokens, claim)
        self.phrases.listed_companies(text, tokens, claim)
        self.phrases.organisations(text, tokens, claim)
        self.places.places(text, tokens, claim)
        return [m for m in claim.mentions() if normalise_name(m.text) not in self.rejections]

    def confirmed_people(self, text: str) -> set[str]:
        """The normalised names ``recognise(text)`` would return as people, at a fraction of the cost.

        Every rule that can claim a person runs before the first place/organisation rule, and claims are
        never withdrawn, so stopping there yields exactly the same people.
        """
        claim, _tokens = self._people_claims(text)
        names = (normalise_name(m.text) for m in claim.spans if m.kind == "person")
        return {name for name in names if name not in self.rejections}

    # ------------------------------------------------------------- internals
    def _people_claims(self, text: str) -> tuple[_Claims, list[Token]]:
        """Claims of every rule up to the last one that can find a person; later rules find none."""
        claim = _Claims(text)
        tokens, bylines = self._segmented(text)
        for start, end in bylines:
            claim.add("person", start, end)
        if self._known_pattern is not None:
            for match in self._known_pattern.finditer(text):
                claim.add(self.known[match.group()], match.start(), match.end())
        for match in rules.DATE.finditer(text):
            claim.add("date", match.start(), match.end())
        for match in rules.QUANTITY.finditer(text):
            claim.add("quantity", match.start(), match.end())
        self._positions_and_people(text, tokens, claim)
        self._leader_lists(text, claim)
        self._speakers(text, tokens, claim)
        return claim, tokens

    def _segmented(self, text: str) -> Segmented:
        """jieba's tokens of ``text`` and its byline names — the two costly steps that depend on the text
        alone, so a memo shared by both passes of ``pipeline`` does them once (the rules never mutate them).
        """
        memo = self.token_memo
        if memo is not None and text in memo:
            return memo[text]
        tokens = [(w, s, e) for w, s, e in self.tok.tokenize(text, HMM=False)]
        bylines = [
            (match.start(1) + start, match.start(1) + end)
            for match in rules.BYLINE.finditer(text)
            for start, end in rules.split_byline_names(match.group(1))
        ]
        if memo is not None:
            memo[text] = (tokens, bylines)
        return tokens, bylines

    def _tag(self, word: str) -> str:
        """``_word_tag`` memoised: the rules ask about the same few thousand words over and over."""
        tag = self._tag_memo.get(word)
        if tag is None:
            tag = self._tag_memo[word] = self._word_tag(word)
        return tag

    def _word_tag(self, word: str) -> str:
        if word in self.words.places:
            return PLACE_TAG
        if (
            len(word) >= 2
            and word.endswith(self.words.titles)
            and self.tags.get(word, "n") in ("n", "nr", "j", POSITION_TAG)
        ):
            return POSITION_TAG  # 市委书记 and 副市长 are single jieba words
        if word.endswith(self.words.org_suffixes):
            return ORG_TAG
        return self.tags.get(word, "x" if not rules.CJK.match(word) else "n")

    def _prefix_start(self, tokens: list[tuple[str, int, int]], index: int, claim: _Claims) -> int:
        """Leftmost token index of the noun phrase ending just before ``tokens[index]``."""
        first = index
        while first > 0 and index - first < 6:
            word, start, end = tokens[first - 1]
            tag = self._tag(word)
            if claim.taken(start, end) or tag == POSITION_TAG or word in NAME_STOPS:
                break
            ordinal = tag == "m" and word.startswith("第")  # 市第二十八小学
            joined = word in ("和", "与") and first >= 2 and tokens[first - 2][0].endswith(("工业", "农业"))
            stop = tag.startswith(STOP_TAGS) and tag not in ("vn", "nz") and word not in LEVEL_CHARS
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
        """End of a 2–4 character name starting at ``pos``, or None."""
        for length in (3, 2, 4):
            candidate = text[pos : pos + length]
            if len(candidate) < length or not rules.is_name_shaped(candidate):
                continue
            after = text[pos + length : pos + length + 2]
            if (
                not after
                or after[0] in NAME_STOPS
                or after.startswith(SPEECH + LIST_ENDINGS)
                or (
                    after.startswith(
                        ("主持", "致辞", "讲话", "调研", "一同", "先后", "深入", "率队", "围绕", "作", "从")
                    )
                )
            ):
                return pos + length
        return self._loose_name(text, pos) if loose else None

    def _loose_name(self, text: str, pos: int) -> int | None:
        """After a strong cue (a post, a quoted honour), a 3-character name that is no known word and does
        not end inside one: 教授曹兵海团队, “中国好人”张世中20年 — but not “中国药谷”展宏图."""
        candidate = text[pos : pos + 3]
        if len(candidate) < 3 or not rules.is_name_shaped(candidate):
            return None
        name_tags = (None, "nr", "nrfg", "nrt")
        if self.tags.get(candidate) not in name_tags or self.tags.get(candidate[1:]) not in name_tags:
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
            if prefix and not (prefix[0] in LEVEL_CHARS or word == "院士" or self._place_body(prefix, text)):
                # a named organisation keeps its own span; only a generic body joins the post
                while first < index and text[tokens[first][1] : start] not in GENERIC_ORGS:
                    first += 1
            pos_start = tokens[first][1] if first < index else start
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
            end = self._name_after(text, pos + 1)
            if end is None or claim.taken(pos + 1, end):
                return
            claim.add("person", pos + 1, end)
            pos = end

    def _leader_lists(self, text: str, claim: _Claims) -> None:
        for match in re.finditer(
            r"(?:[\u4e00-\u9fff]{2,4}、){1,}[\u4e00-\u9fff]{2,4}(?=等|出席|参加|一同|分别|应邀|陪同)", text
        ):
            items = match.group().split("、")
            lead = next(
                (k for k in (1, 2) if rules.is_name_shaped(items[0][k:]) and items[0][:k] in LEAD_WORDS), 0
            )
            items[0] = items[0][lead:]  # 与|施一公、陈芬儿、励建安等
            preceded = text[max(0, match.start() - 6) : match.start()].endswith(LEADER_TRIGGERS)
            shaped = [rules.is_name_shaped(item) for item in items]
            if preceded or (len(items) >= 3 and sum(shaped) >= len(items) - 1):
                pos = match.start() + lead
                for item, ok in zip(items, shaped, strict=True):
                    if ok or preceded:
                        claim.add("person", pos, pos + len(item))
                    pos += len(item) + 1
        for trigger in LEADER_TRIGGERS:
            for match in re.finditer(re.escape(trigger), text):
                end = self._name_after(text, match.end())
                if end is not None:
                    claim.add("person", match.end(), end)
                    self._continue_list(text, end, claim)

    def _speakers(self, text: str, tokens: list[tuple[str, int, int]], claim: _Claims) -> None:
        """``鲍常勇强调`` at a sentence start, ``工作人员孙一豪介绍``, ``居民薛海滨``."""
        for match in re.finditer(
            r"(?:^|(?<=[。，,；;：:！？\n“”]))([\u4e00-\u9fff]{2,4}?)(?=" + "|".join(SPEECH) + ")", text
        ):
            name = match.group(1)
            if rules.is_name_shaped(name) and self.tags.get(name) in (None, "nr", "nrfg", "nrt"):
                claim.add("person", match.start(1), match.end(1))
        for role in ROLE_NOUNS:
            for match in re.finditer(re.escape(role), text):
                end = self._name_after(text, match.end(), loose=role == "”")
                if end is not None and text[end - 1 : end + 1] in self.tags:
                    continue  # 鲜明导|向: the name would end inside a word
                word = text[match.end() : end] if end else ""
                if end is not None and self.tags.get(word) in (None, "nr", "nrfg", "nrt"):
                    claim.add("person", match.end(), end)
