"""Make one ``ParsedArticle`` from a span: header fields, then the body with what stands apart from it.

Apart from the running text of the body stand: a dateline opening it
(``本报讯(记者 …)``: kept at the start of the text, its people added to the
byline), a byline printed in the body (``報導．攝影╱向高彬`` after the lead
paragraph, or at the end of it), photo captions and credits above the first
paragraph (kept in ``credit``), credits anywhere (``新华社记者`` / ``卢汉欣摄``),
source notes and editor codes.
"""

from __future__ import annotations

import dataclasses
import re

from reader.importer.bylines import (
    join_padded,
    parse_byline_line,
    parse_credit_line,
    parse_dateline,
    split_glued_names,
)
from reader.importer.ends import sign_off_goes_on, unclosed_sign_off, unopened_sign_off
from reader.importer.headers import Header, read_header
from reader.importer.linekinds import (
    Kind,
    dateline_opening,
    kind_of,
    labels_in,
    name_tokens,
    run_on_slash_byline,
    slash_byline,
    source_parts,
)
from reader.importer.lines import Line
from reader.importer.model import Block, BlockKind, BylineEntry, ParsedArticle
from reader.importer.names import COMPOUND, is_issuer, looks_like_name
from reader.importer.paragraphs import Flow, build_body, reporter_line
from reader.importer.script import either_script, restored, simplified
from reader.importer.segment import BRACKETED_CREDIT, NUMBERED_HEADING, Span
from reader.importer.text import FOOTNOTE_LINE, SIGN_OFF_OPEN, ends_sentence, shorten

_LEAD_LINES = 6  # a byline standing in the body is looked for this far down
PREAMBLE_NOTE_END = "kept as an article of its own"
"""How the warning about text before the first title ends (taken back when that text is set aside)."""


def assemble(span: Span, flow: Flow, notes: list[str]) -> ParsedArticle | None:
    """The article of ``span``; ``None`` when the span holds no text at all."""
    span = _title_under_office_and_date(span)
    wrapped = flow.wrap is not None
    header = _span_header(span, flow)
    body_lines = list(span.body)
    if span.title and span.title != header.title:
        header.subtitle = header.subtitle or header.title or None  # the text's own headline, kept
        header.title = span.title
    article = ParsedArticle(header.title, kicker=header.kicker or span.kicker, subtitle=header.subtitle)
    article.section = span.section or header.section
    article.page = span.page
    article.byline = list(header.byline)
    if header.credit_people and (not article.byline or _credit_names_authors("\n".join(header.credit_lines))):
        article.byline.extend(p for p in header.credit_people if p not in article.byline)
    article.byline_text = header.byline_text
    article.date_line = header.date_line
    credits = list(header.credit_lines)
    sources = list(header.source_lines)
    body_lines = _take_lead_links(body_lines, sources)
    body_lines = _take_lead_captions(body_lines, credits, wrapped, flow.gap if _on_a_page(sources) else 0)
    if not wrapped:
        body_lines = _take_captions_over_signed_lead(body_lines, credits)
    body_lines = _take_body_bylines(body_lines, article)
    body_lines = _take_offices_and_day(body_lines, article)
    body_lines = _take_credits(body_lines, credits, article)
    body_lines = _join_dateline_line(body_lines)
    body = build_body(body_lines, flow)
    article.blocks = body.blocks
    _dash_subtitle_over_text(article)
    article.editor_codes = body.editor_codes
    if body.source_note:
        sources.append(body.source_note)
    if body.credit:
        credits.append(body.credit)
        if not article.byline or _credit_names_authors(body.credit):
            article.byline.extend(p for p in body.credit_people if p not in article.byline)
    article.source_note = "\n".join(sources) or None
    article.credit = "\n".join(credits) or None
    _split_trailing_byline(article)
    _read_dateline(article)
    if not article.byline:
        _sign_off(article)
    if not article.byline:
        _run_on_dateline(article)
    if not article.title:
        if not (
            article.blocks
            or article.source_note
            or article.credit
            or article.byline_text
            or article.editor_codes
        ):
            return None
        article.title = _title_from_text(article, span, notes)
    return article


def _span_header(span: Span, flow: Flow) -> Header:
    """The fields of the span's header lines (an empty header when it has none)."""
    if not span.header:
        return Header()
    return read_header(
        span.header,
        title_lines=span.title_lines,
        wrapped=flow.wrap is not None,
        web=flow.web,
        writer=span.writer,
        headline_width=flow.headline_width,
    )


def _dash_subtitle_over_text(article: ParsedArticle) -> None:
    """``——夫妻一方违反忠实义务…依法应当认定无效`` as the first paragraph under a title that has no subtitle:
    a subtitle too long for the header's lines (a case's holding, a profile's ``——记…``), never a sentence
    of the text (no full stop in it)."""
    if article.subtitle is not None or len(article.blocks) < _UNDER_SUBTITLE:
        return
    first = article.blocks[0].text
    if first.startswith("——") and len(first) <= _SUBTITLE_CHARS and not re.search("[。！？；]", first):
        article.subtitle = first
        del article.blocks[0]


