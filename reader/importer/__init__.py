"""The importer: bytes of one bulletin file in, a ``ParsedIssue`` out.

Pure functions — no SQL, no Qt — so the store, the CLI, the window and the
benchmarks all parse the same way.  One pipeline serves every kind of file::

    decode ─► run-on lines cut ─► columns side by side read one after another ─► lines with features
           ─► Markdown ─► set aside boilerplate ─► table of contents
           ─► split into articles (TOC, headings or anchors) ─► header fields + body paragraphs
           ─► issue title, publication and date

``parse_bytes`` raises ``BadInputError`` (naming the file and the reason) for
input that is not text; anything that *is* text always imports, and every
line ends up either in some field of an article or in the issue's
``boilerplate`` with the reason it was set aside.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata

from reader.errors import BadInputError
from reader.importer import (
    bilingual,
    boilerplate,
    columns,
    credits,
    ends,
    feeds,
    leads,
    lynx,
    markdown,
    mime,
    narrow,
    outline,
    pages,
    records,
    rtf,
    runons,
    segment,
    webpage,
)
from reader.importer.articles import PREAMBLE_NOTE_END, assemble
from reader.importer.decode import MAX_FILE_BYTES, decode_bytes, decode_with_note, line_ends
from reader.importer.headers import headline_cut_width
from reader.importer.linekinds import Kind, kind_of, label_of
from reader.importer.lines import Document, Line, paragraph_gap, scale_gaps, split_lines
from reader.importer.metadata import (
    infer_issue_date,
    infer_publication,
    issue_number,
    masthead_of,
    post_heading,
)
from reader.importer.model import (
    Block,
    BlockKind,
    BylineEntry,
    ParsedArticle,
    ParsedIssue,
    SetAside,
    TocEntry,
)
from reader.importer.paragraphs import Flow, detect_flow
from reader.importer.plainsections import (
    first_name_unspaced,
    numbered_section_names,
    plain_section_name,
    plain_section_names,
)
from reader.importer.script import simplified
from reader.importer.text import count_of, ends_sentence, is_column_label, match_key
from reader.importer.toc import SECTION_LABEL, Toc, find_toc

__all__ = [
    "MAX_FILE_BYTES",
    "Block",
    "BlockKind",
    "BylineEntry",
    "ParsedArticle",
    "ParsedIssue",
    "SetAside",
    "TocEntry",
    "decode_bytes",
    "parse_bytes",
    "parse_text",
]


def parse_bytes(data: bytes, source_name: str) -> ParsedIssue:
    """Decode and parse one file's bytes; ``source_name`` (usually the file name) appears in errors."""
    text, encoding, note = decode_with_note(data, source_name)
    # decode_bytes already gave NFC with "\n" line ends, and dropping a leading U+FEFF (a starter that
    # never composes) keeps it NFC: the same text parse_text would make, without two more passes.
    issue = _parse_normalised(text.lstrip("\ufeff"), source_name)
    issue.encoding = encoding
    if note is not None:
        issue.warnings.insert(0, note)
    return issue


def parse_text(text: str, source_name: str) -> ParsedIssue:
    """Parse already-decoded text (any line ends; normalised to ``\\n`` and NFC here)."""
    text = unicodedata.normalize("NFC", line_ends(text.lstrip("\ufeff")))
    return _parse_normalised(text, source_name)


def _readable(text: str, source_name: str) -> tuple[str, list[str]]:
    """The text to read — a web page's source as the text it shows — and what to tell of it."""
    read_as = []
    if rtf.is_rtf(text):
        text = unicodedata.normalize("NFC", rtf.to_text(text))  # as a word processor shows the document
        read_as.append(rtf.NOTE)
    if mime.is_message(text) and (shown := mime.to_text(text)) is not None:
        text = unicodedata.normalize("NFC", shown[0])  # a raw e-mail as a mail program shows it
        read_as.append(mime.NOTE)
        read_as.extend(f"e-mail: the {part} is not shown" for part in shown[1])
    if feeds.is_feed(text) and (records_text := feeds.to_text(text)) is not None:
        text = unicodedata.normalize("NFC", records_text)  # a feed's or data export's records, labelled
        read_as.append(feeds.NOTE)
    elif webpage.is_html(text):
        text = unicodedata.normalize("NFC", webpage.to_text(text))  # entities may name any character
        read_as.append(webpage.NOTE)
    text, numbers_note = lynx.drop_link_numbers(text)  # a text browser's [9] before a link's text
    if numbers_note is not None:
        read_as.append(numbers_note)
    if not text.strip():
        raise BadInputError(source_name, "file is empty (it holds only white space)")
    return text, read_as


