"""Who wrote or photographed an article, read from the ways papers print it.

Forms handled: a byline line (``记者 唐 翀 通讯员 武 强 夏慧锋``), a dateline
(``本报讯(记者 郑付生 通讯员 张伟)``), roles glued to names (``记者张亚丹``) and
photo credits (``本报记者 王尧 摄``, ``… 摄影报道``, ``… 文/图``).  Typesetting pads
two-character names with a space so they line up with three-character ones;
``唐 翀`` is one person, 唐翀.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from reader.importer.model import BylineEntry
from reader.importer.names import looks_like_name
from reader.importer.script import restored, simplified

KNOWN_ROLES = (
    "本报特约记者", "本报见习记者", "本报通讯员", "本报记者", "特约通讯员", "特约记者", "见习记者",
    "实习记者", "摄影记者", "首席记者", "全媒体记者", "融媒体记者", "职工通讯员", "通讯员", "实习生", "记者",
    "摄影", "编辑", "撰稿", "作者",
    "本報特約記者", "本報見習記者", "本報通訊員", "本報記者", "特約通訊員", "特約記者", "見習記者",
    "實習記者", "攝影記者", "首席記者", "通訊員", "實習生", "記者", "攝影", "編輯",
)  # fmt: skip
_ROLE_RE = re.compile(
    "|".join(re.escape(role) for role in KNOWN_ROLES)
    + r"|[\u4e00-\u9fff]{1,8}(?:日报|晚报|报社|社|电视台|台|融媒体中心|新闻中心|网|日報|晚報|報社)"
    r"(?:全媒体|融媒体)?(?:记者|通讯员|記者|通訊員)"
    r"|[\u4e00-\u9fff]{2,6}(?:记者|記者)(?=[ \u3000]|$)"  # 某某新闻记者 张三 李四: a reporter of any outlet
)
_NAME_RE = re.compile(r"^(?:[\u4e00-\u9fff]{1,4}|[\u4e00-\u9fff]{1,8}[·・][\u4e00-\u9fff·・]{1,10})$")
CREDIT_SUFFIXES = ("摄影报道", "文/图", "图/文", "文／图", "图／文", "摄影", "报道", "摄")
_CREDIT_RE = re.compile(r"^(.*?\S)\s+(?:" + "|".join(re.escape(s) for s in CREDIT_SUFFIXES) + r")$")
_DATELINE_RE = re.compile(
    r"^(本[报報站刊台网網][\u4e00-\u9fff\d]{0,12}[讯訊]\s*"
    r"(?:[(（]|[〈《]{1,2}(?=\s?(?:记者|記者|通讯员|通訊員)))([^()（）〈《》〉]{1,60})[)）])"
    r"|^([(（]\s*((?:本报|本報)?(?:特约|特約|见习|見習|首席)?(?:记者|記者|通讯员|通訊員)[^()（）]{1,40})[)）])(?=\S)"
)
"""``本报讯(记者 郑付生 通讯员 张伟)…``, or only the people: ``（记者冯芸）百年大计…``.  A scan's OCR
may read the opening bracket as one or two angle brackets (``本报讯 〈记者 柯文静)``, as
``text.SIGN_OFF_OPEN`` has it for sign-offs): taken where a role follows, so that a book title ``《…》``
opens no dateline."""
_WORK_DONE = ("整合", "整理", "综合", "綜合", "报道", "报导", "報導", "编译", "編譯", "采写", "採寫")
"""``（记者陈智 整合）``: what the named people did, after their names."""


def _without_work_done(people: str) -> str:
    people = people.rstrip()
    done = next((word for word in _WORK_DONE if people.endswith(word)), None)
    return people[: -len(done)].rstrip() if done else people


_GLUED_ROLE = re.compile("|".join(re.escape(role) for role in sorted(KNOWN_ROLES, key=len, reverse=True)))
_MAX_BYLINE_CHARS = 48


def _in_print(entries: list[BylineEntry] | None, original: str) -> list[BylineEntry] | None:
    """Entries read from ``simplified(original)`` with their roles and names as ``original`` prints them."""
    if entries is None:
        return None
    return [BylineEntry(restored(e.role, original), restored(e.name, original)) for e in entries]


def _entries_in_either_script(
    read: Callable[[str], list[BylineEntry] | None], text: str
) -> list[BylineEntry] | None:
    """``read`` of the text as printed, else of its simplified reading (記者 … as 记者 …), given back as
    printed: the words' own traditional forms are tried first."""
    found = read(text)
    if found is not None:
        return found
    simple = simplified(text)
    return _in_print(read(simple), text) if simple != text else None