_UNDER_SUBTITLE = 2  # blocks: the subtitle and some text under it
_SUBTITLE_CHARS = 120


def _credit_names_authors(credit: str) -> bool:
    """``摄影报道`` and ``文/图`` credit the text too; a bare ``摄`` only the photograph."""
    return any(either_script(_names_authors, line) for line in credit.split("\n"))


def _names_authors(line: str) -> bool:
    return line.rstrip().endswith(("报道", "报导", "報導", "文/图", "图/文", "文／图", "图／文"))


_LINK_LINE = re.compile(r"^!?\[[^\[\]]{0,200}\]\([^()\s]{1,500}\)$")


def _take_lead_links(lines: list[Line], sources: list[str]) -> list[Line]:
    """A link on its own line above the text (``[查看视频 ↗](…)``) points to the source: it is not the text.

    A link that is all the article holds stays as its text, so the article is not empty.
    """
    k = 0
    while k < len(lines) - 1 and _LINK_LINE.match(lines[k].text):
        sources.append(lines[k].text)
        k += 1
    return lines[k:]


_LEAD_CAPTIONS = 40
"""Captions over the first paragraph: a picture page prints one (and its credit again) for every photo."""


def _take_lead_captions(lines: list[Line], credits: list[str], wrapped: bool, gap: int = 0) -> list[Line]:
    """Photo captions printed above the first paragraph go with the credits, not into the text.  ``gap``:
    the blank lines a page run's extractor leaves between two lines of a paragraph (pdfminer: one)."""
    k = 0
    taken: list[str] = []
    most = 3 if wrapped else 1
    while k < len(lines) and len(taken) < _LEAD_CAPTIONS:
        size = _caption_at(lines, k, most, gap) or _captions_over_shared_credit(lines, k)
        if not size:
            break
        if k + size < len(lines) and _lone_credit(lines[k + size]):
            size += 1  # the caption printed again alone, its credit on the line under it
        taken.append("".join(line.text for line in lines[k : k + size]))
        k += size
    if k == len(lines):
        return lines  # photo news: the caption is all the text there is
    credits.extend(taken)
    return lines[k:]


def _on_a_page(sources: list[str]) -> bool:
    """The story carries its print line ``《人民日报》（…第 03 版）``: a page run of a PDF, whose extractor's
    spacing (pdfminer's blank line under every line) holds in its captions too."""
    return any((parts := source_parts(text)) is not None and parts[2] is not None for text in sources)


def _caption_at(lines: list[Line], k: int, most: int, gap: int = 0) -> int:
    """How many lines the caption starting at line ``k`` takes (in a hard-wrapped file, several), or 0.

    The photographers' credit (``王铮 杨东辉 摄``) may stand apart under the caption's text, a blank
    line above it: a paragraph followed at once by a credit is the caption of the photo it credits.  So
    may its role, on a line of its own over the name (``本报记者`` / ``陶然摄``, as raw ``pdftotext`` puts
    a credit's words set far apart).  Apart: more blank lines than ``gap``.
    """
    joined = ""
    for size in range(1, most + 3):
        m = k + size - 1
        line = lines[m] if m < len(lines) else None
        if line is None or line.kind is not None:
            return 0
        if (size > 1 and line.gap > gap) or size > most:  # apart from the lines above
            credit = _lone_credit(line)
            if not (credit or _role_over_credit(lines, m)):
                return 0  # only a credit (``…摄``, ``…供图``) or its role stands apart or goes past ``most``
            if credit and ends_sentence(joined) and len(joined) <= _CAPTION_CHARS:
                return size  # a sentence, its photographer's credit on the line under it
        joined += line.text
        if kind_of(joined) is Kind.CAPTION:
            return size
    return 0


def _take_captions_over_signed_lead(lines: list[Line], credits: list[str]) -> list[Line]:
    """A page's photo captions printed over the lead that the reporter signs with a slash byline (run on at
    its end, ``…藥丸。報導．攝影╱某某``, or on the next line): the lines above that lead go with the credits
    even when they name no one's place in the picture.  Read so only for one to three lone lines over the
    lead, each shorter than it and no more than one sentence; a story's own opening paragraph is longer."""
    last = min(len(lines) - 1, _CAPTIONS_OVER_LEAD + 1)
    if not any(mark in line.text for line in lines[1 : last + 1] for mark in "╱/／"):
        return lines  # most stories: no slash byline where a signed lead could be
    for j in range(1, last):
        if not _signed_lead(lines, j):
            continue
        captions = lines[:j]
        if not all(_lone_caption(line, lines[j]) for line in captions):
            return lines
        credits.extend(line.text for line in captions)
        return lines[j:]
    return lines


_CAPTIONS_OVER_LEAD = 3
_CAPTION_MOST = 80