def _document(text: str) -> Document:
    """The text's lines with what they show before any layout is read: gaps in the file's unit, photo
    credits an extractor cut into lines joined, press releases' closing lines set aside."""
    run_on = runons.split_run_ons(narrow.rejoin_recut(text))
    led = leads.cut_leads(run_on)
    document = Document(split_lines(columns.unfold(led)))
    if led is not run_on:
        document.leads = leads.close_leads(document.lines)
    scale_gaps(document.lines)
    narrow.join_wrapped_lines(document)
    narrow.join_font_pieces(document)
    narrow.join_text_nodes(document)
    narrow.join_cut_dates(document)
    narrow.join_title_tails(document)
    narrow.join_bracket_wraps(document)
    credits.rejoin(document)
    ends.mark_release_ends(document)
    return document


def _marked(text: str) -> tuple[Document, markdown.MarkdownInfo | None, Toc | None]:
    """The document with its set-aside lines marked, what its Markdown says, and its contents list."""
    document = _document(text)
    info = records.prepare(document) or markdown.prepare(document)
    if info is None:
        bilingual.mark_renderings(document)
    ends.mark_folios(document)
    boilerplate.mark(document)
    toc = find_toc(document) if info is None else None
    if info is None and toc is None:
        boilerplate.repeated_title(document)
    return document, info, toc


def _with_headline_width(flow: Flow, spans: list[segment.Span]) -> Flow:
    """A width-wrapped file's flow with the width its headlines were cut at (``headline_cut_width``)."""
    if flow.wrap is None:
        return flow
    return dataclasses.replace(flow, headline_width=headline_cut_width([span.header for span in spans]))


def _parse_normalised(text: str, source_name: str) -> ParsedIssue:
    text, read_as = _readable(text, source_name)
    document, info, toc = _marked(text)
    content = document.content()
    if not content:
        raise BadInputError(source_name, "file holds no text, only rules, page numbers or web-page chrome")
    flow = _flow(document, content, info)
    layout, spans = _split(content, toc, info, flow)
    _page_heads_left_at_ends(document, spans)
    if layout == "newspaper_page" and flow.web:
        spans = _photos_inside_web_articles(spans)
        layout = "newspaper_page" if len(spans) > 1 else "article"
    flow = _with_headline_width(flow, spans)
    notes: list[str] = []
    pairs = []
    for span in spans:
        notes.extend(span.notes)
        article = assemble(span, flow, notes)
        if article is not None:
            pairs.append((span, article))
    layout, pairs, headline = _led_items(document, layout, pairs)
    if layout == "newspaper_page":
        headline = _page_headline(document, pairs)
    if _issue_editors_note(document, pairs) or _page_top(document, pairs):
        notes = [note for note in notes if not note.endswith(PREAMBLE_NOTE_END)]  # set aside, not kept
        if layout == "newspaper_page" and headline is None:
            headline = _page_headline(document, pairs)  # the page's chrome was over its headline
    notes = _headline_over_buttons(document, pairs, notes)
    if flow.web or _web_page(document):  # the page-top pass may have set a page's lines aside just now
        _chrome_items(document, pairs)
        _link_lists(document, pairs)
    headline = _items_read_across(document, pairs) or headline
    if toc is not None and layout != "toc_bulletin":
        _headlines_listed_whole(pairs, toc)
    articles = [article for _, article in pairs]
    _spread_sections(document, layout, (spans, content, flow), pairs)
    _full_texts_heading(document, pairs)
    _sections_from_pages(document, pairs)
    if not articles:
        layout = "fallback"
        articles = [a for a in (assemble(span, flow, notes) for span in segment.single(content, flow)) if a]
    if layout == "fallback":
        notes.insert(0, "layout not recognised: imported as one article titled by its first line")
    boilerplate.note_counts(document)
    issue_title = info.issue_title if info else headline
    publication = infer_publication(document, issue_title)
    return ParsedIssue(
        layout=layout,
        articles=articles,
        title=_issue_title(issue_title, _masthead_or_heading(document), publication, articles),
        publication=publication,
        issue_date=infer_issue_date(document, articles, source_name),
        warnings=[*read_as, *notes, *document.notes],
        toc=toc.entries if toc else [],
        boilerplate=sorted(
            [SetAside(line.number + 1, line.text, line.aside) for line in document.lines if line.aside]
            + [SetAside(*piece) for piece in document.pieces_aside],
            key=lambda item: item.line,
        ),
    )