def parse_people(text: str) -> list[BylineEntry] | None:
    """Entries for ``text`` when it is nothing but roles and names, else ``None``; in either script."""
    return _entries_in_either_script(_parse_people, text)


def _parse_people(text: str) -> list[BylineEntry] | None:
    if len(text) > _MAX_BYLINE_CHARS:
        return None
    text = _without_work_done(text)
    glued = not any(char.isspace() for char in text.strip())
    if glued:
        tokens = _GLUED_ROLE.sub(lambda m: f" {m.group()} ", text).split()
    else:
        tokens = _roles_apart(text.split())
    if not tokens:
        return None
    groups: list[tuple[str, list[str]]] = []
    for token in tokens:
        role_match = _ROLE_RE.match(token)
        if role_match:
            rest = token[role_match.end() :]
            groups.append((role_match.group(0), []))
            if rest:
                token = rest
            else:
                continue
        # 杨帆张珺: two names a line break ran together (``（记者 杨帆`` / ``张珺）``); four Han characters
        # are one name only with a compound surname, which split_glued_names leaves whole
        names = split_glued_names(token) if glued or len(token) >= _GLUED_NAMES else [token]
        if not groups or not all(_NAME_RE.match(name) for name in names):
            return None
        groups[-1][1].extend(names)
    entries = [BylineEntry(role, name) for role, names in groups for name in join_padded(names)]
    return entries if entries and all(names for _, names in groups) else None


_GLUED_NAMES = 4  # Han characters: more than a name of a single surname holds


def _roles_apart(tokens: list[str]) -> list[str]:
    """``记者 方雨晴实习生 吴浩`` → ``方雨晴``, ``实习生``: a name run into the next role, the space between
    them lost (a scan's OCR).  Only after a first token that is a role, and only a name of two or three
    characters before 通讯员 or 实习生 (a reporter of an outlet, ``某某记者``, is a role of its own)."""
    if len(tokens) < _ROLE_NAME_ROLE or not _ROLE_RE.match(tokens[0]):
        return tokens
    out = tokens[:1]
    for token in tokens[1:]:
        run = _NAME_THEN_ROLE.match(token) if not _ROLE_RE.match(token) else None  # 本报通讯员: a role
        out += [run.group(1), run.group(2)] if run else [token]
    return out


_ROLE_NAME_ROLE = 3  # tokens: a role, a name run into the next role, a name
_NAME_THEN_ROLE = re.compile(r"^([\u4e00-\u9fff]{2,3})(通讯员|实习生|通訊員|實習生)$")


def split_glued_names(token: str) -> list[str]:
    """``王飞李永`` → ``王飞``, ``李永``; ``张宗桥贾胜波`` → two: names a byline ran together, cut where a
    surname can start a name of two or three characters.  A token that cannot be cut so stays whole."""
    from reader.importer.names import COMPOUND, SINGLE

    if len(token) < 4 or not _HAN_ONLY.match(token) or token[:2] in COMPOUND:
        return [token]
    for first in (2, 3) if len(token) == 4 else (3, 2):
        rest = token[first:]
        if rest[:1] in SINGLE and token[:1] in SINGLE and 2 <= len(rest) <= 3:
            return [token[:first], rest]
        if rest[:1] in SINGLE and len(rest) >= 4:
            tail = split_glued_names(rest)
            if len(tail) > 1:
                return [token[:first], *tail]
    return [token]


