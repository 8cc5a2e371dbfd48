"""Dated person–post claims in one article: post+name, leader lists, appointment and removal notices.

Input is plain data — the article's fields, the mentions the recogniser stored, the issue's
date and the places the issue talks about — so any recogniser will do: a position mention
right before a person is read as that person's post; where there is none, ``posts.chain_before``
finds the post by its own rules.  Notices (``任命…为…``, ``免去…职务``) are read from the text
alone: their names are delimited by the notice's own words.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace

from reader.careers.lexicon import LEVEL_CHARS, NOT_POSTS, Lexicon, lexicon
from reader.careers.posts import LEADING_VERBS, UNIT_ENDS, Post, chain_before, parse_chain
from reader.ledger_values import Claim
from reader.mentions import FIELDS
from reader.textfold import simplified

KINDS = ("mention", "appointment", "removal")


@dataclass(frozen=True)
class MentionSpan:
    kind: str
    field: str
    start: int
    end: int


@dataclass
class Context:
    """What the article's own words leave open: the issue's date, and which places "市" and "县" mean."""

    issue_date: str | None = None
    places: Counter[str] = field(default_factory=Counter)  # full place names → weight
    publication: str | None = None

    def place_for(self, lex: Lexicon, level: str | None) -> str | None:
        if level is None:
            return None
        ranked = [(n, name) for name, n in self.places.items() if (u := lex.place(name)) and u.level == level]
        return max(ranked)[1] if ranked else None


def place_weights(lex: Lexicon, texts: Iterable[str], mentions: Iterable[str] = ()) -> Counter[str]:
    """Full place names by how often ``texts`` name them: gazetteer names in place mentions count
    three times, names found by scanning the text (with their level suffix, or alias ≥ 3 chars) once."""
    weights: Counter[str] = Counter()
    for text in mentions:
        if unit := lex.place(text):
            weights[unit.full] += 3
    for text in texts:
        for match in _PLACE_SCAN.finditer(text):
            word = match.group()
            for length in range(min(len(word), 8), 1, -1):
                unit = lex.place(word[:length])
                if unit is not None and (word[:length] == unit.full or length >= 3):
                    weights[unit.full] += 1
                    break
    return weights


class Anchored:
    """A pattern that starts with a name or a word and can only match a few characters before an
    anchor (the verb, the level suffix): ``finditer`` tries ``pattern.match`` at those starts only.

    The same matches as ``pattern.finditer`` (leftmost first, then after the match's end), as long as
    every match starts ``reach`` characters before an anchor occurrence; Python's ``re`` would try
    every position of the text, 25 times slower on an 800-character article.
    """

    def __init__(self, pattern: str, anchor: str, reach: tuple[int, int]) -> None:
        self.pattern = re.compile(pattern)
        self.anchor = re.compile(anchor)
        self.reach = reach

    def finditer(
        self, text: str, accept: Callable[[re.Match[str]], bool] | None = None
    ) -> Iterator[re.Match[str]]:
        """``accept``: a match it turns down is not yielded and hides nothing — the starts after its
        own are still tried (主任医师某某挂任…: 科副主|任 is no name and its verb, 某某|挂任 is)."""
        near, far = self.reach
        start = 0  # every start before this one has been tried (or lies inside a match)
        for anchor in self.anchor.finditer(text):
            start = max(start, anchor.start() - far)
            while start <= anchor.start() - near:
                match = self.pattern.match(text, start)
                if match is None or (accept is not None and not accept(match)):
                    start += 1
                else:
                    yield match
                    start = max(match.end(), start + 1)


_PLACE_SCAN = Anchored(r"[\u4e00-\u9fff]{2,8}?[省市县区州]", "[省市县区州]", (2, 8))


def extract(
    fields: Mapping[str, str | None],
    mentions: Iterable[MentionSpan],
    context: Context,
    lex: Lexicon | None = None,
) -> list[Claim]:
    """Every claim of one article, in field and text order.

    Each field is read in its simplified reading (``textfold.simplified``, one character for one): the
    post titles, surnames and gazetteer are simplified Chinese, and a Hong Kong, Macau or Taiwan text
    (``彰化縣長魏明谷``) read as printed yields no claim.  The claims are given back as printed."""
    lex = lex or lexicon()
    by_field: dict[str, list[MentionSpan]] = {}
    for mention in mentions:
        by_field.setdefault(mention.field, []).append(mention)
    claims: list[Claim] = []
    for name in FIELDS:
        text = fields.get(name) or ""
        if not text:
            continue
        reading = simplified(text)
        spans = sorted(by_field.get(name, []), key=lambda m: m.start)
        found = (
            _notices(lex, reading, name, spans)
            + _labelled_notices(lex, reading, name, spans)
            + _table_rows(lex, reading, name, spans)
            + _spaced_tables(lex, reading, name)
            + _resumes(lex, reading, name)
            + _careers(lex, reading, name)
            + _labelled_lines(lex, reading, name)
            + _item_heads(lex, reading, name)
            + _name_lines(lex, reading, name)
            + _post_name_lines(lex, reading, name)
            + _colon_post_names(lex, reading, name)
            + _spaced_labels(lex, reading, name)
            + _post_names(lex, reading, name, spans)
        )
        dated = [_dated(claim, reading, context, lex) for claim in _unique(found)]
        claims.extend(dated if reading == text else [_as_printed(c, reading, text) for c in dated])
        if name != "text":  # a heading that is only 「post　name」 pairs (an attendance list the importer
            seen = {(c.name, c.post) for c in dated}  # took for a title): read as a byline is
            claims.extend(c for c in _speaker(lex, text, context, name) if (c.name, c.post) not in seen)
    return claims + _speaker(lex, fields.get("byline_text") or "", context)


_NAME_ALONE = (
    r"(?P<name>[\u4e00-\u9fff]{1,8}(?:[·•・][\u4e00-\u9fff]{1,8}){1,3}"
    r"|[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff](?![\u4e00-\u9fff])|[\u4e00-\u9fff]{2,4})"
)
"""A name standing by itself after a post: transliterated in parts (某某·某某), padded to the width of three
(王　伟), or plain."""
_SPEAKER = re.compile(rf"(?P<post>[\u4e00-\u9fff、]{{2,24}})[ \u3000]+{_NAME_ALONE}(?=[ \u3000]|$)")


_ROSTER_LABEL = re.compile(r"(?:参会|出席|参加|列席|与会)(?:人员|领导|同志)?[：:][ \u3000]*")
"""The label over an attendance list (参会人员：), which the list's first line may follow on one line."""


def _speaker(lex: Lexicon, byline: str, context: Context, field_name: str = "byline") -> list[Claim]:
    """A speech's or report's byline that is a post and a name apart (``副县长　张三``, ``市委书记 李四``):
    the post is the speaker's.  A list of those (the 参会人员 lines of minutes, one line each, which the
    importer joins into one byline) gives each name its post, but only when the whole byline is such
    pairs, after the list's label if any.  A reporter's byline (``记者 张三``) has no title of the lexicon
    and gives none; the claim's span is in the byline (or the heading ``field_name`` read as one)."""
    reading = simplified(byline.strip())
    label = _ROSTER_LABEL.match(reading)
    matches = list(_SPEAKER.finditer(reading, label.end() if label else 0))
    covered = "".join(reading[m.end() : n.start()] for m, n in itertools.pairwise(matches))
    first = label.end() if label else 0
    if (
        not matches
        or matches[0].start() != first
        or matches[-1].end() != len(reading)
        or covered.strip(" \u3000")
    ):
        return []
    claims: list[Claim] = []
    for match in matches:
        name = "".join(match.group("name").split())
        if not lex.is_name(name):
            return []
        claims.extend(
            _dated(_claim(name, p, "mention", field_name, match.start(), match.end()), reading, context, lex)
            for p in parse_chain(lex, match.group("post"))
        )
    return claims if reading == byline.strip() else [_as_printed(c, reading, byline.strip()) for c in claims]


_RESUME = re.compile(rf"(?m)^[ \u3000]*{_NAME_ALONE}[，,（(][男女][，,）)]")
"""The head of a résumé in a 任前公示 (某某，女，汉族，1980年5月生…): a name alone, then the sex."""
_CURRENT = re.compile(r"现任(?P<post>[^，,。；;（(\n]{2,60})")


def _resumes(lex: Lexicon, text: str, field_name: str) -> list[Claim]:
    """A 任前公示's résumés: the posts after 现任 in the paragraph a name and a sex open are that name's.
    What follows 拟任 is proposed, not held, and gives no claim."""
    claims: list[Claim] = []
    for head in _RESUME.finditer(text):
        name = "".join(head.group("name").split())
        if not lex.is_name(name):
            continue
        line_end = text.find("\n", head.end())
        current = _CURRENT.search(text, head.end(), len(text) if line_end < 0 else line_end)
        if current is not None:
            posts = parse_chain(lex, current.group("post"))
            claims.extend(_claim(name, p, "mention", field_name, *current.span()) for p in posts)
    return claims


_LABELLED = re.compile(
    rf"(?m)^[ \u3000]*(?P<post>[\u4e00-\u9fff、]{{2,30}})[：:][ \u3000]*{_NAME_ALONE}"
    r"(?=[ \u3000]*(?:[（(，,。；;]|$))"
)


_BRACKET_LABEL = re.compile(rf"[（(](?P<post>[\u4e00-\u9fff]{{2,12}})[：:]{_NAME_ALONE}[）)]")
"""A label and a name in brackets after a body (某某市场监管所（所长：某某）), as a 公示 gives its officer."""


def _labelled_lines(lex: Lexicon, text: str, field_name: str) -> list[Claim]:
    """A roster's lines, the post as a label and the name after its colon (``村委会主任：某某（分工）``): the
    colon and the line bound the post, so it is read as a cell is.  A credit (``编辑：某某``) is no post.
    A bare title as the label (a 公示's ``法定代表人：某某`` or ``项目经理：某某`` under the party or company
    the line above names) is the post as printed: the notice says whose it is."""
    claims: list[Claim] = []
    lines = _LABELLED.finditer(text)
    bracketed = _BRACKET_LABEL.finditer(text) if "（" in text or "(" in text else iter(())
    for line in itertools.chain(lines, bracketed):
        name = "".join(line.group("name").split())
        if lex.is_name(name):
            label = line.group("post")
            posts = parse_chain(lex, label, delimited=True)
            if not posts and label in lex.titles and label not in NOT_POSTS:
                posts = [Post(label, None, None, None, label)]
            start, end = line.start("post"), line.end()
            claims.extend(_claim(name, p, "mention", field_name, start, end) for p in posts)
    return claims


_BIOGRAPHY_HEAD = re.compile(r"(?m)^[ \u3000]*(?P<name>[\u4e00-\u9fff]{2,4}?)(?:同志)?[，,]?(?=\d{4}年)")
"""A biography's paragraph opening with the name and a year (某某同志1950年3月出生于…, 某某，1962年生)."""
_CAREER_LIST = re.compile(r"(?<=[。；;，,])(?:历任|先后任|先后担任|曾任)(?P<posts>[^。；;\n]{2,300})")
"""A sentence of a biography with no name of its own listing the posts held: 历任A、B，C，D。"""


def _careers(lex: Lexicon, text: str, field_name: str) -> list[Claim]:
    """An obituary's or a biography's career: the paragraph opens with the name, and a sentence after it
    that names nobody lists the posts the person held (「…参加工作。历任A、B，C，D。」), split by ， into
    chains; the list ends at the first part that reads as no post."""
    claims: list[Claim] = []
    for head in _BIOGRAPHY_HEAD.finditer(text):
        name = head.group("name")
        if not lex.is_name(name):
            continue
        line_end = text.find("\n", head.end())
        line_end = len(text) if line_end < 0 else line_end
        for career in _CAREER_LIST.finditer(text, head.end(), line_end):
            at = career.start("posts")
            for part in re.split("[，,]", career.group("posts")):
                posts = parse_chain(lex, part, delimited=True)
                if not posts:
                    break
                claims.extend(_claim(name, p, "appointment", field_name, at, at + len(part)) for p in posts)
                at += len(part) + 1
    return claims


_ITEM_HEAD = re.compile(
    rf"(?m)^[ \u3000]*(?:[（(][一二三四五六七八九十\d]{{1,3}}[）)]|[一二三四五六七八九十\d]{{1,3}}[、.．])?"
    rf"{_NAME_ALONE}[，,](?P<post>[\u4e00-\u9fff、]{{2,30}})(?=[，,。；;])"
)


def _item_heads(lex: Lexicon, text: str, field_name: str) -> list[Claim]:
    """A report's items on the persons it deals with, each opening with a name, a comma and the post
    (``（一）某某，车间当班班长，对事故负有…``, a 通报's ``3．某某，某局副局长，…``): the commas bound the
    post, so it is read as a cell is.  A résumé's sex or people (某某，男，汉族) is no post."""
    return _bounded_posts(lex, _ITEM_HEAD, text, field_name)


_NAME_LINE = re.compile(
    rf"(?m)^[ \u3000]*{_NAME_ALONE}(?:[（(][\u4e00-\u9fff，,、]{{1,12}}[）)])?"
    r"[ \u3000]+(?P<post>[\u4e00-\u9fff、]{2,30})[ \u3000]*$"
)


def _name_lines(lex: Lexicon, text: str, field_name: str) -> list[Claim]:
    """A list of 「name　post」 lines (a commendation's 优秀教育工作者, the name first, a space, the post
    chain to the line's end): the space and the line bound the post.  A note on the person in brackets
    after the name (a list of members' 「name（女，土家族）　post」) is no part of either."""
    return _bounded_posts(lex, _NAME_LINE, text, field_name)


_POST_NAME_LINE = re.compile(
    r"(?m)^[ \u3000]*(?:[\u4e00-\u9fff]{2,4}[：:][ \u3000]*|\d{1,2}月\d{1,2}日[ \u3000]+)?"
    r"(?P<post>[\u4e00-\u9fff、]{2,30})(?:[（(][\u4e00-\u9fff]{1,4}[）)])?"
    rf"[ \u3000]+{_NAME_ALONE}(?:[（(][\u4e00-\u9fff]{{1,4}}[）)])?"
    r"(?:[ \u3000]+[\d\-－]{5,20})?[ \u3000]*$"
)


def _post_name_lines(lex: Lexicon, text: str, field_name: str) -> list[Claim]:
    """A line that is only a post, a space and a name (a division of work's 「常务副县长　某某」 over the
    duties, a note such as （挂职） after the post or the name perhaps): the space and the line bound the
    post.  A label before it (a press conference's 「主持人：post　name」, a 「联系人：post　name」) or a
    roster's date cell (「5月1日　　post　name」), and a phone number after it, bound it too.  A credit
    (编辑　某某) or an office (某办公室秘书科　某某) reads as no post and gives none."""
    return _bounded_posts(lex, _POST_NAME_LINE, text, field_name)


_COLON_POST_NAME = re.compile(
    rf"(?<=[：:；;])[ \u3000]*(?P<post>[\u4e00-\u9fff、]{{2,30}})[ \u3000]+{_NAME_ALONE}"
    r"(?=[ \u3000]*(?:[，,；;。]|$))",
    re.M,
)


def _colon_post_names(lex: Lexicon, text: str, field_name: str) -> list[Claim]:
    """A list of duties and who holds them (a river's 河长): 「label：post chain　name，…」 and 「label：post
    name；post　name」 — the colon or the semicolon before, the space between, and the comma, the semicolon
    or the line's end after bound the post.  An office and a name (记录：某办公室秘书股　某某) read as no
    post and give none."""
    return _bounded_posts(lex, _COLON_POST_NAME, text, field_name)


def _bounded_posts(lex: Lexicon, pattern: re.Pattern[str], text: str, field_name: str) -> list[Claim]:
    """The claims of each match of ``pattern`` whose ``name`` is a name: its ``post`` group, bounded by
    the marks around it, read as a cell's chain of posts."""
    claims: list[Claim] = []
    for match in pattern.finditer(text):
        name = "".join(match.group("name").split())
        if lex.is_name(name):
            post = match.group("post")
            rank = next((r for r in _RANKS if post.endswith("、" + r)), "")  # 副院长、主任医师: a rank
            posts = parse_chain(lex, post[: len(post) - len(rank) - 1] if rank else post, delimited=True)
            start = min(match.start("name"), match.start("post"))
            claims.extend(_claim(name, p, "mention", field_name, start, match.end()) for p in posts)
    return claims


_LABEL_NOTE = re.compile(r"[（(][^（）()\n]{1,20}[）)]$")
"""A note in brackets after a label (委员（按姓氏笔画为序）), which says how the names are ordered."""


def _spaced_labels(lex: Lexicon, text: str, field_name: str) -> list[Claim]:
    """An election notice's results as label lines (书　　记：某某, 副 书 记：某某　某某, 委　　员（…）：
    over a line of names; a village's 党支部委员：某某、某某, 党支部书记、村委会主任（一肩挑）：某某):
    a label padded to a width or carrying a note, or followed by several names a space or a 、 apart
    (a name's own note, 某某（兼）, left out) or by none (the names on the next line).  Each name holds
    the label's post — bare where the label is a bare title, the notice's own body being the one it is
    of.  Every word after the colon must be a name (a
    two-character name padded to three, 程　芳, is one); a label that reads as no title (编　　辑, 联 系 人)
    gives nothing."""
    claims: list[Claim] = []
    lines = text.split("\n")
    offset = 0
    for index, line in enumerate(lines):
        start, found = offset, _label_line(lex, line, lines[index + 1] if index + 1 < len(lines) else "")
        offset += len(line) + 1
        if found is not None:
            names, posts = found
            claims.extend(
                _claim(n, p, "mention", field_name, start, start + len(line)) for n in names for p in posts
            )
    return claims


def _label_line(lex: Lexicon, line: str, following: str) -> tuple[list[str], list[Post]] | None:
    colon = next((i for i, c in enumerate(line[:24]) if c in "：:"), -1)
    if colon < 0:
        return None
    label = _LABEL_NOTE.sub("", line[:colon]).strip(" \u3000")
    noted = label != line[:colon].strip(" \u3000")  # 党支部书记、村委会主任（一肩挑）：某某
    rest = line[colon + 1 :].strip(" \u3000")
    joined = "".join(label.split())
    if not 2 <= len(joined) <= 12 or not _LABEL_RUN.fullmatch(joined):
        return None
    names = _spaced_names(_NAME_NOTE.sub("", rest or following.strip(" \u3000")).replace("、", " "))
    if not names or not (joined != label or len(names) > 1 or not rest or noted):
        return None  # one name after a label as written in a text: _labelled_lines reads it
    if not all(lex.is_name(n) for n in names):
        return None
    posts = parse_chain(lex, joined, delimited=True)
    if not posts and joined in lex.titles:
        posts = [Post(joined, None, None, None, joined)]
    return (names, posts) if posts else None


_LABEL_RUN = re.compile("[\u4e00-\u9fff]+(?:、[\u4e00-\u9fff]+)*")
"""A label's words: a title, or a chain of them joined by 、 (党支部书记、村委会主任)."""
_NAME_NOTE = re.compile(r"[（(][\u4e00-\u9fff]{1,4}[）)]")
"""A short note in brackets after a listed name (某某（兼）, 某某（女）): no part of the name."""


def _spaced_names(text: str) -> list[str]:
    """The names of a line of names a space apart; two single characters a space apart are one padded
    name (程　芳)."""
    words = text.split()
    names: list[str] = []
    index = 0
    while index < len(words):
        if len(words[index]) == 1 and index + 1 < len(words) and len(words[index + 1]) == 1:
            names.append(words[index] + words[index + 1])
            index += 2
        else:
            names.append(words[index])
            index += 1
    return names


def _as_printed(claim: Claim, reading: str, text: str) -> Claim:
    """A claim read in the simplified ``reading`` of ``text``, its words in the characters ``text`` prints.

    Each simplified character goes back to the character the field printed in its place; where the
    field prints two traditional forms of one simplified character (后 for 後 and 后), the last wins."""
    back = str.maketrans({r: t for r, t in zip(reading, text, strict=True) if r != t})
    return replace(
        claim,
        name=claim.name.translate(back),
        post=claim.post.translate(back),
        place=claim.place.translate(back) if claim.place else None,
        organisation=claim.organisation.translate(back) if claim.organisation else None,
        printed=claim.printed.translate(back),
    )


def _unique(claims: list[Claim]) -> list[Claim]:
    """A notice and a post+name reading of the same words: the notice wins."""
    seen: set[tuple[str, str, int]] = set()
    kept = []
    for claim in claims:
        key = (claim.name, claim.post, claim.start)
        if key not in seen and not any(
            k[0] == claim.name and k[1] == claim.post for k in seen if claim.kind == "mention"
        ):
            seen.add(key)
            kept.append(claim)
    return sorted(kept, key=lambda c: (c.start, c.end))


def _post_names(lex: Lexicon, text: str, field_name: str, spans: list[MentionSpan]) -> list[Claim]:
    people = [m for m in spans if m.kind == "person"]
    positions = {m.end: m for m in spans if m.kind == "position"}
    bodies = {m.end: m for m in spans if m.kind == "organization"}
    places = {m.end: m for m in spans if m.kind == "place"}
    index = _SpanIndex(spans)
    claims: list[Claim] = []
    shared: list[Post] = []
    list_end = -1
    for person in people:
        name = "".join(text[person.start : person.end].split())
        if not lex.is_name(name):
            continue
        found = _posts_before(lex, text, person.start, positions, bodies, index.names, places)
        rank = next((r for r in _RANKS if text.endswith("、" + r, 0, person.start)), None)
        if found is None and rank is not None:  # 副院长、科主任、主任医师张三: the rank ends the chain
            found = _posts_before(lex, text, person.start - len(rank) - 1, positions, bodies, index.names)
        grade = _grade_before(text, person.start) if found is None else None
        if grade is not None:  # 某县政协原副主席（正县级）张三: the grade in brackets ends the post
            found = _posts_before(lex, text, grade, positions, bodies, index.names, places)
            found = found or _body_and_title(lex, text, grade, bodies)
        if found is not None:
            start, posts = found
            shared = [p for p in posts if p.shared_in_lists]
            claims.extend(_claim(name, p, "mention", field_name, start, person.end) for p in posts)
        elif shared and _LIST_GAP.fullmatch(text, list_end, person.start):
            claims.extend(_claim(name, p, "mention", field_name, person.start, person.end) for p in shared)
        else:
            shared = []
            after = _post_before_affiliation(lex, text, person.start, positions, bodies)
            after = after or _post_after(lex, text, person.end, index)
            after = after or _post_in_brackets(lex, text, person.end)
            if after is not None:
                end, posts = after
                claims.extend(_claim(name, p, "mention", field_name, person.start, end) for p in posts)
        list_end = person.end
    return claims


_GRADE = re.compile(r"[（(](?:[正副]?[\u4e00-\u9fff]{1,3}级|挂职)[）)]")
"""A civil servant's grade in brackets after a post (（正县级）, （副处级）), or a secondment's note
(（挂职）)."""


def _grade_before(text: str, start: int) -> int | None:
    """Where a grade in brackets written right before ``start`` opens, or None."""
    opening = max(text.rfind("（", max(0, start - 8), start), text.rfind("(", max(0, start - 8), start))
    return opening if opening > 0 and _GRADE.fullmatch(text, opening, start) else None


def _body_and_title(
    lex: Lexicon, text: str, end: int, bodies: dict[int, MentionSpan]
) -> tuple[int, list[Post]] | None:
    """A lexicon title ending at ``end`` after the recogniser's organisation, a modifier between them
    perhaps (某县政协|原副|主席): the body and the title are one post."""
    title = next((t for t in lex.titles if text.endswith(t, 0, end)), "")
    at = end - len(title)
    modifier = next((m for m in _GAP_MODIFIERS if text.endswith(m, 0, at)), "")
    owner = (bodies.get(at) or bodies.get(at - len(modifier))) if title else None
    posts = parse_chain(lex, text[owner.start : end]) if owner is not None else []
    return (owner.start, posts) if owner is not None and posts else None


_RANKS = (
    "副主任医师", "主任医师", "主治医师", "副主任药师", "主任药师", "副主任护师", "主任护师",
    "副教授", "教授", "副研究员", "研究员", "高级工程师", "高级教师",
    *(f"{g}级{high}{kind}" for g in "一二三四五" for high in ("高级", "") for kind in ("法官", "检察官")),
)  # fmt: skip
"""Professional ranks written last in a chain before a name (某科主任、主任医师张三): a rank, not a post
(主任医师 is no 主任), so the posts are the chain before it.  A judge's or a procurator's grade (某庭副庭长、
一级法官张三, 三级高级检察官) is one too."""


def _post_before_affiliation(
    lex: Lexicon, text: str, start: int, positions: dict[int, MentionSpan], bodies: dict[int, MentionSpan]
) -> tuple[int, list[Post]] | None:
    """某学会副主任、某大学地理学院张三: a post, a 、, then the organisation the name comes from — the
    post is the name's, the organisation only says where the person works.  The post is the recogniser's
    position before the 、, or a lexicon title there with the organisation found right before it (the
    recogniser marks no title that no name follows)."""
    body = bodies.get(start)
    if body is None or body.start == 0 or text[body.start - 1] != "、":
        return None
    end = body.start - 1
    if end in positions:
        found = _posts_before(lex, text, end, positions, bodies)
        return (start, found[1]) if found is not None else None
    title = next((t for t in lex.titles if text.endswith(t, 0, end)), "")
    at = end - len(title)
    modifier = next((m for m in ("常务副", "副", "原") if text.endswith(m, 0, at)), "")
    owner = bodies.get(at) or bodies.get(at - len(modifier)) if title else None
    posts = parse_chain(lex, text[owner.start : end]) if owner is not None else []
    return (start, posts) if posts else None


_LIST_GAP = re.compile("(?:教授|副教授|研究员|博士|同志)?、")
"""Between two names of a list: the 、, after a rank or address the names carry (副会长张三教授、李四教授)."""


class _SpanIndex:
    """The mentions the readers of a name's posts look up, by where they start or end (the first of each,
    in text order), and the names in order (``_after_names``): found at once for every name of a long
    article, not by a pass over all its mentions per name."""

    def __init__(self, spans: list[MentionSpan]) -> None:
        self.position_at: dict[int, MentionSpan] = {}
        self.person_ending: dict[int, MentionSpan] = {}
        self.body_ending: dict[int, MentionSpan] = {}
        self.names: list[tuple[int, int]] = sorted({(m.start, m.end) for m in spans if m.kind == "person"})
        self.person_starts = {start for start, _end in self.names}
        for m in spans:
            if m.kind == "position":
                self.position_at.setdefault(m.start, m)
            elif m.kind == "person":
                self.person_ending.setdefault(m.end, m)
            elif m.kind == "organization":
                self.body_ending.setdefault(m.end, m)


def _post_after(lex: Lexicon, text: str, end: int, index: _SpanIndex) -> tuple[int, list[Post]] | None:
    """张三县长强调, 习近平总书记指出: a name with no post before it, and a post right after it that
    introduces nobody else (张三县长李四 is 李四's post).

    The post is the recogniser's position there, or else a title of the lexicon written right after the
    name (某某副书记结合…: the recogniser marks a bare title only before a name).  A bare title after the
    name takes the organisation written right before the name as its body (省委某某书记, 某局某某局长:
    the body, the name, then the title)."""
    mention = index.position_at.get(end)
    title_end = mention.end if mention is not None else _title_after(lex, text, end)
    if title_end is None or title_end in index.person_starts:
        return None
    title = "".join(text[end:title_end].split())
    posts = parse_chain(lex, title)
    if not posts:
        person = index.person_ending.get(end)
        body = index.body_ending.get(person.start if person is not None else end)
        posts = parse_chain(lex, text[body.start : body.end] + title) if body is not None else []
    return (title_end, posts) if posts else None


_BRACKETED = re.compile(r"(?:委员|代表|同志)?[（(](?P<post>[\u4e00-\u9fff、]{3,30})[）)]")
"""张三委员（某某支部主委）, 李四（某中学副校长）: the post in brackets right after a name (a 政协
member's or a delegate's unit and post, as a proposal or a list of members gives them)."""


def _post_in_brackets(lex: Lexicon, text: str, end: int) -> tuple[int, list[Post]] | None:
    """The posts in brackets right after the name ending at ``end``: the brackets bound them, as a cell
    does.  Nothing but a post chain may stand there (张三（右）, 李四（女） give none)."""
    match = _BRACKETED.match(text, end)
    posts = parse_chain(lex, match.group("post"), delimited=True) if match else []
    return (match.end(), posts) if match and posts else None


_NOT_A_TITLE_AFTER = ("员", "助理", "医师", "科员")
"""What turns a title into another word: 书记员 (a clerk), 局长助理, 主任医师, 主任科员."""


def _title_after(lex: Lexicon, text: str, end: int) -> int | None:
    """The end of the longest lexicon title starting at ``end``, unless it runs on into another word."""
    title = next((t for t in lex.titles if text.startswith(t, end)), None)
    if title is None or text.startswith(_NOT_A_TITLE_AFTER, end + len(title)):
        return None
    return end + len(title)


def _posts_before(
    lex: Lexicon,
    text: str,
    start: int,
    positions: dict[int, MentionSpan],
    bodies: dict[int, MentionSpan],
    names: list[tuple[int, int]] | None = None,
    places: dict[int, MentionSpan] | None = None,
) -> tuple[int, list[Post]] | None:
    """The posts written right before the name at ``start``.

    The recogniser's position there, read with the organisation it found right before it
    (``某某集团有限公司|董事长|张三``: the company is the post's body) or a few words before it in the same
    phrase (``某科学院|南京分院原|院长``, ``某学会|副理事长兼|秘书长``); where the text before that reads
    as a longer chain by ``chain_before``'s rules across a list's 、 (``市政协委员、某镇党委副书记张三``),
    the chain, so no post of a list is lost — but only from the last other person's name it runs over (the
    text ran names and posts together with no 、 between them)."""
    found = None
    mention = positions.get(start)
    if mention is not None:
        body = bodies.get(mention.start)
        nearest = (body.start,) if body else _places_before(mention.start, places or {})
        for begin in (*nearest, *_bodies_apart(lex, text, mention.start, bodies), mention.start):
            posts = parse_chain(lex, "".join(text[begin:start].split()))
            if posts:
                found = begin, posts
                break
    chain = chain_before(lex, text, start)
    after = _after_names(lex, text, names, chain[0], start) if chain is not None and names else None
    if after is not None:  # 市政协主席李某常务副市长张某市政协副主席、某委主委王某: from the last name on
        if text.startswith(LEADING_VERBS, after):
            after += 2  # 某某|带领|某部主任某某: the verb after the name is no part of the next post
        posts = parse_chain(lex, "".join(text[after:start].split()))
        chain = (after, posts) if posts else None
    if chain is not None and (found is None or (chain[0] < found[0] and "、" in text[chain[0] : found[0]])):
        return chain  # the chain adds a list's posts before the found one, not any words (…传达学习|省长)
    return found


def _places_before(start: int, places: dict[int, MentionSpan]) -> tuple[int, ...]:
    """Where the recogniser's places written right before ``start`` begin (某乡|某社区|网格员: a run of
    places, one after the other), or nothing: places the gazetteer lacks are still the post's."""
    begin = start
    while (place := places.get(begin)) is not None:
        begin = place.start
    return (begin,) if begin < start else ()


def _after_names(lex: Lexicon, text: str, names: list[tuple[int, int]], start: int, end: int) -> int | None:
    """Where the last person's name inside ``[start, end)`` ends (``names``: (start, end) of each, in
    order), or None — a name that runs on into a title the lexicon knows is none (国务|委员: the
    recogniser's 国务 is no name)."""
    last = None
    for name_start, name_end in names[bisect.bisect_left(names, (start, start)) :]:
        if name_start >= end:
            break
        if not any(
            len(title) > name_end - name_start and text.startswith(title, name_start) for title in lex.titles
        ):
            last = name_end
    return last


def _bodies_apart(
    lex: Lexicon, text: str, title_start: int, bodies: dict[int, MentionSpan]
) -> tuple[int, ...]:
    """Starts of the organisations found in the phrase before a title but not right before it, earliest
    first: the words between (a branch, 副, 兼 and a first title) may belong to the post, unless they say
    the person is a member of that body (某党|籍|立委: the party is no body of the post)."""
    phrase_start = title_start
    while phrase_start > 0 and text[phrase_start - 1] not in _BOUNDARY:
        phrase_start -= 1
    return tuple(
        sorted(
            m.start
            for m in bodies.values()
            if phrase_start <= m.start and m.end < title_start and _post_words(lex, text[m.end : title_start])
        )
    )


_GAP_MODIFIERS = ("常务副", "副", "原", "代", "执行")


def _post_words(lex: Lexicon, gap: str) -> bool:
    """Are the words between a body and a title part of the post: a first title and 兼 (副理事长兼),
    a modifier (原, 副), a sub-unit ending like one (南京分院, 监控二科, 党委)?  Not a meeting's words
    (市政府|召开专题会议传达学习|省长), not a membership (某党|籍|立委)."""
    gap = gap.removesuffix("兼")
    title = next((t for t in lex.titles if gap.endswith(t)), "")
    gap = gap[: len(gap) - len(title)]
    for modifier in _GAP_MODIFIERS:
        gap = gap.removesuffix(modifier)
    return not gap or gap.endswith(UNIT_ENDS)


def _claim(name: str, post: Post, kind: str, field_name: str, start: int, end: int) -> Claim:
    return Claim(
        name, post.post, post.place, post.organisation, kind, None, field_name, start, end, post.printed
    )


# ---- appointment and removal notices ---------------------------------------------------------

_VERBS = ("决定任命", "决定聘任", "任命", "聘任", "任免", "选举", "补选", "决定")
"""The verbs of an appointment notice: a clause opening with one is a notice of its own."""
_OTHERS = r"(?P<others>(?:[\u4e00-\u9fff]{2,4}、){0,8})"
"""任命张三、李四为…: the names listed before the last one, each with its 、."""
_NAME = r"(?P<name>[\u4e00-\u9fff][\u4e00-\u9fff ]{1,4}?)(?:同志)?"
_POST = r"(?P<post>[\u4e00-\u9fff、]{2,40}?)"
_NOTICES = (
    (
        "appointment",
        re.compile(rf"(?:{'|'.join(_VERBS)}){_OTHERS}{_NAME}为{_POST}(?=[，,；;。\n（(]|$|的|职务)"),
    ),
    (  # the name first (``Anchored``), then the verb, after an adverb of time (张三曾任…: 曾 is no name's)
        "appointment",
        Anchored(
            rf"{_NAME}(?:曾经|曾|现|先后|历)?(?:当选为|当选|任|担任|出任|兼任|挂任){_POST}(?=[，,；;。\n（(]|$)",
            "当选|任",
            (2, 10),
        ),
    ),
    (  # the look-ahead: one pass to 职务 per verb, not every name length times every post length
        "removal",
        re.compile(
            rf"(?:免去|撤销|罢免)(?=[\u4e00-\u9fff、 ]{{4,49}}?职务){_OTHERS}{_NAME}的?{_POST}(?:职务|的职务)"
        ),
    ),
    ("removal", Anchored(rf"{_NAME}不再担任{_POST}(?:职务|$|[，,；;。\n])", "不再担任", (2, 7))),
    ("removal", re.compile(rf"(?:接受|同意){_NAME}辞去{_POST}(?:职务|的职务|$|[，,；;。\n])")),
)
_MORE = re.compile(rf"[，,；;]{_OTHERS}{_NAME}为{_POST}(?=[，,；;。\n]|$)")
_BOUNDARY = "，,。；;：:！？!?\n（）() 　“”、"


def _notices(lex: Lexicon, text: str, field_name: str, spans: list[MentionSpan]) -> list[Claim]:
    claims: list[Claim] = []
    for kind, pattern in _NOTICES:
        if isinstance(pattern, Anchored):  # a name before its verb: a reading with no name hides nothing
            matches = pattern.finditer(text, lambda m: _notice_name(lex, text, m, spans, False) is not None)
        else:
            matches = pattern.finditer(text)
        for match in matches:
            name = _notice_name(lex, text, match, spans, after_verb=not isinstance(pattern, Anchored))
            if name is None:
                continue
            posts = _notice_chain(lex, _post_of_notice(_post_after_name(name, match)))
            others = _names_of_list(lex, match.groupdict().get("others") or "")
            if others is None:
                continue  # 任命大会、某某为…: the words before the 、 are no names
            if isinstance(pattern, Anchored) and kind == "appointment":
                others = _listed_before(lex, text, match.end("name"), spans)
            claims.extend(
                _claim(each, p, kind, field_name, match.start(), match.end())
                for each in (*others, name)
                for p in posts
            )
            if kind == "appointment" and posts:
                claims.extend(_their_removal(lex, text, match.end(), (*others, name), field_name))
                claims.extend(_more(lex, text, match.end(), field_name, spans))
    return claims


_THEIR_REMOVAL = re.compile(
    r"[，,；;](?:同时)?(?:免去|撤销)其(?P<post>[\u4e00-\u9fff、]{2,40}?)(?:职务|的职务)"
)


def _their_removal(lex: Lexicon, text: str, pos: int, names: tuple[str, ...], field_name: str) -> list[Claim]:
    """任命张三为A局局长，免去其B局副局长职务: 其 is the person the clause before appointed, who held the
    post removed."""
    match = _THEIR_REMOVAL.match(text, pos)
    if match is None:
        return []
    posts = _notice_chain(lex, _post_of_notice(match.group("post")))
    return [_claim(n, p, "removal", field_name, match.start() + 1, match.end()) for n in names for p in posts]


def _listed_before(lex: Lexicon, text: str, name_end: int, spans: list[MentionSpan]) -> list[str]:
    """某局局长张三、某会副主席李四任副组长: the persons listed before the name a verb follows, each after a
    、 and its own posts (the recogniser's names, the chain before each read by ``chain_before``), share
    what the verb gives."""
    people = {m.end: m for m in spans if m.kind == "person"}
    person = people.get(name_end)
    names: list[str] = []
    if person is None:
        return names
    chain = chain_before(lex, text, person.start)
    pos = chain[0] if chain is not None else person.start
    while pos > 0 and text[pos - 1] == "、" and (person := people.get(pos - 1)) is not None:
        name = "".join(text[person.start : person.end].split())
        if not lex.is_name(name):
            break
        names.insert(0, name)
        chain = chain_before(lex, text, person.start)
        pos = chain[0] if chain is not None else person.start
    return names


def _more(lex: Lexicon, text: str, pos: int, field_name: str, spans: list[MentionSpan]) -> list[Claim]:
    """任命张三为A局局长，李四为B局局长: the names after the first, each with its post."""
    claims: list[Claim] = []
    while (match := _MORE.match(text, pos)) is not None and not text.startswith(_VERBS, pos + 1):
        name = _notice_name(lex, text, match, spans, after_verb=True)
        posts = _notice_chain(lex, _post_of_notice(match.group("post"))) if name else []
        others = _names_of_list(lex, match.group("others"))
        if not posts or name is None or others is None:
            break
        claims.extend(
            _claim(each, p, "appointment", field_name, match.start() + 1, match.end())
            for each in (*others, name)
            for p in posts
        )
        pos = match.end()
    return claims


_NOTICE_LABEL = re.compile(
    r"(?m)^[ \u3000]*(?:决定)?(?P<verb>任命|聘任|免去|解聘|撤销)(?:以下同志)?[：:][ \u3000]*(?:\n|$)"
)
"""A 任免名单's label line (决定任命：, 免去：): the lines under it are that verb's items."""
_ITEM_END = r"[，,；;。]?[ \u3000]*(?=\n|$)"
_LINE_START = r"(?<![^\n \u3000])"  # at a line's start or after its indent only
_LABELLED_ITEMS = {
    "appointment": re.compile(rf"{_LINE_START}{_OTHERS}{_NAME}为{_POST}(?:职务)?{_ITEM_END}"),
    "removal": re.compile(rf"{_LINE_START}{_OTHERS}{_NAME}的?{_POST}(?:职务|的职务){_ITEM_END}"),
}
"""Matched at a line's first character after its indent (``_indent_end``), never inside a line: a
leading ``[ \u3000]*`` would make a search over a run of spaces quadratic, and a start anywhere would
try every name and post length at every character."""


def _indent_end(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \u3000":
        pos += 1
    return pos


def _labelled_notices(lex: Lexicon, text: str, field_name: str, spans: list[MentionSpan]) -> list[Claim]:
    """A 任免名单 whose verb is a label over its items (「决定任命：」, then 「张三为某局局长；」 one a line;
    「免去：」, then 「李四的某局局长职务；」): each line under the label, up to the first that is no such
    item, is read as the notice the verb and the line would make."""
    claims: list[Claim] = []
    for label in _NOTICE_LABEL.finditer(text):
        kind = "appointment" if label.group("verb") in ("任命", "聘任") else "removal"
        pos = label.end()
        while (item := _LABELLED_ITEMS[kind].match(text, _indent_end(text, pos))) is not None:
            name = _notice_name(lex, text, item, spans, after_verb=True)
            others = _names_of_list(lex, item.group("others") or "")
            if name is None or others is None:
                break
            posts = _notice_chain(lex, _post_of_notice(_post_after_name(name, item)))
            claims.extend(
                _claim(each, p, kind, field_name, item.start("others"), item.end())
                for each in (*others, name)
                for p in posts
            )
            pos = item.end() + 1
    return claims


_TERM = re.compile(r"^第[一二三四五六七八九十\d]{1,3}[任届]")


_HEADS_OF_THE_OCCASION = ("组长", "审判长")
"""由某某任组长, 由某某担任审判长: the head of the group or the bench the sentence sets up — a post though no
body is written before it (副组长 reads by itself; a bare 主任 so given stays none)."""


def _notice_chain(lex: Lexicon, post: str) -> list[Post]:
    """The posts a notice gives: its chain, or where a later item reads as no post by itself (副院长、
    审判委员会委员、审判员: a bare 审判员 names no body), the longest run of items from the first that reads —
    the words are bounded by the notice, so the items before are still the person's."""
    items = post.split("、")
    for count in range(len(items), 0, -1):
        posts = parse_chain(lex, "、".join(items[:count]))
        if posts:
            return posts
    if post in _HEADS_OF_THE_OCCASION:
        return [Post(post, None, None, None, post)]
    return []


def _post_of_notice(post: str) -> str:
    """The post a notice names, without the term it is of (任命某某为第六任某委员会主任: 第六任 says
    which term, the post is the committee's 主任) or the word 职务 after it."""
    return _TERM.sub("", post.removesuffix("职务"))


_HELD_JOINTS = ("的", "兼任的", "担任的")
"""Between a removal's name and the post it removes: 免去某某的…职务, 免去某某兼任的…职务."""


def _post_after_name(name: str, match: re.Match[str]) -> str:
    """The post of a notice once its name is known: 免去张三丰的某局局长职务 lets the pattern's short name
    (张三) leave the name's tail and its 的 (丰的) at the post's start; they are cut off here."""
    short = "".join(match.group("name").split())
    post = match.group("post")
    if len(name) > len(short) and name.startswith(short):
        post = post[len(name) - len(short) :]
    return post.removeprefix("兼任的").removeprefix("担任的").removeprefix("的")


def _names_of_list(lex: Lexicon, others: str) -> list[str] | None:
    """The names of ``张三、李四、`` (each must be shaped like a name), or None."""
    names = [n for n in others.split("、") if n]
    return names if all(lex.is_name(n) for n in names) else None


def _notice_name(
    lex: Lexicon, text: str, match: re.Match[str], spans: list[MentionSpan], after_verb: bool
) -> str | None:
    start, end = match.span("name")
    for mention in spans:  # the recogniser's person, when it has one here, sets the name's bounds
        overlaps = mention.kind == "person" and mention.start <= end and mention.end >= start
        if overlaps and ((after_verb and mention.start == start) or (not after_verb and mention.end == end)):
            return "".join(text[mention.start : mention.end].split())
    name = "".join(match.group("name").split())
    if not after_verb and start > 0 and text[start - 1] not in _BOUNDARY:
        return None  # "…工作任务" has no name before 任
    post = match.group("post")
    for tail in (1, 2):  # 免去张三丰的…: the short name (张三) and the name's tail before 的 (丰)
        at_joint = post.startswith(_HELD_JOINTS, tail)  # 免去张三丰兼任的…职务: the post held beside another
        if after_verb and at_joint and lex.is_name(name + post[:tail]):
            return name + post[:tail]
    return name if lex.is_name(name) else None


_TABLE_HEAD = re.compile(
    r"\|[ \u3000]*(?:任命|任职|姓名)[ \u3000]*\|[ \u3000]*(?:职务|任职|拟任职务)[ \u3000]*\|"
)
_TABLE_ROW = re.compile(r"\|([^|\n]*)\|([^|\n]*)\|")
_BETWEEN_ROWS = frozenset(" \t\r\n\u3000|:-")
"""What may stand between two rows' cells: line ends, a row's closing and the next one's opening |, a
``|---|---|`` rule."""


def _table_rows(lex: Lexicon, text: str, field_name: str, spans: list[MentionSpan]) -> list[Claim]:
    """A 任免名单 set as a table (``| 任命 | 职务 |`` over rows ``| 张三、李四 | 某委员会副主任委员 |``): each
    row's names, joined by 、, are appointed to its post.  A name is the recogniser's person there (a
    name with a 「·」) or shaped like a name; a row that is not names and a post gives nothing.  The cell
    bounds the post, so a body's name may hold words a running text's post never does (财政经济委员会)."""
    claims: list[Claim] = []
    people = {(m.start, m.end) for m in spans if m.kind == "person"}
    for head in _TABLE_HEAD.finditer(text):
        pos = head.end() - 1
        while (row := _next_row(text, pos)) is not None:
            names_at, names = _cell(row, 1)
            posts = parse_chain(lex, row.group(2), delimited=True)
            found = _cell_names(lex, names, names_at, people) if posts else []
            claims.extend(
                _claim(n, p, "appointment", field_name, names_at, row.end(2)) for n in found for p in posts
            )
            pos = row.end() - 1  # the closing | may open the next row
    return claims


_HELD_COLUMN = re.compile(r"^(?!拟)[\u4e00-\u9fff]{0,8}职务$")
"""A table head's column of the posts held (职务, 原工作单位及职务, 现任职务), not of posts to come
(拟任职务)."""


def _spaced_tables(lex: Lexicon, text: str, field_name: str) -> list[Claim]:
    """A list set as a table of cells a space apart (姓名　性别　原工作单位及职务　…, one row a line): under
    a head naming a column 姓名 and one of the posts held, each row with as many cells gives its name the
    cell's post chain (the cell bounds it).  The table ends at the first line of another shape."""
    if "职务" not in text or "姓名" not in text:
        return []
    claims: list[Claim] = []
    lines = text.split("\n")
    offset = 0
    columns: tuple[int, int, int] | None = None  # (cells, name column, post column)
    for line in lines:
        cells = _spaced_names(line)
        if "姓名" in cells and any(_HELD_COLUMN.match(c) for c in cells):
            post_at = next(i for i, c in enumerate(cells) if _HELD_COLUMN.match(c))
            columns = (len(cells), cells.index("姓名"), post_at)
        elif columns is not None and len(cells) == columns[0] and lex.is_name(cells[columns[1]]):
            posts = parse_chain(lex, cells[columns[2]], delimited=True)
            name = cells[columns[1]]
            claims.extend(_claim(name, p, "mention", field_name, offset, offset + len(line)) for p in posts)
        else:
            columns = None
        offset += len(line) + 1
    return claims


def _next_row(text: str, pos: int) -> re.Match[str] | None:
    """The row whose opening | is the last one before the next cell's text (the rows of a table may be on
    lines of their own, under a ``|---|`` rule, or run together as ``…||…``)."""
    end = pos
    while end < len(text) and text[end] in _BETWEEN_ROWS:
        end += 1
    start = text.rfind("|", pos, end)
    return _TABLE_ROW.match(text, start) if start >= 0 else None


def _cell(row: re.Match[str], group: int) -> tuple[int, str]:
    """A cell's text without the spaces around it, and where that text starts."""
    raw = row.group(group)
    stripped = raw.strip(" \u3000\t")
    return row.start(group) + raw.index(stripped) if stripped else row.start(group), stripped


def _cell_names(lex: Lexicon, cell: str, at: int, people: set[tuple[int, int]]) -> list[str]:
    """The names of a table row's first cell (starting at ``at``), or none when any of them is no name."""
    names = []
    for name in cell.split("、"):
        if not ((at, at + len(name)) in people or lex.is_name(name)):
            return []
        names.append(name)
        at += len(name) + 1
    return names


# ---- dates ----------------------------------------------------------------------------------

_FULL_DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")
_MONTH_DAY = re.compile(r"(\d{1,2})月(\d{1,2})日")
_OPENING = 40


def _dated(claim: Claim, text: str, context: Context, lex: Lexicon) -> Claim:
    date = claim_date(text, claim.start, context.issue_date)
    place = claim.place
    if (place is None and claim.post[:1] in LEVEL_CHARS) or (
        place is None and claim.post.startswith(("副", "常务"))
    ):
        place = context.place_for(lex, _level_of(lex, claim.post))
    return replace(claim, date=date, place=place)


def _level_of(lex: Lexicon, post: str) -> str | None:
    from reader.careers.posts import _level, _title

    title = _title(lex, post)
    return _level(post, title) if title else None


def claim_date(text: str, pos: int, issue_date: str | None) -> str | None:
    """The day a claim speaks of: a full date before it in its paragraph, else a month-day date
    opening the paragraph (``9月26日，市委书记…``; year from the issue, never after it), else the
    issue's date."""
    start = text.rfind("\n", 0, pos) + 1
    before = text[start:pos]
    full = list(_FULL_DATE.finditer(before))
    if full:
        found = _date(*(int(g) for g in full[-1].groups()))
        if found is not None:
            return found.isoformat()
    issue = dt.date.fromisoformat(issue_date) if issue_date else None
    opening = _MONTH_DAY.search(text[start : start + _OPENING])
    if opening is not None and opening.start() + start < pos and issue is not None:
        month, day = int(opening.group(1)), int(opening.group(2))
        found = _date(issue.year, month, day)
        if found is not None and found > issue:
            found = _date(issue.year - 1, month, day)
        if found is not None:
            return found.isoformat()
    return issue_date


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