def _led_items(document: Document, layout: str, pairs: list) -> tuple[str, list, str | None]:
    """Items each led by a bracketed title (``leads``): a page read as one article (or, with no heading
    over them, as the unrecognised whole) split at them, one article a led item, and titles wholly such
    a lead without their brackets.  Items under numbers (``number_leads``) are split out of whichever
    article holds them, the page's closing lines read as a story of their own beside it.  The layout, the
    pairs, and the page's heading when no article keeps it: its lines are set aside as the page's header,
    and it titles the issue."""
    heading = None
    single = layout in ("article", "fallback", "markdown_feature") and len(pairs) == 1
    if single or (layout == "newspaper_page" and document.numbered):
        done = []
        titled = sum(page.title in document.numbered for _, page in pairs)  # items the segmenter found
        for span, page in pairs:
            least = (
                leads.MIN_ITEMS
                if single or page.title in document.numbered
                else max(1, leads.MIN_ITEMS - titled)
            )
            items = leads.split_bracketed_items(page, document.numbered, bracketed=single, least=least)
            if not items or (heading is not None and not single):
                done.append((span, page))
                continue
            layout = "article" if single else layout
            done += [(span, item) for item in items]
            if (heading := leads.page_heading(page, items)) is not None:
                for line in span.header:
                    document.set_aside(line, "web page header")
        pairs = done
    leads.unbracket_titles([article for _, article in pairs], document.leads)
    return layout, pairs, heading


def _headlines_listed_whole(pairs: list, toc: Toc) -> None:
    """``嘉鱼开展交叉巡查`` / ``营造风清气正节日环境`` over a story, and the page's 导读 box listing
    ``嘉鱼开展交叉巡查 营造风清气正节日环境``: a headline set over two lines at its space reads like a kicker
    over a title, but the page's own contents print it as one title, so it is one.  Only a kicker and a
    title that together are an entry, and a title that alone is none, are joined."""
    listed = {match_key(entry.title) for entry in toc.entries}
    for _, article in pairs:
        if article.kicker is None or article.subtitle is not None or match_key(article.title) in listed:
            continue
        if match_key(article.kicker + article.title) in listed:
            article.title, article.kicker = f"{article.kicker} {article.title}", None


def _items_read_across(document: Document, pairs: list) -> str | None:
    """What shows only across the articles: the items' numbers (``1.``, ``2.`` … through the issue) and the
    sections named in plain words over runs of items (``plainsections``).  Returns the title of a numbered
    report whose head was set aside (``outline``)."""
    if _item_numbers(document, pairs):
        numbered_section_names(pairs)
    report_title = outline.read_outline(document, pairs)
    plain_section_names(pairs)
    _ordinals_before_titles(document, pairs)
    _bullets_read_as_characters(document, pairs)
    return report_title


def _flow(document: Document, content: list, info: markdown.MarkdownInfo | None) -> Flow:
    """How the file breaks its paragraphs, and whether it is a bulletin of items or a web page."""
    # Markdown marks its headings, so a paragraph without a full stop before a blank line is a broken one
    flow = Flow(rejoin=True) if info is not None else detect_flow(content, whole=document.unwrapped)
    masthead = any(line.aside == "issue title" for line in document.lines)
    if masthead and info is None and flow.wrap is None:
        flow = dataclasses.replace(flow, items=True, gap=paragraph_gap(content))
    elif masthead or _releases(document) or segment.items_without_masthead(content, flow):
        flow = dataclasses.replace(flow, items=True)
    if _web_page(document):
        flow = dataclasses.replace(flow, web=True)
    if flow.items and segment.titles_over_writers(content):
        flow = dataclasses.replace(flow, signed=True)
    return flow


def _releases(document: Document) -> bool:
    """Two or more press releases closed by ``完``: a file of items, each release one."""
    return sum(1 for line in document.lines if line.aside == ends.RELEASE_END and len(line.text) < 8) >= 2


def _page_top(document: Document, pairs: list) -> bool:
    """Lines before the first article that hold no running text (a site's menus, links, logos) are the
    page's, not an article: set aside.  A preamble with a sentence in it stays an article of its own."""
    if len(pairs) < 2 or pairs[0][0].origin not in ("preamble", "markdown preamble"):
        return False
    span, _ = pairs[0]
    if _running_text([*span.header, *span.body]):
        return False
    label = _section_label_last(span)
    _set_aside_item(document, pairs, pairs[0], "web page header")
    for _, article in pairs:
        if label is None or article.section is not None:
            break
        article.section = label  # ``■ 镇村动态`` under a post's top, over its first items
    return True


def _section_label_last(span: segment.Span) -> str | None:
    """The page top's last line when it is a marked section label (``■ 镇村动态``, ``【工作动态】``): it names
    the items under it, and leaves the page's lines for them (its text is then their section)."""
    lines = [*span.header, *span.body]
    if len(lines) < 2 or not SECTION_LABEL.match(lines[-1].text):
        return None
    (span.body or span.header).pop()
    return segment.section_name(lines[-1].text)