_HAN_ONLY = re.compile(r"^[\u4e00-\u9fff]+$")


def join_padded(tokens: list[str]) -> list[str]:
    """``['唐', '翀', '夏慧锋']`` → ``['唐翀', '夏慧锋']``: runs of one-character tokens pair up."""
    names: list[str] = []
    single: list[str] = []
    for token in [*tokens, ""]:
        if len(token) == 1:
            single.append(token)
            if len(single) == 2:
                names.append("".join(single))
                single = []
            continue
        if single:  # an odd one out: keep it rather than lose it
            names.append(single.pop())
        if token:
            names.append(token)
    return names


BYLINE_MARKS = "□■◎●◆★▲▼▶※ "
"""Marks a page prints before a byline: ``◎记者 张三``, ``■本报记者 李四``."""
_WORDS_AND_PICTURES = re.compile(r"^(?:文\s?[/／·・]\s?图|图\s?[/／·・]\s?文|文图|图文)\s?[/／]?\s*")


def parse_byline_line(line: str) -> list[BylineEntry] | None:
    """A line such as ``本报记者 滑清泉 杨森`` (or ``本報記者 …``); ``None`` when the line is anything else.

    A mark before it (``◎记者 张三``) and a ``文/图`` before the role (``文/图 记者 张三``) are read past."""
    return _entries_in_either_script(_parse_byline_line, line)


def _parse_byline_line(line: str) -> list[BylineEntry] | None:
    line = line.strip()
    if line[:1] in _WRITER_MARKS and (writer := _described_writer(line[1:].strip())) is not None:
        return writer
    line = line.lstrip(BYLINE_MARKS)
    if pictures := _WORDS_AND_PICTURES.match(line):  # it holds at the start only: no ``sub`` over the line
        line = line[pictures.end() :]
    if not line or len(line) > _MAX_BYLINE_CHARS:
        return None
    if not (role := _ROLE_RE.match(line)):
        return _names_before_reporter(line)
    if len(line) == role.end() + 1 and line[-1] in _ROLE_WORD_ENDS:
        return None  # 记者会, 记者站: a word the role starts, not a one-character name glued to the role
    if _REPORTER_COLON.match(line):  # only lines that open with a role get here
        line = _reporter_labels_read(line)
    return _parse_people(line)


_ROLE_WORD_ENDS = frozenset("会會站证證团團节節群")
"""Characters that make a word of a role before them (记者会 a press conference, 记者站 a bureau, 记者证 a
press card, 记者团, 记者节, 记者群), read as a byline with a one-character name when a column cut a headline
(``…南投縣政年終`` / ``記者會``)."""


_WRITER_MARKS = "□■"
_DESCRIBED_WRITER = re.compile(
    r"^(?P<who>[\u4e00-\u9fff\d]{2,16})[ \u3000]{1,3}(?P<name>[\u4e00-\u9fff]{2,4})$"
)


def _described_writer(line: str) -> list[BylineEntry] | None:
    """``□ 桂园小区居民　王德厚``, ``□ 退休教师　刘玉兰`` (behind the square): a newsletter's line under a
    title saying who the writer is, then the name — read only behind the mark, which sets it apart."""
    match = _DESCRIBED_WRITER.match(line)
    if match is None:
        return None
    from reader.importer.names import looks_like_name

    name = match.group("name")
    return [BylineEntry(match.group("who"), name)] if looks_like_name(name) else None


def _names_before_reporter(line: str) -> list[BylineEntry] | None:
    """``郭华平 黄晓平 本报记者 鄢朝晖`` (or, a browser having dropped the spaces,
    ``郭华平黄晓平本报记者鄢朝晖``): a paper names the local correspondents first, without a role,
    then its own reporter under the role; every piece before the role must be a person's name, and the
    rest a byline by itself."""
    role = _REPORTER_ROLE.search(line)
    if role is None or role.start() == 0:
        return None
    from reader.importer.names import looks_like_name

    names = [name for token in line[: role.start()].split() for name in split_glued_names(token)]
    if not names or not all(_NAME_RE.match(name) and looks_like_name(name) for name in names):
        return None
    rest = _parse_people(line[role.start() :])
    return [*(BylineEntry("", name) for name in names), *rest] if rest else None