def _signed_lead(lines: list[Line], j: int) -> bool:
    """Line ``j`` is a paragraph the reporter signs: its slash byline run on at its end, or alone under it."""
    lead = lines[j]
    if lead.kind is not None or len(lead.text) < _CAPTION_MOST // 2:
        return False
    match = run_on_slash_byline(lead.text)
    if match is not None and ends_sentence(lead.text[: match.start()]):
        return bool(slash_byline(match.group("byline")))
    below = lines[j + 1]
    return (
        ends_sentence(lead.text)
        and below.kind is None
        and any(mark in below.text for mark in "╱/／")
        and kind_of(below.text) is Kind.BYLINE
        and bool(slash_byline(below.text))
    )


def _lone_caption(line: Line, lead: Line) -> bool:
    """One sentence at most, shorter than the lead under it, and of no other kind (a date, a byline)."""
    text = line.text
    if line.kind is not None or len(text) > _CAPTION_MOST or len(text) >= len(lead.text):
        return False
    if any(mark in text[:-1] for mark in "。！？!?"):
        return False
    return kind_of(text) in (Kind.TEXT, Kind.HEADING, Kind.CAPTION)


_CAPTION_CHARS = 120


def _lone_credit(line: Line) -> bool:
    """A photographer's credit on a line of its own: ``… 摄``, ``…供图``, also with the agency after it
    (``周  亮摄（人民视觉）``)."""
    text = line.text
    return (
        line.kind is None
        and text[-1:] in _CREDIT_LAST
        and _CREDIT_END.search(text) is not None
        and kind_of(text) is Kind.CREDIT
    )


_CREDIT_LAST = frozenset("摄攝图圖)）")  # asked first: the pattern is searched from every position


_CREDIT_END = re.compile(r"[摄攝图圖](?:[（(][^（）()]{1,12}[)）])?$")


def _captions_over_shared_credit(lines: list[Line], k: int) -> int:
    """Captions, one sentence a line, over one credit for them all (``以上图片均为章勇涛摄（人民视觉）``):
    how many lines they and the credit take, or 0."""
    for j in range(k, min(len(lines), k + _SHARED_CAPTIONS + 1)):
        line = lines[j]
        if j > k and line.kind is None and _SHARED_CREDIT.match(line.text):
            return j - k + 1
        if line.kind is not None or len(line.text) > _CAPTION_CHARS or not ends_sentence(line.text):
            return 0
    return 0


_SHARED_CAPTIONS = 8
_SHARED_CREDIT = re.compile(
    r"^(?:以上|本组|本版|上)图片?均?[为為][^。，]{2,24}[摄攝](?:[（(][^（）()]{1,12}[)）])?$"
)


def _role_over_credit(lines: list[Line], m: int) -> bool:
    """``本报记者`` alone over ``陶然摄``: a credit's role and name, which raw ``pdftotext`` puts apart."""
    line = lines[m]
    if line.kind is not None or len(line.text) > _ROLE_CHARS or kind_of(line.text) is not Kind.ROLE:
        return False
    return m + 1 < len(lines) and _lone_credit(lines[m + 1])


_ROLE_CHARS = 8  # 本报记者, 新华社记者, 本报特约记者


def _take_body_bylines(lines: list[Line], article: ParsedArticle) -> list[Line]:
    """A byline line printed among the first lines of the body (after the lead paragraph, say)."""
    kept: list[Line] = []
    for k, line in enumerate(lines[:_LEAD_LINES]):
        short = len(line.text) <= 60 and line.kind is None
        if short and kind_of(line.text) is Kind.BYLINE:
            people = parse_byline_line(line.text) or [
                BylineEntry(role, name) for role, name in slash_byline(line.text) or []
            ]
            if people and not _editor_closing(people, lines, k):
                article.byline.extend(p for p in people if p not in article.byline)
                article.byline_text = _append(article.byline_text, line.text)
                continue
        kept.append(line)
    unsigned = not article.byline
    lines = kept + lines[_LEAD_LINES:]
    kept = []
    for k, line in enumerate(lines):
        people = _part_signers(lines, k, unsigned=unsigned)
        if people:
            lines[k - 1].closed = True  # the part's head, which its text under the signers goes on from
            article.byline.extend(p for p in people if p not in article.byline)
            article.byline_text = _append(article.byline_text, line.text)
            continue
        kept.append(line)
    return kept  # further down, only a part's signers under its head are looked for


def _part_signers(lines: list[Line], k: int, *, unsigned: bool) -> list[BylineEntry]:
    """Who wrote a part of the article: ``本报记者  白光迪`` (or, in an article whose header names no
    one, a name alone: ``谢  琰``) on a line between the part's head and its text."""
    if not _under_a_head(lines, k):
        return []
    text = lines[k].text
    if reporter_line(text):
        return parse_byline_line(text) or []
    if unsigned and kind_of(text) is Kind.NAME:
        return [BylineEntry("", name) for name in name_tokens(text) or []]
    return []