def _issue_editors_note(document: Document, pairs: list) -> bool:
    """A bulletin's editor's note before its first item (``编者按：本期摘编…，供参阅。``) speaks of the
    whole issue, not of one article: set aside with the issue (so nothing is lost), not an article.

    Safe: only text before the first title is read, only when it opens with the note's own label and is
    that one paragraph; a note under an article's title stays in that article."""
    if len(pairs) < 2 or pairs[0][0].origin != "preamble":
        return False
    span, _ = pairs[0]
    lines = [*span.header, *span.body]
    label = lines[0].text if len(lines) > 1 and SECTION_LABEL.match(lines[0].text) else None
    note = lines[1:] if label else lines  # 【镇村动态】 over 按语：…: the first section opens with the note
    if not note or not note[0].text.startswith(segment.NOTE_HEADINGS_OPENING):
        return False
    end = next((k for k, line in enumerate(note) if ends_sentence(line.text)), None)
    if end is None or end < len(note) - 1:
        return False  # more than the note's one paragraph: an item the titles missed, kept as an article
    _set_aside_item(document, pairs, pairs[0], "editor's note on the issue")
    if label:
        _name_first_section(pairs, label)
    return True


def _name_first_section(pairs: list, label: str) -> None:
    """The label over the editor's note names the section of the items under it, up to the next name."""
    name = label.strip("【】〓■□[]［］ ")
    for _, article in pairs:
        if article.section:
            return
        article.section = name


_PAGE_TOP_LINE = 30  # characters: a line of running text in a page's top is longer and ends a sentence


def _running_text(lines: list) -> bool:
    """A sentence among ``lines``: a long line that ends one, or a paragraph a text browser cut at its
    width (lines run together up to a full stop); a list's items (``* …``, ``• …``) are not paragraphs."""
    paragraph = ""
    for line in lines:
        if len(line.text) > _PAGE_TOP_LINE and ends_sentence(line.text):
            return True
        paragraph = "" if line.text[0] in _LIST_MARKS else paragraph + line.text
        if len(paragraph) > 2 * _PAGE_TOP_LINE and paragraph.endswith("。"):
            return True
        if ends_sentence(line.text):
            paragraph = ""
    return False


_LIST_MARKS = "*•·-□■◆●▪◦"


def _headline_over_buttons(document: Document, pairs: list, notes: list[str]) -> list[str]:
    """A web article's headline and its date or 来源：line, then a few lines of buttons or an
    advertisement, then the text opening with its dateline (``新京报快讯（记者裴剑飞）…``): one
    article.  The lines between are the page's."""
    k = 1
    while k < len(pairs):
        (above_span, above), (span, article) = pairs[k - 1], pairs[k]
        between = above_span.body
        if (
            span.header
            or span.origin is not None
            or not article.dateline
            or above_span.origin is not None
            or not (above.date_line or above.source_note)
            or len(between) > _BUTTON_LINES
            or sum(len(line.text) for line in between) > _BUTTON_CHARS
        ):
            k += 1
            continue
        for line in between:
            document.set_aside(line, "web page header")
        merged = dataclasses.replace(
            article,
            title=above.title,
            kicker=above.kicker,
            subtitle=above.subtitle,
            section=above.section or article.section,
            date_line=above.date_line,
            source_note="\n".join(note for note in (above.source_note, article.source_note) if note) or None,
            byline=[*above.byline, *article.byline],
        )
        untitled = f"line {span.body[0].number + 1}: article has no title" if span.body else None
        notes = [note for note in notes if untitled is None or not note.startswith(untitled)]
        pairs[k - 1 : k + 1] = [(segment.Span(above_span.header, span.body), merged)]
    return notes


_BUTTON_LINES = 6
_BUTTON_CHARS = 160


def _photos_inside_web_articles(spans: list[segment.Span]) -> list[segment.Span]:
    """On a web page, a heading after a photo's caption, with nothing under it that opens an article of
    its own (a date, a source, a byline, a dateline), is a sub-heading of the dated article the photo
    stands in: a page's photo ends no article the way a newspaper's photo news item does."""
    kept = [spans[0]]
    for span in spans[1:]:
        above = kept[-1]
        if (
            span.origin is None
            and above.origin is None
            and above.body
            and kind_of(above.body[-1].text) in (Kind.CAPTION, Kind.CREDIT)
            and span.header
            and all(kind_of(line.text) is Kind.HEADING for line in span.header)
            and not (span.body and kind_of(span.body[0].text) is Kind.DATELINE)
            and any(_dates_an_article(line.text) for line in above.header)
        ):
            kept[-1] = dataclasses.replace(above, body=[*above.body, *span.header, *span.body])
        else:
            kept.append(span)
    return kept