_REPORTER_ROLES = tuple(role for role in KNOWN_ROLES if role.endswith(("记者", "通讯员", "記者", "通訊員")))
_REPORTER_ROLE = re.compile("|".join(map(re.escape, sorted(_REPORTER_ROLES, key=len, reverse=True))))
_REPORTER_COLON = re.compile(
    "(?:" + "|".join(re.escape(role) for role in _REPORTER_ROLES) + r")\s?[:：]\s?(?=[\u4e00-\u9fff])"
)


def _reporter_labels_read(line: str) -> str:
    """``记者:常艳春``, ``记者：张三 通讯员：李四`` → the same with a space for each colon: a digest's credit
    line labels its reporters the way a form labels a field.

    Safe: only the reporters' roles (记者, 通讯员 and their longer forms) are read so, never 编辑 / 作者 /
    摄影 (an editor, a unit or a photographer labelled so is no writer), and the rest of the line must still
    be names only for ``parse_people`` to take it."""
    return _REPORTER_COLON.sub(lambda m: m.group().rstrip(":： ").rstrip() + " ", line)


def parse_credit_line(line: str) -> list[BylineEntry] | None:
    """A photo or text credit such as ``记者 吴勇峰 见习记者 张楠 摄影报道``; ``None`` otherwise."""
    return _entries_in_either_script(_parse_credit_line, line)


def _parse_credit_line(line: str) -> list[BylineEntry] | None:
    line = line.strip()
    if len(line) > _MAX_BYLINE_CHARS + 5 or not line.endswith(CREDIT_SUFFIXES):  # the regex needs a suffix
        return None
    match = _CREDIT_RE.match(line)  # the suffix stands apart: "王尧 摄", not "王尧摄"
    return _parse_byline_line(match.group(1)) if match else None


def parse_dateline(paragraph: str) -> tuple[str, list[BylineEntry]] | None:
    """``本报讯(记者 郑付生 通讯员 张伟)8月2日…`` → the ``本报讯(…)`` prefix and its people."""
    if not paragraph.startswith(("本", "（", "(")):  # what the regex opens with; most paragraphs fail here
        return None
    found = _dateline(paragraph)
    if found is not None:
        return found[0], list(found[1])
    head = paragraph[:_DATELINE_HEAD]  # the prefix and its people stand in the paragraph's first characters
    if (simple := simplified(head)) == head or (found := _dateline(simple + paragraph[len(head) :])) is None:
        return None
    return restored(found[0], head), _in_print(list(found[1]), head) or []


_DATELINE_HEAD = 120


def _bare_names(text: str) -> list[BylineEntry]:
    """``本网讯(吕国清)``, ``本报讯（张明 李华）``: the writers named with no role in the dateline's
    brackets (a unit such as ``市委宣传部`` or ``综合消息`` is no name)."""
    tokens = text.split()
    if not 1 <= len(tokens) <= _BARE_NAMES or not all(looks_like_name(token) for token in tokens):
        return []
    return [BylineEntry("", token) for token in tokens]


_BARE_NAMES = 3


@lru_cache(maxsize=256)
def _dateline(paragraph: str) -> tuple[str, tuple[BylineEntry, ...]] | None:
    """Cached: the layouts and the date inference ask about the same paragraph several times."""
    match = _DATELINE_RE.match(paragraph)
    if not match:
        return None
    if match.group(1):
        return match.group(1), tuple(_parse_people(match.group(2)) or _bare_names(match.group(2)))
    people = _parse_people(match.group(4))
    return (match.group(3), tuple(people)) if people else None