def _under_a_head(lines: list[Line], k: int) -> bool:
    """A short line between a head (a short line with no sentence end) and running text."""
    line = lines[k]
    if k == 0 or k + 1 >= len(lines) or line.kind is not None or len(line.text) > _PART_REPORTER_CHARS:
        return False
    above, below = lines[k - 1].text, lines[k + 1].text
    return not ends_sentence(above) and len(above) <= _PART_HEAD_CHARS and ends_sentence(below)


_PART_REPORTER_CHARS = 32
_PART_HEAD_CHARS = 40


def _title_under_office_and_date(span: Span) -> Span:
    """``县农业农村局`` / ``2024年3月5日`` over ``全县春耕生产进展顺利`` and the text: a report whose office
    and day are printed above its title.  The office and the day anchored the header, so the title fell
    into the body; it goes back over them, where the header reader takes a title over an issuer and a
    date (the office kept as the byline's source line, the day as the date line).

    Read so only when the header is exactly those two lines — an office (``is_issuer``) over a date —
    and the body opens with a heading line, not counted (``一、``), set apart from the text under it."""
    if span.title_lines is not None or span.title is not None or len(span.header) != 2 or len(span.body) < 2:
        return span
    office, day = span.header
    title, below = span.body[0], span.body[1]
    if not is_issuer(office.text) or kind_of(day.text) is not Kind.DATE or below.gap == 0:
        return span
    if title.kind is not None or kind_of(title.text) is not Kind.HEADING or len(title.text) > _TITLE_CHARS:
        return span
    if NUMBERED_HEADING.match(title.text):
        return span  # 一、基本情况: the report's first part, the report untitled
    return dataclasses.replace(span, header=[title, office, day], body=span.body[1:])


_TITLE_CHARS = 50


def _take_offices_and_day(lines: list[Line], article: ParsedArticle) -> list[Line]:
    """``某省统计局 国家统计局某省调查总队`` / ``2025年3月20日`` opening the text under a title: a document's
    own issuing offices and day, printed under its title (its title repeated on a reposting site's page, the
    page's heading above it) — the header's byline text and date line, not the first paragraph.  Read so only
    when the header holds neither, the day is a whole day alone on its line and text follows."""
    if article.date_line or article.byline_text or len(lines) < _OFFICES_DAY_TEXT:
        return lines
    office, day = lines[0], lines[1]
    if office.kind is not None or day.kind is not None or not is_issuer(office.text):
        return lines
    if not _WHOLE_DAY.match(day.text) or kind_of(day.text) is not Kind.DATE:
        return lines
    article.byline_text = office.text
    article.date_line = day.text
    return lines[2:]


_OFFICES_DAY_TEXT = 3  # the offices, the day and a line of text under them
_WHOLE_DAY = re.compile(r"^[(（]?\d{4}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日[)）]?$")


def _editor_closing(people: list[BylineEntry], lines: list[Line], k: int) -> bool:
    """``编辑 冯文美`` under an item's last paragraph: the editor who laid the item out, printed where an
    item closes (as ``编辑：信息科`` closes a longer one further down), not its writer.  Read so only when
    every name on the line is an editor's and no running text follows it in the body; it stays in the
    body where it was printed.  A writer's line (``作者``/``记者``) anywhere is still the byline."""
    if not all(person.role in _EDITOR_ROLES for person in people):
        return False
    return not any(ends_sentence(line.text) for line in lines[k + 1 :])


_EDITOR_ROLES = frozenset({"编辑", "編輯"})


def _take_credits(lines: list[Line], credits: list[str], article: ParsedArticle) -> list[Line]:
    """Photo credits glued to the name (``卢汉欣摄``), with a role line above them (``新华社记者``)."""
    kept: list[Line] = []
    for line in lines:
        text = line.text
        maybe = len(text) <= 40 and text[-1] in "摄攝)）" and line.kind is None
        if maybe and kind_of(text) is Kind.CREDIT and parse_credit_line(text) is None:
            if kept and kept[-1].kind is None and kind_of(kept[-1].text) is Kind.ROLE:
                credits.append(f"{kept.pop().text} {line.text}")
            else:
                credits.append(line.text)
            continue
        kept.append(line)
    return kept


def _join_dateline_line(lines: list[Line]) -> list[Line]:
    """``本报北京10月19日电`` alone on a line opens the paragraph below it: glue the two."""
    if len(lines) >= 2 and lines[0].kind is None:
        opening = dateline_opening(lines[0].text)
        if opening is not None and opening == lines[0].text:
            merged = Line(lines[0].number, lines[0].text + lines[1].text, lines[0].indent, lines[0].gap,
                          lines[0].page, lines[0].page_top)  # fmt: skip
            return [merged, *lines[2:]]
    return lines


def _split_trailing_byline(article: ParsedArticle) -> None:
    """``…吹涼涼。」報導．攝影╱仲芝蓉``: a byline run on at the end of a paragraph."""
    for k, block in enumerate(article.blocks[:_LEAD_LINES]):
        if block.kind is not BlockKind.PARAGRAPH:
            continue
        match = run_on_slash_byline(block.text)
        if match is None:
            continue
        people = slash_byline(match.group("byline"))
        if not people:
            continue
        article.blocks[k] = Block(block.kind, block.text[: match.start()].rstrip())
        article.byline.extend(BylineEntry(r, n) for r, n in people if BylineEntry(r, n) not in article.byline)
        article.byline_text = _append(article.byline_text, match.group("byline"))
        return