def _dates_an_article(text: str) -> bool:
    """A web article's date line or its 时间：/来源： label under the headline."""
    kind = kind_of(text)
    if kind is Kind.DATE:
        return True
    found = label_of(text) if kind is Kind.LABEL else None
    return found is not None and found[1] in ("date", "source")


def _link_lists(document: Document, pairs: list) -> None:
    """On a web page (the caller checks), an "article" after the first whose text holds no sentence at
    all is a list of links to other pages (headlines, dates, 加载更多): the page's, not an article."""
    if len(pairs) < 2:
        return
    for span, article in pairs[1:]:
        related = span.origin in ("related links", "comments") or segment.heads_links(article.title)
        related = related or segment.heads_comments(article.title)  # 258 / 条评论: readers' comments
        if not related and any("。" in line.text for line in span.body):
            continue  # a headline may end in ！ or ？, a text has a 。; 为你推荐 heads links, always
        _set_aside_item(document, pairs, (span, article), "web page links")


def _chrome_items(document: Document, pairs: list) -> None:
    """On a web page (the caller checks), an "article" titled by a page's buttons (``分享 收藏 阅读 539``)
    over no running text is the page's furniture between or after its articles: set aside, never an
    article of its own."""
    if len(pairs) < 2:
        return
    for span, article in list(pairs):
        buttons = boilerplate.is_chrome(article.title) or article.title.replace(",", "").isdigit()  # 4786
        if buttons and not _running_text([*span.header, *span.body]):
            _set_aside_item(document, pairs, (span, article), "web page toolbar")


def _item_numbers(document: Document, pairs: list) -> bool:
    """Items titled ``1.…``, ``2.…`` or ``【1】…``, ``【2】…`` in order through the issue: the numbers count
    the items, they are not part of the titles (set aside with the issue, so nothing is lost).  Where an issue
    brackets its numbers, every item has one: an unnumbered heading after the first item is a sub-head of
    the item above it, folded back into that item.  True when the issue brackets its numbers so."""
    numbers = [_ITEM_NUMBER.match(article.title or "") or _numbered_kicker(article) for _, article in pairs]
    bracketed = _bracketed_run(numbers)
    if bracketed:
        for _, article in pairs:
            if article.kicker and _numbered_kicker(article):  # 【4】金秋… / 启东市…: one title on two lines
                article.title, article.kicker = article.kicker + article.title, None
        numbers = [_ITEM_NUMBER.match(article.title or "") for _, article in pairs]
        _fold_sub_heads(pairs, numbers)
    found = [number for number in numbers if number is not None]
    if len(found) < _MIN_NUMBERED or len(found) < len(numbers):
        return bracketed
    if [count_of(_number_of(number)) for number in found] != list(range(1, len(found) + 1)):
        return bracketed
    for (span, article), number in zip(pairs, found, strict=True):
        printed = number.group().strip()
        line = next((line for line in span.header if line.text.startswith(printed)), None)
        document.pieces_aside.append((line.number + 1 if line else 0, printed, "item number"))
        article.title = article.title[number.end() :]
    return bracketed


def _ordinals_before_titles(document: Document, pairs: list) -> None:
    """``第一  习总书记对…的要求``: an ordinal (``第一``, ``第十二``) set apart from the words after it by a
    run of white space is the piece's number in a series (a Word list's label, a chapter's count), not part of
    its title; set aside with the issue as ``item number``.  Safe: a title that opens with an ordinal as
    a word (``第一书记…``, ``第一次会议``) runs on without a gap, and a single space is left alone.  A case's
    number before its title (``案例一　冯某诉李某…``, ``案例2：…``) is such a number too, with any gap."""
    for span, article in pairs:
        number = _ORDINAL_LABEL.match(article.title or "") or _CASE_LABEL.match(article.title or "")
        if number is None:
            continue
        printed = number.group(1)
        line = next((line for line in span.header if line.text.startswith(printed)), None)
        document.pieces_aside.append((line.number + 1 if line else 0, printed, "item number"))
        article.title = article.title[number.end() :]


def _bullets_read_as_characters(document: Document, pairs: list) -> None:
    """``国北岭乡开展…`` / ``国县农商银行…``, ``全枫林县…`` / ``全平溪区…``: a scan's OCR reads the square
    bullet (``■``) before each title of a brief column as ``国``, ``图`` or ``口`` and the triangle (``▲``) as
    ``全``.  Two or more items in a row opening with the same such character, none making a word with the
    character after it (``全县``, ``国家``, ``图书`` do: those titles keep it), open with the bullet: it is
    set aside as the title's mark (``title mark``), so nothing is lost.  Read in simplified script (one
    character for one): a traditional copy's ``全國…`` is a word as ``全国…`` is, its OCR'd ``國`` a
    bullet."""
    run: list[tuple] = []
    for pair in [*pairs, (None, None)]:
        article = pair[1]
        simple = simplified(article.title) if article is not None else ""
        first = simple[:1] if _BULLET_LOOKALIKE.match(simple) else None
        if first is not None and (not run or simplified(run[0][1].title[:1]) == first):
            run.append(pair)
            continue
        if len(run) >= _MIN_BULLETED:
            for span, item in run:
                line = next((line for line in span.header if line.text.startswith(item.title)), None)
                document.pieces_aside.append((line.number + 1 if line else 0, item.title[0], "title mark"))
                item.title = item.title[1:]
        run = [pair] if first is not None else []


