"""Find people, posts, places, organisations, dates and amounts in text.

Three layers, the later winning over the earlier where they disagree:

1. **the model** — Baidu's LAC (``lac.py``) proposes people, places and organisations;
2. **the rules** — what a sentence model cannot know: bylines, posts and the person they introduce,
   leader lists, dates and amounts, administrative places from the dictionary, organisation endings;
   and vetoes of model errors (``model_spans.py``);
3. **the library** — names confirmed anywhere (by a post, a byline, a leader list, the model with a
   wide margin, or the user) and the user's own additions and rejections.

Spans are claimed in order of trust and never overlap (``claims.py``).  ``recognise_many`` runs the
model once over many texts, which is several times faster than text by text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from reader.entities import rules
from reader.entities.claims import Analysis, Claims, Mention, WordSet, normalise_name
from reader.entities.dictionaries import ORG_TAG, PLACE_TAG, POSITION_TAG, dictionaries, tokenizer, word_tags
from reader.entities.kinds import KINDS, RECOGNISER_VERSION
from reader.entities.lac import Lac, Word, shared
from reader.entities.model_spans import ADDRESSES, Bounds, ModelSpans, inside_coined
from reader.entities.people import People
from reader.entities.phrases import (
    GENERIC_ORGS,
    LEVEL_CHARS,
    NOT_ORG_ENDINGS,
    SITE_SUFFIXES,
    ZONES,
    Phrases,
    each_ones,
)
from reader.entities.places import Places
from reader.textfold import simplified

__all__ = ["KINDS", "Analysis", "Mention", "Recogniser"]

CONFIDENT = 4.0
"""A model name whose every character's tag led the runner-up by this much is confirmed for the library.
On the People's Daily dev split 97% of such names are right (87% of all the model's names)."""
DOUBTFUL = 0.5
"""A model name whose weakest character's tag led the runner-up by less than this is doubtful."""
ADMIN_LEVELS = ("province", "city", "county", "town")
NT_HEADS = (*"部队院局厅委办社团署行司", "组织", "联盟")  # the heads of the bodies jieba lists as nt
TERM_COUNCIL = re.compile(r"政协第[一二三四五六七八九十]{1,3}届([\u4e00-\u9fff]{0,6}?)委员会")
"""政协第十四届某某市委员会: the formal name of a political consultative conference for one term."""
PARTY_UNITS = ("党支部", "党总支", "党委", "党组", "团委")  # a body's own party branch or committee
PLACE_PARTY_UNITS = ("党工委", "党支部", "党总支", "党委", "支部")
"""The party committees and branches a place has (某某镇党委, 某某村支部) and jieba holds with the title."""
ASSOCIATION_ENDINGS = frozenset(["协会", "学会", "商会", "研究会", "基金会", "联合会", "促进会", "联谊会"])
"""How an association's name ends — not a party or government unit (县委|书记, 党委|书记 stay one post)."""
TITLE_LONGEST = 6  # characters of the longest title a jieba word may end in after a place (英国|首相)
QUOTED = re.compile(r"[“\"「『]([^“”\"「」『』\n]{2,24})[”\"」』]")


BRANCH = re.compile(r"[\u4e00-\u9fff]{1,8}?(?P<ending>分公司|分店|门店|店|营业部)(?![\u4e00-\u9fff])")
"""A company's branch or shop after its name, its place first (某某|雁坪店), the ending last in its phrase."""
STATIONED_OFFICE = re.compile(r"驻[\u4e00-\u9fff]{1,6}?(?:代表处|办事处|联络处)")
"""驻 + a place + an office's ending after a body (某组织|驻华代表处, 某市人民政府|驻某地联络处)."""
BUREAU_UNIT = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:大队|中队|支队|监管所|股|科)(?=[、，,。；;：:（()）\s]|$)")
"""A bureau's unit right after it, its phrase ending there (某局|执法稽查大队、, 某局|法规股联系 is not)."""
OFFICE_SECTION = re.compile(r"[\u4e00-\u9fff]{1,6}?[科股](?=[、，,。；;：:（()）\s]|$)")
"""An office's section right after it, its phrase ending there (某办公室|秘书科　某某, 某办公室|秘书股)."""
CONTACT_UNIT = re.compile(r"[\u4e00-\u9fff]{1,8}?[股科](?=反映|联系|咨询|提出)")
"""A bureau's or a department's section a notice sends objections to (向某局某某股反映, 与某部某科联系)."""
DOCUMENT_NUMBER = re.compile(r"([\u4e00-\u9fff]{1,10})〔\d{4}〕\d{1,5}号")
"""A document's number (某市监处罚〔2026〕12号): the issuer's abbreviation before the year names no place
or body of its own (某市|监 is no city)."""
NAME_BEFORE_BRACKET = re.compile(
    r"(?:^|(?<=[ \u3000、，,；;]))"
    r"(?P<name>[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff])(?=[（(])",
    re.MULTILINE,
)
"""A word alone before an opening bracket, at a line's start or after a space or a list's mark."""
LEVEL_PARTY_COMMITTEES = frozenset({"省委", "市委", "州委", "县委", "区委", "旗委"})
"""A level's party committee, whose committees are named after it (县委审计委员会, 市委全面深化改革委员会)."""