_SIGN_OFF = re.compile(
    rf"(?P<sign>{SIGN_OFF_OPEN}(?:(?:作者|撰稿|撰文|执笔|文)\s?[:：]\s?)?"
    r"(?P<people>[\u4e00-\u9fff·・ \u3000\u00a0、，,/／]{2,30})[)）])(?:[ \u3000]+['|‘’])?$"
)
"""A writer's sign-off closing the text, perhaps labelled (``(作者:某某)``); a scan's reader may leave a
stray mark after it (``(宁艳) '``), or misread the opening bracket as angle brackets (``〈《叶晓路)``)."""
_ROLES = (
    "记者", "記者", "通讯员", "通訊員", "作者", "实习生", "實習生",
    "文/图", "图/文", "文／图", "图／文", "文图", "图文", "文", "图",
)  # fmt: skip


def _sign_off(article: ParsedArticle) -> None:
    """``…作出更大贡献。（张巨峰）``, ``（城关镇 陈静）``: the writer named at the end of the text, as
    local papers and bulletins print it.  The text keeps it; the names become the byline."""
    blocks = article.blocks
    if len(blocks) >= 2 and sign_off_goes_on(blocks[-2].text, blocks[-1].text):
        blocks[-2:] = [Block(blocks[-2].kind, blocks[-2].text + blocks[-1].text)]  # …(县民政局 孙 / 丽)
    last = article.blocks[-1] if article.blocks else None
    match = (
        _SIGN_OFF.search(last.text[-32:]) if last is not None and last.kind is not BlockKind.CAPTION else None
    )
    own_line = _unopened_on_own_line(blocks) if match is None else None
    if own_line is not None:
        _signed_by(article, own_line, blocks[-1].text)  # …六处。 / 石桥镇 孙丽): OCR lost the bracket
    elif match is None and last is not None and (lost := unopened_sign_off(last.text)) is not None:
        _signed_by(article, lost.group("people"), lost.group()[1:].strip())  # 。 县政府办 王立): OCR
    elif match is None and last is not None and (lost := unclosed_sign_off(last.text)) is not None:
        _signed_by(article, lost.group("people"), lost.group()[1:].strip())  # 。 (县政府办 王立: OCR
    if match is not None:
        _signed_by(article, match.group("people"), match.group("sign"))
    if match is not None and last is not None and not article.byline:
        before = _before_note(article, last.text[: len(last.text) - len(match.group())])
        if signed := _SIGN_OFF.search(before[-32:]):
            _signed_by(article, signed.group("people"), signed.group("sign"))
    elif article.source_note and (note := _LABELLED_NOTE.search(article.source_note)):
        for label, _, value in labels_in(note.group("inner")):  # （来源：…　供稿：朱姝璟）
            if label in _WRITER_LABELS:
                _signed_by(article, value, note.group())
    elif not article.byline:
        _credits_block(article)
    if not article.byline:
        _sign_off_over_credits(article)


def _unopened_on_own_line(blocks: list[Block]) -> str | None:
    """The names of a sign-off standing as the item's last, short line whose opening bracket OCR lost or
    read as ``人`` at the end of the paragraph above (``…六处。 人`` / ``石桥镇 孙丽)``)."""
    if len(blocks) < 2 or blocks[-1].kind is not BlockKind.HEADING:
        return None
    lost = unopened_sign_off(blocks[-2].text[-24:] + "\n" + blocks[-1].text)
    return lost.group("people").split("\n")[-1] if lost is not None else None


def _sign_off_over_credits(article: ParsedArticle) -> None:
    """``…确保成功创建。(三圳创卫办  丘秀珍)`` over ``供稿：三圳镇``: a bulletin closes an item with the unit
    or site that sent it (``来源：`` / ``供稿：`` lines naming no person), under the writer's own sign-off;
    the sign-off closes the last paragraph above those lines.  A document's footnotes (``[^1]: …``,
    ``[1] …``), all gathered at its end, stand under its last item's sign-off the same way."""
    blocks = article.blocks
    k = len(blocks) - 1
    if k > 0 and _STRAY.match(blocks[k].text.strip()):
        k -= 1  # 下, 2: a speck a scan's OCR read as a character, or the page's number, under the sign-off
    while k > 0 and len(blocks) - k <= _NOTE_LINES and FOOTNOTE_LINE.match(blocks[k].text):
        k -= 1  # [^1]: …, [1] …: the footnotes, gathered under its last item's sign-off
    notes = len(blocks) - 1 - k
    while k > 0 and len(blocks) - k <= notes + _CREDIT_LINES and _credit_line(blocks[k].text):
        k -= 1
    if k == len(blocks) - 1 or blocks[k].kind is BlockKind.CAPTION:
        return
    if match := _SIGN_OFF.search(blocks[k].text[-32:]):
        _signed_by(article, match.group("people"), match.group("sign"))