_BULLET_LOOKALIKE = re.compile(
    r"^(?:国(?![家务际内外有企资土防道庆产网税旗歌情策门])|图(?![书片表文为像解示景])|口(?![号岸碑腔头述罩])"
    r"|全(?![县市省区镇乡国面力体民年球部新程域员会额文过省天场身心速套局])[\u4e00-\u9fff]).{5,}$"
)
_MIN_BULLETED = 2


_ORDINAL_LABEL = re.compile(
    r"^(第[一二三四五六七八九十]{1,3})(?:[ \u00a0]{2,}|[\u3000\t][ \u3000\u00a0\t]*)(?=\S)"
)
"""An ordinal and the gap after it: two spaces or more (a no-break space among them), or a tab or an
ideographic space."""
_CASE_LABEL = re.compile(
    r"^(案例\s?(?:[一二三四五六七八九十]{1,3}|\d{1,2}))(?:[:：][ \u3000]*|[ \u3000\u00a0\t]+)(?=\S)"
)


def _numbered_kicker(article: ParsedArticle) -> re.Match | None:
    """A bracketed number opening the line over the title (``【4】金秋铸魂…`` over ``启东市…``): a long
    numbered title a PDF's width broke in two, read as a kicker over a title."""
    if not article.kicker or _ITEM_NUMBER.match(article.title or ""):
        return None
    number = _ITEM_NUMBER.match(article.kicker)
    return number if number and number.group("bracketed") else None


def _bracketed_run(numbers: list) -> bool:
    """The items counted 【1】, 【2】 … from the first numbered one, each numbered article in order."""
    bracketed = [number for number in numbers if number and number.group("bracketed")]
    if len(bracketed) < _MIN_NUMBERED or len(bracketed) != sum(1 for number in numbers if number):
        return False
    return [count_of(_number_of(number)) for number in bracketed] == list(range(1, len(bracketed) + 1))


def _fold_sub_heads(pairs: list, numbers: list) -> None:
    """Unnumbered articles after the first bracketed item join the item above as a sub-head and its text;
    the ones before the first item (a preamble) stay as they are."""
    first = next(k for k, number in enumerate(numbers) if number)
    for k in range(len(pairs) - 1, first, -1):
        if numbers[k] or _header_fields(pairs[k][1]):
            continue
        _, article = pairs.pop(k)
        numbers.pop(k)
        above = pairs[k - 1][1]
        above.blocks.append(Block(BlockKind.HEADING, article.title))
        above.blocks.extend(article.blocks)


def _header_fields(article: ParsedArticle) -> bool:
    """The article has more than a title over text (a kicker, a byline, a dateline …): not a sub-head."""
    return bool(
        article.kicker
        or article.subtitle
        or article.byline
        or article.byline_text
        or article.dateline
        or article.date_line
        or article.credit
        or article.source_note
        or article.editor_codes
    )


def _number_of(number: re.Match) -> str:
    return number.group("plain") or number.group("bracketed") or number.group("circled")


_ITEM_NUMBER = re.compile(
    r"^(?:(?P<plain>\d{1,2}|[一二三四五六七八九十]{1,3})\s?[.、．）)](?!\d)"
    r"|【(?P<bracketed>\d{1,2}|[一二三四五六七八九十]{1,3})】"
    r"|(?P<circled>[\u2460-\u2473\u2776-\u277f]))\s?"
)
"""``1.``, ``1、``, and ``1）`` (the number Word's list writes with a closing bracket), ``【1】``, and a
circled ``①``–``⑳`` or ``❶``–``❿`` glued to the title (a bulletin's items numbered as a list of figures)."""
_MIN_NUMBERED = 3


def _web_page(document: Document) -> bool:
    """Some of the file was set aside as a web page's furniture: the page rules apply to it."""
    reasons = {line.aside for line in document.lines}  # a few distinct reasons, each tested once
    return any(reason is not None and reason.startswith("web page") for reason in reasons)