class Recogniser:
    """Pure text → mentions; ``user_entries`` are (text, kind) pairs the user added or retyped."""

    VERSION = RECOGNISER_VERSION

    def __init__(
        self,
        user_entries: Iterable[tuple[str, str]] = (),
        rejections: Iterable[str] = (),
        known_people: Iterable[str] = (),
        model: Lac | None = None,
    ) -> None:
        self.words = dictionaries()
        self.tok = tokenizer()
        self.tags = word_tags()
        self.phrases = Phrases(self.words, self.tags, self._tag)
        self.places = Places(self.phrases)
        self.people = People(self.words, self.tags, self._tag, self.phrases)
        self.spans = ModelSpans(self.words, self.tags, self.tok.FREQ, self.phrases.is_place)
        self.model = model
        # the library's names are matched in the simplified reading the rules work on (``analyse``)
        self.rejections = frozenset(simplified(text) for text in rejections)
        self.user = {simplified(t): kind for t, kind in user_entries if simplified(t) not in self.rejections}
        known = (simplified(n) for n in known_people)
        self.known = {n: "person" for n in known if len(n) >= 2 and n not in self.rejections}
        self._user_words = WordSet(self.user)
        self._known_words = WordSet(self.known)
        self._tag_memo: dict[str, str] = {}
        self._titles = frozenset(self.words.titles)
        self.coined = WordSet(())

    # ------------------------------------------------------------------ public
    def recognise(self, text: str) -> list[Mention]:
        return self.recognise_many([text])[0]

    def recognise_many(self, texts: Sequence[str]) -> list[list[Mention]]:
        return [a.mentions for a in self.analyse_many(texts)]

    def analyse_many(self, texts: Sequence[str], words: Sequence[list[Word]] | None = None) -> list[Analysis]:
        """Mentions and confirmed people of every text; ``words`` are the model's, when already computed."""
        if words is None:
            words = self.model_words(texts)
        self.coined = self._coined_names([simplified(text) for text in texts])
        return [self.analyse(text, w) for text, w in zip(texts, words, strict=True)]

    def _coined_names(self, texts: Sequence[str]) -> WordSet:
        """Quoted names that begin with a place (“中国药谷”, “泌阳好人”): wherever they recur, quoted or
        not, the place inside them is part of the name, not a place."""
        names = set()
        for text in texts:
            for match in QUOTED.finditer(text):
                name = match.group(1)
                if any(self.phrases.is_place(name[:n], name) for n in (2, 3, 4) if n < len(name)):
                    names.add(name)
        return WordSet(names)

    def model_words(self, texts: Sequence[str]) -> list[list[Word]]:
        model = self.model or shared()
        todo = [n for n, t in enumerate(texts) if t]
        result: list[list[Word]] = [[] for _ in texts]
        for n, found in zip(todo, model.analyse([simplified(texts[n]) for n in todo]), strict=True):
            result[n] = found
        return result

    def analyse(self, text: str, words: list[Word]) -> Analysis:
        """``text``'s mentions, found in its simplified reading: the model, the dictionaries and the
        rules know simplified Chinese, and a traditional text (Hong Kong, Macau, Taiwan) read as it is
        loses a tenth of its places and organisations (``benchmarks/README.md``).  The reading keeps
        every offset, so each mention is given back with the text as printed."""
        reading = simplified(text)
        found = self._analyse(reading, words)
        if reading == text:
            return found
        mentions = [Mention(m.kind, m.start, m.end, text[m.start : m.end]) for m in found.mentions]
        pairs = zip(found.mentions, mentions, strict=True)
        printed = {normalise_name(r.text): normalise_name(m.text) for r, m in pairs}
        return Analysis(mentions, {printed.get(name, name) for name in found.confirmed})

    def _analyse(self, text: str, words: list[Word]) -> Analysis:
        """The layers of the module's docstring, claimed in order of trust: each step below only
        claims what the steps before it left free."""
        claim = Claims(text)
        if not text:
            return Analysis([], set())
        words = _roads_before_house_numbers(text, words)
        tokens, shared = self._shared_level(list(self.tok.tokenize(text, HMM=False)))
        inside = Bounds(text, tokens, self.tok.FREQ)
        quoted = [m.span(1) for m in QUOTED.finditer(text)]
        quoted += list(self.coined.spans(text))
        confirmed = self._bylines(text, claim)  # start offsets of person claims strong enough for the library
        self._user_entries(text, claim)
        labelled = self._set_checks(text, words, claim, inside, quoted)
        self._patterns(text, claim)
        self._term_councils(text, tokens, claim)
        model_people = self.spans.people(words, text, inside)
        for start, end in shared:
            claim.add("place", start, end)
        before = {m.start for m in claim.spans if m.kind == "person"}
        for start, end in sorted(labelled):  # 村委会委员：某某、某某: the label line bounds each name
            claim.add("person", start, end)
        self.people.find(text, tokens, claim, {s: e for s, e, _m in model_people})
        confirmed |= {m.start for m in claim.spans if m.kind == "person"} - before
        self._known_people(text, claim, inside)
        self.places.sites(text, tokens, claim)
        self.places.expressways(text, claim)
        self.places.listed_units(text, tokens, claim)
        self.phrases.listed_companies(text, tokens, claim)
        full_places = {text[w.start : w.end] for w in words if w.tag == "LOC"}
        for start, end, margin in model_people:
            if self._doubtful_pair(text[start:end], margin):
                continue
            if _short_form(text, start, end, full_places):  # 某某县…为某某的发展: the county
                claim.add("place", start, end)
                continue
            if (
                claim.add("person", start, end)
                and margin >= CONFIDENT
                and rules.is_name_shaped(text[start:end])
            ):
                confirmed.add(start)
        self._model_extras(text, words, claim)
        self._organisations(text, words, tokens, claim, inside)
        self._names_before_bracketed_bodies(text, claim)
        for start, end in self.spans.places(words, text, tokens, inside, quoted):
            if text.startswith(WITH_COMMUNITIES, end) and text.endswith(TOWNS_VILLAGES, start, end):
                end -= 1  # 某某镇村（社区）: the town's villages and communities, not a village's name
            claim.add("place", start, end)
        self.places.places(text, tokens, claim)
        self._nested_places(text, tokens, claim)
        self._towns_before_village_bodies(text, words, claim)
        self._party_bodies_of_places(text, claim)
        self._committees_cut_by_posts(text, words, claim)
        self._zones_named_elsewhere(text, claim)
        self._sites_after_places(text, claim)
        self._bodies_with_their_units(text, claim)
        mentions = [m for m in claim.mentions() if normalise_name(m.text) not in self.rejections]
        people = {normalise_name(m.text) for m in mentions if m.kind == "person" and m.start in confirmed}
        return Analysis(mentions, people)

    # ------------------------------------------------------------- internals
    def _bylines(self, text: str, claim: Claims) -> set[int]:
        """Claim the reporters' names of bylines; the start offsets of those claimed (all confirmed)."""
        confirmed: set[int] = set()
        for start, end in rules.byline_names(text):
            if self.tags.get(text[start:end]) in ("r", "t"):
                continue  # 新华社记者王某、本报|记者, 记者今天|报道: a pronoun or a time word is no reporter
            if claim.add("person", start, end):
                confirmed.add(start)
        return confirmed

    def _set_checks(
        self, text: str, words: list[Word], claim: Claims, inside: Bounds, quoted: list[tuple[int, int]]
    ) -> set[tuple[int, int]]:
        """The vetoes every later claim of a place, an organisation or a person must pass; the names of
        post label lines (``rules.label_line_names``), which pass the person check whatever their words."""
        model_other = {
            (w.start, w.end)
            for w in words
            if w.tag in ("LOC", "ORG") and not text.startswith(ADDRESSES, w.end)  # 某某某|先生 is a person
        }
        issuers = [m.span(1) for m in DOCUMENT_NUMBER.finditer(text)] if "〔" in text else []
        claim.place_check = lambda s, e: not inside_coined(quoted, s, e) and not _within(issuers, s, e)
        # 保险公司, 职业中学: a kind of body the dictionary knows as a common noun names no body
        claim.org_check = lambda s, e: (
            not _within(issuers, s, e)
            and not (
                self.tags.get(text[s:e]) == "n" and text.endswith(("公司", "中学", "小学", "医院"), s, e)
            )
        )
        model_person = {(w.start, w.end) for w in words if w.tag == "PER"}
        labelled = (
            rules.label_line_names(text) | rules.row_names(text) if "\n" in text or "：" in text else set()
        )
        claim.person_check = lambda s, e: (
            (s, e) in labelled
            or (
                (s, e) not in model_other
                and self.spans.plausible_person(text, s, e, inside, by_model=(s, e) in model_person)
            )
        )
        return labelled

    @staticmethod
    def _patterns(text: str, claim: Claims) -> None:
        for match in rules.DATE.finditer(text):
            claim.add("date", match.start(), match.end())
        for match in rules.QUANTITY.finditer(text):
            claim.add("quantity", match.start(), match.end())
        for match in rules.CONGRESS.finditer(text):
            claim.add("organization", match.start(), match.end())
        for match in rules.PARTY_AND_GOVERNMENT.finditer(text):
            claim.add("organization", *match.span(2))  # the party committee is left to the body rules
        for match in rules.DEMOCRATIC_PARTY_UNIT.finditer(text):
            claim.add("organization", *match.span())
        for match in rules.NUMBERED_SCHOOL.finditer(text):
            claim.add("organization", *match.span())
        for match in rules.NEWS_SITE.finditer(text):
            claim.add("organization", *match.span(1 if match.group(1) else 2))
        for match in rules.SOURCE_TAG.finditer(text):
            claim.add("organization", *match.span(1))
        for match in rules.PUBLICATION.finditer(text):
            claim.add("organization", *(match.span(1) if match.group(1) else match.span()))

    def _term_councils(self, text: str, tokens: list[tuple[str, int, int]], claim: Claims) -> None:
        """``政协第十四届东莞市委员会``, ``东莞市政协第十二届委员会``, ``县政协第九届委员会``: a conference
        named with its term is one organisation, the place or level before 政协 included; what stands
        between the term and 委员会 must be a place or 全国 (else it is no name: 政协第九届会议…委员会)."""
        ends = {end: start for _word, start, end in tokens}
        for match in TERM_COUNCIL.finditer(text):
            inner = match.group(1)
            if inner and inner != "全国" and not self.phrases.is_place(inner, text):
                continue
            start = self._place_before(text, ends, match.start())
            claim.add("organization", start, match.end())

    def _place_before(self, text: str, ends: dict[int, int], start: int) -> int:
        """Where a body beginning at ``start`` begins with the place or level before it (东莞市|政协, 县|政协,
        东莞|市|政协); ``ends`` maps each token's end to its start."""
        before = ends.get(start)
        if before is not None and self.phrases.is_place(text[before:start], text):
            return before
        if text[start - 1 : start] in LEVEL_CHARS:
            start -= 1
            before = ends.get(start)
            if before is not None and self.phrases.is_place(text[before:start], text):
                return before
        return start

    def _doubtful_pair(self, name: str, margin: float) -> bool:
        """A two-character name the model barely prefers (``DOUBTFUL``) that is no surname and given
        name, or is a word of jieba's dictionary (陆海 in 西部陆海新通道, 踔厉 in 踔厉奋发, 殷红, 才华):
        on the People's Daily dev split most such readings are wrong (``benchmarks/README.md``)."""
        if len(name) != 2 or margin >= DOUBTFUL:
            return False
        return not rules.is_name_shaped(name) or name in self.tags

    def _model_extras(self, text: str, words: list[Word], claim: Claims) -> None:
        """The person a doctrine is named after, teams, and governments standing for their country."""
        for start, end in self.spans.doctrines(words, text):
            claim.add("person", start, end)
        teams, countries = self.spans.teams_and_governments(words, text)
        for start, end in teams:
            claim.add("organization", start, end)
        for start, end in countries:
            claim.add("place", start, end)

    def _organisations(
        self, text: str, words: list[Word], tokens: list[tuple[str, int, int]], claim: Claims, inside: Bounds
    ) -> None:
        model_orgs = [  # 各|乡镇党委: each town's party committee, the model's body without its 各
            (start, end)
            for start, end in self.spans.organisations(words, text, inside)
            if not each_ones(text, start)
        ]
        for start, end in model_orgs:
            if self._whole_model_org(text, start, end, inside):
                self._with_party_unit(text, start, end, claim)  # 某某交警交通控制指挥中心, not 指挥中心
        self.phrases.organisations(text, tokens, claim)
        for start, end in model_orgs:
            self._level_lead(text, start, end, claim)
            self._with_party_unit(text, start, end, claim)
        levels = {m.end: m for m in claim.spans if m.kind == "organization" and m.text in GENERIC_ORGS}
        for word, start, end in tokens:
            if not self._listed_body(word) or not claim.add("organization", start, end):
                continue
            if (level := levels.get(start)) is not None:  # 县政府|新闻办: the level body's office
                claim.regroup([level, claim.spans[-1]], [("organization", level.start, end)])

    def _level_lead(self, text: str, start: int, end: int, claim: Claims) -> None:
        """县|行政审批|服务局: the ending walk stopped at a verb inside the name (审批) and claimed the ending
        alone, where the model read the whole body from its level; the level and the words after it, free
        and unbroken, are the body's — unless they are a body of their own (县委|县政府: two bodies)."""
        if text[start] not in LEVEL_CHARS:
            return
        body = next((m for m in claim.spans if m.kind == "organization" and m.end == end), None)
        if body is None or body.start <= start + 1:
            return
        party = next((m for m in claim.spans if m.kind == "organization" and m.start == start), None)
        if (
            party is not None
            and party.text in LEVEL_PARTY_COMMITTEES
            and text.startswith("委员会", body.start)
            and body.start - party.end >= 2
            and not claim.taken(party.end, body.start)
            and all(rules.CJK.match(c) for c in text[party.end : body.start])
        ):  # 县委|审计|委员会办公室: the party committee's committee, its sector read as a verb
            claim.regroup([party, body], [("organization", start, end)])
            return
        if claim.taken(start, body.start):
            return
        lead = text[start : body.start]
        if lead in GENERIC_ORGS or self.phrases.org_suffix(lead) is not None or lead[-1] in "委府":
            return
        if all(rules.CJK.match(c) for c in lead):
            claim.regroup([body], [("organization", start, end)])

    @staticmethod
    def _with_party_unit(text: str, start: int, end: int, claim: Claims) -> None:
        """Claim the model's organisation, with the party branch or committee written right after it
        (某某林场|党支部于…: the branch of that body is the body named) where that is still free — not
        where a post took it (某某林场|党支部书记)."""
        unit = next((u for u in PARTY_UNITS if text.startswith(u, end)), None)
        if unit is None or not claim.add("organization", start, end + len(unit)):
            claim.add("organization", start, end)

    def _shared_level(
        self, tokens: list[tuple[str, int, int]]
    ) -> tuple[list[tuple[str, int, int]], list[tuple[int, int]]]:
        """彰化县|长|魏明谷 → 彰化|县长|魏明谷: a place's level character is also the first character of
        the post after it (县长, 市长, 镇长 of that county, city or town), which Taiwan and Hong Kong
        papers print without repeating it; jieba gives the character to the place and leaves 长 alone,
        so the post and the name it introduces were lost.  Returns the tokens and the places' short
        names (彰化): the dictionary's full name vouches for them even where the short name alone is
        also an ordinary word."""
        found, places = [], []
        index = 0
        while index < len(tokens):
            word, start, end = tokens[index]
            after = tokens[index + 1][0] if index + 1 < len(tokens) else ""
            cut = self._place_and_title(word) or self._body_and_title(word)
            if cut:
                found += [(word[:cut], start, start + cut), (word[cut:], start + cut, end)]
                index += 1
                continue
            if (
                after == "长"
                and len(word) >= 3
                and word in self.words.places
                and word[-1] + "长" in self._titles
            ):
                found += [(word[:-1], start, end - 1), (word[-1] + "长", end - 1, end + 1)]
                places.append((start, end - 1))
                index += 2
                continue
            found.append((word, start, end))
            index += 1
        return found, places

    def _body_and_title(self, word: str) -> int:
        """协会会长, 学会会长: jieba holds an association's ending and its title as one word, so the post took
        the ending and the body lost it (某某基金业|协会会长); the length of the ending (0 where the word is
        no such pair, or is a post of the list itself)."""
        if len(word) < 4 or word in self._titles:
            return 0
        for length in range(2, min(len(word) - 2, TITLE_LONGEST) + 1):
            ending = word[:-length]
            if word[-length:] in self._titles and ending in ASSOCIATION_ENDINGS:
                return len(ending)
        return 0

    def _place_and_title(self, word: str) -> int:
        """英国首相, 日本首相: jieba holds a country's post as one word, which is no title of the post list,
        so neither the post nor the name after it was found; where a word is a dictionary place and then a
        title, the length of the place (0 where it is not).  Only the few title lengths are tried, so a
        token costs a handful of lookups."""
        if len(word) < 4 or self.tags.get(word) == POSITION_TAG:
            return 0
        for length in range(min(len(word) - 2, TITLE_LONGEST), 1, -1):
            if word[-length:] in self._titles and word[:-length] in self.words.places:
                return len(word) - length
        return 0

    def _user_entries(self, text: str, claim: Claims) -> None:
        for start, end in self._user_words.spans(text):
            claim.add(self.user[text[start:end]], start, end)

    def _known_people(self, text: str, claim: Claims, inside: Bounds) -> None:
        """Names confirmed elsewhere in the library, where they do not cut into a word (王玲|玲)."""
        for start, end in self._known_words.spans(text):
            if inside.inside(start) or inside.inside(end):
                continue
            claim.add("person", start, end)

    def _whole_model_org(self, text: str, start: int, end: int, inside: Bounds) -> bool:
        """May the model's organisation be claimed before the ending rule?  When it ends like one and
        starts with a name of its own — not with a level body or a bare ending the rule would extend
        (市委|…领导小组, 实业有限公司), nor after a level or an ordinal it would take in
        (市五届|人大常委会)."""
        body, first = text[start:end], text[start : inside.end[start]]
        if self.phrases.org_suffix(body) is None or not self.phrases.namey(first, text):
            return False
        if first in GENERIC_ORGS or self.phrases.org_suffix(first) == first or body in GENERIC_ORGS:
            return False
        before = text[inside.start[start - 1] : start] if start else ""
        if before in LEVEL_CHARS or before in GENERIC_ORGS or self._tag(before) == "m":
            return False
        return not self.phrases.is_place(before, text)

    def _nested_places(self, text: str, tokens: list[tuple[str, int, int]], claim: Claims) -> None:
        """黑龙江省|某某市委, 某某县|某某镇中心小学: an organisation named after a place of a lower level
        begins there; the place of a higher level before it only locates it and is a place of its own."""
        at = {start: (word, end) for word, start, end in tokens}
        for mention in [m for m in claim.spans if m.kind == "organization"]:
            first = at.get(mention.start)
            second = at.get(first[1]) if first is not None else None
            if first is None or second is None or second[1] >= mention.end:
                continue
            outer, inner = self._level(first[0], text), self._level(second[0], text)
            if outer is not None and inner is not None and outer < inner:
                claim.split(mention, first[1], "place")

    def _party_bodies_of_places(self, text: str, claim: Claims) -> None:
        """某某镇|党委书记, 某某村|支部书记: jieba's post word (党委书记) took the party unit, so the place
        stood alone and its committee or branch — the body the post is of, an organisation — was lost.
        Where a place is followed by a party unit and a title, the place and the unit become one
        organisation and the title the post (the post word's span, or the free unit and title when no
        post was claimed)."""
        for place in [m for m in claim.spans if m.kind == "place"]:
            unit = next((u for u in PLACE_PARTY_UNITS if text.startswith(u, place.end)), "")
            at = place.end + len(unit)
            title = next((t for t in self.words.titles if text.startswith(t, at)), "") if unit else ""
            if not title:
                continue
            post = next((m for m in claim.spans if m.kind == "position" and m.start in (place.end, at)), None)
            if post is not None and post.start == at:  # 某某公园|党委|副书记: the post left the unit free
                if not claim.taken(place.end, at):
                    claim.regroup([place], [("organization", place.start, at)])
                continue
            end = max(post.end if post is not None else 0, at + len(title))
            if claim.taken(place.end if post is None else post.end, end):
                continue
            old = [place] if post is None else [place, post]
            claim.regroup(old, [("organization", place.start, at), ("position", at, end)])

    @staticmethod
    def _committees_cut_by_posts(text: str, words: list[Word], claim: Claims) -> None:
        """某某区委|副书记: the model's party committee named by a place (no place of the dictionary, its
        name left unclaimed) whose 区委 jieba's post word took (区委副书记) is the body, the post the rest."""
        posts = {m.start: m for m in claim.spans if m.kind == "position"}
        for word in words:
            if word.tag != "ORG" or text[word.end - 2 : word.end] not in LEVEL_COMMITTEES:
                continue
            post = posts.get(word.end - 2)
            if post is None or post.end <= word.end or claim.taken(word.start, post.start):
                continue
            if word.end - 2 - word.start < 2 or not all(
                rules.CJK.match(c) for c in text[word.start : post.start]
            ):
                continue
            claim.regroup([post], [("organization", word.start, word.end), ("position", word.end, post.end)])

    @staticmethod
    def _zones_named_elsewhere(text: str, claim: Claims) -> None:
        """某某经济开发区党工委: where only the bare zone (开发区) of a place or body was claimed, and the
        same text names the zone in full as a place elsewhere (落户某某经济开发区), the name before the
        bare zone is that name here too, when it is written there and still free.  A bare zone left, no
        place written right before it (某市|高新区), names no zone: it refers back to one (the seeds'
        示范区)."""
        names = {m.text for m in claim.spans if m.kind == "place" and m.text.endswith(ZONES)}
        for mention in [m for m in claim.spans if m.kind in ("place", "organization")]:
            if not mention.text.startswith(ZONES) or mention.text in names:
                continue
            for name in sorted(names, key=len, reverse=True):
                head = name[: len(name) - len(next(z for z in ZONES if name.endswith(z)))]
                start = mention.start - len(head)
                if head and mention.text.startswith(name[len(head) :]) and text.startswith(head, start):
                    if not claim.taken(start, mention.start):
                        claim.regroup([mention], [(mention.kind, start, mention.end)])
                    break
        place_ends = {m.end for m in claim.spans if m.kind == "place"}
        for zone in [m for m in claim.spans if m.kind == "place" and m.text in ZONES]:
            if zone.start not in place_ends:  # 项目和|开发区|标准化厂房: a reference back, no zone's name
                claim.regroup([zone], [])

    @staticmethod
    def _units_of_bureaus(text: str, claim: Claims) -> None:
        """某局|执法稽查大队, 某局|某某市场监管所: a bureau's unit (a 大队, a 股 or 科, a 所 of a place; an
        office's 科) written right after the bureau and ending its phrase is one body with it — the bureau
        says whose unit it is.  What the model read inside the unit (a place, a body) is part of it."""
        bodies = [
            m for m in claim.spans if m.kind == "organization" and m.text.endswith(("局", "部", "办公室"))
        ]
        for bureau in bodies:
            unit = BUREAU_UNIT.match(text, bureau.end) if bureau.text.endswith("局") else None
            if bureau.text.endswith("办公室"):  # 某办公室|秘书科
                unit = OFFICE_SECTION.match(text, bureau.end)
            if unit is None and text.endswith(
                ("向", "与"), 0, bureau.start
            ):  # 向某局某股反映, 与某部某科联系
                unit = CONTACT_UNIT.match(text, bureau.end)
            if unit is None:
                continue
            inner = [m for m in claim.spans if m.start < unit.end() and m.end > bureau.end]
            if all(m.kind in ("organization", "place") and m.end <= unit.end() for m in inner):
                claim.regroup([bureau, *inner], [("organization", bureau.start, unit.end())])

    @staticmethod
    def _company_branches(text: str, claim: Claims) -> None:
        """某某连锁有限公司|某地|某店: a company's branch or shop named by its place — the places the
        model read right after the company, up to a branch's ending (店, 分店, 门店, 分公司, 营业部), are
        the branch's name, and the company with its branch is one body (the 当事人 of a 公示)."""
        places = {m.start: m for m in claim.spans if m.kind == "place"}
        for company in [m for m in claim.spans if m.kind == "organization" and m.text.endswith("公司")]:
            branch = BRANCH.match(text, company.end)
            if branch is None:
                continue
            inner, at = [], company.end
            while at < branch.start("ending") and (place := places.get(at)) is not None:
                inner.append(place)
                at = place.end
            if inner and branch.start("ending") <= at <= branch.end() and not claim.taken(at, branch.end()):
                claim.regroup([company, *inner], [("organization", company.start, branch.end())])

    def _bodies_with_their_units(self, text: str, claim: Claims) -> None:
        """A body and its unit written after it, one organisation: a company's branch, an office stationed
        elsewhere, a bureau's or an office's section."""
        self._company_branches(text, claim)
        self._stationed_offices(text, claim)
        self._units_of_bureaus(text, claim)

    @staticmethod
    def _stationed_offices(text: str, claim: Claims) -> None:
        """某组织驻华代表处, 某市人民政府驻某地联络处: a body, 驻, the place it is stationed in and an
        office's ending are the body's office there, one organisation; what the model or the rules made of
        the words after the body (华 for China, 某地联络处) is the office's."""
        for body in [m for m in claim.spans if m.kind == "organization"]:
            office = STATIONED_OFFICE.match(text, body.end)
            if office is None or body not in claim.spans:
                continue
            inner = [m for m in claim.spans if m is not body and body.end <= m.start < office.end()]
            if all(m.end <= office.end() for m in inner):
                claim.regroup([body, *inner], [("organization", body.start, office.end())])

    @staticmethod
    def _names_before_bracketed_bodies(text: str, claim: Claims) -> None:
        """A list's 「name（body）」 entries (an honours list's 某某（县第二中学）, a padded 某　某（…）): a
        word shaped like a name, alone after a line's start, a space or a list's mark, with nothing in
        the brackets after it but an organisation claimed there, is the person the body is given for."""
        bodies = {(m.start, m.end) for m in claim.spans if m.kind == "organization"}
        for match in NAME_BEFORE_BRACKET.finditer(text):
            start, end = match.span("name")
            close = text.find("）" if text[end] == "（" else ")", end + 1, end + 40)
            name = "".join(match.group("name").split())
            if close > 0 and (end + 1, close) in bodies and rules.is_name_shaped(name):
                claim.add("person", start, end)

    @staticmethod
    def _towns_before_village_bodies(text: str, words: list[Word], claim: Claims) -> None:
        """某县|某某乡|某某村合作社: the county and town the model reads as places, one after another at the
        start of an organisation whose rest opens with a village (…村), only locate the village's body —
        a chain of units is listed unit by unit, gazetteer or not (``_nested_places`` needs both known)."""
        places = {w.start: w.end for w in words if w.tag == "LOC" and text[w.end - 1 : w.end] in "县乡镇"}
        for mention in [m for m in claim.spans if m.kind == "organization"]:
            heads, at = [], mention.start
            while at in places and places[at] < mention.end:
                heads.append(("place", at, places[at]))
                at = places[at]
            if heads and "村" in text[at : min(at + 5, mention.end)] and mention.end - at >= 3:
                claim.regroup([mention], [*heads, ("organization", at, mention.end)])

    @staticmethod
    def _sites_after_places(text: str, claim: Claims) -> None:
        """某某山|景区, 某某|公园: a place with a site's ending written right after it and left free names the
        site, one place (the site rule passes over a name jieba tags as a common noun, so the model's
        place stood alone and the ending was lost)."""
        for place in [m for m in claim.spans if m.kind == "place"]:
            ending = next((s for s in SITE_SUFFIXES if text.startswith(s, place.end)), "")
            if ending and not claim.taken(place.end, place.end + len(ending)):
                claim.regroup([place], [("place", place.start, place.end + len(ending))])

    def _level(self, word: str, text: str) -> int | None:
        """0 for a province, 1 a city, 2 a county, 3 a town (short names alike); None for anything else."""
        level = self.words.places.get(word, "").removesuffix("-alias")
        if level not in ADMIN_LEVELS or not self.phrases.is_place(word, text):
            return None
        return ADMIN_LEVELS.index(level)

    def _listed_body(self, word: str) -> bool:
        """A body jieba's dictionary lists (tag ``nt``) by a telling head: 某某部, 某某队, 某某国家组织 —
        not a bare head (通讯社), an ordinary word (新格局), a direction (中南部) or a kind of body
        (党组织)."""
        if len(word) < 3 or self.tags.get(word) != "nt" or not word.endswith(NT_HEADS):
            return False
        if word in self.words.org_suffixes or word[-2:] in NOT_ORG_ENDINGS:
            return False  # 通讯社, 新格局
        if word.endswith("部") and word[-2] in "东南西北中":
            return False  # 中南部
        return not word.endswith("组织") or len(word) >= 5

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