_NOTE_LINES = 12
_STRAY = re.compile(r"^(?:[\u4e00-\u9fff]|\d{1,2})$")


def _credit_line(text: str) -> bool:
    """A short line of labels only (``来源：泰顺新闻网``, ``编辑：吴晓燕　审核：郑国华``)."""
    labels = labels_in(text) if len(text) <= _CREDIT_CHARS else []
    return bool(labels) and text.lstrip().startswith(labels[0][0][:1])


def _before_note(article: ParsedArticle, before: str) -> str:
    """The text before an outlet's note that names no one (``…(总台记者 某某)`` / ``（某某客户端）``): the
    rest of its paragraph, or the paragraph above when the note stands alone."""
    if before.strip() or len(article.blocks) < 2 or article.blocks[-2].kind is BlockKind.CAPTION:
        return before.rstrip()
    return article.blocks[-2].text


def _credits_block(article: ParsedArticle) -> None:
    """``文字：陈梓童`` / ``图片：…`` / ``编辑：…`` / ``审核：…`` under the last paragraph: who wrote it,
    among who took the pictures and who edited it (a PDF may have broken a line of it: ``审``).
    The text keeps the block; the writers become the byline."""
    tail: list[str] = []
    for block in reversed(article.blocks[-_CREDIT_LINES:]):
        text = block.text
        bracketed = BRACKETED_CREDIT.match(text) if text[:1] == "【" else None
        if bracketed:
            text = f"{bracketed.group(1)}：{bracketed.group(2)}"  # 【记者】何明强: an app's credit line
        elif (inside := _BRACKETED_LABELS.match(text)) and labels_in(inside.group(1)):
            text = inside.group(1)  # （撰稿：某某　责任编辑：某某　审核：某某）: credits in brackets
        if len(text) > _CREDIT_CHARS or not (bracketed or labels_in(text) or len(text) <= _CREDIT_SCRAP):
            break
        tail.append(text)
    for text in reversed(tail):
        for label, _, value in _credit_labels(text):
            if label in _WRITER_LABELS and value:
                _signed_by(article, value, text)
                return
    for text in reversed(tail):
        if text.startswith(("来源", "來源")) and (role := _ROLE_IN_SOURCE.search(text)):
            _signed_by(article, role.group("people"), text)  # 来源:某社区 通讯员 刘某某 编辑 曾某某
            return


def _credit_labels(text: str) -> list[tuple[str, str, str]]:
    """The labels of a credit line; ``记者：何明强`` (from ``【记者】何明强``) is one though no page labels
    its writer so elsewhere."""
    if text.startswith(_BRACKETED_WRITERS):
        label, _, value = text.partition("：")
        return [(label, "author", value.strip())]
    return labels_in(text)


_BRACKETED_WRITERS = ("记者：", "記者：")
_BRACKETED_LABELS = re.compile(r"^[（(]([^（）()]{2,58})[)）]$")
"""``（撰稿：何晓岚　责任编辑：蒋文韬　审核：罗振声）``: a line of credits wholly in one pair of brackets."""
_ROLE_IN_SOURCE = re.compile(
    r"\s(?P<people>(?:记者|記者|通讯员|通訊員)\s?[\u4e00-\u9fff]{2,4}(?:[\s、][\u4e00-\u9fff]{2,4}){0,3}?)"
    r"(?=\s(?:编辑|編輯|责编|責編|审核|審核|校对|校對|摄影|攝影)|$)"
)
"""``来源:人民桥社区 通讯员 刘翠云 编辑 曾佳锦``: a source line naming, after its unit, the reporter by role
word, then the editor — the role and names up to the editor's word."""


_CREDIT_LINES = 8
_CREDIT_CHARS = 60
_CREDIT_SCRAP = 4  # characters: a piece of a credit line the page's columns broke off (``审``, ``怿玮``)


_LABELLED_NOTE = re.compile(r"[（(](?P<inner>[^（）()]{2,80}[:：][^（）()]{1,80})[)）]$")
_WRITER_LABELS = frozenset({"供稿", "文字", "文", "撰稿", "撰文", "采写", "执笔", "作者"})


def _signed_by(article: ParsedArticle, people: str, printed: str) -> None:
    entries = _signers(people)
    if entries is None and (simple := simplified(people)) != people:
        # （文/圖劉玺東）, （三圳創衛辦　丘秀珍）: the roles, offices and surnames are known in simplified
        read = _signers(simple)
        entries = read and [BylineEntry(restored(e.role, people), restored(e.name, people)) for e in read]
    if entries:
        article.byline = entries
        article.byline_text = _append(article.byline_text, printed)