def _set_aside_item(document: Document, pairs: list, pair: tuple, reason: str) -> None:
    """An "item" that is the page's, not an article: every line set aside, the item dropped."""
    span, article = pair
    for line in [*span.header, *span.body]:
        document.set_aside(line, reason)
    pairs.remove(pair)
    if article.section and all(other.section != article.section for _, other in pairs):
        _section_line_aside(document, pairs, article.section)


def _section_line_aside(document: Document, pairs: list, name: str) -> None:
    """A section's name whose only item was dropped (``■ 志愿服务`` over a title whose text a cut took) is
    set aside as a name heading nothing, so it does not vanish with the item."""
    if (line := _name_line(document, pairs, name)) is not None:
        document.set_aside(line, boilerplate.EMPTY_SECTION)


def _name_line(document: Document, pairs: list, name: str) -> Line | None:
    """The line printing a section's name (``■ 志愿服务``, ``## 详细新闻``): short, in no article."""
    inside = {id(line) for span, _ in pairs for line in (*span.header, *span.body)}
    return next(
        (
            line
            for line in document.lines
            if id(line) not in inside and name in line.text and len(line.text) <= 2 * len(name)
        ),
        None,
    )


def _page_headline(document: Document, pairs: list) -> str | None:
    """A headline with nothing under it before the items of a page (``【资讯汇总】9月26日…`` over a
    digest) is the page's title: its lines go with the issue, not into an article of no text.  So is a
    document's masthead (``某县人民政府文件``) over the one document it heads."""
    if len(pairs) < 2:
        return None
    span, first = pairs[0]
    if len(pairs) == 2 and not segment.DOCUMENT_MASTHEAD.match(first.title or ""):
        return None
    if first.blocks or first.byline or span.origin is not None or not first.title:
        return None
    for line in [*span.header, *span.body]:
        document.set_aside(line, "issue title")
    pairs.pop(0)
    return first.title


def _split(content, toc, info, flow) -> tuple[str, list[segment.Span]]:
    if toc is not None:
        spans = segment.by_toc(content, toc)
        if spans is not None:
            return "toc_bulletin", spans
    if info is not None:
        return ("markdown_digest" if info.item_level else "markdown_feature"), segment.by_markdown(
            content, info
        )
    spans = segment.by_anchors(content, flow)
    if spans is None:
        return "fallback", segment.single(content, flow)
    spans = ends.join_jumps(spans)  # a story that jumped to another page, put back together
    if len(spans) == 1:
        return "article", spans
    return "newspaper_page", spans


def _spread_sections(document: Document, layout: str, split: tuple, pairs: list) -> None:
    """A column name over the first story, or column names down a page, name the stories under them —
    unless the pages the file heads file its stories (``_pages_file_stories``, ``_sections_from_pages``).
    ``split`` is the spans, content and flow the layout was read with."""
    spans, content, flow = split
    if _section_over_the_first(layout, spans, content, flow, pairs) and not _pages_file_stories(
        document, pairs
    ):
        _spread_page_section(pairs)
    if layout == "newspaper_page" and _columns_divide_the_page(pairs) and not pages.printed_pages(document):
        _spread_page_section(pairs[next(k for k, (_, a) in enumerate(pairs) if a.section) :])


def _page_heads_left_at_ends(document: Document, spans: list) -> None:
    """A page's head line (``第02版：综合``) left as the last line of the story above it, once the story that
    jumped there took back its rest (``（上接第1版）…``): the page's furniture, set aside as its folio (the
    page still files the stories under it), not the story's last paragraph."""
    for span in spans:
        if len(span.body) > 1 and "版" in span.body[-1].text and pages.page_label(span.body[-1]) is not None:
            document.set_aside(span.body.pop(), "page folio")


def _pages_file_stories(document: Document, pairs: list) -> bool:
    """The first story's section is the page it is printed on (``第01版``, from the page's head line over it)
    and the file heads two or more pages: each later story is on the page whose head is above it
    (``_sections_from_pages``), not on the first page — the page's number is no column name to spread
    (an e-paper's text version, ``第02版：综合`` between the stories, was filed under 第01版)."""
    first = pairs[0][1].section if pairs else None
    if first is None or "版" not in first:
        return False  # most files: no page over the first story
    labels = {label for line in document.lines if (label := pages.page_label(line)) is not None}
    return first in labels and len(labels) >= 2


def _spread_page_section(pairs: list) -> None:
    """A column name over the first article of a page (``城区时讯``) is the section of the articles under
    it, until another column name opens the next group — or a plain name set apart over an item's title
    (``部门信息``), which the first name shows to be a section's too."""
    section = pairs[0][1].section if pairs else None
    if section is None:
        return  # no column over the page: a column name further down heads its own article only
    unspaced = first_name_unspaced(pairs)
    for k, (_span, article) in enumerate(pairs):
        if k and (name := plain_section_name(pairs, k, unspaced=unspaced)):
            article.section, article.kicker = name, None
        section = article.section = article.section or section