LEVEL_COMMITTEES = frozenset(f"{level}委" for level in "省市州盟县区旗镇乡")
"""A level's party committee (区委, 县委), written after the place's name."""
WITH_COMMUNITIES = ("（社区）", "(社区)")
"""村（社区）: a notice's "villages (and communities)" of the town or county before it."""
TOWNS_VILLAGES = ("镇村", "乡村", "街道村", "县村", "区村", "市村")
COUNTY_LEVELS = "县市区旗"


HOUSE_NUMBER = re.compile(r"(?<=[路街道巷])[0-9０-９]{1,5}号")
"""The number of a house on a road (某某路18号): where an address's road ends."""


def _roads_before_house_numbers(text: str, words: list[Word]) -> list[Word]:
    """某某东路18号县某馆: the model reads an address's road, its number and the body there as one place;
    the number ends the road, and what follows it is left to the rules (a body, a site)."""
    if "号" not in text:
        return words
    kept = []
    for word in words:
        number = HOUSE_NUMBER.search(text, word.start, word.end) if word.tag == "LOC" else None
        kept.append(Word(word.start, number.start(), word.tag, word.margin) if number else word)
    return kept


def _short_form(text: str, start: int, end: int, full_places: set[str]) -> bool:
    """Is the model's name ``start:end`` a county's or a city's short form, the text naming the unit in full
    elsewhere (a place of the model's, 某某县) and the name standing alone here (no level character after
    it)?"""
    name = text[start:end]
    return (
        2 <= len(name) <= 3
        and text[end : end + 1] not in COUNTY_LEVELS
        and any(name + level in full_places for level in COUNTY_LEVELS)
    )


def _within(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Does ``start:end`` lie inside one of ``spans``?"""
    return any(s <= start and end <= e for s, e in spans)