def _signers(people: str) -> list[BylineEntry] | None:
    """The writers a sign-off names, each under its role, or ``None`` when a token is no name."""
    tokens = re.split(r"[\s、，,]+", people.strip())
    tokens = [*_role_run_on(tokens[0]), *tokens[1:]]
    entries: list[BylineEntry] = []
    for role, names in _role_groups(tokens):
        if role and len(names) == 1 and len(names[0]) >= 4:
            names = split_glued_names(names[0])  # 文/图刘玺东易赛楠: a text browser dropped the spaces
        elif any(len(name) == 1 for name in names):
            names = join_padded(names)  # （供稿：刘　洋　黄晓梅）: a two-character name padded to three
        entries += [BylineEntry(role, name) for name in names]
    if len(entries) == 1 and _is_office(entries[0].role) and _surname_misread(entries[0].name):
        return entries  # （财经委 皂慧敏）: the office vouches for a name whose surname the OCR misread
    return entries if entries and all(_strict_name(entry.name) for entry in entries) else None


def _surname_misread(token: str) -> bool:
    """Three Han characters that would be a name but for the first (``皂慧敏``, ``草雨桐``): a scan's OCR
    read a surname as a character no surname is.  Only after an office, as a sign-off's one writer."""
    return len(token) == 3 and "\u4e00" <= token[0] <= "\u9fff" and _strict_name("王" + token[1:])


def _role_groups(tokens: list[str]) -> list[tuple[str, list[str]]]:
    """``记者 方耀星 通讯员 朱敬铨`` → ``记者``: 方耀星, ``通讯员``: 朱敬铨: each role word (记者, or the
    office the writer is from) names the people after it, up to the next role word.  A role with no name after
    it makes the whole sign-off no list of writers (``[]``); a lone word is a name, never a role."""
    groups: list[tuple[str, list[str]]] = [("", [])]
    for k, token in enumerate(tokens):
        if len(tokens) > 1 and _role_word(token):
            if k == len(tokens) - 1:
                return []
            if groups[-1][1]:
                groups.append((token, []))
            else:
                groups[-1] = (token, [])  # two role words in a row: the nearer one is the writer's
        else:
            groups[-1][1].append(token)
    return groups


_ROLE_ENDS = ("记者", "記者", "通讯员", "通訊員")  # 总台记者, 全媒体记者: a reporter of some outlet


def _role_word(token: str) -> bool:
    return token in _ROLES or token.endswith(_ROLE_ENDS) or _is_office(token) or _staff_role(token)


def _staff_role(token: str) -> bool:
    """``网格员``, ``社区信息员``: a post ending in 员 names the writer's role in a sign-off
    (``（网格员　许思远）``)."""
    return _STAFF_ROLE_CHARS[0] <= len(token) <= _STAFF_ROLE_CHARS[1] and token.endswith(("员", "員"))


_STAFF_ROLE_CHARS = (2, 6)


def _role_run_on(token: str) -> list[str]:
    """``文/图刘玺东`` → ``文/图``, ``刘玺东``: a role of two or more characters run into the names."""
    for role in _LONG_ROLES:
        if token.startswith(role) and len(token) - len(role) >= 2:
            return [role, token[len(role) :]]
    return _office_run_on(token)


def _office_run_on(token: str) -> list[str]:
    """``三圳创卫办丘秀珍`` → ``三圳创卫办``, ``丘秀珍``: an office and its writer's name, the space between
    them lost where a PDF's lines were joined.  Only a name of two or three characters after an office
    word of three or more is split off."""
    for size in (3, 2):
        office, name = token[:-size], token[-size:]
        if len(office) >= 3 and _is_office(office) and _strict_name(name):
            return [office, name]
    return [token]


_LONG_ROLES = sorted((role for role in _ROLES if len(role) >= 2), key=len, reverse=True)


def _strict_name(token: str) -> bool:
    if not looks_like_name(token) or token[-1] in "摄攝完稿讯訊报報供" or token[-2:] in _UNIT_WORDS:
        return False
    return len(token) <= 3 or token[:2] in COMPOUND


_UNIT_WORDS = frozenset(
    """工商 公安 交警 税务 稅務 国税 國稅 地税 地稅 国土 國土 环保 環保 城管
    消防 法院 检察 檢察 司法 供电 供電 电信 電信 邮政 郵政""".split()  # noqa: SIM905 - a word list
)
"""``（钱工商）``: a place's first character and an office's short name (钱库工商所) signing a report —
a unit, not a person, however much the first character looks like a surname."""


def _is_office(token: str) -> bool:
    """``县人社局``, ``岩前镇``, ``城东街道`` (a town's sub-district: 街道, not any word ending in 道)."""
    return 2 <= len(token) <= 24 and (token[-1] in _OFFICE_ENDS or token.endswith(_OFFICE_WORDS))


_OFFICE_ENDS = "区县乡镇村市省州局委办院队部厅处科室站所社组团协会司心校馆厂行府"  # 府: 某镇人民政府
_OFFICE_WORDS = ("街道", "街道办")