def _full_texts_heading(document: Document, pairs: list) -> None:
    """``详细新闻`` over every item, after a summary of them (``新闻摘要``): the heading names the part of the
    file that holds the items in full, not a column of the issue — no section; the line is set aside."""
    names = {article.section for _, article in pairs}
    if len(pairs) < 2 or len(names) != 1 or not boilerplate.FULL_TEXTS.match(name := names.pop() or ""):
        return
    heading = _name_line(document, pairs, name)
    if heading is None:
        return  # the name is only the items' section: kept there, or it would be lost
    document.set_aside(heading, boilerplate.FULL_TEXTS_HEADING)  # unless already set aside for another reason
    for _, article in pairs:
        article.section = None


def _sections_from_pages(document: Document, pairs: list) -> None:
    """A story with no section of its own is filed under the page it is printed on (``pages``)."""
    placed = [(span.body or span.header, article) for span, article in pairs if span.body or span.header]
    starts = [lines[0] for lines, _ in placed]  # the text's first line: a title may stand at a sheet's foot
    heads = {label for line in document.lines if (label := pages.page_label(line)) is not None}
    own = [None if article.section in heads else article.section for _, article in placed]
    if heads and _lone_column(own):
        for _, article in placed:  # the column's name stays with its story, as the kicker over its title
            if article.section is not None and article.section not in heads and article.kicker is None:
                article.kicker, article.section = article.section, None
    filed = pages.file_under_pages(document, starts, [article.section for _, article in placed])
    for (_, article), section in zip(placed, filed, strict=True):
        article.section = section


def _lone_column(sections: list[str | None]) -> bool:
    """On printed pages whose stories have no section of their own, one column name further down
    (``经济短波``, ``图片新闻``) heads one story only: that story is on the page as the stories around it
    are (``_sections_from_pages``), the column's name its kicker, not a section of its own."""
    return len(sections) >= _LONE_AMONG and sum(section is not None for section in sections) == 1


_LONE_AMONG = 3


def _columns_divide_the_page(pairs: list) -> bool:
    """Two or more column names down a page (``国内资讯`` … ``国际资讯`` … ``基金动向``), none over its first
    story: the page is divided by them, each naming the stories under it up to the next — where one column
    name alone (``图片新闻``) heads its own story only.  A printed page's stories are filed under the page
    (``pages``), the columns naming only their own."""
    if not pairs or pairs[0][1].section is not None:
        return False  # the first story's column already names the stories under it
    return len({article.section for _, article in pairs if article.section}) >= 2


def _section_over_the_first(layout: str, spans: list, content: list, flow: Flow, pairs: list) -> bool:
    """A column name over a page's first story, or a 【section】 label over a bulletin's first item: it names
    the articles after it, up to the next name."""
    if layout == "newspaper_page" and spans[0].header and spans[0].header[0] is content[0]:
        return True
    if layout == "newspaper_page" and pairs and _first_under_the_page_top(pairs[0], content):
        return True
    return flow.items and _labelled_first_item(pairs)


def _first_under_the_page_top(pair: tuple, content: list) -> bool:
    """The first story left opens with a column name (``收盘播报``) and every line above it went with the
    issue — a page's chrome and its headline (``_page_top``, ``_page_headline``): the column heads the
    page's stories as it would at the top of the file."""
    span, article = pair
    if not span.header or article.section is None or span.header[0].text != article.section:
        return False
    at = next((k for k, line in enumerate(content) if line is span.header[0]), None)
    return at is not None and all(line.aside is not None for line in content[:at])


def _labelled_first_item(pairs: list) -> bool:
    """A bulletin's first item opens with a section label (``【工作动态】``) in its header: the label heads
    the items under it until the next label, as a contents list would say."""
    if not pairs:
        return False
    span, article = pairs[0]
    return article.section is not None and bool(span.header) and is_column_label(span.header[0].text)


def _numbered(masthead: str | None, document: Document) -> str | None:
    number = issue_number(document) if masthead else None
    return f"{masthead} {number}" if number else masthead


def _masthead_or_heading(document: Document) -> str | None:
    """The issue's masthead with its number, or a WeChat post's own heading over its post line."""
    return _numbered(masthead_of(document), document) or post_heading(document.lines)


def _issue_title(
    digest_title: str | None, masthead: str | None, publication: str | None, articles: list[ParsedArticle]
) -> str | None:
    if digest_title:
        return digest_title
    if masthead:
        return masthead
    if len(articles) > 1 and publication:
        pages = {article.section for article in articles if article.section}
        return f"{publication} {pages.pop()}" if len(pages) == 1 else publication
    return articles[0].title if articles else None
