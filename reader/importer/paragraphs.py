"""Build an article body from its lines: rejoin broken sentences, set apart headings, captions and codes.

Text extracted from PDF pages breaks paragraphs wherever a column ended, often
mid-word, and separates every line by a blank line (``…招商一线`` / blank /
``桥头堡作用,…``).  A line that does not end a sentence is therefore continued
by the next text line.  What must never be glued on: headings (a spaced
two-phrase line such as ``聚焦组建专班团队 全方位开展招商``, or a Markdown ``##``),
captions (``图① …``), ``——`` list lines, Markdown hard-break lines, and anything
after an editor code (``③5`` closes a paragraph).  Files whose lines are
already whole paragraphs (no blank lines between them) are not rejoined, and
there any short unpunctuated line is a heading.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from reader.importer.bylines import parse_credit_line
from reader.importer.model import Block, BlockKind, BylineEntry
from reader.importer.text import (
    CAPTION,
    CONTINUATION_START,
    SOURCE_NOTE,
    ends_sentence,
    is_heading_like,
    is_spaced_heading,
    split_editor_code,
)


class Line(NamedTuple):
    """One non-empty input line: 0-based number, text without edge white space, blank lines before it.

    A named tuple rather than a frozen dataclass: as immutable, and several times cheaper to create,
    which matters because every line of every imported file becomes one.
    """

    number: int
    text: str
    gap: int = 0
    kind: BlockKind | None = None  # set by a layout that knows better (Markdown headings, fact boxes)
    closed: bool = False  # nothing may be joined onto this line (a Markdown hard break)


@dataclass
class Body:
    """What :func:`build_body` found; the layout copies it onto a ``ParsedArticle``."""

    blocks: list[Block] = field(default_factory=list)
    editor_codes: list[str] = field(default_factory=list)
    credit: str | None = None
    credit_people: list[BylineEntry] = field(default_factory=list)
    source_note: str | None = None


def content_lines(text: str) -> list[Line]:
    """The non-empty lines of ``text`` with the number of blank lines before each."""
    return list(_content_lines(text))


@lru_cache(maxsize=4)  # detection and parsing both split the same text; lines are immutable
def _content_lines(text: str) -> tuple[Line, ...]:
    result: list[Line] = []
    gap = 0
    for number, raw in enumerate(text.split("\n")):
        stripped = raw.strip()
        if not stripped:
            gap += 1
            continue
        result.append(Line(number, stripped, gap))
        gap = 0
    return tuple(result)


def breaks_across_blank_lines(lines: list[Line]) -> bool:
    """True for PDF-extracted text, where blank lines separate most lines and sentences break anywhere."""
    if len(lines) < 2:
        return False
    spaced = sum(1 for line in lines[1:] if line.gap > 0)
    return spaced * 2 >= len(lines) - 1


def build_body(lines: list[Line], rejoin: bool) -> Body:
    """Blocks for an article body; ``rejoin`` says whether this file breaks paragraphs mid-sentence."""
    body = Body()
    blocks = body.blocks  # this loop runs for every line of every file: locals, and the flush inlined
    paragraph = BlockKind.PARAGRAPH
    open_text: str | None = None  # the paragraph still accepting continuation lines
    last = len(lines) - 1
    for k, line in enumerate(lines):
        text = line.text
        if text[:1] in "(（" and SOURCE_NOTE.match(text):  # cheap test first: notes open with a parenthesis
            body.source_note = text if body.source_note is None else f"{body.source_note}\n{text}"
            if open_text:
                blocks.append(Block(paragraph, open_text))
            open_text = None
            continue
        credit_people = parse_credit_line(text) if line.kind is None else None
        if credit_people is not None:
            body.credit = text if body.credit is None else f"{body.credit}\n{text}"
            body.credit_people.extend(credit_people)
            if open_text:
                blocks.append(Block(paragraph, open_text))
            open_text = None
            continue
        text, code = split_editor_code(text)
        if code:
            body.editor_codes.append(code)
        continued = k < last and lines[k + 1].text[0] in CONTINUATION_START
        kind = line.kind or (paragraph if continued else _classify(text, rejoin))
        if kind is paragraph and open_text is not None and _continues(open_text, text, rejoin):
            open_text = _glue(open_text, text)
        else:
            if open_text:
                blocks.append(Block(paragraph, open_text))
            if kind is paragraph:
                open_text = text
            else:
                open_text = None
                blocks.append(Block(kind, text))
        if code or line.closed:
            if open_text:
                blocks.append(Block(paragraph, open_text))
            open_text = None
    if open_text:
        blocks.append(Block(paragraph, open_text))
    return body


def _classify(text: str, rejoin: bool) -> BlockKind:
    if text.startswith("图") and CAPTION.match(text):
        return BlockKind.CAPTION
    if text.startswith("——"):
        return BlockKind.LIST_ITEM
    if is_spaced_heading(text) or (not rejoin and is_heading_like(text)):
        return BlockKind.HEADING
    return BlockKind.PARAGRAPH


def _continues(previous: str, text: str, rejoin: bool) -> bool:
    if text[0] in CONTINUATION_START:
        return True
    return rejoin and not ends_sentence(previous)


def _glue(left: str, right: str) -> str:
    """Join two pieces of one sentence; only two Latin letters meeting get a space between them."""
    if left[-1:].isascii() and left[-1:].isalpha() and right[:1].isascii() and right[:1].isalpha():
        return f"{left} {right}"
    return left + right