def _read_dateline(article: ParsedArticle) -> None:
    if not article.blocks:
        return
    text = article.blocks[0].text
    found = parse_dateline(text)
    if found:
        article.dateline = found[0]
        article.byline.extend(p for p in found[1] if p not in article.byline)
        return
    if wire := _WIRE_DATELINE.match(text):
        article.dateline = wire.group()
        reporters = _wire_reporters(wire.group("role"), wire.group("people"))
        article.byline.extend(p for p in reporters if p not in article.byline)
        return
    if (named := _NAME_SLASH.match(text)) and _strict_name(simplified(named.group("name"))):
        article.dateline = named.group()  # 鄭淑玲 / 台東縣…: the writer, a slash, then the story
        entry = BylineEntry("", named.group("name"))
        article.byline.extend([entry] if entry not in article.byline else [])
        return
    opening = dateline_opening(text)
    if opening:
        article.dateline = opening
        people_start = max(opening.find("("), opening.find("（"), opening.find("〈"), opening.find("《"))
        if people_start > 0:
            people = parse_people_in(opening[people_start + 1 : -1])
            article.byline.extend(p for p in people if p not in article.byline)
        elif reported := _REPORTED_BY.match(opening):
            people = parse_people_in(_ROLE_APART.sub(" ", reported.group(1).replace("、", " ")))
            article.byline.extend(p for p in people if p not in article.byline)


def _run_on_dateline(article: ParsedArticle) -> None:
    """``…占全市党员总数的2.02%，`` / ``本报讯 （记者 潘秀慧） 记者昨天…``: a dateline that could not open a
    story of its own (the paragraph above it unfinished, no title over it) stays in the text of the story
    it runs on in; when that story names no writer anywhere else, the one dateline's people wrote it.
    Two such datelines are two reports run together, and which wrote what is not said: none taken."""
    found = [parse_dateline(block.text) for block in article.blocks[1:] if block.kind is BlockKind.PARAGRAPH]
    people = [hit[1] for hit in found if hit is not None and hit[1]]
    if len(people) == 1:
        article.byline.extend(p for p in people[0] if p not in article.byline)


_NAME_SLASH = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,3})[ \u3000]?[/／][ \u3000]?(?=[\u4e00-\u9fff])")
"""``鄭淑玲 / 台東縣長濱鄉…``: a news site opening a story with its writer's name and a slash."""
_WIRE_DATELINE = re.compile(
    r"^[(（][\u4e00-\u9fff]{2,6}?(?P<role>记者|記者)(?P<people>[\u4e00-\u9fff、]{3,30}?)\d{1,2}\s?日\s?(?:电|電)[)）]"
)
"""``(中央社記者蕭博陽彰化縣7日電)``: a wire's dateline in brackets opening the text — the outlet, 記者, the
reporters run into the place they filed from, the day."""
_PLACE_ENDS = "县縣市区區乡鄉镇鎮省州村"


def _wire_reporters(role: str, people: str) -> list[BylineEntry]:
    """``蕭博陽彰化縣`` → 蕭博陽; ``王明、李華台北`` → 王明, 李華: the last reporter's name runs into the
    place, which is two characters or more (a county's, a city's ending is read first)."""
    *firsts, last = people.split("、")
    names = [name for name in firsts if looks_like_name(name)]
    for size in (3, 2):
        name, place = last[:size], last[size:]
        if looks_like_name(name) and len(place) >= 2 and (place[-1] in _PLACE_ENDS or size == 2):
            return [BylineEntry(role, n) for n in [*names, name]]
    return [BylineEntry(role, n) for n in names]


_REPORTED_BY = re.compile(r"^[^讯訊]{1,12}[讯訊]\s?([^:：]{1,40}?)(?:报道|報導)[:：]$")
"""``本报讯 记者姜明助、通讯员陈琳、田亮报道:``: the people between the 讯 and 报道, a 、 between them."""
_ROLE_APART = re.compile(r"(?<=记者|記者)(?=\S)|(?<=通讯员|通訊員)(?=\S)")
"""``咸宁日报记者刘晖``: a space after the role, so that the outlet's reporter and the name read apart."""


def parse_people_in(text: str) -> list[BylineEntry]:
    from reader.importer.bylines import parse_people

    return parse_people(text) or []


def _title_from_text(article: ParsedArticle, span: Span, notes: list[str]) -> str:
    first = article.blocks[0].text if article.blocks else (article.source_note or article.credit or "")
    first = first or next((line.text for line in [*span.header, *span.body]), "")
    line_no = span.body[0].number + 1 if span.body else 0
    if span.origin == "preamble":
        notes.append(f"line {line_no}: text before the first title {PREAMBLE_NOTE_END}")
    elif span.origin == "markdown preamble":
        notes.append(f"Markdown text before the first '#' title {PREAMBLE_NOTE_END}")
    elif span.origin == "untitled":
        pass  # the fallback's own warning says it
    else:
        notes.append(f"line {line_no}: article has no title; titled by its first sentence")
    return shorten(first)


def _append(existing: str | None, text: str) -> str:
    return text if not existing else f"{existing} {text}"
